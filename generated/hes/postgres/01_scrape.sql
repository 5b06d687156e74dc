-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_apc", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Reads the source (table hes_apc_source of schema public, which adg load made of the parquet file specs/fixtures/hes/apc.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/16] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/16] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/16] Field catalog: kind and suppression policy of each field
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(NULL AS BIGINT)),
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'SITETRET', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'ADMIDATE', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'ADMIMETH', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'ADMISORC', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'ADMINCAT', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'CLASSPAT', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'ELECDATE', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(11 AS BIGINT), 'ELECDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(12 AS BIGINT), 'EPISTART', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(13 AS BIGINT), 'EPIEND', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(14 AS BIGINT), 'EPIORDER', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(15 AS BIGINT), 'EPISTAT', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(16 AS BIGINT), 'EPITYPE', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(17 AS BIGINT), 'EPIDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(18 AS BIGINT), 'DISDATE', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(19 AS BIGINT), 'DISDEST', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(20 AS BIGINT), 'DISMETH', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(21 AS BIGINT), 'SPELDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(22 AS BIGINT), 'MYDOB', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(23 AS BIGINT), 'SEX', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(24 AS BIGINT), 'ETHNOS', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(25 AS BIGINT), 'MAINSPEF', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(26 AS BIGINT), 'TRETSPEF', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(27 AS BIGINT), 'DIAG_4_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(28 AS BIGINT), 'DIAG_4_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(29 AS BIGINT), 'DIAG_4_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(30 AS BIGINT), 'DIAG_4_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(31 AS BIGINT), 'DIAG_4_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(32 AS BIGINT), 'DIAG_4_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(33 AS BIGINT), 'DIAG_4_07', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(34 AS BIGINT), 'DIAG_4_08', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(35 AS BIGINT), 'DIAG_4_09', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(36 AS BIGINT), 'DIAG_4_10', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(37 AS BIGINT), 'OPERTN_4_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(38 AS BIGINT), 'OPERTN_4_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(39 AS BIGINT), 'OPERTN_4_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(40 AS BIGINT), 'OPERTN_4_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(41 AS BIGINT), 'OPERTN_4_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(42 AS BIGINT), 'OPERTN_4_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(43 AS BIGINT), 'OPDATE_01', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(44 AS BIGINT), 'RESLADST', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/16] Raw frequencies (session scratch, dropped after the stage, never published)
-- One pass with GROUPING SETS, one set per field. Continuous fields are counted by exact value here
-- and binned below.
DROP TABLE IF EXISTS pg_temp."adg_raw";

CREATE TEMP TABLE "adg_raw" AS
SELECT
  "ordinal",
  "value",
  "num",
  "n_rows",
  "n_entities",
  CASE
    WHEN "ordinal" = CAST(0 AS BIGINT) THEN CAST(0 AS BIGINT)
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" COLLATE "C" NULLS FIRST, "k2" COLLATE "C" NULLS FIRST, "k3" COLLATE "C" NULLS FIRST, "k4" COLLATE "C" NULLS FIRST, "k5" NULLS FIRST, "k6" COLLATE "C" NULLS FIRST, "k7" COLLATE "C" NULLS FIRST, "k8" COLLATE "C" NULLS FIRST, "k9" COLLATE "C" NULLS FIRST, "k10" NULLS FIRST, "k11" NULLS FIRST, "k12" NULLS FIRST, "k13" NULLS FIRST, "k14" NULLS FIRST, "k15" COLLATE "C" NULLS FIRST, "k16" COLLATE "C" NULLS FIRST, "k17" NULLS FIRST, "k18" NULLS FIRST, "k19" COLLATE "C" NULLS FIRST, "k20" COLLATE "C" NULLS FIRST, "k21" NULLS FIRST, "k22" NULLS FIRST, "k23" COLLATE "C" NULLS FIRST, "k24" COLLATE "C" NULLS FIRST, "k25" COLLATE "C" NULLS FIRST, "k26" COLLATE "C" NULLS FIRST, "k27" COLLATE "C" NULLS FIRST, "k28" COLLATE "C" NULLS FIRST, "k29" COLLATE "C" NULLS FIRST, "k30" COLLATE "C" NULLS FIRST, "k31" COLLATE "C" NULLS FIRST, "k32" COLLATE "C" NULLS FIRST, "k33" COLLATE "C" NULLS FIRST, "k34" COLLATE "C" NULLS FIRST, "k35" COLLATE "C" NULLS FIRST, "k36" COLLATE "C" NULLS FIRST, "k37" COLLATE "C" NULLS FIRST, "k38" COLLATE "C" NULLS FIRST, "k39" COLLATE "C" NULLS FIRST, "k40" COLLATE "C" NULLS FIRST, "k41" COLLATE "C" NULLS FIRST, "k42" COLLATE "C" NULLS FIRST, "k43" NULLS FIRST, "k44" COLLATE "C" NULLS FIRST)
  END AS "item"
