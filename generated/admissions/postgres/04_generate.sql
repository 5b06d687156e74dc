-- adg 0.1.0: stage 4 (generate) of dataset "admissions", PostgreSQL dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/admissions.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/15] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/15] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'date_of_birth', 'date'),
  (CAST(2 AS BIGINT), 'sex', 'categorical'),
  (CAST(3 AS BIGINT), 'ethnicity', 'categorical'),
  (CAST(4 AS BIGINT), 'admission_date', 'date'),
  (CAST(5 AS BIGINT), 'discharge_date', 'date'),
  (CAST(6 AS BIGINT), 'admission_method', 'categorical'),
  (CAST(7 AS BIGINT), 'specialty', 'categorical'),
  (CAST(8 AS BIGINT), 'primary_diagnosis', 'categorical'),
  (CAST(9 AS BIGINT), 'length_of_stay', 'discrete'),
  (CAST(10 AS BIGINT), 'age_on_admission', 'discrete'),
  (CAST(11 AS BIGINT), 'cost', 'continuous')
) AS "v"("ordinal", "field", "kind");

-- [4/15] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."admissions_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '2aee36c3696df85844dd0659a780ecd36a016618ad50a6b732ae348d02be22b0'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/admissions.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/admissions.yaml again, then generate.'; END IF; END $adg$;

-- [5/15] The hash of the released metadata, computed once
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
    FROM "adg_released"."admissions_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/15] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'admissions') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'admissions')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/admissions.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/admissions.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/15] The published source row count must exist to scale from
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."admissions_metadata" WHERE "stat" = 'rows')) THEN RAISE EXCEPTION USING MESSAGE = 'specs/admissions.yaml: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.'; END IF; END $adg$;

