-- adg 0.1.0: stage 4 (generate) of dataset "admissions", DuckDB dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in .adg/admissions/output.duckdb; `adg generate specs/admissions.yaml` runs it with progress and checks.

-- [1/17] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/17] Attach the released metadata (the only input) read-only
ATTACH IF NOT EXISTS '.adg/admissions/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/17] Close the session to every other file: no file access, no extensions, no setting changes
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/17] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'date_of_birth', 'date'),
  (2, 'sex', 'categorical'),
  (3, 'ethnicity', 'categorical'),
  (4, 'admission_date', 'date'),
  (5, 'discharge_date', 'date'),
  (6, 'admission_method', 'categorical'),
  (7, 'specialty', 'categorical'),
  (8, 'primary_diagnosis', 'categorical'),
  (9, 'length_of_stay', 'discrete'),
  (10, 'age_on_admission', 'discrete'),
  (11, 'cost', 'continuous')
) AS "v"("ordinal", "field", "kind");

-- [5/17] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."admissions_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '2aee36c3696df85844dd0659a780ecd36a016618ad50a6b732ae348d02be22b0'))) THEN error('specs/admissions.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/admissions.yaml again, then generate.') END AS "adg_check";

-- [6/17] The hash of the released metadata, computed once
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
    FROM "adg_released"."admissions_metadata"
  ) AS "encoded"
) AS "lines";

-- [7/17] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT CASE WHEN NOT (EXISTS (SELECT "r"."metadata_hash", "r"."released_at", "r"."reviewer", "r"."approver" FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_released"."adg_releases" AS "l" WHERE ("l"."dataset" = 'admissions') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'admissions')) ) AS "r" WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash"))) THEN error('specs/admissions.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/admissions.yaml, then adg release with the hash its report shows.') END AS "adg_check";

-- [8/17] The published source row count must exist to scale from
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_released"."admissions_metadata" WHERE "stat" = 'rows')) THEN error('specs/admissions.yaml: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.') END AS "adg_check";

-- [9/17] Rows to generate: 1 x the published source row count (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  "n",
  greatest(1, ("n" // 983040)) AS "block"
FROM (
  SELECT
    (SELECT CAST(floor(((1e+0 * "n_rows") + 5e-1)) AS BIGINT) FROM "adg_released"."admissions_metadata" WHERE "stat" = 'rows') AS "n"
) AS "planned";

-- [10/17] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/admissions.yaml: generation would produce fewer than 1 or more than 4294967295 rows. Adjust generation.rows or generation.scale.') END AS "adg_check";

-- [11/17] Released items of every field, in published order
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
    WHEN "g"."ordinal" = 1 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_years(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 4 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
    WHEN "g"."ordinal" = 5 THEN CAST(date_diff('day', CAST("m"."value" AS DATE), CAST(CAST("m"."value" AS DATE) + to_weeks(1) AS DATE)) AS DOUBLE)
  END
  END AS "width"
FROM "adg_fields" AS "g"
JOIN "adg_released"."admissions_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [12/17] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [13/17] Lookup lists of every field: its alias table and its values, in order
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
  JOIN "adg_released"."admissions_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" = 'decimals'
) AS "d"
  ON "d"."ordinal" = "a"."ordinal";

-- [14/17] Lookup lists side by side: one row, one record per group of fields
-- Each draw reads a list by position: no join, O(1) per row whatever the number of items.
CREATE OR REPLACE TEMP TABLE "adg_lists" AS
SELECT
  "adg_lists_1"
FROM (
  SELECT
    struct_pack("p1" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 1),
      "b1" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 1),
      "v1" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 1) AS DATE[]),
      "w1" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 1),
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
      "v9" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 9) AS INTEGER[]),
      "p10" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 10),
      "b10" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 10),
      "v10" := CAST(any_value("a"."vs") FILTER (WHERE "a"."ordinal" = 10) AS INTEGER[]),
      "p11" := any_value("a"."ps") FILTER (WHERE "a"."ordinal" = 11),
      "b11" := any_value("a"."b") FILTER (WHERE "a"."ordinal" = 11),
      "v11" := any_value("a"."nums") FILTER (WHERE "a"."ordinal" = 11),
      "w11" := any_value("a"."widths") FILTER (WHERE "a"."ordinal" = 11),
      "d11" := any_value("a"."d") FILTER (WHERE "a"."ordinal" = 11)) AS "adg_lists_1"
  FROM "adg_field_lists" AS "a"
  WHERE "a"."ordinal" IN (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
) AS "g1";