FROM (
  SELECT
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST(4 AS BIGINT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN CAST(5 AS BIGINT)
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST(7 AS BIGINT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST(8 AS BIGINT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST(9 AS BIGINT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST(11 AS BIGINT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST(12 AS BIGINT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST(13 AS BIGINT)
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST(14 AS BIGINT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST(15 AS BIGINT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST(16 AS BIGINT)
      WHEN grouping("k17") = CAST(0 AS BIGINT) THEN CAST(17 AS BIGINT)
      WHEN grouping("k18") = CAST(0 AS BIGINT) THEN CAST(18 AS BIGINT)
      WHEN grouping("k19") = CAST(0 AS BIGINT) THEN CAST(19 AS BIGINT)
      WHEN grouping("k20") = CAST(0 AS BIGINT) THEN CAST(20 AS BIGINT)
      WHEN grouping("k21") = CAST(0 AS BIGINT) THEN CAST(21 AS BIGINT)
      WHEN grouping("k22") = CAST(0 AS BIGINT) THEN CAST(22 AS BIGINT)
      WHEN grouping("k23") = CAST(0 AS BIGINT) THEN CAST(23 AS BIGINT)
      WHEN grouping("k24") = CAST(0 AS BIGINT) THEN CAST(24 AS BIGINT)
      WHEN grouping("k25") = CAST(0 AS BIGINT) THEN CAST(25 AS BIGINT)
      WHEN grouping("k26") = CAST(0 AS BIGINT) THEN CAST(26 AS BIGINT)
      WHEN grouping("k27") = CAST(0 AS BIGINT) THEN CAST(27 AS BIGINT)
      WHEN grouping("k28") = CAST(0 AS BIGINT) THEN CAST(28 AS BIGINT)
      WHEN grouping("k29") = CAST(0 AS BIGINT) THEN CAST(29 AS BIGINT)
      WHEN grouping("k30") = CAST(0 AS BIGINT) THEN CAST(30 AS BIGINT)
      WHEN grouping("k31") = CAST(0 AS BIGINT) THEN CAST(31 AS BIGINT)
      WHEN grouping("k32") = CAST(0 AS BIGINT) THEN CAST(32 AS BIGINT)
      WHEN grouping("k33") = CAST(0 AS BIGINT) THEN CAST(33 AS BIGINT)
      WHEN grouping("k34") = CAST(0 AS BIGINT) THEN CAST(34 AS BIGINT)
      WHEN grouping("k35") = CAST(0 AS BIGINT) THEN CAST(35 AS BIGINT)
      WHEN grouping("k36") = CAST(0 AS BIGINT) THEN CAST(36 AS BIGINT)
      WHEN grouping("k37") = CAST(0 AS BIGINT) THEN CAST(37 AS BIGINT)
      WHEN grouping("k38") = CAST(0 AS BIGINT) THEN CAST(38 AS BIGINT)
      WHEN grouping("k39") = CAST(0 AS BIGINT) THEN CAST(39 AS BIGINT)
      WHEN grouping("k40") = CAST(0 AS BIGINT) THEN CAST(40 AS BIGINT)
      WHEN grouping("k41") = CAST(0 AS BIGINT) THEN CAST(41 AS BIGINT)
      WHEN grouping("k42") = CAST(0 AS BIGINT) THEN CAST(42 AS BIGINT)
      WHEN grouping("k43") = CAST(0 AS BIGINT) THEN CAST(43 AS BIGINT)
      WHEN grouping("k44") = CAST(0 AS BIGINT) THEN CAST(44 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST("k2" AS TEXT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST("k3" AS TEXT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST("k4" AS TEXT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN to_char("k5", 'YYYY-MM-DD')
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST("k6" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN to_char("k10", 'YYYY-MM-DD')
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST("k11" AS TEXT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN to_char("k12", 'YYYY-MM-DD')
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN to_char("k13", 'YYYY-MM-DD')
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST("k14" AS TEXT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST("k15" AS TEXT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST("k16" AS TEXT)
      WHEN grouping("k17") = CAST(0 AS BIGINT) THEN CAST("k17" AS TEXT)
      WHEN grouping("k18") = CAST(0 AS BIGINT) THEN to_char("k18", 'YYYY-MM-DD')
      WHEN grouping("k19") = CAST(0 AS BIGINT) THEN CAST("k19" AS TEXT)
      WHEN grouping("k20") = CAST(0 AS BIGINT) THEN CAST("k20" AS TEXT)
      WHEN grouping("k21") = CAST(0 AS BIGINT) THEN CAST("k21" AS TEXT)
      WHEN grouping("k22") = CAST(0 AS BIGINT) THEN to_char("k22", 'YYYY-MM-DD')
      WHEN grouping("k23") = CAST(0 AS BIGINT) THEN CAST("k23" AS TEXT)
      WHEN grouping("k24") = CAST(0 AS BIGINT) THEN CAST("k24" AS TEXT)
      WHEN grouping("k25") = CAST(0 AS BIGINT) THEN CAST("k25" AS TEXT)
      WHEN grouping("k26") = CAST(0 AS BIGINT) THEN CAST("k26" AS TEXT)
      WHEN grouping("k27") = CAST(0 AS BIGINT) THEN CAST("k27" AS TEXT)
      WHEN grouping("k28") = CAST(0 AS BIGINT) THEN CAST("k28" AS TEXT)
      WHEN grouping("k29") = CAST(0 AS BIGINT) THEN CAST("k29" AS TEXT)
      WHEN grouping("k30") = CAST(0 AS BIGINT) THEN CAST("k30" AS TEXT)
      WHEN grouping("k31") = CAST(0 AS BIGINT) THEN CAST("k31" AS TEXT)
      WHEN grouping("k32") = CAST(0 AS BIGINT) THEN CAST("k32" AS TEXT)
      WHEN grouping("k33") = CAST(0 AS BIGINT) THEN CAST("k33" AS TEXT)
      WHEN grouping("k34") = CAST(0 AS BIGINT) THEN CAST("k34" AS TEXT)
      WHEN grouping("k35") = CAST(0 AS BIGINT) THEN CAST("k35" AS TEXT)
      WHEN grouping("k36") = CAST(0 AS BIGINT) THEN CAST("k36" AS TEXT)
      WHEN grouping("k37") = CAST(0 AS BIGINT) THEN CAST("k37" AS TEXT)
      WHEN grouping("k38") = CAST(0 AS BIGINT) THEN CAST("k38" AS TEXT)
      WHEN grouping("k39") = CAST(0 AS BIGINT) THEN CAST("k39" AS TEXT)
      WHEN grouping("k40") = CAST(0 AS BIGINT) THEN CAST("k40" AS TEXT)
      WHEN grouping("k41") = CAST(0 AS BIGINT) THEN CAST("k41" AS TEXT)
      WHEN grouping("k42") = CAST(0 AS BIGINT) THEN CAST("k42" AS TEXT)
      WHEN grouping("k43") = CAST(0 AS BIGINT) THEN to_char("k43", 'YYYY-MM-DD')
      WHEN grouping("k44") = CAST(0 AS BIGINT) THEN CAST("k44" AS TEXT)
    END AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "num",
    count(*) AS "n_rows",
    count(DISTINCT "e") AS "n_entities",
    "k1",
    "k2",
    "k3",
    "k4",
    "k5",
    "k6",
    "k7",
    "k8",
    "k9",
    "k10",
    "k11",
    "k12",
    "k13",
    "k14",
    "k15",
    "k16",
    "k17",
    "k18",
    "k19",
    "k20",
    "k21",
    "k22",
    "k23",
    "k24",
    "k25",
    "k26",
    "k27",
    "k28",
    "k29",
    "k30",
    "k31",
    "k32",
    "k33",
    "k34",
    "k35",
    "k36",
    "k37",
    "k38",
    "k39",
    "k40",
    "k41",
    "k42",
    "k43",
    "k44"
  FROM (
    SELECT
      "FYEAR" AS "k1",
      "PROCODE3" AS "k2",
      "PROCODET" AS "k3",
      "SITETRET" AS "k4",
      CAST(date_trunc('week', "ADMIDATE") AS DATE) AS "k5",
      "ADMIMETH" AS "k6",
      "ADMISORC" AS "k7",
      "ADMINCAT" AS "k8",
      "CLASSPAT" AS "k9",
      CAST(date_trunc('week', "ELECDATE") AS DATE) AS "k10",
      CAST("ELECDUR" AS BIGINT) AS "k11",
      CAST(date_trunc('week', "EPISTART") AS DATE) AS "k12",
      CAST(date_trunc('week', "EPIEND") AS DATE) AS "k13",
      CAST("EPIORDER" AS BIGINT) AS "k14",
      "EPISTAT" AS "k15",
      "EPITYPE" AS "k16",
      CAST("EPIDUR" AS BIGINT) AS "k17",
      CAST(date_trunc('week', "DISDATE") AS DATE) AS "k18",
      "DISDEST" AS "k19",
      "DISMETH" AS "k20",
      CAST("SPELDUR" AS BIGINT) AS "k21",
      CAST(date_trunc('year', "MYDOB") AS DATE) AS "k22",
      "SEX" AS "k23",
      "ETHNOS" AS "k24",
      "MAINSPEF" AS "k25",
      "TRETSPEF" AS "k26",
      "DIAG_4_01" AS "k27",
      "DIAG_4_02" AS "k28",
      "DIAG_4_03" AS "k29",
      "DIAG_4_04" AS "k30",
      "DIAG_4_05" AS "k31",
      "DIAG_4_06" AS "k32",
      "DIAG_4_07" AS "k33",
      "DIAG_4_08" AS "k34",
      "DIAG_4_09" AS "k35",
      "DIAG_4_10" AS "k36",
      "OPERTN_4_01" AS "k37",
      "OPERTN_4_02" AS "k38",
      "OPERTN_4_03" AS "k39",
      "OPERTN_4_04" AS "k40",
      "OPERTN_4_05" AS "k41",
      "OPERTN_4_06" AS "k42",
      CAST(date_trunc('week', "OPDATE_01") AS DATE) AS "k43",
      "RESLADST" AS "k44",
      "TOKEN_PERSON_ID" AS "e"
    FROM "public"."hes_apc_source"
  ) AS "s"
  GROUP BY GROUPING SETS (
    ("k1"),
    ("k2"),
    ("k3"),
    ("k4"),
    ("k5"),
    ("k6"),
    ("k7"),
    ("k8"),
    ("k9"),
    ("k10"),
    ("k11"),
    ("k12"),
    ("k13"),
    ("k14"),
    ("k15"),
    ("k16"),
    ("k17"),
    ("k18"),
    ("k19"),
    ("k20"),
    ("k21"),
    ("k22"),
    ("k23"),
    ("k24"),
    ("k25"),
    ("k26"),
    ("k27"),
    ("k28"),
    ("k29"),
    ("k30"),
    ("k31"),
    ("k32"),
    ("k33"),
    ("k34"),
    ("k35"),
    ("k36"),
    ("k37"),
    ("k38"),
    ("k39"),
    ("k40"),
    ("k41"),
    ("k42"),
    ("k43"),
    ("k44"),
    ()
  )
) AS "g";

-- [5/16] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: source (parquet file specs/fixtures/hes/apc.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/16] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_apc_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_apc_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_op_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_ae_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_apc_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [7/16] Raw entity cardinalities: how many entities have each number of rows
DROP TABLE IF EXISTS pg_temp."adg_raw_cardinality";

CREATE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "TOKEN_PERSON_ID" AS "e"
    FROM "public"."hes_apc_source"
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  CAST(0 AS BIGINT) AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [8/16] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
DROP TABLE IF EXISTS pg_temp."adg_rare_bands";

CREATE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
    WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
    WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
    WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
    WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
    WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
    WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
    WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
    WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
    WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
    WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
    WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
    WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
    WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
    WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
    WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
    WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
    WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
    WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
    WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
    WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
    WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
    WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
    WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
    WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
    WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
    WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
    WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
    WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
    WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
    WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
    WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
    WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
    ELSE CAST(32 AS BIGINT)
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
GROUP BY CASE
  WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
  WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
  WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
  WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
  WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
  WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
  WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
  WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
  WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
  WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
  WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
  WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
  WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
  WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
  WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
  WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
  WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
  WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
  WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
  WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
  WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
  WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
  WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
  WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
  WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
  WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
  WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
  WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
  WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
  WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
  WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
  WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
  WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
  ELSE CAST(32 AS BIGINT)
END;

-- [9/16] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
DROP TABLE IF EXISTS pg_temp."adg_cardinality_bands";

CREATE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS TEXT) AS "value",
  CAST(NULL AS DOUBLE PRECISION) AS "lo",
  CAST(NULL AS DOUBLE PRECISION) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("r"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(least("r"."b", "t"."lo_b") AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(greatest("r"."b", "t"."hi_b") + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."lo_b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."hi_b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL)));

-- [10/16] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
DROP TABLE IF EXISTS pg_temp."adg_disagreements";

CREATE TEMP TABLE "adg_disagreements" AS
SELECT
  CAST(22 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        to_char(CAST(date_trunc('year', "MYDOB") AS DATE), 'YYYY-MM-DD') AS "v"
      FROM "public"."hes_apc_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  CAST(23 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("SEX" AS TEXT) AS "v"
      FROM "public"."hes_apc_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  CAST(24 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("ETHNOS" AS TEXT) AS "v"
      FROM "public"."hes_apc_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e";

-- [11/16] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."hes_apc_source" WHERE (substr(CAST("TOKEN_PERSON_ID" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(3 AS BIGINT) AS INTEGER)) = 'ART') AND (char_length(CAST("TOKEN_PERSON_ID" AS TEXT)) = CAST(13 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [12/16] Identifier EPIKEY: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."hes_apc_source" WHERE (substr(CAST("EPIKEY" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(5 AS BIGINT) AS INTEGER)) = '99999') AND (char_length(CAST("EPIKEY" AS TEXT)) = CAST(12 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.EPIKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [13/16] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
DROP TABLE IF EXISTS pg_temp."adg_candidates";

CREATE TEMP TABLE "adg_candidates" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "stat",
  "item",
  "value",
  "lo",
  "hi",
  "n_rows",
  "n_entities",
  "raw_rows",
  ("tested" >= "threshold") AND (("n_rows" IS NULL) OR ("n_rows" >= "threshold")) AND (("n_entities" IS NULL) OR ("n_entities" >= "threshold")) AS "passes"
FROM (
  SELECT
    "c"."ordinal",
    "f"."field",
    "f"."kind",
    "c"."stat",
    CASE
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE
      WHEN "c"."stat" = 'null' THEN CAST(0 AS BIGINT)
      WHEN "c"."stat" = 'value' THEN CAST(1 AS BIGINT)
      ELSE CAST(2 AS BIGINT)
    END NULLS LAST, "c"."item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_rows") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_rows",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_entities") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = CAST(0 AS BIGINT)
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN CAST(NULL AS TEXT)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE PRECISION) THEN 'NaN'
        WHEN "r"."num" > CAST(0 AS BIGINT) THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "lo",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > CAST(0 AS BIGINT)) AND (("r"."num" IS NULL) OR (NOT (("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
    UNION ALL
    SELECT
      "d"."ordinal" AS "ordinal",
      'disagree' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "d"."n_rows" AS "n_rows",
      "d"."n_entities" AS "n_entities"
    FROM "adg_disagreements" AS "d"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [14/16] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."hes_apc_metadata__adg_new";

CREATE TABLE "adg_metadata"."hes_apc_metadata__adg_new" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS TEXT) AS "field",
  CAST("kind" AS TEXT) AS "kind",
  CAST("stat" AS TEXT) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS TEXT) AS "value",
  CAST("lo" AS DOUBLE PRECISION) AS "lo",
  CAST("hi" AS DOUBLE PRECISION) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM "adg_candidates"
  WHERE "passes"
  UNION ALL
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM (VALUES
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'SITETRET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'ADMIDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'ADMIMETH', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'ADMISORC', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'ADMINCAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'CLASSPAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'ELECDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'ELECDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(12 AS BIGINT), 'EPISTART', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(13 AS BIGINT), 'EPIEND', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(14 AS BIGINT), 'EPIORDER', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(15 AS BIGINT), 'EPISTAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(16 AS BIGINT), 'EPITYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(17 AS BIGINT), 'EPIDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(18 AS BIGINT), 'DISDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(19 AS BIGINT), 'DISDEST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(20 AS BIGINT), 'DISMETH', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(21 AS BIGINT), 'SPELDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(22 AS BIGINT), 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(23 AS BIGINT), 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(24 AS BIGINT), 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(25 AS BIGINT), 'MAINSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(26 AS BIGINT), 'TRETSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(27 AS BIGINT), 'DIAG_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(28 AS BIGINT), 'DIAG_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(29 AS BIGINT), 'DIAG_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(30 AS BIGINT), 'DIAG_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(31 AS BIGINT), 'DIAG_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(32 AS BIGINT), 'DIAG_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(33 AS BIGINT), 'DIAG_4_07', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(34 AS BIGINT), 'DIAG_4_08', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(35 AS BIGINT), 'DIAG_4_09', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(36 AS BIGINT), 'DIAG_4_10', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(37 AS BIGINT), 'OPERTN_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(38 AS BIGINT), 'OPERTN_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(39 AS BIGINT), 'OPERTN_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(40 AS BIGINT), 'OPERTN_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(41 AS BIGINT), 'OPERTN_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(42 AS BIGINT), 'OPERTN_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(43 AS BIGINT), 'OPDATE_01', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(44 AS BIGINT), 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS TEXT) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "lo",
    CAST(NULL AS DOUBLE PRECISION) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
        ELSE CAST(0 AS BIGINT)
      END) AS "items",
      CASE
        WHEN sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) = CAST(0 AS BIGINT) THEN 'none'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > CAST(0 AS BIGINT)
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, "item" NULLS LAST;

DROP TABLE IF EXISTS "adg_metadata"."hes_apc_metadata";

ALTER TABLE "adg_metadata"."hes_apc_metadata__adg_new" RENAME TO "hes_apc_metadata";

COMMIT;

-- [15/16] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END) AS "items",
    CASE
      WHEN sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) = CAST(0 AS BIGINT) THEN 'none'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > CAST(0 AS BIGINT)
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > CAST(0 AS BIGINT)
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [16/16] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) >= CAST(20 AS BIGINT) AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(count("r"."value") AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= CAST(20 AS BIGINT) THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION) / CAST(count("r"."value") AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^[0-9]{10}$') THEN mod((CAST(11 AS BIGINT) - mod(((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(10 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(9 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(3 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(8 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(4 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(7 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(5 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(6 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(5 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(7 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(4 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(8 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(3 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(2 AS BIGINT))), CAST(11 AS BIGINT))), CAST(11 AS BIGINT)) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(10 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > CAST(0 AS BIGINT)) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_op", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Reads the source (table hes_op_source of schema public, which adg load made of the parquet file specs/fixtures/hes/op.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/16] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/16] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/16] Field catalog: kind and suppression policy of each field
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(NULL AS BIGINT)),
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'SITETRET', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'APPTDATE', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'REQDATE', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'WAITING', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'ATTENDED', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'FIRSTATT', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'OUTCOME', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(11 AS BIGINT), 'PRIORITY', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(12 AS BIGINT), 'REFSOURC', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(13 AS BIGINT), 'SERVTYPE', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(14 AS BIGINT), 'STAFFTYP', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(15 AS BIGINT), 'TRETSPEF', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(16 AS BIGINT), 'MAINSPEF', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(17 AS BIGINT), 'DIAG_4_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(18 AS BIGINT), 'DIAG_4_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(19 AS BIGINT), 'DIAG_4_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(20 AS BIGINT), 'DIAG_4_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(21 AS BIGINT), 'DIAG_4_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(22 AS BIGINT), 'DIAG_4_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(23 AS BIGINT), 'OPERTN_4_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(24 AS BIGINT), 'OPERTN_4_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(25 AS BIGINT), 'OPERTN_4_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(26 AS BIGINT), 'OPERTN_4_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(27 AS BIGINT), 'OPERTN_4_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(28 AS BIGINT), 'OPERTN_4_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(29 AS BIGINT), 'MYDOB', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(30 AS BIGINT), 'SEX', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(31 AS BIGINT), 'ETHNOS', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(32 AS BIGINT), 'RESLADST', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/16] Raw frequencies (session scratch, dropped after the stage, never published)
-- One pass with GROUPING SETS, one set per field. Continuous fields are counted by exact value here
-- and binned below.
DROP TABLE IF EXISTS pg_temp."adg_raw";

CREATE TEMP TABLE "adg_raw" AS
SELECT
  "ordinal",
  "value",
  "num",
  "n_rows",
  "n_entities",
  CASE
    WHEN "ordinal" = CAST(0 AS BIGINT) THEN CAST(0 AS BIGINT)
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" COLLATE "C" NULLS FIRST, "k2" COLLATE "C" NULLS FIRST, "k3" COLLATE "C" NULLS FIRST, "k4" COLLATE "C" NULLS FIRST, "k5" NULLS FIRST, "k6" NULLS FIRST, "k7" NULLS FIRST, "k8" COLLATE "C" NULLS FIRST, "k9" COLLATE "C" NULLS FIRST, "k10" COLLATE "C" NULLS FIRST, "k11" COLLATE "C" NULLS FIRST, "k12" COLLATE "C" NULLS FIRST, "k13" COLLATE "C" NULLS FIRST, "k14" COLLATE "C" NULLS FIRST, "k15" COLLATE "C" NULLS FIRST, "k16" COLLATE "C" NULLS FIRST, "k17" COLLATE "C" NULLS FIRST, "k18" COLLATE "C" NULLS FIRST, "k19" COLLATE "C" NULLS FIRST, "k20" COLLATE "C" NULLS FIRST, "k21" COLLATE "C" NULLS FIRST, "k22" COLLATE "C" NULLS FIRST, "k23" COLLATE "C" NULLS FIRST, "k24" COLLATE "C" NULLS FIRST, "k25" COLLATE "C" NULLS FIRST, "k26" COLLATE "C" NULLS FIRST, "k27" COLLATE "C" NULLS FIRST, "k28" COLLATE "C" NULLS FIRST, "k29" NULLS FIRST, "k30" COLLATE "C" NULLS FIRST, "k31" COLLATE "C" NULLS FIRST, "k32" COLLATE "C" NULLS FIRST)
  END AS "item"
FROM (
  SELECT
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST(4 AS BIGINT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN CAST(5 AS BIGINT)
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST(7 AS BIGINT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST(8 AS BIGINT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST(9 AS BIGINT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST(11 AS BIGINT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST(12 AS BIGINT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST(13 AS BIGINT)
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST(14 AS BIGINT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST(15 AS BIGINT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST(16 AS BIGINT)
      WHEN grouping("k17") = CAST(0 AS BIGINT) THEN CAST(17 AS BIGINT)
      WHEN grouping("k18") = CAST(0 AS BIGINT) THEN CAST(18 AS BIGINT)
      WHEN grouping("k19") = CAST(0 AS BIGINT) THEN CAST(19 AS BIGINT)
      WHEN grouping("k20") = CAST(0 AS BIGINT) THEN CAST(20 AS BIGINT)
      WHEN grouping("k21") = CAST(0 AS BIGINT) THEN CAST(21 AS BIGINT)
      WHEN grouping("k22") = CAST(0 AS BIGINT) THEN CAST(22 AS BIGINT)
      WHEN grouping("k23") = CAST(0 AS BIGINT) THEN CAST(23 AS BIGINT)
      WHEN grouping("k24") = CAST(0 AS BIGINT) THEN CAST(24 AS BIGINT)
      WHEN grouping("k25") = CAST(0 AS BIGINT) THEN CAST(25 AS BIGINT)
      WHEN grouping("k26") = CAST(0 AS BIGINT) THEN CAST(26 AS BIGINT)
      WHEN grouping("k27") = CAST(0 AS BIGINT) THEN CAST(27 AS BIGINT)
      WHEN grouping("k28") = CAST(0 AS BIGINT) THEN CAST(28 AS BIGINT)
      WHEN grouping("k29") = CAST(0 AS BIGINT) THEN CAST(29 AS BIGINT)
      WHEN grouping("k30") = CAST(0 AS BIGINT) THEN CAST(30 AS BIGINT)
      WHEN grouping("k31") = CAST(0 AS BIGINT) THEN CAST(31 AS BIGINT)
      WHEN grouping("k32") = CAST(0 AS BIGINT) THEN CAST(32 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST("k2" AS TEXT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST("k3" AS TEXT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST("k4" AS TEXT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN to_char("k5", 'YYYY-MM-DD')
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN to_char("k6", 'YYYY-MM-DD')
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST("k10" AS TEXT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST("k11" AS TEXT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST("k12" AS TEXT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST("k13" AS TEXT)
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST("k14" AS TEXT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST("k15" AS TEXT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST("k16" AS TEXT)
      WHEN grouping("k17") = CAST(0 AS BIGINT) THEN CAST("k17" AS TEXT)
      WHEN grouping("k18") = CAST(0 AS BIGINT) THEN CAST("k18" AS TEXT)
      WHEN grouping("k19") = CAST(0 AS BIGINT) THEN CAST("k19" AS TEXT)
      WHEN grouping("k20") = CAST(0 AS BIGINT) THEN CAST("k20" AS TEXT)
      WHEN grouping("k21") = CAST(0 AS BIGINT) THEN CAST("k21" AS TEXT)
      WHEN grouping("k22") = CAST(0 AS BIGINT) THEN CAST("k22" AS TEXT)
      WHEN grouping("k23") = CAST(0 AS BIGINT) THEN CAST("k23" AS TEXT)
      WHEN grouping("k24") = CAST(0 AS BIGINT) THEN CAST("k24" AS TEXT)
      WHEN grouping("k25") = CAST(0 AS BIGINT) THEN CAST("k25" AS TEXT)
      WHEN grouping("k26") = CAST(0 AS BIGINT) THEN CAST("k26" AS TEXT)
      WHEN grouping("k27") = CAST(0 AS BIGINT) THEN CAST("k27" AS TEXT)
      WHEN grouping("k28") = CAST(0 AS BIGINT) THEN CAST("k28" AS TEXT)
      WHEN grouping("k29") = CAST(0 AS BIGINT) THEN to_char("k29", 'YYYY-MM-DD')
      WHEN grouping("k30") = CAST(0 AS BIGINT) THEN CAST("k30" AS TEXT)
      WHEN grouping("k31") = CAST(0 AS BIGINT) THEN CAST("k31" AS TEXT)
      WHEN grouping("k32") = CAST(0 AS BIGINT) THEN CAST("k32" AS TEXT)
    END AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "num",
    count(*) AS "n_rows",
    count(DISTINCT "e") AS "n_entities",
    "k1",
    "k2",
    "k3",
    "k4",
    "k5",
    "k6",
    "k7",
    "k8",
    "k9",
    "k10",
    "k11",
    "k12",
    "k13",
    "k14",
    "k15",
    "k16",
    "k17",
    "k18",
    "k19",
    "k20",
    "k21",
    "k22",
    "k23",
    "k24",
    "k25",
    "k26",
    "k27",
    "k28",
    "k29",
    "k30",
    "k31",
    "k32"
  FROM (
    SELECT
      "FYEAR" AS "k1",
      "PROCODE3" AS "k2",
      "PROCODET" AS "k3",
      "SITETRET" AS "k4",
      CAST(date_trunc('week', "APPTDATE") AS DATE) AS "k5",
      CAST(date_trunc('week', "REQDATE") AS DATE) AS "k6",
      CAST("WAITING" AS BIGINT) AS "k7",
      "ATTENDED" AS "k8",
      "FIRSTATT" AS "k9",
      "OUTCOME" AS "k10",
      "PRIORITY" AS "k11",
      "REFSOURC" AS "k12",
      "SERVTYPE" AS "k13",
      "STAFFTYP" AS "k14",
      "TRETSPEF" AS "k15",
      "MAINSPEF" AS "k16",
      "DIAG_4_01" AS "k17",
      "DIAG_4_02" AS "k18",
      "DIAG_4_03" AS "k19",
      "DIAG_4_04" AS "k20",
      "DIAG_4_05" AS "k21",
      "DIAG_4_06" AS "k22",
      "OPERTN_4_01" AS "k23",
      "OPERTN_4_02" AS "k24",
      "OPERTN_4_03" AS "k25",
      "OPERTN_4_04" AS "k26",
      "OPERTN_4_05" AS "k27",
      "OPERTN_4_06" AS "k28",
      CAST(date_trunc('year', "MYDOB") AS DATE) AS "k29",
      "SEX" AS "k30",
      "ETHNOS" AS "k31",
      "RESLADST" AS "k32",
      "TOKEN_PERSON_ID" AS "e"
    FROM "public"."hes_op_source"
  ) AS "s"
  GROUP BY GROUPING SETS (
    ("k1"),
    ("k2"),
    ("k3"),
    ("k4"),
    ("k5"),
    ("k6"),
    ("k7"),
    ("k8"),
    ("k9"),
    ("k10"),
    ("k11"),
    ("k12"),
    ("k13"),
    ("k14"),
    ("k15"),
    ("k16"),
    ("k17"),
    ("k18"),
    ("k19"),
    ("k20"),
    ("k21"),
    ("k22"),
    ("k23"),
    ("k24"),
    ("k25"),
    ("k26"),
    ("k27"),
    ("k28"),
    ("k29"),
    ("k30"),
    ("k31"),
    ("k32"),
    ()
  )
) AS "g";

-- [5/16] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: source (parquet file specs/fixtures/hes/op.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/16] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_op_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_apc_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_op_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_ae_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_op_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [7/16] Raw entity cardinalities: how many entities have each number of rows
DROP TABLE IF EXISTS pg_temp."adg_raw_cardinality";

CREATE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "TOKEN_PERSON_ID" AS "e"
    FROM "public"."hes_op_source"
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  CAST(0 AS BIGINT) AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [8/16] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
DROP TABLE IF EXISTS pg_temp."adg_rare_bands";

CREATE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
    WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
    WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
    WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
    WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
    WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
    WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
    WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
    WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
    WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
    WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
    WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
    WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
    WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
    WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
    WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
    WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
    WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
    WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
    WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
    WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
    WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
    WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
    WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
    WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
    WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
    WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
    WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
    WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
    WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
    WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
    WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
    WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
    ELSE CAST(32 AS BIGINT)
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
GROUP BY CASE
  WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
  WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
  WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
  WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
  WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
  WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
  WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
  WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
  WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
  WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
  WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
  WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
  WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
  WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
  WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
  WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
  WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
  WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
  WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
  WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
  WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
  WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
  WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
  WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
  WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
  WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
  WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
  WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
  WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
  WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
  WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
  WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
  WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
  ELSE CAST(32 AS BIGINT)
END;

-- [9/16] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
DROP TABLE IF EXISTS pg_temp."adg_cardinality_bands";

CREATE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS TEXT) AS "value",
  CAST(NULL AS DOUBLE PRECISION) AS "lo",
  CAST(NULL AS DOUBLE PRECISION) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("r"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(least("r"."b", "t"."lo_b") AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(greatest("r"."b", "t"."hi_b") + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."lo_b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."hi_b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL)));

-- [10/16] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
DROP TABLE IF EXISTS pg_temp."adg_disagreements";

CREATE TEMP TABLE "adg_disagreements" AS
SELECT
  CAST(29 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        to_char(CAST(date_trunc('year', "MYDOB") AS DATE), 'YYYY-MM-DD') AS "v"
      FROM "public"."hes_op_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  CAST(30 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("SEX" AS TEXT) AS "v"
      FROM "public"."hes_op_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  CAST(31 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("ETHNOS" AS TEXT) AS "v"
      FROM "public"."hes_op_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e";

-- [11/16] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."hes_op_source" WHERE (substr(CAST("TOKEN_PERSON_ID" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(3 AS BIGINT) AS INTEGER)) = 'ART') AND (char_length(CAST("TOKEN_PERSON_ID" AS TEXT)) = CAST(13 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [12/16] Identifier ATTENDKEY: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."hes_op_source" WHERE (substr(CAST("ATTENDKEY" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(5 AS BIGINT) AS INTEGER)) = '99999') AND (char_length(CAST("ATTENDKEY" AS TEXT)) = CAST(12 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.ATTENDKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [13/16] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
DROP TABLE IF EXISTS pg_temp."adg_candidates";

CREATE TEMP TABLE "adg_candidates" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "stat",
  "item",
  "value",
  "lo",
  "hi",
  "n_rows",
  "n_entities",
  "raw_rows",
  ("tested" >= "threshold") AND (("n_rows" IS NULL) OR ("n_rows" >= "threshold")) AND (("n_entities" IS NULL) OR ("n_entities" >= "threshold")) AS "passes"
FROM (
  SELECT
    "c"."ordinal",
    "f"."field",
    "f"."kind",
    "c"."stat",
    CASE
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE
      WHEN "c"."stat" = 'null' THEN CAST(0 AS BIGINT)
      WHEN "c"."stat" = 'value' THEN CAST(1 AS BIGINT)
      ELSE CAST(2 AS BIGINT)
    END NULLS LAST, "c"."item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_rows") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_rows",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_entities") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = CAST(0 AS BIGINT)
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN CAST(NULL AS TEXT)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE PRECISION) THEN 'NaN'
        WHEN "r"."num" > CAST(0 AS BIGINT) THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "lo",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > CAST(0 AS BIGINT)) AND (("r"."num" IS NULL) OR (NOT (("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
    UNION ALL
    SELECT
      "d"."ordinal" AS "ordinal",
      'disagree' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "d"."n_rows" AS "n_rows",
      "d"."n_entities" AS "n_entities"
    FROM "adg_disagreements" AS "d"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [14/16] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."hes_op_metadata__adg_new";

CREATE TABLE "adg_metadata"."hes_op_metadata__adg_new" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS TEXT) AS "field",
  CAST("kind" AS TEXT) AS "kind",
  CAST("stat" AS TEXT) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS TEXT) AS "value",
  CAST("lo" AS DOUBLE PRECISION) AS "lo",
  CAST("hi" AS DOUBLE PRECISION) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM "adg_candidates"
  WHERE "passes"
  UNION ALL
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM (VALUES
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'SITETRET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'APPTDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'REQDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'WAITING', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'ATTENDED', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'FIRSTATT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'OUTCOME', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'PRIORITY', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(12 AS BIGINT), 'REFSOURC', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(13 AS BIGINT), 'SERVTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(14 AS BIGINT), 'STAFFTYP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(15 AS BIGINT), 'TRETSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(16 AS BIGINT), 'MAINSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(17 AS BIGINT), 'DIAG_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(18 AS BIGINT), 'DIAG_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(19 AS BIGINT), 'DIAG_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(20 AS BIGINT), 'DIAG_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(21 AS BIGINT), 'DIAG_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(22 AS BIGINT), 'DIAG_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(23 AS BIGINT), 'OPERTN_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(24 AS BIGINT), 'OPERTN_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(25 AS BIGINT), 'OPERTN_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(26 AS BIGINT), 'OPERTN_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(27 AS BIGINT), 'OPERTN_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(28 AS BIGINT), 'OPERTN_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(29 AS BIGINT), 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(30 AS BIGINT), 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(31 AS BIGINT), 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(32 AS BIGINT), 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS TEXT) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "lo",
    CAST(NULL AS DOUBLE PRECISION) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
        ELSE CAST(0 AS BIGINT)
      END) AS "items",
      CASE
        WHEN sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) = CAST(0 AS BIGINT) THEN 'none'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > CAST(0 AS BIGINT)
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, "item" NULLS LAST;

DROP TABLE IF EXISTS "adg_metadata"."hes_op_metadata";

ALTER TABLE "adg_metadata"."hes_op_metadata__adg_new" RENAME TO "hes_op_metadata";

COMMIT;

-- [15/16] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END) AS "items",
    CASE
      WHEN sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) = CAST(0 AS BIGINT) THEN 'none'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > CAST(0 AS BIGINT)
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > CAST(0 AS BIGINT)
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [16/16] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) >= CAST(20 AS BIGINT) AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(count("r"."value") AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= CAST(20 AS BIGINT) THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION) / CAST(count("r"."value") AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^[0-9]{10}$') THEN mod((CAST(11 AS BIGINT) - mod(((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(10 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(9 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(3 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(8 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(4 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(7 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(5 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(6 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(5 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(7 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(4 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(8 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(3 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(2 AS BIGINT))), CAST(11 AS BIGINT))), CAST(11 AS BIGINT)) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(10 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > CAST(0 AS BIGINT)) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_ae", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Reads the source (table hes_ae_source of schema public, which adg load made of the parquet file specs/fixtures/hes/ae.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/16] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/16] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/16] Field catalog: kind and suppression policy of each field
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(NULL AS BIGINT)),
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'ARRIVALDATE', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'AEARRIVALMODE', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'AEATTENDCAT', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'AEATTENDDISP', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'AEDEPTTYPE', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'AEINCLOCTYPE', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'AEPATGROUP', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(11 AS BIGINT), 'AEREFSOURCE', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(12 AS BIGINT), 'DIAG_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(13 AS BIGINT), 'DIAG_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(14 AS BIGINT), 'DIAG_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(15 AS BIGINT), 'DIAG_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(16 AS BIGINT), 'DIAG_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(17 AS BIGINT), 'DIAG_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(18 AS BIGINT), 'INVEST_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(19 AS BIGINT), 'INVEST_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(20 AS BIGINT), 'INVEST_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(21 AS BIGINT), 'INVEST_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(22 AS BIGINT), 'INVEST_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(23 AS BIGINT), 'INVEST_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(24 AS BIGINT), 'TREAT_01', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(25 AS BIGINT), 'TREAT_02', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(26 AS BIGINT), 'TREAT_03', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(27 AS BIGINT), 'TREAT_04', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(28 AS BIGINT), 'TREAT_05', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(29 AS BIGINT), 'TREAT_06', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(30 AS BIGINT), 'INITDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(31 AS BIGINT), 'TRETDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(32 AS BIGINT), 'CONCLDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(33 AS BIGINT), 'DEPDUR', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(34 AS BIGINT), 'MYDOB', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(35 AS BIGINT), 'SEX', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(36 AS BIGINT), 'ETHNOS', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(37 AS BIGINT), 'RESLADST', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/16] Raw frequencies (session scratch, dropped after the stage, never published)
-- One pass with GROUPING SETS, one set per field. Continuous fields are counted by exact value here
-- and binned below.
DROP TABLE IF EXISTS pg_temp."adg_raw";

CREATE TEMP TABLE "adg_raw" AS
SELECT
  "ordinal",
  "value",
  "num",
  "n_rows",
  "n_entities",
  CASE
    WHEN "ordinal" = CAST(0 AS BIGINT) THEN CAST(0 AS BIGINT)
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" COLLATE "C" NULLS FIRST, "k2" COLLATE "C" NULLS FIRST, "k3" COLLATE "C" NULLS FIRST, "k4" NULLS FIRST, "k5" COLLATE "C" NULLS FIRST, "k6" COLLATE "C" NULLS FIRST, "k7" COLLATE "C" NULLS FIRST, "k8" COLLATE "C" NULLS FIRST, "k9" COLLATE "C" NULLS FIRST, "k10" COLLATE "C" NULLS FIRST, "k11" COLLATE "C" NULLS FIRST, "k12" COLLATE "C" NULLS FIRST, "k13" COLLATE "C" NULLS FIRST, "k14" COLLATE "C" NULLS FIRST, "k15" COLLATE "C" NULLS FIRST, "k16" COLLATE "C" NULLS FIRST, "k17" COLLATE "C" NULLS FIRST, "k18" COLLATE "C" NULLS FIRST, "k19" COLLATE "C" NULLS FIRST, "k20" COLLATE "C" NULLS FIRST, "k21" COLLATE "C" NULLS FIRST, "k22" COLLATE "C" NULLS FIRST, "k23" COLLATE "C" NULLS FIRST, "k24" COLLATE "C" NULLS FIRST, "k25" COLLATE "C" NULLS FIRST, "k26" COLLATE "C" NULLS FIRST, "k27" COLLATE "C" NULLS FIRST, "k28" COLLATE "C" NULLS FIRST, "k29" COLLATE "C" NULLS FIRST, "k30" NULLS FIRST, "k31" NULLS FIRST, "k32" NULLS FIRST, "k33" NULLS FIRST, "k34" NULLS FIRST, "k35" COLLATE "C" NULLS FIRST, "k36" COLLATE "C" NULLS FIRST, "k37" COLLATE "C" NULLS FIRST)
  END AS "item"
FROM (
  SELECT
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST(4 AS BIGINT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN CAST(5 AS BIGINT)
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST(7 AS BIGINT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST(8 AS BIGINT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST(9 AS BIGINT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST(11 AS BIGINT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST(12 AS BIGINT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST(13 AS BIGINT)
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST(14 AS BIGINT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST(15 AS BIGINT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST(16 AS BIGINT)
      WHEN grouping("k17") = CAST(0 AS BIGINT) THEN CAST(17 AS BIGINT)
      WHEN grouping("k18") = CAST(0 AS BIGINT) THEN CAST(18 AS BIGINT)
      WHEN grouping("k19") = CAST(0 AS BIGINT) THEN CAST(19 AS BIGINT)
      WHEN grouping("k20") = CAST(0 AS BIGINT) THEN CAST(20 AS BIGINT)
      WHEN grouping("k21") = CAST(0 AS BIGINT) THEN CAST(21 AS BIGINT)
      WHEN grouping("k22") = CAST(0 AS BIGINT) THEN CAST(22 AS BIGINT)
      WHEN grouping("k23") = CAST(0 AS BIGINT) THEN CAST(23 AS BIGINT)
      WHEN grouping("k24") = CAST(0 AS BIGINT) THEN CAST(24 AS BIGINT)
      WHEN grouping("k25") = CAST(0 AS BIGINT) THEN CAST(25 AS BIGINT)
      WHEN grouping("k26") = CAST(0 AS BIGINT) THEN CAST(26 AS BIGINT)
      WHEN grouping("k27") = CAST(0 AS BIGINT) THEN CAST(27 AS BIGINT)
      WHEN grouping("k28") = CAST(0 AS BIGINT) THEN CAST(28 AS BIGINT)
      WHEN grouping("k29") = CAST(0 AS BIGINT) THEN CAST(29 AS BIGINT)
      WHEN grouping("k30") = CAST(0 AS BIGINT) THEN CAST(30 AS BIGINT)
      WHEN grouping("k31") = CAST(0 AS BIGINT) THEN CAST(31 AS BIGINT)
      WHEN grouping("k32") = CAST(0 AS BIGINT) THEN CAST(32 AS BIGINT)
      WHEN grouping("k33") = CAST(0 AS BIGINT) THEN CAST(33 AS BIGINT)
      WHEN grouping("k34") = CAST(0 AS BIGINT) THEN CAST(34 AS BIGINT)
      WHEN grouping("k35") = CAST(0 AS BIGINT) THEN CAST(35 AS BIGINT)
      WHEN grouping("k36") = CAST(0 AS BIGINT) THEN CAST(36 AS BIGINT)
      WHEN grouping("k37") = CAST(0 AS BIGINT) THEN CAST(37 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST("k2" AS TEXT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST("k3" AS TEXT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN to_char("k4", 'YYYY-MM-DD')
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN CAST("k5" AS TEXT)
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST("k6" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST("k10" AS TEXT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST("k11" AS TEXT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST("k12" AS TEXT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST("k13" AS TEXT)
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST("k14" AS TEXT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST("k15" AS TEXT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST("k16" AS TEXT)
      WHEN grouping("k17") = CAST(0 AS BIGINT) THEN CAST("k17" AS TEXT)
      WHEN grouping("k18") = CAST(0 AS BIGINT) THEN CAST("k18" AS TEXT)
      WHEN grouping("k19") = CAST(0 AS BIGINT) THEN CAST("k19" AS TEXT)
      WHEN grouping("k20") = CAST(0 AS BIGINT) THEN CAST("k20" AS TEXT)
      WHEN grouping("k21") = CAST(0 AS BIGINT) THEN CAST("k21" AS TEXT)
      WHEN grouping("k22") = CAST(0 AS BIGINT) THEN CAST("k22" AS TEXT)
      WHEN grouping("k23") = CAST(0 AS BIGINT) THEN CAST("k23" AS TEXT)
      WHEN grouping("k24") = CAST(0 AS BIGINT) THEN CAST("k24" AS TEXT)
      WHEN grouping("k25") = CAST(0 AS BIGINT) THEN CAST("k25" AS TEXT)
      WHEN grouping("k26") = CAST(0 AS BIGINT) THEN CAST("k26" AS TEXT)
      WHEN grouping("k27") = CAST(0 AS BIGINT) THEN CAST("k27" AS TEXT)
      WHEN grouping("k28") = CAST(0 AS BIGINT) THEN CAST("k28" AS TEXT)
      WHEN grouping("k29") = CAST(0 AS BIGINT) THEN CAST("k29" AS TEXT)
      WHEN grouping("k30") = CAST(0 AS BIGINT) THEN CAST("k30" AS TEXT)
      WHEN grouping("k31") = CAST(0 AS BIGINT) THEN CAST("k31" AS TEXT)
      WHEN grouping("k32") = CAST(0 AS BIGINT) THEN CAST("k32" AS TEXT)
      WHEN grouping("k33") = CAST(0 AS BIGINT) THEN CAST("k33" AS TEXT)
      WHEN grouping("k34") = CAST(0 AS BIGINT) THEN to_char("k34", 'YYYY-MM-DD')
      WHEN grouping("k35") = CAST(0 AS BIGINT) THEN CAST("k35" AS TEXT)
      WHEN grouping("k36") = CAST(0 AS BIGINT) THEN CAST("k36" AS TEXT)
      WHEN grouping("k37") = CAST(0 AS BIGINT) THEN CAST("k37" AS TEXT)
    END AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "num",
    count(*) AS "n_rows",
    count(DISTINCT "e") AS "n_entities",
    "k1",
    "k2",
    "k3",
    "k4",
    "k5",
    "k6",
    "k7",
    "k8",
    "k9",
    "k10",
    "k11",
    "k12",
    "k13",
    "k14",
    "k15",
    "k16",
    "k17",
    "k18",
    "k19",
    "k20",
    "k21",
    "k22",
    "k23",
    "k24",
    "k25",
    "k26",
    "k27",
    "k28",
    "k29",
    "k30",
    "k31",
    "k32",
    "k33",
    "k34",
    "k35",
    "k36",
    "k37"
  FROM (
    SELECT
      "FYEAR" AS "k1",
      "PROCODE3" AS "k2",
      "PROCODET" AS "k3",
      CAST(date_trunc('week', "ARRIVALDATE") AS DATE) AS "k4",
      "AEARRIVALMODE" AS "k5",
      "AEATTENDCAT" AS "k6",
      "AEATTENDDISP" AS "k7",
      "AEDEPTTYPE" AS "k8",
      "AEINCLOCTYPE" AS "k9",
      "AEPATGROUP" AS "k10",
      "AEREFSOURCE" AS "k11",
      "DIAG_01" AS "k12",
      "DIAG_02" AS "k13",
      "DIAG_03" AS "k14",
      "DIAG_04" AS "k15",
      "DIAG_05" AS "k16",
      "DIAG_06" AS "k17",
      "INVEST_01" AS "k18",
      "INVEST_02" AS "k19",
      "INVEST_03" AS "k20",
      "INVEST_04" AS "k21",
      "INVEST_05" AS "k22",
      "INVEST_06" AS "k23",
      "TREAT_01" AS "k24",
      "TREAT_02" AS "k25",
      "TREAT_03" AS "k26",
      "TREAT_04" AS "k27",
      "TREAT_05" AS "k28",
      "TREAT_06" AS "k29",
      CAST("INITDUR" AS BIGINT) AS "k30",
      CAST("TRETDUR" AS BIGINT) AS "k31",
      CAST("CONCLDUR" AS BIGINT) AS "k32",
      CAST("DEPDUR" AS BIGINT) AS "k33",
      CAST(date_trunc('year', "MYDOB") AS DATE) AS "k34",
      "SEX" AS "k35",
      "ETHNOS" AS "k36",
      "RESLADST" AS "k37",
      "TOKEN_PERSON_ID" AS "e"
    FROM "public"."hes_ae_source"
  ) AS "s"
  GROUP BY GROUPING SETS (
    ("k1"),
    ("k2"),
    ("k3"),
    ("k4"),
    ("k5"),
    ("k6"),
    ("k7"),
    ("k8"),
    ("k9"),
    ("k10"),
    ("k11"),
    ("k12"),
    ("k13"),
    ("k14"),
    ("k15"),
    ("k16"),
    ("k17"),
    ("k18"),
    ("k19"),
    ("k20"),
    ("k21"),
    ("k22"),
    ("k23"),
    ("k24"),
    ("k25"),
    ("k26"),
    ("k27"),
    ("k28"),
    ("k29"),
    ("k30"),
    ("k31"),
    ("k32"),
    ("k33"),
    ("k34"),
    ("k35"),
    ("k36"),
    ("k37"),
    ()
  )
) AS "g";

-- [5/16] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: source (parquet file specs/fixtures/hes/ae.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/16] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_ae_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_apc_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_op_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_ae_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS TEXT) AS "e" FROM "public"."hes_ae_source" WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [7/16] Raw entity cardinalities: how many entities have each number of rows
DROP TABLE IF EXISTS pg_temp."adg_raw_cardinality";

CREATE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "TOKEN_PERSON_ID" AS "e"
    FROM "public"."hes_ae_source"
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  CAST(0 AS BIGINT) AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [8/16] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
DROP TABLE IF EXISTS pg_temp."adg_rare_bands";

CREATE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
    WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
    WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
    WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
    WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
    WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
    WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
    WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
    WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
    WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
    WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
    WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
    WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
    WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
    WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
    WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
    WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
    WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
    WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
    WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
    WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
    WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
    WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
    WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
    WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
    WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
    WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
    WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
    WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
    WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
    WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
    WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
    WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
    ELSE CAST(32 AS BIGINT)
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
GROUP BY CASE
  WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
  WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
  WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
  WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
  WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
  WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
  WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
  WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
  WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
  WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
  WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
  WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
  WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
  WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
  WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
  WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
  WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
  WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
  WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
  WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
  WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
  WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
  WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
  WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
  WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
  WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
  WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
  WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
  WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
  WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
  WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
  WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
  WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
  ELSE CAST(32 AS BIGINT)
END;

-- [9/16] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
DROP TABLE IF EXISTS pg_temp."adg_cardinality_bands";

CREATE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS TEXT) AS "value",
  CAST(NULL AS DOUBLE PRECISION) AS "lo",
  CAST(NULL AS DOUBLE PRECISION) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("r"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(least("r"."b", "t"."lo_b") AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(greatest("r"."b", "t"."hi_b") + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."lo_b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."hi_b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL)));

-- [10/16] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
DROP TABLE IF EXISTS pg_temp."adg_disagreements";

CREATE TEMP TABLE "adg_disagreements" AS
SELECT
  CAST(34 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        to_char(CAST(date_trunc('year', "MYDOB") AS DATE), 'YYYY-MM-DD') AS "v"
      FROM "public"."hes_ae_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  CAST(35 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("SEX" AS TEXT) AS "v"
      FROM "public"."hes_ae_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  CAST(36 AS BIGINT) AS "ordinal",
  coalesce(sum("off"), CAST(0 AS BIGINT)) AS "n_rows",
  sum(CASE WHEN "off" > CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("ETHNOS" AS TEXT) AS "v"
      FROM "public"."hes_ae_source"
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e";

-- [11/16] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."hes_ae_source" WHERE (substr(CAST("TOKEN_PERSON_ID" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(3 AS BIGINT) AS INTEGER)) = 'ART') AND (char_length(CAST("TOKEN_PERSON_ID" AS TEXT)) = CAST(13 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [12/16] Identifier AEKEY: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."hes_ae_source" WHERE (substr(CAST("AEKEY" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(5 AS BIGINT) AS INTEGER)) = '99999') AND (char_length(CAST("AEKEY" AS TEXT)) = CAST(12 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.AEKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [13/16] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
DROP TABLE IF EXISTS pg_temp."adg_candidates";

CREATE TEMP TABLE "adg_candidates" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "stat",
  "item",
  "value",
  "lo",
  "hi",
  "n_rows",
  "n_entities",
  "raw_rows",
  ("tested" >= "threshold") AND (("n_rows" IS NULL) OR ("n_rows" >= "threshold")) AND (("n_entities" IS NULL) OR ("n_entities" >= "threshold")) AS "passes"
FROM (
  SELECT
    "c"."ordinal",
    "f"."field",
    "f"."kind",
    "c"."stat",
    CASE
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE
      WHEN "c"."stat" = 'null' THEN CAST(0 AS BIGINT)
      WHEN "c"."stat" = 'value' THEN CAST(1 AS BIGINT)
      ELSE CAST(2 AS BIGINT)
    END NULLS LAST, "c"."item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_rows") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_rows",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_entities") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = CAST(0 AS BIGINT)
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN CAST(NULL AS TEXT)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE PRECISION) THEN 'NaN'
        WHEN "r"."num" > CAST(0 AS BIGINT) THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "lo",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > CAST(0 AS BIGINT)) AND (("r"."num" IS NULL) OR (NOT (("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
    UNION ALL
    SELECT
      "d"."ordinal" AS "ordinal",
      'disagree' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "d"."n_rows" AS "n_rows",
      "d"."n_entities" AS "n_entities"
    FROM "adg_disagreements" AS "d"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [14/16] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."hes_ae_metadata__adg_new";

CREATE TABLE "adg_metadata"."hes_ae_metadata__adg_new" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS TEXT) AS "field",
  CAST("kind" AS TEXT) AS "kind",
  CAST("stat" AS TEXT) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS TEXT) AS "value",
  CAST("lo" AS DOUBLE PRECISION) AS "lo",
  CAST("hi" AS DOUBLE PRECISION) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM "adg_candidates"
  WHERE "passes"
  UNION ALL
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM (VALUES
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'ARRIVALDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'AEARRIVALMODE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'AEATTENDCAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'AEATTENDDISP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'AEDEPTTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'AEINCLOCTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'AEPATGROUP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'AEREFSOURCE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(12 AS BIGINT), 'DIAG_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(13 AS BIGINT), 'DIAG_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(14 AS BIGINT), 'DIAG_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(15 AS BIGINT), 'DIAG_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(16 AS BIGINT), 'DIAG_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(17 AS BIGINT), 'DIAG_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(18 AS BIGINT), 'INVEST_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(19 AS BIGINT), 'INVEST_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(20 AS BIGINT), 'INVEST_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(21 AS BIGINT), 'INVEST_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(22 AS BIGINT), 'INVEST_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(23 AS BIGINT), 'INVEST_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(24 AS BIGINT), 'TREAT_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(25 AS BIGINT), 'TREAT_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(26 AS BIGINT), 'TREAT_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(27 AS BIGINT), 'TREAT_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(28 AS BIGINT), 'TREAT_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(29 AS BIGINT), 'TREAT_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(30 AS BIGINT), 'INITDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(31 AS BIGINT), 'TRETDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(32 AS BIGINT), 'CONCLDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(33 AS BIGINT), 'DEPDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(34 AS BIGINT), 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(35 AS BIGINT), 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(36 AS BIGINT), 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(37 AS BIGINT), 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS TEXT) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "lo",
    CAST(NULL AS DOUBLE PRECISION) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
        ELSE CAST(0 AS BIGINT)
      END) AS "items",
      CASE
        WHEN sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) = CAST(0 AS BIGINT) THEN 'none'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > CAST(0 AS BIGINT)
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, "item" NULLS LAST;

DROP TABLE IF EXISTS "adg_metadata"."hes_ae_metadata";

ALTER TABLE "adg_metadata"."hes_ae_metadata__adg_new" RENAME TO "hes_ae_metadata";

COMMIT;

-- [15/16] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END) AS "items",
    CASE
      WHEN sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) = CAST(0 AS BIGINT) THEN 'none'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > CAST(0 AS BIGINT)
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > CAST(0 AS BIGINT)
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [16/16] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) >= CAST(20 AS BIGINT) AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(count("r"."value") AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= CAST(20 AS BIGINT) THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION) / CAST(count("r"."value") AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^[0-9]{10}$') THEN mod((CAST(11 AS BIGINT) - mod(((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(10 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(9 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(3 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(8 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(4 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(7 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(5 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(6 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(5 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(7 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(4 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(8 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(3 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(2 AS BIGINT))), CAST(11 AS BIGINT))), CAST(11 AS BIGINT)) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(10 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > CAST(0 AS BIGINT)) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;
