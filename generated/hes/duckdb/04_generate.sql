-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_apc", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/hes/output.duckdb; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/21] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/21] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/hes/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/21] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/21] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'FYEAR', 'categorical'),
  (2, 'PROCODE3', 'categorical'),
  (3, 'PROCODET', 'categorical'),
  (4, 'SITETRET', 'categorical'),
  (5, 'ADMIDATE', 'date'),
  (6, 'ADMIMETH', 'categorical'),
  (7, 'ADMISORC', 'categorical'),
  (8, 'ADMINCAT', 'categorical'),
  (9, 'CLASSPAT', 'categorical'),
  (10, 'ELECDATE', 'date'),
  (11, 'ELECDUR', 'discrete'),
  (12, 'EPISTART', 'date'),
  (13, 'EPIEND', 'date'),
  (14, 'EPIORDER', 'discrete'),
  (15, 'EPISTAT', 'categorical'),
  (16, 'EPITYPE', 'categorical'),
  (17, 'EPIDUR', 'discrete'),
  (18, 'DISDATE', 'date'),
  (19, 'DISDEST', 'categorical'),
  (20, 'DISMETH', 'categorical'),
  (21, 'SPELDUR', 'discrete'),
  (22, 'MYDOB', 'date'),
  (23, 'SEX', 'categorical'),
  (24, 'ETHNOS', 'categorical'),
  (25, 'MAINSPEF', 'categorical'),
  (26, 'TRETSPEF', 'categorical'),
  (27, 'DIAG_4_01', 'categorical'),
  (28, 'DIAG_4_02', 'categorical'),
  (29, 'DIAG_4_03', 'categorical'),
  (30, 'DIAG_4_04', 'categorical'),
  (31, 'DIAG_4_05', 'categorical'),
  (32, 'DIAG_4_06', 'categorical'),
  (33, 'DIAG_4_07', 'categorical'),
  (34, 'DIAG_4_08', 'categorical'),
  (35, 'DIAG_4_09', 'categorical'),
  (36, 'DIAG_4_10', 'categorical'),
  (37, 'OPERTN_4_01', 'categorical'),
  (38, 'OPERTN_4_02', 'categorical'),
  (39, 'OPERTN_4_03', 'categorical'),
  (40, 'OPERTN_4_04', 'categorical'),
  (41, 'OPERTN_4_05', 'categorical'),
  (42, 'OPERTN_4_06', 'categorical'),
  (43, 'OPDATE_01', 'date'),
  (44, 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/21] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."hes_apc_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672'))) THEN error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.') END AS "adg_check";

-- [6/21] The hash of the released metadata, computed once
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
    FROM "adg_released"."hes_apc_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/21] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_apc') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_apc')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/21] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/21] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/21] Released items of every field, in published order
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
    WHEN "g"."ordinal" = 5 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 10 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 12 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 13 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 18 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 22 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_years(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 43 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."hes_apc_metadata" AS "m"
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
FROM "adg_released"."hes_apc_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0);

-- [11/21] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [12/21] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."hes_apc_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [13/21] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1",
  "adg_lists_2",
  "adg_lists_3"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS VARCHAR[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS VARCHAR[]),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS VARCHAR[]),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS VARCHAR[]),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS DATE[]),
      "w5" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 5),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 6) AS VARCHAR[]),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS VARCHAR[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS VARCHAR[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS VARCHAR[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS DATE[]),
      "w10" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 10),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 11) AS INTEGER[]),
      "p12" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 12),
      "b12" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 12),
      "v12" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 12) AS DATE[]),
      "w12" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 12),
      "p13" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 13),
      "b13" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 13),
      "v13" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 13) AS DATE[]),
      "w13" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 13),
      "p14" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 14),
      "b14" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 14),
      "v14" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 14) AS SMALLINT[]),
      "p15" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 15),
      "b15" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 15),
      "v15" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 15) AS VARCHAR[]),
      "p16" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 16),
      "b16" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 16),
      "v16" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 16) AS VARCHAR[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
) AS "g1"
CROSS JOIN (
  SELECT
    struct_pack("p17" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 17),
      "b17" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 17),
      "v17" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 17) AS INTEGER[]),
      "p18" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 18),
      "b18" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 18),
      "v18" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 18) AS DATE[]),
      "w18" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 18),
      "p19" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 19),
      "b19" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 19),
      "v19" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 19) AS VARCHAR[]),
      "p20" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 20),
      "b20" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 20),
      "v20" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 20) AS VARCHAR[]),
      "p21" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 21),
      "b21" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 21),
      "v21" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 21) AS INTEGER[]),
      "p22" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 22),
      "b22" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 22),
      "v22" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 22) AS DATE[]),
      "w22" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 22),
      "p23" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 23),
      "b23" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 23),
      "v23" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 23) AS VARCHAR[]),
      "p24" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 24),
      "b24" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 24),
      "v24" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 24) AS VARCHAR[]),
      "p25" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 25),
      "b25" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 25),
      "v25" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 25) AS VARCHAR[]),
      "p26" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 26),
      "b26" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 26),
      "v26" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 26) AS VARCHAR[]),
      "p27" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 27),
      "b27" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 27),
      "v27" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 27) AS VARCHAR[]),
      "p28" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 28),
      "b28" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 28),
      "v28" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 28) AS VARCHAR[]),
      "p29" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 29),
      "b29" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 29),
      "v29" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 29) AS VARCHAR[]),
      "p30" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 30),
      "b30" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 30),
      "v30" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 30) AS VARCHAR[]),
      "p31" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 31),
      "b31" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 31),
      "v31" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 31) AS VARCHAR[]),
      "p32" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 32),
      "b32" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 32),
      "v32" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 32) AS VARCHAR[])) AS "adg_lists_2"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
) AS "g2"
CROSS JOIN (
  SELECT
    struct_pack("p33" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 33),
      "b33" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 33),
      "v33" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 33) AS VARCHAR[]),
      "p34" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 34),
      "b34" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 34),
      "v34" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 34) AS VARCHAR[]),
      "p35" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 35),
      "b35" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 35),
      "v35" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 35) AS VARCHAR[]),
      "p36" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 36),
      "b36" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 36),
      "v36" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 36) AS VARCHAR[]),
      "p37" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 37),
      "b37" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 37),
      "v37" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 37) AS VARCHAR[]),
      "p38" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 38),
      "b38" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 38),
      "v38" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 38) AS VARCHAR[]),
      "p39" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 39),
      "b39" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 39),
      "v39" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 39) AS VARCHAR[]),
      "p40" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 40),
      "b40" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 40),
      "v40" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 40) AS VARCHAR[]),
      "p41" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 41),
      "b41" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 41),
      "v41" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 41) AS VARCHAR[]),
      "p42" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 42),
      "b42" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 42),
      "v42" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 42) AS VARCHAR[]),
      "p43" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 43),
      "b43" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 43),
      "v43" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 43) AS DATE[]),
      "w43" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 43),
      "p44" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 44),
      "b44" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 44),
      "v44" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 44) AS VARCHAR[])) AS "adg_lists_3"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44)
) AS "g3";

-- [14/21] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  (("y" + 229392722) & 4294967295) AS "h",
                  (("y" + 1926174696) & 4294967295) AS "j",
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
                            (("en" + 895030338) & 4294967295) AS "y",
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

-- [15/21] Rows to generate: the sum of the rows of every entity
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