-- [15/17] Blocks of row numbers
-- The sampling query expands each block into its rows beside the lookup lists (see
-- Dialect.rowBlocks); a materialised table is scanned in parallel.
CREATE OR REPLACE TEMP TABLE "adg_blocks" AS
SELECT
  "g" * "p"."block" AS "s",
  least((("g" * "p"."block") + "p"."block"), "p"."n") AS "e"
FROM range((SELECT ((("n" + "block") - 1) // "block") FROM "adg_plan")) AS "r"("g")
CROSS JOIN "adg_plan" AS "p";

-- [16/17] Sample 11 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "admissions" AS
WITH
  "adg_s0" AS (
    SELECT
      unnest(range("s", "e")) AS "i",
      "adg_lists_1"
    FROM "adg_blocks"
    CROSS JOIN "adg_lists"
  ),
  "adg_s1" AS (
    SELECT
      (("i" + 4262121656) & 4294967295) AS "x",
      "adg_lists_1"
    FROM "adg_s0"
  ),
  "adg_s2" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 1761417657) & 4294967295) AS "x",
      "adg_lists_1"
    FROM "adg_s1"
  ),
  "adg_s3" AS (
    SELECT
      ((xor("x", ("x" >> 15)) * 800096767) & 4294967295) AS "x",
      "adg_lists_1"
    FROM "adg_s2"
  ),
  "adg_s4" AS (
    SELECT
      ((xor("x", ("x" >> 16)) * 506916191) & 4294967295) AS "x",
      "adg_lists_1"
    FROM "adg_s3"
  ),
  "adg_s5" AS (
    SELECT
      xor("x", ("x" >> 15)) AS "x",
      "adg_lists_1"
    FROM "adg_s4"
  ),
  "adg_s6" AS (
    SELECT
      (("x" + 4134584657) & 4294967295) AS "h1",
      (("x" + 2129712086) & 4294967295) AS "j1",
      (("x" + 2913543474) & 4294967295) AS "h2",
      (("x" + 3348186181) & 4294967295) AS "h3",
      (("x" + 1732729746) & 4294967295) AS "h4",
      (("x" + 2360776089) & 4294967295) AS "j4",
      (("x" + 1472261578) & 4294967295) AS "h5",
      (("x" + 4288557415) & 4294967295) AS "j5",
      (("x" + 470546888) & 4294967295) AS "h6",
      (("x" + 1419001012) & 4294967295) AS "h7",
      (("x" + 3119906840) & 4294967295) AS "h8",
      (("x" + 806274063) & 4294967295) AS "h9",
      (("x" + 3218017934) & 4294967295) AS "h10",
      (("x" + 3154566726) & 4294967295) AS "h11",
      (("x" + 1098631834) & 4294967295) AS "j11",
      "adg_lists_1"
    FROM "adg_s5"
  ),
  "adg_s7" AS (
    SELECT
      ((xor("h1", ("h1" >> 16)) * 2080451083) & 4294967295) AS "h1",
      ((xor("j1", ("j1" >> 16)) * 2080451083) & 4294967295) AS "j1",
      ((xor("h2", ("h2" >> 16)) * 2080451083) & 4294967295) AS "h2",
      ((xor("h3", ("h3" >> 16)) * 2080451083) & 4294967295) AS "h3",
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
      ((xor("j11", ("j11" >> 16)) * 2080451083) & 4294967295) AS "j11",
      "adg_lists_1"
    FROM "adg_s6"
  ),
  "adg_s8" AS (
    SELECT
      ((xor("h1", ("h1" >> 15)) * 889856635) & 4294967295) AS "h1",
      ((xor("j1", ("j1" >> 15)) * 889856635) & 4294967295) AS "j1",
      ((xor("h2", ("h2" >> 15)) * 889856635) & 4294967295) AS "h2",
      ((xor("h3", ("h3" >> 15)) * 889856635) & 4294967295) AS "h3",
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
      ((xor("j11", ("j11" >> 15)) * 889856635) & 4294967295) AS "j11",
      "adg_lists_1"
    FROM "adg_s7"
  ),
  "adg_s9" AS (
    SELECT
      xor("h1", ("h1" >> 16)) AS "h1",
      xor("j1", ("j1" >> 16)) AS "j1",
      xor("h2", ("h2" >> 16)) AS "h2",
      xor("h3", ("h3" >> 16)) AS "h3",
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
      xor("j11", ("j11" >> 16)) AS "j11",
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
      "j11",
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
      "j11",
      "adg_lists_1"
    FROM "adg_s10"
  ),
  "adg_s12" AS (
    SELECT
      "adg_lists_1"."v1"["k1" + 1] AS "v1",
      "adg_lists_1"."w1"["k1" + 1] AS "w1",
      "adg_lists_1"."v2"["k2" + 1] AS "v2",
      "adg_lists_1"."v3"["k3" + 1] AS "v3",
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
      "adg_lists_1"."w11"["k11" + 1] AS "w11",
      "adg_lists_1"."d11" AS "d11",
      "j1",
      "j4",
      "j5",
      "j11"
    FROM "adg_s11"
  )
