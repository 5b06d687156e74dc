-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_person", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/17] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/17] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/17] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'gender_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'year_of_birth', 'discrete'),
  (CAST(3 AS BIGINT), 'month_of_birth', 'discrete'),
  (CAST(4 AS BIGINT), 'day_of_birth', 'discrete'),
  (CAST(5 AS BIGINT), 'birth_datetime', 'date'),
  (CAST(6 AS BIGINT), 'race_concept_id', 'categorical'),
  (CAST(7 AS BIGINT), 'ethnicity_concept_id', 'categorical'),
  (CAST(8 AS BIGINT), 'gender_source_value', 'categorical'),
  (CAST(9 AS BIGINT), 'gender_source_concept_id', 'categorical'),
  (CAST(10 AS BIGINT), 'race_source_value', 'categorical'),
  (CAST(11 AS BIGINT), 'race_source_concept_id', 'categorical'),
  (CAST(12 AS BIGINT), 'ethnicity_source_value', 'categorical'),
  (CAST(13 AS BIGINT), 'ethnicity_source_concept_id', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/17] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."omop_person_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.'; END IF; END $adg$;

-- [5/17] The hash of the released metadata, computed once
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
    FROM "adg_released"."omop_person_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/17] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_person') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_person')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/17] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/17] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/17] Released items of every field, in published order
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
    WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(years => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 1) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_person_metadata" AS "m"
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
FROM "adg_released"."omop_person_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT));

-- [10/17] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/17] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."omop_person_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/17] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  (("y" + CAST(2557042100 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                  (("y" + CAST(3057235994 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                            (("en" + CAST(3173443840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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

-- [13/17] Rows to generate: the sum of the rows of every entity
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

-- [14/17] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/17] Identifier person_id: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/17] Sample 13 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."omop_person__adg_new";

