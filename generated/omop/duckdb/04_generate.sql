-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_person", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/omop/output.duckdb; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/19] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/19] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/19] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'gender_concept_id', 'categorical'),
  (2, 'year_of_birth', 'discrete'),
  (3, 'month_of_birth', 'discrete'),
  (4, 'day_of_birth', 'discrete'),
  (5, 'birth_datetime', 'date'),
  (6, 'race_concept_id', 'categorical'),
  (7, 'ethnicity_concept_id', 'categorical'),
  (8, 'gender_source_value', 'categorical'),
  (9, 'gender_source_concept_id', 'categorical'),
  (10, 'race_source_value', 'categorical'),
  (11, 'race_source_concept_id', 'categorical'),
  (12, 'ethnicity_source_value', 'categorical'),
  (13, 'ethnicity_source_concept_id', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."omop_person_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334'))) THEN error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') END AS "adg_check";

-- [6/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE OR REPLACE TEMP TABLE "adg_released_hash" AS
SELECT
  sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash"
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
        ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR)
      END AS "e_n_entities"
    FROM "adg_released"."omop_person_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_person') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_person')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/19] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/19] Released items of every field, in published order
CREATE OR REPLACE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE 0e+0 END
  END
    ELSE CASE
    WHEN "g"."ordinal" = 5 THEN CAST(date_diff('second', CAST("m"."value" AS TIMESTAMP), (CAST("m"."value" AS TIMESTAMP) + to_years(1))) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_person_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0 AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN 1 ELSE 0 END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - 1 AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN 0e+0 ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_person_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0);

-- [11/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE OR REPLACE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", 0) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (1 << (32 - "z"."b")) AS "s",
        unnest(range((1 << "z"."b"))) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE WHEN (1 << "b0") < "k" THEN 1 WHEN ("b0" > 0) AND ((1 << ("b0" - 1)) >= "k") THEN -1 ELSE 0 END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        (((("cum" * 65536) // "total") * 65536) + (((((("cum" * 65536) % "total") * 65536) + "total") - 1) // "total")) - ((((("cum" - "n_rows") * 65536) // "total") * 65536) + ((((((("cum" - "n_rows") * 65536) % "total") * 65536) + "total") - 1) // "total")) AS "c"
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
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(0, (coalesce("reach", 0) - "pos")) AS "overshoot"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", 0)
    ELSE "c"."s"
  END) * 1073741824) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", 0) > 0) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [12/19] Lookup lists of every field: its alias table and its values, in order
CREATE OR REPLACE TEMP TABLE "adg_field_lists" AS
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
    list("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    list("value" ORDER BY "item" NULLS LAST) AS "vs",
    list("num" ORDER BY "item" NULLS LAST) AS "nums",
    list("width" ORDER BY "item" NULLS LAST) AS "widths"
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

-- [13/19] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS INTEGER[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS INTEGER[]),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS INTEGER[]),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS INTEGER[]),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS TIMESTAMP[]),
      "w5" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 5),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 6) AS INTEGER[]),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS INTEGER[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS VARCHAR[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS INTEGER[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS VARCHAR[]),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 11) AS INTEGER[]),
      "p12" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 12),
      "b12" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 12),
      "v12" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 12) AS VARCHAR[]),
      "p13" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 13),
      "b13" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 13),
      "v13" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 13) AS INTEGER[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)
) AS "g1";

-- [14/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE OR REPLACE TEMP TABLE "adg_entities" AS
SELECT
  "en",
  "n",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "n" AS "s",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "e"
FROM (
  SELECT
    CASE
      WHEN "width" = 0e+0 THEN CAST("num" AS BIGINT)
      ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE) * 2.3283064365386963e-10 * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - 1))
    END AS "n",
    "en"
  FROM (
    SELECT
      (SELECT "a"."nums" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "num",
      (SELECT "a"."widths" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "width",
      "en",
      "j"
    FROM (
      SELECT
        CASE WHEN "h" < ("slot" >> 30) THEN "bucket" ELSE ("slot" & 1073741823) END AS "item",
        "en",
        "j"
      FROM (
        SELECT
          (SELECT "a"."ps" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)[("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) + 1] AS "slot",
          ("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) AS "bucket",
          "en",
          "h",
          "j"
        FROM (
          SELECT
            xor("h", ("h" >> 16)) AS "h",
            xor("j", ("j" >> 16)) AS "j",
            "en"
          FROM (
            SELECT
              ((xor("h", ("h" >> 15)) * 889856635) & 4294967295) AS "h",
              ((xor("j", ("j" >> 15)) * 889856635) & 4294967295) AS "j",
              "en"
            FROM (
              SELECT
                ((xor("h", ("h" >> 16)) * 2080451083) & 4294967295) AS "h",
                ((xor("j", ("j" >> 16)) * 2080451083) & 4294967295) AS "j",
                "en"
              FROM (
                SELECT
                  (("y" + 2557042100) & 4294967295) AS "h",
                  (("y" + 3057235994) & 4294967295) AS "j",
                  "en"
                FROM (
                  SELECT
                    xor("y", ("y" >> 15)) AS "y",
                    "en"
                  FROM (
                    SELECT
                      ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
                          "en"
                        FROM (
                          SELECT
                            (("en" + 3173443840) & 4294967295) AS "y",
                            "en"
                          FROM (
                            SELECT
                              "g" AS "en"
                            FROM range((SELECT "entities" FROM "adg_entity_plan")) AS "r"("g")
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

-- [15/19] Rows to generate: the sum of the rows of every entity
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(1, ("n" // 983040)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), 0) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [16/19] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/19] Identifier person_id: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 100000000) THEN error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/19] Sample 13 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_person" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "adg_lists_1"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 1275832764) & 4294967295) AS "x",
      "en",
      "adg_lists_1"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      "en",
      "adg_lists_1"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      "en",
      "adg_lists_1"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      "en",
      "adg_lists_1"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      "en",
      "adg_lists_1"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 233645109) & 4294967295) AS "h1",
      (("x" + 2762559563) & 4294967295) AS "h2",
      (("x" + 141987772) & 4294967295) AS "h3",
      (("x" + 1870435750) & 4294967295) AS "h4",
      (("x" + 1481001233) & 4294967295) AS "h5",
      (("x" + 955747540) & 4294967295) AS "j5",
      (("x" + 2308647488) & 4294967295) AS "h6",
      (("x" + 192389601) & 4294967295) AS "h7",
      (("x" + 1913502428) & 4294967295) AS "h8",
      (("x" + 1471737721) & 4294967295) AS "h9",
      (("x" + 2034626134) & 4294967295) AS "h10",
      (("x" + 1491475998) & 4294967295) AS "h11",
      (("x" + 2733046378) & 4294967295) AS "h12",
      (("x" + 1968155392) & 4294967295) AS "h13",
      "en",
      "adg_lists_1"
    FROM "adg_s5"
  ),
  "adg_s7" AS (
    SELECT
      ((xor("h1", ("h1" >> 16)) * 2080451083) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 16)) * 2080451083) & 4294967295) AS "h2",
      ((xor("h3", ("h3" >> 16)) * 2080451083) & 4294967295) AS "h3",
      ((xor("h4", ("h4" >> 16)) * 2080451083) & 4294967295) AS "h4",
      ((xor("h5", ("h5" >> 16)) * 2080451083) & 4294967295) AS "h5",
      ((xor("j5", ("j5" >> 16)) * 2080451083) & 4294967295) AS "j5",
      ((xor("h6", ("h6" >> 16)) * 2080451083) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 16)) * 2080451083) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 16)) * 2080451083) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 16)) * 2080451083) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 16)) * 2080451083) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 16)) * 2080451083) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 16)) * 2080451083) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 16)) * 2080451083) & 4294967295) AS "h13",
      "en",
      "adg_lists_1"
    FROM "adg_s6"
  ),
  "adg_s8" AS (
    SELECT
      ((xor("h1", ("h1" >> 15)) * 889856635) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 15)) * 889856635) & 4294967295) AS "h2",
      ((xor("h3", ("h3" >> 15)) * 889856635) & 4294967295) AS "h3",
      ((xor("h4", ("h4" >> 15)) * 889856635) & 4294967295) AS "h4",
      ((xor("h5", ("h5" >> 15)) * 889856635) & 4294967295) AS "h5",
      ((xor("j5", ("j5" >> 15)) * 889856635) & 4294967295) AS "j5",
      ((xor("h6", ("h6" >> 15)) * 889856635) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 15)) * 889856635) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 15)) * 889856635) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 15)) * 889856635) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 15)) * 889856635) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 15)) * 889856635) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 15)) * 889856635) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 15)) * 889856635) & 4294967295) AS "h13",
      "en",
      "adg_lists_1"
    FROM "adg_s7"
  ),
  "adg_s9" AS (
    SELECT
      xor("h1", ("h1" >> 16)) AS "h1",
      xor("h2", ("h2" >> 16)) AS "h2",
      xor("h3", ("h3" >> 16)) AS "h3",
      xor("h4", ("h4" >> 16)) AS "h4",
      xor("h5", ("h5" >> 16)) AS "h5",
      xor("j5", ("j5" >> 16)) AS "j5",
      xor("h6", ("h6" >> 16)) AS "h6",
      xor("h7", ("h7" >> 16)) AS "h7",
      xor("h8", ("h8" >> 16)) AS "h8",
      xor("h9", ("h9" >> 16)) AS "h9",
      xor("h10", ("h10" >> 16)) AS "h10",
      xor("h11", ("h11" >> 16)) AS "h11",
      xor("h12", ("h12" >> 16)) AS "h12",
      xor("h13", ("h13" >> 16)) AS "h13",
      "en",
      "adg_lists_1"
    FROM "adg_s8"
  ),
  "adg_s10" AS (
    SELECT
      "adg_lists_1"."p1"[("h1" >> (32 - "adg_lists_1"."b1")) + 1] AS "q1",
      "adg_lists_1"."p2"[("h2" >> (32 - "adg_lists_1"."b2")) + 1] AS "q2",
      "adg_lists_1"."p3"[("h3" >> (32 - "adg_lists_1"."b3")) + 1] AS "q3",
      "adg_lists_1"."p4"[("h4" >> (32 - "adg_lists_1"."b4")) + 1] AS "q4",
      "adg_lists_1"."p5"[("h5" >> (32 - "adg_lists_1"."b5")) + 1] AS "q5",
      "adg_lists_1"."p6"[("h6" >> (32 - "adg_lists_1"."b6")) + 1] AS "q6",
      "adg_lists_1"."p7"[("h7" >> (32 - "adg_lists_1"."b7")) + 1] AS "q7",
      "adg_lists_1"."p8"[("h8" >> (32 - "adg_lists_1"."b8")) + 1] AS "q8",
      "adg_lists_1"."p9"[("h9" >> (32 - "adg_lists_1"."b9")) + 1] AS "q9",
      "adg_lists_1"."p10"[("h10" >> (32 - "adg_lists_1"."b10")) + 1] AS "q10",
      "adg_lists_1"."p11"[("h11" >> (32 - "adg_lists_1"."b11")) + 1] AS "q11",
      "adg_lists_1"."p12"[("h12" >> (32 - "adg_lists_1"."b12")) + 1] AS "q12",
      "adg_lists_1"."p13"[("h13" >> (32 - "adg_lists_1"."b13")) + 1] AS "q13",
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
      "en",
      "adg_lists_1"
    FROM "adg_s9"
  ),
  "adg_s11" AS (
    SELECT
      CASE WHEN "h1" < ("q1" >> 30) THEN ("h1" >> (32 - "adg_lists_1"."b1")) ELSE ("q1" & 1073741823) END AS "k1",
      CASE WHEN "h2" < ("q2" >> 30) THEN ("h2" >> (32 - "adg_lists_1"."b2")) ELSE ("q2" & 1073741823) END AS "k2",
      CASE WHEN "h3" < ("q3" >> 30) THEN ("h3" >> (32 - "adg_lists_1"."b3")) ELSE ("q3" & 1073741823) END AS "k3",
      CASE WHEN "h4" < ("q4" >> 30) THEN ("h4" >> (32 - "adg_lists_1"."b4")) ELSE ("q4" & 1073741823) END AS "k4",
      CASE WHEN "h5" < ("q5" >> 30) THEN ("h5" >> (32 - "adg_lists_1"."b5")) ELSE ("q5" & 1073741823) END AS "k5",
      CASE WHEN "h6" < ("q6" >> 30) THEN ("h6" >> (32 - "adg_lists_1"."b6")) ELSE ("q6" & 1073741823) END AS "k6",
      CASE WHEN "h7" < ("q7" >> 30) THEN ("h7" >> (32 - "adg_lists_1"."b7")) ELSE ("q7" & 1073741823) END AS "k7",
      CASE WHEN "h8" < ("q8" >> 30) THEN ("h8" >> (32 - "adg_lists_1"."b8")) ELSE ("q8" & 1073741823) END AS "k8",
      CASE WHEN "h9" < ("q9" >> 30) THEN ("h9" >> (32 - "adg_lists_1"."b9")) ELSE ("q9" & 1073741823) END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> 30) THEN ("h10" >> (32 - "adg_lists_1"."b10"))
        ELSE ("q10" & 1073741823)
      END AS "k10",
      CASE
        WHEN "h11" < ("q11" >> 30) THEN ("h11" >> (32 - "adg_lists_1"."b11"))
        ELSE ("q11" & 1073741823)
      END AS "k11",
      CASE
        WHEN "h12" < ("q12" >> 30) THEN ("h12" >> (32 - "adg_lists_1"."b12"))
        ELSE ("q12" & 1073741823)
      END AS "k12",
      CASE
        WHEN "h13" < ("q13" >> 30) THEN ("h13" >> (32 - "adg_lists_1"."b13"))
        ELSE ("q13" & 1073741823)
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
      "en",
      "adg_lists_1"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
    SELECT
      "adg_lists_1"."v1"["k1" + 1] AS "v1",
      "adg_lists_1"."v2"["k2" + 1] AS "v2",
      "adg_lists_1"."v3"["k3" + 1] AS "v3",
      "adg_lists_1"."v4"["k4" + 1] AS "v4",
      "adg_lists_1"."v5"["k5" + 1] AS "v5",
      "adg_lists_1"."w5"["k5" + 1] AS "w5",
      "adg_lists_1"."v6"["k6" + 1] AS "v6",
      "adg_lists_1"."v7"["k7" + 1] AS "v7",
      "adg_lists_1"."v8"["k8" + 1] AS "v8",
      "adg_lists_1"."v9"["k9" + 1] AS "v9",
      "adg_lists_1"."v10"["k10" + 1] AS "v10",
      "adg_lists_1"."v11"["k11" + 1] AS "v11",
      "adg_lists_1"."v12"["k12" + 1] AS "v12",
      "adg_lists_1"."v13"["k13" + 1] AS "v13",
      (((1073741789 * "en") + 46784584) % 100000000) AS "m1",
      "j5"
    FROM "adg_s11"
  )
