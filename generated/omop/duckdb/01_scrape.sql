-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_person", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/omop/person.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/omop/metadata.duckdb; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/13] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/13] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'gender_concept_id', 'categorical', 8, 5, NULL),
  (2, 'year_of_birth', 'discrete', 8, 5, NULL),
  (3, 'month_of_birth', 'discrete', 8, 5, NULL),
  (4, 'day_of_birth', 'discrete', 8, 5, NULL),
  (5, 'birth_datetime', 'date', 8, 5, NULL),
  (6, 'race_concept_id', 'categorical', 8, 5, NULL),
  (7, 'ethnicity_concept_id', 'categorical', 8, 5, NULL),
  (8, 'gender_source_value', 'categorical', 8, 5, NULL),
  (9, 'gender_source_concept_id', 'categorical', 8, 5, NULL),
  (10, 'race_source_value', 'categorical', 8, 5, NULL),
  (11, 'race_source_concept_id', 'categorical', 8, 5, NULL),
  (12, 'ethnicity_source_value', 'categorical', 8, 5, NULL),
  (13, 'ethnicity_source_concept_id', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/13] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "person_id") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/omop/person.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "gender_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("year_of_birth" AS BIGINT) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("month_of_birth" AS BIGINT) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("day_of_birth" AS BIGINT) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  strftime("k", '%Y-%m-%d %H:%M:%S') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      date_trunc('year', "birth_datetime") AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "race_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ethnicity_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "gender_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "gender_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "race_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  11 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "race_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  12 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ethnicity_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  13 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ethnicity_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/13] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/omop.yaml: source (parquet file specs/fixtures/omop/person.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/13] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [6/13] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
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
    FROM read_parquet('specs/fixtures/omop/person.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [7/13] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [8/13] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [9/13] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE (substr(CAST("person_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("person_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [10/13] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
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
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      0 AS "ordinal",
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
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [11/13] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_person_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
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
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'gender_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'year_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'month_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'day_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'birth_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'race_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'ethnicity_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'gender_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'gender_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'race_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11, 'race_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12, 'ethnicity_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13, 'ethnicity_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [12/13] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [13/13] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_visit_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/omop/visit_occurrence.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/omop/metadata.duckdb; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/14] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/14] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'visit_concept_id', 'categorical', 8, 5, NULL),
  (2, 'visit_start_date', 'date', 8, 5, NULL),
  (3, 'visit_start_datetime', 'date', 8, 5, NULL),
  (4, 'visit_end_date', 'date', 8, 5, NULL),
  (5, 'visit_end_datetime', 'date', 8, 5, NULL),
  (6, 'visit_type_concept_id', 'categorical', 8, 5, NULL),
  (7, 'visit_source_value', 'categorical', 8, 5, NULL),
  (8, 'visit_source_concept_id', 'categorical', 8, 5, NULL),
  (9, 'admitted_from_concept_id', 'categorical', 8, 5, NULL),
  (10, 'admitted_from_source_value', 'categorical', 8, 5, NULL),
  (11, 'discharged_to_concept_id', 'categorical', 8, 5, NULL),
  (12, 'discharged_to_source_value', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/14] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "person_id") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "visit_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "visit_start_date") AS DATE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  strftime("k", '%Y-%m-%d %H:%M:%S') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      date_trunc('week', "visit_start_datetime") AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "visit_end_date") AS DATE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  strftime("k", '%Y-%m-%d %H:%M:%S') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      date_trunc('week', "visit_end_datetime") AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "visit_type_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "visit_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "visit_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "admitted_from_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "admitted_from_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  11 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "discharged_to_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  12 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "discharged_to_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/14] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/omop.yaml: source (parquet file specs/fixtures/omop/visit_occurrence.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/14] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [6/14] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
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
    FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [7/14] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [8/14] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [9/14] Identifier visit_occurrence_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE (substr(CAST("visit_occurrence_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("visit_occurrence_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.visit_occurrence_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [10/14] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE (substr(CAST("person_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("person_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [11/14] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
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
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      0 AS "ordinal",
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
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
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
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_visit_occurrence_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
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
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'visit_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'visit_start_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'visit_start_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'visit_end_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'visit_end_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'visit_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'visit_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'visit_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'admitted_from_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'admitted_from_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11, 'discharged_to_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12, 'discharged_to_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [13/14] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [14/14] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_condition_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/omop/condition_occurrence.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/omop/metadata.duckdb; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/14] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/14] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'condition_concept_id', 'categorical', 8, 5, NULL),
  (2, 'condition_start_date', 'date', 8, 5, NULL),
  (3, 'condition_start_datetime', 'date', 8, 5, NULL),
  (4, 'condition_end_date', 'date', 8, 5, NULL),
  (5, 'condition_end_datetime', 'date', 8, 5, NULL),
  (6, 'condition_type_concept_id', 'categorical', 8, 5, NULL),
  (7, 'condition_status_concept_id', 'categorical', 8, 5, NULL),
  (8, 'condition_source_value', 'categorical', 8, 5, NULL),
  (9, 'condition_source_concept_id', 'categorical', 8, 5, NULL),
  (10, 'condition_status_source_value', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/14] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "person_id") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "condition_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "condition_start_date") AS DATE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  strftime("k", '%Y-%m-%d %H:%M:%S') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      date_trunc('week', "condition_start_datetime") AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "condition_end_date") AS DATE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  strftime("k", '%Y-%m-%d %H:%M:%S') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      date_trunc('week', "condition_end_datetime") AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "condition_type_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "condition_status_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "condition_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "condition_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "condition_status_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/14] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/omop.yaml: source (parquet file specs/fixtures/omop/condition_occurrence.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/14] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [6/14] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
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
    FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [7/14] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [8/14] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [9/14] Identifier condition_occurrence_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE (substr(CAST("condition_occurrence_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("condition_occurrence_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.condition_occurrence_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [10/14] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE (substr(CAST("person_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("person_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [11/14] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
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
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      0 AS "ordinal",
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
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
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
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_condition_occurrence_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
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
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'condition_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'condition_start_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'condition_start_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'condition_end_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'condition_end_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'condition_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'condition_status_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'condition_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'condition_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'condition_status_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [13/14] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [14/14] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_measurement", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/omop/measurement.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/omop/metadata.duckdb; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/19] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'measurement_concept_id', 'categorical', 8, 5, NULL),
  (2, 'measurement_date', 'date', 8, 5, NULL),
  (3, 'measurement_datetime', 'date', 8, 5, NULL),
  (4, 'measurement_type_concept_id', 'categorical', 8, 5, NULL),
  (5, 'operator_concept_id', 'categorical', 8, 5, NULL),
  (6, 'value_as_number', 'continuous', 8, 5, 100),
  (7, 'value_as_concept_id', 'categorical', 8, 5, NULL),
  (8, 'unit_concept_id', 'categorical', 8, 5, NULL),
  (9, 'range_low', 'continuous', 8, 5, 100),
  (10, 'range_high', 'continuous', 8, 5, 100),
  (11, 'measurement_source_value', 'categorical', 8, 5, NULL),
  (12, 'measurement_source_concept_id', 'categorical', 8, 5, NULL),
  (13, 'unit_source_value', 'categorical', 8, 5, NULL),
  (14, 'unit_source_concept_id', 'categorical', 8, 5, NULL),
  (15, 'value_source_value', 'categorical', 8, 5, NULL),
  (16, 'meas_event_field_concept_id', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/19] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "person_id") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/omop/measurement.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "measurement_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "measurement_date") AS DATE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  strftime("k", '%Y-%m-%d %H:%M:%S') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      date_trunc('week', "measurement_datetime") AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "measurement_type_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "operator_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  "k" AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("value_as_number" AS DOUBLE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "value_as_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "unit_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  "k" AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("range_low" AS DOUBLE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  "k" AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("range_high" AS DOUBLE) AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  11 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "measurement_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  12 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "measurement_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  13 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "unit_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  14 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "unit_source_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  15 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "value_source_value" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  16 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "meas_event_field_concept_id" AS "k",
      "person_id" AS "e"
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/19] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/omop.yaml: source (parquet file specs/fixtures/omop/measurement.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/19] Grid of every continuous field: a power of ten from its spread, and its decimals
CREATE OR REPLACE TEMP TABLE "adg_grid" AS
SELECT
  "f"."ordinal",
  CASE
    WHEN "s"."p95" > "s"."p5" THEN greatest((0 - least(coalesce("p"."decimals", 0), 6)), least(15, CAST(floor(log10(greatest((("s"."p95" - "s"."p5") / (CAST("f"."bins" AS DOUBLE) * 1e+1)), 1e-7))) AS BIGINT)))
    ELSE 0 - least(coalesce("p"."decimals", 0), 6)
  END AS "g",
  "p"."decimals"
FROM "adg_fields" AS "f"
LEFT JOIN (
  SELECT
    "ordinal",
    min("num") FILTER (WHERE "cum" >= (5e-2 * "total")) AS "p5",
    min("num") FILTER (WHERE "cum" >= (9.5e-1 * "total")) AS "p95"
  FROM (
    SELECT
      "ordinal",
      "num",
      CAST(sum("n_rows") OVER (PARTITION BY "ordinal" ORDER BY "num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE) AS "cum",
      CAST(sum("n_rows") OVER (PARTITION BY "ordinal") AS DOUBLE) AS "total"
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
      WHERE ("r"."ordinal" IN (6, 9, 10)) AND isfinite("r"."num") AND ("r"."n_entities" < "f"."threshold")
    ) AS "rest"
  ) AS "ranked"
  GROUP BY "ordinal"
) AS "s"
  ON "s"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    max(CASE
      WHEN "num" = (floor((("num" * 1e+0) + 5e-1)) / 1e+0) THEN 0
      WHEN "num" = (floor((("num" * 1e+1) + 5e-1)) / 1e+1) THEN 1
      WHEN "num" = (floor((("num" * 1e+2) + 5e-1)) / 1e+2) THEN 2
      WHEN "num" = (floor((("num" * 1e+3) + 5e-1)) / 1e+3) THEN 3
      WHEN "num" = (floor((("num" * 1e+4) + 5e-1)) / 1e+4) THEN 4
      WHEN "num" = (floor((("num" * 1e+5) + 5e-1)) / 1e+5) THEN 5
      WHEN "num" = (floor((("num" * 1e+6) + 5e-1)) / 1e+6) THEN 6
      ELSE 7
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
    WHERE ("r"."ordinal" IN (6, 9, 10)) AND isfinite("r"."num")
  ) AS "all_finite"
  GROUP BY "ordinal"
) AS "p"
  ON "p"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" IN (6, 9, 10);

-- [6/19] Values to bin (not point masses), floored to the grid
CREATE OR REPLACE TEMP TABLE "adg_gridded" AS
SELECT
  "rest"."ordinal",
  CASE
    WHEN CASE
    WHEN "g"."g" >= 0 THEN (floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END <= "rest"."num" THEN CASE
    WHEN "g"."g" >= 0 THEN (floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END
    WHEN CASE
    WHEN "g"."g" >= 0 THEN floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END <= "rest"."num" THEN CASE
    WHEN "g"."g" >= 0 THEN floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END
    ELSE CASE
    WHEN "g"."g" >= 0 THEN (floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) - 1e+0) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) - 1e+0) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
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
  WHERE ("r"."ordinal" IN (6, 9, 10)) AND isfinite("r"."num") AND ("r"."n_entities" < "f"."threshold")
) AS "rest"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "rest"."ordinal"
GROUP BY "rest"."ordinal", CASE
  WHEN CASE
  WHEN "g"."g" >= 0 THEN (floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END <= "rest"."num" THEN CASE
  WHEN "g"."g" >= 0 THEN (floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END
  WHEN CASE
  WHEN "g"."g" >= 0 THEN floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END <= "rest"."num" THEN CASE
  WHEN "g"."g" >= 0 THEN floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END
  ELSE CASE
  WHEN "g"."g" >= 0 THEN (floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) - 1e+0) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= 0 THEN "rest"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) - 1e+0) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END
END;

-- [7/19] Entities of the values to bin (distinct entity per gridded value)
-- Distinct counts do not add up, so entity counts of bins come from this pass over the source.
CREATE OR REPLACE TEMP TABLE "adg_entity_values" AS
SELECT
  "v"."ordinal",
  CASE
    WHEN CASE
    WHEN "g"."g" >= 0 THEN (floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END <= "v"."num" THEN CASE
    WHEN "g"."g" >= 0 THEN (floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) + 1e+0) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END
    WHEN CASE
    WHEN "g"."g" >= 0 THEN floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END <= "v"."num" THEN CASE
    WHEN "g"."g" >= 0 THEN floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END
    ELSE CASE
    WHEN "g"."g" >= 0 THEN (floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) - 1e+0) * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= 0 THEN "v"."num" / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END) - 1e+0) / CASE
    WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
    ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
  END
  END
  END AS "num",
  "v"."e" AS "e"
