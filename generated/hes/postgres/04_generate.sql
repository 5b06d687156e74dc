-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_apc", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/19] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/19] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical'),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical'),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical'),
  (CAST(4 AS BIGINT), 'SITETRET', 'categorical'),
  (CAST(5 AS BIGINT), 'ADMIDATE', 'date'),
  (CAST(6 AS BIGINT), 'ADMIMETH', 'categorical'),
  (CAST(7 AS BIGINT), 'ADMISORC', 'categorical'),
  (CAST(8 AS BIGINT), 'ADMINCAT', 'categorical'),
  (CAST(9 AS BIGINT), 'CLASSPAT', 'categorical'),
  (CAST(10 AS BIGINT), 'ELECDATE', 'date'),
  (CAST(11 AS BIGINT), 'ELECDUR', 'discrete'),
  (CAST(12 AS BIGINT), 'EPISTART', 'date'),
  (CAST(13 AS BIGINT), 'EPIEND', 'date'),
  (CAST(14 AS BIGINT), 'EPIORDER', 'discrete'),
  (CAST(15 AS BIGINT), 'EPISTAT', 'categorical'),
  (CAST(16 AS BIGINT), 'EPITYPE', 'categorical'),
  (CAST(17 AS BIGINT), 'EPIDUR', 'discrete'),
  (CAST(18 AS BIGINT), 'DISDATE', 'date'),
  (CAST(19 AS BIGINT), 'DISDEST', 'categorical'),
  (CAST(20 AS BIGINT), 'DISMETH', 'categorical'),
  (CAST(21 AS BIGINT), 'SPELDUR', 'discrete'),
  (CAST(22 AS BIGINT), 'MYDOB', 'date'),
  (CAST(23 AS BIGINT), 'SEX', 'categorical'),
  (CAST(24 AS BIGINT), 'ETHNOS', 'categorical'),
  (CAST(25 AS BIGINT), 'MAINSPEF', 'categorical'),
  (CAST(26 AS BIGINT), 'TRETSPEF', 'categorical'),
  (CAST(27 AS BIGINT), 'DIAG_4_01', 'categorical'),
  (CAST(28 AS BIGINT), 'DIAG_4_02', 'categorical'),
  (CAST(29 AS BIGINT), 'DIAG_4_03', 'categorical'),
  (CAST(30 AS BIGINT), 'DIAG_4_04', 'categorical'),
  (CAST(31 AS BIGINT), 'DIAG_4_05', 'categorical'),
  (CAST(32 AS BIGINT), 'DIAG_4_06', 'categorical'),
  (CAST(33 AS BIGINT), 'DIAG_4_07', 'categorical'),
  (CAST(34 AS BIGINT), 'DIAG_4_08', 'categorical'),
  (CAST(35 AS BIGINT), 'DIAG_4_09', 'categorical'),
  (CAST(36 AS BIGINT), 'DIAG_4_10', 'categorical'),
  (CAST(37 AS BIGINT), 'OPERTN_4_01', 'categorical'),
  (CAST(38 AS BIGINT), 'OPERTN_4_02', 'categorical'),
  (CAST(39 AS BIGINT), 'OPERTN_4_03', 'categorical'),
  (CAST(40 AS BIGINT), 'OPERTN_4_04', 'categorical'),
  (CAST(41 AS BIGINT), 'OPERTN_4_05', 'categorical'),
  (CAST(42 AS BIGINT), 'OPERTN_4_06', 'categorical'),
  (CAST(43 AS BIGINT), 'OPDATE_01', 'date'),
  (CAST(44 AS BIGINT), 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."hes_apc_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.'; END IF; END $adg$;

-- [5/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
DROP TABLE IF EXISTS pg_temp."adg_released_hash";

CREATE TEMP TABLE "adg_released_hash" AS
SELECT
  encode(sha256(convert_to(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, coalesce("item", CAST(-1 AS BIGINT)) NULLS LAST, CASE WHEN "value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, coalesce("value", '') COLLATE "C" NULLS LAST, coalesce("lo", CAST('0' AS DOUBLE PRECISION)) NULLS LAST, coalesce("hi", CAST('0' AS DOUBLE PRECISION)) NULLS LAST), 'UTF8')), 'hex') AS "metadata_hash"
FROM (
  SELECT
    "ordinal",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line"
  FROM (
    SELECT
      "ordinal",
      "stat",
      "item",
      "value",
      "lo",
      "hi",
      CASE
        WHEN "ordinal" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("ordinal" AS TEXT)) AS TEXT) || ':' || CAST("ordinal" AS TEXT)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("field" AS TEXT)) AS TEXT) || ':' || CAST("field" AS TEXT)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("kind" AS TEXT)) AS TEXT) || ':' || CAST("kind" AS TEXT)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("stat" AS TEXT)) AS TEXT) || ':' || CAST("stat" AS TEXT)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("item" AS TEXT)) AS TEXT) || ':' || CAST("item" AS TEXT)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("value" AS TEXT)) AS TEXT) || ':' || CAST("value" AS TEXT)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_rows" AS TEXT)) AS TEXT) || ':' || CAST("n_rows" AS TEXT)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_entities" AS TEXT)) AS TEXT) || ':' || CAST("n_entities" AS TEXT)
      END AS "e_n_entities"
    FROM "adg_released"."hes_apc_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_apc') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_apc')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/19] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/19] Released items of every field, in published order
DROP TABLE IF EXISTS pg_temp."adg_items";