SELECT
  CAST('1' || substr('0123456789', ((("m1" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10) % 10) + 1), 1) || substr('0123456789', (("m1" % 10) + 1), 1) AS INTEGER) AS "person_id",
  "v1" AS "gender_concept_id",
  "v2" AS "year_of_birth",
  "v3" AS "month_of_birth",
  "v4" AS "day_of_birth",
  ("v5" + to_seconds(CAST(floor((CAST("j5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w5" AS DOUBLE))) AS BIGINT))) AS "birth_datetime",
  "v6" AS "race_concept_id",
  "v7" AS "ethnicity_concept_id",
  CAST(NULL AS INTEGER) AS "location_id",
  CAST(NULL AS INTEGER) AS "provider_id",
  CAST(NULL AS INTEGER) AS "care_site_id",
  CAST(NULL AS VARCHAR) AS "person_source_value",
  "v8" AS "gender_source_value",
  "v9" AS "gender_source_concept_id",
  "v10" AS "race_source_value",
  "v11" AS "race_source_concept_id",
  "v12" AS "ethnicity_source_value",
  "v13" AS "ethnicity_source_concept_id"
FROM "adg_s12";

CREATE OR REPLACE TABLE "omop_person_provenance" AS
SELECT
  'omop_person' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  'fa20601fc0d7dbfb529ebbe9ed410f51149bc273a73ea84d0af789d308bdb083' AS "spec_hash",
  "m"."metadata_hash",
  54 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_person_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
      CAST("l"."released_at" AS VARCHAR) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'omop_person') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_person'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "omop_person_fields" AS
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

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_visit_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/omop/output.duckdb; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/20] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/20] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/20] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/20] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'visit_concept_id', 'categorical'),
  (2, 'visit_start_date', 'date'),
  (3, 'visit_start_datetime', 'date'),
  (4, 'visit_end_date', 'date'),
  (5, 'visit_end_datetime', 'date'),
  (6, 'visit_type_concept_id', 'categorical'),
  (7, 'visit_source_value', 'categorical'),
  (8, 'visit_source_concept_id', 'categorical'),
  (9, 'admitted_from_concept_id', 'categorical'),
  (10, 'admitted_from_source_value', 'categorical'),
  (11, 'discharged_to_concept_id', 'categorical'),
  (12, 'discharged_to_source_value', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/20] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."omop_visit_occurrence_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4'))) THEN error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') END AS "adg_check";

-- [6/20] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE OR REPLACE TEMP TABLE "adg_released_hash" AS
SELECT
  sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash"
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
        ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR)
      END AS "e_n_entities"
    FROM "adg_released"."omop_visit_occurrence_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/20] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_visit_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_visit_occurrence')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/20] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/20] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/20] Released items of every field, in published order
CREATE OR REPLACE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE 0e+0 END
  END
    ELSE CASE
    WHEN "g"."ordinal" = 2 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 3 THEN CAST(date_diff('second', CAST("m"."value" AS TIMESTAMP), (CAST("m"."value" AS TIMESTAMP) + to_weeks(1))) AS DOUBLE)
    WHEN "g"."ordinal" = 4 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 5 THEN CAST(date_diff('second', CAST("m"."value" AS TIMESTAMP), (CAST("m"."value" AS TIMESTAMP) + to_weeks(1))) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_visit_occurrence_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0 AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN 1 ELSE 0 END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - 1 AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN 0e+0 ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_visit_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0);

-- [11/20] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE OR REPLACE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", 0) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (1 << (32 - "z"."b")) AS "s",
        unnest(range((1 << "z"."b"))) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE WHEN (1 << "b0") < "k" THEN 1 WHEN ("b0" > 0) AND ((1 << ("b0" - 1)) >= "k") THEN -1 ELSE 0 END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        (((("cum" * 65536) // "total") * 65536) + (((((("cum" * 65536) % "total") * 65536) + "total") - 1) // "total")) - ((((("cum" - "n_rows") * 65536) // "total") * 65536) + ((((((("cum" - "n_rows") * 65536) % "total") * 65536) + "total") - 1) // "total")) AS "c"
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
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(0, (coalesce("reach", 0) - "pos")) AS "overshoot"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", 0)
    ELSE "c"."s"
  END) * 1073741824) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", 0) > 0) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [12/20] Lookup lists of every field: its alias table and its values, in order
CREATE OR REPLACE TEMP TABLE "adg_field_lists" AS
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
    list("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    list("value" ORDER BY "item" NULLS LAST) AS "vs",
    list("num" ORDER BY "item" NULLS LAST) AS "nums",
    list("width" ORDER BY "item" NULLS LAST) AS "widths"
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

-- [13/20] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS INTEGER[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS DATE[]),
      "w2" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 2),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS TIMESTAMP[]),
      "w3" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 3),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS DATE[]),
      "w4" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 4),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS TIMESTAMP[]),
      "w5" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 5),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 6) AS INTEGER[]),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS VARCHAR[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS INTEGER[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS INTEGER[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS VARCHAR[]),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 11) AS INTEGER[]),
      "p12" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 12),
      "b12" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 12),
      "v12" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 12) AS VARCHAR[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
) AS "g1";

