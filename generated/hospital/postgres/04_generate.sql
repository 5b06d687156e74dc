-- adg 0.1.0: stage 4 (generate) of dataset "hospital", PostgreSQL dialect.
-- Compiled from specs/hospital.yaml (spec sha256 aed03c82f857498e); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hospital.yaml` runs it with progress and checks.

-- [1/21] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/21] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/21] Fields to generate, matched to the metadata by name and kind
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
  (CAST(10 AS BIGINT), 'cost', 'continuous')
) AS "v"("ordinal", "field", "kind");

-- [4/21] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."hospital_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '5b926ef1b5db9f7d552a9c717d620c34d3ef4a0f8d33ff9e0163c3fd8ed6f88a'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hospital.yaml again, then generate.'; END IF; END $adg$;

-- [5/21] The hash of the released metadata, computed once
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
    FROM "adg_released"."hospital_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/21] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hospital') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hospital')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hospital.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/21] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hospital_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hospital_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/21] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."hospital_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/21] Released items of every field, in published order
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
JOIN "adg_released"."hospital_metadata" AS "m"
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
FROM "adg_released"."hospital_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT));

-- [10/21] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/21] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."hospital_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/21] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  (("y" + CAST(3398666878 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                  (("y" + CAST(3649875258 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                            (("en" + CAST(378711050 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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

-- [13/21] Rows to generate: the sum of the rows of every entity
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

-- [14/21] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/21] Identifier episode_id: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(10000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: fields.episode_id: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/21] Identifier patient_id: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(10000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: fields.patient_id: pattern "TESTP[0-9]{7}" makes 10000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/21] Identifier nhs_number: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(1000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: fields.nhs_number: pattern "TEST[0-9]{6}" makes 1000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [18/21] Identifier hospital_number: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(78364164096 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: fields.hospital_number: pattern "TESTH[A-Z0-9]{7}" makes 78364164096 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [19/21] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
DROP TABLE IF EXISTS pg_temp."adg_stable_cuts";

CREATE TEMP TABLE "adg_stable_cuts" AS
SELECT
  CAST(1 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hospital_metadata" AS "m" WHERE ("m"."field" = 'date_of_birth') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(1 AS BIGINT)
UNION ALL
SELECT
  CAST(2 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hospital_metadata" AS "m" WHERE ("m"."field" = 'sex') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(2 AS BIGINT)
UNION ALL
SELECT
  CAST(3 AS BIGINT) AS "ordinal",
  CAST(floor((least(CAST('1' AS DOUBLE PRECISION), (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hospital_metadata" AS "m" WHERE ("m"."field" = 'ethnicity') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), CAST(0 AS BIGINT)) AS DOUBLE PRECISION) / CAST(greatest(CAST(1 AS BIGINT), coalesce(sum("i"."n_rows"), CAST(1 AS BIGINT))) AS DOUBLE PRECISION))) * CAST('4294967296' AS DOUBLE PRECISION))) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = CAST(3 AS BIGINT);

-- [20/21] Sample 10 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hospital__adg_new";

CREATE TABLE "adg_output"."hospital__adg_new" AS
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
      (("i" + CAST(1085061515 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      (("en" + CAST(378711050 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "i",
      "en"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "i",
      "en"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "i",
      "en"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      ((("y" # ("y" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
      "i",
      "en"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      ("y" # ("y" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "y",
      "i",
      "en"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(3956367823 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(1988069728 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      (("x" + CAST(528451862 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z1",
      (("x" + CAST(1432926798 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(529611135 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z2",
      (("x" + CAST(3838997806 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(3965613608 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z3",
      (("x" + CAST(2201418017 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(3074361812 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      (("x" + CAST(4047923566 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(1269429432 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(3518238748 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(1357900667 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(4257023495 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(4150115347 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(721334911 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(2041392986 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      (("y" + CAST(3956367823 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g1",
      (("y" + CAST(1988069728 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "t1",
      (("y" + CAST(1432926798 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g2",
      (("y" + CAST(3838997806 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g3",
      "i",
      "en"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("j1" # ("j1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      ((("z1" # ("z1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("z2" # ("z2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("z3" # ("z3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("j10" # ("j10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      ((("g1" # ("g1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g1",
      ((("t1" # ("t1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "t1",
      ((("g2" # ("g2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g2",
      ((("g3" # ("g3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g3",
      "i",
      "en"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("j1" # ("j1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j1",
      ((("z1" # ("z1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("z2" # ("z2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("z3" # ("z3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "z3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("j10" # ("j10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      ((("g1" # ("g1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g1",
      ((("t1" # ("t1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "t1",
      ((("g2" # ("g2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g2",
      ((("g3" # ("g3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "g3",
      "i",
      "en"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("j1" # ("j1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j1",
      ("z1" # ("z1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("z2" # ("z2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("z3" # ("z3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "z3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("j10" # ("j10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j10",
      ("g1" # ("g1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "g1",
      ("t1" # ("t1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "t1",
      ("g2" # ("g2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "g2",
      ("g3" # ("g3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "g3",
      "i",
      "en"
    FROM "adg_s8"
OFFSET 0
  ),
  "adg_s10" AS (
    SELECT
      CASE
        WHEN "z1" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(1 AS BIGINT)) THEN "h1"
        ELSE "g1"
      END AS "h1",
      CASE
        WHEN "z1" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(1 AS BIGINT)) THEN "j1"
        ELSE "t1"
      END AS "j1",
      CASE
        WHEN "z2" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(2 AS BIGINT)) THEN "h2"
        ELSE "g2"
      END AS "h2",
      CASE
        WHEN "z3" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = CAST(3 AS BIGINT)) THEN "h3"
        ELSE "g3"
      END AS "h3",
      "h4",
      "j4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "j10",
      "i",
      "en"
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
      "j10",
      "i",
      "en"
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
      "j10",
      "i",
      "en"
    FROM "adg_s11"
OFFSET 0
  ),
  "adg_s13" AS (
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
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "v10",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "w10",
      (SELECT "a"."d" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) AS "d10",
      mod(((CAST(1073741741 AS BIGINT) * "i") + CAST(4804058 AS BIGINT)), CAST(10000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741741 AS BIGINT) * "en") + CAST(4558718 AS BIGINT)), CAST(10000000 AS BIGINT)) AS "m2",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(784584 AS BIGINT)), CAST(1000000 AS BIGINT)) AS "m3",
      mod(((CAST(1073741783 AS BIGINT) * "en") + CAST(17875479141 AS BIGINT)), CAST(78364164096 AS BIGINT)) AS "m4",
      "j1",
      "j4",
      "j5",
      "j10"
    FROM "adg_s12"
OFFSET 0
  ),
  "adg_s14" AS (
    SELECT
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m1", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) AS "o1",
      'T' || 'E' || 'S' || 'T' || 'P' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS "o2",
      'T' || 'E' || 'S' || 'T' || substr('0123456789', CAST((mod(CAST(div("m3", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m3", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m3", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m3", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m3", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m3", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS "o3",
      'T' || 'E' || 'S' || 'T' || 'H' || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod(CAST(div("m4", CAST(2176782336 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod(CAST(div("m4", CAST(60466176 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod(CAST(div("m4", CAST(1679616 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod(CAST(div("m4", CAST(46656 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod(CAST(div("m4", CAST(1296 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod(CAST(div("m4", CAST(36 AS BIGINT)) AS BIGINT), CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((mod("m4", CAST(36 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS "o4",
      CAST(NULL AS TEXT) AS "o5",
      CAST(NULL AS TEXT) AS "o6",
      ("v1" + CAST(CAST(floor((CAST("j1" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w1" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o7",
      "v2" AS "o8",
      "v3" AS "o9",
      CAST(NULL AS TEXT) AS "o10",
      CAST(NULL AS TEXT) AS "o11",
      CAST(NULL AS TEXT) AS "o12",
      CAST(NULL AS TEXT) AS "o13",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w4" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o14",
      ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o15",
      "v6" AS "o16",
      "v7" AS "o17",
      "v8" AS "o18",
      "v9" AS "o19",
      CAST(NULL AS TEXT) AS "o20",
      CAST(CASE
        WHEN ("d10" IS NULL) OR ("w10" = CAST('0' AS DOUBLE PRECISION)) THEN CASE
        WHEN ("v10" + (CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w10")) < ("v10" + "w10") THEN "v10" + (CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w10")
        ELSE "v10"
      END
        ELSE greatest(least((floor((CASE
        WHEN ("v10" + (CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w10")) < ("v10" + "w10") THEN "v10" + (CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w10")
        ELSE "v10"
      END * power(CAST('10' AS DOUBLE PRECISION), CAST("d10" AS DOUBLE PRECISION)))) / power(CAST('10' AS DOUBLE PRECISION), CAST("d10" AS DOUBLE PRECISION))), CASE
        WHEN ("v10" + (CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w10")) < ("v10" + "w10") THEN "v10" + (CAST("j10" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w10")
        ELSE "v10"
      END), "v10")
      END AS NUMERIC(10,2)) AS "o21"
    FROM "adg_s13"
OFFSET 0
  ),
  "adg_s15" AS (
    SELECT
      least(coalesce("o14", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE))) AS "r1_1",
      greatest(coalesce("o14", CAST('9999-12-31' AS DATE)), coalesce("o15", CAST('9999-12-31' AS DATE))) AS "r1_2",
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
      "o21"
    FROM "adg_s14"
OFFSET 0
  ),
  "adg_s16" AS (
    SELECT
      CASE
        WHEN "o14" IS NULL THEN NULL
        WHEN CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r1_1"
      END AS "o14",
      CASE
        WHEN "o15" IS NULL THEN NULL
        WHEN (CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o14" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o15" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
      END AS "o15",
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
      "o16",
      "o17",
      "o18",
      "o19",
      "o20",
      "o21"
    FROM "adg_s15"
OFFSET 0
  )
SELECT
  "o1" AS "episode_id",
  "o2" AS "patient_id",
  "o3" AS "nhs_number",
  "o4" AS "hospital_number",
  "o5" AS "forename",
  "o6" AS "surname",
  "o7" AS "date_of_birth",
  "o8" AS "sex",
  "o9" AS "ethnicity",
  "o10" AS "address_line",
  "o11" AS "postcode",
  "o12" AS "email",
  "o13" AS "phone",
  "o14" AS "admission_date",
  "o15" AS "discharge_date",
  "o16" AS "admission_method",
  "o17" AS "specialty",
  "o18" AS "primary_diagnosis",
  "o19" AS "length_of_stay",
  CAST((CAST(substr(to_char("o14", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("o7", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(to_char("o14", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o14", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("o7", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("o7", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT)
    ELSE CAST(0 AS BIGINT)
  END AS INTEGER) AS "age_on_admission",
  "o20" AS "clinical_note",
  "o21" AS "cost"
FROM "adg_s16";

DROP TABLE IF EXISTS "adg_output"."hospital_provenance__adg_new";

CREATE TABLE "adg_output"."hospital_provenance__adg_new" AS
SELECT
  'hospital' AS "dataset",
  'specs/hospital.yaml' AS "spec_file",
  'aed03c82f857498eb67831bec513cc071a8ca9f33e07bc83013f7a237a241949' AS "spec_hash",
  "m"."metadata_hash",
  CAST(1 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hospital_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'hospital') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hospital'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."hospital_fields__adg_new";

CREATE TABLE "adg_output"."hospital_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."hospital_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."hospital_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."hospital";

ALTER TABLE "adg_output"."hospital__adg_new" RENAME TO "hospital";

DROP TABLE IF EXISTS "adg_output"."hospital_provenance";

ALTER TABLE "adg_output"."hospital_provenance__adg_new" RENAME TO "hospital_provenance";

DROP TABLE IF EXISTS "adg_output"."hospital_fields";

ALTER TABLE "adg_output"."hospital_fields__adg_new" RENAME TO "hospital_fields";

COMMIT;

-- [21/21] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;