-- [8/15] Rows to generate: 1 x the published source row count (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_plan";

CREATE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  greatest(CAST(1 AS BIGINT), CAST(div("n", CAST(1048576 AS BIGINT)) AS BIGINT)) AS "block"
FROM (
  SELECT
    (SELECT CAST(floor(((CAST('1' AS DOUBLE PRECISION) * "n_rows") + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) FROM "adg_released"."admissions_metadata" WHERE "stat" = 'rows') AS "n"
) AS "planned";

-- [9/15] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/admissions.yaml: generation would produce fewer than 1 or more than 4294967295 rows. Adjust generation.rows or generation.scale.'; END IF; END $adg$;

-- [10/15] Released items of every field, in published order
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
    WHEN "g"."ordinal" = CAST(1 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."admissions_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [11/15] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [12/15] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."admissions_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [13/15] Blocks of row numbers
-- The sampling query expands each block into its rows beside the lookup lists (see
-- Dialect.rowBlocks); a materialised table is scanned in parallel.
DROP TABLE IF EXISTS pg_temp."adg_blocks";

CREATE TEMP TABLE "adg_blocks" AS
SELECT
  "g" * "p"."block" AS "s",
  least((("g" * "p"."block") + "p"."block"), "p"."n") AS "e"
FROM generate_series(CAST(0 AS BIGINT), ((SELECT CAST(div((("n" + "block") - CAST(1 AS BIGINT)), "block") AS BIGINT) FROM "adg_plan")) - 1) AS "r"("g")
CROSS JOIN "adg_plan" AS "p";

-- [14/15] Sample 11 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."admissions__adg_new";

CREATE TABLE "adg_output"."admissions__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i"
    FROM "adg_blocks"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(4262121656 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(4134584657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(2129712086 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      (("x" + CAST(2913543474 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(3348186181 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(1732729746 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(2360776089 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      (("x" + CAST(1472261578 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(4288557415 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(470546888 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(1419001012 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(3119906840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(806274063 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(3218017934 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(3154566726 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(1098631834 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j11"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("j1" # ("j1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("j11" # ("j11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j11"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("j1" # ("j1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("h11" # ("h11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("j11" # ("j11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j11"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("j1" # ("j1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h11",
      ("j11" # ("j11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j11"
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
      "h1",
      "j1",
      "h2",
      "h3",
      "h4",
      "j4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "h11",
      "j11"
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
      "h1",
      "j1",
      "h2",
      "h3",
      "h4",
      "j4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "h11",
      "j11"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "v1",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "w1",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)) ->> CAST("k2" AS INTEGER)) AS "v2",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)) ->> CAST("k3" AS INTEGER)) AS "v3",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "v4",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "w4",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "w5",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)) ->> CAST("k6" AS INTEGER)) AS "v6",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)) ->> CAST("k7" AS INTEGER)) AS "v7",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)) ->> CAST("k8" AS INTEGER)) AS "v8",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST("k9" AS INTEGER) + 1] AS "v9",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "v10",
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST("k11" AS INTEGER) + 1] AS "v11",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST("k11" AS INTEGER) + 1] AS "w11",
      (SELECT "a"."d" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)) AS "d11",
      "j1",
      "j4",
      "j5",
      "j11"
    FROM "adg_s11"
OFFSET 0
  )
SELECT
  CAST(NULL AS BIGINT) AS "episode_id",
  CAST(NULL AS TEXT) AS "patient_id",
  CAST(NULL AS TEXT) AS "nhs_number",
  CAST(NULL AS TEXT) AS "hospital_number",
  CAST(NULL AS TEXT) AS "forename",
  CAST(NULL AS TEXT) AS "surname",
  ("v1" + CAST(CAST(floor((CAST("j1" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w1" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "date_of_birth",
  "v2" AS "sex",
  "v3" AS "ethnicity",
  CAST(NULL AS TEXT) AS "address_line",
  CAST(NULL AS TEXT) AS "postcode",
  CAST(NULL AS TEXT) AS "email",
  CAST(NULL AS TEXT) AS "phone",
  ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w4" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "admission_date",
  ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "discharge_date",
  "v6" AS "admission_method",
  "v7" AS "specialty",
  "v8" AS "primary_diagnosis",
  "v9" AS "length_of_stay",
  "v10" AS "age_on_admission",
  CAST(NULL AS TEXT) AS "clinical_note",
  CAST(CASE
    WHEN ("d11" IS NULL) OR ("w11" = CAST('0' AS DOUBLE PRECISION)) THEN CASE
    WHEN ("v11" + (CAST("j11" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w11")) < ("v11" + "w11") THEN "v11" + (CAST("j11" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w11")
    ELSE "v11"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v11" + (CAST("j11" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w11")) < ("v11" + "w11") THEN "v11" + (CAST("j11" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w11")
    ELSE "v11"
  END * power(CAST('10' AS DOUBLE PRECISION), CAST("d11" AS DOUBLE PRECISION)))) / power(CAST('10' AS DOUBLE PRECISION), CAST("d11" AS DOUBLE PRECISION))), CASE
    WHEN ("v11" + (CAST("j11" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w11")) < ("v11" + "w11") THEN "v11" + (CAST("j11" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w11")
    ELSE "v11"
  END), "v11")
  END AS NUMERIC(10,2)) AS "cost"
FROM "adg_s12";

DROP TABLE IF EXISTS "adg_output"."admissions_provenance__adg_new";

CREATE TABLE "adg_output"."admissions_provenance__adg_new" AS
SELECT
  'admissions' AS "dataset",
  'specs/admissions.yaml' AS "spec_file",
  '1649a3e288b48c0149cce491ee2e393778a24e7191023f59d414c5dd945c1803' AS "spec_hash",
  "m"."metadata_hash",
  CAST(1 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  CAST(NULL AS BIGINT) AS "entities",
  CAST(NULL AS BIGINT) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."admissions_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'admissions') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'admissions'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."admissions_fields__adg_new";

CREATE TABLE "adg_output"."admissions_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."admissions_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."admissions_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."admissions";

ALTER TABLE "adg_output"."admissions__adg_new" RENAME TO "admissions";

DROP TABLE IF EXISTS "adg_output"."admissions_provenance";

ALTER TABLE "adg_output"."admissions_provenance__adg_new" RENAME TO "admissions_provenance";

DROP TABLE IF EXISTS "adg_output"."admissions_fields";

ALTER TABLE "adg_output"."admissions_fields__adg_new" RENAME TO "admissions_fields";

COMMIT;

-- [15/15] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;