-- [14/20] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE OR REPLACE TEMP TABLE "adg_entities" AS
SELECT
  "en",
  "n",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "n" AS "s",
  CAST(sum("n") OVER (ORDER BY "en" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "e"
FROM (
  SELECT
    CASE
      WHEN "width" = 0e+0 THEN CAST("num" AS BIGINT)
      ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE) * 2.3283064365386963e-10 * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - 1))
    END AS "n",
    "en"
  FROM (
    SELECT
      (SELECT "a"."nums" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "num",
      (SELECT "a"."widths" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "width",
      "en",
      "j"
    FROM (
      SELECT
        CASE WHEN "h" < ("slot" >> 30) THEN "bucket" ELSE ("slot" & 1073741823) END AS "item",
        "en",
        "j"
      FROM (
        SELECT
          (SELECT "a"."ps" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)[("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) + 1] AS "slot",
          ("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) AS "bucket",
          "en",
          "h",
          "j"
        FROM (
          SELECT
            xor("h", ("h" >> 16)) AS "h",
            xor("j", ("j" >> 16)) AS "j",
            "en"
          FROM (
            SELECT
              ((xor("h", ("h" >> 15)) * 889856635) & 4294967295) AS "h",
              ((xor("j", ("j" >> 15)) * 889856635) & 4294967295) AS "j",
              "en"
            FROM (
              SELECT
                ((xor("h", ("h" >> 16)) * 2080451083) & 4294967295) AS "h",
                ((xor("j", ("j" >> 16)) * 2080451083) & 4294967295) AS "j",
                "en"
              FROM (
                SELECT
                  (("y" + 1158891813) & 4294967295) AS "h",
                  (("y" + 1775225364) & 4294967295) AS "j",
                  "en"
                FROM (
                  SELECT
                    xor("y", ("y" >> 15)) AS "y",
                    "en"
                  FROM (
                    SELECT
                      ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
                          "en"
                        FROM (
                          SELECT
                            (("en" + 3173443840) & 4294967295) AS "y",
                            "en"
                          FROM (
                            SELECT
                              "g" AS "en"
                            FROM range((SELECT "entities" FROM "adg_entity_plan")) AS "r"("g")
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

-- [15/20] Rows to generate: the sum of the rows of every entity
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(1, ("n" // 983040)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), 0) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [16/20] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/20] Identifier visit_occurrence_id: the pattern has a value for every row
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "n" > 100000000) THEN error('specs/omop.yaml: fields.visit_occurrence_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/20] Identifier person_id: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 100000000) THEN error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [19/20] Sample 12 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_visit_occurrence" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "adg_lists_1"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 721842263) & 4294967295) AS "x",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 3955162352) & 4294967295) AS "h1",
      (("x" + 616494221) & 4294967295) AS "h2",
      (("x" + 2818067337) & 4294967295) AS "j2",
      (("x" + 4185073920) & 4294967295) AS "h3",
      (("x" + 2045907117) & 4294967295) AS "j3",
      (("x" + 479779887) & 4294967295) AS "h4",
      (("x" + 2105312321) & 4294967295) AS "j4",
      (("x" + 2216908938) & 4294967295) AS "h5",
      (("x" + 2911728235) & 4294967295) AS "j5",
      (("x" + 880118709) & 4294967295) AS "h6",
      (("x" + 1199700362) & 4294967295) AS "h7",
      (("x" + 4114462840) & 4294967295) AS "h8",
      (("x" + 194185889) & 4294967295) AS "h9",
      (("x" + 828618533) & 4294967295) AS "h10",
      (("x" + 2812884355) & 4294967295) AS "h11",
      (("x" + 2778835247) & 4294967295) AS "h12",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s5"
  ),
  "adg_s7" AS (
    SELECT
      ((xor("h1", ("h1" >> 16)) * 2080451083) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 16)) * 2080451083) & 4294967295) AS "h2",
      ((xor("j2", ("j2" >> 16)) * 2080451083) & 4294967295) AS "j2",
      ((xor("h3", ("h3" >> 16)) * 2080451083) & 4294967295) AS "h3",
      ((xor("j3", ("j3" >> 16)) * 2080451083) & 4294967295) AS "j3",
      ((xor("h4", ("h4" >> 16)) * 2080451083) & 4294967295) AS "h4",
      ((xor("j4", ("j4" >> 16)) * 2080451083) & 4294967295) AS "j4",
      ((xor("h5", ("h5" >> 16)) * 2080451083) & 4294967295) AS "h5",
      ((xor("j5", ("j5" >> 16)) * 2080451083) & 4294967295) AS "j5",
      ((xor("h6", ("h6" >> 16)) * 2080451083) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 16)) * 2080451083) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 16)) * 2080451083) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 16)) * 2080451083) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 16)) * 2080451083) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 16)) * 2080451083) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 16)) * 2080451083) & 4294967295) AS "h12",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s6"
  ),
  "adg_s8" AS (
    SELECT
      ((xor("h1", ("h1" >> 15)) * 889856635) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 15)) * 889856635) & 4294967295) AS "h2",
      ((xor("j2", ("j2" >> 15)) * 889856635) & 4294967295) AS "j2",
      ((xor("h3", ("h3" >> 15)) * 889856635) & 4294967295) AS "h3",
      ((xor("j3", ("j3" >> 15)) * 889856635) & 4294967295) AS "j3",
      ((xor("h4", ("h4" >> 15)) * 889856635) & 4294967295) AS "h4",
      ((xor("j4", ("j4" >> 15)) * 889856635) & 4294967295) AS "j4",
      ((xor("h5", ("h5" >> 15)) * 889856635) & 4294967295) AS "h5",
      ((xor("j5", ("j5" >> 15)) * 889856635) & 4294967295) AS "j5",
      ((xor("h6", ("h6" >> 15)) * 889856635) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 15)) * 889856635) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 15)) * 889856635) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 15)) * 889856635) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 15)) * 889856635) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 15)) * 889856635) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 15)) * 889856635) & 4294967295) AS "h12",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s7"
  ),
  "adg_s9" AS (
    SELECT
      xor("h1", ("h1" >> 16)) AS "h1",
      xor("h2", ("h2" >> 16)) AS "h2",
      xor("j2", ("j2" >> 16)) AS "j2",
      xor("h3", ("h3" >> 16)) AS "h3",
      xor("j3", ("j3" >> 16)) AS "j3",
      xor("h4", ("h4" >> 16)) AS "h4",
      xor("j4", ("j4" >> 16)) AS "j4",
      xor("h5", ("h5" >> 16)) AS "h5",
      xor("j5", ("j5" >> 16)) AS "j5",
      xor("h6", ("h6" >> 16)) AS "h6",
      xor("h7", ("h7" >> 16)) AS "h7",
      xor("h8", ("h8" >> 16)) AS "h8",
      xor("h9", ("h9" >> 16)) AS "h9",
      xor("h10", ("h10" >> 16)) AS "h10",
      xor("h11", ("h11" >> 16)) AS "h11",
      xor("h12", ("h12" >> 16)) AS "h12",
      "i",
      "en",
      "adg_lists_1"
    FROM "adg_s8"
  ),
  "adg_s10" AS (
    SELECT
      "adg_lists_1"."p1"[("h1" >> (32 - "adg_lists_1"."b1")) + 1] AS "q1",
      "adg_lists_1"."p2"[("h2" >> (32 - "adg_lists_1"."b2")) + 1] AS "q2",
      "adg_lists_1"."p3"[("h3" >> (32 - "adg_lists_1"."b3")) + 1] AS "q3",
      "adg_lists_1"."p4"[("h4" >> (32 - "adg_lists_1"."b4")) + 1] AS "q4",
      "adg_lists_1"."p5"[("h5" >> (32 - "adg_lists_1"."b5")) + 1] AS "q5",
      "adg_lists_1"."p6"[("h6" >> (32 - "adg_lists_1"."b6")) + 1] AS "q6",
      "adg_lists_1"."p7"[("h7" >> (32 - "adg_lists_1"."b7")) + 1] AS "q7",
      "adg_lists_1"."p8"[("h8" >> (32 - "adg_lists_1"."b8")) + 1] AS "q8",
      "adg_lists_1"."p9"[("h9" >> (32 - "adg_lists_1"."b9")) + 1] AS "q9",
      "adg_lists_1"."p10"[("h10" >> (32 - "adg_lists_1"."b10")) + 1] AS "q10",
      "adg_lists_1"."p11"[("h11" >> (32 - "adg_lists_1"."b11")) + 1] AS "q11",
      "adg_lists_1"."p12"[("h12" >> (32 - "adg_lists_1"."b12")) + 1] AS "q12",
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
      "en",
      "adg_lists_1"
    FROM "adg_s9"
  ),
  "adg_s11" AS (
    SELECT
      CASE WHEN "h1" < ("q1" >> 30) THEN ("h1" >> (32 - "adg_lists_1"."b1")) ELSE ("q1" & 1073741823) END AS "k1",
      CASE WHEN "h2" < ("q2" >> 30) THEN ("h2" >> (32 - "adg_lists_1"."b2")) ELSE ("q2" & 1073741823) END AS "k2",
      CASE WHEN "h3" < ("q3" >> 30) THEN ("h3" >> (32 - "adg_lists_1"."b3")) ELSE ("q3" & 1073741823) END AS "k3",
      CASE WHEN "h4" < ("q4" >> 30) THEN ("h4" >> (32 - "adg_lists_1"."b4")) ELSE ("q4" & 1073741823) END AS "k4",
      CASE WHEN "h5" < ("q5" >> 30) THEN ("h5" >> (32 - "adg_lists_1"."b5")) ELSE ("q5" & 1073741823) END AS "k5",
      CASE WHEN "h6" < ("q6" >> 30) THEN ("h6" >> (32 - "adg_lists_1"."b6")) ELSE ("q6" & 1073741823) END AS "k6",
      CASE WHEN "h7" < ("q7" >> 30) THEN ("h7" >> (32 - "adg_lists_1"."b7")) ELSE ("q7" & 1073741823) END AS "k7",
      CASE WHEN "h8" < ("q8" >> 30) THEN ("h8" >> (32 - "adg_lists_1"."b8")) ELSE ("q8" & 1073741823) END AS "k8",
      CASE WHEN "h9" < ("q9" >> 30) THEN ("h9" >> (32 - "adg_lists_1"."b9")) ELSE ("q9" & 1073741823) END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> 30) THEN ("h10" >> (32 - "adg_lists_1"."b10"))
        ELSE ("q10" & 1073741823)
      END AS "k10",
      CASE
        WHEN "h11" < ("q11" >> 30) THEN ("h11" >> (32 - "adg_lists_1"."b11"))
        ELSE ("q11" & 1073741823)
      END AS "k11",
      CASE
        WHEN "h12" < ("q12" >> 30) THEN ("h12" >> (32 - "adg_lists_1"."b12"))
        ELSE ("q12" & 1073741823)
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
      "en",
      "adg_lists_1"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
    SELECT
      "adg_lists_1"."v1"["k1" + 1] AS "v1",
      "adg_lists_1"."v2"["k2" + 1] AS "v2",
      "adg_lists_1"."w2"["k2" + 1] AS "w2",
      "adg_lists_1"."v3"["k3" + 1] AS "v3",
      "adg_lists_1"."w3"["k3" + 1] AS "w3",
      "adg_lists_1"."v4"["k4" + 1] AS "v4",
      "adg_lists_1"."w4"["k4" + 1] AS "w4",
      "adg_lists_1"."v5"["k5" + 1] AS "v5",
      "adg_lists_1"."w5"["k5" + 1] AS "w5",
      "adg_lists_1"."v6"["k6" + 1] AS "v6",
      "adg_lists_1"."v7"["k7" + 1] AS "v7",
      "adg_lists_1"."v8"["k8" + 1] AS "v8",
      "adg_lists_1"."v9"["k9" + 1] AS "v9",
      "adg_lists_1"."v10"["k10" + 1] AS "v10",
      "adg_lists_1"."v11"["k11" + 1] AS "v11",
      "adg_lists_1"."v12"["k12" + 1] AS "v12",
      (((1073741789 * "i") + 30859236) % 100000000) AS "m1",
      (((1073741789 * "en") + 46784584) % 100000000) AS "m2",
      "j2",
      "j3",
      "j4",
      "j5"
    FROM "adg_s11"
  ),
  "adg_s13" AS (
    SELECT
      CAST('1' || substr('0123456789', ((("m1" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10) % 10) + 1), 1) || substr('0123456789', (("m1" % 10) + 1), 1) AS INTEGER) AS "o1",
      CAST('1' || substr('0123456789', ((("m2" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10) % 10) + 1), 1) || substr('0123456789', (("m2" % 10) + 1), 1) AS INTEGER) AS "o2",
      "v1" AS "o3",
      ("v2" + CAST(CAST(floor((CAST("j2" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w2" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o4",
      ("v3" + to_seconds(CAST(floor((CAST("j3" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w3" AS DOUBLE))) AS BIGINT))) AS "o5",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w4" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o6",
      ("v5" + to_seconds(CAST(floor((CAST("j5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w5" AS DOUBLE))) AS BIGINT))) AS "o7",
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
  ),
  "adg_s15" AS (
    SELECT
      CASE
        WHEN "o4" IS NULL THEN NULL
        WHEN CASE WHEN "o4" IS NOT NULL THEN 1 ELSE 0 END = 1 THEN "r1_1"
      END AS "o4",
      CASE
        WHEN "o6" IS NULL THEN NULL
        WHEN (CASE WHEN "o4" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o6" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o4" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o6" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
      END AS "o6",
      CASE
        WHEN "o5" IS NULL THEN NULL
        WHEN CASE WHEN "o5" IS NOT NULL THEN 1 ELSE 0 END = 1 THEN "r2_1"
      END AS "o5",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o5" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r2_1"
        WHEN (CASE WHEN "o5" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r2_2"
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

CREATE OR REPLACE TABLE "omop_visit_occurrence_provenance" AS
SELECT
  'omop_visit_occurrence' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  'aba06463d8495382f6c6098ba5d40bed6a93ea50f81a15378e022e5461046b2c' AS "spec_hash",
  "m"."metadata_hash",
  54 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_visit_occurrence_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
      CAST("l"."released_at" AS VARCHAR) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'omop_visit_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_visit_occurrence'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "omop_visit_occurrence_fields" AS
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

COMMIT;

-- [20/20] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_condition_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/omop/output.duckdb; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/20] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/20] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/20] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/20] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'condition_concept_id', 'categorical'),
  (2, 'condition_start_date', 'date'),
  (3, 'condition_start_datetime', 'date'),
  (4, 'condition_end_date', 'date'),
  (5, 'condition_end_datetime', 'date'),
  (6, 'condition_type_concept_id', 'categorical'),
  (7, 'condition_status_concept_id', 'categorical'),
  (8, 'condition_source_value', 'categorical'),
  (9, 'condition_source_concept_id', 'categorical'),
  (10, 'condition_status_source_value', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/20] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."omop_condition_occurrence_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102'))) THEN error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') END AS "adg_check";

-- [6/20] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE OR REPLACE TEMP TABLE "adg_released_hash" AS
SELECT
  sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash"
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
        ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR)
      END AS "e_n_entities"
    FROM "adg_released"."omop_condition_occurrence_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/20] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_condition_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_condition_occurrence')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/20] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/20] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/20] Released items of every field, in published order
CREATE OR REPLACE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE 0e+0 END
  END
    ELSE CASE
    WHEN "g"."ordinal" = 2 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 3 THEN CAST(date_diff('second', CAST("m"."value" AS TIMESTAMP), (CAST("m"."value" AS TIMESTAMP) + to_weeks(1))) AS DOUBLE)
    WHEN "g"."ordinal" = 4 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 5 THEN CAST(date_diff('second', CAST("m"."value" AS TIMESTAMP), (CAST("m"."value" AS TIMESTAMP) + to_weeks(1))) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_condition_occurrence_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0 AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN 1 ELSE 0 END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - 1 AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN 0e+0 ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_condition_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0)
UNION ALL
SELECT
  -1 AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN 1 ELSE 0 END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - 1 AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN 0e+0 ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_visit_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0);

-- [11/20] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE OR REPLACE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", 0) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (1 << (32 - "z"."b")) AS "s",
        unnest(range((1 << "z"."b"))) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE WHEN (1 << "b0") < "k" THEN 1 WHEN ("b0" > 0) AND ((1 << ("b0" - 1)) >= "k") THEN -1 ELSE 0 END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        (((("cum" * 65536) // "total") * 65536) + (((((("cum" * 65536) % "total") * 65536) + "total") - 1) // "total")) - ((((("cum" - "n_rows") * 65536) // "total") * 65536) + ((((((("cum" - "n_rows") * 65536) % "total") * 65536) + "total") - 1) // "total")) AS "c"
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
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(0, (coalesce("reach", 0) - "pos")) AS "overshoot"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", 0)
    ELSE "c"."s"
  END) * 1073741824) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", 0) > 0) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [12/20] Lookup lists of every field: its alias table and its values, in order
CREATE OR REPLACE TEMP TABLE "adg_field_lists" AS
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
    list("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    list("value" ORDER BY "item" NULLS LAST) AS "vs",
    list("num" ORDER BY "item" NULLS LAST) AS "nums",
    list("width" ORDER BY "item" NULLS LAST) AS "widths"
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

-- [13/20] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS INTEGER[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS DATE[]),
      "w2" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 2),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS TIMESTAMP[]),
      "w3" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 3),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS DATE[]),
      "w4" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 4),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS TIMESTAMP[]),
      "w5" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 5),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 6) AS INTEGER[]),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS INTEGER[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS VARCHAR[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS INTEGER[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS VARCHAR[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
) AS "g1";

-- [14/20] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE OR REPLACE TEMP TABLE "adg_entities" AS
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
        WHEN "width" = 0e+0 THEN CAST("num" AS BIGINT)
        ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE) * 2.3283064365386963e-10 * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - 1))
      END AS "n",
      "en"
    FROM (
      SELECT
        (SELECT "a"."nums" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "num",
        (SELECT "a"."widths" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "width",
        "en",
        "j"
      FROM (
        SELECT
          CASE WHEN "h" < ("slot" >> 30) THEN "bucket" ELSE ("slot" & 1073741823) END AS "item",
          "en",
          "j"
        FROM (
          SELECT
            (SELECT "a"."ps" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)[("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) + 1] AS "slot",
            ("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) AS "bucket",
            "en",
            "h",
            "j"
          FROM (
            SELECT
              xor("h", ("h" >> 16)) AS "h",
              xor("j", ("j" >> 16)) AS "j",
              "en"
            FROM (
              SELECT
                ((xor("h", ("h" >> 15)) * 889856635) & 4294967295) AS "h",
                ((xor("j", ("j" >> 15)) * 889856635) & 4294967295) AS "j",
                "en"
              FROM (
                SELECT
                  ((xor("h", ("h" >> 16)) * 2080451083) & 4294967295) AS "h",
                  ((xor("j", ("j" >> 16)) * 2080451083) & 4294967295) AS "j",
                  "en"
                FROM (
                  SELECT
                    (("y" + 1280296273) & 4294967295) AS "h",
                    (("y" + 492386999) & 4294967295) AS "j",
                    "en"
                  FROM (
                    SELECT
                      xor("y", ("y" >> 15)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
                          "en"
                        FROM (
                          SELECT
                            ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
                            "en"
                          FROM (
                            SELECT
                              (("en" + 3173443840) & 4294967295) AS "y",
                              "en"
                            FROM (
                              SELECT
                                "g" AS "en"
                              FROM range((SELECT "entities" FROM "adg_entity_plan")) AS "r"("g")
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
        WHEN "width" = 0e+0 THEN CAST("num" AS BIGINT)
        ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE) * 2.3283064365386963e-10 * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - 1))
      END AS "n",
      "en"
    FROM (
      SELECT
        (SELECT "a"."nums" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1)["item" + 1] AS "num",
        (SELECT "a"."widths" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1)["item" + 1] AS "width",
        "en",
        "j"
      FROM (
        SELECT
          CASE WHEN "h" < ("slot" >> 30) THEN "bucket" ELSE ("slot" & 1073741823) END AS "item",
          "en",
          "j"
        FROM (
          SELECT
            (SELECT "a"."ps" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1)[("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1))) + 1] AS "slot",
            ("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1))) AS "bucket",
            "en",
            "h",
            "j"
          FROM (
            SELECT
              xor("h", ("h" >> 16)) AS "h",
              xor("j", ("j" >> 16)) AS "j",
              "en"
            FROM (
              SELECT
                ((xor("h", ("h" >> 15)) * 889856635) & 4294967295) AS "h",
                ((xor("j", ("j" >> 15)) * 889856635) & 4294967295) AS "j",
                "en"
              FROM (
                SELECT
                  ((xor("h", ("h" >> 16)) * 2080451083) & 4294967295) AS "h",
                  ((xor("j", ("j" >> 16)) * 2080451083) & 4294967295) AS "j",
                  "en"
                FROM (
                  SELECT
                    (("y" + 1158891813) & 4294967295) AS "h",
                    (("y" + 1775225364) & 4294967295) AS "j",
                    "en"
                  FROM (
                    SELECT
                      xor("y", ("y" >> 15)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
                          "en"
                        FROM (
                          SELECT
                            ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
                            "en"
                          FROM (
                            SELECT
                              (("en" + 3173443840) & 4294967295) AS "y",
                              "en"
                            FROM (
                              SELECT
                                "g" AS "en"
                              FROM range((SELECT "entities" FROM "adg_entity_plan")) AS "r"("g")
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

-- [15/20] Rows to generate: the sum of the rows of every entity
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(1, ("n" // 983040)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), 0) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [16/20] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/20] Identifier condition_occurrence_id: the pattern has a value for every row
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "n" > 100000000) THEN error('specs/omop.yaml: fields.condition_occurrence_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/20] Identifier person_id: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 100000000) THEN error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [19/20] Sample 10 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_condition_occurrence" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 4185576373) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 4056721252) & 4294967295) AS "h1",
      (("x" + 445794050) & 4294967295) AS "h2",
      (("x" + 1048509418) & 4294967295) AS "j2",
      (("x" + 4272319176) & 4294967295) AS "h3",
      (("x" + 651247110) & 4294967295) AS "j3",
      (("x" + 3081976576) & 4294967295) AS "h4",
      (("x" + 3069193556) & 4294967295) AS "j4",
      (("x" + 3238716503) & 4294967295) AS "h5",
      (("x" + 4131639228) & 4294967295) AS "j5",
      (("x" + 966566010) & 4294967295) AS "h6",
      (("x" + 1516943181) & 4294967295) AS "h7",
      (("x" + 2728112280) & 4294967295) AS "h8",
      (("x" + 556622818) & 4294967295) AS "h9",
      (("x" + 1108833629) & 4294967295) AS "h10",
      (("x" + 1187292840) & 4294967295) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s5"
  ),
  "adg_s7" AS (
    SELECT
      ((xor("h1", ("h1" >> 16)) * 2080451083) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 16)) * 2080451083) & 4294967295) AS "h2",
      ((xor("j2", ("j2" >> 16)) * 2080451083) & 4294967295) AS "j2",
      ((xor("h3", ("h3" >> 16)) * 2080451083) & 4294967295) AS "h3",
      ((xor("j3", ("j3" >> 16)) * 2080451083) & 4294967295) AS "j3",
      ((xor("h4", ("h4" >> 16)) * 2080451083) & 4294967295) AS "h4",
      ((xor("j4", ("j4" >> 16)) * 2080451083) & 4294967295) AS "j4",
      ((xor("h5", ("h5" >> 16)) * 2080451083) & 4294967295) AS "h5",
      ((xor("j5", ("j5" >> 16)) * 2080451083) & 4294967295) AS "j5",
      ((xor("h6", ("h6" >> 16)) * 2080451083) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 16)) * 2080451083) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 16)) * 2080451083) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 16)) * 2080451083) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 16)) * 2080451083) & 4294967295) AS "h10",
      ((xor("r0", ("r0" >> 16)) * 2080451083) & 4294967295) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s6"
  ),
  "adg_s8" AS (
    SELECT
      ((xor("h1", ("h1" >> 15)) * 889856635) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 15)) * 889856635) & 4294967295) AS "h2",
      ((xor("j2", ("j2" >> 15)) * 889856635) & 4294967295) AS "j2",
      ((xor("h3", ("h3" >> 15)) * 889856635) & 4294967295) AS "h3",
      ((xor("j3", ("j3" >> 15)) * 889856635) & 4294967295) AS "j3",
      ((xor("h4", ("h4" >> 15)) * 889856635) & 4294967295) AS "h4",
      ((xor("j4", ("j4" >> 15)) * 889856635) & 4294967295) AS "j4",
      ((xor("h5", ("h5" >> 15)) * 889856635) & 4294967295) AS "h5",
      ((xor("j5", ("j5" >> 15)) * 889856635) & 4294967295) AS "j5",
      ((xor("h6", ("h6" >> 15)) * 889856635) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 15)) * 889856635) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 15)) * 889856635) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 15)) * 889856635) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 15)) * 889856635) & 4294967295) AS "h10",
      ((xor("r0", ("r0" >> 15)) * 889856635) & 4294967295) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s7"
  ),
  "adg_s9" AS (
    SELECT
      xor("h1", ("h1" >> 16)) AS "h1",
      xor("h2", ("h2" >> 16)) AS "h2",
      xor("j2", ("j2" >> 16)) AS "j2",
      xor("h3", ("h3" >> 16)) AS "h3",
      xor("j3", ("j3" >> 16)) AS "j3",
      xor("h4", ("h4" >> 16)) AS "h4",
      xor("j4", ("j4" >> 16)) AS "j4",
      xor("h5", ("h5" >> 16)) AS "h5",
      xor("j5", ("j5" >> 16)) AS "j5",
      xor("h6", ("h6" >> 16)) AS "h6",
      xor("h7", ("h7" >> 16)) AS "h7",
      xor("h8", ("h8" >> 16)) AS "h8",
      xor("h9", ("h9" >> 16)) AS "h9",
      xor("h10", ("h10" >> 16)) AS "h10",
      xor("r0", ("r0" >> 16)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s8"
  ),
  "adg_s10" AS (
    SELECT
      "adg_lists_1"."p1"[("h1" >> (32 - "adg_lists_1"."b1")) + 1] AS "q1",
      "adg_lists_1"."p2"[("h2" >> (32 - "adg_lists_1"."b2")) + 1] AS "q2",
      "adg_lists_1"."p3"[("h3" >> (32 - "adg_lists_1"."b3")) + 1] AS "q3",
      "adg_lists_1"."p4"[("h4" >> (32 - "adg_lists_1"."b4")) + 1] AS "q4",
      "adg_lists_1"."p5"[("h5" >> (32 - "adg_lists_1"."b5")) + 1] AS "q5",
      "adg_lists_1"."p6"[("h6" >> (32 - "adg_lists_1"."b6")) + 1] AS "q6",
      "adg_lists_1"."p7"[("h7" >> (32 - "adg_lists_1"."b7")) + 1] AS "q7",
      "adg_lists_1"."p8"[("h8" >> (32 - "adg_lists_1"."b8")) + 1] AS "q8",
      "adg_lists_1"."p9"[("h9" >> (32 - "adg_lists_1"."b9")) + 1] AS "q9",
      "adg_lists_1"."p10"[("h10" >> (32 - "adg_lists_1"."b10")) + 1] AS "q10",
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
      "p0n",
      "adg_lists_1"
    FROM "adg_s9"
  ),
  "adg_s11" AS (
    SELECT
      CASE WHEN "h1" < ("q1" >> 30) THEN ("h1" >> (32 - "adg_lists_1"."b1")) ELSE ("q1" & 1073741823) END AS "k1",
      CASE WHEN "h2" < ("q2" >> 30) THEN ("h2" >> (32 - "adg_lists_1"."b2")) ELSE ("q2" & 1073741823) END AS "k2",
      CASE WHEN "h3" < ("q3" >> 30) THEN ("h3" >> (32 - "adg_lists_1"."b3")) ELSE ("q3" & 1073741823) END AS "k3",
      CASE WHEN "h4" < ("q4" >> 30) THEN ("h4" >> (32 - "adg_lists_1"."b4")) ELSE ("q4" & 1073741823) END AS "k4",
      CASE WHEN "h5" < ("q5" >> 30) THEN ("h5" >> (32 - "adg_lists_1"."b5")) ELSE ("q5" & 1073741823) END AS "k5",
      CASE WHEN "h6" < ("q6" >> 30) THEN ("h6" >> (32 - "adg_lists_1"."b6")) ELSE ("q6" & 1073741823) END AS "k6",
      CASE WHEN "h7" < ("q7" >> 30) THEN ("h7" >> (32 - "adg_lists_1"."b7")) ELSE ("q7" & 1073741823) END AS "k7",
      CASE WHEN "h8" < ("q8" >> 30) THEN ("h8" >> (32 - "adg_lists_1"."b8")) ELSE ("q8" & 1073741823) END AS "k8",
      CASE WHEN "h9" < ("q9" >> 30) THEN ("h9" >> (32 - "adg_lists_1"."b9")) ELSE ("q9" & 1073741823) END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> 30) THEN ("h10" >> (32 - "adg_lists_1"."b10"))
        ELSE ("q10" & 1073741823)
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
      "p0n",
      "adg_lists_1"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
    SELECT
      "adg_lists_1"."v1"["k1" + 1] AS "v1",
      "adg_lists_1"."v2"["k2" + 1] AS "v2",
      "adg_lists_1"."w2"["k2" + 1] AS "w2",
      "adg_lists_1"."v3"["k3" + 1] AS "v3",
      "adg_lists_1"."w3"["k3" + 1] AS "w3",
      "adg_lists_1"."v4"["k4" + 1] AS "v4",
      "adg_lists_1"."w4"["k4" + 1] AS "w4",
      "adg_lists_1"."v5"["k5" + 1] AS "v5",
      "adg_lists_1"."w5"["k5" + 1] AS "w5",
      "adg_lists_1"."v6"["k6" + 1] AS "v6",
      "adg_lists_1"."v7"["k7" + 1] AS "v7",
      "adg_lists_1"."v8"["k8" + 1] AS "v8",
      "adg_lists_1"."v9"["k9" + 1] AS "v9",
      "adg_lists_1"."v10"["k10" + 1] AS "v10",
      (((1073741741 * "i") + 36439474) % 100000000) AS "m1",
      (((1073741789 * "en") + 46784584) % 100000000) AS "m2",
      CASE
        WHEN "p0n" > 0 THEN (((1073741789 * ("p0s" + CAST(floor((CAST("r0" AS DOUBLE) * 2.3283064365386963e-10 * CAST("p0n" AS DOUBLE))) AS BIGINT))) + 30859236) % 100000000)
        ELSE CAST(NULL AS BIGINT)
      END AS "f0",
      "j2",
      "j3",
      "j4",
      "j5"
    FROM "adg_s11"
  ),
  "adg_s13" AS (
    SELECT
      CAST('1' || substr('0123456789', ((("m1" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10) % 10) + 1), 1) || substr('0123456789', (("m1" % 10) + 1), 1) AS INTEGER) AS "o1",
      CAST('1' || substr('0123456789', ((("m2" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10) % 10) + 1), 1) || substr('0123456789', (("m2" % 10) + 1), 1) AS INTEGER) AS "o2",
      "v1" AS "o3",
      ("v2" + CAST(CAST(floor((CAST("j2" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w2" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o4",
      ("v3" + to_seconds(CAST(floor((CAST("j3" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w3" AS DOUBLE))) AS BIGINT))) AS "o5",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w4" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o6",
      ("v5" + to_seconds(CAST(floor((CAST("j5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w5" AS DOUBLE))) AS BIGINT))) AS "o7",
      "v6" AS "o8",
      "v7" AS "o9",
      CAST(NULL AS VARCHAR) AS "o10",
      CAST(NULL AS INTEGER) AS "o11",
      CAST('1' || substr('0123456789', ((("f0" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 100000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 10000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 1000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 100) % 10) + 1), 1) || substr('0123456789', ((("f0" // 10) % 10) + 1), 1) || substr('0123456789', (("f0" % 10) + 1), 1) AS INTEGER) AS "o12",
      CAST(NULL AS INTEGER) AS "o13",
      "v8" AS "o14",
      "v9" AS "o15",
      "v10" AS "o16"
    FROM "adg_s12"
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
  ),
  "adg_s15" AS (
    SELECT
      CASE
        WHEN "o4" IS NULL THEN NULL
        WHEN CASE WHEN "o4" IS NOT NULL THEN 1 ELSE 0 END = 1 THEN "r1_1"
      END AS "o4",
      CASE
        WHEN "o6" IS NULL THEN NULL
        WHEN (CASE WHEN "o4" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o6" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o4" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o6" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
      END AS "o6",
      CASE
        WHEN "o5" IS NULL THEN NULL
        WHEN CASE WHEN "o5" IS NOT NULL THEN 1 ELSE 0 END = 1 THEN "r2_1"
      END AS "o5",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o5" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r2_1"
        WHEN (CASE WHEN "o5" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r2_2"
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

CREATE OR REPLACE TABLE "omop_condition_occurrence_provenance" AS
SELECT
  'omop_condition_occurrence' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  'fa7a6f54ce1bd94aca4b88ccdcbe03ef0c620bba35320f62f575fb270841d749' AS "spec_hash",
  "m"."metadata_hash",
  54 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_condition_occurrence_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
      CAST("l"."released_at" AS VARCHAR) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'omop_condition_occurrence') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_condition_occurrence'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "omop_condition_occurrence_fields" AS
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

COMMIT;

-- [20/20] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_measurement", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/omop/output.duckdb; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/20] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/20] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/20] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/20] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'measurement_concept_id', 'categorical'),
  (2, 'measurement_date', 'date'),
  (3, 'measurement_datetime', 'date'),
  (4, 'measurement_type_concept_id', 'categorical'),
  (5, 'operator_concept_id', 'categorical'),
  (6, 'value_as_number', 'continuous'),
  (7, 'value_as_concept_id', 'categorical'),
  (8, 'unit_concept_id', 'categorical'),
  (9, 'range_low', 'continuous'),
  (10, 'range_high', 'continuous'),
  (11, 'measurement_source_value', 'categorical'),
  (12, 'measurement_source_concept_id', 'categorical'),
  (13, 'unit_source_value', 'categorical'),
  (14, 'unit_source_concept_id', 'categorical'),
  (15, 'value_source_value', 'categorical'),
  (16, 'meas_event_field_concept_id', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/20] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."omop_measurement_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c'))) THEN error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') END AS "adg_check";

-- [6/20] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE OR REPLACE TEMP TABLE "adg_released_hash" AS
SELECT
  sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash"
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
        ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR)
      END AS "e_n_entities"
    FROM "adg_released"."omop_measurement_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/20] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_measurement') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_measurement')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/20] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/20] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/20] Released items of every field, in published order
CREATE OR REPLACE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_rows",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."lo" IS NOT NULL THEN "m"."lo" ELSE CAST("m"."value" AS DOUBLE) END
  END AS "num",
  CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE
    WHEN "g"."kind" IN ('continuous') THEN CASE WHEN "m"."stat" = 'bin' THEN "m"."hi" - "m"."lo" ELSE 0e+0 END
  END
    ELSE CASE
    WHEN "g"."ordinal" = 2 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 3 THEN CAST(date_diff('second', CAST("m"."value" AS TIMESTAMP), (CAST("m"."value" AS TIMESTAMP) + to_weeks(1))) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."omop_measurement_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0 AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN 1 ELSE 0 END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - 1 AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN 0e+0 ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_measurement_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0)
UNION ALL
SELECT
  -1 AS "ordinal",
  row_number() OVER (ORDER BY CASE WHEN "m"."value" IS NULL THEN 1 ELSE 0 END NULLS LAST, CAST("m"."value" AS BIGINT) NULLS LAST, "m"."lo" NULLS LAST, "m"."hi" NULLS LAST) - 1 AS "item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  "m"."n_entities" AS "n_rows",
  coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) AS "num",
  CASE WHEN "m"."lo" IS NULL THEN 0e+0 ELSE "m"."hi" - "m"."lo" END AS "width"
FROM "adg_released"."omop_visit_occurrence_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0);

-- [11/20] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE OR REPLACE TEMP TABLE "adg_alias" AS
WITH
  "adg_bucket_counts" AS (
    SELECT
      "k"."ordinal",
      "k"."bucket",
      "k"."b",
      "k"."s",
      coalesce("h"."c", 0) AS "c"
    FROM (
      SELECT
        "z"."ordinal",
        "z"."b",
        (1 << (32 - "z"."b")) AS "s",
        unnest(range((1 << "z"."b"))) AS "bucket"
      FROM (
        SELECT
          "ordinal",
          "b0" + CASE WHEN (1 << "b0") < "k" THEN 1 WHEN ("b0" > 0) AND ((1 << ("b0" - 1)) >= "k") THEN -1 ELSE 0 END AS "b"
        FROM (
          SELECT
            "ordinal",
            count(*) AS "k",
            CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS BIGINT) AS "b0"
          FROM "adg_items"
          GROUP BY "ordinal"
        ) AS "e"
      ) AS "z"
    ) AS "k"
    LEFT JOIN (
      SELECT
        "ordinal",
        "item",
        (((("cum" * 65536) // "total") * 65536) + (((((("cum" * 65536) % "total") * 65536) + "total") - 1) // "total")) - ((((("cum" - "n_rows") * 65536) // "total") * 65536) + ((((((("cum" - "n_rows") * 65536) % "total") * 65536) + "total") - 1) // "total")) AS "c"
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
  ),
  "adg_lights" AS (
    SELECT
      "ordinal",
      "bucket",
      "s" - "c" AS "d",
      CAST(sum("s" - "c") OVER (PARTITION BY "ordinal" ORDER BY "bucket" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - ("s" - "c") AS "sigma"
    FROM "adg_bucket_counts"
    WHERE "c" < "s"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "light"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "bucket" AS "light"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "light" IS NOT NULL
  ),
  "adg_overshoot" AS (
    SELECT
      "ordinal",
      "heavy" AS "bucket",
      greatest(0, (coalesce("reach", 0) - "pos")) AS "overshoot"
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
          0 AS "side",
          "bucket" AS "heavy",
          CAST(NULL AS BIGINT) AS "reach"
        FROM "adg_heavies"
        UNION ALL
        SELECT
          "ordinal",
          "sigma" AS "pos",
          1 AS "side",
          CAST(NULL AS BIGINT) AS "heavy",
          "sigma" + "d" AS "reach"
        FROM "adg_lights"
      ) AS "events"
    ) AS "merged"
    WHERE "heavy" IS NOT NULL
  )
SELECT
  "c"."ordinal",
  "c"."bucket",
  "c"."b",
  ((("c"."bucket" * "c"."s") + CASE
    WHEN "c"."c" < "c"."s" THEN "c"."c"
    WHEN "c"."c" > "c"."s" THEN "c"."s" - coalesce("o"."overshoot", 0)
    ELSE "c"."s"
  END) * 1073741824) + CASE
    WHEN "c"."c" < "c"."s" THEN "l"."alias"
    WHEN ("c"."c" > "c"."s") AND (coalesce("o"."overshoot", 0) > 0) THEN coalesce("h"."next", "c"."bucket")
    ELSE "c"."bucket"
  END AS "packed"
FROM "adg_bucket_counts" AS "c"
LEFT JOIN "adg_light_alias" AS "l"
  ON ("l"."ordinal" = "c"."ordinal") AND ("l"."bucket" = "c"."bucket")
LEFT JOIN "adg_heavies" AS "h"
  ON ("h"."ordinal" = "c"."ordinal") AND ("h"."bucket" = "c"."bucket")
LEFT JOIN "adg_overshoot" AS "o"
  ON ("o"."ordinal" = "c"."ordinal") AND ("o"."bucket" = "c"."bucket");

-- [12/20] Lookup lists of every field: its alias table and its values, in order
CREATE OR REPLACE TEMP TABLE "adg_field_lists" AS
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
    list("packed" ORDER BY "bucket" NULLS LAST) AS "ps",
    max("b") AS "b"
  FROM "adg_alias"
  GROUP BY "ordinal"
) AS "a"
LEFT JOIN (
  SELECT
    "ordinal",
    list("value" ORDER BY "item" NULLS LAST) AS "vs",
    list("num" ORDER BY "item" NULLS LAST) AS "nums",
    list("width" ORDER BY "item" NULLS LAST) AS "widths"
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

-- [13/20] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS INTEGER[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS DATE[]),
      "w2" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 2),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS TIMESTAMP[]),
      "w3" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 3),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS INTEGER[]),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS INTEGER[]),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := any_value("a"."nums") FILTER (WHERE "a"."ordinal" = 6),
      "w6" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 6),
      "d6" := any_value("a"."d") FILTER (WHERE "a"."ordinal" = 6),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS INTEGER[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS INTEGER[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := any_value("a"."nums") FILTER (WHERE "a"."ordinal" = 9),
      "w9" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 9),
      "d9" := any_value("a"."d") FILTER (WHERE "a"."ordinal" = 9),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := any_value("a"."nums") FILTER (WHERE "a"."ordinal" = 10),
      "w10" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 10),
      "d10" := any_value("a"."d") FILTER (WHERE "a"."ordinal" = 10),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 11) AS VARCHAR[]),
      "p12" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 12),
      "b12" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 12),
      "v12" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 12) AS INTEGER[]),
      "p13" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 13),
      "b13" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 13),
      "v13" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 13) AS VARCHAR[]),
      "p14" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 14),
      "b14" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 14),
      "v14" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 14) AS INTEGER[]),
      "p15" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 15),
      "b15" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 15),
      "v15" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 15) AS VARCHAR[]),
      "p16" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 16),
      "b16" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 16),
      "v16" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 16) AS INTEGER[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
) AS "g1";