FROM (
  SELECT
    6 AS "ordinal",
    CAST("value_as_number" AS DOUBLE) AS "num",
    "person_id" AS "e"
  FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  UNION ALL
  SELECT
    9 AS "ordinal",
    CAST("range_low" AS DOUBLE) AS "num",
    "person_id" AS "e"
  FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  UNION ALL
  SELECT
    10 AS "ordinal",
    CAST("range_high" AS DOUBLE) AS "num",
    "person_id" AS "e"
  FROM read_parquet('specs/fixtures/omop/measurement.parquet')
) AS "v"
JOIN "adg_raw" AS "r"
  ON ("r"."ordinal" = "v"."ordinal") AND ("r"."num" = "v"."num")
JOIN "adg_fields" AS "f"
  ON "f"."ordinal" = "v"."ordinal"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "v"."ordinal"
WHERE ("v"."e" IS NOT NULL) AND isfinite("v"."num") AND ("r"."n_entities" < "f"."threshold")
GROUP BY "v"."ordinal", CASE
  WHEN CASE
  WHEN "g"."g" >= 0 THEN (floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END <= "v"."num" THEN CASE
  WHEN "g"."g" >= 0 THEN (floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) + 1e+0) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END
  WHEN CASE
  WHEN "g"."g" >= 0 THEN floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END <= "v"."num" THEN CASE
  WHEN "g"."g" >= 0 THEN floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END
  ELSE CASE
  WHEN "g"."g" >= 0 THEN (floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) - 1e+0) * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= 0 THEN "v"."num" / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END) - 1e+0) / CASE
  WHEN "g"."g" >= 0 THEN pow(1e+1, CAST("g"."g" AS DOUBLE))
  ELSE pow(1e+1, CAST(0 - "g"."g" AS DOUBLE))
