-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_person", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the source (table omop_person_source of schema public, which adg load made of the parquet file specs/fixtures/omop/person.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/14] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/14] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/14] Field catalog: kind and suppression policy of each field
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
  (CAST(1 AS BIGINT), 'gender_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'year_of_birth', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'month_of_birth', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'day_of_birth', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'birth_datetime', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'race_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'ethnicity_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'gender_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'gender_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'race_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(11 AS BIGINT), 'race_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(12 AS BIGINT), 'ethnicity_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(13 AS BIGINT), 'ethnicity_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/14] Raw frequencies (session scratch, dropped after the stage, never published)
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
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" NULLS FIRST, "k2" NULLS FIRST, "k3" NULLS FIRST, "k4" NULLS FIRST, "k5" NULLS FIRST, "k6" NULLS FIRST, "k7" NULLS FIRST, "k8" COLLATE "C" NULLS FIRST, "k9" NULLS FIRST, "k10" COLLATE "C" NULLS FIRST, "k11" NULLS FIRST, "k12" COLLATE "C" NULLS FIRST, "k13" NULLS FIRST)
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
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST("k2" AS TEXT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST("k3" AS TEXT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST("k4" AS TEXT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN to_char("k5", 'YYYY-MM-DD HH24:MI:SS')
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST("k6" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST("k10" AS TEXT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST("k11" AS TEXT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST("k12" AS TEXT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST("k13" AS TEXT)
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
    "k13"
  FROM (
    SELECT
      "gender_concept_id" AS "k1",
      CAST("year_of_birth" AS BIGINT) AS "k2",
      CAST("month_of_birth" AS BIGINT) AS "k3",
      CAST("day_of_birth" AS BIGINT) AS "k4",
      date_trunc('year', "birth_datetime") AS "k5",
      "race_concept_id" AS "k6",
      "ethnicity_concept_id" AS "k7",
      "gender_source_value" AS "k8",
      "gender_source_concept_id" AS "k9",
      "race_source_value" AS "k10",
      "race_source_concept_id" AS "k11",
      "ethnicity_source_value" AS "k12",
      "ethnicity_source_concept_id" AS "k13",
      "person_id" AS "e"
    FROM "public"."omop_person_source"
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
    ()
  )
) AS "g";

-- [5/14] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: source (parquet file specs/fixtures/omop/person.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/14] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_person_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_person_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_visit_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_condition_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_measurement_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_person_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [7/14] Raw entity cardinalities: how many entities have each number of rows
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
      "person_id" AS "e"
    FROM "public"."omop_person_source"
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

-- [8/14] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [9/14] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [10/14] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_person_source" WHERE (substr(CAST("person_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("person_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [11/14] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [12/14] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."omop_person_metadata__adg_new";

CREATE TABLE "adg_metadata"."omop_person_metadata__adg_new" AS
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
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'gender_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'year_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'month_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'day_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'birth_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'race_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'ethnicity_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'gender_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'gender_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'race_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'race_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(12 AS BIGINT), 'ethnicity_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(13 AS BIGINT), 'ethnicity_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

DROP TABLE IF EXISTS "adg_metadata"."omop_person_metadata";

ALTER TABLE "adg_metadata"."omop_person_metadata__adg_new" RENAME TO "omop_person_metadata";

COMMIT;

-- [13/14] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [14/14] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_visit_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the source (table omop_visit_occurrence_source of schema public, which adg load made of the parquet file specs/fixtures/omop/visit_occurrence.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/15] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/15] Field catalog: kind and suppression policy of each field
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
  (CAST(1 AS BIGINT), 'visit_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'visit_start_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'visit_start_datetime', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'visit_end_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'visit_end_datetime', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'visit_type_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'visit_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'visit_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'admitted_from_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'admitted_from_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(11 AS BIGINT), 'discharged_to_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(12 AS BIGINT), 'discharged_to_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/15] Raw frequencies (session scratch, dropped after the stage, never published)
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
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" NULLS FIRST, "k2" NULLS FIRST, "k3" NULLS FIRST, "k4" NULLS FIRST, "k5" NULLS FIRST, "k6" NULLS FIRST, "k7" COLLATE "C" NULLS FIRST, "k8" NULLS FIRST, "k9" NULLS FIRST, "k10" COLLATE "C" NULLS FIRST, "k11" NULLS FIRST, "k12" COLLATE "C" NULLS FIRST)
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
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN to_char("k2", 'YYYY-MM-DD')
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN to_char("k3", 'YYYY-MM-DD HH24:MI:SS')
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN to_char("k4", 'YYYY-MM-DD')
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN to_char("k5", 'YYYY-MM-DD HH24:MI:SS')
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST("k6" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST("k10" AS TEXT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST("k11" AS TEXT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST("k12" AS TEXT)
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
    "k12"
  FROM (
    SELECT
      "visit_concept_id" AS "k1",
      CAST(date_trunc('week', "visit_start_date") AS DATE) AS "k2",
      date_trunc('week', "visit_start_datetime") AS "k3",
      CAST(date_trunc('week', "visit_end_date") AS DATE) AS "k4",
      date_trunc('week', "visit_end_datetime") AS "k5",
      "visit_type_concept_id" AS "k6",
      "visit_source_value" AS "k7",
      "visit_source_concept_id" AS "k8",
      "admitted_from_concept_id" AS "k9",
      "admitted_from_source_value" AS "k10",
      "discharged_to_concept_id" AS "k11",
      "discharged_to_source_value" AS "k12",
      "person_id" AS "e"
    FROM "public"."omop_visit_occurrence_source"
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
    ()
  )
) AS "g";

-- [5/15] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: source (parquet file specs/fixtures/omop/visit_occurrence.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/15] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_visit_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_person_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_visit_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_condition_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_measurement_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_visit_occurrence_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [7/15] Raw entity cardinalities: how many entities have each number of rows
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
      "person_id" AS "e"
    FROM "public"."omop_visit_occurrence_source"
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

-- [8/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [9/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [10/15] Identifier visit_occurrence_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_visit_occurrence_source" WHERE (substr(CAST("visit_occurrence_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("visit_occurrence_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.visit_occurrence_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [11/15] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_visit_occurrence_source" WHERE (substr(CAST("person_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("person_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."omop_visit_occurrence_metadata__adg_new";

CREATE TABLE "adg_metadata"."omop_visit_occurrence_metadata__adg_new" AS
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
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'visit_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'visit_start_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'visit_start_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'visit_end_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'visit_end_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'visit_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'visit_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'visit_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'admitted_from_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'admitted_from_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'discharged_to_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(12 AS BIGINT), 'discharged_to_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

DROP TABLE IF EXISTS "adg_metadata"."omop_visit_occurrence_metadata";

ALTER TABLE "adg_metadata"."omop_visit_occurrence_metadata__adg_new" RENAME TO "omop_visit_occurrence_metadata";

COMMIT;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_condition_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the source (table omop_condition_occurrence_source of schema public, which adg load made of the parquet file specs/fixtures/omop/condition_occurrence.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/15] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/15] Field catalog: kind and suppression policy of each field
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
  (CAST(1 AS BIGINT), 'condition_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'condition_start_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'condition_start_datetime', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'condition_end_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'condition_end_datetime', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'condition_type_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'condition_status_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'condition_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'condition_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'condition_status_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/15] Raw frequencies (session scratch, dropped after the stage, never published)
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
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" NULLS FIRST, "k2" NULLS FIRST, "k3" NULLS FIRST, "k4" NULLS FIRST, "k5" NULLS FIRST, "k6" NULLS FIRST, "k7" NULLS FIRST, "k8" COLLATE "C" NULLS FIRST, "k9" NULLS FIRST, "k10" COLLATE "C" NULLS FIRST)
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
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN to_char("k2", 'YYYY-MM-DD')
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN to_char("k3", 'YYYY-MM-DD HH24:MI:SS')
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN to_char("k4", 'YYYY-MM-DD')
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN to_char("k5", 'YYYY-MM-DD HH24:MI:SS')
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST("k6" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST("k10" AS TEXT)
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
    "k10"
  FROM (
    SELECT
      "condition_concept_id" AS "k1",
      CAST(date_trunc('week', "condition_start_date") AS DATE) AS "k2",
      date_trunc('week', "condition_start_datetime") AS "k3",
      CAST(date_trunc('week', "condition_end_date") AS DATE) AS "k4",
      date_trunc('week', "condition_end_datetime") AS "k5",
      "condition_type_concept_id" AS "k6",
      "condition_status_concept_id" AS "k7",
      "condition_source_value" AS "k8",
      "condition_source_concept_id" AS "k9",
      "condition_status_source_value" AS "k10",
      "person_id" AS "e"
    FROM "public"."omop_condition_occurrence_source"
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
    ()
  )
) AS "g";

-- [5/15] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: source (parquet file specs/fixtures/omop/condition_occurrence.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/15] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_condition_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_person_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_visit_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_condition_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_measurement_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_condition_occurrence_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [7/15] Raw entity cardinalities: how many entities have each number of rows
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
      "person_id" AS "e"
    FROM "public"."omop_condition_occurrence_source"
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

-- [8/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [9/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [10/15] Identifier condition_occurrence_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_condition_occurrence_source" WHERE (substr(CAST("condition_occurrence_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("condition_occurrence_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.condition_occurrence_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [11/15] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_condition_occurrence_source" WHERE (substr(CAST("person_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("person_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."omop_condition_occurrence_metadata__adg_new";

CREATE TABLE "adg_metadata"."omop_condition_occurrence_metadata__adg_new" AS
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
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'condition_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'condition_start_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'condition_start_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'condition_end_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'condition_end_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'condition_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'condition_status_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'condition_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'condition_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'condition_status_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

DROP TABLE IF EXISTS "adg_metadata"."omop_condition_occurrence_metadata";

ALTER TABLE "adg_metadata"."omop_condition_occurrence_metadata__adg_new" RENAME TO "omop_condition_occurrence_metadata";

COMMIT;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_measurement", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the source (table omop_measurement_source of schema public, which adg load made of the parquet file specs/fixtures/omop/measurement.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/20] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/20] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/20] Field catalog: kind and suppression policy of each field
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
  (CAST(1 AS BIGINT), 'measurement_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'measurement_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'measurement_datetime', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'measurement_type_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'operator_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'value_as_number', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(100 AS BIGINT)),
  (CAST(7 AS BIGINT), 'value_as_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'unit_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'range_low', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(100 AS BIGINT)),
  (CAST(10 AS BIGINT), 'range_high', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(100 AS BIGINT)),
  (CAST(11 AS BIGINT), 'measurement_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(12 AS BIGINT), 'measurement_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(13 AS BIGINT), 'unit_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(14 AS BIGINT), 'unit_source_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(15 AS BIGINT), 'value_source_value', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(16 AS BIGINT), 'meas_event_field_concept_id', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/20] Raw frequencies (session scratch, dropped after the stage, never published)
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
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" NULLS FIRST, "k2" NULLS FIRST, "k3" NULLS FIRST, "k4" NULLS FIRST, "k5" NULLS FIRST, "k6" NULLS FIRST, "k7" NULLS FIRST, "k8" NULLS FIRST, "k9" NULLS FIRST, "k10" NULLS FIRST, "k11" COLLATE "C" NULLS FIRST, "k12" NULLS FIRST, "k13" COLLATE "C" NULLS FIRST, "k14" NULLS FIRST, "k15" COLLATE "C" NULLS FIRST, "k16" NULLS FIRST)
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
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST("k1" AS TEXT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN to_char("k2", 'YYYY-MM-DD')
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN to_char("k3", 'YYYY-MM-DD HH24:MI:SS')
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST("k4" AS TEXT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN CAST("k5" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST("k11" AS TEXT)
      WHEN grouping("k12") = CAST(0 AS BIGINT) THEN CAST("k12" AS TEXT)
      WHEN grouping("k13") = CAST(0 AS BIGINT) THEN CAST("k13" AS TEXT)
      WHEN grouping("k14") = CAST(0 AS BIGINT) THEN CAST("k14" AS TEXT)
      WHEN grouping("k15") = CAST(0 AS BIGINT) THEN CAST("k15" AS TEXT)
      WHEN grouping("k16") = CAST(0 AS BIGINT) THEN CAST("k16" AS TEXT)
    END AS "value",
    CASE
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN "k6"
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN "k9"
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN "k10"
    END AS "num",
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
    "k16"
  FROM (
    SELECT
      "measurement_concept_id" AS "k1",
      CAST(date_trunc('week', "measurement_date") AS DATE) AS "k2",
      date_trunc('week', "measurement_datetime") AS "k3",
      "measurement_type_concept_id" AS "k4",
      "operator_concept_id" AS "k5",
      CAST("value_as_number" AS DOUBLE PRECISION) AS "k6",
      "value_as_concept_id" AS "k7",
      "unit_concept_id" AS "k8",
      CAST("range_low" AS DOUBLE PRECISION) AS "k9",
      CAST("range_high" AS DOUBLE PRECISION) AS "k10",
      "measurement_source_value" AS "k11",
      "measurement_source_concept_id" AS "k12",
      "unit_source_value" AS "k13",
      "unit_source_concept_id" AS "k14",
      "value_source_value" AS "k15",
      "meas_event_field_concept_id" AS "k16",
      "person_id" AS "e"
    FROM "public"."omop_measurement_source"
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
    ()
  )
) AS "g";

-- [5/20] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: source (parquet file specs/fixtures/omop/measurement.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/20] Grid of every continuous field: a power of ten from its spread, and its decimals
DROP TABLE IF EXISTS pg_temp."adg_grid";

CREATE TEMP TABLE "adg_grid" AS
SELECT
  "f"."ordinal",
  CASE
    WHEN "s"."p95" > "s"."p5" THEN greatest((CAST(0 AS BIGINT) - least(coalesce("p"."decimals", CAST(0 AS BIGINT)), CAST(6 AS BIGINT))), least(CAST(15 AS BIGINT), CAST(floor(log10(greatest((("s"."p95" - "s"."p5") / (CAST("f"."bins" AS DOUBLE PRECISION) * CAST('10' AS DOUBLE PRECISION))), CAST('1e-7' AS DOUBLE PRECISION)))) AS BIGINT)))
    ELSE CAST(0 AS BIGINT) - least(coalesce("p"."decimals", CAST(0 AS BIGINT)), CAST(6 AS BIGINT))
  END AS "g",
  "p"."decimals"
FROM "adg_fields" AS "f"
LEFT JOIN (
  SELECT
    "ordinal",
    min("num") FILTER (WHERE "cum" >= (CAST('0.05' AS DOUBLE PRECISION) * "total")) AS "p5",
    min("num") FILTER (WHERE "cum" >= (CAST('0.95' AS DOUBLE PRECISION) * "total")) AS "p95"
  FROM (
    SELECT
      "ordinal",
      "num",
      CAST(sum("n_rows") OVER (PARTITION BY "ordinal" ORDER BY "num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE PRECISION) AS "cum",
      CAST(sum("n_rows") OVER (PARTITION BY "ordinal") AS DOUBLE PRECISION) AS "total"
    FROM (
      SELECT
        "r"."ordinal",
        "r"."num",
        "r"."n_rows",
        "r"."n_entities",
        "f"."threshold",
        "f"."bins"
      FROM "adg_raw" AS "r"
      JOIN "adg_fields" AS "f"
        ON "f"."ordinal" = "r"."ordinal"
      WHERE ("r"."ordinal" IN (CAST(6 AS BIGINT), CAST(9 AS BIGINT), CAST(10 AS BIGINT))) AND ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) AND ("r"."n_entities" < "f"."threshold")
    ) AS "rest"
  ) AS "ranked"
  GROUP BY "ordinal"
) AS "s"
  ON "s"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    max(CASE
      WHEN "num" = (floor((("num" * CAST('1' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('1' AS DOUBLE PRECISION)) THEN CAST(0 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('10' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('10' AS DOUBLE PRECISION)) THEN CAST(1 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('100' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)) THEN CAST(2 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('1000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('1000' AS DOUBLE PRECISION)) THEN CAST(3 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('10000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('10000' AS DOUBLE PRECISION)) THEN CAST(4 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('100000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('100000' AS DOUBLE PRECISION)) THEN CAST(5 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('1000000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('1000000' AS DOUBLE PRECISION)) THEN CAST(6 AS BIGINT)
      ELSE CAST(7 AS BIGINT)
    END) AS "decimals"
  FROM (
    SELECT
      "r"."ordinal",
      "r"."num",
      "r"."n_rows",
      "r"."n_entities",
      "f"."threshold",
      "f"."bins"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "f"
      ON "f"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" IN (CAST(6 AS BIGINT), CAST(9 AS BIGINT), CAST(10 AS BIGINT))) AND ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))
  ) AS "all_finite"
  GROUP BY "ordinal"
) AS "p"
  ON "p"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" IN (CAST(6 AS BIGINT), CAST(9 AS BIGINT), CAST(10 AS BIGINT));

-- [7/20] Values to bin (not point masses), floored to the grid
DROP TABLE IF EXISTS pg_temp."adg_gridded";

CREATE TEMP TABLE "adg_gridded" AS
SELECT
  "rest"."ordinal",
  CASE
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "rest"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "rest"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    ELSE CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
  END AS "num",
  CAST(sum("rest"."n_rows") AS BIGINT) AS "n_rows"
FROM (
  SELECT
    "r"."ordinal",
    "r"."num",
    "r"."n_rows",
    "r"."n_entities",
    "f"."threshold",
    "f"."bins"
  FROM "adg_raw" AS "r"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "r"."ordinal"
  WHERE ("r"."ordinal" IN (CAST(6 AS BIGINT), CAST(9 AS BIGINT), CAST(10 AS BIGINT))) AND ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) AND ("r"."n_entities" < "f"."threshold")
) AS "rest"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "rest"."ordinal"
GROUP BY "rest"."ordinal", CASE
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "rest"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "rest"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  ELSE CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
END;

-- [8/20] Entities of the values to bin (distinct entity per gridded value)
-- Distinct counts do not add up, so entity counts of bins come from this pass over the source.
DROP TABLE IF EXISTS pg_temp."adg_entity_values";

CREATE TEMP TABLE "adg_entity_values" AS
SELECT
  "v"."ordinal",
  CASE
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "v"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "v"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    ELSE CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
  END AS "num",
  "v"."e" AS "e"
FROM (
  SELECT
    CAST(6 AS BIGINT) AS "ordinal",
    CAST("value_as_number" AS DOUBLE PRECISION) AS "num",
    "person_id" AS "e"
  FROM "public"."omop_measurement_source"
  UNION ALL
  SELECT
    CAST(9 AS BIGINT) AS "ordinal",
    CAST("range_low" AS DOUBLE PRECISION) AS "num",
    "person_id" AS "e"
  FROM "public"."omop_measurement_source"
  UNION ALL
  SELECT
    CAST(10 AS BIGINT) AS "ordinal",
    CAST("range_high" AS DOUBLE PRECISION) AS "num",
    "person_id" AS "e"
  FROM "public"."omop_measurement_source"
) AS "v"
JOIN "adg_raw" AS "r"
  ON ("r"."ordinal" = "v"."ordinal") AND ("r"."num" = "v"."num")
JOIN "adg_fields" AS "f"
  ON "f"."ordinal" = "v"."ordinal"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "v"."ordinal"
WHERE ("v"."e" IS NOT NULL) AND ("v"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) AND ("r"."n_entities" < "f"."threshold")
GROUP BY "v"."ordinal", CASE
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "v"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "v"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  ELSE CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
END, "v"."e";

-- [9/20] Outer edges: the gridded values at rank k from each end
DROP TABLE IF EXISTS pg_temp."adg_outer_edges";

CREATE TEMP TABLE "adg_outer_edges" AS
SELECT
  "k"."ordinal",
  min("k"."num") FILTER (WHERE "k"."up" >= "f"."threshold") AS "lo",
  max("k"."num") FILTER (WHERE "k"."down" >= "f"."threshold") + max(power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))) AS "hi"
FROM (
  SELECT
    "ordinal",
    "num",
    sum("low") OVER (PARTITION BY "ordinal" ORDER BY "num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "up",
    sum("high") OVER (PARTITION BY "ordinal" ORDER BY "num" DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "down"
  FROM (
    SELECT
      "ordinal",
      "num",
      sum("low") AS "low",
      sum("high") AS "high"
    FROM (
      SELECT
        "ordinal",
        min("num") AS "num",
        CAST(1 AS BIGINT) AS "low",
        CAST(0 AS BIGINT) AS "high"
      FROM "adg_entity_values"
      GROUP BY "ordinal", "e"
      UNION ALL
      SELECT
        "ordinal",
        max("num") AS "num",
        CAST(0 AS BIGINT) AS "low",
        CAST(1 AS BIGINT) AS "high"
      FROM "adg_entity_values"
      GROUP BY "ordinal", "e"
    ) AS "ends"
    GROUP BY "ordinal", "num"
  ) AS "ends"
) AS "k"
JOIN "adg_fields" AS "f"
  ON "f"."ordinal" = "k"."ordinal"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "k"."ordinal"
GROUP BY "k"."ordinal";

-- [10/20] Percentile bins: published edges and raw counts of every continuous field
-- Raw bins of equal frequency; inner edges are the lowest values of raw bins (not the first) that
-- clear the threshold on their own; the outer edges close the first and last bin. Each raw bin is
-- counted into the published bin that holds it.
DROP TABLE IF EXISTS pg_temp."adg_raw_bins";

CREATE TEMP TABLE "adg_raw_bins" AS
WITH
  "adg_value_bins" AS (
    SELECT
      "ordinal",
      "num",
      "n_rows",
      CAST(CAST(div(("start" * least("bins", greatest(CAST(2 AS BIGINT), CAST(div("total", (CAST(2 AS BIGINT) * "threshold")) AS BIGINT)))), "total") AS BIGINT) AS BIGINT) AS "bin"
    FROM (
      SELECT
        "r"."ordinal",
        "r"."num",
        "r"."n_rows",
        CAST(sum("r"."n_rows") OVER (PARTITION BY "r"."ordinal" ORDER BY "r"."num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "r"."n_rows" AS "start",
        CAST(sum("r"."n_rows") OVER (PARTITION BY "r"."ordinal") AS BIGINT) AS "total",
        "f"."bins",
        "f"."threshold"
      FROM "adg_gridded" AS "r"
      JOIN "adg_fields" AS "f"
        ON "f"."ordinal" = "r"."ordinal"
    ) AS "ranked"
OFFSET 0
  ),
  "adg_raw_bin_stats" AS (
    SELECT
      "v"."ordinal",
      "v"."bin",
      min("v"."num") AS "lo",
      CAST(sum("v"."n_rows") AS BIGINT) AS "n_rows",
      max("d"."n_entities") AS "n_entities",
      row_number() OVER (PARTITION BY "v"."ordinal" ORDER BY "v"."bin" NULLS LAST) - CAST(1 AS BIGINT) AS "pos"
    FROM "adg_value_bins" AS "v"
    LEFT JOIN (
      SELECT
        "x"."ordinal",
        "x"."bin",
        count(DISTINCT "ev"."e") AS "n_entities"
      FROM "adg_entity_values" AS "ev"
      JOIN "adg_value_bins" AS "x"
        ON ("x"."ordinal" = "ev"."ordinal") AND ("x"."num" = "ev"."num")
      GROUP BY "x"."ordinal", "x"."bin"
    ) AS "d"
      ON ("d"."ordinal" = "v"."ordinal") AND ("d"."bin" = "v"."bin")
    GROUP BY "v"."ordinal", "v"."bin"
OFFSET 0
  ),
  "adg_inner_edges" AS (
    SELECT
      "b"."ordinal",
      "b"."pos",
      "b"."lo",
      row_number() OVER (PARTITION BY "b"."ordinal" ORDER BY "b"."pos" NULLS LAST) AS "edge"
    FROM "adg_raw_bin_stats" AS "b"
    JOIN "adg_fields" AS "f"
      ON "f"."ordinal" = "b"."ordinal"
    JOIN "adg_outer_edges" AS "o"
      ON "o"."ordinal" = "b"."ordinal"
    WHERE ("b"."pos" >= CAST(1 AS BIGINT)) AND ("b"."n_entities" >= "f"."threshold") AND ("b"."lo" > "o"."lo") AND ("b"."lo" < "o"."hi")
OFFSET 0
  ),
  "adg_bin_map" AS (
    SELECT
      "b"."ordinal",
      "b"."bin",
      count("e"."edge") AS "item"
    FROM "adg_raw_bin_stats" AS "b"
    LEFT JOIN "adg_inner_edges" AS "e"
      ON ("e"."ordinal" = "b"."ordinal") AND ("e"."pos" <= "b"."pos")
    GROUP BY "b"."ordinal", "b"."bin"
OFFSET 0
  ),
  "adg_all_edges" AS (
    SELECT
      "o"."ordinal",
      CAST(0 AS BIGINT) AS "edge",
      "o"."lo" AS "at"
    FROM "adg_outer_edges" AS "o"
    WHERE "o"."lo" < "o"."hi"
    UNION ALL
    SELECT
      "ordinal",
      "edge",
      "lo" AS "at"
    FROM "adg_inner_edges"
    UNION ALL
    SELECT
      "o"."ordinal",
      coalesce("n"."m", CAST(0 AS BIGINT)) + CAST(1 AS BIGINT) AS "edge",
      "o"."hi" AS "at"
    FROM "adg_outer_edges" AS "o"
    LEFT JOIN (
      SELECT
        "ordinal",
        count(*) AS "m"
      FROM "adg_inner_edges"
      GROUP BY "ordinal"
    ) AS "n"
      ON "n"."ordinal" = "o"."ordinal"
    WHERE "o"."lo" < "o"."hi"
OFFSET 0
  )
SELECT
  "c"."ordinal",
  "c"."item",
  "lower"."at" AS "lo",
  "upper"."at" AS "hi",
  "c"."n_rows",
  "d"."n_entities" AS "n_entities"
FROM (
  SELECT
    "map"."ordinal",
    "map"."item",
    CAST(sum("s"."n_rows") AS BIGINT) AS "n_rows"
  FROM "adg_bin_map" AS "map"
  JOIN "adg_raw_bin_stats" AS "s"
    ON ("s"."ordinal" = "map"."ordinal") AND ("s"."bin" = "map"."bin")
  GROUP BY "map"."ordinal", "map"."item"
) AS "c"
JOIN "adg_all_edges" AS "lower"
  ON ("lower"."ordinal" = "c"."ordinal") AND ("lower"."edge" = "c"."item")
JOIN "adg_all_edges" AS "upper"
  ON ("upper"."ordinal" = "c"."ordinal") AND ("upper"."edge" = ("c"."item" + CAST(1 AS BIGINT)))
LEFT JOIN (
  SELECT
    "x"."ordinal",
    "map"."item",
    count(DISTINCT "ev"."e") AS "n_entities"
  FROM "adg_entity_values" AS "ev"
  JOIN "adg_value_bins" AS "x"
    ON ("x"."ordinal" = "ev"."ordinal") AND ("x"."num" = "ev"."num")
  JOIN "adg_bin_map" AS "map"
    ON ("map"."ordinal" = "x"."ordinal") AND ("map"."bin" = "x"."bin")
  GROUP BY "x"."ordinal", "map"."item"
) AS "d"
  ON ("d"."ordinal" = "c"."ordinal") AND ("d"."item" = "c"."item");

-- [11/20] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
DROP TABLE IF EXISTS pg_temp."adg_pool";

CREATE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_measurement_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_person_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_visit_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_condition_occurrence_source" WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_measurement_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS TEXT) AS "e" FROM "public"."omop_measurement_source" WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [12/20] Raw entity cardinalities: how many entities have each number of rows
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
      "person_id" AS "e"
    FROM "public"."omop_measurement_source"
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

-- [13/20] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [14/20] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [15/20] Identifier measurement_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_measurement_source" WHERE (substr(CAST("measurement_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("measurement_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.measurement_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [16/20] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "public"."omop_measurement_source" WHERE (substr(CAST("person_id" AS TEXT), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) = '1') AND (char_length(CAST("person_id" AS TEXT)) = CAST(9 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).'; END IF; END $adg$;

-- [17/20] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
      "b"."ordinal" AS "ordinal",
      'bin' AS "stat",
      "b"."item" AS "item",
      CAST(NULL AS TEXT) AS "value",
      "b"."lo" AS "lo",
      "b"."hi" AS "hi",
      "b"."n_rows" AS "n_rows",
      "b"."n_entities" AS "n_entities"
    FROM "adg_raw_bins" AS "b"
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
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [18/20] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."omop_measurement_metadata__adg_new";

CREATE TABLE "adg_metadata"."omop_measurement_metadata__adg_new" AS
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
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'measurement_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'measurement_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'measurement_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'measurement_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'operator_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'value_as_number', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'value_as_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'unit_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'range_low', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'range_high', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'measurement_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(12 AS BIGINT), 'measurement_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(13 AS BIGINT), 'unit_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(14 AS BIGINT), 'unit_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(15 AS BIGINT), 'value_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(16 AS BIGINT), 'meas_event_field_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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
  UNION ALL
  SELECT
    "g"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'decimals' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    CAST("g"."decimals" AS TEXT) AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "lo",
    CAST(NULL AS DOUBLE PRECISION) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM "adg_grid" AS "g"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "g"."ordinal"
  WHERE "g"."decimals" <= CAST(6 AS BIGINT)
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, "item" NULLS LAST;

DROP TABLE IF EXISTS "adg_metadata"."omop_measurement_metadata";

ALTER TABLE "adg_metadata"."omop_measurement_metadata__adg_new" RENAME TO "omop_measurement_metadata";

COMMIT;

-- [19/20] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [20/20] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_concept", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the source (table omop_concept_source of schema public, which adg load made of the parquet file specs/fixtures/omop/concept.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/4] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/4] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/4] Copy the vocabulary verbatim beside its metadata (its row count), replacing both atomically
-- A vocabulary holds no personal data: it is copied whole, in bulk, by the engine, and reviewed and
-- released with the metadata.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."omop_concept_metadata__adg_new";

CREATE TABLE "adg_metadata"."omop_concept_metadata__adg_new" AS
SELECT
  CAST(0 AS BIGINT) AS "ordinal",
  CAST(NULL AS TEXT) AS "field",
  'vocabulary' AS "kind",
  'rows' AS "stat",
  CAST(NULL AS BIGINT) AS "item",
  CAST(NULL AS TEXT) AS "value",
  CAST(NULL AS DOUBLE PRECISION) AS "lo",
  CAST(NULL AS DOUBLE PRECISION) AS "hi",
  CAST(div(((CAST(2 AS BIGINT) * (SELECT count(*) FROM ( SELECT * FROM "public"."omop_concept_source" ) AS "v")) + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT) AS "n_rows",
  CAST(NULL AS BIGINT) AS "n_entities"
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
  (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT))
) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities");

DROP TABLE IF EXISTS "adg_metadata"."omop_concept_vocabulary__adg_new";

CREATE TABLE "adg_metadata"."omop_concept_vocabulary__adg_new" AS
SELECT
  *
FROM "public"."omop_concept_source";

DROP TABLE IF EXISTS "adg_metadata"."omop_concept_metadata";

ALTER TABLE "adg_metadata"."omop_concept_metadata__adg_new" RENAME TO "omop_concept_metadata";

DROP TABLE IF EXISTS "adg_metadata"."omop_concept_vocabulary";

ALTER TABLE "adg_metadata"."omop_concept_vocabulary__adg_new" RENAME TO "omop_concept_vocabulary";

COMMIT;

-- [4/4] Rows copied (as published)
SELECT
  "n_rows"
FROM "adg_metadata"."omop_concept_metadata"
WHERE "stat" = 'rows';