-- [14/20] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE OR REPLACE TEMP TABLE "adg_entities" AS
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
        WHEN "width" = 0e+0 THEN CAST("num" AS BIGINT)
        ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE) * 2.3283064365386963e-10 * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - 1))
      END AS "n",
      "en"
    FROM (
      SELECT
        (SELECT "a"."nums" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "num",
        (SELECT "a"."widths" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)["item" + 1] AS "width",
        "en",
        "j"
      FROM (
        SELECT
          CASE WHEN "h" < ("slot" >> 30) THEN "bucket" ELSE ("slot" & 1073741823) END AS "item",
          "en",
          "j"
        FROM (
          SELECT
            (SELECT "a"."ps" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0)[("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) + 1] AS "slot",
            ("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = 0))) AS "bucket",
            "en",
            "h",
            "j"
          FROM (
            SELECT
              xor("h", ("h" >> 16)) AS "h",
              xor("j", ("j" >> 16)) AS "j",
              "en"
            FROM (
              SELECT
                ((xor("h", ("h" >> 15)) * 889856635) & 4294967295) AS "h",
                ((xor("j", ("j" >> 15)) * 889856635) & 4294967295) AS "j",
                "en"
              FROM (
                SELECT
                  ((xor("h", ("h" >> 16)) * 2080451083) & 4294967295) AS "h",
                  ((xor("j", ("j" >> 16)) * 2080451083) & 4294967295) AS "j",
                  "en"
                FROM (
                  SELECT
                    (("y" + 1520093703) & 4294967295) AS "h",
                    (("y" + 1192621467) & 4294967295) AS "j",
                    "en"
                  FROM (
                    SELECT
                      xor("y", ("y" >> 15)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
                          "en"
                        FROM (
                          SELECT
                            ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
                            "en"
                          FROM (
                            SELECT
                              (("en" + 3173443840) & 4294967295) AS "y",
                              "en"
                            FROM (
                              SELECT
                                "g" AS "en"
                              FROM range((SELECT "entities" FROM "adg_entity_plan")) AS "r"("g")
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
        WHEN "width" = 0e+0 THEN CAST("num" AS BIGINT)
        ELSE least((CAST("num" AS BIGINT) + CAST(floor((CAST("j" AS DOUBLE) * 2.3283064365386963e-10 * "width")) AS BIGINT)), ((CAST("num" AS BIGINT) + CAST("width" AS BIGINT)) - 1))
      END AS "n",
      "en"
    FROM (
      SELECT
        (SELECT "a"."nums" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1)["item" + 1] AS "num",
        (SELECT "a"."widths" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1)["item" + 1] AS "width",
        "en",
        "j"
      FROM (
        SELECT
          CASE WHEN "h" < ("slot" >> 30) THEN "bucket" ELSE ("slot" & 1073741823) END AS "item",
          "en",
          "j"
        FROM (
          SELECT
            (SELECT "a"."ps" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1)[("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1))) + 1] AS "slot",
            ("h" >> (32 - (SELECT "a"."b" FROM "adg_field_lists" AS "a" WHERE "a"."ordinal" = -1))) AS "bucket",
            "en",
            "h",
            "j"
          FROM (
            SELECT
              xor("h", ("h" >> 16)) AS "h",
              xor("j", ("j" >> 16)) AS "j",
              "en"
            FROM (
              SELECT
                ((xor("h", ("h" >> 15)) * 889856635) & 4294967295) AS "h",
                ((xor("j", ("j" >> 15)) * 889856635) & 4294967295) AS "j",
                "en"
              FROM (
                SELECT
                  ((xor("h", ("h" >> 16)) * 2080451083) & 4294967295) AS "h",
                  ((xor("j", ("j" >> 16)) * 2080451083) & 4294967295) AS "j",
                  "en"
                FROM (
                  SELECT
                    (("y" + 1158891813) & 4294967295) AS "h",
                    (("y" + 1775225364) & 4294967295) AS "j",
                    "en"
                  FROM (
                    SELECT
                      xor("y", ("y" >> 15)) AS "y",
                      "en"
                    FROM (
                      SELECT
                        ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
                        "en"
                      FROM (
                        SELECT
                          ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
                          "en"
                        FROM (
                          SELECT
                            ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
                            "en"
                          FROM (
                            SELECT
                              (("en" + 3173443840) & 4294967295) AS "y",
                              "en"
                            FROM (
                              SELECT
                                "g" AS "en"
                              FROM range((SELECT "entities" FROM "adg_entity_plan")) AS "r"("g")
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

-- [15/20] Rows to generate: the sum of the rows of every entity
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  "entities",
  greatest(1, ("n" // 983040)) AS "block"
FROM (
  SELECT
    coalesce(sum("n"), 0) AS "n",
    count(*) AS "entities"
  FROM "adg_entities"
) AS "planned";

-- [16/20] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/20] Identifier measurement_id: the pattern has a value for every row
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "n" > 100000000) THEN error('specs/omop.yaml: fields.measurement_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/20] Identifier person_id: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 100000000) THEN error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [19/20] Sample 16 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_measurement" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 398156534) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 2703846082) & 4294967295) AS "h1",
      (("x" + 4180607013) & 4294967295) AS "h2",
      (("x" + 304251662) & 4294967295) AS "j2",
      (("x" + 3578789833) & 4294967295) AS "h3",
      (("x" + 2416299708) & 4294967295) AS "j3",
      (("x" + 539940940) & 4294967295) AS "h4",
      (("x" + 2164302566) & 4294967295) AS "h5",
      (("x" + 3951045937) & 4294967295) AS "h6",
      (("x" + 1060381164) & 4294967295) AS "j6",
      (("x" + 3983955734) & 4294967295) AS "h7",
      (("x" + 2874189218) & 4294967295) AS "h8",
      (("x" + 1560241594) & 4294967295) AS "h9",
      (("x" + 614332460) & 4294967295) AS "j9",
      (("x" + 3707936785) & 4294967295) AS "h10",
      (("x" + 3671581524) & 4294967295) AS "j10",
      (("x" + 2922851205) & 4294967295) AS "h11",
      (("x" + 1041043086) & 4294967295) AS "h12",
      (("x" + 3018086071) & 4294967295) AS "h13",
      (("x" + 30182744) & 4294967295) AS "h14",
      (("x" + 1644384551) & 4294967295) AS "h15",
      (("x" + 1829221264) & 4294967295) AS "h16",
      (("x" + 329893480) & 4294967295) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s5"
  ),
  "adg_s7" AS (
    SELECT
      ((xor("h1", ("h1" >> 16)) * 2080451083) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 16)) * 2080451083) & 4294967295) AS "h2",
      ((xor("j2", ("j2" >> 16)) * 2080451083) & 4294967295) AS "j2",
      ((xor("h3", ("h3" >> 16)) * 2080451083) & 4294967295) AS "h3",
      ((xor("j3", ("j3" >> 16)) * 2080451083) & 4294967295) AS "j3",
      ((xor("h4", ("h4" >> 16)) * 2080451083) & 4294967295) AS "h4",
      ((xor("h5", ("h5" >> 16)) * 2080451083) & 4294967295) AS "h5",
      ((xor("h6", ("h6" >> 16)) * 2080451083) & 4294967295) AS "h6",
      ((xor("j6", ("j6" >> 16)) * 2080451083) & 4294967295) AS "j6",
      ((xor("h7", ("h7" >> 16)) * 2080451083) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 16)) * 2080451083) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 16)) * 2080451083) & 4294967295) AS "h9",
      ((xor("j9", ("j9" >> 16)) * 2080451083) & 4294967295) AS "j9",
      ((xor("h10", ("h10" >> 16)) * 2080451083) & 4294967295) AS "h10",
      ((xor("j10", ("j10" >> 16)) * 2080451083) & 4294967295) AS "j10",
      ((xor("h11", ("h11" >> 16)) * 2080451083) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 16)) * 2080451083) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 16)) * 2080451083) & 4294967295) AS "h13",
      ((xor("h14", ("h14" >> 16)) * 2080451083) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 16)) * 2080451083) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 16)) * 2080451083) & 4294967295) AS "h16",
      ((xor("r0", ("r0" >> 16)) * 2080451083) & 4294967295) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s6"
  ),
  "adg_s8" AS (
    SELECT
      ((xor("h1", ("h1" >> 15)) * 889856635) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 15)) * 889856635) & 4294967295) AS "h2",
      ((xor("j2", ("j2" >> 15)) * 889856635) & 4294967295) AS "j2",
      ((xor("h3", ("h3" >> 15)) * 889856635) & 4294967295) AS "h3",
      ((xor("j3", ("j3" >> 15)) * 889856635) & 4294967295) AS "j3",
      ((xor("h4", ("h4" >> 15)) * 889856635) & 4294967295) AS "h4",
      ((xor("h5", ("h5" >> 15)) * 889856635) & 4294967295) AS "h5",
      ((xor("h6", ("h6" >> 15)) * 889856635) & 4294967295) AS "h6",
      ((xor("j6", ("j6" >> 15)) * 889856635) & 4294967295) AS "j6",
      ((xor("h7", ("h7" >> 15)) * 889856635) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 15)) * 889856635) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 15)) * 889856635) & 4294967295) AS "h9",
      ((xor("j9", ("j9" >> 15)) * 889856635) & 4294967295) AS "j9",
      ((xor("h10", ("h10" >> 15)) * 889856635) & 4294967295) AS "h10",
      ((xor("j10", ("j10" >> 15)) * 889856635) & 4294967295) AS "j10",
      ((xor("h11", ("h11" >> 15)) * 889856635) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 15)) * 889856635) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 15)) * 889856635) & 4294967295) AS "h13",
      ((xor("h14", ("h14" >> 15)) * 889856635) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 15)) * 889856635) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 15)) * 889856635) & 4294967295) AS "h16",
      ((xor("r0", ("r0" >> 15)) * 889856635) & 4294967295) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s7"
  ),
  "adg_s9" AS (
    SELECT
      xor("h1", ("h1" >> 16)) AS "h1",
      xor("h2", ("h2" >> 16)) AS "h2",
      xor("j2", ("j2" >> 16)) AS "j2",
      xor("h3", ("h3" >> 16)) AS "h3",
      xor("j3", ("j3" >> 16)) AS "j3",
      xor("h4", ("h4" >> 16)) AS "h4",
      xor("h5", ("h5" >> 16)) AS "h5",
      xor("h6", ("h6" >> 16)) AS "h6",
      xor("j6", ("j6" >> 16)) AS "j6",
      xor("h7", ("h7" >> 16)) AS "h7",
      xor("h8", ("h8" >> 16)) AS "h8",
      xor("h9", ("h9" >> 16)) AS "h9",
      xor("j9", ("j9" >> 16)) AS "j9",
      xor("h10", ("h10" >> 16)) AS "h10",
      xor("j10", ("j10" >> 16)) AS "j10",
      xor("h11", ("h11" >> 16)) AS "h11",
      xor("h12", ("h12" >> 16)) AS "h12",
      xor("h13", ("h13" >> 16)) AS "h13",
      xor("h14", ("h14" >> 16)) AS "h14",
      xor("h15", ("h15" >> 16)) AS "h15",
      xor("h16", ("h16" >> 16)) AS "h16",
      xor("r0", ("r0" >> 16)) AS "r0",
      "i",
      "en",
      "p0s",
      "p0n",
      "adg_lists_1"
    FROM "adg_s8"
  ),
  "adg_s10" AS (
    SELECT
      "adg_lists_1"."p1"[("h1" >> (32 - "adg_lists_1"."b1")) + 1] AS "q1",
      "adg_lists_1"."p2"[("h2" >> (32 - "adg_lists_1"."b2")) + 1] AS "q2",
      "adg_lists_1"."p3"[("h3" >> (32 - "adg_lists_1"."b3")) + 1] AS "q3",
      "adg_lists_1"."p4"[("h4" >> (32 - "adg_lists_1"."b4")) + 1] AS "q4",
      "adg_lists_1"."p5"[("h5" >> (32 - "adg_lists_1"."b5")) + 1] AS "q5",
      "adg_lists_1"."p6"[("h6" >> (32 - "adg_lists_1"."b6")) + 1] AS "q6",
      "adg_lists_1"."p7"[("h7" >> (32 - "adg_lists_1"."b7")) + 1] AS "q7",
      "adg_lists_1"."p8"[("h8" >> (32 - "adg_lists_1"."b8")) + 1] AS "q8",
      "adg_lists_1"."p9"[("h9" >> (32 - "adg_lists_1"."b9")) + 1] AS "q9",
      "adg_lists_1"."p10"[("h10" >> (32 - "adg_lists_1"."b10")) + 1] AS "q10",
      "adg_lists_1"."p11"[("h11" >> (32 - "adg_lists_1"."b11")) + 1] AS "q11",
      "adg_lists_1"."p12"[("h12" >> (32 - "adg_lists_1"."b12")) + 1] AS "q12",
      "adg_lists_1"."p13"[("h13" >> (32 - "adg_lists_1"."b13")) + 1] AS "q13",
      "adg_lists_1"."p14"[("h14" >> (32 - "adg_lists_1"."b14")) + 1] AS "q14",
      "adg_lists_1"."p15"[("h15" >> (32 - "adg_lists_1"."b15")) + 1] AS "q15",
      "adg_lists_1"."p16"[("h16" >> (32 - "adg_lists_1"."b16")) + 1] AS "q16",
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
      "p0n",
      "adg_lists_1"
    FROM "adg_s9"
  ),
  "adg_s11" AS (
    SELECT
      CASE WHEN "h1" < ("q1" >> 30) THEN ("h1" >> (32 - "adg_lists_1"."b1")) ELSE ("q1" & 1073741823) END AS "k1",
      CASE WHEN "h2" < ("q2" >> 30) THEN ("h2" >> (32 - "adg_lists_1"."b2")) ELSE ("q2" & 1073741823) END AS "k2",
      CASE WHEN "h3" < ("q3" >> 30) THEN ("h3" >> (32 - "adg_lists_1"."b3")) ELSE ("q3" & 1073741823) END AS "k3",
      CASE WHEN "h4" < ("q4" >> 30) THEN ("h4" >> (32 - "adg_lists_1"."b4")) ELSE ("q4" & 1073741823) END AS "k4",
      CASE WHEN "h5" < ("q5" >> 30) THEN ("h5" >> (32 - "adg_lists_1"."b5")) ELSE ("q5" & 1073741823) END AS "k5",
      CASE WHEN "h6" < ("q6" >> 30) THEN ("h6" >> (32 - "adg_lists_1"."b6")) ELSE ("q6" & 1073741823) END AS "k6",
      CASE WHEN "h7" < ("q7" >> 30) THEN ("h7" >> (32 - "adg_lists_1"."b7")) ELSE ("q7" & 1073741823) END AS "k7",
      CASE WHEN "h8" < ("q8" >> 30) THEN ("h8" >> (32 - "adg_lists_1"."b8")) ELSE ("q8" & 1073741823) END AS "k8",
      CASE WHEN "h9" < ("q9" >> 30) THEN ("h9" >> (32 - "adg_lists_1"."b9")) ELSE ("q9" & 1073741823) END AS "k9",
      CASE
        WHEN "h10" < ("q10" >> 30) THEN ("h10" >> (32 - "adg_lists_1"."b10"))
        ELSE ("q10" & 1073741823)
      END AS "k10",
      CASE
        WHEN "h11" < ("q11" >> 30) THEN ("h11" >> (32 - "adg_lists_1"."b11"))
        ELSE ("q11" & 1073741823)
      END AS "k11",
      CASE
        WHEN "h12" < ("q12" >> 30) THEN ("h12" >> (32 - "adg_lists_1"."b12"))
        ELSE ("q12" & 1073741823)
      END AS "k12",
      CASE
        WHEN "h13" < ("q13" >> 30) THEN ("h13" >> (32 - "adg_lists_1"."b13"))
        ELSE ("q13" & 1073741823)
      END AS "k13",
      CASE
        WHEN "h14" < ("q14" >> 30) THEN ("h14" >> (32 - "adg_lists_1"."b14"))
        ELSE ("q14" & 1073741823)
      END AS "k14",
      CASE
        WHEN "h15" < ("q15" >> 30) THEN ("h15" >> (32 - "adg_lists_1"."b15"))
        ELSE ("q15" & 1073741823)
      END AS "k15",
      CASE
        WHEN "h16" < ("q16" >> 30) THEN ("h16" >> (32 - "adg_lists_1"."b16"))
        ELSE ("q16" & 1073741823)
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
      "p0n",
      "adg_lists_1"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
    SELECT
      "adg_lists_1"."v1"["k1" + 1] AS "v1",
      "adg_lists_1"."v2"["k2" + 1] AS "v2",
      "adg_lists_1"."w2"["k2" + 1] AS "w2",
      "adg_lists_1"."v3"["k3" + 1] AS "v3",
      "adg_lists_1"."w3"["k3" + 1] AS "w3",
      "adg_lists_1"."v4"["k4" + 1] AS "v4",
      "adg_lists_1"."v5"["k5" + 1] AS "v5",
      "adg_lists_1"."v6"["k6" + 1] AS "v6",
      "adg_lists_1"."w6"["k6" + 1] AS "w6",
      "adg_lists_1"."d6" AS "d6",
      "adg_lists_1"."v7"["k7" + 1] AS "v7",
      "adg_lists_1"."v8"["k8" + 1] AS "v8",
      "adg_lists_1"."v9"["k9" + 1] AS "v9",
      "adg_lists_1"."w9"["k9" + 1] AS "w9",
      "adg_lists_1"."d9" AS "d9",
      "adg_lists_1"."v10"["k10" + 1] AS "v10",
      "adg_lists_1"."w10"["k10" + 1] AS "w10",
      "adg_lists_1"."d10" AS "d10",
      "adg_lists_1"."v11"["k11" + 1] AS "v11",
      "adg_lists_1"."v12"["k12" + 1] AS "v12",
      "adg_lists_1"."v13"["k13" + 1] AS "v13",
      "adg_lists_1"."v14"["k14" + 1] AS "v14",
      "adg_lists_1"."v15"["k15" + 1] AS "v15",
      "adg_lists_1"."v16"["k16" + 1] AS "v16",
      (((1073741783 * "i") + 49265897) % 100000000) AS "m1",
      (((1073741789 * "en") + 46784584) % 100000000) AS "m2",
      CASE
        WHEN "p0n" > 0 THEN (((1073741789 * ("p0s" + CAST(floor((CAST("r0" AS DOUBLE) * 2.3283064365386963e-10 * CAST("p0n" AS DOUBLE))) AS BIGINT))) + 30859236) % 100000000)
        ELSE CAST(NULL AS BIGINT)
      END AS "f0",
      "j2",
      "j3",
      "j6",
      "j9",
      "j10"
    FROM "adg_s11"
  )