CREATE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE PRECISION) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE CAST('0' AS DOUBLE PRECISION) END
  END
    ELSE CASE
    WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(10 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(12 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(13 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(18 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(22 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(43 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."hes_apc_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  CAST(0 AS BIGINT) AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - CAST(1 AS BIGINT) AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN CAST('0' AS DOUBLE PRECISION) ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."hes_apc_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT));

-- [10/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
DROP TABLE IF EXISTS pg_temp."adg_alias";

CREATE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", CAST(0 AS BIGINT)) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST((CAST(32 AS BIGINT) - "z"."b") AS INTEGER)) AS "s",
        generate_series(CAST(0 AS BIGINT), ((CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST("z"."b" AS INTEGER))) - 1) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE
            WHEN (CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST("b0" AS INTEGER)) < "k" THEN CAST(1 AS BIGINT)
            WHEN ("b0" > CAST(0 AS BIGINT)) AND ((CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST(("b0" - CAST(1 AS BIGINT)) AS INTEGER)) >= "k") THEN CAST(-1 AS BIGINT)
            ELSE CAST(0 AS BIGINT)
          END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil((ln(CAST(count(*) AS DOUBLE PRECISION)) / ln(2.0))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        ((CAST(div(("cum" * CAST(65536 AS BIGINT)), "total") AS BIGINT) * CAST(65536 AS BIGINT)) + CAST(div((((mod(("cum" * CAST(65536 AS BIGINT)), "total") * CAST(65536 AS BIGINT)) + "total") - CAST(1 AS BIGINT)), "total") AS BIGINT)) - ((CAST(div((("cum" - "n_rows") * CAST(65536 AS BIGINT)), "total") AS BIGINT) * CAST(65536 AS BIGINT)) + CAST(div((((mod((("cum" - "n_rows") * CAST(65536 AS BIGINT)), "total") * CAST(65536 AS BIGINT)) + "total") - CAST(1 AS BIGINT)), "total") AS BIGINT)) AS "c"
      FROM (
        SELECT
          "ordinal",
          "item",
          CAST(sum("n_rows") OVER (PARTITION BY "ordinal" ORDER BY "item" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "cum",
          "n_rows",
          CAST(sum("n_rows") OVER (PARTITION BY "ordinal") AS BIGINT) AS "total"
        FROM "adg_items"
      ) AS "w"
    ) AS "h"
      ON ("h"."ordinal" = "k"."ordinal") AND ("h"."item" = "k"."bucket")
OFFSET 0
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
OFFSET 0
  ),
  "adg_heavies" AS (
    SELECT
      "ordinal",
      "bucket",
      CAST(sum("c" - "s") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("c" - "s") AS "a",
      CAST(sum("c" - "s") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "b_end",
      lead("bucket") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST) AS "next"
    FROM "adg_bucket_counts"
    WHERE "c" > "s"
OFFSET 0
  ),
  "adg_light_alias" AS (
    SELECT
      "ordinal",
      "light" AS "bucket",
      "alias"
    FROM (
      SELECT
        "ordinal",
        "light",
        max("heavy") OVER (PARTITION BY "ordinal" ORDER BY "pos" NULLS LAST, "side" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "alias"
      FROM (
        SELECT
          "ordinal",
          "a" AS "pos",
          CAST(0 AS BIGINT) AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          CAST(1 AS BIGINT) AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
OFFSET 0
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(CAST(0 AS BIGINT), (coalesce("reach", CAST(0 AS BIGINT)) - "pos")) AS "overshoot"
    FROM (
      SELECT
        "ordinal",
        "heavy",
        "pos",
        max("reach") OVER (PARTITION BY "ordinal" ORDER BY "pos" NULLS LAST, "side" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "reach"
      FROM (
        SELECT
          "ordinal",
          "b_end" AS "pos",
          CAST(0 AS BIGINT) AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          CAST(1 AS BIGINT) AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
OFFSET 0
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", CAST(0 AS BIGINT))
    ELSE "c"."s"
  END) * CAST(1073741824 AS BIGINT)) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", CAST(0 AS BIGINT)) > CAST(0 AS BIGINT)) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [11/19] Lookup lists of every field: its alias table and its values, in order
-- A view: the sampling query reads each list once per statement as a scalar subquery, built in
-- memory (a stored list would be read back from storage at every lookup).
DROP VIEW IF EXISTS pg_temp."adg_field_lists";

CREATE TEMP VIEW "adg_field_lists" AS
SELECT
  "a"."ordinal",
  "a"."ps",
  "a"."b",
  "v"."vs",
  "v"."nums",
  "v"."widths",
  "d"."d"
FROM (
  SELECT
    "ordinal",
    array_agg("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    array_agg("value" ORDER BY "item" NULLS LAST) AS "vs",
    array_agg("num" ORDER BY "item" NULLS LAST) AS "nums",
    array_agg("width" ORDER BY "item" NULLS LAST) AS "widths"
  FROM "adg_items"
  GROUP BY "ordinal"
) AS "v"
  ON "v"."ordinal" = "a"."ordinal"
LEFT JOIN (
  SELECT
    "g"."ordinal",
    CAST("m"."value" AS BIGINT) AS "d"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."hes_apc_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
DROP TABLE IF EXISTS pg_temp."adg_entities";

CREATE TEMP TABLE "adg_entities" AS
SELECT
  "en",
  "n",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "n" AS "s",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "e"
FROM (
  SELECT
    CASE
      WHEN "width" = CAST('0' AS DOUBLE PRECISION) THEN CAST("num" AS BIGINT)
      ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - CAST(1 AS BIGINT)))
    END AS "n",
    "en"
  FROM (
    SELECT
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "num",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "width",
      "en",
      "j"
    FROM (
      SELECT
        CASE
          WHEN "h" < ("slot" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN "bucket"
          ELSE ("slot" & CAST(1073741823 AS BIGINT))
        END AS "item",
        "en",
        "j"
      FROM (
        SELECT
          ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST(("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "slot",
          ("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT))) AS INTEGER)) AS "bucket",
          "en",
          "h",
          "j"
        FROM (
          SELECT
            ("h" # ("h" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h",
            ("j" # ("j" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j",
            "en"
          FROM (
            SELECT
              ((("h" # ("h" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
              ((("j" # ("j" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
              "en"
            FROM (
              SELECT
                ((("h" # ("h" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                ((("j" # ("j" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
                "en"
              FROM (
                SELECT
                  (("y" + CAST(229392722 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                  (("y" + CAST(1926174696 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
                  "en"
                FROM (
                  SELECT
                    ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
                    "en"
                  FROM (
                    SELECT
                      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                          "en"
                        FROM (
                          SELECT
                            (("en" + CAST(895030338 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                            "en"
                          FROM (
                            SELECT
                              "g" AS "en"
                            FROM generate_series(CAST(0 AS BIGINT), ((SELECT "entities" FROM "adg_entity_plan")) - 1) AS "r"("g")
                          ) AS "adg_e0"
                        ) AS "adg_e1"
                      ) AS "adg_e2"
                    ) AS "adg_e3"
                  ) AS "adg_e4"
                ) AS "adg_e5"
              ) AS "adg_e6"
            ) AS "adg_e7"
          ) AS "adg_e8"
        ) AS "adg_e9"
      ) AS "adg_e10"
    ) AS "adg_e11"
  ) AS "adg_e12"
) AS "adg_e";

-- [13/19] Rows to generate: the sum of the rows of every entity
DROP TABLE IF EXISTS pg_temp."adg_plan";

CREATE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(CAST(1 AS BIGINT), CAST(div("n", CAST(1048576 AS BIGINT)) AS BIGINT)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), CAST(0 AS BIGINT)) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [14/19] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/19] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(1000000000000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/19] Identifier EPIKEY: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(10000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.EPIKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/19] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
DROP TABLE IF EXISTS pg_temp."adg_stable_cuts";

CREATE TEMP TABLE "adg_stable_cuts" AS
SELECT
  CAST(22 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(22 AS BIGINT)
UNION ALL
SELECT
  CAST(23 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(23 AS BIGINT)
UNION ALL
SELECT
  CAST(24 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(24 AS BIGINT);

-- [18/19] Sample 44 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hes_apc__adg_new";

CREATE TABLE "adg_output"."hes_apc__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i",
      "en"
    FROM "adg_entities"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(3140021583 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      (("en" + CAST(895030338 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
      "en",
      "i"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(1931197967 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(430319040 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(3180646612 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(643813 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(4272250638 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(3824776044 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(2737615441 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(3381053254 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(211520565 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(2228227162 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(853820308 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(1333765618 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      (("x" + CAST(1517654475 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(2589631052 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      (("x" + CAST(489936917 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j12",
      (("x" + CAST(2337379341 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      (("x" + CAST(1790854283 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j13",
      (("x" + CAST(2570756498 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      (("x" + CAST(679068729 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      (("x" + CAST(2825983227 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      (("x" + CAST(3997208261 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      (("x" + CAST(922549624 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      (("x" + CAST(3216343180 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j18",
      (("x" + CAST(1802223783 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      (("x" + CAST(204598108 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      (("x" + CAST(4075789361 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      (("x" + CAST(3339617698 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      (("x" + CAST(2640145102 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j22",
      (("x" + CAST(1715549238 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z22",
      (("x" + CAST(256290573 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      (("x" + CAST(1646596074 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z23",
      (("x" + CAST(1503772729 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      (("x" + CAST(1516062129 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z24",
      (("x" + CAST(3774114914 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      (("x" + CAST(3193886256 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      (("x" + CAST(1382557396 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      (("x" + CAST(2731460832 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      (("x" + CAST(878003391 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      (("x" + CAST(3254420849 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      (("x" + CAST(2943992865 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      (("x" + CAST(3799475818 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      (("x" + CAST(1041305735 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h33",
      (("x" + CAST(2363285556 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h34",
      (("x" + CAST(1061443097 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h35",
      (("x" + CAST(1400794588 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h36",
      (("x" + CAST(3038960192 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h37",
      (("x" + CAST(1429278822 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h38",
      (("x" + CAST(1292027191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h39",
      (("x" + CAST(948021178 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h40",
      (("x" + CAST(928919348 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h41",
      (("x" + CAST(3261136028 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h42",
      (("x" + CAST(651252023 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h43",
      (("x" + CAST(4217745959 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j43",
      (("x" + CAST(742770231 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h44",
      (("y" + CAST(2364845687 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g22",
      (("y" + CAST(915009466 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "t22",
      (("y" + CAST(939246910 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g23",
      (("y" + CAST(1081139235 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g24",
      "en",
      "i"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("j10" # ("j10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      ((("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("j12" # ("j12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j12",
      ((("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("j13" # ("j13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j13",
      ((("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("h17" # ("h17" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      ((("h18" # ("h18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      ((("j18" # ("j18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j18",
      ((("h19" # ("h19" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      ((("h20" # ("h20" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      ((("h21" # ("h21" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      ((("h22" # ("h22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      ((("j22" # ("j22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j22",
      ((("z22" # ("z22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z22",
      ((("h23" # ("h23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      ((("z23" # ("z23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z23",
      ((("h24" # ("h24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      ((("z24" # ("z24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z24",
      ((("h25" # ("h25" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      ((("h26" # ("h26" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      ((("h27" # ("h27" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      ((("h28" # ("h28" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      ((("h29" # ("h29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      ((("h30" # ("h30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      ((("h31" # ("h31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      ((("h32" # ("h32" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      ((("h33" # ("h33" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h33",
      ((("h34" # ("h34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h34",
      ((("h35" # ("h35" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h35",
      ((("h36" # ("h36" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h36",
      ((("h37" # ("h37" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h37",
      ((("h38" # ("h38" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h38",
      ((("h39" # ("h39" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h39",
      ((("h40" # ("h40" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h40",
      ((("h41" # ("h41" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h41",
      ((("h42" # ("h42" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h42",
      ((("h43" # ("h43" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h43",
      ((("j43" # ("j43" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j43",
      ((("h44" # ("h44" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h44",
      ((("g22" # ("g22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g22",
      ((("t22" # ("t22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "t22",
      ((("g23" # ("g23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g23",
      ((("g24" # ("g24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g24",
      "en",
      "i"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("j10" # ("j10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      ((("h11" # ("h11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("j12" # ("j12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j12",
      ((("h13" # ("h13" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("j13" # ("j13" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j13",
      ((("h14" # ("h14" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("h17" # ("h17" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      ((("h18" # ("h18" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      ((("j18" # ("j18" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j18",
      ((("h19" # ("h19" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      ((("h20" # ("h20" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      ((("h21" # ("h21" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      ((("h22" # ("h22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      ((("j22" # ("j22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j22",
      ((("z22" # ("z22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z22",
      ((("h23" # ("h23" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      ((("z23" # ("z23" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z23",
      ((("h24" # ("h24" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      ((("z24" # ("z24" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z24",
      ((("h25" # ("h25" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      ((("h26" # ("h26" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      ((("h27" # ("h27" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      ((("h28" # ("h28" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      ((("h29" # ("h29" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      ((("h30" # ("h30" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      ((("h31" # ("h31" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      ((("h32" # ("h32" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      ((("h33" # ("h33" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h33",
      ((("h34" # ("h34" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h34",
      ((("h35" # ("h35" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h35",
      ((("h36" # ("h36" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h36",
      ((("h37" # ("h37" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h37",
      ((("h38" # ("h38" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h38",
      ((("h39" # ("h39" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h39",
      ((("h40" # ("h40" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h40",
      ((("h41" # ("h41" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h41",
      ((("h42" # ("h42" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h42",
      ((("h43" # ("h43" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h43",
      ((("j43" # ("j43" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j43",
      ((("h44" # ("h44" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h44",
      ((("g22" # ("g22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g22",
      ((("t22" # ("t22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "t22",
      ((("g23" # ("g23" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g23",
      ((("g24" # ("g24" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g24",
      "en",
      "i"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("j10" # ("j10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j10",
      ("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h11",
      ("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h12",
      ("j12" # ("j12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j12",
      ("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h13",
      ("j13" # ("j13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j13",
      ("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h14",
      ("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h15",
      ("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h16",
      ("h17" # ("h17" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h17",
      ("h18" # ("h18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h18",
      ("j18" # ("j18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j18",
      ("h19" # ("h19" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h19",
      ("h20" # ("h20" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h20",
      ("h21" # ("h21" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h21",
      ("h22" # ("h22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h22",
      ("j22" # ("j22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j22",
      ("z22" # ("z22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z22",
      ("h23" # ("h23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h23",
      ("z23" # ("z23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z23",
      ("h24" # ("h24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h24",
      ("z24" # ("z24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z24",
      ("h25" # ("h25" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h25",
      ("h26" # ("h26" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h26",
      ("h27" # ("h27" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h27",
      ("h28" # ("h28" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h28",
      ("h29" # ("h29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h29",
      ("h30" # ("h30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h30",
      ("h31" # ("h31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h31",
      ("h32" # ("h32" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h32",
      ("h33" # ("h33" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h33",
      ("h34" # ("h34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h34",
      ("h35" # ("h35" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h35",
      ("h36" # ("h36" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h36",
      ("h37" # ("h37" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h37",
      ("h38" # ("h38" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h38",
      ("h39" # ("h39" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h39",
      ("h40" # ("h40" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h40",
      ("h41" # ("h41" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h41",
      ("h42" # ("h42" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h42",
      ("h43" # ("h43" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h43",
      ("j43" # ("j43" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j43",
      ("h44" # ("h44" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h44",
      ("g22" # ("g22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "g22",
      ("t22" # ("t22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "t22",
      ("g23" # ("g23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "g23",
      ("g24" # ("g24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "g24",
      "en",
      "i"
    FROM "adg_s8"
OFFSET 0
  ),
  "adg_s10" AS (
    SELECT
      CASE
        WHEN "z22" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(22 AS BIGINT)) THEN "h22"
        ELSE "g22"
      END AS "h22",
      CASE
        WHEN "z22" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(22 AS BIGINT)) THEN "j22"
        ELSE "t22"
      END AS "j22",
      CASE
        WHEN "z23" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(23 AS BIGINT)) THEN "h23"
        ELSE "g23"
      END AS "h23",
      CASE
        WHEN "z24" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(24 AS BIGINT)) THEN "h24"
        ELSE "g24"
      END AS "h24",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "j10",
      "h11",
      "h12",
      "j12",
      "h13",
      "j13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "j18",
      "h19",
      "h20",
      "h21",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "h30",
      "h31",
      "h32",
      "h33",
      "h34",
      "h35",
      "h36",
      "h37",
      "h38",
      "h39",
      "h40",
      "h41",
      "h42",
      "h43",
      "j43",
      "h44",
      "en",
      "i"
    FROM "adg_s9"
OFFSET 0
  ),
  "adg_s11" AS (
    SELECT
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST(("h1" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q1",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST(("h2" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q2",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST(("h3" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q3",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST(("h4" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q4",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST(("h5" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q5",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST(("h6" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q6",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST(("h7" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q7",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)))[CAST(("h8" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q8",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST(("h9" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q9",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST(("h10" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q10",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST(("h11" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q11",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)))[CAST(("h12" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q12",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)))[CAST(("h13" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q13",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)))[CAST(("h14" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q14",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)))[CAST(("h15" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q15",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)))[CAST(("h16" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q16",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT)))[CAST(("h17" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q17",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)))[CAST(("h18" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q18",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT)))[CAST(("h19" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q19",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT)))[CAST(("h20" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q20",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT)))[CAST(("h21" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q21",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)))[CAST(("h22" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q22",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT)))[CAST(("h23" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q23",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT)))[CAST(("h24" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q24",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT)))[CAST(("h25" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q25",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT)))[CAST(("h26" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q26",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT)))[CAST(("h27" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q27",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT)))[CAST(("h28" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q28",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)))[CAST(("h29" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q29",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT)))[CAST(("h30" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q30",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT)))[CAST(("h31" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q31",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT)))[CAST(("h32" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q32",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT)))[CAST(("h33" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q33",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT)))[CAST(("h34" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q34",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT)))[CAST(("h35" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q35",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT)))[CAST(("h36" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q36",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT)))[CAST(("h37" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q37",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(38 AS BIGINT)))[CAST(("h38" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(38 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q38",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(39 AS BIGINT)))[CAST(("h39" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(39 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q39",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(40 AS BIGINT)))[CAST(("h40" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(40 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q40",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(41 AS BIGINT)))[CAST(("h41" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(41 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q41",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(42 AS BIGINT)))[CAST(("h42" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(42 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q42",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(43 AS BIGINT)))[CAST(("h43" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(43 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q43",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(44 AS BIGINT)))[CAST(("h44" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(44 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q44",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "j10",
      "h11",
      "h12",
      "j12",
      "h13",
      "j13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "j18",
      "h19",
      "h20",
      "h21",
      "h22",
      "j22",
      "h23",
      "h24",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "h30",
      "h31",
      "h32",
      "h33",
      "h34",
      "h35",
      "h36",
      "h37",
      "h38",
      "h39",
      "h40",
      "h41",
      "h42",
      "h43",
      "j43",
      "h44",
      "en",
      "i"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      CASE
        WHEN "h1" < ("q1" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h1" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT))) AS INTEGER))
        ELSE ("q1" & CAST(1073741823 AS BIGINT))
      END AS "k1",
      CASE
        WHEN "h2" < ("q2" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h2" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT))) AS INTEGER))
        ELSE ("q2" & CAST(1073741823 AS BIGINT))
      END AS "k2",
      CASE
        WHEN "h3" < ("q3" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h3" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT))) AS INTEGER))
        ELSE ("q3" & CAST(1073741823 AS BIGINT))
      END AS "k3",
      CASE
        WHEN "h4" < ("q4" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h4" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT))) AS INTEGER))
        ELSE ("q4" & CAST(1073741823 AS BIGINT))
      END AS "k4",
      CASE
        WHEN "h5" < ("q5" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h5" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT))) AS INTEGER))
        ELSE ("q5" & CAST(1073741823 AS BIGINT))
      END AS "k5",
      CASE
        WHEN "h6" < ("q6" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h6" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT))) AS INTEGER))
        ELSE ("q6" & CAST(1073741823 AS BIGINT))
      END AS "k6",
      CASE
        WHEN "h7" < ("q7" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h7" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT))) AS INTEGER))
        ELSE ("q7" & CAST(1073741823 AS BIGINT))
      END AS "k7",
      CASE
        WHEN "h8" < ("q8" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h8" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT))) AS INTEGER))
        ELSE ("q8" & CAST(1073741823 AS BIGINT))
      END AS "k8",
      CASE
        WHEN "h9" < ("q9" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h9" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT))) AS INTEGER))
        ELSE ("q9" & CAST(1073741823 AS BIGINT))
      END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h10" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT))) AS INTEGER))
        ELSE ("q10" & CAST(1073741823 AS BIGINT))
      END AS "k10",
      CASE
        WHEN "h11" < ("q11" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h11" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT))) AS INTEGER))
        ELSE ("q11" & CAST(1073741823 AS BIGINT))
      END AS "k11",
      CASE
        WHEN "h12" < ("q12" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h12" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT))) AS INTEGER))
        ELSE ("q12" & CAST(1073741823 AS BIGINT))
      END AS "k12",
      CASE
        WHEN "h13" < ("q13" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h13" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT))) AS INTEGER))
        ELSE ("q13" & CAST(1073741823 AS BIGINT))
      END AS "k13",
      CASE
        WHEN "h14" < ("q14" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h14" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT))) AS INTEGER))
        ELSE ("q14" & CAST(1073741823 AS BIGINT))
      END AS "k14",
      CASE
        WHEN "h15" < ("q15" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h15" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT))) AS INTEGER))
        ELSE ("q15" & CAST(1073741823 AS BIGINT))
      END AS "k15",
      CASE
        WHEN "h16" < ("q16" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h16" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT))) AS INTEGER))
        ELSE ("q16" & CAST(1073741823 AS BIGINT))
      END AS "k16",
      CASE
        WHEN "h17" < ("q17" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h17" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT))) AS INTEGER))
        ELSE ("q17" & CAST(1073741823 AS BIGINT))
      END AS "k17",
      CASE
        WHEN "h18" < ("q18" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h18" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT))) AS INTEGER))
        ELSE ("q18" & CAST(1073741823 AS BIGINT))
      END AS "k18",
      CASE
        WHEN "h19" < ("q19" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h19" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT))) AS INTEGER))
        ELSE ("q19" & CAST(1073741823 AS BIGINT))
      END AS "k19",
      CASE
        WHEN "h20" < ("q20" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h20" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT))) AS INTEGER))
        ELSE ("q20" & CAST(1073741823 AS BIGINT))
      END AS "k20",
      CASE
        WHEN "h21" < ("q21" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h21" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT))) AS INTEGER))
        ELSE ("q21" & CAST(1073741823 AS BIGINT))
      END AS "k21",
      CASE
        WHEN "h22" < ("q22" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h22" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT))) AS INTEGER))
        ELSE ("q22" & CAST(1073741823 AS BIGINT))
      END AS "k22",
      CASE
        WHEN "h23" < ("q23" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h23" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT))) AS INTEGER))
        ELSE ("q23" & CAST(1073741823 AS BIGINT))
      END AS "k23",
      CASE
        WHEN "h24" < ("q24" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h24" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT))) AS INTEGER))
        ELSE ("q24" & CAST(1073741823 AS BIGINT))
      END AS "k24",
      CASE
        WHEN "h25" < ("q25" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h25" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT))) AS INTEGER))
        ELSE ("q25" & CAST(1073741823 AS BIGINT))
      END AS "k25",
      CASE
        WHEN "h26" < ("q26" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h26" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT))) AS INTEGER))
        ELSE ("q26" & CAST(1073741823 AS BIGINT))
      END AS "k26",
      CASE
        WHEN "h27" < ("q27" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h27" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT))) AS INTEGER))
        ELSE ("q27" & CAST(1073741823 AS BIGINT))
      END AS "k27",
      CASE
        WHEN "h28" < ("q28" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h28" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT))) AS INTEGER))
        ELSE ("q28" & CAST(1073741823 AS BIGINT))
      END AS "k28",
      CASE
        WHEN "h29" < ("q29" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h29" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT))) AS INTEGER))
        ELSE ("q29" & CAST(1073741823 AS BIGINT))
      END AS "k29",
      CASE
        WHEN "h30" < ("q30" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h30" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT))) AS INTEGER))
        ELSE ("q30" & CAST(1073741823 AS BIGINT))
      END AS "k30",
      CASE
        WHEN "h31" < ("q31" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h31" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT))) AS INTEGER))
        ELSE ("q31" & CAST(1073741823 AS BIGINT))
      END AS "k31",
      CASE
        WHEN "h32" < ("q32" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h32" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT))) AS INTEGER))
        ELSE ("q32" & CAST(1073741823 AS BIGINT))
      END AS "k32",
      CASE
        WHEN "h33" < ("q33" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h33" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT))) AS INTEGER))
        ELSE ("q33" & CAST(1073741823 AS BIGINT))
      END AS "k33",
      CASE
        WHEN "h34" < ("q34" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h34" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT))) AS INTEGER))
        ELSE ("q34" & CAST(1073741823 AS BIGINT))
      END AS "k34",
      CASE
        WHEN "h35" < ("q35" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h35" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT))) AS INTEGER))
        ELSE ("q35" & CAST(1073741823 AS BIGINT))
      END AS "k35",
      CASE
        WHEN "h36" < ("q36" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h36" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT))) AS INTEGER))
        ELSE ("q36" & CAST(1073741823 AS BIGINT))
      END AS "k36",
      CASE
        WHEN "h37" < ("q37" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h37" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT))) AS INTEGER))
        ELSE ("q37" & CAST(1073741823 AS BIGINT))
      END AS "k37",
      CASE
        WHEN "h38" < ("q38" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h38" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(38 AS BIGINT))) AS INTEGER))
        ELSE ("q38" & CAST(1073741823 AS BIGINT))
      END AS "k38",
      CASE
        WHEN "h39" < ("q39" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h39" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(39 AS BIGINT))) AS INTEGER))
        ELSE ("q39" & CAST(1073741823 AS BIGINT))
      END AS "k39",
      CASE
        WHEN "h40" < ("q40" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h40" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(40 AS BIGINT))) AS INTEGER))
        ELSE ("q40" & CAST(1073741823 AS BIGINT))
      END AS "k40",
      CASE
        WHEN "h41" < ("q41" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h41" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(41 AS BIGINT))) AS INTEGER))
        ELSE ("q41" & CAST(1073741823 AS BIGINT))
      END AS "k41",
      CASE
        WHEN "h42" < ("q42" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h42" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(42 AS BIGINT))) AS INTEGER))
        ELSE ("q42" & CAST(1073741823 AS BIGINT))
      END AS "k42",
      CASE
        WHEN "h43" < ("q43" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h43" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(43 AS BIGINT))) AS INTEGER))
        ELSE ("q43" & CAST(1073741823 AS BIGINT))
      END AS "k43",
      CASE
        WHEN "h44" < ("q44" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h44" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(44 AS BIGINT))) AS INTEGER))
        ELSE ("q44" & CAST(1073741823 AS BIGINT))
      END AS "k44",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "j10",
      "h11",
      "h12",
      "j12",
      "h13",
      "j13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "j18",
      "h19",
      "h20",
      "h21",
      "h22",
      "j22",
      "h23",
      "h24",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "h30",
      "h31",
      "h32",
      "h33",
      "h34",
      "h35",
      "h36",
      "h37",
      "h38",
      "h39",
      "h40",
      "h41",
      "h42",
      "h43",
      "j43",
      "h44",
      "en",
      "i"
    FROM "adg_s11"
OFFSET 0
  ),
  "adg_s13" AS (
    SELECT
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)) ->> CAST("k1" AS INTEGER)) AS "v1",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)) ->> CAST("k2" AS INTEGER)) AS "v2",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)) ->> CAST("k3" AS INTEGER)) AS "v3",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)) ->> CAST("k4" AS INTEGER)) AS "v4",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "w5",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)) ->> CAST("k6" AS INTEGER)) AS "v6",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)) ->> CAST("k7" AS INTEGER)) AS "v7",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)) ->> CAST("k8" AS INTEGER)) AS "v8",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)) ->> CAST("k9" AS INTEGER)) AS "v9",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "v10",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "w10",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST("k11" AS INTEGER) + 1] AS "v11",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)))[CAST("k12" AS INTEGER) + 1] AS "v12",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)))[CAST("k12" AS INTEGER) + 1] AS "w12",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)))[CAST("k13" AS INTEGER) + 1] AS "v13",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)))[CAST("k13" AS INTEGER) + 1] AS "w13",
      ((SELECT CAST(("a"."vs")[:] AS SMALLINT[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)))[CAST("k14" AS INTEGER) + 1] AS "v14",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)) ->> CAST("k15" AS INTEGER)) AS "v15",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)) ->> CAST("k16" AS INTEGER)) AS "v16",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT)))[CAST("k17" AS INTEGER) + 1] AS "v17",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)))[CAST("k18" AS INTEGER) + 1] AS "v18",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)))[CAST("k18" AS INTEGER) + 1] AS "w18",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT)) ->> CAST("k19" AS INTEGER)) AS "v19",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT)) ->> CAST("k20" AS INTEGER)) AS "v20",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT)))[CAST("k21" AS INTEGER) + 1] AS "v21",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)))[CAST("k22" AS INTEGER) + 1] AS "v22",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)))[CAST("k22" AS INTEGER) + 1] AS "w22",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT)) ->> CAST("k23" AS INTEGER)) AS "v23",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT)) ->> CAST("k24" AS INTEGER)) AS "v24",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT)) ->> CAST("k25" AS INTEGER)) AS "v25",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT)) ->> CAST("k26" AS INTEGER)) AS "v26",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT)) ->> CAST("k27" AS INTEGER)) AS "v27",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT)) ->> CAST("k28" AS INTEGER)) AS "v28",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)) ->> CAST("k29" AS INTEGER)) AS "v29",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT)) ->> CAST("k30" AS INTEGER)) AS "v30",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT)) ->> CAST("k31" AS INTEGER)) AS "v31",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT)) ->> CAST("k32" AS INTEGER)) AS "v32",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT)) ->> CAST("k33" AS INTEGER)) AS "v33",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT)) ->> CAST("k34" AS INTEGER)) AS "v34",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT)) ->> CAST("k35" AS INTEGER)) AS "v35",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT)) ->> CAST("k36" AS INTEGER)) AS "v36",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT)) ->> CAST("k37" AS INTEGER)) AS "v37",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(38 AS BIGINT)) ->> CAST("k38" AS INTEGER)) AS "v38",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(39 AS BIGINT)) ->> CAST("k39" AS INTEGER)) AS "v39",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(40 AS BIGINT)) ->> CAST("k40" AS INTEGER)) AS "v40",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(41 AS BIGINT)) ->> CAST("k41" AS INTEGER)) AS "v41",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(42 AS BIGINT)) ->> CAST("k42" AS INTEGER)) AS "v42",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(43 AS BIGINT)))[CAST("k43" AS INTEGER) + 1] AS "v43",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(43 AS BIGINT)))[CAST("k43" AS INTEGER) + 1] AS "w43",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(44 AS BIGINT)) ->> CAST("k44" AS INTEGER)) AS "v44",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(735017446784584 AS BIGINT)), CAST(1000000000000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741741 AS BIGINT) * "i") + CAST(3701954 AS BIGINT)), CAST(10000000 AS BIGINT)) AS "m2",
      "j5",
      "j10",
      "j12",
      "j13",
      "j18",
      "j22",
      "j43"
    FROM "adg_s12"
OFFSET 0
  ),
  "adg_s14" AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(101559956668416 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(2821109907456 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(78364164096 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(2176782336 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(60466176 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(1679616 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(46656 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(1296 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(36 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod("m1", CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS "o1",
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) AS "o2",
      "v1" AS "o3",
      "v2" AS "o4",
      "v3" AS "o5",
      "v4" AS "o6",
      ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o7",
      "v6" AS "o8",
      "v7" AS "o9",
      "v8" AS "o10",
      "v9" AS "o11",
      ("v10" + CAST(CAST(floor((CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w10" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o12",
      "v11" AS "o13",
      ("v12" + CAST(CAST(floor((CAST("j12" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w12" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o14",
      ("v13" + CAST(CAST(floor((CAST("j13" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w13" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o15",
      "v14" AS "o16",
      "v15" AS "o17",
      "v16" AS "o18",
      "v17" AS "o19",
      ("v18" + CAST(CAST(floor((CAST("j18" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w18" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o20",
      "v19" AS "o21",
      "v20" AS "o22",
      "v21" AS "o23",
      ("v22" + CAST(CAST(floor((CAST("j22" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w22" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o24",
      "v23" AS "o25",
      "v24" AS "o26",
      "v25" AS "o27",
      "v26" AS "o28",
      "v27" AS "o29",
      "v28" AS "o30",
      "v29" AS "o31",
      "v30" AS "o32",
      "v31" AS "o33",
      "v32" AS "o34",
      "v33" AS "o35",
      "v34" AS "o36",
      "v35" AS "o37",
      "v36" AS "o38",
      "v37" AS "o39",
      "v38" AS "o40",
      "v39" AS "o41",
      "v40" AS "o42",
      "v41" AS "o43",
      "v42" AS "o44",
      ("v43" + CAST(CAST(floor((CAST("j43" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w43" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o45",
      CAST(NULL AS TEXT) AS "o46",
      "v44" AS "o47"
    FROM "adg_s13"
OFFSET 0
  ),
  "adg_s15" AS (
    SELECT
      least(least(least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE))) AS "r1_1",
      greatest(greatest(greatest(greatest(least(least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE))), least(least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))) AS "r1_2",
      greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o14", CAST('9999-12-31' AS DATE))), least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(least(coalesce("o14", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE)))) AS "r1_3",
      greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE)))), least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE)))), least(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o14", CAST('9999-12-31' AS DATE)))), least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE)))), least(coalesce("o7", CAST('9999-12-31' AS DATE)), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(coalesce("o14", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE)))), least(coalesce("o14", CAST('9999-12-31' AS DATE)), coalesce("o20", CAST('9999-12-31' AS DATE)))), least(coalesce("o15", CAST('9999-12-31' AS DATE)), coalesce("o20", CAST('9999-12-31' AS DATE)))) AS "r1_4",
      greatest(greatest(greatest(greatest(coalesce("o12", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))), coalesce("o14", CAST('9999-12-31' AS DATE))), coalesce("o15", CAST('9999-12-31' AS DATE))), coalesce("o20", CAST('9999-12-31' AS DATE))) AS "r1_5",
      "o1",
      "o2",
      "o3",
      "o4",
      "o5",
      "o6",
      "o7",
      "o8",
      "o9",
      "o10",
      "o11",
      "o12",
      "o13",
      "o14",
      "o15",
      "o16",
      "o17",
      "o18",
      "o19",
      "o20",
      "o21",
      "o22",
      "o23",
      "o24",
      "o25",
      "o26",
      "o27",
      "o28",
      "o29",
      "o30",
      "o31",
      "o32",
      "o33",
      "o34",
      "o35",
      "o36",
      "o37",
      "o38",
      "o39",
      "o40",
      "o41",
      "o42",
      "o43",
      "o44",
      "o45",
      "o46",
      "o47"
    FROM "adg_s14"
OFFSET 0
  ),
  "adg_s16" AS (
    SELECT
      CASE
        WHEN "o12" IS NULL THEN NULL
        WHEN CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r1_1"
      END AS "o12",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
      END AS "o7",
      CASE
        WHEN "o14" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(3 AS BIGINT) THEN "r1_3"
      END AS "o14",
      CASE
        WHEN "o15" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(3 AS BIGINT) THEN "r1_3"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(4 AS BIGINT) THEN "r1_4"
      END AS "o15",
      CASE
        WHEN "o20" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o20" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o20" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o20" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(3 AS BIGINT) THEN "r1_3"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o20" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(4 AS BIGINT) THEN "r1_4"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o20" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(5 AS BIGINT) THEN "r1_5"
      END AS "o20",
      "o1",
      "o2",
      "o3",
      "o4",
      "o5",
      "o6",
      "o8",
      "o9",
      "o10",
      "o11",
      "o13",
      "o16",
      "o17",
      "o18",
      "o19",
      "o21",
      "o22",
      "o23",
      "o24",
      "o25",
      "o26",
      "o27",
      "o28",
      "o29",
      "o30",
      "o31",
      "o32",
      "o33",
      "o34",
      "o35",
      "o36",
      "o37",
      "o38",
      "o39",
      "o40",
      "o41",
      "o42",
      "o43",
      "o44",
      "o45",
      "o46",
      "o47"
    FROM "adg_s15"
OFFSET 0
  )
SELECT
  "o1" AS "TOKEN_PERSON_ID",
  "o2" AS "EPIKEY",
  "o3" AS "FYEAR",
  "o4" AS "PROCODE3",
  "o5" AS "PROCODET",
  "o6" AS "SITETRET",
  "o7" AS "ADMIDATE",
  "o8" AS "ADMIMETH",
  "o9" AS "ADMISORC",
  "o10" AS "ADMINCAT",
  "o11" AS "CLASSPAT",
  "o12" AS "ELECDATE",
  "o13" AS "ELECDUR",
  "o14" AS "EPISTART",
  "o15" AS "EPIEND",
  "o16" AS "EPIORDER",
  "o17" AS "EPISTAT",
  "o18" AS "EPITYPE",
  "o19" AS "EPIDUR",
  "o20" AS "DISDATE",
  "o21" AS "DISDEST",
  "o22" AS "DISMETH",
  "o23" AS "SPELDUR",
  "o24" AS "MYDOB",
  "o25" AS "SEX",
  "o26" AS "ETHNOS",
  CAST((CAST(substr(to_char("o14", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("o24", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(to_char("o14", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o14", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("o24", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o24", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT)
    ELSE CAST(0 AS BIGINT)
  END AS SMALLINT) AS "STARTAGE",
  "o27" AS "MAINSPEF",
  "o28" AS "TRETSPEF",
  "o29" AS "DIAG_4_01",
  "o30" AS "DIAG_4_02",
  "o31" AS "DIAG_4_03",
  "o32" AS "DIAG_4_04",
  "o33" AS "DIAG_4_05",
  "o34" AS "DIAG_4_06",
  "o35" AS "DIAG_4_07",
  "o36" AS "DIAG_4_08",
  "o37" AS "DIAG_4_09",
  "o38" AS "DIAG_4_10",
  CAST(CASE
    WHEN ("o29" IS NOT NULL) OR ("o30" IS NOT NULL) OR ("o31" IS NOT NULL) OR ("o32" IS NOT NULL) OR ("o33" IS NOT NULL) OR ("o34" IS NOT NULL) OR ("o35" IS NOT NULL) OR ("o36" IS NOT NULL) OR ("o37" IS NOT NULL) OR ("o38" IS NOT NULL) THEN substr((CASE WHEN "o29" IS NOT NULL THEN ',' || "o29" ELSE '' END || CASE WHEN "o30" IS NOT NULL THEN ',' || "o30" ELSE '' END || CASE WHEN "o31" IS NOT NULL THEN ',' || "o31" ELSE '' END || CASE WHEN "o32" IS NOT NULL THEN ',' || "o32" ELSE '' END || CASE WHEN "o33" IS NOT NULL THEN ',' || "o33" ELSE '' END || CASE WHEN "o34" IS NOT NULL THEN ',' || "o34" ELSE '' END || CASE WHEN "o35" IS NOT NULL THEN ',' || "o35" ELSE '' END || CASE WHEN "o36" IS NOT NULL THEN ',' || "o36" ELSE '' END || CASE WHEN "o37" IS NOT NULL THEN ',' || "o37" ELSE '' END || CASE WHEN "o38" IS NOT NULL THEN ',' || "o38" ELSE '' END), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(char_length((CASE WHEN "o29" IS NOT NULL THEN ',' || "o29" ELSE '' END || CASE WHEN "o30" IS NOT NULL THEN ',' || "o30" ELSE '' END || CASE WHEN "o31" IS NOT NULL THEN ',' || "o31" ELSE '' END || CASE WHEN "o32" IS NOT NULL THEN ',' || "o32" ELSE '' END || CASE WHEN "o33" IS NOT NULL THEN ',' || "o33" ELSE '' END || CASE WHEN "o34" IS NOT NULL THEN ',' || "o34" ELSE '' END || CASE WHEN "o35" IS NOT NULL THEN ',' || "o35" ELSE '' END || CASE WHEN "o36" IS NOT NULL THEN ',' || "o36" ELSE '' END || CASE WHEN "o37" IS NOT NULL THEN ',' || "o37" ELSE '' END || CASE WHEN "o38" IS NOT NULL THEN ',' || "o38" ELSE '' END)) AS INTEGER))
    ELSE CAST(NULL AS TEXT)
  END AS TEXT) AS "DIAG_4_CONCAT",
  CAST(CASE WHEN "o29" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o30" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o31" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o32" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o33" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o34" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o35" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o36" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o37" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o38" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) AS "DIAG_COUNT",
  "o39" AS "OPERTN_4_01",
  "o40" AS "OPERTN_4_02",
  "o41" AS "OPERTN_4_03",
  "o42" AS "OPERTN_4_04",
  "o43" AS "OPERTN_4_05",
  "o44" AS "OPERTN_4_06",
  CAST(CASE WHEN "o39" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o40" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o41" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o42" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o43" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o44" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) AS "OPERTN_COUNT",
  "o45" AS "OPDATE_01",
  "o46" AS "GPPRAC",
  "o47" AS "RESLADST"
FROM "adg_s16";

DROP TABLE IF EXISTS "adg_output"."hes_apc_provenance__adg_new";

CREATE TABLE "adg_output"."hes_apc_provenance__adg_new" AS
SELECT
  'hes_apc' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  '596d835241343c8954e7c6d2f5984503dd8b31f7947bf8cf956fd57778f08bea' AS "spec_hash",
  "m"."metadata_hash",
  CAST(2026 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hes_apc_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
FROM (
  SELECT
    "metadata_hash"
  FROM "adg_released_hash"
) AS "m"
LEFT JOIN (
  SELECT
    "r"."metadata_hash",
    "r"."released_at",
    "r"."reviewer",
    "r"."approver"
  FROM (
    SELECT
      "l"."metadata_hash",
      CAST("l"."released_at" AS TEXT) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'hes_apc') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_apc'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."hes_apc_fields__adg_new";

CREATE TABLE "adg_output"."hes_apc_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."hes_apc";

ALTER TABLE "adg_output"."hes_apc__adg_new" RENAME TO "hes_apc";

DROP TABLE IF EXISTS "adg_output"."hes_apc_provenance";

ALTER TABLE "adg_output"."hes_apc_provenance__adg_new" RENAME TO "hes_apc_provenance";

DROP TABLE IF EXISTS "adg_output"."hes_apc_fields";

ALTER TABLE "adg_output"."hes_apc_fields__adg_new" RENAME TO "hes_apc_fields";

COMMIT;

-- [19/19] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_op", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/19] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/19] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical'),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical'),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical'),
  (CAST(4 AS BIGINT), 'SITETRET', 'categorical'),
  (CAST(5 AS BIGINT), 'APPTDATE', 'date'),
  (CAST(6 AS BIGINT), 'REQDATE', 'date'),
  (CAST(7 AS BIGINT), 'WAITING', 'discrete'),
  (CAST(8 AS BIGINT), 'ATTENDED', 'categorical'),
  (CAST(9 AS BIGINT), 'FIRSTATT', 'categorical'),
  (CAST(10 AS BIGINT), 'OUTCOME', 'categorical'),
  (CAST(11 AS BIGINT), 'PRIORITY', 'categorical'),
  (CAST(12 AS BIGINT), 'REFSOURC', 'categorical'),
  (CAST(13 AS BIGINT), 'SERVTYPE', 'categorical'),
  (CAST(14 AS BIGINT), 'STAFFTYP', 'categorical'),
  (CAST(15 AS BIGINT), 'TRETSPEF', 'categorical'),
  (CAST(16 AS BIGINT), 'MAINSPEF', 'categorical'),
  (CAST(17 AS BIGINT), 'DIAG_4_01', 'categorical'),
  (CAST(18 AS BIGINT), 'DIAG_4_02', 'categorical'),
  (CAST(19 AS BIGINT), 'DIAG_4_03', 'categorical'),
  (CAST(20 AS BIGINT), 'DIAG_4_04', 'categorical'),
  (CAST(21 AS BIGINT), 'DIAG_4_05', 'categorical'),
  (CAST(22 AS BIGINT), 'DIAG_4_06', 'categorical'),
  (CAST(23 AS BIGINT), 'OPERTN_4_01', 'categorical'),
  (CAST(24 AS BIGINT), 'OPERTN_4_02', 'categorical'),
  (CAST(25 AS BIGINT), 'OPERTN_4_03', 'categorical'),
  (CAST(26 AS BIGINT), 'OPERTN_4_04', 'categorical'),
  (CAST(27 AS BIGINT), 'OPERTN_4_05', 'categorical'),
  (CAST(28 AS BIGINT), 'OPERTN_4_06', 'categorical'),
  (CAST(29 AS BIGINT), 'MYDOB', 'date'),
  (CAST(30 AS BIGINT), 'SEX', 'categorical'),
  (CAST(31 AS BIGINT), 'ETHNOS', 'categorical'),
  (CAST(32 AS BIGINT), 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."hes_op_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.'; END IF; END $adg$;

-- [5/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
DROP TABLE IF EXISTS pg_temp."adg_released_hash";

CREATE TEMP TABLE "adg_released_hash" AS
SELECT
  encode(sha256(convert_to(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, coalesce("item", CAST(-1 AS BIGINT)) NULLS LAST, CASE WHEN "value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, coalesce("value", '') COLLATE "C" NULLS LAST, coalesce("lo", CAST('0' AS DOUBLE PRECISION)) NULLS LAST, coalesce("hi", CAST('0' AS DOUBLE PRECISION)) NULLS LAST), 'UTF8')), 'hex') AS "metadata_hash"
FROM (
  SELECT
    "ordinal",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line"
  FROM (
    SELECT
      "ordinal",
      "stat",
      "item",
      "value",
      "lo",
      "hi",
      CASE
        WHEN "ordinal" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("ordinal" AS TEXT)) AS TEXT) || ':' || CAST("ordinal" AS TEXT)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("field" AS TEXT)) AS TEXT) || ':' || CAST("field" AS TEXT)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("kind" AS TEXT)) AS TEXT) || ':' || CAST("kind" AS TEXT)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("stat" AS TEXT)) AS TEXT) || ':' || CAST("stat" AS TEXT)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("item" AS TEXT)) AS TEXT) || ':' || CAST("item" AS TEXT)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("value" AS TEXT)) AS TEXT) || ':' || CAST("value" AS TEXT)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_rows" AS TEXT)) AS TEXT) || ':' || CAST("n_rows" AS TEXT)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_entities" AS TEXT)) AS TEXT) || ':' || CAST("n_entities" AS TEXT)
      END AS "e_n_entities"
    FROM "adg_released"."hes_op_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_op') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_op')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/19] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/19] Released items of every field, in published order
DROP TABLE IF EXISTS pg_temp."adg_items";

CREATE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE PRECISION) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE CAST('0' AS DOUBLE PRECISION) END
  END
    ELSE CASE
    WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(6 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(29 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."hes_op_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  CAST(0 AS BIGINT) AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - CAST(1 AS BIGINT) AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN CAST('0' AS DOUBLE PRECISION) ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."hes_op_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT))
UNION ALL
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE PRECISION) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE CAST('0' AS DOUBLE PRECISION) END
  END
    ELSE CASE
    WHEN "g"."ordinal" = CAST(100029 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind"
  FROM (VALUES
    (CAST(100029 AS BIGINT), 'MYDOB', 'date'),
    (CAST(100030 AS BIGINT), 'SEX', 'categorical'),
    (CAST(100031 AS BIGINT), 'ETHNOS', 'categorical')
  ) AS "v"("ordinal", "field", "kind")
) AS "g"
JOIN "adg_released"."hes_apc_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [10/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
DROP TABLE IF EXISTS pg_temp."adg_alias";

CREATE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", CAST(0 AS BIGINT)) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST((CAST(32 AS BIGINT) - "z"."b") AS INTEGER)) AS "s",
        generate_series(CAST(0 AS BIGINT), ((CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST("z"."b" AS INTEGER))) - 1) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE
            WHEN (CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST("b0" AS INTEGER)) < "k" THEN CAST(1 AS BIGINT)
            WHEN ("b0" > CAST(0 AS BIGINT)) AND ((CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST(("b0" - CAST(1 AS BIGINT)) AS INTEGER)) >= "k") THEN CAST(-1 AS BIGINT)
            ELSE CAST(0 AS BIGINT)
          END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil((ln(CAST(count(*) AS DOUBLE PRECISION)) / ln(2.0))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        ((CAST(div(("cum" * CAST(65536 AS BIGINT)), "total") AS BIGINT) * CAST(65536 AS BIGINT)) + CAST(div((((mod(("cum" * CAST(65536 AS BIGINT)), "total") * CAST(65536 AS BIGINT)) + "total") - CAST(1 AS BIGINT)), "total") AS BIGINT)) - ((CAST(div((("cum" - "n_rows") * CAST(65536 AS BIGINT)), "total") AS BIGINT) * CAST(65536 AS BIGINT)) + CAST(div((((mod((("cum" - "n_rows") * CAST(65536 AS BIGINT)), "total") * CAST(65536 AS BIGINT)) + "total") - CAST(1 AS BIGINT)), "total") AS BIGINT)) AS "c"
      FROM (
        SELECT
          "ordinal",
          "item",
          CAST(sum("n_rows") OVER (PARTITION BY "ordinal" ORDER BY "item" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "cum",
          "n_rows",
          CAST(sum("n_rows") OVER (PARTITION BY "ordinal") AS BIGINT) AS "total"
        FROM "adg_items"
      ) AS "w"
    ) AS "h"
      ON ("h"."ordinal" = "k"."ordinal") AND ("h"."item" = "k"."bucket")
OFFSET 0
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
OFFSET 0
  ),
  "adg_heavies" AS (
    SELECT
      "ordinal",
      "bucket",
      CAST(sum("c" - "s") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("c" - "s") AS "a",
      CAST(sum("c" - "s") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "b_end",
      lead("bucket") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST) AS "next"
    FROM "adg_bucket_counts"
    WHERE "c" > "s"
OFFSET 0
  ),
  "adg_light_alias" AS (
    SELECT
      "ordinal",
      "light" AS "bucket",
      "alias"
    FROM (
      SELECT
        "ordinal",
        "light",
        max("heavy") OVER (PARTITION BY "ordinal" ORDER BY "pos" NULLS LAST, "side" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "alias"
      FROM (
        SELECT
          "ordinal",
          "a" AS "pos",
          CAST(0 AS BIGINT) AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          CAST(1 AS BIGINT) AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
OFFSET 0
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(CAST(0 AS BIGINT), (coalesce("reach", CAST(0 AS BIGINT)) - "pos")) AS "overshoot"
    FROM (
      SELECT
        "ordinal",
        "heavy",
        "pos",
        max("reach") OVER (PARTITION BY "ordinal" ORDER BY "pos" NULLS LAST, "side" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "reach"
      FROM (
        SELECT
          "ordinal",
          "b_end" AS "pos",
          CAST(0 AS BIGINT) AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          CAST(1 AS BIGINT) AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
OFFSET 0
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", CAST(0 AS BIGINT))
    ELSE "c"."s"
  END) * CAST(1073741824 AS BIGINT)) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", CAST(0 AS BIGINT)) > CAST(0 AS BIGINT)) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [11/19] Lookup lists of every field: its alias table and its values, in order
-- A view: the sampling query reads each list once per statement as a scalar subquery, built in
-- memory (a stored list would be read back from storage at every lookup).
DROP VIEW IF EXISTS pg_temp."adg_field_lists";

CREATE TEMP VIEW "adg_field_lists" AS
SELECT
  "a"."ordinal",
  "a"."ps",
  "a"."b",
  "v"."vs",
  "v"."nums",
  "v"."widths",
  "d"."d"
FROM (
  SELECT
    "ordinal",
    array_agg("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    array_agg("value" ORDER BY "item" NULLS LAST) AS "vs",
    array_agg("num" ORDER BY "item" NULLS LAST) AS "nums",
    array_agg("width" ORDER BY "item" NULLS LAST) AS "widths"
  FROM "adg_items"
  GROUP BY "ordinal"
) AS "v"
  ON "v"."ordinal" = "a"."ordinal"
LEFT JOIN (
  SELECT
    "g"."ordinal",
    CAST("m"."value" AS BIGINT) AS "d"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."hes_op_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
DROP TABLE IF EXISTS pg_temp."adg_entities";

CREATE TEMP TABLE "adg_entities" AS
SELECT
  "en",
  "n",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "n" AS "s",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "e"
FROM (
  SELECT
    CASE
      WHEN "width" = CAST('0' AS DOUBLE PRECISION) THEN CAST("num" AS BIGINT)
      ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - CAST(1 AS BIGINT)))
    END AS "n",
    "en"
  FROM (
    SELECT
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "num",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "width",
      "en",
      "j"
    FROM (
      SELECT
        CASE
          WHEN "h" < ("slot" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN "bucket"
          ELSE ("slot" & CAST(1073741823 AS BIGINT))
        END AS "item",
        "en",
        "j"
      FROM (
        SELECT
          ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST(("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "slot",
          ("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT))) AS INTEGER)) AS "bucket",
          "en",
          "h",
          "j"
        FROM (
          SELECT
            ("h" # ("h" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h",
            ("j" # ("j" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j",
            "en"
          FROM (
            SELECT
              ((("h" # ("h" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
              ((("j" # ("j" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
              "en"
            FROM (
              SELECT
                ((("h" # ("h" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                ((("j" # ("j" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
                "en"
              FROM (
                SELECT
                  (("y" + CAST(744192685 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                  (("y" + CAST(3739643141 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
                  "en"
                FROM (
                  SELECT
                    ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
                    "en"
                  FROM (
                    SELECT
                      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                          "en"
                        FROM (
                          SELECT
                            (("en" + CAST(895030338 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                            "en"
                          FROM (
                            SELECT
                              "g" AS "en"
                            FROM generate_series(CAST(0 AS BIGINT), ((SELECT "entities" FROM "adg_entity_plan")) - 1) AS "r"("g")
                          ) AS "adg_e0"
                        ) AS "adg_e1"
                      ) AS "adg_e2"
                    ) AS "adg_e3"
                  ) AS "adg_e4"
                ) AS "adg_e5"
              ) AS "adg_e6"
            ) AS "adg_e7"
          ) AS "adg_e8"
        ) AS "adg_e9"
      ) AS "adg_e10"
    ) AS "adg_e11"
  ) AS "adg_e12"
) AS "adg_e";

-- [13/19] Rows to generate: the sum of the rows of every entity
DROP TABLE IF EXISTS pg_temp."adg_plan";

CREATE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(CAST(1 AS BIGINT), CAST(div("n", CAST(1048576 AS BIGINT)) AS BIGINT)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), CAST(0 AS BIGINT)) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [14/19] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/19] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(1000000000000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/19] Identifier ATTENDKEY: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(10000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.ATTENDKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/19] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
DROP TABLE IF EXISTS pg_temp."adg_stable_cuts";

CREATE TEMP TABLE "adg_stable_cuts" AS
SELECT
  CAST(29 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(29 AS BIGINT)
UNION ALL
SELECT
  CAST(30 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(30 AS BIGINT)
UNION ALL
SELECT
  CAST(31 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(31 AS BIGINT);

-- [18/19] Sample 32 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hes_op__adg_new";

CREATE TABLE "adg_output"."hes_op__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i",
      "en"
    FROM "adg_entities"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(1495469939 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      (("en" + CAST(895030338 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
      "en",
      "i"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(1906358468 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(1685441524 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(2243510659 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(1983234211 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(3138222731 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(3833144937 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(1809889657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(322152722 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j6",
      (("x" + CAST(4263079187 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(704061334 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(959898261 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(904500734 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(808426048 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(2481907532 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      (("x" + CAST(1270209703 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      (("x" + CAST(4172521213 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      (("x" + CAST(266799626 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      (("x" + CAST(219708512 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      (("x" + CAST(3672038904 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      (("x" + CAST(368390544 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      (("x" + CAST(1893388279 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      (("x" + CAST(2621087242 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      (("x" + CAST(1670616682 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      (("x" + CAST(2807031521 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      (("x" + CAST(532283212 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      (("x" + CAST(3473207830 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      (("x" + CAST(2261542929 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      (("x" + CAST(996690865 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      (("x" + CAST(2236198501 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      (("x" + CAST(1347656136 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      (("x" + CAST(1579968452 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      (("x" + CAST(3560054605 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j29",
      (("x" + CAST(3776112417 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z29",
      (("x" + CAST(1411356280 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      (("x" + CAST(471085685 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z30",
      (("x" + CAST(177946936 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      (("x" + CAST(531931932 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z31",
      (("x" + CAST(3176060992 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      (("y" + CAST(2364845687 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100029",
      (("y" + CAST(915009466 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j100029",
      (("y" + CAST(939246910 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100030",
      (("y" + CAST(1081139235 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100031",
      "en",
      "i"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("j6" # ("j6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("h17" # ("h17" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      ((("h18" # ("h18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      ((("h19" # ("h19" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      ((("h20" # ("h20" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      ((("h21" # ("h21" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      ((("h22" # ("h22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      ((("h23" # ("h23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      ((("h24" # ("h24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      ((("h25" # ("h25" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      ((("h26" # ("h26" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      ((("h27" # ("h27" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      ((("h28" # ("h28" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      ((("h29" # ("h29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      ((("j29" # ("j29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j29",
      ((("z29" # ("z29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z29",
      ((("h30" # ("h30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      ((("z30" # ("z30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z30",
      ((("h31" # ("h31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      ((("z31" # ("z31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z31",
      ((("h32" # ("h32" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      ((("h100029" # ("h100029" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100029",
      ((("j100029" # ("j100029" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j100029",
      ((("h100030" # ("h100030" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100030",
      ((("h100031" # ("h100031" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100031",
      "en",
      "i"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("j6" # ("j6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("h11" # ("h11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("h14" # ("h14" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("h17" # ("h17" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      ((("h18" # ("h18" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      ((("h19" # ("h19" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      ((("h20" # ("h20" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      ((("h21" # ("h21" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      ((("h22" # ("h22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      ((("h23" # ("h23" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      ((("h24" # ("h24" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      ((("h25" # ("h25" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      ((("h26" # ("h26" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      ((("h27" # ("h27" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      ((("h28" # ("h28" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      ((("h29" # ("h29" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      ((("j29" # ("j29" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j29",
      ((("z29" # ("z29" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z29",
      ((("h30" # ("h30" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      ((("z30" # ("z30" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z30",
      ((("h31" # ("h31" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      ((("z31" # ("z31" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z31",
      ((("h32" # ("h32" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      ((("h100029" # ("h100029" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100029",
      ((("j100029" # ("j100029" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j100029",
      ((("h100030" # ("h100030" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100030",
      ((("h100031" # ("h100031" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100031",
      "en",
      "i"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("j6" # ("j6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h11",
      ("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h12",
      ("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h13",
      ("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h14",
      ("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h15",
      ("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h16",
      ("h17" # ("h17" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h17",
      ("h18" # ("h18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h18",
      ("h19" # ("h19" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h19",
      ("h20" # ("h20" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h20",
      ("h21" # ("h21" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h21",
      ("h22" # ("h22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h22",
      ("h23" # ("h23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h23",
      ("h24" # ("h24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h24",
      ("h25" # ("h25" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h25",
      ("h26" # ("h26" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h26",
      ("h27" # ("h27" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h27",
      ("h28" # ("h28" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h28",
      ("h29" # ("h29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h29",
      ("j29" # ("j29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j29",
      ("z29" # ("z29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z29",
      ("h30" # ("h30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h30",
      ("z30" # ("z30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z30",
      ("h31" # ("h31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h31",
      ("z31" # ("z31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z31",
      ("h32" # ("h32" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h32",
      ("h100029" # ("h100029" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h100029",
      ("j100029" # ("j100029" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j100029",
      ("h100030" # ("h100030" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h100030",
      ("h100031" # ("h100031" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h100031",
      "en",
      "i"
    FROM "adg_s8"
OFFSET 0
  ),
  "adg_s10" AS (
    SELECT
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST(("h1" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q1",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST(("h2" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q2",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST(("h3" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q3",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST(("h4" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q4",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST(("h5" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q5",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST(("h6" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q6",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST(("h7" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q7",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)))[CAST(("h8" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q8",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST(("h9" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q9",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST(("h10" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q10",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST(("h11" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q11",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)))[CAST(("h12" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q12",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)))[CAST(("h13" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q13",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)))[CAST(("h14" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q14",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)))[CAST(("h15" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q15",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)))[CAST(("h16" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q16",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT)))[CAST(("h17" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q17",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)))[CAST(("h18" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q18",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT)))[CAST(("h19" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q19",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT)))[CAST(("h20" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q20",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT)))[CAST(("h21" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q21",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)))[CAST(("h22" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q22",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT)))[CAST(("h23" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q23",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT)))[CAST(("h24" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q24",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT)))[CAST(("h25" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q25",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT)))[CAST(("h26" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q26",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT)))[CAST(("h27" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q27",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT)))[CAST(("h28" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q28",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)))[CAST(("h29" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q29",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT)))[CAST(("h30" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q30",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT)))[CAST(("h31" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q31",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT)))[CAST(("h32" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q32",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100029 AS BIGINT)))[CAST(("h100029" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100029 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q100029",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100030 AS BIGINT)))[CAST(("h100030" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100030 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q100030",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100031 AS BIGINT)))[CAST(("h100031" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100031 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q100031",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "j5",
      "h6",
      "j6",
      "h7",
      "h8",
      "h9",
      "h10",
      "h11",
      "h12",
      "h13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "h19",
      "h20",
      "h21",
      "h22",
      "h23",
      "h24",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "j29",
      "h30",
      "h31",
      "h32",
      "h100029",
      "j100029",
      "h100030",
      "h100031",
      "z29",
      "z30",
      "z31",
      "en",
      "i"
    FROM "adg_s9"
OFFSET 0
  ),
  "adg_s11" AS (
    SELECT
      CASE
        WHEN "h1" < ("q1" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h1" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT))) AS INTEGER))
        ELSE ("q1" & CAST(1073741823 AS BIGINT))
      END AS "k1",
      CASE
        WHEN "h2" < ("q2" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h2" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT))) AS INTEGER))
        ELSE ("q2" & CAST(1073741823 AS BIGINT))
      END AS "k2",
      CASE
        WHEN "h3" < ("q3" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h3" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT))) AS INTEGER))
        ELSE ("q3" & CAST(1073741823 AS BIGINT))
      END AS "k3",
      CASE
        WHEN "h4" < ("q4" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h4" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT))) AS INTEGER))
        ELSE ("q4" & CAST(1073741823 AS BIGINT))
      END AS "k4",
      CASE
        WHEN "h5" < ("q5" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h5" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT))) AS INTEGER))
        ELSE ("q5" & CAST(1073741823 AS BIGINT))
      END AS "k5",
      CASE
        WHEN "h6" < ("q6" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h6" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT))) AS INTEGER))
        ELSE ("q6" & CAST(1073741823 AS BIGINT))
      END AS "k6",
      CASE
        WHEN "h7" < ("q7" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h7" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT))) AS INTEGER))
        ELSE ("q7" & CAST(1073741823 AS BIGINT))
      END AS "k7",
      CASE
        WHEN "h8" < ("q8" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h8" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT))) AS INTEGER))
        ELSE ("q8" & CAST(1073741823 AS BIGINT))
      END AS "k8",
      CASE
        WHEN "h9" < ("q9" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h9" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT))) AS INTEGER))
        ELSE ("q9" & CAST(1073741823 AS BIGINT))
      END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h10" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT))) AS INTEGER))
        ELSE ("q10" & CAST(1073741823 AS BIGINT))
      END AS "k10",
      CASE
        WHEN "h11" < ("q11" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h11" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT))) AS INTEGER))
        ELSE ("q11" & CAST(1073741823 AS BIGINT))
      END AS "k11",
      CASE
        WHEN "h12" < ("q12" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h12" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT))) AS INTEGER))
        ELSE ("q12" & CAST(1073741823 AS BIGINT))
      END AS "k12",
      CASE
        WHEN "h13" < ("q13" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h13" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT))) AS INTEGER))
        ELSE ("q13" & CAST(1073741823 AS BIGINT))
      END AS "k13",
      CASE
        WHEN "h14" < ("q14" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h14" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT))) AS INTEGER))
        ELSE ("q14" & CAST(1073741823 AS BIGINT))
      END AS "k14",
      CASE
        WHEN "h15" < ("q15" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h15" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT))) AS INTEGER))
        ELSE ("q15" & CAST(1073741823 AS BIGINT))
      END AS "k15",
      CASE
        WHEN "h16" < ("q16" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h16" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT))) AS INTEGER))
        ELSE ("q16" & CAST(1073741823 AS BIGINT))
      END AS "k16",
      CASE
        WHEN "h17" < ("q17" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h17" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT))) AS INTEGER))
        ELSE ("q17" & CAST(1073741823 AS BIGINT))
      END AS "k17",
      CASE
        WHEN "h18" < ("q18" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h18" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT))) AS INTEGER))
        ELSE ("q18" & CAST(1073741823 AS BIGINT))
      END AS "k18",
      CASE
        WHEN "h19" < ("q19" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h19" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT))) AS INTEGER))
        ELSE ("q19" & CAST(1073741823 AS BIGINT))
      END AS "k19",
      CASE
        WHEN "h20" < ("q20" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h20" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT))) AS INTEGER))
        ELSE ("q20" & CAST(1073741823 AS BIGINT))
      END AS "k20",
      CASE
        WHEN "h21" < ("q21" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h21" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT))) AS INTEGER))
        ELSE ("q21" & CAST(1073741823 AS BIGINT))
      END AS "k21",
      CASE
        WHEN "h22" < ("q22" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h22" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT))) AS INTEGER))
        ELSE ("q22" & CAST(1073741823 AS BIGINT))
      END AS "k22",
      CASE
        WHEN "h23" < ("q23" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h23" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT))) AS INTEGER))
        ELSE ("q23" & CAST(1073741823 AS BIGINT))
      END AS "k23",
      CASE
        WHEN "h24" < ("q24" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h24" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT))) AS INTEGER))
        ELSE ("q24" & CAST(1073741823 AS BIGINT))
      END AS "k24",
      CASE
        WHEN "h25" < ("q25" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h25" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT))) AS INTEGER))
        ELSE ("q25" & CAST(1073741823 AS BIGINT))
      END AS "k25",
      CASE
        WHEN "h26" < ("q26" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h26" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT))) AS INTEGER))
        ELSE ("q26" & CAST(1073741823 AS BIGINT))
      END AS "k26",
      CASE
        WHEN "h27" < ("q27" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h27" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT))) AS INTEGER))
        ELSE ("q27" & CAST(1073741823 AS BIGINT))
      END AS "k27",
      CASE
        WHEN "h28" < ("q28" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h28" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT))) AS INTEGER))
        ELSE ("q28" & CAST(1073741823 AS BIGINT))
      END AS "k28",
      CASE
        WHEN "h29" < ("q29" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h29" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT))) AS INTEGER))
        ELSE ("q29" & CAST(1073741823 AS BIGINT))
      END AS "k29",
      CASE
        WHEN "h30" < ("q30" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h30" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT))) AS INTEGER))
        ELSE ("q30" & CAST(1073741823 AS BIGINT))
      END AS "k30",
      CASE
        WHEN "h31" < ("q31" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h31" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT))) AS INTEGER))
        ELSE ("q31" & CAST(1073741823 AS BIGINT))
      END AS "k31",
      CASE
        WHEN "h32" < ("q32" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h32" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT))) AS INTEGER))
        ELSE ("q32" & CAST(1073741823 AS BIGINT))
      END AS "k32",
      CASE
        WHEN "h100029" < ("q100029" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h100029" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100029 AS BIGINT))) AS INTEGER))
        ELSE ("q100029" & CAST(1073741823 AS BIGINT))
      END AS "k100029",
      CASE
        WHEN "h100030" < ("q100030" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h100030" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100030 AS BIGINT))) AS INTEGER))
        ELSE ("q100030" & CAST(1073741823 AS BIGINT))
      END AS "k100030",
      CASE
        WHEN "h100031" < ("q100031" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h100031" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100031 AS BIGINT))) AS INTEGER))
        ELSE ("q100031" & CAST(1073741823 AS BIGINT))
      END AS "k100031",
      "h1",
      "h2",
      "h3",
      "h4",
      "h5",
      "j5",
      "h6",
      "j6",
      "h7",
      "h8",
      "h9",
      "h10",
      "h11",
      "h12",
      "h13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "h19",
      "h20",
      "h21",
      "h22",
      "h23",
      "h24",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "j29",
      "h30",
      "h31",
      "h32",
      "h100029",
      "j100029",
      "h100030",
      "h100031",
      "z29",
      "z30",
      "z31",
      "en",
      "i"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)) ->> CAST("k1" AS INTEGER)) AS "v1",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)) ->> CAST("k2" AS INTEGER)) AS "v2",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)) ->> CAST("k3" AS INTEGER)) AS "v3",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)) ->> CAST("k4" AS INTEGER)) AS "v4",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "w5",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "v6",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "w6",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST("k7" AS INTEGER) + 1] AS "v7",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)) ->> CAST("k8" AS INTEGER)) AS "v8",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)) ->> CAST("k9" AS INTEGER)) AS "v9",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) ->> CAST("k10" AS INTEGER)) AS "v10",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)) ->> CAST("k11" AS INTEGER)) AS "v11",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)) ->> CAST("k12" AS INTEGER)) AS "v12",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)) ->> CAST("k13" AS INTEGER)) AS "v13",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)) ->> CAST("k14" AS INTEGER)) AS "v14",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)) ->> CAST("k15" AS INTEGER)) AS "v15",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)) ->> CAST("k16" AS INTEGER)) AS "v16",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT)) ->> CAST("k17" AS INTEGER)) AS "v17",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)) ->> CAST("k18" AS INTEGER)) AS "v18",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT)) ->> CAST("k19" AS INTEGER)) AS "v19",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT)) ->> CAST("k20" AS INTEGER)) AS "v20",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT)) ->> CAST("k21" AS INTEGER)) AS "v21",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)) ->> CAST("k22" AS INTEGER)) AS "v22",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT)) ->> CAST("k23" AS INTEGER)) AS "v23",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT)) ->> CAST("k24" AS INTEGER)) AS "v24",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT)) ->> CAST("k25" AS INTEGER)) AS "v25",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT)) ->> CAST("k26" AS INTEGER)) AS "v26",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT)) ->> CAST("k27" AS INTEGER)) AS "v27",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT)) ->> CAST("k28" AS INTEGER)) AS "v28",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)))[CAST("k29" AS INTEGER) + 1] AS "v29",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)))[CAST("k29" AS INTEGER) + 1] AS "w29",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT)) ->> CAST("k30" AS INTEGER)) AS "v30",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT)) ->> CAST("k31" AS INTEGER)) AS "v31",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT)) ->> CAST("k32" AS INTEGER)) AS "v32",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100029 AS BIGINT)))[CAST("k100029" AS INTEGER) + 1] AS "v100029",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100029 AS BIGINT)))[CAST("k100029" AS INTEGER) + 1] AS "w100029",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100030 AS BIGINT)) ->> CAST("k100030" AS INTEGER)) AS "v100030",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100031 AS BIGINT)) ->> CAST("k100031" AS INTEGER)) AS "v100031",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(735017446784584 AS BIGINT)), CAST(1000000000000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741789 AS BIGINT) * "i") + CAST(2521024 AS BIGINT)), CAST(10000000 AS BIGINT)) AS "m2",
      "j5",
      "j6",
      "j29",
      "j100029",
      "z29",
      "z30",
      "z31"
    FROM "adg_s11"
OFFSET 0
  ),
  "adg_s13" AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(101559956668416 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(2821109907456 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(78364164096 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(2176782336 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(60466176 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(1679616 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(46656 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(1296 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(36 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod("m1", CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS "o1",
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) AS "o2",
      "v1" AS "o3",
      "v2" AS "o4",
      "v3" AS "o5",
      "v4" AS "o6",
      ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o7",
      ("v6" + CAST(CAST(floor((CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w6" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o8",
      "v7" AS "o9",
      "v8" AS "o10",
      "v9" AS "o11",
      "v10" AS "o12",
      "v11" AS "o13",
      "v12" AS "o14",
      "v13" AS "o15",
      "v14" AS "o16",
      "v15" AS "o17",
      "v16" AS "o18",
      "v17" AS "o19",
      "v18" AS "o20",
      "v19" AS "o21",
      "v20" AS "o22",
      "v21" AS "o23",
      "v22" AS "o24",
      "v23" AS "o25",
      "v24" AS "o26",
      "v25" AS "o27",
      "v26" AS "o28",
      "v27" AS "o29",
      "v28" AS "o30",
      CASE
        WHEN "z29" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(29 AS BIGINT)) THEN ("v29" + CAST(CAST(floor((CAST("j29" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w29" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))
        ELSE ("v100029" + CAST(CAST(floor((CAST("j100029" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w100029" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))
      END AS "o31",
      CASE
        WHEN "z30" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(30 AS BIGINT)) THEN "v30"
        ELSE "v100030"
      END AS "o32",
      CASE
        WHEN "z31" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(31 AS BIGINT)) THEN "v31"
        ELSE "v100031"
      END AS "o33",
      CAST(NULL AS TEXT) AS "o34",
      "v32" AS "o35"
    FROM "adg_s12"
OFFSET 0
  ),
  "adg_s14" AS (
    SELECT
      least(coalesce("o8", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))) AS "r1_1",
      greatest(coalesce("o8", CAST('9999-12-31' AS DATE)), coalesce("o7", CAST('9999-12-31' AS DATE))) AS "r1_2",
      "o1",
      "o2",
      "o3",
      "o4",
      "o5",
      "o6",
      "o7",
      "o8",
      "o9",
      "o10",
      "o11",
      "o12",
      "o13",
      "o14",
      "o15",
      "o16",
      "o17",
      "o18",
      "o19",
      "o20",
      "o21",
      "o22",
      "o23",
      "o24",
      "o25",
      "o26",
      "o27",
      "o28",
      "o29",
      "o30",
      "o31",
      "o32",
      "o33",
      "o34",
      "o35"
    FROM "adg_s13"
OFFSET 0
  ),
  "adg_s15" AS (
    SELECT
      CASE
        WHEN "o8" IS NULL THEN NULL
        WHEN CASE WHEN "o8" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r1_1"
      END AS "o8",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o8" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o8" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
      END AS "o7",
      "o1",
      "o2",
      "o3",
      "o4",
      "o5",
      "o6",
      "o9",
      "o10",
      "o11",
      "o12",
      "o13",
      "o14",
      "o15",
      "o16",
      "o17",
      "o18",
      "o19",
      "o20",
      "o21",
      "o22",
      "o23",
      "o24",
      "o25",
      "o26",
      "o27",
      "o28",
      "o29",
      "o30",
      "o31",
      "o32",
      "o33",
      "o34",
      "o35"
    FROM "adg_s14"
OFFSET 0
  )
SELECT
  "o1" AS "TOKEN_PERSON_ID",
  "o2" AS "ATTENDKEY",
  "o3" AS "FYEAR",
  "o4" AS "PROCODE3",
  "o5" AS "PROCODET",
  "o6" AS "SITETRET",
  "o7" AS "APPTDATE",
  "o8" AS "REQDATE",
  "o9" AS "WAITING",
  "o10" AS "ATTENDED",
  "o11" AS "FIRSTATT",
  "o12" AS "OUTCOME",
  "o13" AS "PRIORITY",
  "o14" AS "REFSOURC",
  "o15" AS "SERVTYPE",
  "o16" AS "STAFFTYP",
  "o17" AS "TRETSPEF",
  "o18" AS "MAINSPEF",
  "o19" AS "DIAG_4_01",
  "o20" AS "DIAG_4_02",
  "o21" AS "DIAG_4_03",
  "o22" AS "DIAG_4_04",
  "o23" AS "DIAG_4_05",
  "o24" AS "DIAG_4_06",
  "o25" AS "OPERTN_4_01",
  "o26" AS "OPERTN_4_02",
  "o27" AS "OPERTN_4_03",
  "o28" AS "OPERTN_4_04",
  "o29" AS "OPERTN_4_05",
  "o30" AS "OPERTN_4_06",
  CAST((CAST(substr(to_char("o7", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("o31", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(to_char("o7", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o7", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("o31", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o31", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT)
    ELSE CAST(0 AS BIGINT)
  END AS SMALLINT) AS "APPTAGE",
  "o31" AS "MYDOB",
  "o32" AS "SEX",
  "o33" AS "ETHNOS",
  "o34" AS "GPPRAC",
  "o35" AS "RESLADST"
FROM "adg_s15";

DROP TABLE IF EXISTS "adg_output"."hes_op_provenance__adg_new";

CREATE TABLE "adg_output"."hes_op_provenance__adg_new" AS
SELECT
  'hes_op' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  '3ebc6fe4c8197af0ae7c3752acca13f09c2167ce1061972aefe6927d587c5a9b' AS "spec_hash",
  "m"."metadata_hash",
  CAST(2026 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hes_op_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
FROM (
  SELECT
    "metadata_hash"
  FROM "adg_released_hash"
) AS "m"
LEFT JOIN (
  SELECT
    "r"."metadata_hash",
    "r"."released_at",
    "r"."reviewer",
    "r"."approver"
  FROM (
    SELECT
      "l"."metadata_hash",
      CAST("l"."released_at" AS TEXT) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'hes_op') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_op'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."hes_op_fields__adg_new";

CREATE TABLE "adg_output"."hes_op_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."hes_op";

ALTER TABLE "adg_output"."hes_op__adg_new" RENAME TO "hes_op";

DROP TABLE IF EXISTS "adg_output"."hes_op_provenance";

ALTER TABLE "adg_output"."hes_op_provenance__adg_new" RENAME TO "hes_op_provenance";

DROP TABLE IF EXISTS "adg_output"."hes_op_fields";

ALTER TABLE "adg_output"."hes_op_fields__adg_new" RENAME TO "hes_op_fields";

COMMIT;

-- [19/19] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_ae", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/19] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/19] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical'),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical'),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical'),
  (CAST(4 AS BIGINT), 'ARRIVALDATE', 'date'),
  (CAST(5 AS BIGINT), 'AEARRIVALMODE', 'categorical'),
  (CAST(6 AS BIGINT), 'AEATTENDCAT', 'categorical'),
  (CAST(7 AS BIGINT), 'AEATTENDDISP', 'categorical'),
  (CAST(8 AS BIGINT), 'AEDEPTTYPE', 'categorical'),
  (CAST(9 AS BIGINT), 'AEINCLOCTYPE', 'categorical'),
  (CAST(10 AS BIGINT), 'AEPATGROUP', 'categorical'),
  (CAST(11 AS BIGINT), 'AEREFSOURCE', 'categorical'),
  (CAST(12 AS BIGINT), 'DIAG_01', 'categorical'),
  (CAST(13 AS BIGINT), 'DIAG_02', 'categorical'),
  (CAST(14 AS BIGINT), 'DIAG_03', 'categorical'),
  (CAST(15 AS BIGINT), 'DIAG_04', 'categorical'),
  (CAST(16 AS BIGINT), 'DIAG_05', 'categorical'),
  (CAST(17 AS BIGINT), 'DIAG_06', 'categorical'),
  (CAST(18 AS BIGINT), 'INVEST_01', 'categorical'),
  (CAST(19 AS BIGINT), 'INVEST_02', 'categorical'),
  (CAST(20 AS BIGINT), 'INVEST_03', 'categorical'),
  (CAST(21 AS BIGINT), 'INVEST_04', 'categorical'),
  (CAST(22 AS BIGINT), 'INVEST_05', 'categorical'),
  (CAST(23 AS BIGINT), 'INVEST_06', 'categorical'),
  (CAST(24 AS BIGINT), 'TREAT_01', 'categorical'),
  (CAST(25 AS BIGINT), 'TREAT_02', 'categorical'),
  (CAST(26 AS BIGINT), 'TREAT_03', 'categorical'),
  (CAST(27 AS BIGINT), 'TREAT_04', 'categorical'),
  (CAST(28 AS BIGINT), 'TREAT_05', 'categorical'),
  (CAST(29 AS BIGINT), 'TREAT_06', 'categorical'),
  (CAST(30 AS BIGINT), 'INITDUR', 'discrete'),
  (CAST(31 AS BIGINT), 'TRETDUR', 'discrete'),
  (CAST(32 AS BIGINT), 'CONCLDUR', 'discrete'),
  (CAST(33 AS BIGINT), 'DEPDUR', 'discrete'),
  (CAST(34 AS BIGINT), 'MYDOB', 'date'),
  (CAST(35 AS BIGINT), 'SEX', 'categorical'),
  (CAST(36 AS BIGINT), 'ETHNOS', 'categorical'),
  (CAST(37 AS BIGINT), 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."hes_ae_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.'; END IF; END $adg$;

-- [5/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
DROP TABLE IF EXISTS pg_temp."adg_released_hash";

CREATE TEMP TABLE "adg_released_hash" AS
SELECT
  encode(sha256(convert_to(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, coalesce("item", CAST(-1 AS BIGINT)) NULLS LAST, CASE WHEN "value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, coalesce("value", '') COLLATE "C" NULLS LAST, coalesce("lo", CAST('0' AS DOUBLE PRECISION)) NULLS LAST, coalesce("hi", CAST('0' AS DOUBLE PRECISION)) NULLS LAST), 'UTF8')), 'hex') AS "metadata_hash"
FROM (
  SELECT
    "ordinal",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line"
  FROM (
    SELECT
      "ordinal",
      "stat",
      "item",
      "value",
      "lo",
      "hi",
      CASE
        WHEN "ordinal" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("ordinal" AS TEXT)) AS TEXT) || ':' || CAST("ordinal" AS TEXT)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("field" AS TEXT)) AS TEXT) || ':' || CAST("field" AS TEXT)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("kind" AS TEXT)) AS TEXT) || ':' || CAST("kind" AS TEXT)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("stat" AS TEXT)) AS TEXT) || ':' || CAST("stat" AS TEXT)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("item" AS TEXT)) AS TEXT) || ':' || CAST("item" AS TEXT)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("value" AS TEXT)) AS TEXT) || ':' || CAST("value" AS TEXT)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_rows" AS TEXT)) AS TEXT) || ':' || CAST("n_rows" AS TEXT)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_entities" AS TEXT)) AS TEXT) || ':' || CAST("n_entities" AS TEXT)
      END AS "e_n_entities"
    FROM "adg_released"."hes_ae_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_ae') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_ae')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/19] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/19] Released items of every field, in published order
DROP TABLE IF EXISTS pg_temp."adg_items";

CREATE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE PRECISION) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE CAST('0' AS DOUBLE PRECISION) END
  END
    ELSE CASE
    WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(34 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."hes_ae_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  CAST(0 AS BIGINT) AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - CAST(1 AS BIGINT) AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN CAST('0' AS DOUBLE PRECISION) ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."hes_ae_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT))
UNION ALL
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE PRECISION) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE CAST('0' AS DOUBLE PRECISION) END
  END
    ELSE CASE
    WHEN "g"."ordinal" = CAST(100034 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind"
  FROM (VALUES
    (CAST(100034 AS BIGINT), 'MYDOB', 'date'),
    (CAST(100035 AS BIGINT), 'SEX', 'categorical'),
    (CAST(100036 AS BIGINT), 'ETHNOS', 'categorical')
  ) AS "v"("ordinal", "field", "kind")
) AS "g"
JOIN "adg_released"."hes_apc_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [10/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
DROP TABLE IF EXISTS pg_temp."adg_alias";

CREATE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", CAST(0 AS BIGINT)) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST((CAST(32 AS BIGINT) - "z"."b") AS INTEGER)) AS "s",
        generate_series(CAST(0 AS BIGINT), ((CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST("z"."b" AS INTEGER))) - 1) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE
            WHEN (CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST("b0" AS INTEGER)) < "k" THEN CAST(1 AS BIGINT)
            WHEN ("b0" > CAST(0 AS BIGINT)) AND ((CAST(CAST(1 AS BIGINT) AS BIGINT) << CAST(("b0" - CAST(1 AS BIGINT)) AS INTEGER)) >= "k") THEN CAST(-1 AS BIGINT)
            ELSE CAST(0 AS BIGINT)
          END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil((ln(CAST(count(*) AS DOUBLE PRECISION)) / ln(2.0))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        ((CAST(div(("cum" * CAST(65536 AS BIGINT)), "total") AS BIGINT) * CAST(65536 AS BIGINT)) + CAST(div((((mod(("cum" * CAST(65536 AS BIGINT)), "total") * CAST(65536 AS BIGINT)) + "total") - CAST(1 AS BIGINT)), "total") AS BIGINT)) - ((CAST(div((("cum" - "n_rows") * CAST(65536 AS BIGINT)), "total") AS BIGINT) * CAST(65536 AS BIGINT)) + CAST(div((((mod((("cum" - "n_rows") * CAST(65536 AS BIGINT)), "total") * CAST(65536 AS BIGINT)) + "total") - CAST(1 AS BIGINT)), "total") AS BIGINT)) AS "c"
      FROM (
        SELECT
          "ordinal",
          "item",
          CAST(sum("n_rows") OVER (PARTITION BY "ordinal" ORDER BY "item" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "cum",
          "n_rows",
          CAST(sum("n_rows") OVER (PARTITION BY "ordinal") AS BIGINT) AS "total"
        FROM "adg_items"
      ) AS "w"
    ) AS "h"
      ON ("h"."ordinal" = "k"."ordinal") AND ("h"."item" = "k"."bucket")
OFFSET 0
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
OFFSET 0
  ),
  "adg_heavies" AS (
    SELECT
      "ordinal",
      "bucket",
      CAST(sum("c" - "s") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("c" - "s") AS "a",
      CAST(sum("c" - "s") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "b_end",
      lead("bucket") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST) AS "next"
    FROM "adg_bucket_counts"
    WHERE "c" > "s"
OFFSET 0
  ),
  "adg_light_alias" AS (
    SELECT
      "ordinal",
      "light" AS "bucket",
      "alias"
    FROM (
      SELECT
        "ordinal",
        "light",
        max("heavy") OVER (PARTITION BY "ordinal" ORDER BY "pos" NULLS LAST, "side" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "alias"
      FROM (
        SELECT
          "ordinal",
          "a" AS "pos",
          CAST(0 AS BIGINT) AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          CAST(1 AS BIGINT) AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
OFFSET 0
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(CAST(0 AS BIGINT), (coalesce("reach", CAST(0 AS BIGINT)) - "pos")) AS "overshoot"
    FROM (
      SELECT
        "ordinal",
        "heavy",
        "pos",
        max("reach") OVER (PARTITION BY "ordinal" ORDER BY "pos" NULLS LAST, "side" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "reach"
      FROM (
        SELECT
          "ordinal",
          "b_end" AS "pos",
          CAST(0 AS BIGINT) AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          CAST(1 AS BIGINT) AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
OFFSET 0
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", CAST(0 AS BIGINT))
    ELSE "c"."s"
  END) * CAST(1073741824 AS BIGINT)) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", CAST(0 AS BIGINT)) > CAST(0 AS BIGINT)) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [11/19] Lookup lists of every field: its alias table and its values, in order
-- A view: the sampling query reads each list once per statement as a scalar subquery, built in
-- memory (a stored list would be read back from storage at every lookup).
DROP VIEW IF EXISTS pg_temp."adg_field_lists";

CREATE TEMP VIEW "adg_field_lists" AS
SELECT
  "a"."ordinal",
  "a"."ps",
  "a"."b",
  "v"."vs",
  "v"."nums",
  "v"."widths",
  "d"."d"
FROM (
  SELECT
    "ordinal",
    array_agg("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    array_agg("value" ORDER BY "item" NULLS LAST) AS "vs",
    array_agg("num" ORDER BY "item" NULLS LAST) AS "nums",
    array_agg("width" ORDER BY "item" NULLS LAST) AS "widths"
  FROM "adg_items"
  GROUP BY "ordinal"
) AS "v"
  ON "v"."ordinal" = "a"."ordinal"
LEFT JOIN (
  SELECT
    "g"."ordinal",
    CAST("m"."value" AS BIGINT) AS "d"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."hes_ae_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
DROP TABLE IF EXISTS pg_temp."adg_entities";

CREATE TEMP TABLE "adg_entities" AS
SELECT
  "en",
  "n",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "n" AS "s",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "e"
FROM (
  SELECT
    CASE
      WHEN "width" = CAST('0' AS DOUBLE PRECISION) THEN CAST("num" AS BIGINT)
      ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - CAST(1 AS BIGINT)))
    END AS "n",
    "en"
  FROM (
    SELECT
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "num",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "width",
      "en",
      "j"
    FROM (
      SELECT
        CASE
          WHEN "h" < ("slot" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN "bucket"
          ELSE ("slot" & CAST(1073741823 AS BIGINT))
        END AS "item",
        "en",
        "j"
      FROM (
        SELECT
          ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT)))[CAST(("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "slot",
          ("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(0 AS BIGINT))) AS INTEGER)) AS "bucket",
          "en",
          "h",
          "j"
        FROM (
          SELECT
            ("h" # ("h" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h",
            ("j" # ("j" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j",
            "en"
          FROM (
            SELECT
              ((("h" # ("h" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
              ((("j" # ("j" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
              "en"
            FROM (
              SELECT
                ((("h" # ("h" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                ((("j" # ("j" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
                "en"
              FROM (
                SELECT
                  (("y" + CAST(403878269 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                  (("y" + CAST(3499566593 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
                  "en"
                FROM (
                  SELECT
                    ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
                    "en"
                  FROM (
                    SELECT
                      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                          "en"
                        FROM (
                          SELECT
                            (("en" + CAST(895030338 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
                            "en"
                          FROM (
                            SELECT
                              "g" AS "en"
                            FROM generate_series(CAST(0 AS BIGINT), ((SELECT "entities" FROM "adg_entity_plan")) - 1) AS "r"("g")
                          ) AS "adg_e0"
                        ) AS "adg_e1"
                      ) AS "adg_e2"
                    ) AS "adg_e3"
                  ) AS "adg_e4"
                ) AS "adg_e5"
              ) AS "adg_e6"
            ) AS "adg_e7"
          ) AS "adg_e8"
        ) AS "adg_e9"
      ) AS "adg_e10"
    ) AS "adg_e11"
  ) AS "adg_e12"
) AS "adg_e";

-- [13/19] Rows to generate: the sum of the rows of every entity
DROP TABLE IF EXISTS pg_temp."adg_plan";

CREATE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(CAST(1 AS BIGINT), CAST(div("n", CAST(1048576 AS BIGINT)) AS BIGINT)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), CAST(0 AS BIGINT)) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [14/19] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/19] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(1000000000000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/19] Identifier AEKEY: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(10000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hes.yaml: fields.AEKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/19] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
DROP TABLE IF EXISTS pg_temp."adg_stable_cuts";

CREATE TEMP TABLE "adg_stable_cuts" AS
SELECT
  CAST(34 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(34 AS BIGINT)
UNION ALL
SELECT
  CAST(35 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(35 AS BIGINT)
UNION ALL
SELECT
  CAST(36 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(36 AS BIGINT);

-- [18/19] Sample 37 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hes_ae__adg_new";

CREATE TABLE "adg_output"."hes_ae__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i",
      "en"
    FROM "adg_entities"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(53709152 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      (("en" + CAST(895030338 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "en",
      "i"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
      "en",
      "i"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(548081353 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(3339496745 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(3106298165 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(3994047900 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(4252594309 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      (("x" + CAST(793906621 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(4040433367 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(504507379 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(3051967445 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(3488297093 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(133265039 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(1835363405 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(2013900131 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      (("x" + CAST(4243537308 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      (("x" + CAST(2186236697 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      (("x" + CAST(341110076 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      (("x" + CAST(3991267572 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      (("x" + CAST(3870322389 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      (("x" + CAST(109726672 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      (("x" + CAST(1332182796 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      (("x" + CAST(4044843238 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      (("x" + CAST(1238745876 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      (("x" + CAST(3903897202 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      (("x" + CAST(2360227818 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      (("x" + CAST(1440516719 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      (("x" + CAST(3997948372 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      (("x" + CAST(3593040920 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      (("x" + CAST(996727232 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      (("x" + CAST(3021459734 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      (("x" + CAST(1103981237 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      (("x" + CAST(4189201503 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      (("x" + CAST(4279104781 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      (("x" + CAST(3932527043 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      (("x" + CAST(3915988894 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h33",
      (("x" + CAST(1631413585 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h34",
      (("x" + CAST(3044781459 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j34",
      (("x" + CAST(2483272877 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z34",
      (("x" + CAST(915040102 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h35",
      (("x" + CAST(2946227475 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z35",
      (("x" + CAST(1882105059 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h36",
      (("x" + CAST(1455568357 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z36",
      (("x" + CAST(1308079488 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h37",
      (("y" + CAST(2364845687 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100034",
      (("y" + CAST(915009466 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j100034",
      (("y" + CAST(939246910 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100035",
      (("y" + CAST(1081139235 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100036",
      "en",
      "i"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("h17" # ("h17" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      ((("h18" # ("h18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      ((("h19" # ("h19" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      ((("h20" # ("h20" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      ((("h21" # ("h21" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      ((("h22" # ("h22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      ((("h23" # ("h23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      ((("h24" # ("h24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      ((("h25" # ("h25" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      ((("h26" # ("h26" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      ((("h27" # ("h27" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      ((("h28" # ("h28" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      ((("h29" # ("h29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      ((("h30" # ("h30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      ((("h31" # ("h31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      ((("h32" # ("h32" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      ((("h33" # ("h33" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h33",
      ((("h34" # ("h34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h34",
      ((("j34" # ("j34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j34",
      ((("z34" # ("z34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z34",
      ((("h35" # ("h35" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h35",
      ((("z35" # ("z35" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z35",
      ((("h36" # ("h36" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h36",
      ((("z36" # ("z36" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z36",
      ((("h37" # ("h37" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h37",
      ((("h100034" # ("h100034" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100034",
      ((("j100034" # ("j100034" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j100034",
      ((("h100035" # ("h100035" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100035",
      ((("h100036" # ("h100036" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100036",
      "en",
      "i"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("h11" # ("h11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("h14" # ("h14" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("h17" # ("h17" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h17",
      ((("h18" # ("h18" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h18",
      ((("h19" # ("h19" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h19",
      ((("h20" # ("h20" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h20",
      ((("h21" # ("h21" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h21",
      ((("h22" # ("h22" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h22",
      ((("h23" # ("h23" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h23",
      ((("h24" # ("h24" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h24",
      ((("h25" # ("h25" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h25",
      ((("h26" # ("h26" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h26",
      ((("h27" # ("h27" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h27",
      ((("h28" # ("h28" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h28",
      ((("h29" # ("h29" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h29",
      ((("h30" # ("h30" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h30",
      ((("h31" # ("h31" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h31",
      ((("h32" # ("h32" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h32",
      ((("h33" # ("h33" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h33",
      ((("h34" # ("h34" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h34",
      ((("j34" # ("j34" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j34",
      ((("z34" # ("z34" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z34",
      ((("h35" # ("h35" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h35",
      ((("z35" # ("z35" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z35",
      ((("h36" # ("h36" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h36",
      ((("z36" # ("z36" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z36",
      ((("h37" # ("h37" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h37",
      ((("h100034" # ("h100034" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100034",
      ((("j100034" # ("j100034" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j100034",
      ((("h100035" # ("h100035" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100035",
      ((("h100036" # ("h100036" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h100036",
      "en",
      "i"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h11",
      ("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h12",
      ("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h13",
      ("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h14",
      ("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h15",
      ("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h16",
      ("h17" # ("h17" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h17",
      ("h18" # ("h18" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h18",
      ("h19" # ("h19" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h19",
      ("h20" # ("h20" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h20",
      ("h21" # ("h21" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h21",
      ("h22" # ("h22" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h22",
      ("h23" # ("h23" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h23",
      ("h24" # ("h24" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h24",
      ("h25" # ("h25" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h25",
      ("h26" # ("h26" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h26",
      ("h27" # ("h27" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h27",
      ("h28" # ("h28" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h28",
      ("h29" # ("h29" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h29",
      ("h30" # ("h30" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h30",
      ("h31" # ("h31" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h31",
      ("h32" # ("h32" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h32",
      ("h33" # ("h33" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h33",
      ("h34" # ("h34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h34",
      ("j34" # ("j34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j34",
      ("z34" # ("z34" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z34",
      ("h35" # ("h35" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h35",
      ("z35" # ("z35" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z35",
      ("h36" # ("h36" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h36",
      ("z36" # ("z36" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z36",
      ("h37" # ("h37" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h37",
      ("h100034" # ("h100034" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h100034",
      ("j100034" # ("j100034" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j100034",
      ("h100035" # ("h100035" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h100035",
      ("h100036" # ("h100036" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h100036",
      "en",
      "i"
    FROM "adg_s8"
OFFSET 0
  ),
  "adg_s10" AS (
    SELECT
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST(("h1" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q1",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST(("h2" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q2",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST(("h3" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q3",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST(("h4" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q4",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST(("h5" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q5",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST(("h6" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q6",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST(("h7" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q7",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)))[CAST(("h8" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q8",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST(("h9" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q9",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST(("h10" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q10",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST(("h11" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q11",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)))[CAST(("h12" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q12",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)))[CAST(("h13" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q13",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)))[CAST(("h14" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q14",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)))[CAST(("h15" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q15",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)))[CAST(("h16" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q16",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT)))[CAST(("h17" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q17",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)))[CAST(("h18" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q18",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT)))[CAST(("h19" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q19",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT)))[CAST(("h20" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q20",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT)))[CAST(("h21" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q21",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)))[CAST(("h22" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q22",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT)))[CAST(("h23" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q23",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT)))[CAST(("h24" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q24",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT)))[CAST(("h25" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q25",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT)))[CAST(("h26" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q26",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT)))[CAST(("h27" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q27",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT)))[CAST(("h28" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q28",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)))[CAST(("h29" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q29",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT)))[CAST(("h30" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q30",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT)))[CAST(("h31" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q31",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT)))[CAST(("h32" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q32",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT)))[CAST(("h33" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q33",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT)))[CAST(("h34" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q34",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT)))[CAST(("h35" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q35",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT)))[CAST(("h36" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q36",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT)))[CAST(("h37" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q37",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100034 AS BIGINT)))[CAST(("h100034" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100034 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q100034",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100035 AS BIGINT)))[CAST(("h100035" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100035 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q100035",
      ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100036 AS BIGINT)))[CAST(("h100036" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100036 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "q100036",
      "h1",
      "h2",
      "h3",
      "h4",
      "j4",
      "h5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "h11",
      "h12",
      "h13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "h19",
      "h20",
      "h21",
      "h22",
      "h23",
      "h24",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "h30",
      "h31",
      "h32",
      "h33",
      "h34",
      "j34",
      "h35",
      "h36",
      "h37",
      "h100034",
      "j100034",
      "h100035",
      "h100036",
      "z34",
      "z35",
      "z36",
      "en",
      "i"
    FROM "adg_s9"
OFFSET 0
  ),
  "adg_s11" AS (
    SELECT
      CASE
        WHEN "h1" < ("q1" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h1" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT))) AS INTEGER))
        ELSE ("q1" & CAST(1073741823 AS BIGINT))
      END AS "k1",
      CASE
        WHEN "h2" < ("q2" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h2" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT))) AS INTEGER))
        ELSE ("q2" & CAST(1073741823 AS BIGINT))
      END AS "k2",
      CASE
        WHEN "h3" < ("q3" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h3" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT))) AS INTEGER))
        ELSE ("q3" & CAST(1073741823 AS BIGINT))
      END AS "k3",
      CASE
        WHEN "h4" < ("q4" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h4" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT))) AS INTEGER))
        ELSE ("q4" & CAST(1073741823 AS BIGINT))
      END AS "k4",
      CASE
        WHEN "h5" < ("q5" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h5" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT))) AS INTEGER))
        ELSE ("q5" & CAST(1073741823 AS BIGINT))
      END AS "k5",
      CASE
        WHEN "h6" < ("q6" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h6" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT))) AS INTEGER))
        ELSE ("q6" & CAST(1073741823 AS BIGINT))
      END AS "k6",
      CASE
        WHEN "h7" < ("q7" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h7" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT))) AS INTEGER))
        ELSE ("q7" & CAST(1073741823 AS BIGINT))
      END AS "k7",
      CASE
        WHEN "h8" < ("q8" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h8" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT))) AS INTEGER))
        ELSE ("q8" & CAST(1073741823 AS BIGINT))
      END AS "k8",
      CASE
        WHEN "h9" < ("q9" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h9" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT))) AS INTEGER))
        ELSE ("q9" & CAST(1073741823 AS BIGINT))
      END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h10" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT))) AS INTEGER))
        ELSE ("q10" & CAST(1073741823 AS BIGINT))
      END AS "k10",
      CASE
        WHEN "h11" < ("q11" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h11" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT))) AS INTEGER))
        ELSE ("q11" & CAST(1073741823 AS BIGINT))
      END AS "k11",
      CASE
        WHEN "h12" < ("q12" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h12" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT))) AS INTEGER))
        ELSE ("q12" & CAST(1073741823 AS BIGINT))
      END AS "k12",
      CASE
        WHEN "h13" < ("q13" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h13" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT))) AS INTEGER))
        ELSE ("q13" & CAST(1073741823 AS BIGINT))
      END AS "k13",
      CASE
        WHEN "h14" < ("q14" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h14" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT))) AS INTEGER))
        ELSE ("q14" & CAST(1073741823 AS BIGINT))
      END AS "k14",
      CASE
        WHEN "h15" < ("q15" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h15" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT))) AS INTEGER))
        ELSE ("q15" & CAST(1073741823 AS BIGINT))
      END AS "k15",
      CASE
        WHEN "h16" < ("q16" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h16" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT))) AS INTEGER))
        ELSE ("q16" & CAST(1073741823 AS BIGINT))
      END AS "k16",
      CASE
        WHEN "h17" < ("q17" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h17" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT))) AS INTEGER))
        ELSE ("q17" & CAST(1073741823 AS BIGINT))
      END AS "k17",
      CASE
        WHEN "h18" < ("q18" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h18" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT))) AS INTEGER))
        ELSE ("q18" & CAST(1073741823 AS BIGINT))
      END AS "k18",
      CASE
        WHEN "h19" < ("q19" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h19" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT))) AS INTEGER))
        ELSE ("q19" & CAST(1073741823 AS BIGINT))
      END AS "k19",
      CASE
        WHEN "h20" < ("q20" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h20" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT))) AS INTEGER))
        ELSE ("q20" & CAST(1073741823 AS BIGINT))
      END AS "k20",
      CASE
        WHEN "h21" < ("q21" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h21" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT))) AS INTEGER))
        ELSE ("q21" & CAST(1073741823 AS BIGINT))
      END AS "k21",
      CASE
        WHEN "h22" < ("q22" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h22" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT))) AS INTEGER))
        ELSE ("q22" & CAST(1073741823 AS BIGINT))
      END AS "k22",
      CASE
        WHEN "h23" < ("q23" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h23" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT))) AS INTEGER))
        ELSE ("q23" & CAST(1073741823 AS BIGINT))
      END AS "k23",
      CASE
        WHEN "h24" < ("q24" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h24" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT))) AS INTEGER))
        ELSE ("q24" & CAST(1073741823 AS BIGINT))
      END AS "k24",
      CASE
        WHEN "h25" < ("q25" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h25" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT))) AS INTEGER))
        ELSE ("q25" & CAST(1073741823 AS BIGINT))
      END AS "k25",
      CASE
        WHEN "h26" < ("q26" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h26" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT))) AS INTEGER))
        ELSE ("q26" & CAST(1073741823 AS BIGINT))
      END AS "k26",
      CASE
        WHEN "h27" < ("q27" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h27" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT))) AS INTEGER))
        ELSE ("q27" & CAST(1073741823 AS BIGINT))
      END AS "k27",
      CASE
        WHEN "h28" < ("q28" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h28" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT))) AS INTEGER))
        ELSE ("q28" & CAST(1073741823 AS BIGINT))
      END AS "k28",
      CASE
        WHEN "h29" < ("q29" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h29" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT))) AS INTEGER))
        ELSE ("q29" & CAST(1073741823 AS BIGINT))
      END AS "k29",
      CASE
        WHEN "h30" < ("q30" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h30" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT))) AS INTEGER))
        ELSE ("q30" & CAST(1073741823 AS BIGINT))
      END AS "k30",
      CASE
        WHEN "h31" < ("q31" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h31" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT))) AS INTEGER))
        ELSE ("q31" & CAST(1073741823 AS BIGINT))
      END AS "k31",
      CASE
        WHEN "h32" < ("q32" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h32" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT))) AS INTEGER))
        ELSE ("q32" & CAST(1073741823 AS BIGINT))
      END AS "k32",
      CASE
        WHEN "h33" < ("q33" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h33" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT))) AS INTEGER))
        ELSE ("q33" & CAST(1073741823 AS BIGINT))
      END AS "k33",
      CASE
        WHEN "h34" < ("q34" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h34" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT))) AS INTEGER))
        ELSE ("q34" & CAST(1073741823 AS BIGINT))
      END AS "k34",
      CASE
        WHEN "h35" < ("q35" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h35" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT))) AS INTEGER))
        ELSE ("q35" & CAST(1073741823 AS BIGINT))
      END AS "k35",
      CASE
        WHEN "h36" < ("q36" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h36" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT))) AS INTEGER))
        ELSE ("q36" & CAST(1073741823 AS BIGINT))
      END AS "k36",
      CASE
        WHEN "h37" < ("q37" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h37" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT))) AS INTEGER))
        ELSE ("q37" & CAST(1073741823 AS BIGINT))
      END AS "k37",
      CASE
        WHEN "h100034" < ("q100034" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h100034" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100034 AS BIGINT))) AS INTEGER))
        ELSE ("q100034" & CAST(1073741823 AS BIGINT))
      END AS "k100034",
      CASE
        WHEN "h100035" < ("q100035" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h100035" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100035 AS BIGINT))) AS INTEGER))
        ELSE ("q100035" & CAST(1073741823 AS BIGINT))
      END AS "k100035",
      CASE
        WHEN "h100036" < ("q100036" >> CAST(CAST(30 AS BIGINT) AS INTEGER)) THEN ("h100036" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100036 AS BIGINT))) AS INTEGER))
        ELSE ("q100036" & CAST(1073741823 AS BIGINT))
      END AS "k100036",
      "h1",
      "h2",
      "h3",
      "h4",
      "j4",
      "h5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "h11",
      "h12",
      "h13",
      "h14",
      "h15",
      "h16",
      "h17",
      "h18",
      "h19",
      "h20",
      "h21",
      "h22",
      "h23",
      "h24",
      "h25",
      "h26",
      "h27",
      "h28",
      "h29",
      "h30",
      "h31",
      "h32",
      "h33",
      "h34",
      "j34",
      "h35",
      "h36",
      "h37",
      "h100034",
      "j100034",
      "h100035",
      "h100036",
      "z34",
      "z35",
      "z36",
      "en",
      "i"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)) ->> CAST("k1" AS INTEGER)) AS "v1",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)) ->> CAST("k2" AS INTEGER)) AS "v2",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)) ->> CAST("k3" AS INTEGER)) AS "v3",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "v4",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "w4",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)) ->> CAST("k5" AS INTEGER)) AS "v5",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)) ->> CAST("k6" AS INTEGER)) AS "v6",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)) ->> CAST("k7" AS INTEGER)) AS "v7",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)) ->> CAST("k8" AS INTEGER)) AS "v8",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)) ->> CAST("k9" AS INTEGER)) AS "v9",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) ->> CAST("k10" AS INTEGER)) AS "v10",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)) ->> CAST("k11" AS INTEGER)) AS "v11",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)) ->> CAST("k12" AS INTEGER)) AS "v12",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)) ->> CAST("k13" AS INTEGER)) AS "v13",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)) ->> CAST("k14" AS INTEGER)) AS "v14",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)) ->> CAST("k15" AS INTEGER)) AS "v15",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)) ->> CAST("k16" AS INTEGER)) AS "v16",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(17 AS BIGINT)) ->> CAST("k17" AS INTEGER)) AS "v17",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(18 AS BIGINT)) ->> CAST("k18" AS INTEGER)) AS "v18",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(19 AS BIGINT)) ->> CAST("k19" AS INTEGER)) AS "v19",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(20 AS BIGINT)) ->> CAST("k20" AS INTEGER)) AS "v20",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(21 AS BIGINT)) ->> CAST("k21" AS INTEGER)) AS "v21",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(22 AS BIGINT)) ->> CAST("k22" AS INTEGER)) AS "v22",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(23 AS BIGINT)) ->> CAST("k23" AS INTEGER)) AS "v23",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(24 AS BIGINT)) ->> CAST("k24" AS INTEGER)) AS "v24",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(25 AS BIGINT)) ->> CAST("k25" AS INTEGER)) AS "v25",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(26 AS BIGINT)) ->> CAST("k26" AS INTEGER)) AS "v26",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(27 AS BIGINT)) ->> CAST("k27" AS INTEGER)) AS "v27",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(28 AS BIGINT)) ->> CAST("k28" AS INTEGER)) AS "v28",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(29 AS BIGINT)) ->> CAST("k29" AS INTEGER)) AS "v29",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(30 AS BIGINT)))[CAST("k30" AS INTEGER) + 1] AS "v30",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(31 AS BIGINT)))[CAST("k31" AS INTEGER) + 1] AS "v31",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(32 AS BIGINT)))[CAST("k32" AS INTEGER) + 1] AS "v32",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(33 AS BIGINT)))[CAST("k33" AS INTEGER) + 1] AS "v33",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT)))[CAST("k34" AS INTEGER) + 1] AS "v34",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(34 AS BIGINT)))[CAST("k34" AS INTEGER) + 1] AS "w34",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(35 AS BIGINT)) ->> CAST("k35" AS INTEGER)) AS "v35",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(36 AS BIGINT)) ->> CAST("k36" AS INTEGER)) AS "v36",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(37 AS BIGINT)) ->> CAST("k37" AS INTEGER)) AS "v37",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100034 AS BIGINT)))[CAST("k100034" AS INTEGER) + 1] AS "v100034",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100034 AS BIGINT)))[CAST("k100034" AS INTEGER) + 1] AS "w100034",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100035 AS BIGINT)) ->> CAST("k100035" AS INTEGER)) AS "v100035",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(100036 AS BIGINT)) ->> CAST("k100036" AS INTEGER)) AS "v100036",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(735017446784584 AS BIGINT)), CAST(1000000000000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741741 AS BIGINT) * "i") + CAST(8457010 AS BIGINT)), CAST(10000000 AS BIGINT)) AS "m2",
      "j4",
      "j34",
      "j100034",
      "z34",
      "z35",
      "z36"
    FROM "adg_s11"
OFFSET 0
  ),
  "adg_s13" AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(101559956668416 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(2821109907456 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(78364164096 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(2176782336 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(60466176 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(1679616 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(46656 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(1296 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod(CAST(div("m1", CAST(36 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((mod("m1", CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS "o1",
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) AS "o2",
      "v1" AS "o3",
      "v2" AS "o4",
      "v3" AS "o5",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w4" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o6",
      CAST(NULL AS TEXT) AS "o7",
      "v5" AS "o8",
      "v6" AS "o9",
      "v7" AS "o10",
      "v8" AS "o11",
      "v9" AS "o12",
      "v10" AS "o13",
      "v11" AS "o14",
      "v12" AS "o15",
      "v13" AS "o16",
      "v14" AS "o17",
      "v15" AS "o18",
      "v16" AS "o19",
      "v17" AS "o20",
      "v18" AS "o21",
      "v19" AS "o22",
      "v20" AS "o23",
      "v21" AS "o24",
      "v22" AS "o25",
      "v23" AS "o26",
      "v24" AS "o27",
      "v25" AS "o28",
      "v26" AS "o29",
      "v27" AS "o30",
      "v28" AS "o31",
      "v29" AS "o32",
      "v30" AS "o33",
      "v31" AS "o34",
      "v32" AS "o35",
      "v33" AS "o36",
      CASE
        WHEN "z34" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(34 AS BIGINT)) THEN ("v34" + CAST(CAST(floor((CAST("j34" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w34" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))
        ELSE ("v100034" + CAST(CAST(floor((CAST("j100034" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w100034" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))
      END AS "o37",
      CASE
        WHEN "z35" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(35 AS BIGINT)) THEN "v35"
        ELSE "v100035"
      END AS "o38",
      CASE
        WHEN "z36" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(36 AS BIGINT)) THEN "v36"
        ELSE "v100036"
      END AS "o39",
      CAST(NULL AS TEXT) AS "o40",
      "v37" AS "o41"
    FROM "adg_s12"
OFFSET 0
  )
SELECT
  "o1" AS "TOKEN_PERSON_ID",
  "o2" AS "AEKEY",
  "o3" AS "FYEAR",
  "o4" AS "PROCODE3",
  "o5" AS "PROCODET",
  "o6" AS "ARRIVALDATE",
  "o7" AS "ARRIVALTIME",
  CAST((CAST(substr(to_char("o6", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("o37", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(to_char("o6", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o6", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("o37", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o37", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT)
    ELSE CAST(0 AS BIGINT)
  END AS SMALLINT) AS "ARRIVALAGE",
  "o8" AS "AEARRIVALMODE",
  "o9" AS "AEATTENDCAT",
  "o10" AS "AEATTENDDISP",
  "o11" AS "AEDEPTTYPE",
  "o12" AS "AEINCLOCTYPE",
  "o13" AS "AEPATGROUP",
  "o14" AS "AEREFSOURCE",
  "o15" AS "DIAG_01",
  "o16" AS "DIAG_02",
  "o17" AS "DIAG_03",
  "o18" AS "DIAG_04",
  "o19" AS "DIAG_05",
  "o20" AS "DIAG_06",
  "o21" AS "INVEST_01",
  "o22" AS "INVEST_02",
  "o23" AS "INVEST_03",
  "o24" AS "INVEST_04",
  "o25" AS "INVEST_05",
  "o26" AS "INVEST_06",
  "o27" AS "TREAT_01",
  "o28" AS "TREAT_02",
  "o29" AS "TREAT_03",
  "o30" AS "TREAT_04",
  "o31" AS "TREAT_05",
  "o32" AS "TREAT_06",
  "o33" AS "INITDUR",
  "o34" AS "TRETDUR",
  "o35" AS "CONCLDUR",
  "o36" AS "DEPDUR",
  "o37" AS "MYDOB",
  "o38" AS "SEX",
  "o39" AS "ETHNOS",
  "o40" AS "GPPRAC",
  "o41" AS "RESLADST"
FROM "adg_s13";

DROP TABLE IF EXISTS "adg_output"."hes_ae_provenance__adg_new";

CREATE TABLE "adg_output"."hes_ae_provenance__adg_new" AS
SELECT
  'hes_ae' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  'cfceba705b88a9e5ef0da2476dad858d97532f7b50227027971c04c625f3d960' AS "spec_hash",
  "m"."metadata_hash",
  CAST(2026 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hes_ae_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
FROM (
  SELECT
    "metadata_hash"
  FROM "adg_released_hash"
) AS "m"
LEFT JOIN (
  SELECT
    "r"."metadata_hash",
    "r"."released_at",
    "r"."reviewer",
    "r"."approver"
  FROM (
    SELECT
      "l"."metadata_hash",
      CAST("l"."released_at" AS TEXT) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'hes_ae') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_ae'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."hes_ae_fields__adg_new";

CREATE TABLE "adg_output"."hes_ae_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."hes_ae";

ALTER TABLE "adg_output"."hes_ae__adg_new" RENAME TO "hes_ae";

DROP TABLE IF EXISTS "adg_output"."hes_ae_provenance";

ALTER TABLE "adg_output"."hes_ae_provenance__adg_new" RENAME TO "hes_ae_provenance";

DROP TABLE IF EXISTS "adg_output"."hes_ae_fields";

ALTER TABLE "adg_output"."hes_ae_fields__adg_new" RENAME TO "hes_ae_fields";

COMMIT;

-- [19/19] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;