CREATE TABLE "adg_output"."omop_person__adg_new" AS
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
      (("i" + CAST(1275832764 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "en"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "en"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "en"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "en"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      "en"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(233645109 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(2762559563 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(141987772 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(1870435750 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(1481001233 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(955747540 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(2308647488 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(192389601 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(1913502428 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(1471737721 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(2034626134 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(1491475998 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(2733046378 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      (("x" + CAST(1968155392 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      "en"
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
      ((("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      "en"
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
      ((("h11" # ("h11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      "en"
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
      ("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h11",
      ("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h12",
      ("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h13",
      "en"
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
      "h11",
      "h12",
      "h13",
      "en"
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
      "h11",
      "h12",
      "h13",
      "en"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "v1",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "v2",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "v3",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "v4",
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "w5",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "v6",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST("k7" AS INTEGER) + 1] AS "v7",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)) ->> CAST("k8" AS INTEGER)) AS "v8",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST("k9" AS INTEGER) + 1] AS "v9",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) ->> CAST("k10" AS INTEGER)) AS "v10",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST("k11" AS INTEGER) + 1] AS "v11",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)) ->> CAST("k12" AS INTEGER)) AS "v12",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)))[CAST("k13" AS INTEGER) + 1] AS "v13",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(46784584 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m1",
      "j5"
    FROM "adg_s11"
OFFSET 0
  )
SELECT
  CAST('1' || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m1", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "person_id",
  "v1" AS "gender_concept_id",
  "v2" AS "year_of_birth",
  "v3" AS "month_of_birth",
  "v4" AS "day_of_birth",
  ("v5" + make_interval(secs => CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "birth_datetime",
  "v6" AS "race_concept_id",
  "v7" AS "ethnicity_concept_id",
  CAST(NULL AS INTEGER) AS "location_id",
  CAST(NULL AS INTEGER) AS "provider_id",
  CAST(NULL AS INTEGER) AS "care_site_id",
  CAST(NULL AS TEXT) AS "person_source_value",
  "v8" AS "gender_source_value",
  "v9" AS "gender_source_concept_id",
  "v10" AS "race_source_value",
  "v11" AS "race_source_concept_id",
  "v12" AS "ethnicity_source_value",
  "v13" AS "ethnicity_source_concept_id"
FROM "adg_s12";

DROP TABLE IF EXISTS "adg_output"."omop_person_provenance__adg_new";

CREATE TABLE "adg_output"."omop_person_provenance__adg_new" AS
SELECT
  'omop_person' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  'fa20601fc0d7dbfb529ebbe9ed410f51149bc273a73ea84d0af789d308bdb083' AS "spec_hash",
  "m"."metadata_hash",
  CAST(54 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_person_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'omop_person') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_person'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."omop_person_fields__adg_new";

CREATE TABLE "adg_output"."omop_person_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."omop_person_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."omop_person_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."omop_person";

ALTER TABLE "adg_output"."omop_person__adg_new" RENAME TO "omop_person";

DROP TABLE IF EXISTS "adg_output"."omop_person_provenance";

ALTER TABLE "adg_output"."omop_person_provenance__adg_new" RENAME TO "omop_person_provenance";

DROP TABLE IF EXISTS "adg_output"."omop_person_fields";

ALTER TABLE "adg_output"."omop_person_fields__adg_new" RENAME TO "omop_person_fields";

COMMIT;

-- [17/17] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_visit_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/18] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/18] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'visit_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'visit_start_date', 'date'),
  (CAST(3 AS BIGINT), 'visit_start_datetime', 'date'),
  (CAST(4 AS BIGINT), 'visit_end_date', 'date'),
  (CAST(5 AS BIGINT), 'visit_end_datetime', 'date'),
  (CAST(6 AS BIGINT), 'visit_type_concept_id', 'categorical'),
  (CAST(7 AS BIGINT), 'visit_source_value', 'categorical'),
  (CAST(8 AS BIGINT), 'visit_source_concept_id', 'categorical'),
  (CAST(9 AS BIGINT), 'admitted_from_concept_id', 'categorical'),
  (CAST(10 AS BIGINT), 'admitted_from_source_value', 'categorical'),
  (CAST(11 AS BIGINT), 'discharged_to_concept_id', 'categorical'),
  (CAST(12 AS BIGINT), 'discharged_to_source_value', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."omop_visit_occurrence_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.'; END IF; END $adg$;

-- [5/18] The hash of the released metadata, computed once
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
    FROM "adg_released"."omop_visit_occurrence_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/18] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_visit_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_visit_occurrence')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/18] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/18] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/18] Released items of every field, in published order
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
    WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 1) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 1) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_visit_occurrence_metadata" AS "m"
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
FROM "adg_released"."omop_visit_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT));

-- [10/18] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/18] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."omop_visit_occurrence_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/18] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  (("y" + CAST(1158891813 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                  (("y" + CAST(1775225364 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                            (("en" + CAST(3173443840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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

-- [13/18] Rows to generate: the sum of the rows of every entity
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

-- [14/18] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/18] Identifier visit_occurrence_id: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.visit_occurrence_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/18] Identifier person_id: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/18] Sample 12 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence__adg_new";

CREATE TABLE "adg_output"."omop_visit_occurrence__adg_new" AS
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
      (("i" + CAST(721842263 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      "i",
      "en"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(3955162352 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(616494221 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(2818067337 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      (("x" + CAST(4185073920 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(2045907117 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      (("x" + CAST(479779887 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(2105312321 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      (("x" + CAST(2216908938 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(2911728235 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(880118709 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(1199700362 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(4114462840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(194185889 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(828618533 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(2812884355 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(2778835247 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      "i",
      "en"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("j2" # ("j2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
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
      ((("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      "i",
      "en"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("j2" # ("j2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
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
      ((("h12" # ("h12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      "i",
      "en"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("j2" # ("j2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j3",
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
      ("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h12",
      "i",
      "en"
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
      "h1",
      "h2",
      "j2",
      "h3",
      "j3",
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
      "h12",
      "i",
      "en"
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
      "h1",
      "h2",
      "j2",
      "h3",
      "j3",
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
      "h12",
      "i",
      "en"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "v1",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "v2",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "w2",
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "v3",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "w3",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "v4",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "w4",
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "w5",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "v6",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)) ->> CAST("k7" AS INTEGER)) AS "v7",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)))[CAST("k8" AS INTEGER) + 1] AS "v8",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST("k9" AS INTEGER) + 1] AS "v9",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) ->> CAST("k10" AS INTEGER)) AS "v10",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)))[CAST("k11" AS INTEGER) + 1] AS "v11",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)) ->> CAST("k12" AS INTEGER)) AS "v12",
      mod(((CAST(1073741789 AS BIGINT) * "i") + CAST(30859236 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(46784584 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m2",
      "j2",
      "j3",
      "j4",
      "j5"
    FROM "adg_s11"
OFFSET 0
  ),
  "adg_s13" AS (
    SELECT
      CAST('1' || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m1", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "o1",
      CAST('1' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "o2",
      "v1" AS "o3",
      ("v2" + CAST(CAST(floor((CAST("j2" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w2" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o4",
      ("v3" + make_interval(secs => CAST(CAST(floor((CAST("j3" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w3" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "o5",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w4" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o6",
      ("v5" + make_interval(secs => CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "o7",
      "v6" AS "o8",
      CAST(NULL AS INTEGER) AS "o9",
      CAST(NULL AS INTEGER) AS "o10",
      "v7" AS "o11",
      "v8" AS "o12",
      "v9" AS "o13",
      "v10" AS "o14",
      "v11" AS "o15",
      "v12" AS "o16",
      CAST(NULL AS INTEGER) AS "o17"
    FROM "adg_s12"
OFFSET 0
  ),
  "adg_s14" AS (
    SELECT
      least(coalesce("o4", CAST('9999-12-31' AS DATE)), coalesce("o6", CAST('9999-12-31' AS DATE))) AS "r1_1",
      greatest(coalesce("o4", CAST('9999-12-31' AS DATE)), coalesce("o6", CAST('9999-12-31' AS DATE))) AS "r1_2",
      least(coalesce("o5", CAST('9999-12-31' AS TIMESTAMP)), coalesce("o7", CAST('9999-12-31' AS TIMESTAMP))) AS "r2_1",
      greatest(coalesce("o5", CAST('9999-12-31' AS TIMESTAMP)), coalesce("o7", CAST('9999-12-31' AS TIMESTAMP))) AS "r2_2",
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
      "o17"
    FROM "adg_s13"
OFFSET 0
  ),
  "adg_s15" AS (
    SELECT
      CASE
        WHEN "o4" IS NULL THEN NULL
        WHEN CASE WHEN "o4" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r1_1"
      END AS "o4",
      CASE
        WHEN "o6" IS NULL THEN NULL
        WHEN (CASE WHEN "o4" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o6" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o4" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o6" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
      END AS "o6",
      CASE
        WHEN "o5" IS NULL THEN NULL
        WHEN CASE WHEN "o5" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r2_1"
      END AS "o5",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o5" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r2_1"
        WHEN (CASE WHEN "o5" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r2_2"
      END AS "o7",
      "o1",
      "o2",
      "o3",
      "o8",
      "o9",
      "o10",
      "o11",
      "o12",
      "o13",
      "o14",
      "o15",
      "o16",
      "o17"
    FROM "adg_s14"
OFFSET 0
  )
SELECT
  "o1" AS "visit_occurrence_id",
  "o2" AS "person_id",
  "o3" AS "visit_concept_id",
  "o4" AS "visit_start_date",
  "o5" AS "visit_start_datetime",
  "o6" AS "visit_end_date",
  "o7" AS "visit_end_datetime",
  "o8" AS "visit_type_concept_id",
  "o9" AS "provider_id",
  "o10" AS "care_site_id",
  "o11" AS "visit_source_value",
  "o12" AS "visit_source_concept_id",
  "o13" AS "admitted_from_concept_id",
  "o14" AS "admitted_from_source_value",
  "o15" AS "discharged_to_concept_id",
  "o16" AS "discharged_to_source_value",
  "o17" AS "preceding_visit_occurrence_id"
FROM "adg_s15";

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence_provenance__adg_new";

CREATE TABLE "adg_output"."omop_visit_occurrence_provenance__adg_new" AS
SELECT
  'omop_visit_occurrence' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  'aba06463d8495382f6c6098ba5d40bed6a93ea50f81a15378e022e5461046b2c' AS "spec_hash",
  "m"."metadata_hash",
  CAST(54 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_visit_occurrence_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'omop_visit_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_visit_occurrence'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence_fields__adg_new";

CREATE TABLE "adg_output"."omop_visit_occurrence_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."omop_visit_occurrence_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."omop_visit_occurrence_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence";

ALTER TABLE "adg_output"."omop_visit_occurrence__adg_new" RENAME TO "omop_visit_occurrence";

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence_provenance";

ALTER TABLE "adg_output"."omop_visit_occurrence_provenance__adg_new" RENAME TO "omop_visit_occurrence_provenance";

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence_fields";

ALTER TABLE "adg_output"."omop_visit_occurrence_fields__adg_new" RENAME TO "omop_visit_occurrence_fields";

COMMIT;

-- [18/18] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_condition_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/18] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/18] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'condition_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'condition_start_date', 'date'),
  (CAST(3 AS BIGINT), 'condition_start_datetime', 'date'),
  (CAST(4 AS BIGINT), 'condition_end_date', 'date'),
  (CAST(5 AS BIGINT), 'condition_end_datetime', 'date'),
  (CAST(6 AS BIGINT), 'condition_type_concept_id', 'categorical'),
  (CAST(7 AS BIGINT), 'condition_status_concept_id', 'categorical'),
  (CAST(8 AS BIGINT), 'condition_source_value', 'categorical'),
  (CAST(9 AS BIGINT), 'condition_source_concept_id', 'categorical'),
  (CAST(10 AS BIGINT), 'condition_status_source_value', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."omop_condition_occurrence_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.'; END IF; END $adg$;

-- [5/18] The hash of the released metadata, computed once
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
    FROM "adg_released"."omop_condition_occurrence_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/18] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_condition_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_condition_occurrence')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/18] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/18] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/18] Released items of every field, in published order
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
    WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 1) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 1) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_condition_occurrence_metadata" AS "m"
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
FROM "adg_released"."omop_condition_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT))
UNION ALL
SELECT
  CAST(-1 AS BIGINT) AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - CAST(1 AS BIGINT) AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN CAST('0' AS DOUBLE PRECISION) ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_visit_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT));

-- [10/18] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/18] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."omop_condition_occurrence_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/18] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
DROP TABLE IF EXISTS pg_temp."adg_entities";

CREATE TEMP TABLE "adg_entities" AS
SELECT
  "c"."en",
  "c"."n",
  "c"."s",
  "c"."e",
  "p0"."s" AS "p0s",
  "p0"."n" AS "p0n"
FROM (
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
                    (("y" + CAST(1280296273 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                    (("y" + CAST(492386999 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                              (("en" + CAST(3173443840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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
  ) AS "adg_e"
) AS "c"
JOIN (
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
        ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "num",
        ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "width",
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
            ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT)))[CAST(("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "slot",
            ("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT))) AS INTEGER)) AS "bucket",
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
                    (("y" + CAST(1158891813 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                    (("y" + CAST(1775225364 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                              (("en" + CAST(3173443840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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
  ) AS "adg_e"
) AS "p0"
  ON "p0"."en" = "c"."en";

-- [13/18] Rows to generate: the sum of the rows of every entity
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

-- [14/18] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/18] Identifier condition_occurrence_id: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.condition_occurrence_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/18] Identifier person_id: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/18] Sample 10 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence__adg_new";

CREATE TABLE "adg_output"."omop_condition_occurrence__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_entities"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(4185576373 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(4056721252 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(445794050 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(1048509418 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      (("x" + CAST(4272319176 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(651247110 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      (("x" + CAST(3081976576 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(3069193556 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      (("x" + CAST(3238716503 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(4131639228 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      (("x" + CAST(966566010 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(1516943181 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(2728112280 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(556622818 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(1108833629 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(1187292840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("j2" # ("j2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("r0" # ("r0" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("j2" # ("j2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("j4" # ("j4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("j5" # ("j5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("r0" # ("r0" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("j2" # ("j2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("j4" # ("j4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("j5" # ("j5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("r0" # ("r0" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
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
      "h1",
      "h2",
      "j2",
      "h3",
      "j3",
      "h4",
      "j4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "r0",
      "i",
      "en",
      "p0s",
      "p0n"
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
      "h1",
      "h2",
      "j2",
      "h3",
      "j3",
      "h4",
      "j4",
      "h5",
      "j5",
      "h6",
      "h7",
      "h8",
      "h9",
      "h10",
      "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "v1",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "v2",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "w2",
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "v3",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "w3",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "v4",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "w4",
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "w5",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "v6",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST("k7" AS INTEGER) + 1] AS "v7",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)) ->> CAST("k8" AS INTEGER)) AS "v8",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST("k9" AS INTEGER) + 1] AS "v9",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) ->> CAST("k10" AS INTEGER)) AS "v10",
      mod(((CAST(1073741741 AS BIGINT) * "i") + CAST(36439474 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(46784584 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m2",
      CASE
        WHEN "p0n" > CAST(0 AS BIGINT) THEN mod(((CAST(1073741789 AS BIGINT) * ("p0s" + CAST(floor((CAST("r0" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("p0n" AS DOUBLE PRECISION))) AS BIGINT))) + CAST(30859236 AS BIGINT)), CAST(100000000 AS BIGINT))
        ELSE CAST(NULL AS BIGINT)
      END AS "f0",
      "j2",
      "j3",
      "j4",
      "j5"
    FROM "adg_s11"
OFFSET 0
  ),
  "adg_s13" AS (
    SELECT
      CAST('1' || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m1", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "o1",
      CAST('1' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "o2",
      "v1" AS "o3",
      ("v2" + CAST(CAST(floor((CAST("j2" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w2" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o4",
      ("v3" + make_interval(secs => CAST(CAST(floor((CAST("j3" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w3" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "o5",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w4" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "o6",
      ("v5" + make_interval(secs => CAST(CAST(floor((CAST("j5" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w5" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "o7",
      "v6" AS "o8",
      "v7" AS "o9",
      CAST(NULL AS TEXT) AS "o10",
      CAST(NULL AS INTEGER) AS "o11",
      CAST('1' || substr('0123456789', CAST((mod(CAST(div("f0", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("f0", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "o12",
      CAST(NULL AS INTEGER) AS "o13",
      "v8" AS "o14",
      "v9" AS "o15",
      "v10" AS "o16"
    FROM "adg_s12"
OFFSET 0
  ),
  "adg_s14" AS (
    SELECT
      least(coalesce("o4", CAST('9999-12-31' AS DATE)), coalesce("o6", CAST('9999-12-31' AS DATE))) AS "r1_1",
      greatest(coalesce("o4", CAST('9999-12-31' AS DATE)), coalesce("o6", CAST('9999-12-31' AS DATE))) AS "r1_2",
      least(coalesce("o5", CAST('9999-12-31' AS TIMESTAMP)), coalesce("o7", CAST('9999-12-31' AS TIMESTAMP))) AS "r2_1",
      greatest(coalesce("o5", CAST('9999-12-31' AS TIMESTAMP)), coalesce("o7", CAST('9999-12-31' AS TIMESTAMP))) AS "r2_2",
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
      "o16"
    FROM "adg_s13"
OFFSET 0
  ),
  "adg_s15" AS (
    SELECT
      CASE
        WHEN "o4" IS NULL THEN NULL
        WHEN CASE WHEN "o4" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r1_1"
      END AS "o4",
      CASE
        WHEN "o6" IS NULL THEN NULL
        WHEN (CASE WHEN "o4" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o6" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r1_1"
        WHEN (CASE WHEN "o4" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o6" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r1_2"
      END AS "o6",
      CASE
        WHEN "o5" IS NULL THEN NULL
        WHEN CASE WHEN "o5" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END = CAST(1 AS BIGINT) THEN "r2_1"
      END AS "o5",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o5" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(1 AS BIGINT) THEN "r2_1"
        WHEN (CASE WHEN "o5" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "o7" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) = CAST(2 AS BIGINT) THEN "r2_2"
      END AS "o7",
      "o1",
      "o2",
      "o3",
      "o8",
      "o9",
      "o10",
      "o11",
      "o12",
      "o13",
      "o14",
      "o15",
      "o16"
    FROM "adg_s14"
OFFSET 0
  )
SELECT
  "o1" AS "condition_occurrence_id",
  "o2" AS "person_id",
  "o3" AS "condition_concept_id",
  "o4" AS "condition_start_date",
  "o5" AS "condition_start_datetime",
  "o6" AS "condition_end_date",
  "o7" AS "condition_end_datetime",
  "o8" AS "condition_type_concept_id",
  "o9" AS "condition_status_concept_id",
  "o10" AS "stop_reason",
  "o11" AS "provider_id",
  "o12" AS "visit_occurrence_id",
  "o13" AS "visit_detail_id",
  "o14" AS "condition_source_value",
  "o15" AS "condition_source_concept_id",
  "o16" AS "condition_status_source_value"
FROM "adg_s15";

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence_provenance__adg_new";

CREATE TABLE "adg_output"."omop_condition_occurrence_provenance__adg_new" AS
SELECT
  'omop_condition_occurrence' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  'fa7a6f54ce1bd94aca4b88ccdcbe03ef0c620bba35320f62f575fb270841d749' AS "spec_hash",
  "m"."metadata_hash",
  CAST(54 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_condition_occurrence_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'omop_condition_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_condition_occurrence'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence_fields__adg_new";

CREATE TABLE "adg_output"."omop_condition_occurrence_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."omop_condition_occurrence_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."omop_condition_occurrence_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence";

ALTER TABLE "adg_output"."omop_condition_occurrence__adg_new" RENAME TO "omop_condition_occurrence";

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence_provenance";

ALTER TABLE "adg_output"."omop_condition_occurrence_provenance__adg_new" RENAME TO "omop_condition_occurrence_provenance";

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence_fields";

ALTER TABLE "adg_output"."omop_condition_occurrence_fields__adg_new" RENAME TO "omop_condition_occurrence_fields";

COMMIT;

-- [18/18] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_measurement", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/18] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/18] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'measurement_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'measurement_date', 'date'),
  (CAST(3 AS BIGINT), 'measurement_datetime', 'date'),
  (CAST(4 AS BIGINT), 'measurement_type_concept_id', 'categorical'),
  (CAST(5 AS BIGINT), 'operator_concept_id', 'categorical'),
  (CAST(6 AS BIGINT), 'value_as_number', 'continuous'),
  (CAST(7 AS BIGINT), 'value_as_concept_id', 'categorical'),
  (CAST(8 AS BIGINT), 'unit_concept_id', 'categorical'),
  (CAST(9 AS BIGINT), 'range_low', 'continuous'),
  (CAST(10 AS BIGINT), 'range_high', 'continuous'),
  (CAST(11 AS BIGINT), 'measurement_source_value', 'categorical'),
  (CAST(12 AS BIGINT), 'measurement_source_concept_id', 'categorical'),
  (CAST(13 AS BIGINT), 'unit_source_value', 'categorical'),
  (CAST(14 AS BIGINT), 'unit_source_concept_id', 'categorical'),
  (CAST(15 AS BIGINT), 'value_source_value', 'categorical'),
  (CAST(16 AS BIGINT), 'meas_event_field_concept_id', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."omop_measurement_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.'; END IF; END $adg$;

-- [5/18] The hash of the released metadata, computed once
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
    FROM "adg_released"."omop_measurement_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/18] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_measurement') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_measurement')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/18] Entities to generate: 1 x the released entities (generation.scale)
DROP TABLE IF EXISTS pg_temp."adg_entity_plan";

CREATE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) AS "entities";

-- [8/18] Rows per entity must be released, and the entities within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < CAST(1 AS BIGINT)) OR ("entities" > CAST(4294967295 AS BIGINT))) OR ((SELECT count(*) FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality') = CAST(0 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [9/18] Released items of every field, in published order
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
    WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST(CAST((CAST("m"."value" AS DATE) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS DATE) AS TIMESTAMP) - CAST(CAST("m"."value" AS DATE) AS TIMESTAMP))) / 86400) AS BIGINT) AS DOUBLE PRECISION)
    WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(CAST(floor(EXTRACT(EPOCH FROM (CAST((CAST("m"."value" AS TIMESTAMP) + make_interval(weeks => CAST(CAST(1 AS BIGINT) AS INTEGER))) AS TIMESTAMP) - CAST(CAST("m"."value" AS TIMESTAMP) AS TIMESTAMP))) / 1) AS BIGINT) AS DOUBLE PRECISION)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_measurement_metadata" AS "m"
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
FROM "adg_released"."omop_measurement_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT))
UNION ALL
SELECT
  CAST(-1 AS BIGINT) AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - CAST(1 AS BIGINT) AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN CAST('0' AS DOUBLE PRECISION) ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_visit_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > CAST(0 AS BIGINT));

-- [10/18] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/18] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."omop_measurement_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [12/18] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
DROP TABLE IF EXISTS pg_temp."adg_entities";

CREATE TEMP TABLE "adg_entities" AS
SELECT
  "c"."en",
  "c"."n",
  "c"."s",
  "c"."e",
  "p0"."s" AS "p0s",
  "p0"."n" AS "p0n"
FROM (
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
                    (("y" + CAST(1520093703 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                    (("y" + CAST(1192621467 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                              (("en" + CAST(3173443840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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
  ) AS "adg_e"
) AS "c"
JOIN (
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
        ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "num",
        ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT)))[CAST("item" AS INTEGER) + 1] AS "width",
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
            ((SELECT ("a"."ps")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT)))[CAST(("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT))) AS INTEGER)) AS INTEGER) + 1] AS "slot",
            ("h" >> CAST((CAST(32 AS BIGINT) - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(-1 AS BIGINT))) AS INTEGER)) AS "bucket",
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
                    (("y" + CAST(1158891813 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h",
                    (("y" + CAST(1775225364 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j",
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
                              (("en" + CAST(3173443840 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "y",
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
  ) AS "adg_e"
) AS "p0"
  ON "p0"."en" = "c"."en";

-- [13/18] Rows to generate: the sum of the rows of every entity
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

-- [14/18] Row count within what the 32-bit counter supports
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE ("n" < CAST(1 AS BIGINT)) OR ("n" > CAST(4294967295 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.'; END IF; END $adg$;

-- [15/18] Identifier measurement_id: the pattern has a value for every row
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "n" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.measurement_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [16/18] Identifier person_id: the pattern has a value for every entity
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_plan" WHERE "entities" > CAST(100000000 AS BIGINT)) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.'; END IF; END $adg$;

-- [17/18] Sample 16 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."omop_measurement__adg_new";

CREATE TABLE "adg_output"."omop_measurement__adg_new" AS
WITH
  "adg_s0" AS (
    SELECT
      generate_series("s", ("e") - 1) AS "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_entities"
OFFSET 0
  ),
  "adg_s1" AS (
    SELECT
      (("i" + CAST(398156534 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s0"
OFFSET 0
  ),
  "adg_s2" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(1761417657 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s1"
OFFSET 0
  ),
  "adg_s3" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(800096767 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s2"
OFFSET 0
  ),
  "adg_s4" AS (
    SELECT
      ((("x" # ("x" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(506916191 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s3"
OFFSET 0
  ),
  "adg_s5" AS (
    SELECT
      ("x" # ("x" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) AS "x",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s4"
OFFSET 0
  ),
  "adg_s6" AS (
    SELECT
      (("x" + CAST(2703846082 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      (("x" + CAST(4180607013 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      (("x" + CAST(304251662 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      (("x" + CAST(3578789833 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      (("x" + CAST(2416299708 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      (("x" + CAST(539940940 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      (("x" + CAST(2164302566 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      (("x" + CAST(3951045937 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      (("x" + CAST(1060381164 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j6",
      (("x" + CAST(3983955734 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      (("x" + CAST(2874189218 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      (("x" + CAST(1560241594 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      (("x" + CAST(614332460 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j9",
      (("x" + CAST(3707936785 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      (("x" + CAST(3671581524 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      (("x" + CAST(2922851205 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      (("x" + CAST(1041043086 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      (("x" + CAST(3018086071 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      (("x" + CAST(30182744 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      (("x" + CAST(1644384551 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      (("x" + CAST(1829221264 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      (("x" + CAST(329893480 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s5"
OFFSET 0
  ),
  "adg_s7" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("j2" # ("j2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      ((("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      ((("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("j6" # ("j6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j6",
      ((("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("j9" # ("j9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j9",
      ((("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("j10" # ("j10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      ((("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("r0" # ("r0" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) * CAST(2080451083 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s6"
OFFSET 0
  ),
  "adg_s8" AS (
    SELECT
      ((("h1" # ("h1" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h1",
      ((("h2" # ("h2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h2",
      ((("j2" # ("j2" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j2",
      ((("h3" # ("h3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h3",
      ((("j3" # ("j3" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j3",
      ((("h4" # ("h4" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h4",
      ((("h5" # ("h5" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h5",
      ((("h6" # ("h6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h6",
      ((("j6" # ("j6" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j6",
      ((("h7" # ("h7" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h7",
      ((("h8" # ("h8" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h8",
      ((("h9" # ("h9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h9",
      ((("j9" # ("j9" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j9",
      ((("h10" # ("h10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h10",
      ((("j10" # ("j10" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "j10",
      ((("h11" # ("h11" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h11",
      ((("h12" # ("h12" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h12",
      ((("h13" # ("h13" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h13",
      ((("h14" # ("h14" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h14",
      ((("h15" # ("h15" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h15",
      ((("h16" # ("h16" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "h16",
      ((("r0" # ("r0" >> CAST(CAST(15 AS BIGINT) AS INTEGER))) * CAST(889856635 AS BIGINT)) & CAST(4294967295 AS BIGINT)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s7"
OFFSET 0
  ),
  "adg_s9" AS (
    SELECT
      ("h1" # ("h1" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h1",
      ("h2" # ("h2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h2",
      ("j2" # ("j2" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j2",
      ("h3" # ("h3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h3",
      ("j3" # ("j3" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j3",
      ("h4" # ("h4" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h4",
      ("h5" # ("h5" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h5",
      ("h6" # ("h6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h6",
      ("j6" # ("j6" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j6",
      ("h7" # ("h7" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h7",
      ("h8" # ("h8" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h8",
      ("h9" # ("h9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h9",
      ("j9" # ("j9" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j9",
      ("h10" # ("h10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h10",
      ("j10" # ("j10" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "j10",
      ("h11" # ("h11" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h11",
      ("h12" # ("h12" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h12",
      ("h13" # ("h13" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h13",
      ("h14" # ("h14" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h14",
      ("h15" # ("h15" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h15",
      ("h16" # ("h16" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "h16",
      ("r0" # ("r0" >> CAST(CAST(16 AS BIGINT) AS INTEGER))) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n"
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
      "h1",
      "h2",
      "j2",
      "h3",
      "j3",
      "h4",
      "h5",
      "h6",
      "j6",
      "h7",
      "h8",
      "h9",
      "j9",
      "h10",
      "j10",
      "h11",
      "h12",
      "h13",
      "h14",
      "h15",
      "h16",
      "r0",
      "i",
      "en",
      "p0s",
      "p0n"
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
      "h1",
      "h2",
      "j2",
      "h3",
      "j3",
      "h4",
      "h5",
      "h6",
      "j6",
      "h7",
      "h8",
      "h9",
      "j9",
      "h10",
      "j10",
      "h11",
      "h12",
      "h13",
      "h14",
      "h15",
      "h16",
      "r0",
      "i",
      "en",
      "p0s",
      "p0n"
    FROM "adg_s10"
OFFSET 0
  ),
  "adg_s12" AS (
    SELECT
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(1 AS BIGINT)))[CAST("k1" AS INTEGER) + 1] AS "v1",
      ((SELECT CAST(("a"."vs")[:] AS DATE[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "v2",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(2 AS BIGINT)))[CAST("k2" AS INTEGER) + 1] AS "w2",
      ((SELECT CAST(("a"."vs")[:] AS TIMESTAMP[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "v3",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(3 AS BIGINT)))[CAST("k3" AS INTEGER) + 1] AS "w3",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(4 AS BIGINT)))[CAST("k4" AS INTEGER) + 1] AS "v4",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(5 AS BIGINT)))[CAST("k5" AS INTEGER) + 1] AS "v5",
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "v6",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)))[CAST("k6" AS INTEGER) + 1] AS "w6",
      (SELECT "a"."d" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(6 AS BIGINT)) AS "d6",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(7 AS BIGINT)))[CAST("k7" AS INTEGER) + 1] AS "v7",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(8 AS BIGINT)))[CAST("k8" AS INTEGER) + 1] AS "v8",
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST("k9" AS INTEGER) + 1] AS "v9",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)))[CAST("k9" AS INTEGER) + 1] AS "w9",
      (SELECT "a"."d" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(9 AS BIGINT)) AS "d9",
      ((SELECT ("a"."nums")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "v10",
      ((SELECT ("a"."widths")[:] FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)))[CAST("k10" AS INTEGER) + 1] AS "w10",
      (SELECT "a"."d" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(10 AS BIGINT)) AS "d10",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(11 AS BIGINT)) ->> CAST("k11" AS INTEGER)) AS "v11",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(12 AS BIGINT)))[CAST("k12" AS INTEGER) + 1] AS "v12",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(13 AS BIGINT)) ->> CAST("k13" AS INTEGER)) AS "v13",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(14 AS BIGINT)))[CAST("k14" AS INTEGER) + 1] AS "v14",
      ((SELECT to_jsonb(CAST(("a"."vs")[:] AS TEXT[])) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(15 AS BIGINT)) ->> CAST("k15" AS INTEGER)) AS "v15",
      ((SELECT CAST(("a"."vs")[:] AS INTEGER[]) FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = CAST(16 AS BIGINT)))[CAST("k16" AS INTEGER) + 1] AS "v16",
      mod(((CAST(1073741783 AS BIGINT) * "i") + CAST(49265897 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m1",
      mod(((CAST(1073741789 AS BIGINT) * "en") + CAST(46784584 AS BIGINT)), CAST(100000000 AS BIGINT)) AS "m2",
      CASE
        WHEN "p0n" > CAST(0 AS BIGINT) THEN mod(((CAST(1073741789 AS BIGINT) * ("p0s" + CAST(floor((CAST("r0" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("p0n" AS DOUBLE PRECISION))) AS BIGINT))) + CAST(30859236 AS BIGINT)), CAST(100000000 AS BIGINT))
        ELSE CAST(NULL AS BIGINT)
      END AS "f0",
      "j2",
      "j3",
      "j6",
      "j9",
      "j10"
    FROM "adg_s11"
OFFSET 0
  )
SELECT
  CAST('1' || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m1", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m1", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "measurement_id",
  CAST('1' || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("m2", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("m2", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "person_id",
  "v1" AS "measurement_concept_id",
  ("v2" + CAST(CAST(floor((CAST("j2" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w2" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER)) AS "measurement_date",
  ("v3" + make_interval(secs => CAST(CAST(floor((CAST("j3" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * CAST("w3" AS DOUBLE PRECISION))) AS BIGINT) AS INTEGER))) AS "measurement_datetime",
  CAST(NULL AS TEXT) AS "measurement_time",
  "v4" AS "measurement_type_concept_id",
  "v5" AS "operator_concept_id",
  CAST(CASE
    WHEN ("d6" IS NULL) OR ("w6" = CAST('0' AS DOUBLE PRECISION)) THEN CASE
    WHEN ("v6" + (CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w6")) < ("v6" + "w6") THEN "v6" + (CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w6")
    ELSE "v6"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v6" + (CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w6")) < ("v6" + "w6") THEN "v6" + (CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w6")
    ELSE "v6"
  END * power(CAST('10' AS DOUBLE PRECISION), CAST("d6" AS DOUBLE PRECISION)))) / power(CAST('10' AS DOUBLE PRECISION), CAST("d6" AS DOUBLE PRECISION))), CASE
    WHEN ("v6" + (CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w6")) < ("v6" + "w6") THEN "v6" + (CAST("j6" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w6")
    ELSE "v6"
  END), "v6")
  END AS NUMERIC(18,3)) AS "value_as_number",
  "v7" AS "value_as_concept_id",
  "v8" AS "unit_concept_id",
  CAST(CASE
    WHEN ("d9" IS NULL) OR ("w9" = CAST('0' AS DOUBLE PRECISION)) THEN CASE
    WHEN ("v9" + (CAST("j9" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w9")) < ("v9" + "w9") THEN "v9" + (CAST("j9" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w9")
    ELSE "v9"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v9" + (CAST("j9" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w9")) < ("v9" + "w9") THEN "v9" + (CAST("j9" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w9")
    ELSE "v9"
  END * power(CAST('10' AS DOUBLE PRECISION), CAST("d9" AS DOUBLE PRECISION)))) / power(CAST('10' AS DOUBLE PRECISION), CAST("d9" AS DOUBLE PRECISION))), CASE
    WHEN ("v9" + (CAST("j9" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w9")) < ("v9" + "w9") THEN "v9" + (CAST("j9" AS DOUBLE PRECISION) * CAST('2.3283064365386963e-10' AS DOUBLE PRECISION) * "w9")
    ELSE "v9"
  END), "v9")
  END AS NUMERIC(18,3)) AS "range_low",
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
  END AS NUMERIC(18,3)) AS "range_high",
  CAST(NULL AS INTEGER) AS "provider_id",
  CAST('1' || substr('0123456789', CAST((mod(CAST(div("f0", CAST(10000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(1000000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(100000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(10000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(1000 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(100 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod(CAST(div("f0", CAST(10 AS BIGINT)) AS BIGINT), CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) || substr('0123456789', CAST((mod("f0", CAST(10 AS BIGINT)) + CAST(1 AS BIGINT)) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS INTEGER) AS "visit_occurrence_id",
  CAST(NULL AS INTEGER) AS "visit_detail_id",
  "v11" AS "measurement_source_value",
  "v12" AS "measurement_source_concept_id",
  "v13" AS "unit_source_value",
  "v14" AS "unit_source_concept_id",
  "v15" AS "value_source_value",
  CAST(NULL AS BIGINT) AS "measurement_event_id",
  "v16" AS "meas_event_field_concept_id"
FROM "adg_s12";

DROP TABLE IF EXISTS "adg_output"."omop_measurement_provenance__adg_new";

CREATE TABLE "adg_output"."omop_measurement_provenance__adg_new" AS
SELECT
  'omop_measurement' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  '6b267f35b31ebf796c3df03828530b220be20f43727c5aeb72150f2806df7e1d' AS "spec_hash",
  "m"."metadata_hash",
  CAST(54 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > CAST(0 AS BIGINT)) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_measurement_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'omop_measurement') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_measurement'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."omop_measurement_fields__adg_new";

CREATE TABLE "adg_output"."omop_measurement_fields__adg_new" AS
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND TRUE) AS "items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND (("i"."value" IS NOT NULL) OR ("i"."lo" IS NOT NULL))) AS "non_null_items",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE ("i"."ordinal" = "g"."ordinal") AND ("i"."lo" IS NOT NULL)) AS "bins",
  (SELECT "m"."value" FROM "adg_released"."omop_measurement_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'suppressed')) AS "suppressed",
  (SELECT "m"."value" FROM "adg_released"."omop_measurement_metadata" AS "m" WHERE ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind") AND ("m"."stat" = 'decimals')) AS "decimals"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

DROP TABLE IF EXISTS "adg_output"."omop_measurement";

ALTER TABLE "adg_output"."omop_measurement__adg_new" RENAME TO "omop_measurement";

DROP TABLE IF EXISTS "adg_output"."omop_measurement_provenance";

ALTER TABLE "adg_output"."omop_measurement_provenance__adg_new" RENAME TO "omop_measurement_provenance";

DROP TABLE IF EXISTS "adg_output"."omop_measurement_fields";

ALTER TABLE "adg_output"."omop_measurement_fields__adg_new" RENAME TO "omop_measurement_fields";

COMMIT;

-- [18/18] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_concept", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/9] Create the schema of the output if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_output') THEN CREATE SCHEMA "adg_output"; END IF; END $adg$;

-- [3/9] Fields to generate, matched to the metadata by name and kind
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  CAST(NULL AS BIGINT) AS "ordinal",
  CAST(NULL AS TEXT) AS "field",
  CAST(NULL AS TEXT) AS "kind"
WHERE FALSE;

-- [4/9] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_released"."omop_concept_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.'; END IF; END $adg$;

-- [5/9] The hash of the released metadata, computed once
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
    FROM "adg_released"."omop_concept_metadata"
  ) AS "encoded"
) AS "lines";

-- [6/9] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
DO $adg$ BEGIN IF NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS TEXT) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_concept') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_concept')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.'; END IF; END $adg$;

-- [7/9] Rows: those of the released vocabulary
DROP TABLE IF EXISTS pg_temp."adg_plan";

CREATE TEMP TABLE "adg_plan" AS
SELECT
  count(*) AS "n"
FROM "adg_released"."omop_concept_vocabulary";

-- [8/9] Copy the released vocabulary into the output verbatim; replace it and its provenance atomically
-- A vocabulary holds no personal data: the engine copies it whole.
BEGIN;

DROP TABLE IF EXISTS "adg_output"."omop_concept__adg_new";

CREATE TABLE "adg_output"."omop_concept__adg_new" AS
SELECT
  *
FROM "adg_released"."omop_concept_vocabulary";

DROP TABLE IF EXISTS "adg_output"."omop_concept_provenance__adg_new";

CREATE TABLE "adg_output"."omop_concept_provenance__adg_new" AS
SELECT
  'omop_concept' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  '02abbbe38d343b86abe8bdd3b1c0c14d40fa3e0c6450dd95703a7e7bac4345c4' AS "spec_hash",
  "m"."metadata_hash",
  CAST(54 AS BIGINT) AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  CAST(NULL AS BIGINT) AS "entities",
  CAST(NULL AS BIGINT) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  now() AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_concept_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = CAST(0 AS BIGINT))) AS "policy"
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
    WHERE ("l"."dataset" = 'omop_concept') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_concept'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

DROP TABLE IF EXISTS "adg_output"."omop_concept_fields__adg_new";

CREATE TABLE "adg_output"."omop_concept_fields__adg_new" AS
SELECT
  CAST(NULL AS BIGINT) AS "ordinal",
  CAST(NULL AS TEXT) AS "field",
  CAST(NULL AS TEXT) AS "kind",
  CAST(NULL AS BIGINT) AS "items",
  CAST(NULL AS BIGINT) AS "non_null_items",
  CAST(NULL AS BIGINT) AS "bins",
  CAST(NULL AS TEXT) AS "suppressed",
  CAST(NULL AS TEXT) AS "decimals"
WHERE FALSE;

DROP TABLE IF EXISTS "adg_output"."omop_concept";

ALTER TABLE "adg_output"."omop_concept__adg_new" RENAME TO "omop_concept";

DROP TABLE IF EXISTS "adg_output"."omop_concept_provenance";

ALTER TABLE "adg_output"."omop_concept_provenance__adg_new" RENAME TO "omop_concept_provenance";

DROP TABLE IF EXISTS "adg_output"."omop_concept_fields";

ALTER TABLE "adg_output"."omop_concept_fields__adg_new" RENAME TO "omop_concept_fields";

COMMIT;

-- [9/9] Summary: rows copied
SELECT
  CAST(0 AS BIGINT) AS "ordinal",
  '(vocabulary)' AS "field",
  'vocabulary' AS "kind",
  CAST(0 AS BIGINT) AS "items",
  "n" AS "rows"
FROM "adg_plan";
