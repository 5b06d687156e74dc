-- adg 0.1.0: stage 4 (generate) of dataset "flights", PostgreSQL dialect.
-- Compiled from specs/flights.yaml (spec sha256 e80e949c5e3d3d31); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/flights.yaml` runs it with progress and checks.

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
  (CAST(1 AS BIGINT), 'date', 'date'),
  (CAST(2 AS BIGINT), 'delay', 'discrete'),
  (CAST(3 AS BIGINT), 'distance', 'continuous'),
  (CAST(4 AS BIGINT), 'origin', 'categorical'),
  (CAST(5 AS BIGINT), 'destination', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/15] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."flights_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '983c547e0dd9f4fc1c9c56265cbaa0cc31ba062064023072492446055b56e928'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/flights.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/flights.yaml again, then generate.'; END IF; END $adg$;

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
    FROM "adg_released"."flights_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/15] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'flights') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'flights')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/flights.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/flights.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/15] The published source row count must exist to scale from
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows')) THEN RAISE EXCEPTION USING MESSAGE = 'specs/flights.yaml: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.'; END IF; END $adg$;

-- [8/15] Rows to generate: 1 x the published source row count (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_plan";

CREATE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  greatest(CAST(1 AS BIGINT), CAST(div("n", CAST(1048576 AS BIGINT)) AS BIGINT)) AS "block"
FROM (
  SELECT
    (SELECT CAST(floor(((CAST('1' AS DOUBLE PRECISION) * "n_rows") + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows') AS "n"
) AS "planned";

-- [9/15] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/flights.yaml: generation would produce fewer than 1 or more than 4294967295 rows. Adjust generation.rows or generation.scale.'; END IF; END $adg$;

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
    WHEN "g"."ordinal" = CAST(1 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(hours => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 60) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."flights_metadata" AS "m"
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
  JOIN "adg_released"."flights_metadata" AS "m"
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

-- [14/15] Sample 5 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."flights__adg_new";

CREATE TABLE "adg_output"."flights__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i"
    FROM "adg_blocks"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(393322304 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x"
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
      (("x" + CAST(1874367815 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(1966862830 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      (("x" + CAST(1691749535 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(506073706 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(3930054259 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      (("x" + CAST(67722534 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(2666648820 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("j1" # ("j1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("j1" # ("j1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("j1" # ("j1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5"
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
      "h1",
      "j1",
      "h2",
      "h3",
      "j3",
      "h4",
      "h5"
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
      "h1",
      "j1",
      "h2",
      "h3",
      "j3",
      "h4",
      "h5"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "v1",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "w1",
      ((SELECT CAST(("a"."vs")[:] AS BIGINT[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "v2",
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "v3",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "w3",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)) ->> CAST("k4" AS INTEGER)) AS "v4",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)) ->> CAST("k5" AS INTEGER)) AS "v5",
      "j1",
      "j3"
    FROM "adg_s11"
OFFSET 0
  )
SELECT
  ("v1" + make_interval(mins => CAST(CAST(floor((CAST("j1" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w1" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "date",
  "v2" AS "delay",
  CAST(CASE
    WHEN NOT (("v3" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN CAST(NULL AS BIGINT)
    WHEN "w3" = CAST('0' AS DOUBLE PRECISION) THEN CAST("v3" AS BIGINT)
    ELSE least((CAST("v3" AS BIGINT) + CAST(floor((CAST("j3" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w3")) AS BIGINT)), ((CAST("v3" AS BIGINT) + CAST("w3" AS BIGINT)) - CAST(1 AS BIGINT)))
  END AS BIGINT) AS "distance",
  "v4" AS "origin",
  "v5" AS "destination"
FROM "adg_s12";

DROP TABLE IF EXISTS "adg_output"."flights_provenance__adg_new";

CREATE TABLE "adg_output"."flights_provenance__adg_new" AS
SELECT
  'flights' AS "dataset",
  'specs/flights.yaml' AS "spec_file",
  'e80e949c5e3d3d3167fce59043365a0792eb74b4dc5b2ab0ca74ab513668416a' AS "spec_hash",
  "m"."metadata_hash",
  CAST(20010101 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  CAST(NULL AS BIGINT) AS "entities",
  CAST(NULL AS BIGINT) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."flights_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'flights') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'flights'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."flights_fields__adg_new";

CREATE TABLE "adg_output"."flights_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."flights_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."flights_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."flights";

ALTER TABLE "adg_output"."flights__adg_new" RENAME TO "flights";

DROP TABLE IF EXISTS "adg_output"."flights_provenance";

ALTER TABLE "adg_output"."flights_provenance__adg_new" RENAME TO "flights_provenance";

DROP TABLE IF EXISTS "adg_output"."flights_fields";

ALTER TABLE "adg_output"."flights_fields__adg_new" RENAME TO "flights_fields";

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