SELECT
  CAST(NULL AS BIGINT) AS "episode_id",
  CAST(NULL AS VARCHAR) AS "patient_id",
  CAST(NULL AS VARCHAR) AS "nhs_number",
  CAST(NULL AS VARCHAR) AS "hospital_number",
  CAST(NULL AS VARCHAR) AS "forename",
  CAST(NULL AS VARCHAR) AS "surname",
  ("v1" + CAST(CAST(floor((CAST("j1" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w1" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "date_of_birth",
  "v2" AS "sex",
  "v3" AS "ethnicity",
  CAST(NULL AS VARCHAR) AS "address_line",
  CAST(NULL AS VARCHAR) AS "postcode",
  CAST(NULL AS VARCHAR) AS "email",
  CAST(NULL AS VARCHAR) AS "phone",
  ("v4" + CAST(CAST(floor((CAST("j4" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w4" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "admission_date",
  ("v5" + CAST(CAST(floor((CAST("j5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("w5" AS DOUBLE))) AS BIGINT) AS INTEGER)) AS "discharge_date",
  "v6" AS "admission_method",
  "v7" AS "specialty",
  "v8" AS "primary_diagnosis",
  "v9" AS "length_of_stay",
  "v10" AS "age_on_admission",
  CAST(NULL AS VARCHAR) AS "clinical_note",
  CAST(CASE
    WHEN ("d11" IS NULL) OR ("w11" = 0e+0) THEN CASE
    WHEN ("v11" + (CAST("j11" AS DOUBLE) * 2.3283064365386963e-10 * "w11")) < ("v11" + "w11") THEN "v11" + (CAST("j11" AS DOUBLE) * 2.3283064365386963e-10 * "w11")
    ELSE "v11"
  END
    ELSE greatest(least((floor((CASE
    WHEN ("v11" + (CAST("j11" AS DOUBLE) * 2.3283064365386963e-10 * "w11")) < ("v11" + "w11") THEN "v11" + (CAST("j11" AS DOUBLE) * 2.3283064365386963e-10 * "w11")
    ELSE "v11"
  END * pow(1e+1, CAST("d11" AS DOUBLE)))) / pow(1e+1, CAST("d11" AS DOUBLE))), CASE
    WHEN ("v11" + (CAST("j11" AS DOUBLE) * 2.3283064365386963e-10 * "w11")) < ("v11" + "w11") THEN "v11" + (CAST("j11" AS DOUBLE) * 2.3283064365386963e-10 * "w11")
    ELSE "v11"
  END), "v11")
  END AS DECIMAL(10,2)) AS "cost"
FROM "adg_s12";

CREATE OR REPLACE TABLE "admissions_provenance" AS
SELECT
  'admissions' AS "dataset",
  'specs/admissions.yaml' AS "spec_file",
  '1649a3e288b48c0149cce491ee2e393778a24e7191023f59d414c5dd945c1803' AS "spec_hash",
  "m"."metadata_hash",
  1 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  CAST(NULL AS BIGINT) AS "entities",
  CAST(NULL AS BIGINT) AS "entities_with_rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  current_timestamp AS "generated_at",
  "r"."released_at" AS "released_at",
  "r"."reviewer" AS "reviewer",
  "r"."approver" AS "approver",
  (SELECT "value" FROM "adg_released"."admissions_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
    WHERE ("l"."dataset" = 'admissions') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_released"."adg_releases" WHERE "dataset" = 'admissions'))
  ) AS "r"
  WHERE "r"."metadata_hash" = (SELECT "metadata_hash" FROM "adg_released_hash")
) AS "r"
  ON "r"."metadata_hash" = "m"."metadata_hash";

CREATE OR REPLACE TABLE "admissions_fields" AS
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