SELECT
  CAST('1' || substr('0123456789', ((("m1" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m1" // 100) % 10) + 1), 1) || substr('0123456789', ((("m1" // 10) % 10) + 1), 1) || substr('0123456789', (("m1" % 10) + 1), 1) AS INTEGER) AS "measurement_id",
  CAST('1' || substr('0123456789', ((("m2" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10) % 10) + 1), 1) || substr('0123456789', (("m2" % 10) + 1), 1) AS INTEGER) AS "person_id",
  "v1" AS "measurement_concept_id",
  ("v2" + CAST(CAST(floor((CAST("j2" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w2" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "measurement_date",
  ("v3" + to_seconds(CAST(floor((CAST("j3" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w3" AS DOUBLE))) AS BIGINT))) AS "measurement_datetime",
  CAST(NULL AS VARCHAR) AS "measurement_time",
  "v4" AS "measurement_type_concept_id",
  "v5" AS "operator_concept_id",
  CAST(CASE
    WHEN ("d6" IS NULL) OR ("w6" = 0e+0) THEN CASE
    WHEN ("v6" + (CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * "w6")) < ("v6" + "w6") THEN "v6" + (CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * "w6")
    ELSE "v6"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v6" + (CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * "w6")) < ("v6" + "w6") THEN "v6" + (CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * "w6")
    ELSE "v6"
  END * pow(1e+1, CAST("d6" AS DOUBLE)))) / pow(1e+1, CAST("d6" AS DOUBLE))), CASE
    WHEN ("v6" + (CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * "w6")) < ("v6" + "w6") THEN "v6" + (CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * "w6")
    ELSE "v6"
  END), "v6")
  END AS DECIMAL(18,3)) AS "value_as_number",
  "v7" AS "value_as_concept_id",
  "v8" AS "unit_concept_id",
  CAST(CASE
    WHEN ("d9" IS NULL) OR ("w9" = 0e+0) THEN CASE
    WHEN ("v9" + (CAST("j9" AS DOUBLE) * 2.3283064365386963e-10 * "w9")) < ("v9" + "w9") THEN "v9" + (CAST("j9" AS DOUBLE) * 2.3283064365386963e-10 * "w9")
    ELSE "v9"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v9" + (CAST("j9" AS DOUBLE) * 2.3283064365386963e-10 * "w9")) < ("v9" + "w9") THEN "v9" + (CAST("j9" AS DOUBLE) * 2.3283064365386963e-10 * "w9")
    ELSE "v9"
  END * pow(1e+1, CAST("d9" AS DOUBLE)))) / pow(1e+1, CAST("d9" AS DOUBLE))), CASE
    WHEN ("v9" + (CAST("j9" AS DOUBLE) * 2.3283064365386963e-10 * "w9")) < ("v9" + "w9") THEN "v9" + (CAST("j9" AS DOUBLE) * 2.3283064365386963e-10 * "w9")
    ELSE "v9"
  END), "v9")
  END AS DECIMAL(18,3)) AS "range_low",
  CAST(CASE
    WHEN ("d10" IS NULL) OR ("w10" = 0e+0) THEN CASE
    WHEN ("v10" + (CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * "w10")) < ("v10" + "w10") THEN "v10" + (CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * "w10")
    ELSE "v10"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v10" + (CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * "w10")) < ("v10" + "w10") THEN "v10" + (CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * "w10")
    ELSE "v10"
  END * pow(1e+1, CAST("d10" AS DOUBLE)))) / pow(1e+1, CAST("d10" AS DOUBLE))), CASE
    WHEN ("v10" + (CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * "w10")) < ("v10" + "w10") THEN "v10" + (CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * "w10")
    ELSE "v10"
  END), "v10")
  END AS DECIMAL(18,3)) AS "range_high",
  CAST(NULL AS INTEGER) AS "provider_id",
  CAST('1' || substr('0123456789', ((("f0" // 10000000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 100000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 10000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 1000) % 10) + 1), 1) || substr('0123456789', ((("f0" // 100) % 10) + 1), 1) || substr('0123456789', ((("f0" // 10) % 10) + 1), 1) || substr('0123456789', (("f0" % 10) + 1), 1) AS INTEGER) AS "visit_occurrence_id",
  CAST(NULL AS INTEGER) AS "visit_detail_id",
  "v11" AS "measurement_source_value",
  "v12" AS "measurement_source_concept_id",
  "v13" AS "unit_source_value",
  "v14" AS "unit_source_concept_id",
  "v15" AS "value_source_value",
  CAST(NULL AS BIGINT) AS "measurement_event_id",
  "v16" AS "meas_event_field_concept_id"
FROM "adg_s12";

CREATE OR REPLACE TABLE "omop_measurement_provenance" AS
SELECT
  'omop_measurement' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  '6b267f35b31ebf796c3df03828530b220be20f43727c5aeb72150f2806df7e1d' AS "spec_hash",
  "m"."metadata_hash",
  54 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_measurement_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
      CAST("l"."released_at" AS VARCHAR) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'omop_measurement') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_measurement'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "omop_measurement_fields" AS
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

COMMIT;

-- [20/20] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  (SELECT count(*) FROM "adg_items" AS "i" WHERE "i"."ordinal" = "g"."ordinal") AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
ORDER BY "g"."ordinal" NULLS LAST;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_concept", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/omop/output.duckdb; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/10] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/10] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/10] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/10] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  CAST(NULL AS BIGINT) AS "ordinal",
  CAST(NULL AS VARCHAR) AS "field",
  CAST(NULL AS VARCHAR) AS "kind"
WHERE FALSE;

-- [5/10] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."omop_concept_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9'))) THEN error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') END AS "adg_check";

-- [6/10] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE OR REPLACE TEMP TABLE "adg_released_hash" AS
SELECT
  sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash"
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
        ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("lo")) THEN '!'
        WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("lo" AS VARCHAR)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(length(CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END) AS VARCHAR) || ':' || CASE
        WHEN NOT (isfinite("hi")) THEN '!'
        WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR)
        ELSE CAST("hi" AS VARCHAR)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR)
      END AS "e_n_entities"
    FROM "adg_released"."omop_concept_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/10] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'omop_concept') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_concept')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/10] Rows: those of the released vocabulary
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  count(*) AS "n"
FROM "adg_released"."omop_concept_vocabulary";

-- [9/10] Copy the released vocabulary into the output verbatim; replace it and its provenance atomically
-- A vocabulary holds no personal data: the engine copies it whole.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_concept" AS
SELECT
  *
FROM "adg_released"."omop_concept_vocabulary";

CREATE OR REPLACE TABLE "omop_concept_provenance" AS
SELECT
  'omop_concept' AS "dataset",
  'specs/omop.yaml' AS "spec_file",
  '02abbbe38d343b86abe8bdd3b1c0c14d40fa3e0c6450dd95703a7e7bac4345c4' AS "spec_hash",
  "m"."metadata_hash",
  54 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  CAST(NULL AS BIGINT) AS "entities",
  CAST(NULL AS BIGINT) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."omop_concept_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
      CAST("l"."released_at" AS VARCHAR) AS "released_at",
      "l"."reviewer",
      "l"."approver"
    FROM "adg_released"."adg_releases" AS "l"
    WHERE ("l"."dataset" = 'omop_concept') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'omop_concept'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "omop_concept_fields" AS
SELECT
  CAST(NULL AS BIGINT) AS "ordinal",
  CAST(NULL AS VARCHAR) AS "field",
  CAST(NULL AS VARCHAR) AS "kind",
  CAST(NULL AS BIGINT) AS "items",
  CAST(NULL AS BIGINT) AS "non_null_items",
  CAST(NULL AS BIGINT) AS "bins",
  CAST(NULL AS VARCHAR) AS "suppressed",
  CAST(NULL AS VARCHAR) AS "decimals"
WHERE FALSE;

COMMIT;

-- [10/10] Summary: rows copied
SELECT
  0 AS "ordinal",
  '(vocabulary)' AS "field",
  'vocabulary' AS "kind",
  0 AS "items",
  "n" AS "rows"
FROM "adg_plan";