-- [16/21] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/21] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 1000000000000000) THEN error('specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/21] Identifier EPIKEY: the pattern has a value for every row
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "n" > 10000000) THEN error('specs/hes.yaml: fields.EPIKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [19/21] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE OR REPLACE TEMP TABLE "adg_stable_cuts" AS
SELECT
  22 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 22
UNION ALL
SELECT
  23 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 23
UNION ALL
SELECT
  24 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_apc_metadata" AS "m" WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 24;

-- [20/21] Sample 44 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_apc" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 3140021583) & 4294967295) AS "x",
      (("en" + 895030338) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      xor("y", ("y" >> 15)) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 1931197967) & 4294967295) AS "h1",
      (("x" + 430319040) & 4294967295) AS "h2",
      (("x" + 3180646612) & 4294967295) AS "h3",
      (("x" + 643813) & 4294967295) AS "h4",
      (("x" + 4272250638) & 4294967295) AS "h5",
      (("x" + 3824776044) & 4294967295) AS "j5",
      (("x" + 2737615441) & 4294967295) AS "h6",
      (("x" + 3381053254) & 4294967295) AS "h7",
      (("x" + 211520565) & 4294967295) AS "h8",
      (("x" + 2228227162) & 4294967295) AS "h9",
      (("x" + 853820308) & 4294967295) AS "h10",
      (("x" + 1333765618) & 4294967295) AS "j10",
      (("x" + 1517654475) & 4294967295) AS "h11",
      (("x" + 2589631052) & 4294967295) AS "h12",
      (("x" + 489936917) & 4294967295) AS "j12",
      (("x" + 2337379341) & 4294967295) AS "h13",
      (("x" + 1790854283) & 4294967295) AS "j13",
      (("x" + 2570756498) & 4294967295) AS "h14",
      (("x" + 679068729) & 4294967295) AS "h15",
      (("x" + 2825983227) & 4294967295) AS "h16",
      (("x" + 3997208261) & 4294967295) AS "h17",
      (("x" + 922549624) & 4294967295) AS "h18",
      (("x" + 3216343180) & 4294967295) AS "j18",
      (("x" + 1802223783) & 4294967295) AS "h19",
      (("x" + 204598108) & 4294967295) AS "h20",
      (("x" + 4075789361) & 4294967295) AS "h21",
      (("x" + 3339617698) & 4294967295) AS "h22",
      (("x" + 2640145102) & 4294967295) AS "j22",
      (("x" + 1715549238) & 4294967295) AS "z22",
      (("x" + 256290573) & 4294967295) AS "h23",
      (("x" + 1646596074) & 4294967295) AS "z23",
      (("x" + 1503772729) & 4294967295) AS "h24",
      (("x" + 1516062129) & 4294967295) AS "z24",
      (("x" + 3774114914) & 4294967295) AS "h25",
      (("x" + 3193886256) & 4294967295) AS "h26",
      (("x" + 1382557396) & 4294967295) AS "h27",
      (("x" + 2731460832) & 4294967295) AS "h28",
      (("x" + 878003391) & 4294967295) AS "h29",
      (("x" + 3254420849) & 4294967295) AS "h30",
      (("x" + 2943992865) & 4294967295) AS "h31",
      (("x" + 3799475818) & 4294967295) AS "h32",
      (("x" + 1041305735) & 4294967295) AS "h33",
      (("x" + 2363285556) & 4294967295) AS "h34",
      (("x" + 1061443097) & 4294967295) AS "h35",
      (("x" + 1400794588) & 4294967295) AS "h36",
      (("x" + 3038960192) & 4294967295) AS "h37",
      (("x" + 1429278822) & 4294967295) AS "h38",
      (("x" + 1292027191) & 4294967295) AS "h39",
      (("x" + 948021178) & 4294967295) AS "h40",
      (("x" + 928919348) & 4294967295) AS "h41",
      (("x" + 3261136028) & 4294967295) AS "h42",
      (("x" + 651252023) & 4294967295) AS "h43",
      (("x" + 4217745959) & 4294967295) AS "j43",
      (("x" + 742770231) & 4294967295) AS "h44",
      (("y" + 2364845687) & 4294967295) AS "g22",
      (("y" + 915009466) & 4294967295) AS "t22",
      (("y" + 939246910) & 4294967295) AS "g23",
      (("y" + 1081139235) & 4294967295) AS "g24",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
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
      ((xor("j10", ("j10" >> 16)) * 2080451083) & 4294967295) AS "j10",
      ((xor("h11", ("h11" >> 16)) * 2080451083) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 16)) * 2080451083) & 4294967295) AS "h12",
      ((xor("j12", ("j12" >> 16)) * 2080451083) & 4294967295) AS "j12",
      ((xor("h13", ("h13" >> 16)) * 2080451083) & 4294967295) AS "h13",
      ((xor("j13", ("j13" >> 16)) * 2080451083) & 4294967295) AS "j13",
      ((xor("h14", ("h14" >> 16)) * 2080451083) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 16)) * 2080451083) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 16)) * 2080451083) & 4294967295) AS "h16",
      ((xor("h17", ("h17" >> 16)) * 2080451083) & 4294967295) AS "h17",
      ((xor("h18", ("h18" >> 16)) * 2080451083) & 4294967295) AS "h18",
      ((xor("j18", ("j18" >> 16)) * 2080451083) & 4294967295) AS "j18",
      ((xor("h19", ("h19" >> 16)) * 2080451083) & 4294967295) AS "h19",
      ((xor("h20", ("h20" >> 16)) * 2080451083) & 4294967295) AS "h20",
      ((xor("h21", ("h21" >> 16)) * 2080451083) & 4294967295) AS "h21",
      ((xor("h22", ("h22" >> 16)) * 2080451083) & 4294967295) AS "h22",
      ((xor("j22", ("j22" >> 16)) * 2080451083) & 4294967295) AS "j22",
      ((xor("z22", ("z22" >> 16)) * 2080451083) & 4294967295) AS "z22",
      ((xor("h23", ("h23" >> 16)) * 2080451083) & 4294967295) AS "h23",
      ((xor("z23", ("z23" >> 16)) * 2080451083) & 4294967295) AS "z23",
      ((xor("h24", ("h24" >> 16)) * 2080451083) & 4294967295) AS "h24",
      ((xor("z24", ("z24" >> 16)) * 2080451083) & 4294967295) AS "z24",
      ((xor("h25", ("h25" >> 16)) * 2080451083) & 4294967295) AS "h25",
      ((xor("h26", ("h26" >> 16)) * 2080451083) & 4294967295) AS "h26",
      ((xor("h27", ("h27" >> 16)) * 2080451083) & 4294967295) AS "h27",
      ((xor("h28", ("h28" >> 16)) * 2080451083) & 4294967295) AS "h28",
      ((xor("h29", ("h29" >> 16)) * 2080451083) & 4294967295) AS "h29",
      ((xor("h30", ("h30" >> 16)) * 2080451083) & 4294967295) AS "h30",
      ((xor("h31", ("h31" >> 16)) * 2080451083) & 4294967295) AS "h31",
      ((xor("h32", ("h32" >> 16)) * 2080451083) & 4294967295) AS "h32",
      ((xor("h33", ("h33" >> 16)) * 2080451083) & 4294967295) AS "h33",
      ((xor("h34", ("h34" >> 16)) * 2080451083) & 4294967295) AS "h34",
      ((xor("h35", ("h35" >> 16)) * 2080451083) & 4294967295) AS "h35",
      ((xor("h36", ("h36" >> 16)) * 2080451083) & 4294967295) AS "h36",
      ((xor("h37", ("h37" >> 16)) * 2080451083) & 4294967295) AS "h37",
      ((xor("h38", ("h38" >> 16)) * 2080451083) & 4294967295) AS "h38",
      ((xor("h39", ("h39" >> 16)) * 2080451083) & 4294967295) AS "h39",
      ((xor("h40", ("h40" >> 16)) * 2080451083) & 4294967295) AS "h40",
      ((xor("h41", ("h41" >> 16)) * 2080451083) & 4294967295) AS "h41",
      ((xor("h42", ("h42" >> 16)) * 2080451083) & 4294967295) AS "h42",
      ((xor("h43", ("h43" >> 16)) * 2080451083) & 4294967295) AS "h43",
      ((xor("j43", ("j43" >> 16)) * 2080451083) & 4294967295) AS "j43",
      ((xor("h44", ("h44" >> 16)) * 2080451083) & 4294967295) AS "h44",
      ((xor("g22", ("g22" >> 16)) * 2080451083) & 4294967295) AS "g22",
      ((xor("t22", ("t22" >> 16)) * 2080451083) & 4294967295) AS "t22",
      ((xor("g23", ("g23" >> 16)) * 2080451083) & 4294967295) AS "g23",
      ((xor("g24", ("g24" >> 16)) * 2080451083) & 4294967295) AS "g24",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
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
      ((xor("j10", ("j10" >> 15)) * 889856635) & 4294967295) AS "j10",
      ((xor("h11", ("h11" >> 15)) * 889856635) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 15)) * 889856635) & 4294967295) AS "h12",
      ((xor("j12", ("j12" >> 15)) * 889856635) & 4294967295) AS "j12",
      ((xor("h13", ("h13" >> 15)) * 889856635) & 4294967295) AS "h13",
      ((xor("j13", ("j13" >> 15)) * 889856635) & 4294967295) AS "j13",
      ((xor("h14", ("h14" >> 15)) * 889856635) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 15)) * 889856635) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 15)) * 889856635) & 4294967295) AS "h16",
      ((xor("h17", ("h17" >> 15)) * 889856635) & 4294967295) AS "h17",
      ((xor("h18", ("h18" >> 15)) * 889856635) & 4294967295) AS "h18",
      ((xor("j18", ("j18" >> 15)) * 889856635) & 4294967295) AS "j18",
      ((xor("h19", ("h19" >> 15)) * 889856635) & 4294967295) AS "h19",
      ((xor("h20", ("h20" >> 15)) * 889856635) & 4294967295) AS "h20",
      ((xor("h21", ("h21" >> 15)) * 889856635) & 4294967295) AS "h21",
      ((xor("h22", ("h22" >> 15)) * 889856635) & 4294967295) AS "h22",
      ((xor("j22", ("j22" >> 15)) * 889856635) & 4294967295) AS "j22",
      ((xor("z22", ("z22" >> 15)) * 889856635) & 4294967295) AS "z22",
      ((xor("h23", ("h23" >> 15)) * 889856635) & 4294967295) AS "h23",
      ((xor("z23", ("z23" >> 15)) * 889856635) & 4294967295) AS "z23",
      ((xor("h24", ("h24" >> 15)) * 889856635) & 4294967295) AS "h24",
      ((xor("z24", ("z24" >> 15)) * 889856635) & 4294967295) AS "z24",
      ((xor("h25", ("h25" >> 15)) * 889856635) & 4294967295) AS "h25",
      ((xor("h26", ("h26" >> 15)) * 889856635) & 4294967295) AS "h26",
      ((xor("h27", ("h27" >> 15)) * 889856635) & 4294967295) AS "h27",
      ((xor("h28", ("h28" >> 15)) * 889856635) & 4294967295) AS "h28",
      ((xor("h29", ("h29" >> 15)) * 889856635) & 4294967295) AS "h29",
      ((xor("h30", ("h30" >> 15)) * 889856635) & 4294967295) AS "h30",
      ((xor("h31", ("h31" >> 15)) * 889856635) & 4294967295) AS "h31",
      ((xor("h32", ("h32" >> 15)) * 889856635) & 4294967295) AS "h32",
      ((xor("h33", ("h33" >> 15)) * 889856635) & 4294967295) AS "h33",
      ((xor("h34", ("h34" >> 15)) * 889856635) & 4294967295) AS "h34",
      ((xor("h35", ("h35" >> 15)) * 889856635) & 4294967295) AS "h35",
      ((xor("h36", ("h36" >> 15)) * 889856635) & 4294967295) AS "h36",
      ((xor("h37", ("h37" >> 15)) * 889856635) & 4294967295) AS "h37",
      ((xor("h38", ("h38" >> 15)) * 889856635) & 4294967295) AS "h38",
      ((xor("h39", ("h39" >> 15)) * 889856635) & 4294967295) AS "h39",
      ((xor("h40", ("h40" >> 15)) * 889856635) & 4294967295) AS "h40",
      ((xor("h41", ("h41" >> 15)) * 889856635) & 4294967295) AS "h41",
      ((xor("h42", ("h42" >> 15)) * 889856635) & 4294967295) AS "h42",
      ((xor("h43", ("h43" >> 15)) * 889856635) & 4294967295) AS "h43",
      ((xor("j43", ("j43" >> 15)) * 889856635) & 4294967295) AS "j43",
      ((xor("h44", ("h44" >> 15)) * 889856635) & 4294967295) AS "h44",
      ((xor("g22", ("g22" >> 15)) * 889856635) & 4294967295) AS "g22",
      ((xor("t22", ("t22" >> 15)) * 889856635) & 4294967295) AS "t22",
      ((xor("g23", ("g23" >> 15)) * 889856635) & 4294967295) AS "g23",
      ((xor("g24", ("g24" >> 15)) * 889856635) & 4294967295) AS "g24",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
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
      xor("j10", ("j10" >> 16)) AS "j10",
      xor("h11", ("h11" >> 16)) AS "h11",
      xor("h12", ("h12" >> 16)) AS "h12",
      xor("j12", ("j12" >> 16)) AS "j12",
      xor("h13", ("h13" >> 16)) AS "h13",
      xor("j13", ("j13" >> 16)) AS "j13",
      xor("h14", ("h14" >> 16)) AS "h14",
      xor("h15", ("h15" >> 16)) AS "h15",
      xor("h16", ("h16" >> 16)) AS "h16",
      xor("h17", ("h17" >> 16)) AS "h17",
      xor("h18", ("h18" >> 16)) AS "h18",
      xor("j18", ("j18" >> 16)) AS "j18",
      xor("h19", ("h19" >> 16)) AS "h19",
      xor("h20", ("h20" >> 16)) AS "h20",
      xor("h21", ("h21" >> 16)) AS "h21",
      xor("h22", ("h22" >> 16)) AS "h22",
      xor("j22", ("j22" >> 16)) AS "j22",
      xor("z22", ("z22" >> 16)) AS "z22",
      xor("h23", ("h23" >> 16)) AS "h23",
      xor("z23", ("z23" >> 16)) AS "z23",
      xor("h24", ("h24" >> 16)) AS "h24",
      xor("z24", ("z24" >> 16)) AS "z24",
      xor("h25", ("h25" >> 16)) AS "h25",
      xor("h26", ("h26" >> 16)) AS "h26",
      xor("h27", ("h27" >> 16)) AS "h27",
      xor("h28", ("h28" >> 16)) AS "h28",
      xor("h29", ("h29" >> 16)) AS "h29",
      xor("h30", ("h30" >> 16)) AS "h30",
      xor("h31", ("h31" >> 16)) AS "h31",
      xor("h32", ("h32" >> 16)) AS "h32",
      xor("h33", ("h33" >> 16)) AS "h33",
      xor("h34", ("h34" >> 16)) AS "h34",
      xor("h35", ("h35" >> 16)) AS "h35",
      xor("h36", ("h36" >> 16)) AS "h36",
      xor("h37", ("h37" >> 16)) AS "h37",
      xor("h38", ("h38" >> 16)) AS "h38",
      xor("h39", ("h39" >> 16)) AS "h39",
      xor("h40", ("h40" >> 16)) AS "h40",
      xor("h41", ("h41" >> 16)) AS "h41",
      xor("h42", ("h42" >> 16)) AS "h42",
      xor("h43", ("h43" >> 16)) AS "h43",
      xor("j43", ("j43" >> 16)) AS "j43",
      xor("h44", ("h44" >> 16)) AS "h44",
      xor("g22", ("g22" >> 16)) AS "g22",
      xor("t22", ("t22" >> 16)) AS "t22",
      xor("g23", ("g23" >> 16)) AS "g23",
      xor("g24", ("g24" >> 16)) AS "g24",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s8"
  ),
  "adg_s10" AS (
    SELECT
      CASE
        WHEN "z22" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 22) THEN "h22"
        ELSE "g22"
      END AS "h22",
      CASE
        WHEN "z22" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 22) THEN "j22"
        ELSE "t22"
      END AS "j22",
      CASE
        WHEN "z23" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 23) THEN "h23"
        ELSE "g23"
      END AS "h23",
      CASE
        WHEN "z24" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 24) THEN "h24"
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s9"
  ),
  "adg_s11" AS (
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
      "adg_lists_2"."p17"[("h17" >> (32 - "adg_lists_2"."b17")) + 1] AS "q17",
      "adg_lists_2"."p18"[("h18" >> (32 - "adg_lists_2"."b18")) + 1] AS "q18",
      "adg_lists_2"."p19"[("h19" >> (32 - "adg_lists_2"."b19")) + 1] AS "q19",
      "adg_lists_2"."p20"[("h20" >> (32 - "adg_lists_2"."b20")) + 1] AS "q20",
      "adg_lists_2"."p21"[("h21" >> (32 - "adg_lists_2"."b21")) + 1] AS "q21",
      "adg_lists_2"."p22"[("h22" >> (32 - "adg_lists_2"."b22")) + 1] AS "q22",
      "adg_lists_2"."p23"[("h23" >> (32 - "adg_lists_2"."b23")) + 1] AS "q23",
      "adg_lists_2"."p24"[("h24" >> (32 - "adg_lists_2"."b24")) + 1] AS "q24",
      "adg_lists_2"."p25"[("h25" >> (32 - "adg_lists_2"."b25")) + 1] AS "q25",
      "adg_lists_2"."p26"[("h26" >> (32 - "adg_lists_2"."b26")) + 1] AS "q26",
      "adg_lists_2"."p27"[("h27" >> (32 - "adg_lists_2"."b27")) + 1] AS "q27",
      "adg_lists_2"."p28"[("h28" >> (32 - "adg_lists_2"."b28")) + 1] AS "q28",
      "adg_lists_2"."p29"[("h29" >> (32 - "adg_lists_2"."b29")) + 1] AS "q29",
      "adg_lists_2"."p30"[("h30" >> (32 - "adg_lists_2"."b30")) + 1] AS "q30",
      "adg_lists_2"."p31"[("h31" >> (32 - "adg_lists_2"."b31")) + 1] AS "q31",
      "adg_lists_2"."p32"[("h32" >> (32 - "adg_lists_2"."b32")) + 1] AS "q32",
      "adg_lists_3"."p33"[("h33" >> (32 - "adg_lists_3"."b33")) + 1] AS "q33",
      "adg_lists_3"."p34"[("h34" >> (32 - "adg_lists_3"."b34")) + 1] AS "q34",
      "adg_lists_3"."p35"[("h35" >> (32 - "adg_lists_3"."b35")) + 1] AS "q35",
      "adg_lists_3"."p36"[("h36" >> (32 - "adg_lists_3"."b36")) + 1] AS "q36",
      "adg_lists_3"."p37"[("h37" >> (32 - "adg_lists_3"."b37")) + 1] AS "q37",
      "adg_lists_3"."p38"[("h38" >> (32 - "adg_lists_3"."b38")) + 1] AS "q38",
      "adg_lists_3"."p39"[("h39" >> (32 - "adg_lists_3"."b39")) + 1] AS "q39",
      "adg_lists_3"."p40"[("h40" >> (32 - "adg_lists_3"."b40")) + 1] AS "q40",
      "adg_lists_3"."p41"[("h41" >> (32 - "adg_lists_3"."b41")) + 1] AS "q41",
      "adg_lists_3"."p42"[("h42" >> (32 - "adg_lists_3"."b42")) + 1] AS "q42",
      "adg_lists_3"."p43"[("h43" >> (32 - "adg_lists_3"."b43")) + 1] AS "q43",
      "adg_lists_3"."p44"[("h44" >> (32 - "adg_lists_3"."b44")) + 1] AS "q44",
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
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
      CASE
        WHEN "h17" < ("q17" >> 30) THEN ("h17" >> (32 - "adg_lists_2"."b17"))
        ELSE ("q17" & 1073741823)
      END AS "k17",
      CASE
        WHEN "h18" < ("q18" >> 30) THEN ("h18" >> (32 - "adg_lists_2"."b18"))
        ELSE ("q18" & 1073741823)
      END AS "k18",
      CASE
        WHEN "h19" < ("q19" >> 30) THEN ("h19" >> (32 - "adg_lists_2"."b19"))
        ELSE ("q19" & 1073741823)
      END AS "k19",
      CASE
        WHEN "h20" < ("q20" >> 30) THEN ("h20" >> (32 - "adg_lists_2"."b20"))
        ELSE ("q20" & 1073741823)
      END AS "k20",
      CASE
        WHEN "h21" < ("q21" >> 30) THEN ("h21" >> (32 - "adg_lists_2"."b21"))
        ELSE ("q21" & 1073741823)
      END AS "k21",
      CASE
        WHEN "h22" < ("q22" >> 30) THEN ("h22" >> (32 - "adg_lists_2"."b22"))
        ELSE ("q22" & 1073741823)
      END AS "k22",
      CASE
        WHEN "h23" < ("q23" >> 30) THEN ("h23" >> (32 - "adg_lists_2"."b23"))
        ELSE ("q23" & 1073741823)
      END AS "k23",
      CASE
        WHEN "h24" < ("q24" >> 30) THEN ("h24" >> (32 - "adg_lists_2"."b24"))
        ELSE ("q24" & 1073741823)
      END AS "k24",
      CASE
        WHEN "h25" < ("q25" >> 30) THEN ("h25" >> (32 - "adg_lists_2"."b25"))
        ELSE ("q25" & 1073741823)
      END AS "k25",
      CASE
        WHEN "h26" < ("q26" >> 30) THEN ("h26" >> (32 - "adg_lists_2"."b26"))
        ELSE ("q26" & 1073741823)
      END AS "k26",
      CASE
        WHEN "h27" < ("q27" >> 30) THEN ("h27" >> (32 - "adg_lists_2"."b27"))
        ELSE ("q27" & 1073741823)
      END AS "k27",
      CASE
        WHEN "h28" < ("q28" >> 30) THEN ("h28" >> (32 - "adg_lists_2"."b28"))
        ELSE ("q28" & 1073741823)
      END AS "k28",
      CASE
        WHEN "h29" < ("q29" >> 30) THEN ("h29" >> (32 - "adg_lists_2"."b29"))
        ELSE ("q29" & 1073741823)
      END AS "k29",
      CASE
        WHEN "h30" < ("q30" >> 30) THEN ("h30" >> (32 - "adg_lists_2"."b30"))
        ELSE ("q30" & 1073741823)
      END AS "k30",
      CASE
        WHEN "h31" < ("q31" >> 30) THEN ("h31" >> (32 - "adg_lists_2"."b31"))
        ELSE ("q31" & 1073741823)
      END AS "k31",
      CASE
        WHEN "h32" < ("q32" >> 30) THEN ("h32" >> (32 - "adg_lists_2"."b32"))
        ELSE ("q32" & 1073741823)
      END AS "k32",
      CASE
        WHEN "h33" < ("q33" >> 30) THEN ("h33" >> (32 - "adg_lists_3"."b33"))
        ELSE ("q33" & 1073741823)
      END AS "k33",
      CASE
        WHEN "h34" < ("q34" >> 30) THEN ("h34" >> (32 - "adg_lists_3"."b34"))
        ELSE ("q34" & 1073741823)
      END AS "k34",
      CASE
        WHEN "h35" < ("q35" >> 30) THEN ("h35" >> (32 - "adg_lists_3"."b35"))
        ELSE ("q35" & 1073741823)
      END AS "k35",
      CASE
        WHEN "h36" < ("q36" >> 30) THEN ("h36" >> (32 - "adg_lists_3"."b36"))
        ELSE ("q36" & 1073741823)
      END AS "k36",
      CASE
        WHEN "h37" < ("q37" >> 30) THEN ("h37" >> (32 - "adg_lists_3"."b37"))
        ELSE ("q37" & 1073741823)
      END AS "k37",
      CASE
        WHEN "h38" < ("q38" >> 30) THEN ("h38" >> (32 - "adg_lists_3"."b38"))
        ELSE ("q38" & 1073741823)
      END AS "k38",
      CASE
        WHEN "h39" < ("q39" >> 30) THEN ("h39" >> (32 - "adg_lists_3"."b39"))
        ELSE ("q39" & 1073741823)
      END AS "k39",
      CASE
        WHEN "h40" < ("q40" >> 30) THEN ("h40" >> (32 - "adg_lists_3"."b40"))
        ELSE ("q40" & 1073741823)
      END AS "k40",
      CASE
        WHEN "h41" < ("q41" >> 30) THEN ("h41" >> (32 - "adg_lists_3"."b41"))
        ELSE ("q41" & 1073741823)
      END AS "k41",
      CASE
        WHEN "h42" < ("q42" >> 30) THEN ("h42" >> (32 - "adg_lists_3"."b42"))
        ELSE ("q42" & 1073741823)
      END AS "k42",
      CASE
        WHEN "h43" < ("q43" >> 30) THEN ("h43" >> (32 - "adg_lists_3"."b43"))
        ELSE ("q43" & 1073741823)
      END AS "k43",
      CASE
        WHEN "h44" < ("q44" >> 30) THEN ("h44" >> (32 - "adg_lists_3"."b44"))
        ELSE ("q44" & 1073741823)
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3"
    FROM "adg_s11"
  ),
  "adg_s13" AS (
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
      "adg_lists_1"."w10"["k10" + 1] AS "w10",
      "adg_lists_1"."v11"["k11" + 1] AS "v11",
      "adg_lists_1"."v12"["k12" + 1] AS "v12",
      "adg_lists_1"."w12"["k12" + 1] AS "w12",
      "adg_lists_1"."v13"["k13" + 1] AS "v13",
      "adg_lists_1"."w13"["k13" + 1] AS "w13",
      "adg_lists_1"."v14"["k14" + 1] AS "v14",
      "adg_lists_1"."v15"["k15" + 1] AS "v15",
      "adg_lists_1"."v16"["k16" + 1] AS "v16",
      "adg_lists_2"."v17"["k17" + 1] AS "v17",
      "adg_lists_2"."v18"["k18" + 1] AS "v18",
      "adg_lists_2"."w18"["k18" + 1] AS "w18",
      "adg_lists_2"."v19"["k19" + 1] AS "v19",
      "adg_lists_2"."v20"["k20" + 1] AS "v20",
      "adg_lists_2"."v21"["k21" + 1] AS "v21",
      "adg_lists_2"."v22"["k22" + 1] AS "v22",
      "adg_lists_2"."w22"["k22" + 1] AS "w22",
      "adg_lists_2"."v23"["k23" + 1] AS "v23",
      "adg_lists_2"."v24"["k24" + 1] AS "v24",
      "adg_lists_2"."v25"["k25" + 1] AS "v25",
      "adg_lists_2"."v26"["k26" + 1] AS "v26",
      "adg_lists_2"."v27"["k27" + 1] AS "v27",
      "adg_lists_2"."v28"["k28" + 1] AS "v28",
      "adg_lists_2"."v29"["k29" + 1] AS "v29",
      "adg_lists_2"."v30"["k30" + 1] AS "v30",
      "adg_lists_2"."v31"["k31" + 1] AS "v31",
      "adg_lists_2"."v32"["k32" + 1] AS "v32",
      "adg_lists_3"."v33"["k33" + 1] AS "v33",
      "adg_lists_3"."v34"["k34" + 1] AS "v34",
      "adg_lists_3"."v35"["k35" + 1] AS "v35",
      "adg_lists_3"."v36"["k36" + 1] AS "v36",
      "adg_lists_3"."v37"["k37" + 1] AS "v37",
      "adg_lists_3"."v38"["k38" + 1] AS "v38",
      "adg_lists_3"."v39"["k39" + 1] AS "v39",
      "adg_lists_3"."v40"["k40" + 1] AS "v40",
      "adg_lists_3"."v41"["k41" + 1] AS "v41",
      "adg_lists_3"."v42"["k42" + 1] AS "v42",
      "adg_lists_3"."v43"["k43" + 1] AS "v43",
      "adg_lists_3"."w43"["k43" + 1] AS "w43",
      "adg_lists_3"."v44"["k44" + 1] AS "v44",
      (((1073741789 * "en") + 735017446784584) % 1000000000000000) AS "m1",
      (((1073741741 * "i") + 3701954) % 10000000) AS "m2",
      "j5",
      "j10",
      "j12",
      "j13",
      "j18",
      "j22",
      "j43"
    FROM "adg_s12"
  ),
  "adg_s14" AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 101559956668416) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 2821109907456) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 78364164096) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 2176782336) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 60466176) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 1679616) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 46656) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 1296) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 36) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (("m1" % 36) + 1), 1) AS "o1",
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', ((("m2" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10) % 10) + 1), 1) || substr('0123456789', (("m2" % 10) + 1), 1) AS BIGINT) AS "o2",
      "v1" AS "o3",
      "v2" AS "o4",
      "v3" AS "o5",
      "v4" AS "o6",
      ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w5" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o7",
      "v6" AS "o8",
      "v7" AS "o9",
      "v8" AS "o10",
      "v9" AS "o11",
      ("v10" + CAST(CAST(floor((CAST("j10" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w10" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o12",
      "v11" AS "o13",
      ("v12" + CAST(CAST(floor((CAST("j12" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w12" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o14",
      ("v13" + CAST(CAST(floor((CAST("j13" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w13" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o15",
      "v14" AS "o16",
      "v15" AS "o17",
      "v16" AS "o18",
      "v17" AS "o19",
      ("v18" + CAST(CAST(floor((CAST("j18" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w18" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o20",
      "v19" AS "o21",
      "v20" AS "o22",
      "v21" AS "o23",
      ("v22" + CAST(CAST(floor((CAST("j22" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w22" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o24",
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
      ("v43" + CAST(CAST(floor((CAST("j43" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w43" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o45",
      CAST(NULL AS VARCHAR) AS "o46",
      "v44" AS "o47"
    FROM "adg_s13"
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
  ),
  "adg_s16" AS (
    SELECT
      CASE
        WHEN "o12" IS NULL THEN NULL
        WHEN CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END = 1 THEN "r1_1"
      END AS "o12",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
      END AS "o7",
      CASE
        WHEN "o14" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END) = 3 THEN "r1_3"
      END AS "o14",
      CASE
        WHEN "o15" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END) = 3 THEN "r1_3"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END) = 4 THEN "r1_4"
      END AS "o15",
      CASE
        WHEN "o20" IS NULL THEN NULL
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o20" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o20" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o20" IS NOT NULL THEN 1 ELSE 0 END) = 3 THEN "r1_3"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o20" IS NOT NULL THEN 1 ELSE 0 END) = 4 THEN "r1_4"
        WHEN (CASE WHEN "o12" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o14" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o15" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o20" IS NOT NULL THEN 1 ELSE 0 END) = 5 THEN "r1_5"
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
  CAST((CAST(substr(strftime("o14", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("o24", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE
    WHEN ((CAST(substr(strftime("o14", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("o14", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("o24", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("o24", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1
    ELSE 0
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
    WHEN ("o29" IS NOT NULL) OR ("o30" IS NOT NULL) OR ("o31" IS NOT NULL) OR ("o32" IS NOT NULL) OR ("o33" IS NOT NULL) OR ("o34" IS NOT NULL) OR ("o35" IS NOT NULL) OR ("o36" IS NOT NULL) OR ("o37" IS NOT NULL) OR ("o38" IS NOT NULL) THEN substr((CASE WHEN "o29" IS NOT NULL THEN ',' || "o29" ELSE '' END || CASE WHEN "o30" IS NOT NULL THEN ',' || "o30" ELSE '' END || CASE WHEN "o31" IS NOT NULL THEN ',' || "o31" ELSE '' END || CASE WHEN "o32" IS NOT NULL THEN ',' || "o32" ELSE '' END || CASE WHEN "o33" IS NOT NULL THEN ',' || "o33" ELSE '' END || CASE WHEN "o34" IS NOT NULL THEN ',' || "o34" ELSE '' END || CASE WHEN "o35" IS NOT NULL THEN ',' || "o35" ELSE '' END || CASE WHEN "o36" IS NOT NULL THEN ',' || "o36" ELSE '' END || CASE WHEN "o37" IS NOT NULL THEN ',' || "o37" ELSE '' END || CASE WHEN "o38" IS NOT NULL THEN ',' || "o38" ELSE '' END), 2, length((CASE WHEN "o29" IS NOT NULL THEN ',' || "o29" ELSE '' END || CASE WHEN "o30" IS NOT NULL THEN ',' || "o30" ELSE '' END || CASE WHEN "o31" IS NOT NULL THEN ',' || "o31" ELSE '' END || CASE WHEN "o32" IS NOT NULL THEN ',' || "o32" ELSE '' END || CASE WHEN "o33" IS NOT NULL THEN ',' || "o33" ELSE '' END || CASE WHEN "o34" IS NOT NULL THEN ',' || "o34" ELSE '' END || CASE WHEN "o35" IS NOT NULL THEN ',' || "o35" ELSE '' END || CASE WHEN "o36" IS NOT NULL THEN ',' || "o36" ELSE '' END || CASE WHEN "o37" IS NOT NULL THEN ',' || "o37" ELSE '' END || CASE WHEN "o38" IS NOT NULL THEN ',' || "o38" ELSE '' END)))
    ELSE CAST(NULL AS VARCHAR)
  END AS VARCHAR) AS "DIAG_4_CONCAT",
  CAST(CASE WHEN "o29" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o30" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o31" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o32" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o33" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o34" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o35" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o36" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o37" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o38" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT) AS "DIAG_COUNT",
  "o39" AS "OPERTN_4_01",
  "o40" AS "OPERTN_4_02",
  "o41" AS "OPERTN_4_03",
  "o42" AS "OPERTN_4_04",
  "o43" AS "OPERTN_4_05",
  "o44" AS "OPERTN_4_06",
  CAST(CASE WHEN "o39" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o40" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o41" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o42" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o43" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o44" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT) AS "OPERTN_COUNT",
  "o45" AS "OPDATE_01",
  "o46" AS "GPPRAC",
  "o47" AS "RESLADST"
FROM "adg_s16";

CREATE OR REPLACE TABLE "hes_apc_provenance" AS
SELECT
  'hes_apc' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  '596d835241343c8954e7c6d2f5984503dd8b31f7947bf8cf956fd57778f08bea' AS "spec_hash",
  "m"."metadata_hash",
  2026 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hes_apc_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
    WHERE ("l"."dataset" = 'hes_apc') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_apc'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "hes_apc_fields" AS
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

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_op", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/hes/output.duckdb; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/21] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/21] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/hes/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/21] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/21] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'FYEAR', 'categorical'),
  (2, 'PROCODE3', 'categorical'),
  (3, 'PROCODET', 'categorical'),
  (4, 'SITETRET', 'categorical'),
  (5, 'APPTDATE', 'date'),
  (6, 'REQDATE', 'date'),
  (7, 'WAITING', 'discrete'),
  (8, 'ATTENDED', 'categorical'),
  (9, 'FIRSTATT', 'categorical'),
  (10, 'OUTCOME', 'categorical'),
  (11, 'PRIORITY', 'categorical'),
  (12, 'REFSOURC', 'categorical'),
  (13, 'SERVTYPE', 'categorical'),
  (14, 'STAFFTYP', 'categorical'),
  (15, 'TRETSPEF', 'categorical'),
  (16, 'MAINSPEF', 'categorical'),
  (17, 'DIAG_4_01', 'categorical'),
  (18, 'DIAG_4_02', 'categorical'),
  (19, 'DIAG_4_03', 'categorical'),
  (20, 'DIAG_4_04', 'categorical'),
  (21, 'DIAG_4_05', 'categorical'),
  (22, 'DIAG_4_06', 'categorical'),
  (23, 'OPERTN_4_01', 'categorical'),
  (24, 'OPERTN_4_02', 'categorical'),
  (25, 'OPERTN_4_03', 'categorical'),
  (26, 'OPERTN_4_04', 'categorical'),
  (27, 'OPERTN_4_05', 'categorical'),
  (28, 'OPERTN_4_06', 'categorical'),
  (29, 'MYDOB', 'date'),
  (30, 'SEX', 'categorical'),
  (31, 'ETHNOS', 'categorical'),
  (32, 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/21] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."hes_op_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9'))) THEN error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.') END AS "adg_check";

-- [6/21] The hash of the released metadata, computed once
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
    FROM "adg_released"."hes_op_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/21] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_op') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_op')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/21] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/21] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/21] Released items of every field, in published order
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
    WHEN "g"."ordinal" = 5 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 6 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 29 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_years(1) AS DATE)) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."hes_op_metadata" AS "m"
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
FROM "adg_released"."hes_op_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0)
UNION ALL
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
    WHEN "g"."ordinal" = 100029 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_years(1) AS DATE)) AS DOUBLE)
  END
  END AS "width"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind"
  FROM (VALUES
    (100029, 'MYDOB', 'date'),
    (100030, 'SEX', 'categorical'),
    (100031, 'ETHNOS', 'categorical')
  ) AS "v"("ordinal", "field", "kind")
) AS "g"
JOIN "adg_released"."hes_apc_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [11/21] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [12/21] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."hes_op_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [13/21] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1",
  "adg_lists_2",
  "adg_lists_6252"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS VARCHAR[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS VARCHAR[]),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS VARCHAR[]),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS VARCHAR[]),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS DATE[]),
      "w5" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 5),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 6) AS DATE[]),
      "w6" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 6),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS INTEGER[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS VARCHAR[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS VARCHAR[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS VARCHAR[]),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 11) AS VARCHAR[]),
      "p12" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 12),
      "b12" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 12),
      "v12" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 12) AS VARCHAR[]),
      "p13" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 13),
      "b13" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 13),
      "v13" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 13) AS VARCHAR[]),
      "p14" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 14),
      "b14" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 14),
      "v14" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 14) AS VARCHAR[]),
      "p15" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 15),
      "b15" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 15),
      "v15" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 15) AS VARCHAR[]),
      "p16" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 16),
      "b16" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 16),
      "v16" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 16) AS VARCHAR[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
) AS "g1"
CROSS JOIN (
  SELECT
    struct_pack("p17" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 17),
      "b17" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 17),
      "v17" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 17) AS VARCHAR[]),
      "p18" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 18),
      "b18" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 18),
      "v18" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 18) AS VARCHAR[]),
      "p19" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 19),
      "b19" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 19),
      "v19" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 19) AS VARCHAR[]),
      "p20" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 20),
      "b20" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 20),
      "v20" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 20) AS VARCHAR[]),
      "p21" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 21),
      "b21" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 21),
      "v21" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 21) AS VARCHAR[]),
      "p22" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 22),
      "b22" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 22),
      "v22" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 22) AS VARCHAR[]),
      "p23" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 23),
      "b23" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 23),
      "v23" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 23) AS VARCHAR[]),
      "p24" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 24),
      "b24" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 24),
      "v24" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 24) AS VARCHAR[]),
      "p25" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 25),
      "b25" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 25),
      "v25" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 25) AS VARCHAR[]),
      "p26" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 26),
      "b26" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 26),
      "v26" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 26) AS VARCHAR[]),
      "p27" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 27),
      "b27" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 27),
      "v27" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 27) AS VARCHAR[]),
      "p28" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 28),
      "b28" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 28),
      "v28" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 28) AS VARCHAR[]),
      "p29" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 29),
      "b29" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 29),
      "v29" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 29) AS DATE[]),
      "w29" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 29),
      "p30" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 30),
      "b30" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 30),
      "v30" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 30) AS VARCHAR[]),
      "p31" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 31),
      "b31" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 31),
      "v31" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 31) AS VARCHAR[]),
      "p32" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 32),
      "b32" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 32),
      "v32" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 32) AS VARCHAR[])) AS "adg_lists_2"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
) AS "g2"
CROSS JOIN (
  SELECT
    struct_pack("p100029" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 100029),
      "b100029" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 100029),
      "v100029" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 100029) AS DATE[]),
      "w100029" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 100029),
      "p100030" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 100030),
      "b100030" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 100030),
      "v100030" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 100030) AS VARCHAR[]),
      "p100031" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 100031),
      "b100031" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 100031),
      "v100031" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 100031) AS VARCHAR[])) AS "adg_lists_6252"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (100029, 100030, 100031)
) AS "g3";