END
END
END, "v"."e";

-- [8/19] Outer edges: the gridded values at rank k from each end
CREATE OR REPLACE TEMP TABLE "adg_outer_edges" AS
SELECT
  "k"."ordinal",
  min("k"."num") FILTER (WHERE "k"."up" >= "f"."threshold") AS "lo",
  max("k"."num") FILTER (WHERE "k"."down" >= "f"."threshold") + max(pow(1e+1, CAST("g"."g" AS DOUBLE))) AS "hi"
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
        1 AS "low",
        0 AS "high"
      FROM "adg_entity_values"
      GROUP BY "ordinal", "e"
      UNION ALL
      SELECT
        "ordinal",
        max("num") AS "num",
        0 AS "low",
        1 AS "high"
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

-- [9/19] Percentile bins: published edges and raw counts of every continuous field
-- Raw bins of equal frequency; inner edges are the lowest values of raw bins (not the first) that
-- clear the threshold on their own; the outer edges close the first and last bin. Each raw bin is
-- counted into the published bin that holds it.
CREATE OR REPLACE TEMP TABLE "adg_raw_bins" AS
WITH
  "adg_value_bins" AS (
    SELECT
      "ordinal",
      "num",
      "n_rows",
      CAST((("start" * least("bins", greatest(2, ("total" // (2 * "threshold"))))) // "total") AS BIGINT) AS "bin"
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
  ),
  "adg_raw_bin_stats" AS (
    SELECT
      "v"."ordinal",
      "v"."bin",
      min("v"."num") AS "lo",
      CAST(sum("v"."n_rows") AS BIGINT) AS "n_rows",
      max("d"."n_entities") AS "n_entities",
      row_number() OVER (PARTITION BY "v"."ordinal" ORDER BY "v"."bin" NULLS LAST) - 1 AS "pos"
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
    WHERE ("b"."pos" >= 1) AND ("b"."n_entities" >= "f"."threshold") AND ("b"."lo" > "o"."lo") AND ("b"."lo" < "o"."hi")
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
  ),
  "adg_all_edges" AS (
    SELECT
      "o"."ordinal",
      0 AS "edge",
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
      coalesce("n"."m", 0) + 1 AS "edge",
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
  ON ("upper"."ordinal" = "c"."ordinal") AND ("upper"."edge" = ("c"."item" + 1))
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

-- [10/19] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/person.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/visit_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/condition_occurrence.parquet') WHERE "person_id" IS NOT NULL UNION ALL SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("person_id" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE "person_id" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [11/19] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
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
    FROM read_parquet('specs/fixtures/omop/measurement.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [12/19] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [13/19] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [14/19] Identifier measurement_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE (substr(CAST("measurement_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("measurement_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.measurement_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [15/19] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/omop/measurement.parquet') WHERE (substr(CAST("person_id" AS VARCHAR), 1, 1) = '1') AND (length(CAST("person_id" AS VARCHAR)) = 9)) THEN error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [16/19] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
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
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      "b"."ordinal" AS "ordinal",
      'bin' AS "stat",
      "b"."item" AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      "b"."lo" AS "lo",
      "b"."hi" AS "hi",
      "b"."n_rows" AS "n_rows",
      "b"."n_entities" AS "n_entities"
    FROM "adg_raw_bins" AS "b"
    UNION ALL
    SELECT
      0 AS "ordinal",
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
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [17/19] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_measurement_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
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
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'measurement_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'measurement_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'measurement_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'measurement_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'operator_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'value_as_number', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'value_as_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'unit_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'range_low', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'range_high', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11, 'measurement_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12, 'measurement_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13, 'unit_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14, 'unit_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15, 'value_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16, 'meas_event_field_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
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
    CAST("g"."decimals" AS VARCHAR) AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM "adg_grid" AS "g"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "g"."ordinal"
  WHERE "g"."decimals" <= 6
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [18/19] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [19/19] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_concept", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/omop/concept.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/omop/metadata.duckdb; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/3] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/3] Copy the vocabulary verbatim beside its metadata (its row count), replacing both atomically
-- A vocabulary holds no personal data: it is copied whole, in bulk, by the engine, and reviewed and
-- released with the metadata.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_concept_metadata" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "field",
  'vocabulary' AS "kind",
  'rows' AS "stat",
  CAST(NULL AS BIGINT) AS "item",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  (((2 * (SELECT count(*) FROM ( SELECT * FROM read_parquet('specs/fixtures/omop/concept.parquet') ) AS "v")) + 5) // (2 * 5)) * 5 AS "n_rows",
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
  (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT))
) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities");

CREATE OR REPLACE TABLE "omop_concept_vocabulary" AS
SELECT
  *
FROM read_parquet('specs/fixtures/omop/concept.parquet');

COMMIT;

-- [3/3] Rows copied (as published)
SELECT
  "n_rows"
FROM "omop_concept_metadata"
WHERE "stat" = 'rows';