-- [14/21] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  (("y" + 744192685) & 4294967295) AS "h",
                  (("y" + 3739643141) & 4294967295) AS "j",
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
                            (("en" + 895030338) & 4294967295) AS "y",
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

-- [15/21] Rows to generate: the sum of the rows of every entity
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

-- [16/21] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/21] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 1000000000000000) THEN error('specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/21] Identifier ATTENDKEY: the pattern has a value for every row
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "n" > 10000000) THEN error('specs/hes.yaml: fields.ATTENDKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [19/21] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE OR REPLACE TEMP TABLE "adg_stable_cuts" AS
SELECT
  29 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 29
UNION ALL
SELECT
  30 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 30
UNION ALL
SELECT
  31 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_op_metadata" AS "m" WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 31;

-- [20/21] Sample 32 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_op" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 1495469939) & 4294967295) AS "x",
      (("en" + 895030338) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      xor("y", ("y" >> 15)) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 1906358468) & 4294967295) AS "h1",
      (("x" + 1685441524) & 4294967295) AS "h2",
      (("x" + 2243510659) & 4294967295) AS "h3",
      (("x" + 1983234211) & 4294967295) AS "h4",
      (("x" + 3138222731) & 4294967295) AS "h5",
      (("x" + 3833144937) & 4294967295) AS "j5",
      (("x" + 1809889657) & 4294967295) AS "h6",
      (("x" + 322152722) & 4294967295) AS "j6",
      (("x" + 4263079187) & 4294967295) AS "h7",
      (("x" + 704061334) & 4294967295) AS "h8",
      (("x" + 959898261) & 4294967295) AS "h9",
      (("x" + 904500734) & 4294967295) AS "h10",
      (("x" + 808426048) & 4294967295) AS "h11",
      (("x" + 2481907532) & 4294967295) AS "h12",
      (("x" + 1270209703) & 4294967295) AS "h13",
      (("x" + 4172521213) & 4294967295) AS "h14",
      (("x" + 266799626) & 4294967295) AS "h15",
      (("x" + 219708512) & 4294967295) AS "h16",
      (("x" + 3672038904) & 4294967295) AS "h17",
      (("x" + 368390544) & 4294967295) AS "h18",
      (("x" + 1893388279) & 4294967295) AS "h19",
      (("x" + 2621087242) & 4294967295) AS "h20",
      (("x" + 1670616682) & 4294967295) AS "h21",
      (("x" + 2807031521) & 4294967295) AS "h22",
      (("x" + 532283212) & 4294967295) AS "h23",
      (("x" + 3473207830) & 4294967295) AS "h24",
      (("x" + 2261542929) & 4294967295) AS "h25",
      (("x" + 996690865) & 4294967295) AS "h26",
      (("x" + 2236198501) & 4294967295) AS "h27",
      (("x" + 1347656136) & 4294967295) AS "h28",
      (("x" + 1579968452) & 4294967295) AS "h29",
      (("x" + 3560054605) & 4294967295) AS "j29",
      (("x" + 3776112417) & 4294967295) AS "z29",
      (("x" + 1411356280) & 4294967295) AS "h30",
      (("x" + 471085685) & 4294967295) AS "z30",
      (("x" + 177946936) & 4294967295) AS "h31",
      (("x" + 531931932) & 4294967295) AS "z31",
      (("x" + 3176060992) & 4294967295) AS "h32",
      (("y" + 2364845687) & 4294967295) AS "h100029",
      (("y" + 915009466) & 4294967295) AS "j100029",
      (("y" + 939246910) & 4294967295) AS "h100030",
      (("y" + 1081139235) & 4294967295) AS "h100031",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
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
      ((xor("j6", ("j6" >> 16)) * 2080451083) & 4294967295) AS "j6",
      ((xor("h7", ("h7" >> 16)) * 2080451083) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 16)) * 2080451083) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 16)) * 2080451083) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 16)) * 2080451083) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 16)) * 2080451083) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 16)) * 2080451083) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 16)) * 2080451083) & 4294967295) AS "h13",
      ((xor("h14", ("h14" >> 16)) * 2080451083) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 16)) * 2080451083) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 16)) * 2080451083) & 4294967295) AS "h16",
      ((xor("h17", ("h17" >> 16)) * 2080451083) & 4294967295) AS "h17",
      ((xor("h18", ("h18" >> 16)) * 2080451083) & 4294967295) AS "h18",
      ((xor("h19", ("h19" >> 16)) * 2080451083) & 4294967295) AS "h19",
      ((xor("h20", ("h20" >> 16)) * 2080451083) & 4294967295) AS "h20",
      ((xor("h21", ("h21" >> 16)) * 2080451083) & 4294967295) AS "h21",
      ((xor("h22", ("h22" >> 16)) * 2080451083) & 4294967295) AS "h22",
      ((xor("h23", ("h23" >> 16)) * 2080451083) & 4294967295) AS "h23",
      ((xor("h24", ("h24" >> 16)) * 2080451083) & 4294967295) AS "h24",
      ((xor("h25", ("h25" >> 16)) * 2080451083) & 4294967295) AS "h25",
      ((xor("h26", ("h26" >> 16)) * 2080451083) & 4294967295) AS "h26",
      ((xor("h27", ("h27" >> 16)) * 2080451083) & 4294967295) AS "h27",
      ((xor("h28", ("h28" >> 16)) * 2080451083) & 4294967295) AS "h28",
      ((xor("h29", ("h29" >> 16)) * 2080451083) & 4294967295) AS "h29",
      ((xor("j29", ("j29" >> 16)) * 2080451083) & 4294967295) AS "j29",
      ((xor("z29", ("z29" >> 16)) * 2080451083) & 4294967295) AS "z29",
      ((xor("h30", ("h30" >> 16)) * 2080451083) & 4294967295) AS "h30",
      ((xor("z30", ("z30" >> 16)) * 2080451083) & 4294967295) AS "z30",
      ((xor("h31", ("h31" >> 16)) * 2080451083) & 4294967295) AS "h31",
      ((xor("z31", ("z31" >> 16)) * 2080451083) & 4294967295) AS "z31",
      ((xor("h32", ("h32" >> 16)) * 2080451083) & 4294967295) AS "h32",
      ((xor("h100029", ("h100029" >> 16)) * 2080451083) & 4294967295) AS "h100029",
      ((xor("j100029", ("j100029" >> 16)) * 2080451083) & 4294967295) AS "j100029",
      ((xor("h100030", ("h100030" >> 16)) * 2080451083) & 4294967295) AS "h100030",
      ((xor("h100031", ("h100031" >> 16)) * 2080451083) & 4294967295) AS "h100031",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
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
      ((xor("j6", ("j6" >> 15)) * 889856635) & 4294967295) AS "j6",
      ((xor("h7", ("h7" >> 15)) * 889856635) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 15)) * 889856635) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 15)) * 889856635) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 15)) * 889856635) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 15)) * 889856635) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 15)) * 889856635) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 15)) * 889856635) & 4294967295) AS "h13",
      ((xor("h14", ("h14" >> 15)) * 889856635) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 15)) * 889856635) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 15)) * 889856635) & 4294967295) AS "h16",
      ((xor("h17", ("h17" >> 15)) * 889856635) & 4294967295) AS "h17",
      ((xor("h18", ("h18" >> 15)) * 889856635) & 4294967295) AS "h18",
      ((xor("h19", ("h19" >> 15)) * 889856635) & 4294967295) AS "h19",
      ((xor("h20", ("h20" >> 15)) * 889856635) & 4294967295) AS "h20",
      ((xor("h21", ("h21" >> 15)) * 889856635) & 4294967295) AS "h21",
      ((xor("h22", ("h22" >> 15)) * 889856635) & 4294967295) AS "h22",
      ((xor("h23", ("h23" >> 15)) * 889856635) & 4294967295) AS "h23",
      ((xor("h24", ("h24" >> 15)) * 889856635) & 4294967295) AS "h24",
      ((xor("h25", ("h25" >> 15)) * 889856635) & 4294967295) AS "h25",
      ((xor("h26", ("h26" >> 15)) * 889856635) & 4294967295) AS "h26",
      ((xor("h27", ("h27" >> 15)) * 889856635) & 4294967295) AS "h27",
      ((xor("h28", ("h28" >> 15)) * 889856635) & 4294967295) AS "h28",
      ((xor("h29", ("h29" >> 15)) * 889856635) & 4294967295) AS "h29",
      ((xor("j29", ("j29" >> 15)) * 889856635) & 4294967295) AS "j29",
      ((xor("z29", ("z29" >> 15)) * 889856635) & 4294967295) AS "z29",
      ((xor("h30", ("h30" >> 15)) * 889856635) & 4294967295) AS "h30",
      ((xor("z30", ("z30" >> 15)) * 889856635) & 4294967295) AS "z30",
      ((xor("h31", ("h31" >> 15)) * 889856635) & 4294967295) AS "h31",
      ((xor("z31", ("z31" >> 15)) * 889856635) & 4294967295) AS "z31",
      ((xor("h32", ("h32" >> 15)) * 889856635) & 4294967295) AS "h32",
      ((xor("h100029", ("h100029" >> 15)) * 889856635) & 4294967295) AS "h100029",
      ((xor("j100029", ("j100029" >> 15)) * 889856635) & 4294967295) AS "j100029",
      ((xor("h100030", ("h100030" >> 15)) * 889856635) & 4294967295) AS "h100030",
      ((xor("h100031", ("h100031" >> 15)) * 889856635) & 4294967295) AS "h100031",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
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
      xor("j6", ("j6" >> 16)) AS "j6",
      xor("h7", ("h7" >> 16)) AS "h7",
      xor("h8", ("h8" >> 16)) AS "h8",
      xor("h9", ("h9" >> 16)) AS "h9",
      xor("h10", ("h10" >> 16)) AS "h10",
      xor("h11", ("h11" >> 16)) AS "h11",
      xor("h12", ("h12" >> 16)) AS "h12",
      xor("h13", ("h13" >> 16)) AS "h13",
      xor("h14", ("h14" >> 16)) AS "h14",
      xor("h15", ("h15" >> 16)) AS "h15",
      xor("h16", ("h16" >> 16)) AS "h16",
      xor("h17", ("h17" >> 16)) AS "h17",
      xor("h18", ("h18" >> 16)) AS "h18",
      xor("h19", ("h19" >> 16)) AS "h19",
      xor("h20", ("h20" >> 16)) AS "h20",
      xor("h21", ("h21" >> 16)) AS "h21",
      xor("h22", ("h22" >> 16)) AS "h22",
      xor("h23", ("h23" >> 16)) AS "h23",
      xor("h24", ("h24" >> 16)) AS "h24",
      xor("h25", ("h25" >> 16)) AS "h25",
      xor("h26", ("h26" >> 16)) AS "h26",
      xor("h27", ("h27" >> 16)) AS "h27",
      xor("h28", ("h28" >> 16)) AS "h28",
      xor("h29", ("h29" >> 16)) AS "h29",
      xor("j29", ("j29" >> 16)) AS "j29",
      xor("z29", ("z29" >> 16)) AS "z29",
      xor("h30", ("h30" >> 16)) AS "h30",
      xor("z30", ("z30" >> 16)) AS "z30",
      xor("h31", ("h31" >> 16)) AS "h31",
      xor("z31", ("z31" >> 16)) AS "z31",
      xor("h32", ("h32" >> 16)) AS "h32",
      xor("h100029", ("h100029" >> 16)) AS "h100029",
      xor("j100029", ("j100029" >> 16)) AS "j100029",
      xor("h100030", ("h100030" >> 16)) AS "h100030",
      xor("h100031", ("h100031" >> 16)) AS "h100031",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
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
      "adg_lists_2"."p17"[("h17" >> (32 - "adg_lists_2"."b17")) + 1] AS "q17",
      "adg_lists_2"."p18"[("h18" >> (32 - "adg_lists_2"."b18")) + 1] AS "q18",
      "adg_lists_2"."p19"[("h19" >> (32 - "adg_lists_2"."b19")) + 1] AS "q19",
      "adg_lists_2"."p20"[("h20" >> (32 - "adg_lists_2"."b20")) + 1] AS "q20",
      "adg_lists_2"."p21"[("h21" >> (32 - "adg_lists_2"."b21")) + 1] AS "q21",
      "adg_lists_2"."p22"[("h22" >> (32 - "adg_lists_2"."b22")) + 1] AS "q22",
      "adg_lists_2"."p23"[("h23" >> (32 - "adg_lists_2"."b23")) + 1] AS "q23",
      "adg_lists_2"."p24"[("h24" >> (32 - "adg_lists_2"."b24")) + 1] AS "q24",
      "adg_lists_2"."p25"[("h25" >> (32 - "adg_lists_2"."b25")) + 1] AS "q25",
      "adg_lists_2"."p26"[("h26" >> (32 - "adg_lists_2"."b26")) + 1] AS "q26",
      "adg_lists_2"."p27"[("h27" >> (32 - "adg_lists_2"."b27")) + 1] AS "q27",
      "adg_lists_2"."p28"[("h28" >> (32 - "adg_lists_2"."b28")) + 1] AS "q28",
      "adg_lists_2"."p29"[("h29" >> (32 - "adg_lists_2"."b29")) + 1] AS "q29",
      "adg_lists_2"."p30"[("h30" >> (32 - "adg_lists_2"."b30")) + 1] AS "q30",
      "adg_lists_2"."p31"[("h31" >> (32 - "adg_lists_2"."b31")) + 1] AS "q31",
      "adg_lists_2"."p32"[("h32" >> (32 - "adg_lists_2"."b32")) + 1] AS "q32",
      "adg_lists_6252"."p100029"[("h100029" >> (32 - "adg_lists_6252"."b100029")) + 1] AS "q100029",
      "adg_lists_6252"."p100030"[("h100030" >> (32 - "adg_lists_6252"."b100030")) + 1] AS "q100030",
      "adg_lists_6252"."p100031"[("h100031" >> (32 - "adg_lists_6252"."b100031")) + 1] AS "q100031",
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
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
      CASE
        WHEN "h17" < ("q17" >> 30) THEN ("h17" >> (32 - "adg_lists_2"."b17"))
        ELSE ("q17" & 1073741823)
      END AS "k17",
      CASE
        WHEN "h18" < ("q18" >> 30) THEN ("h18" >> (32 - "adg_lists_2"."b18"))
        ELSE ("q18" & 1073741823)
      END AS "k18",
      CASE
        WHEN "h19" < ("q19" >> 30) THEN ("h19" >> (32 - "adg_lists_2"."b19"))
        ELSE ("q19" & 1073741823)
      END AS "k19",
      CASE
        WHEN "h20" < ("q20" >> 30) THEN ("h20" >> (32 - "adg_lists_2"."b20"))
        ELSE ("q20" & 1073741823)
      END AS "k20",
      CASE
        WHEN "h21" < ("q21" >> 30) THEN ("h21" >> (32 - "adg_lists_2"."b21"))
        ELSE ("q21" & 1073741823)
      END AS "k21",
      CASE
        WHEN "h22" < ("q22" >> 30) THEN ("h22" >> (32 - "adg_lists_2"."b22"))
        ELSE ("q22" & 1073741823)
      END AS "k22",
      CASE
        WHEN "h23" < ("q23" >> 30) THEN ("h23" >> (32 - "adg_lists_2"."b23"))
        ELSE ("q23" & 1073741823)
      END AS "k23",
      CASE
        WHEN "h24" < ("q24" >> 30) THEN ("h24" >> (32 - "adg_lists_2"."b24"))
        ELSE ("q24" & 1073741823)
      END AS "k24",
      CASE
        WHEN "h25" < ("q25" >> 30) THEN ("h25" >> (32 - "adg_lists_2"."b25"))
        ELSE ("q25" & 1073741823)
      END AS "k25",
      CASE
        WHEN "h26" < ("q26" >> 30) THEN ("h26" >> (32 - "adg_lists_2"."b26"))
        ELSE ("q26" & 1073741823)
      END AS "k26",
      CASE
        WHEN "h27" < ("q27" >> 30) THEN ("h27" >> (32 - "adg_lists_2"."b27"))
        ELSE ("q27" & 1073741823)
      END AS "k27",
      CASE
        WHEN "h28" < ("q28" >> 30) THEN ("h28" >> (32 - "adg_lists_2"."b28"))
        ELSE ("q28" & 1073741823)
      END AS "k28",
      CASE
        WHEN "h29" < ("q29" >> 30) THEN ("h29" >> (32 - "adg_lists_2"."b29"))
        ELSE ("q29" & 1073741823)
      END AS "k29",
      CASE
        WHEN "h30" < ("q30" >> 30) THEN ("h30" >> (32 - "adg_lists_2"."b30"))
        ELSE ("q30" & 1073741823)
      END AS "k30",
      CASE
        WHEN "h31" < ("q31" >> 30) THEN ("h31" >> (32 - "adg_lists_2"."b31"))
        ELSE ("q31" & 1073741823)
      END AS "k31",
      CASE
        WHEN "h32" < ("q32" >> 30) THEN ("h32" >> (32 - "adg_lists_2"."b32"))
        ELSE ("q32" & 1073741823)
      END AS "k32",
      CASE
        WHEN "h100029" < ("q100029" >> 30) THEN ("h100029" >> (32 - "adg_lists_6252"."b100029"))
        ELSE ("q100029" & 1073741823)
      END AS "k100029",
      CASE
        WHEN "h100030" < ("q100030" >> 30) THEN ("h100030" >> (32 - "adg_lists_6252"."b100030"))
        ELSE ("q100030" & 1073741823)
      END AS "k100030",
      CASE
        WHEN "h100031" < ("q100031" >> 30) THEN ("h100031" >> (32 - "adg_lists_6252"."b100031"))
        ELSE ("q100031" & 1073741823)
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_6252"
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
      "adg_lists_1"."w6"["k6" + 1] AS "w6",
      "adg_lists_1"."v7"["k7" + 1] AS "v7",
      "adg_lists_1"."v8"["k8" + 1] AS "v8",
      "adg_lists_1"."v9"["k9" + 1] AS "v9",
      "adg_lists_1"."v10"["k10" + 1] AS "v10",
      "adg_lists_1"."v11"["k11" + 1] AS "v11",
      "adg_lists_1"."v12"["k12" + 1] AS "v12",
      "adg_lists_1"."v13"["k13" + 1] AS "v13",
      "adg_lists_1"."v14"["k14" + 1] AS "v14",
      "adg_lists_1"."v15"["k15" + 1] AS "v15",
      "adg_lists_1"."v16"["k16" + 1] AS "v16",
      "adg_lists_2"."v17"["k17" + 1] AS "v17",
      "adg_lists_2"."v18"["k18" + 1] AS "v18",
      "adg_lists_2"."v19"["k19" + 1] AS "v19",
      "adg_lists_2"."v20"["k20" + 1] AS "v20",
      "adg_lists_2"."v21"["k21" + 1] AS "v21",
      "adg_lists_2"."v22"["k22" + 1] AS "v22",
      "adg_lists_2"."v23"["k23" + 1] AS "v23",
      "adg_lists_2"."v24"["k24" + 1] AS "v24",
      "adg_lists_2"."v25"["k25" + 1] AS "v25",
      "adg_lists_2"."v26"["k26" + 1] AS "v26",
      "adg_lists_2"."v27"["k27" + 1] AS "v27",
      "adg_lists_2"."v28"["k28" + 1] AS "v28",
      "adg_lists_2"."v29"["k29" + 1] AS "v29",
      "adg_lists_2"."w29"["k29" + 1] AS "w29",
      "adg_lists_2"."v30"["k30" + 1] AS "v30",
      "adg_lists_2"."v31"["k31" + 1] AS "v31",
      "adg_lists_2"."v32"["k32" + 1] AS "v32",
      "adg_lists_6252"."v100029"["k100029" + 1] AS "v100029",
      "adg_lists_6252"."w100029"["k100029" + 1] AS "w100029",
      "adg_lists_6252"."v100030"["k100030" + 1] AS "v100030",
      "adg_lists_6252"."v100031"["k100031" + 1] AS "v100031",
      (((1073741789 * "en") + 735017446784584) % 1000000000000000) AS "m1",
      (((1073741789 * "i") + 2521024) % 10000000) AS "m2",
      "j5",
      "j6",
      "j29",
      "j100029",
      "z29",
      "z30",
      "z31"
    FROM "adg_s11"
  ),
  "adg_s13" AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 101559956668416) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 2821109907456) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 78364164096) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 2176782336) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 60466176) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 1679616) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 46656) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 1296) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 36) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (("m1" % 36) + 1), 1) AS "o1",
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', ((("m2" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10) % 10) + 1), 1) || substr('0123456789', (("m2" % 10) + 1), 1) AS BIGINT) AS "o2",
      "v1" AS "o3",
      "v2" AS "o4",
      "v3" AS "o5",
      "v4" AS "o6",
      ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w5" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o7",
      ("v6" + CAST(CAST(floor((CAST("j6" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w6" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o8",
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
        WHEN "z29" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 29) THEN ("v29" + CAST(CAST(floor((CAST("j29" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w29" AS DOUBLE))) AS BIGINT) AS INTEGER))
        ELSE ("v100029" + CAST(CAST(floor((CAST("j100029" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w100029" AS DOUBLE))) AS BIGINT) AS INTEGER))
      END AS "o31",
      CASE
        WHEN "z30" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 30) THEN "v30"
        ELSE "v100030"
      END AS "o32",
      CASE
        WHEN "z31" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 31) THEN "v31"
        ELSE "v100031"
      END AS "o33",
      CAST(NULL AS VARCHAR) AS "o34",
      "v32" AS "o35"
    FROM "adg_s12"
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
  ),
  "adg_s15" AS (
    SELECT
      CASE
        WHEN "o8" IS NULL THEN NULL
        WHEN CASE WHEN "o8" IS NOT NULL THEN 1 ELSE 0 END = 1 THEN "r1_1"
      END AS "o8",
      CASE
        WHEN "o7" IS NULL THEN NULL
        WHEN (CASE WHEN "o8" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 1 THEN "r1_1"
        WHEN (CASE WHEN "o8" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "o7" IS NOT NULL THEN 1 ELSE 0 END) = 2 THEN "r1_2"
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
  CAST((CAST(substr(strftime("o7", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("o31", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE
    WHEN ((CAST(substr(strftime("o7", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("o7", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("o31", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("o31", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1
    ELSE 0
  END AS SMALLINT) AS "APPTAGE",
  "o31" AS "MYDOB",
  "o32" AS "SEX",
  "o33" AS "ETHNOS",
  "o34" AS "GPPRAC",
  "o35" AS "RESLADST"
FROM "adg_s15";

CREATE OR REPLACE TABLE "hes_op_provenance" AS
SELECT
  'hes_op' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  '3ebc6fe4c8197af0ae7c3752acca13f09c2167ce1061972aefe6927d587c5a9b' AS "spec_hash",
  "m"."metadata_hash",
  2026 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hes_op_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
    WHERE ("l"."dataset" = 'hes_op') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_op'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "hes_op_fields" AS
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

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_ae", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/hes/output.duckdb; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/21] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/21] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/hes/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/21] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/21] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'FYEAR', 'categorical'),
  (2, 'PROCODE3', 'categorical'),
  (3, 'PROCODET', 'categorical'),
  (4, 'ARRIVALDATE', 'date'),
  (5, 'AEARRIVALMODE', 'categorical'),
  (6, 'AEATTENDCAT', 'categorical'),
  (7, 'AEATTENDDISP', 'categorical'),
  (8, 'AEDEPTTYPE', 'categorical'),
  (9, 'AEINCLOCTYPE', 'categorical'),
  (10, 'AEPATGROUP', 'categorical'),
  (11, 'AEREFSOURCE', 'categorical'),
  (12, 'DIAG_01', 'categorical'),
  (13, 'DIAG_02', 'categorical'),
  (14, 'DIAG_03', 'categorical'),
  (15, 'DIAG_04', 'categorical'),
  (16, 'DIAG_05', 'categorical'),
  (17, 'DIAG_06', 'categorical'),
  (18, 'INVEST_01', 'categorical'),
  (19, 'INVEST_02', 'categorical'),
  (20, 'INVEST_03', 'categorical'),
  (21, 'INVEST_04', 'categorical'),
  (22, 'INVEST_05', 'categorical'),
  (23, 'INVEST_06', 'categorical'),
  (24, 'TREAT_01', 'categorical'),
  (25, 'TREAT_02', 'categorical'),
  (26, 'TREAT_03', 'categorical'),
  (27, 'TREAT_04', 'categorical'),
  (28, 'TREAT_05', 'categorical'),
  (29, 'TREAT_06', 'categorical'),
  (30, 'INITDUR', 'discrete'),
  (31, 'TRETDUR', 'discrete'),
  (32, 'CONCLDUR', 'discrete'),
  (33, 'DEPDUR', 'discrete'),
  (34, 'MYDOB', 'date'),
  (35, 'SEX', 'categorical'),
  (36, 'ETHNOS', 'categorical'),
  (37, 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/21] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."hes_ae_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde'))) THEN error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.') END AS "adg_check";

-- [6/21] The hash of the released metadata, computed once
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
    FROM "adg_released"."hes_ae_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/21] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_ae') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_ae')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/21] Entities to generate: 1 x the released entities (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_entity_plan" AS
SELECT
  CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) AS "entities";

-- [9/21] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_entity_plan" WHERE ("entities" IS NULL) OR ("entities" < 1) OR ("entities" > 4294967295)) OR ((SELECT count(*) FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality') = 0) THEN error('specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') END AS "adg_check";

-- [10/21] Released items of every field, in published order
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
    WHEN "g"."ordinal" = 4 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 34 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_years(1) AS DATE)) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."hes_ae_metadata" AS "m"
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
FROM "adg_released"."hes_ae_metadata" AS "m"
WHERE ("m"."stat" = 'cardinality') AND ("m"."n_entities" > 0)
UNION ALL
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
    WHEN "g"."ordinal" = 100034 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_years(1) AS DATE)) AS DOUBLE)
  END
  END AS "width"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind"
  FROM (VALUES
    (100034, 'MYDOB', 'date'),
    (100035, 'SEX', 'categorical'),
    (100036, 'ETHNOS', 'categorical')
  ) AS "v"("ordinal", "field", "kind")
) AS "g"
JOIN "adg_released"."hes_apc_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [11/21] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [12/21] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."hes_ae_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [13/21] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1",
  "adg_lists_2",
  "adg_lists_3",
  "adg_lists_6253"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS VARCHAR[]),
      "p2" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 2),
      "b2" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 2),
      "v2" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 2) AS VARCHAR[]),
      "p3" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 3),
      "b3" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 3),
      "v3" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 3) AS VARCHAR[]),
      "p4" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 4),
      "b4" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 4),
      "v4" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 4) AS DATE[]),
      "w4" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 4),
      "p5" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 5),
      "b5" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 5),
      "v5" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 5) AS VARCHAR[]),
      "p6" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 6),
      "b6" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 6),
      "v6" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 6) AS VARCHAR[]),
      "p7" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 7),
      "b7" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 7),
      "v7" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 7) AS VARCHAR[]),
      "p8" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 8),
      "b8" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 8),
      "v8" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 8) AS VARCHAR[]),
      "p9" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 9),
      "b9" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 9),
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS VARCHAR[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS VARCHAR[]),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 11) AS VARCHAR[]),
      "p12" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 12),
      "b12" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 12),
      "v12" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 12) AS VARCHAR[]),
      "p13" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 13),
      "b13" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 13),
      "v13" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 13) AS VARCHAR[]),
      "p14" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 14),
      "b14" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 14),
      "v14" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 14) AS VARCHAR[]),
      "p15" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 15),
      "b15" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 15),
      "v15" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 15) AS VARCHAR[]),
      "p16" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 16),
      "b16" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 16),
      "v16" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 16) AS VARCHAR[])) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
) AS "g1"
CROSS JOIN (
  SELECT
    struct_pack("p17" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 17),
      "b17" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 17),
      "v17" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 17) AS VARCHAR[]),
      "p18" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 18),
      "b18" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 18),
      "v18" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 18) AS VARCHAR[]),
      "p19" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 19),
      "b19" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 19),
      "v19" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 19) AS VARCHAR[]),
      "p20" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 20),
      "b20" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 20),
      "v20" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 20) AS VARCHAR[]),
      "p21" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 21),
      "b21" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 21),
      "v21" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 21) AS VARCHAR[]),
      "p22" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 22),
      "b22" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 22),
      "v22" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 22) AS VARCHAR[]),
      "p23" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 23),
      "b23" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 23),
      "v23" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 23) AS VARCHAR[]),
      "p24" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 24),
      "b24" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 24),
      "v24" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 24) AS VARCHAR[]),
      "p25" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 25),
      "b25" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 25),
      "v25" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 25) AS VARCHAR[]),
      "p26" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 26),
      "b26" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 26),
      "v26" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 26) AS VARCHAR[]),
      "p27" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 27),
      "b27" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 27),
      "v27" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 27) AS VARCHAR[]),
      "p28" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 28),
      "b28" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 28),
      "v28" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 28) AS VARCHAR[]),
      "p29" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 29),
      "b29" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 29),
      "v29" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 29) AS VARCHAR[]),
      "p30" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 30),
      "b30" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 30),
      "v30" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 30) AS INTEGER[]),
      "p31" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 31),
      "b31" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 31),
      "v31" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 31) AS INTEGER[]),
      "p32" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 32),
      "b32" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 32),
      "v32" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 32) AS INTEGER[])) AS "adg_lists_2"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
) AS "g2"
CROSS JOIN (
  SELECT
    struct_pack("p33" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 33),
      "b33" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 33),
      "v33" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 33) AS INTEGER[]),
      "p34" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 34),
      "b34" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 34),
      "v34" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 34) AS DATE[]),
      "w34" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 34),
      "p35" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 35),
      "b35" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 35),
      "v35" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 35) AS VARCHAR[]),
      "p36" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 36),
      "b36" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 36),
      "v36" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 36) AS VARCHAR[]),
      "p37" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 37),
      "b37" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 37),
      "v37" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 37) AS VARCHAR[])) AS "adg_lists_3"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (33, 34, 35, 36, 37)
) AS "g3"
CROSS JOIN (
  SELECT
    struct_pack("p100034" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 100034),
      "b100034" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 100034),
      "v100034" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 100034) AS DATE[]),
      "w100034" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 100034),
      "p100035" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 100035),
      "b100035" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 100035),
      "v100035" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 100035) AS VARCHAR[]),
      "p100036" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 100036),
      "b100036" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 100036),
      "v100036" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 100036) AS VARCHAR[])) AS "adg_lists_6253"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (100034, 100035, 100036)
) AS "g4";

-- [14/21] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  (("y" + 403878269) & 4294967295) AS "h",
                  (("y" + 3499566593) & 4294967295) AS "j",
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
                            (("en" + 895030338) & 4294967295) AS "y",
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

-- [15/21] Rows to generate: the sum of the rows of every entity
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

-- [16/21] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') END AS "adg_check";

-- [17/21] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "entities" > 1000000000000000) THEN error('specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [18/21] Identifier AEKEY: the pattern has a value for every row
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE "n" > 10000000) THEN error('specs/hes.yaml: fields.AEKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') END AS "adg_check";

-- [19/21] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE OR REPLACE TEMP TABLE "adg_stable_cuts" AS
SELECT
  34 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 34
UNION ALL
SELECT
  35 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 35
UNION ALL
SELECT
  36 AS "ordinal",
  CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum("m"."n_rows") FROM "adg_released"."hes_ae_metadata" AS "m" WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'disagree')), 0) AS DOUBLE) / CAST(greatest(1, coalesce(sum("i"."n_rows"), 1)) AS DOUBLE))) * 4.294967296e+9)) AS BIGINT) AS "cut"
FROM "adg_items" AS "i"
WHERE "i"."ordinal" = 36;

-- [20/21] Sample 37 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_ae" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "en",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_entities"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 53709152) & 4294967295) AS "x",
      (("en" + 895030338) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      ((xor("y", ("y" >> 16)) * 1761417657) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      ((xor("y", ("y" >> 15)) * 800096767) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      ((xor("y", ("y" >> 16)) * 506916191) & 4294967295) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      xor("y", ("y" >> 15)) AS "y",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 548081353) & 4294967295) AS "h1",
      (("x" + 3339496745) & 4294967295) AS "h2",
      (("x" + 3106298165) & 4294967295) AS "h3",
      (("x" + 3994047900) & 4294967295) AS "h4",
      (("x" + 4252594309) & 4294967295) AS "j4",
      (("x" + 793906621) & 4294967295) AS "h5",
      (("x" + 4040433367) & 4294967295) AS "h6",
      (("x" + 504507379) & 4294967295) AS "h7",
      (("x" + 3051967445) & 4294967295) AS "h8",
      (("x" + 3488297093) & 4294967295) AS "h9",
      (("x" + 133265039) & 4294967295) AS "h10",
      (("x" + 1835363405) & 4294967295) AS "h11",
      (("x" + 2013900131) & 4294967295) AS "h12",
      (("x" + 4243537308) & 4294967295) AS "h13",
      (("x" + 2186236697) & 4294967295) AS "h14",
      (("x" + 341110076) & 4294967295) AS "h15",
      (("x" + 3991267572) & 4294967295) AS "h16",
      (("x" + 3870322389) & 4294967295) AS "h17",
      (("x" + 109726672) & 4294967295) AS "h18",
      (("x" + 1332182796) & 4294967295) AS "h19",
      (("x" + 4044843238) & 4294967295) AS "h20",
      (("x" + 1238745876) & 4294967295) AS "h21",
      (("x" + 3903897202) & 4294967295) AS "h22",
      (("x" + 2360227818) & 4294967295) AS "h23",
      (("x" + 1440516719) & 4294967295) AS "h24",
      (("x" + 3997948372) & 4294967295) AS "h25",
      (("x" + 3593040920) & 4294967295) AS "h26",
      (("x" + 996727232) & 4294967295) AS "h27",
      (("x" + 3021459734) & 4294967295) AS "h28",
      (("x" + 1103981237) & 4294967295) AS "h29",
      (("x" + 4189201503) & 4294967295) AS "h30",
      (("x" + 4279104781) & 4294967295) AS "h31",
      (("x" + 3932527043) & 4294967295) AS "h32",
      (("x" + 3915988894) & 4294967295) AS "h33",
      (("x" + 1631413585) & 4294967295) AS "h34",
      (("x" + 3044781459) & 4294967295) AS "j34",
      (("x" + 2483272877) & 4294967295) AS "z34",
      (("x" + 915040102) & 4294967295) AS "h35",
      (("x" + 2946227475) & 4294967295) AS "z35",
      (("x" + 1882105059) & 4294967295) AS "h36",
      (("x" + 1455568357) & 4294967295) AS "z36",
      (("x" + 1308079488) & 4294967295) AS "h37",
      (("y" + 2364845687) & 4294967295) AS "h100034",
      (("y" + 915009466) & 4294967295) AS "j100034",
      (("y" + 939246910) & 4294967295) AS "h100035",
      (("y" + 1081139235) & 4294967295) AS "h100036",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s5"
  ),
  "adg_s7" AS (
    SELECT
      ((xor("h1", ("h1" >> 16)) * 2080451083) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 16)) * 2080451083) & 4294967295) AS "h2",
      ((xor("h3", ("h3" >> 16)) * 2080451083) & 4294967295) AS "h3",
      ((xor("h4", ("h4" >> 16)) * 2080451083) & 4294967295) AS "h4",
      ((xor("j4", ("j4" >> 16)) * 2080451083) & 4294967295) AS "j4",
      ((xor("h5", ("h5" >> 16)) * 2080451083) & 4294967295) AS "h5",
      ((xor("h6", ("h6" >> 16)) * 2080451083) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 16)) * 2080451083) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 16)) * 2080451083) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 16)) * 2080451083) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 16)) * 2080451083) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 16)) * 2080451083) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 16)) * 2080451083) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 16)) * 2080451083) & 4294967295) AS "h13",
      ((xor("h14", ("h14" >> 16)) * 2080451083) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 16)) * 2080451083) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 16)) * 2080451083) & 4294967295) AS "h16",
      ((xor("h17", ("h17" >> 16)) * 2080451083) & 4294967295) AS "h17",
      ((xor("h18", ("h18" >> 16)) * 2080451083) & 4294967295) AS "h18",
      ((xor("h19", ("h19" >> 16)) * 2080451083) & 4294967295) AS "h19",
      ((xor("h20", ("h20" >> 16)) * 2080451083) & 4294967295) AS "h20",
      ((xor("h21", ("h21" >> 16)) * 2080451083) & 4294967295) AS "h21",
      ((xor("h22", ("h22" >> 16)) * 2080451083) & 4294967295) AS "h22",
      ((xor("h23", ("h23" >> 16)) * 2080451083) & 4294967295) AS "h23",
      ((xor("h24", ("h24" >> 16)) * 2080451083) & 4294967295) AS "h24",
      ((xor("h25", ("h25" >> 16)) * 2080451083) & 4294967295) AS "h25",
      ((xor("h26", ("h26" >> 16)) * 2080451083) & 4294967295) AS "h26",
      ((xor("h27", ("h27" >> 16)) * 2080451083) & 4294967295) AS "h27",
      ((xor("h28", ("h28" >> 16)) * 2080451083) & 4294967295) AS "h28",
      ((xor("h29", ("h29" >> 16)) * 2080451083) & 4294967295) AS "h29",
      ((xor("h30", ("h30" >> 16)) * 2080451083) & 4294967295) AS "h30",
      ((xor("h31", ("h31" >> 16)) * 2080451083) & 4294967295) AS "h31",
      ((xor("h32", ("h32" >> 16)) * 2080451083) & 4294967295) AS "h32",
      ((xor("h33", ("h33" >> 16)) * 2080451083) & 4294967295) AS "h33",
      ((xor("h34", ("h34" >> 16)) * 2080451083) & 4294967295) AS "h34",
      ((xor("j34", ("j34" >> 16)) * 2080451083) & 4294967295) AS "j34",
      ((xor("z34", ("z34" >> 16)) * 2080451083) & 4294967295) AS "z34",
      ((xor("h35", ("h35" >> 16)) * 2080451083) & 4294967295) AS "h35",
      ((xor("z35", ("z35" >> 16)) * 2080451083) & 4294967295) AS "z35",
      ((xor("h36", ("h36" >> 16)) * 2080451083) & 4294967295) AS "h36",
      ((xor("z36", ("z36" >> 16)) * 2080451083) & 4294967295) AS "z36",
      ((xor("h37", ("h37" >> 16)) * 2080451083) & 4294967295) AS "h37",
      ((xor("h100034", ("h100034" >> 16)) * 2080451083) & 4294967295) AS "h100034",
      ((xor("j100034", ("j100034" >> 16)) * 2080451083) & 4294967295) AS "j100034",
      ((xor("h100035", ("h100035" >> 16)) * 2080451083) & 4294967295) AS "h100035",
      ((xor("h100036", ("h100036" >> 16)) * 2080451083) & 4294967295) AS "h100036",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s6"
  ),
  "adg_s8" AS (
    SELECT
      ((xor("h1", ("h1" >> 15)) * 889856635) & 4294967295) AS "h1",
      ((xor("h2", ("h2" >> 15)) * 889856635) & 4294967295) AS "h2",
      ((xor("h3", ("h3" >> 15)) * 889856635) & 4294967295) AS "h3",
      ((xor("h4", ("h4" >> 15)) * 889856635) & 4294967295) AS "h4",
      ((xor("j4", ("j4" >> 15)) * 889856635) & 4294967295) AS "j4",
      ((xor("h5", ("h5" >> 15)) * 889856635) & 4294967295) AS "h5",
      ((xor("h6", ("h6" >> 15)) * 889856635) & 4294967295) AS "h6",
      ((xor("h7", ("h7" >> 15)) * 889856635) & 4294967295) AS "h7",
      ((xor("h8", ("h8" >> 15)) * 889856635) & 4294967295) AS "h8",
      ((xor("h9", ("h9" >> 15)) * 889856635) & 4294967295) AS "h9",
      ((xor("h10", ("h10" >> 15)) * 889856635) & 4294967295) AS "h10",
      ((xor("h11", ("h11" >> 15)) * 889856635) & 4294967295) AS "h11",
      ((xor("h12", ("h12" >> 15)) * 889856635) & 4294967295) AS "h12",
      ((xor("h13", ("h13" >> 15)) * 889856635) & 4294967295) AS "h13",
      ((xor("h14", ("h14" >> 15)) * 889856635) & 4294967295) AS "h14",
      ((xor("h15", ("h15" >> 15)) * 889856635) & 4294967295) AS "h15",
      ((xor("h16", ("h16" >> 15)) * 889856635) & 4294967295) AS "h16",
      ((xor("h17", ("h17" >> 15)) * 889856635) & 4294967295) AS "h17",
      ((xor("h18", ("h18" >> 15)) * 889856635) & 4294967295) AS "h18",
      ((xor("h19", ("h19" >> 15)) * 889856635) & 4294967295) AS "h19",
      ((xor("h20", ("h20" >> 15)) * 889856635) & 4294967295) AS "h20",
      ((xor("h21", ("h21" >> 15)) * 889856635) & 4294967295) AS "h21",
      ((xor("h22", ("h22" >> 15)) * 889856635) & 4294967295) AS "h22",
      ((xor("h23", ("h23" >> 15)) * 889856635) & 4294967295) AS "h23",
      ((xor("h24", ("h24" >> 15)) * 889856635) & 4294967295) AS "h24",
      ((xor("h25", ("h25" >> 15)) * 889856635) & 4294967295) AS "h25",
      ((xor("h26", ("h26" >> 15)) * 889856635) & 4294967295) AS "h26",
      ((xor("h27", ("h27" >> 15)) * 889856635) & 4294967295) AS "h27",
      ((xor("h28", ("h28" >> 15)) * 889856635) & 4294967295) AS "h28",
      ((xor("h29", ("h29" >> 15)) * 889856635) & 4294967295) AS "h29",
      ((xor("h30", ("h30" >> 15)) * 889856635) & 4294967295) AS "h30",
      ((xor("h31", ("h31" >> 15)) * 889856635) & 4294967295) AS "h31",
      ((xor("h32", ("h32" >> 15)) * 889856635) & 4294967295) AS "h32",
      ((xor("h33", ("h33" >> 15)) * 889856635) & 4294967295) AS "h33",
      ((xor("h34", ("h34" >> 15)) * 889856635) & 4294967295) AS "h34",
      ((xor("j34", ("j34" >> 15)) * 889856635) & 4294967295) AS "j34",
      ((xor("z34", ("z34" >> 15)) * 889856635) & 4294967295) AS "z34",
      ((xor("h35", ("h35" >> 15)) * 889856635) & 4294967295) AS "h35",
      ((xor("z35", ("z35" >> 15)) * 889856635) & 4294967295) AS "z35",
      ((xor("h36", ("h36" >> 15)) * 889856635) & 4294967295) AS "h36",
      ((xor("z36", ("z36" >> 15)) * 889856635) & 4294967295) AS "z36",
      ((xor("h37", ("h37" >> 15)) * 889856635) & 4294967295) AS "h37",
      ((xor("h100034", ("h100034" >> 15)) * 889856635) & 4294967295) AS "h100034",
      ((xor("j100034", ("j100034" >> 15)) * 889856635) & 4294967295) AS "j100034",
      ((xor("h100035", ("h100035" >> 15)) * 889856635) & 4294967295) AS "h100035",
      ((xor("h100036", ("h100036" >> 15)) * 889856635) & 4294967295) AS "h100036",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s7"
  ),
  "adg_s9" AS (
    SELECT
      xor("h1", ("h1" >> 16)) AS "h1",
      xor("h2", ("h2" >> 16)) AS "h2",
      xor("h3", ("h3" >> 16)) AS "h3",
      xor("h4", ("h4" >> 16)) AS "h4",
      xor("j4", ("j4" >> 16)) AS "j4",
      xor("h5", ("h5" >> 16)) AS "h5",
      xor("h6", ("h6" >> 16)) AS "h6",
      xor("h7", ("h7" >> 16)) AS "h7",
      xor("h8", ("h8" >> 16)) AS "h8",
      xor("h9", ("h9" >> 16)) AS "h9",
      xor("h10", ("h10" >> 16)) AS "h10",
      xor("h11", ("h11" >> 16)) AS "h11",
      xor("h12", ("h12" >> 16)) AS "h12",
      xor("h13", ("h13" >> 16)) AS "h13",
      xor("h14", ("h14" >> 16)) AS "h14",
      xor("h15", ("h15" >> 16)) AS "h15",
      xor("h16", ("h16" >> 16)) AS "h16",
      xor("h17", ("h17" >> 16)) AS "h17",
      xor("h18", ("h18" >> 16)) AS "h18",
      xor("h19", ("h19" >> 16)) AS "h19",
      xor("h20", ("h20" >> 16)) AS "h20",
      xor("h21", ("h21" >> 16)) AS "h21",
      xor("h22", ("h22" >> 16)) AS "h22",
      xor("h23", ("h23" >> 16)) AS "h23",
      xor("h24", ("h24" >> 16)) AS "h24",
      xor("h25", ("h25" >> 16)) AS "h25",
      xor("h26", ("h26" >> 16)) AS "h26",
      xor("h27", ("h27" >> 16)) AS "h27",
      xor("h28", ("h28" >> 16)) AS "h28",
      xor("h29", ("h29" >> 16)) AS "h29",
      xor("h30", ("h30" >> 16)) AS "h30",
      xor("h31", ("h31" >> 16)) AS "h31",
      xor("h32", ("h32" >> 16)) AS "h32",
      xor("h33", ("h33" >> 16)) AS "h33",
      xor("h34", ("h34" >> 16)) AS "h34",
      xor("j34", ("j34" >> 16)) AS "j34",
      xor("z34", ("z34" >> 16)) AS "z34",
      xor("h35", ("h35" >> 16)) AS "h35",
      xor("z35", ("z35" >> 16)) AS "z35",
      xor("h36", ("h36" >> 16)) AS "h36",
      xor("z36", ("z36" >> 16)) AS "z36",
      xor("h37", ("h37" >> 16)) AS "h37",
      xor("h100034", ("h100034" >> 16)) AS "h100034",
      xor("j100034", ("j100034" >> 16)) AS "j100034",
      xor("h100035", ("h100035" >> 16)) AS "h100035",
      xor("h100036", ("h100036" >> 16)) AS "h100036",
      "en",
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
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
      "adg_lists_2"."p17"[("h17" >> (32 - "adg_lists_2"."b17")) + 1] AS "q17",
      "adg_lists_2"."p18"[("h18" >> (32 - "adg_lists_2"."b18")) + 1] AS "q18",
      "adg_lists_2"."p19"[("h19" >> (32 - "adg_lists_2"."b19")) + 1] AS "q19",
      "adg_lists_2"."p20"[("h20" >> (32 - "adg_lists_2"."b20")) + 1] AS "q20",
      "adg_lists_2"."p21"[("h21" >> (32 - "adg_lists_2"."b21")) + 1] AS "q21",
      "adg_lists_2"."p22"[("h22" >> (32 - "adg_lists_2"."b22")) + 1] AS "q22",
      "adg_lists_2"."p23"[("h23" >> (32 - "adg_lists_2"."b23")) + 1] AS "q23",
      "adg_lists_2"."p24"[("h24" >> (32 - "adg_lists_2"."b24")) + 1] AS "q24",
      "adg_lists_2"."p25"[("h25" >> (32 - "adg_lists_2"."b25")) + 1] AS "q25",
      "adg_lists_2"."p26"[("h26" >> (32 - "adg_lists_2"."b26")) + 1] AS "q26",
      "adg_lists_2"."p27"[("h27" >> (32 - "adg_lists_2"."b27")) + 1] AS "q27",
      "adg_lists_2"."p28"[("h28" >> (32 - "adg_lists_2"."b28")) + 1] AS "q28",
      "adg_lists_2"."p29"[("h29" >> (32 - "adg_lists_2"."b29")) + 1] AS "q29",
      "adg_lists_2"."p30"[("h30" >> (32 - "adg_lists_2"."b30")) + 1] AS "q30",
      "adg_lists_2"."p31"[("h31" >> (32 - "adg_lists_2"."b31")) + 1] AS "q31",
      "adg_lists_2"."p32"[("h32" >> (32 - "adg_lists_2"."b32")) + 1] AS "q32",
      "adg_lists_3"."p33"[("h33" >> (32 - "adg_lists_3"."b33")) + 1] AS "q33",
      "adg_lists_3"."p34"[("h34" >> (32 - "adg_lists_3"."b34")) + 1] AS "q34",
      "adg_lists_3"."p35"[("h35" >> (32 - "adg_lists_3"."b35")) + 1] AS "q35",
      "adg_lists_3"."p36"[("h36" >> (32 - "adg_lists_3"."b36")) + 1] AS "q36",
      "adg_lists_3"."p37"[("h37" >> (32 - "adg_lists_3"."b37")) + 1] AS "q37",
      "adg_lists_6253"."p100034"[("h100034" >> (32 - "adg_lists_6253"."b100034")) + 1] AS "q100034",
      "adg_lists_6253"."p100035"[("h100035" >> (32 - "adg_lists_6253"."b100035")) + 1] AS "q100035",
      "adg_lists_6253"."p100036"[("h100036" >> (32 - "adg_lists_6253"."b100036")) + 1] AS "q100036",
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
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
      CASE
        WHEN "h17" < ("q17" >> 30) THEN ("h17" >> (32 - "adg_lists_2"."b17"))
        ELSE ("q17" & 1073741823)
      END AS "k17",
      CASE
        WHEN "h18" < ("q18" >> 30) THEN ("h18" >> (32 - "adg_lists_2"."b18"))
        ELSE ("q18" & 1073741823)
      END AS "k18",
      CASE
        WHEN "h19" < ("q19" >> 30) THEN ("h19" >> (32 - "adg_lists_2"."b19"))
        ELSE ("q19" & 1073741823)
      END AS "k19",
      CASE
        WHEN "h20" < ("q20" >> 30) THEN ("h20" >> (32 - "adg_lists_2"."b20"))
        ELSE ("q20" & 1073741823)
      END AS "k20",
      CASE
        WHEN "h21" < ("q21" >> 30) THEN ("h21" >> (32 - "adg_lists_2"."b21"))
        ELSE ("q21" & 1073741823)
      END AS "k21",
      CASE
        WHEN "h22" < ("q22" >> 30) THEN ("h22" >> (32 - "adg_lists_2"."b22"))
        ELSE ("q22" & 1073741823)
      END AS "k22",
      CASE
        WHEN "h23" < ("q23" >> 30) THEN ("h23" >> (32 - "adg_lists_2"."b23"))
        ELSE ("q23" & 1073741823)
      END AS "k23",
      CASE
        WHEN "h24" < ("q24" >> 30) THEN ("h24" >> (32 - "adg_lists_2"."b24"))
        ELSE ("q24" & 1073741823)
      END AS "k24",
      CASE
        WHEN "h25" < ("q25" >> 30) THEN ("h25" >> (32 - "adg_lists_2"."b25"))
        ELSE ("q25" & 1073741823)
      END AS "k25",
      CASE
        WHEN "h26" < ("q26" >> 30) THEN ("h26" >> (32 - "adg_lists_2"."b26"))
        ELSE ("q26" & 1073741823)
      END AS "k26",
      CASE
        WHEN "h27" < ("q27" >> 30) THEN ("h27" >> (32 - "adg_lists_2"."b27"))
        ELSE ("q27" & 1073741823)
      END AS "k27",
      CASE
        WHEN "h28" < ("q28" >> 30) THEN ("h28" >> (32 - "adg_lists_2"."b28"))
        ELSE ("q28" & 1073741823)
      END AS "k28",
      CASE
        WHEN "h29" < ("q29" >> 30) THEN ("h29" >> (32 - "adg_lists_2"."b29"))
        ELSE ("q29" & 1073741823)
      END AS "k29",
      CASE
        WHEN "h30" < ("q30" >> 30) THEN ("h30" >> (32 - "adg_lists_2"."b30"))
        ELSE ("q30" & 1073741823)
      END AS "k30",
      CASE
        WHEN "h31" < ("q31" >> 30) THEN ("h31" >> (32 - "adg_lists_2"."b31"))
        ELSE ("q31" & 1073741823)
      END AS "k31",
      CASE
        WHEN "h32" < ("q32" >> 30) THEN ("h32" >> (32 - "adg_lists_2"."b32"))
        ELSE ("q32" & 1073741823)
      END AS "k32",
      CASE
        WHEN "h33" < ("q33" >> 30) THEN ("h33" >> (32 - "adg_lists_3"."b33"))
        ELSE ("q33" & 1073741823)
      END AS "k33",
      CASE
        WHEN "h34" < ("q34" >> 30) THEN ("h34" >> (32 - "adg_lists_3"."b34"))
        ELSE ("q34" & 1073741823)
      END AS "k34",
      CASE
        WHEN "h35" < ("q35" >> 30) THEN ("h35" >> (32 - "adg_lists_3"."b35"))
        ELSE ("q35" & 1073741823)
      END AS "k35",
      CASE
        WHEN "h36" < ("q36" >> 30) THEN ("h36" >> (32 - "adg_lists_3"."b36"))
        ELSE ("q36" & 1073741823)
      END AS "k36",
      CASE
        WHEN "h37" < ("q37" >> 30) THEN ("h37" >> (32 - "adg_lists_3"."b37"))
        ELSE ("q37" & 1073741823)
      END AS "k37",
      CASE
        WHEN "h100034" < ("q100034" >> 30) THEN ("h100034" >> (32 - "adg_lists_6253"."b100034"))
        ELSE ("q100034" & 1073741823)
      END AS "k100034",
      CASE
        WHEN "h100035" < ("q100035" >> 30) THEN ("h100035" >> (32 - "adg_lists_6253"."b100035"))
        ELSE ("q100035" & 1073741823)
      END AS "k100035",
      CASE
        WHEN "h100036" < ("q100036" >> 30) THEN ("h100036" >> (32 - "adg_lists_6253"."b100036"))
        ELSE ("q100036" & 1073741823)
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
      "i",
      "adg_lists_1",
      "adg_lists_2",
      "adg_lists_3",
      "adg_lists_6253"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
    SELECT
      "adg_lists_1"."v1"["k1" + 1] AS "v1",
      "adg_lists_1"."v2"["k2" + 1] AS "v2",
      "adg_lists_1"."v3"["k3" + 1] AS "v3",
      "adg_lists_1"."v4"["k4" + 1] AS "v4",
      "adg_lists_1"."w4"["k4" + 1] AS "w4",
      "adg_lists_1"."v5"["k5" + 1] AS "v5",
      "adg_lists_1"."v6"["k6" + 1] AS "v6",
      "adg_lists_1"."v7"["k7" + 1] AS "v7",
      "adg_lists_1"."v8"["k8" + 1] AS "v8",
      "adg_lists_1"."v9"["k9" + 1] AS "v9",
      "adg_lists_1"."v10"["k10" + 1] AS "v10",
      "adg_lists_1"."v11"["k11" + 1] AS "v11",
      "adg_lists_1"."v12"["k12" + 1] AS "v12",
      "adg_lists_1"."v13"["k13" + 1] AS "v13",
      "adg_lists_1"."v14"["k14" + 1] AS "v14",
      "adg_lists_1"."v15"["k15" + 1] AS "v15",
      "adg_lists_1"."v16"["k16" + 1] AS "v16",
      "adg_lists_2"."v17"["k17" + 1] AS "v17",
      "adg_lists_2"."v18"["k18" + 1] AS "v18",
      "adg_lists_2"."v19"["k19" + 1] AS "v19",
      "adg_lists_2"."v20"["k20" + 1] AS "v20",
      "adg_lists_2"."v21"["k21" + 1] AS "v21",
      "adg_lists_2"."v22"["k22" + 1] AS "v22",
      "adg_lists_2"."v23"["k23" + 1] AS "v23",
      "adg_lists_2"."v24"["k24" + 1] AS "v24",
      "adg_lists_2"."v25"["k25" + 1] AS "v25",
      "adg_lists_2"."v26"["k26" + 1] AS "v26",
      "adg_lists_2"."v27"["k27" + 1] AS "v27",
      "adg_lists_2"."v28"["k28" + 1] AS "v28",
      "adg_lists_2"."v29"["k29" + 1] AS "v29",
      "adg_lists_2"."v30"["k30" + 1] AS "v30",
      "adg_lists_2"."v31"["k31" + 1] AS "v31",
      "adg_lists_2"."v32"["k32" + 1] AS "v32",
      "adg_lists_3"."v33"["k33" + 1] AS "v33",
      "adg_lists_3"."v34"["k34" + 1] AS "v34",
      "adg_lists_3"."w34"["k34" + 1] AS "w34",
      "adg_lists_3"."v35"["k35" + 1] AS "v35",
      "adg_lists_3"."v36"["k36" + 1] AS "v36",
      "adg_lists_3"."v37"["k37" + 1] AS "v37",
      "adg_lists_6253"."v100034"["k100034" + 1] AS "v100034",
      "adg_lists_6253"."w100034"["k100034" + 1] AS "w100034",
      "adg_lists_6253"."v100035"["k100035" + 1] AS "v100035",
      "adg_lists_6253"."v100036"["k100036" + 1] AS "v100036",
      (((1073741789 * "en") + 735017446784584) % 1000000000000000) AS "m1",
      (((1073741741 * "i") + 8457010) % 10000000) AS "m2",
      "j4",
      "j34",
      "j100034",
      "z34",
      "z35",
      "z36"
    FROM "adg_s11"
  ),
  "adg_s13" AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 101559956668416) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 2821109907456) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 78364164096) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 2176782336) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 60466176) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 1679616) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 46656) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 1296) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', ((("m1" // 36) % 36) + 1), 1) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', (("m1" % 36) + 1), 1) AS "o1",
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', ((("m2" // 1000000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 1000) % 10) + 1), 1) || substr('0123456789', ((("m2" // 100) % 10) + 1), 1) || substr('0123456789', ((("m2" // 10) % 10) + 1), 1) || substr('0123456789', (("m2" % 10) + 1), 1) AS BIGINT) AS "o2",
      "v1" AS "o3",
      "v2" AS "o4",
      "v3" AS "o5",
      ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w4" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "o6",
      CAST(NULL AS VARCHAR) AS "o7",
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
        WHEN "z34" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 34) THEN ("v34" + CAST(CAST(floor((CAST("j34" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w34" AS DOUBLE))) AS BIGINT) AS INTEGER))
        ELSE ("v100034" + CAST(CAST(floor((CAST("j100034" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w100034" AS DOUBLE))) AS BIGINT) AS INTEGER))
      END AS "o37",
      CASE
        WHEN "z35" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 35) THEN "v35"
        ELSE "v100035"
      END AS "o38",
      CASE
        WHEN "z36" < (SELECT "cut" FROM "adg_stable_cuts" WHERE "ordinal" = 36) THEN "v36"
        ELSE "v100036"
      END AS "o39",
      CAST(NULL AS VARCHAR) AS "o40",
      "v37" AS "o41"
    FROM "adg_s12"
  )
SELECT
  "o1" AS "TOKEN_PERSON_ID",
  "o2" AS "AEKEY",
  "o3" AS "FYEAR",
  "o4" AS "PROCODE3",
  "o5" AS "PROCODET",
  "o6" AS "ARRIVALDATE",
  "o7" AS "ARRIVALTIME",
  CAST((CAST(substr(strftime("o6", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("o37", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE
    WHEN ((CAST(substr(strftime("o6", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("o6", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("o37", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("o37", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1
    ELSE 0
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

CREATE OR REPLACE TABLE "hes_ae_provenance" AS
SELECT
  'hes_ae' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  'cfceba705b88a9e5ef0da2476dad858d97532f7b50227027971c04c625f3d960' AS "spec_hash",
  "m"."metadata_hash",
  2026 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  (SELECT "entities" FROM "adg_plan") AS "entities",
  (SELECT count(*) FROM "adg_entities" WHERE "n" > 0) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."hes_ae_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
    WHERE ("l"."dataset" = 'hes_ae') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'hes_ae'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "hes_ae_fields" AS
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
