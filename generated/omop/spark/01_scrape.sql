-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_person", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the source (table omop_person_source of schema default, which adg load made of the parquet file specs/fixtures/omop/person.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/14] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/14] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/14] Field catalog: kind and suppression policy of each field
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `threshold`,
  `round_to`,
  `bins`
FROM (VALUES
  (0L, CAST(NULL AS STRING), 'dataset', 8L, 5L, CAST(NULL AS BIGINT)),
  (1L, 'gender_concept_id', 'categorical', 8L, 5L, NULL),
  (2L, 'year_of_birth', 'discrete', 8L, 5L, NULL),
  (3L, 'month_of_birth', 'discrete', 8L, 5L, NULL),
  (4L, 'day_of_birth', 'discrete', 8L, 5L, NULL),
  (5L, 'birth_datetime', 'date', 8L, 5L, NULL),
  (6L, 'race_concept_id', 'categorical', 8L, 5L, NULL),
  (7L, 'ethnicity_concept_id', 'categorical', 8L, 5L, NULL),
  (8L, 'gender_source_value', 'categorical', 8L, 5L, NULL),
  (9L, 'gender_source_concept_id', 'categorical', 8L, 5L, NULL),
  (10L, 'race_source_value', 'categorical', 8L, 5L, NULL),
  (11L, 'race_source_concept_id', 'categorical', 8L, 5L, NULL),
  (12L, 'ethnicity_source_value', 'categorical', 8L, 5L, NULL),
  (13L, 'ethnicity_source_concept_id', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/14] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

CREATE TABLE `adg_scratch`.`adg_raw` AS
SELECT
  0L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  count(DISTINCT `person_id`) AS `n_entities`,
  0L AS `item`
FROM `default`.`omop_person_source`
UNION ALL
SELECT
  1L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `gender_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  2L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`year_of_birth` AS BIGINT) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  3L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`month_of_birth` AS BIGINT) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  4L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`day_of_birth` AS BIGINT) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd HH:mm:ss') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      date_trunc('YEAR', `birth_datetime`) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  6L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `race_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  7L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `ethnicity_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  8L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `gender_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  9L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `gender_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  10L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `race_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  11L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `race_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  12L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `ethnicity_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  13L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `ethnicity_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/14] Refuse an empty source
SELECT raise_error('specs/omop.yaml: source (parquet file specs/fixtures/omop/person.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/14] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_person_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_person_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_visit_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_condition_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_measurement_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_person_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [7/14] Raw entity cardinalities: how many entities have each number of rows
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

CREATE TABLE `adg_scratch`.`adg_raw_cardinality` AS
SELECT
  `per` AS `value`,
  count(*) AS `n_entities`
FROM (
  SELECT
    `e`,
    count(*) AS `per`
  FROM (
    SELECT
      `person_id` AS `e`
    FROM `default`.`omop_person_source`
  ) AS `s`
  WHERE `e` IS NOT NULL
  GROUP BY `e`
) AS `p`
GROUP BY `per`
UNION ALL
SELECT
  0L AS `value`,
  `n_entities` - `present` AS `n_entities`
FROM `adg_pool`
WHERE `n_entities` > `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw_cardinality` AS SELECT * FROM `adg_scratch`.`adg_raw_cardinality`;

-- [8/14] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

CREATE TABLE `adg_scratch`.`adg_rare_bands` AS
SELECT
  CASE
    WHEN `k`.`value` < 1L THEN -1L
    WHEN `k`.`value` < 2L THEN 0L
    WHEN `k`.`value` < 4L THEN 1L
    WHEN `k`.`value` < 8L THEN 2L
    WHEN `k`.`value` < 16L THEN 3L
    WHEN `k`.`value` < 32L THEN 4L
    WHEN `k`.`value` < 64L THEN 5L
    WHEN `k`.`value` < 128L THEN 6L
    WHEN `k`.`value` < 256L THEN 7L
    WHEN `k`.`value` < 512L THEN 8L
    WHEN `k`.`value` < 1024L THEN 9L
    WHEN `k`.`value` < 2048L THEN 10L
    WHEN `k`.`value` < 4096L THEN 11L
    WHEN `k`.`value` < 8192L THEN 12L
    WHEN `k`.`value` < 16384L THEN 13L
    WHEN `k`.`value` < 32768L THEN 14L
    WHEN `k`.`value` < 65536L THEN 15L
    WHEN `k`.`value` < 131072L THEN 16L
    WHEN `k`.`value` < 262144L THEN 17L
    WHEN `k`.`value` < 524288L THEN 18L
    WHEN `k`.`value` < 1048576L THEN 19L
    WHEN `k`.`value` < 2097152L THEN 20L
    WHEN `k`.`value` < 4194304L THEN 21L
    WHEN `k`.`value` < 8388608L THEN 22L
    WHEN `k`.`value` < 16777216L THEN 23L
    WHEN `k`.`value` < 33554432L THEN 24L
    WHEN `k`.`value` < 67108864L THEN 25L
    WHEN `k`.`value` < 134217728L THEN 26L
    WHEN `k`.`value` < 268435456L THEN 27L
    WHEN `k`.`value` < 536870912L THEN 28L
    WHEN `k`.`value` < 1073741824L THEN 29L
    WHEN `k`.`value` < 2147483648L THEN 30L
    WHEN `k`.`value` < 4294967296L THEN 31L
    ELSE 32L
  END AS `b`,
  sum(`k`.`n_entities`) AS `n`
FROM `adg_raw_cardinality` AS `k`
WHERE NOT ((`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
GROUP BY CASE
  WHEN `k`.`value` < 1L THEN -1L
  WHEN `k`.`value` < 2L THEN 0L
  WHEN `k`.`value` < 4L THEN 1L
  WHEN `k`.`value` < 8L THEN 2L
  WHEN `k`.`value` < 16L THEN 3L
  WHEN `k`.`value` < 32L THEN 4L
  WHEN `k`.`value` < 64L THEN 5L
  WHEN `k`.`value` < 128L THEN 6L
  WHEN `k`.`value` < 256L THEN 7L
  WHEN `k`.`value` < 512L THEN 8L
  WHEN `k`.`value` < 1024L THEN 9L
  WHEN `k`.`value` < 2048L THEN 10L
  WHEN `k`.`value` < 4096L THEN 11L
  WHEN `k`.`value` < 8192L THEN 12L
  WHEN `k`.`value` < 16384L THEN 13L
  WHEN `k`.`value` < 32768L THEN 14L
  WHEN `k`.`value` < 65536L THEN 15L
  WHEN `k`.`value` < 131072L THEN 16L
  WHEN `k`.`value` < 262144L THEN 17L
  WHEN `k`.`value` < 524288L THEN 18L
  WHEN `k`.`value` < 1048576L THEN 19L
  WHEN `k`.`value` < 2097152L THEN 20L
  WHEN `k`.`value` < 4194304L THEN 21L
  WHEN `k`.`value` < 8388608L THEN 22L
  WHEN `k`.`value` < 16777216L THEN 23L
  WHEN `k`.`value` < 33554432L THEN 24L
  WHEN `k`.`value` < 67108864L THEN 25L
  WHEN `k`.`value` < 134217728L THEN 26L
  WHEN `k`.`value` < 268435456L THEN 27L
  WHEN `k`.`value` < 536870912L THEN 28L
  WHEN `k`.`value` < 1073741824L THEN 29L
  WHEN `k`.`value` < 2147483648L THEN 30L
  WHEN `k`.`value` < 4294967296L THEN 31L
  ELSE 32L
END;

CREATE OR REPLACE TEMPORARY VIEW `adg_rare_bands` AS SELECT * FROM `adg_scratch`.`adg_rare_bands`;

-- [9/14] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

CREATE TABLE `adg_scratch`.`adg_cardinality_bands` AS
SELECT
  CAST(`k`.`value` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `lo`,
  CAST(NULL AS DOUBLE) AS `hi`,
  `k`.`n_entities`
FROM `adg_raw_cardinality` AS `k`
WHERE (`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`r`.`n` >= 8L) AND ((((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` + `t`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`lo_b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE)) END AS `hi`,
  `t`.`n` AS `n_entities`
FROM (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL)));

CREATE OR REPLACE TEMPORARY VIEW `adg_cardinality_bands` AS SELECT * FROM `adg_scratch`.`adg_cardinality_bands`;

-- [10/14] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_person_source` WHERE (substr(CAST(`person_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`person_id` AS STRING)) = 9L));

-- [11/14] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

CREATE TABLE `adg_scratch`.`adg_candidates` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `stat`,
  `item`,
  `value`,
  `lo`,
  `hi`,
  `n_rows`,
  `n_entities`,
  `raw_rows`,
  (`tested` >= `threshold`) AND ((`n_rows` IS NULL) OR (`n_rows` >= `threshold`)) AND ((`n_entities` IS NULL) OR (`n_entities` >= `threshold`)) AS `passes`
FROM (
  SELECT
    `c`.`ordinal`,
    `f`.`field`,
    `f`.`kind`,
    `c`.`stat`,
    CASE
      WHEN `c`.`stat` IN ('null', 'value', 'bin') THEN CAST(row_number() OVER (PARTITION BY `c`.`ordinal`, `c`.`stat` IN ('null', 'value', 'bin') ORDER BY CASE WHEN `c`.`stat` = 'null' THEN 0L WHEN `c`.`stat` = 'value' THEN 1L ELSE 2L END NULLS LAST, `c`.`item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `c`.`value`,
    `c`.`lo`,
    `c`.`hi`,
    `c`.`n_entities` AS `tested`,
    `c`.`n_rows` AS `raw_rows`,
    `f`.`threshold`,
    (((2L * `c`.`n_rows`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_rows`,
    (((2L * `c`.`n_entities`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_entities`
  FROM (
    SELECT
      0L AS `ordinal`,
      'rows' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    WHERE `r`.`ordinal` = 0L
    UNION ALL
    SELECT
      `r`.`ordinal` AS `ordinal`,
      CASE WHEN (`r`.`value` IS NULL) AND (`r`.`num` IS NULL) THEN 'null' ELSE 'value' END AS `stat`,
      `r`.`item` AS `item`,
      CASE
        WHEN `r`.`num` IS NULL THEN `r`.`value`
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN CAST(NULL AS STRING)
        ELSE CASE
        WHEN `r`.`num` = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN `r`.`num` > 0L THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS `value`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `lo`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    JOIN `adg_fields` AS `rf`
      ON `rf`.`ordinal` = `r`.`ordinal`
    WHERE (`r`.`ordinal` > 0L) AND ((`r`.`num` IS NULL) OR (NOT ((NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')))) OR (`r`.`n_entities` >= `rf`.`threshold`))
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'cardinality' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      `k`.`value` AS `value`,
      `k`.`lo` AS `lo`,
      `k`.`hi` AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `k`.`n_entities` AS `n_entities`
    FROM `adg_cardinality_bands` AS `k`
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'pool' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `pl`.`n_entities` AS `n_entities`
    FROM `adg_pool` AS `pl`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [12/14] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`omop_person_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  CAST(`ordinal` AS BIGINT) AS `ordinal`,
  CAST(`field` AS STRING) AS `field`,
  CAST(`kind` AS STRING) AS `kind`,
  CAST(`stat` AS STRING) AS `stat`,
  CAST(`item` AS BIGINT) AS `item`,
  CAST(`value` AS STRING) AS `value`,
  CAST(`lo` AS DOUBLE) AS `lo`,
  CAST(`hi` AS DOUBLE) AS `hi`,
  CAST(`n_rows` AS BIGINT) AS `n_rows`,
  CAST(`n_entities` AS BIGINT) AS `n_entities`
FROM (
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    CASE
      WHEN `item` IS NOT NULL THEN CAST(row_number() OVER (PARTITION BY `ordinal`, `item` IS NOT NULL ORDER BY `item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM `adg_candidates`
  WHERE `passes`
  UNION ALL
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM (VALUES
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'gender_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'year_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'month_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'day_of_birth', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'birth_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'race_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'ethnicity_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'gender_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'gender_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'race_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'race_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'ethnicity_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13L, 'ethnicity_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS `v`(`ordinal`, `field`, `kind`, `stat`, `item`, `value`, `lo`, `hi`, `n_rows`, `n_entities`)
  UNION ALL
  SELECT
    `l`.`ordinal` AS `ordinal`,
    `f`.`field` AS `field`,
    `f`.`kind` AS `kind`,
    'suppressed' AS `stat`,
    CAST(NULL AS BIGINT) AS `item`,
    '{"items":' || CAST(`l`.`items` AS STRING) || ',"rows":"' || `l`.`band` || '"}' AS `value`,
    CAST(NULL AS DOUBLE) AS `lo`,
    CAST(NULL AS DOUBLE) AS `hi`,
    CAST(NULL AS BIGINT) AS `n_rows`,
    CAST(NULL AS BIGINT) AS `n_entities`
  FROM (
    SELECT
      `ordinal`,
      sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
      CASE
        WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS `band`
    FROM `adg_candidates`
    WHERE `ordinal` > 0L
    GROUP BY `ordinal`
  ) AS `l`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `l`.`ordinal`
) AS `m`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS LAST;

-- [13/14] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  `f`.`kind`,
  sum(CASE WHEN `c`.`passes` THEN 1L ELSE 0L END) AS `published`,
  sum(CASE WHEN NOT (`c`.`passes`) THEN 1L ELSE 0L END) AS `suppressed`,
  sum(CASE WHEN `c`.`passes` AND (`c`.`stat` <> 'null') THEN 1L ELSE 0L END) AS `published_non_null`,
  (SELECT `n_rows` FROM `adg_candidates` WHERE (`stat` = 'rows') AND `passes`) AS `published_rows`,
  `l`.`band` AS `suppressed_rows`
FROM `adg_fields` AS `f`
LEFT JOIN `adg_candidates` AS `c`
  ON `c`.`ordinal` = `f`.`ordinal`
LEFT JOIN (
  SELECT
    `ordinal`,
    sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
    CASE
      WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS `band`
  FROM `adg_candidates`
  WHERE `ordinal` > 0L
  GROUP BY `ordinal`
) AS `l`
  ON `l`.`ordinal` = `f`.`ordinal`
WHERE `f`.`ordinal` > 0L
GROUP BY `f`.`ordinal`, `f`.`field`, `f`.`kind`, `l`.`band`
ORDER BY `f`.`ordinal` NULLS LAST;

-- [14/14] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) >= 20L AS `enough_values`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `distinct_per_row`,
  CASE
    WHEN count(`r`.`value`) >= 20L THEN CASE WHEN abs(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2) END / 1e+2
  END AS `entities_per_value`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `nhsNumbers`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `emails`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `phones`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `postcodes`
FROM `adg_fields` AS `f`
JOIN `adg_raw` AS `r`
  ON `r`.`ordinal` = `f`.`ordinal`
WHERE (`f`.`ordinal` > 0L) AND (`f`.`kind` <> 'continuous')
GROUP BY `f`.`ordinal`, `f`.`field`
ORDER BY `f`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_visit_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the source (table omop_visit_occurrence_source of schema default, which adg load made of the parquet file specs/fixtures/omop/visit_occurrence.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/15] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/15] Field catalog: kind and suppression policy of each field
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `threshold`,
  `round_to`,
  `bins`
FROM (VALUES
  (0L, CAST(NULL AS STRING), 'dataset', 8L, 5L, CAST(NULL AS BIGINT)),
  (1L, 'visit_concept_id', 'categorical', 8L, 5L, NULL),
  (2L, 'visit_start_date', 'date', 8L, 5L, NULL),
  (3L, 'visit_start_datetime', 'date', 8L, 5L, NULL),
  (4L, 'visit_end_date', 'date', 8L, 5L, NULL),
  (5L, 'visit_end_datetime', 'date', 8L, 5L, NULL),
  (6L, 'visit_type_concept_id', 'categorical', 8L, 5L, NULL),
  (7L, 'visit_source_value', 'categorical', 8L, 5L, NULL),
  (8L, 'visit_source_concept_id', 'categorical', 8L, 5L, NULL),
  (9L, 'admitted_from_concept_id', 'categorical', 8L, 5L, NULL),
  (10L, 'admitted_from_source_value', 'categorical', 8L, 5L, NULL),
  (11L, 'discharged_to_concept_id', 'categorical', 8L, 5L, NULL),
  (12L, 'discharged_to_source_value', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/15] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

CREATE TABLE `adg_scratch`.`adg_raw` AS
SELECT
  0L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  count(DISTINCT `person_id`) AS `n_entities`,
  0L AS `item`
FROM `default`.`omop_visit_occurrence_source`
UNION ALL
SELECT
  1L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `visit_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  2L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(date_trunc('WEEK', `visit_start_date`) AS DATE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  3L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd HH:mm:ss') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      date_trunc('WEEK', `visit_start_datetime`) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  4L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(date_trunc('WEEK', `visit_end_date`) AS DATE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd HH:mm:ss') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      date_trunc('WEEK', `visit_end_datetime`) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  6L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `visit_type_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  7L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `visit_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  8L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `visit_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  9L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `admitted_from_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  10L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `admitted_from_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  11L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `discharged_to_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  12L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `discharged_to_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/15] Refuse an empty source
SELECT raise_error('specs/omop.yaml: source (parquet file specs/fixtures/omop/visit_occurrence.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/15] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_visit_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_person_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_visit_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_condition_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_measurement_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_visit_occurrence_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [7/15] Raw entity cardinalities: how many entities have each number of rows
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

CREATE TABLE `adg_scratch`.`adg_raw_cardinality` AS
SELECT
  `per` AS `value`,
  count(*) AS `n_entities`
FROM (
  SELECT
    `e`,
    count(*) AS `per`
  FROM (
    SELECT
      `person_id` AS `e`
    FROM `default`.`omop_visit_occurrence_source`
  ) AS `s`
  WHERE `e` IS NOT NULL
  GROUP BY `e`
) AS `p`
GROUP BY `per`
UNION ALL
SELECT
  0L AS `value`,
  `n_entities` - `present` AS `n_entities`
FROM `adg_pool`
WHERE `n_entities` > `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw_cardinality` AS SELECT * FROM `adg_scratch`.`adg_raw_cardinality`;

-- [8/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

CREATE TABLE `adg_scratch`.`adg_rare_bands` AS
SELECT
  CASE
    WHEN `k`.`value` < 1L THEN -1L
    WHEN `k`.`value` < 2L THEN 0L
    WHEN `k`.`value` < 4L THEN 1L
    WHEN `k`.`value` < 8L THEN 2L
    WHEN `k`.`value` < 16L THEN 3L
    WHEN `k`.`value` < 32L THEN 4L
    WHEN `k`.`value` < 64L THEN 5L
    WHEN `k`.`value` < 128L THEN 6L
    WHEN `k`.`value` < 256L THEN 7L
    WHEN `k`.`value` < 512L THEN 8L
    WHEN `k`.`value` < 1024L THEN 9L
    WHEN `k`.`value` < 2048L THEN 10L
    WHEN `k`.`value` < 4096L THEN 11L
    WHEN `k`.`value` < 8192L THEN 12L
    WHEN `k`.`value` < 16384L THEN 13L
    WHEN `k`.`value` < 32768L THEN 14L
    WHEN `k`.`value` < 65536L THEN 15L
    WHEN `k`.`value` < 131072L THEN 16L
    WHEN `k`.`value` < 262144L THEN 17L
    WHEN `k`.`value` < 524288L THEN 18L
    WHEN `k`.`value` < 1048576L THEN 19L
    WHEN `k`.`value` < 2097152L THEN 20L
    WHEN `k`.`value` < 4194304L THEN 21L
    WHEN `k`.`value` < 8388608L THEN 22L
    WHEN `k`.`value` < 16777216L THEN 23L
    WHEN `k`.`value` < 33554432L THEN 24L
    WHEN `k`.`value` < 67108864L THEN 25L
    WHEN `k`.`value` < 134217728L THEN 26L
    WHEN `k`.`value` < 268435456L THEN 27L
    WHEN `k`.`value` < 536870912L THEN 28L
    WHEN `k`.`value` < 1073741824L THEN 29L
    WHEN `k`.`value` < 2147483648L THEN 30L
    WHEN `k`.`value` < 4294967296L THEN 31L
    ELSE 32L
  END AS `b`,
  sum(`k`.`n_entities`) AS `n`
FROM `adg_raw_cardinality` AS `k`
WHERE NOT ((`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
GROUP BY CASE
  WHEN `k`.`value` < 1L THEN -1L
  WHEN `k`.`value` < 2L THEN 0L
  WHEN `k`.`value` < 4L THEN 1L
  WHEN `k`.`value` < 8L THEN 2L
  WHEN `k`.`value` < 16L THEN 3L
  WHEN `k`.`value` < 32L THEN 4L
  WHEN `k`.`value` < 64L THEN 5L
  WHEN `k`.`value` < 128L THEN 6L
  WHEN `k`.`value` < 256L THEN 7L
  WHEN `k`.`value` < 512L THEN 8L
  WHEN `k`.`value` < 1024L THEN 9L
  WHEN `k`.`value` < 2048L THEN 10L
  WHEN `k`.`value` < 4096L THEN 11L
  WHEN `k`.`value` < 8192L THEN 12L
  WHEN `k`.`value` < 16384L THEN 13L
  WHEN `k`.`value` < 32768L THEN 14L
  WHEN `k`.`value` < 65536L THEN 15L
  WHEN `k`.`value` < 131072L THEN 16L
  WHEN `k`.`value` < 262144L THEN 17L
  WHEN `k`.`value` < 524288L THEN 18L
  WHEN `k`.`value` < 1048576L THEN 19L
  WHEN `k`.`value` < 2097152L THEN 20L
  WHEN `k`.`value` < 4194304L THEN 21L
  WHEN `k`.`value` < 8388608L THEN 22L
  WHEN `k`.`value` < 16777216L THEN 23L
  WHEN `k`.`value` < 33554432L THEN 24L
  WHEN `k`.`value` < 67108864L THEN 25L
  WHEN `k`.`value` < 134217728L THEN 26L
  WHEN `k`.`value` < 268435456L THEN 27L
  WHEN `k`.`value` < 536870912L THEN 28L
  WHEN `k`.`value` < 1073741824L THEN 29L
  WHEN `k`.`value` < 2147483648L THEN 30L
  WHEN `k`.`value` < 4294967296L THEN 31L
  ELSE 32L
END;

CREATE OR REPLACE TEMPORARY VIEW `adg_rare_bands` AS SELECT * FROM `adg_scratch`.`adg_rare_bands`;

-- [9/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

CREATE TABLE `adg_scratch`.`adg_cardinality_bands` AS
SELECT
  CAST(`k`.`value` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `lo`,
  CAST(NULL AS DOUBLE) AS `hi`,
  `k`.`n_entities`
FROM `adg_raw_cardinality` AS `k`
WHERE (`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`r`.`n` >= 8L) AND ((((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` + `t`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`lo_b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE)) END AS `hi`,
  `t`.`n` AS `n_entities`
FROM (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL)));

CREATE OR REPLACE TEMPORARY VIEW `adg_cardinality_bands` AS SELECT * FROM `adg_scratch`.`adg_cardinality_bands`;

-- [10/15] Identifier visit_occurrence_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.visit_occurrence_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_visit_occurrence_source` WHERE (substr(CAST(`visit_occurrence_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`visit_occurrence_id` AS STRING)) = 9L));

-- [11/15] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_visit_occurrence_source` WHERE (substr(CAST(`person_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`person_id` AS STRING)) = 9L));

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

CREATE TABLE `adg_scratch`.`adg_candidates` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `stat`,
  `item`,
  `value`,
  `lo`,
  `hi`,
  `n_rows`,
  `n_entities`,
  `raw_rows`,
  (`tested` >= `threshold`) AND ((`n_rows` IS NULL) OR (`n_rows` >= `threshold`)) AND ((`n_entities` IS NULL) OR (`n_entities` >= `threshold`)) AS `passes`
FROM (
  SELECT
    `c`.`ordinal`,
    `f`.`field`,
    `f`.`kind`,
    `c`.`stat`,
    CASE
      WHEN `c`.`stat` IN ('null', 'value', 'bin') THEN CAST(row_number() OVER (PARTITION BY `c`.`ordinal`, `c`.`stat` IN ('null', 'value', 'bin') ORDER BY CASE WHEN `c`.`stat` = 'null' THEN 0L WHEN `c`.`stat` = 'value' THEN 1L ELSE 2L END NULLS LAST, `c`.`item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `c`.`value`,
    `c`.`lo`,
    `c`.`hi`,
    `c`.`n_entities` AS `tested`,
    `c`.`n_rows` AS `raw_rows`,
    `f`.`threshold`,
    (((2L * `c`.`n_rows`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_rows`,
    (((2L * `c`.`n_entities`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_entities`
  FROM (
    SELECT
      0L AS `ordinal`,
      'rows' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    WHERE `r`.`ordinal` = 0L
    UNION ALL
    SELECT
      `r`.`ordinal` AS `ordinal`,
      CASE WHEN (`r`.`value` IS NULL) AND (`r`.`num` IS NULL) THEN 'null' ELSE 'value' END AS `stat`,
      `r`.`item` AS `item`,
      CASE
        WHEN `r`.`num` IS NULL THEN `r`.`value`
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN CAST(NULL AS STRING)
        ELSE CASE
        WHEN `r`.`num` = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN `r`.`num` > 0L THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS `value`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `lo`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    JOIN `adg_fields` AS `rf`
      ON `rf`.`ordinal` = `r`.`ordinal`
    WHERE (`r`.`ordinal` > 0L) AND ((`r`.`num` IS NULL) OR (NOT ((NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')))) OR (`r`.`n_entities` >= `rf`.`threshold`))
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'cardinality' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      `k`.`value` AS `value`,
      `k`.`lo` AS `lo`,
      `k`.`hi` AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `k`.`n_entities` AS `n_entities`
    FROM `adg_cardinality_bands` AS `k`
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'pool' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `pl`.`n_entities` AS `n_entities`
    FROM `adg_pool` AS `pl`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`omop_visit_occurrence_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  CAST(`ordinal` AS BIGINT) AS `ordinal`,
  CAST(`field` AS STRING) AS `field`,
  CAST(`kind` AS STRING) AS `kind`,
  CAST(`stat` AS STRING) AS `stat`,
  CAST(`item` AS BIGINT) AS `item`,
  CAST(`value` AS STRING) AS `value`,
  CAST(`lo` AS DOUBLE) AS `lo`,
  CAST(`hi` AS DOUBLE) AS `hi`,
  CAST(`n_rows` AS BIGINT) AS `n_rows`,
  CAST(`n_entities` AS BIGINT) AS `n_entities`
FROM (
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    CASE
      WHEN `item` IS NOT NULL THEN CAST(row_number() OVER (PARTITION BY `ordinal`, `item` IS NOT NULL ORDER BY `item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM `adg_candidates`
  WHERE `passes`
  UNION ALL
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM (VALUES
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'visit_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'visit_start_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'visit_start_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'visit_end_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'visit_end_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'visit_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'visit_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'visit_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'admitted_from_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'admitted_from_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'discharged_to_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'discharged_to_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS `v`(`ordinal`, `field`, `kind`, `stat`, `item`, `value`, `lo`, `hi`, `n_rows`, `n_entities`)
  UNION ALL
  SELECT
    `l`.`ordinal` AS `ordinal`,
    `f`.`field` AS `field`,
    `f`.`kind` AS `kind`,
    'suppressed' AS `stat`,
    CAST(NULL AS BIGINT) AS `item`,
    '{"items":' || CAST(`l`.`items` AS STRING) || ',"rows":"' || `l`.`band` || '"}' AS `value`,
    CAST(NULL AS DOUBLE) AS `lo`,
    CAST(NULL AS DOUBLE) AS `hi`,
    CAST(NULL AS BIGINT) AS `n_rows`,
    CAST(NULL AS BIGINT) AS `n_entities`
  FROM (
    SELECT
      `ordinal`,
      sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
      CASE
        WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS `band`
    FROM `adg_candidates`
    WHERE `ordinal` > 0L
    GROUP BY `ordinal`
  ) AS `l`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `l`.`ordinal`
) AS `m`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS LAST;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  `f`.`kind`,
  sum(CASE WHEN `c`.`passes` THEN 1L ELSE 0L END) AS `published`,
  sum(CASE WHEN NOT (`c`.`passes`) THEN 1L ELSE 0L END) AS `suppressed`,
  sum(CASE WHEN `c`.`passes` AND (`c`.`stat` <> 'null') THEN 1L ELSE 0L END) AS `published_non_null`,
  (SELECT `n_rows` FROM `adg_candidates` WHERE (`stat` = 'rows') AND `passes`) AS `published_rows`,
  `l`.`band` AS `suppressed_rows`
FROM `adg_fields` AS `f`
LEFT JOIN `adg_candidates` AS `c`
  ON `c`.`ordinal` = `f`.`ordinal`
LEFT JOIN (
  SELECT
    `ordinal`,
    sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
    CASE
      WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS `band`
  FROM `adg_candidates`
  WHERE `ordinal` > 0L
  GROUP BY `ordinal`
) AS `l`
  ON `l`.`ordinal` = `f`.`ordinal`
WHERE `f`.`ordinal` > 0L
GROUP BY `f`.`ordinal`, `f`.`field`, `f`.`kind`, `l`.`band`
ORDER BY `f`.`ordinal` NULLS LAST;

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) >= 20L AS `enough_values`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `distinct_per_row`,
  CASE
    WHEN count(`r`.`value`) >= 20L THEN CASE WHEN abs(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2) END / 1e+2
  END AS `entities_per_value`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `nhsNumbers`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `emails`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `phones`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `postcodes`
FROM `adg_fields` AS `f`
JOIN `adg_raw` AS `r`
  ON `r`.`ordinal` = `f`.`ordinal`
WHERE (`f`.`ordinal` > 0L) AND (`f`.`kind` <> 'continuous')
GROUP BY `f`.`ordinal`, `f`.`field`
ORDER BY `f`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_condition_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the source (table omop_condition_occurrence_source of schema default, which adg load made of the parquet file specs/fixtures/omop/condition_occurrence.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/15] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/15] Field catalog: kind and suppression policy of each field
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `threshold`,
  `round_to`,
  `bins`
FROM (VALUES
  (0L, CAST(NULL AS STRING), 'dataset', 8L, 5L, CAST(NULL AS BIGINT)),
  (1L, 'condition_concept_id', 'categorical', 8L, 5L, NULL),
  (2L, 'condition_start_date', 'date', 8L, 5L, NULL),
  (3L, 'condition_start_datetime', 'date', 8L, 5L, NULL),
  (4L, 'condition_end_date', 'date', 8L, 5L, NULL),
  (5L, 'condition_end_datetime', 'date', 8L, 5L, NULL),
  (6L, 'condition_type_concept_id', 'categorical', 8L, 5L, NULL),
  (7L, 'condition_status_concept_id', 'categorical', 8L, 5L, NULL),
  (8L, 'condition_source_value', 'categorical', 8L, 5L, NULL),
  (9L, 'condition_source_concept_id', 'categorical', 8L, 5L, NULL),
  (10L, 'condition_status_source_value', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/15] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

CREATE TABLE `adg_scratch`.`adg_raw` AS
SELECT
  0L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  count(DISTINCT `person_id`) AS `n_entities`,
  0L AS `item`
FROM `default`.`omop_condition_occurrence_source`
UNION ALL
SELECT
  1L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `condition_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  2L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(date_trunc('WEEK', `condition_start_date`) AS DATE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  3L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd HH:mm:ss') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      date_trunc('WEEK', `condition_start_datetime`) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  4L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(date_trunc('WEEK', `condition_end_date`) AS DATE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd HH:mm:ss') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      date_trunc('WEEK', `condition_end_datetime`) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  6L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `condition_type_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  7L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `condition_status_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  8L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `condition_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  9L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `condition_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  10L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `condition_status_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/15] Refuse an empty source
SELECT raise_error('specs/omop.yaml: source (parquet file specs/fixtures/omop/condition_occurrence.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/15] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_condition_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_person_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_visit_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_condition_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_measurement_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_condition_occurrence_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [7/15] Raw entity cardinalities: how many entities have each number of rows
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

CREATE TABLE `adg_scratch`.`adg_raw_cardinality` AS
SELECT
  `per` AS `value`,
  count(*) AS `n_entities`
FROM (
  SELECT
    `e`,
    count(*) AS `per`
  FROM (
    SELECT
      `person_id` AS `e`
    FROM `default`.`omop_condition_occurrence_source`
  ) AS `s`
  WHERE `e` IS NOT NULL
  GROUP BY `e`
) AS `p`
GROUP BY `per`
UNION ALL
SELECT
  0L AS `value`,
  `n_entities` - `present` AS `n_entities`
FROM `adg_pool`
WHERE `n_entities` > `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw_cardinality` AS SELECT * FROM `adg_scratch`.`adg_raw_cardinality`;

-- [8/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

CREATE TABLE `adg_scratch`.`adg_rare_bands` AS
SELECT
  CASE
    WHEN `k`.`value` < 1L THEN -1L
    WHEN `k`.`value` < 2L THEN 0L
    WHEN `k`.`value` < 4L THEN 1L
    WHEN `k`.`value` < 8L THEN 2L
    WHEN `k`.`value` < 16L THEN 3L
    WHEN `k`.`value` < 32L THEN 4L
    WHEN `k`.`value` < 64L THEN 5L
    WHEN `k`.`value` < 128L THEN 6L
    WHEN `k`.`value` < 256L THEN 7L
    WHEN `k`.`value` < 512L THEN 8L
    WHEN `k`.`value` < 1024L THEN 9L
    WHEN `k`.`value` < 2048L THEN 10L
    WHEN `k`.`value` < 4096L THEN 11L
    WHEN `k`.`value` < 8192L THEN 12L
    WHEN `k`.`value` < 16384L THEN 13L
    WHEN `k`.`value` < 32768L THEN 14L
    WHEN `k`.`value` < 65536L THEN 15L
    WHEN `k`.`value` < 131072L THEN 16L
    WHEN `k`.`value` < 262144L THEN 17L
    WHEN `k`.`value` < 524288L THEN 18L
    WHEN `k`.`value` < 1048576L THEN 19L
    WHEN `k`.`value` < 2097152L THEN 20L
    WHEN `k`.`value` < 4194304L THEN 21L
    WHEN `k`.`value` < 8388608L THEN 22L
    WHEN `k`.`value` < 16777216L THEN 23L
    WHEN `k`.`value` < 33554432L THEN 24L
    WHEN `k`.`value` < 67108864L THEN 25L
    WHEN `k`.`value` < 134217728L THEN 26L
    WHEN `k`.`value` < 268435456L THEN 27L
    WHEN `k`.`value` < 536870912L THEN 28L
    WHEN `k`.`value` < 1073741824L THEN 29L
    WHEN `k`.`value` < 2147483648L THEN 30L
    WHEN `k`.`value` < 4294967296L THEN 31L
    ELSE 32L
  END AS `b`,
  sum(`k`.`n_entities`) AS `n`
FROM `adg_raw_cardinality` AS `k`
WHERE NOT ((`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
GROUP BY CASE
  WHEN `k`.`value` < 1L THEN -1L
  WHEN `k`.`value` < 2L THEN 0L
  WHEN `k`.`value` < 4L THEN 1L
  WHEN `k`.`value` < 8L THEN 2L
  WHEN `k`.`value` < 16L THEN 3L
  WHEN `k`.`value` < 32L THEN 4L
  WHEN `k`.`value` < 64L THEN 5L
  WHEN `k`.`value` < 128L THEN 6L
  WHEN `k`.`value` < 256L THEN 7L
  WHEN `k`.`value` < 512L THEN 8L
  WHEN `k`.`value` < 1024L THEN 9L
  WHEN `k`.`value` < 2048L THEN 10L
  WHEN `k`.`value` < 4096L THEN 11L
  WHEN `k`.`value` < 8192L THEN 12L
  WHEN `k`.`value` < 16384L THEN 13L
  WHEN `k`.`value` < 32768L THEN 14L
  WHEN `k`.`value` < 65536L THEN 15L
  WHEN `k`.`value` < 131072L THEN 16L
  WHEN `k`.`value` < 262144L THEN 17L
  WHEN `k`.`value` < 524288L THEN 18L
  WHEN `k`.`value` < 1048576L THEN 19L
  WHEN `k`.`value` < 2097152L THEN 20L
  WHEN `k`.`value` < 4194304L THEN 21L
  WHEN `k`.`value` < 8388608L THEN 22L
  WHEN `k`.`value` < 16777216L THEN 23L
  WHEN `k`.`value` < 33554432L THEN 24L
  WHEN `k`.`value` < 67108864L THEN 25L
  WHEN `k`.`value` < 134217728L THEN 26L
  WHEN `k`.`value` < 268435456L THEN 27L
  WHEN `k`.`value` < 536870912L THEN 28L
  WHEN `k`.`value` < 1073741824L THEN 29L
  WHEN `k`.`value` < 2147483648L THEN 30L
  WHEN `k`.`value` < 4294967296L THEN 31L
  ELSE 32L
END;

CREATE OR REPLACE TEMPORARY VIEW `adg_rare_bands` AS SELECT * FROM `adg_scratch`.`adg_rare_bands`;

-- [9/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

CREATE TABLE `adg_scratch`.`adg_cardinality_bands` AS
SELECT
  CAST(`k`.`value` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `lo`,
  CAST(NULL AS DOUBLE) AS `hi`,
  `k`.`n_entities`
FROM `adg_raw_cardinality` AS `k`
WHERE (`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`r`.`n` >= 8L) AND ((((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` + `t`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`lo_b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE)) END AS `hi`,
  `t`.`n` AS `n_entities`
FROM (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL)));

CREATE OR REPLACE TEMPORARY VIEW `adg_cardinality_bands` AS SELECT * FROM `adg_scratch`.`adg_cardinality_bands`;

-- [10/15] Identifier condition_occurrence_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.condition_occurrence_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_condition_occurrence_source` WHERE (substr(CAST(`condition_occurrence_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`condition_occurrence_id` AS STRING)) = 9L));

-- [11/15] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_condition_occurrence_source` WHERE (substr(CAST(`person_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`person_id` AS STRING)) = 9L));

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

CREATE TABLE `adg_scratch`.`adg_candidates` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `stat`,
  `item`,
  `value`,
  `lo`,
  `hi`,
  `n_rows`,
  `n_entities`,
  `raw_rows`,
  (`tested` >= `threshold`) AND ((`n_rows` IS NULL) OR (`n_rows` >= `threshold`)) AND ((`n_entities` IS NULL) OR (`n_entities` >= `threshold`)) AS `passes`
FROM (
  SELECT
    `c`.`ordinal`,
    `f`.`field`,
    `f`.`kind`,
    `c`.`stat`,
    CASE
      WHEN `c`.`stat` IN ('null', 'value', 'bin') THEN CAST(row_number() OVER (PARTITION BY `c`.`ordinal`, `c`.`stat` IN ('null', 'value', 'bin') ORDER BY CASE WHEN `c`.`stat` = 'null' THEN 0L WHEN `c`.`stat` = 'value' THEN 1L ELSE 2L END NULLS LAST, `c`.`item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `c`.`value`,
    `c`.`lo`,
    `c`.`hi`,
    `c`.`n_entities` AS `tested`,
    `c`.`n_rows` AS `raw_rows`,
    `f`.`threshold`,
    (((2L * `c`.`n_rows`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_rows`,
    (((2L * `c`.`n_entities`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_entities`
  FROM (
    SELECT
      0L AS `ordinal`,
      'rows' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    WHERE `r`.`ordinal` = 0L
    UNION ALL
    SELECT
      `r`.`ordinal` AS `ordinal`,
      CASE WHEN (`r`.`value` IS NULL) AND (`r`.`num` IS NULL) THEN 'null' ELSE 'value' END AS `stat`,
      `r`.`item` AS `item`,
      CASE
        WHEN `r`.`num` IS NULL THEN `r`.`value`
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN CAST(NULL AS STRING)
        ELSE CASE
        WHEN `r`.`num` = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN `r`.`num` > 0L THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS `value`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `lo`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    JOIN `adg_fields` AS `rf`
      ON `rf`.`ordinal` = `r`.`ordinal`
    WHERE (`r`.`ordinal` > 0L) AND ((`r`.`num` IS NULL) OR (NOT ((NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')))) OR (`r`.`n_entities` >= `rf`.`threshold`))
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'cardinality' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      `k`.`value` AS `value`,
      `k`.`lo` AS `lo`,
      `k`.`hi` AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `k`.`n_entities` AS `n_entities`
    FROM `adg_cardinality_bands` AS `k`
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'pool' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `pl`.`n_entities` AS `n_entities`
    FROM `adg_pool` AS `pl`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`omop_condition_occurrence_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  CAST(`ordinal` AS BIGINT) AS `ordinal`,
  CAST(`field` AS STRING) AS `field`,
  CAST(`kind` AS STRING) AS `kind`,
  CAST(`stat` AS STRING) AS `stat`,
  CAST(`item` AS BIGINT) AS `item`,
  CAST(`value` AS STRING) AS `value`,
  CAST(`lo` AS DOUBLE) AS `lo`,
  CAST(`hi` AS DOUBLE) AS `hi`,
  CAST(`n_rows` AS BIGINT) AS `n_rows`,
  CAST(`n_entities` AS BIGINT) AS `n_entities`
FROM (
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    CASE
      WHEN `item` IS NOT NULL THEN CAST(row_number() OVER (PARTITION BY `ordinal`, `item` IS NOT NULL ORDER BY `item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM `adg_candidates`
  WHERE `passes`
  UNION ALL
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM (VALUES
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'condition_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'condition_start_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'condition_start_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'condition_end_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'condition_end_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'condition_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'condition_status_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'condition_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'condition_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'condition_status_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS `v`(`ordinal`, `field`, `kind`, `stat`, `item`, `value`, `lo`, `hi`, `n_rows`, `n_entities`)
  UNION ALL
  SELECT
    `l`.`ordinal` AS `ordinal`,
    `f`.`field` AS `field`,
    `f`.`kind` AS `kind`,
    'suppressed' AS `stat`,
    CAST(NULL AS BIGINT) AS `item`,
    '{"items":' || CAST(`l`.`items` AS STRING) || ',"rows":"' || `l`.`band` || '"}' AS `value`,
    CAST(NULL AS DOUBLE) AS `lo`,
    CAST(NULL AS DOUBLE) AS `hi`,
    CAST(NULL AS BIGINT) AS `n_rows`,
    CAST(NULL AS BIGINT) AS `n_entities`
  FROM (
    SELECT
      `ordinal`,
      sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
      CASE
        WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS `band`
    FROM `adg_candidates`
    WHERE `ordinal` > 0L
    GROUP BY `ordinal`
  ) AS `l`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `l`.`ordinal`
) AS `m`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS LAST;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  `f`.`kind`,
  sum(CASE WHEN `c`.`passes` THEN 1L ELSE 0L END) AS `published`,
  sum(CASE WHEN NOT (`c`.`passes`) THEN 1L ELSE 0L END) AS `suppressed`,
  sum(CASE WHEN `c`.`passes` AND (`c`.`stat` <> 'null') THEN 1L ELSE 0L END) AS `published_non_null`,
  (SELECT `n_rows` FROM `adg_candidates` WHERE (`stat` = 'rows') AND `passes`) AS `published_rows`,
  `l`.`band` AS `suppressed_rows`
FROM `adg_fields` AS `f`
LEFT JOIN `adg_candidates` AS `c`
  ON `c`.`ordinal` = `f`.`ordinal`
LEFT JOIN (
  SELECT
    `ordinal`,
    sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
    CASE
      WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS `band`
  FROM `adg_candidates`
  WHERE `ordinal` > 0L
  GROUP BY `ordinal`
) AS `l`
  ON `l`.`ordinal` = `f`.`ordinal`
WHERE `f`.`ordinal` > 0L
GROUP BY `f`.`ordinal`, `f`.`field`, `f`.`kind`, `l`.`band`
ORDER BY `f`.`ordinal` NULLS LAST;

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) >= 20L AS `enough_values`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `distinct_per_row`,
  CASE
    WHEN count(`r`.`value`) >= 20L THEN CASE WHEN abs(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2) END / 1e+2
  END AS `entities_per_value`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `nhsNumbers`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `emails`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `phones`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `postcodes`
FROM `adg_fields` AS `f`
JOIN `adg_raw` AS `r`
  ON `r`.`ordinal` = `f`.`ordinal`
WHERE (`f`.`ordinal` > 0L) AND (`f`.`kind` <> 'continuous')
GROUP BY `f`.`ordinal`, `f`.`field`
ORDER BY `f`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_measurement", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the source (table omop_measurement_source of schema default, which adg load made of the parquet file specs/fixtures/omop/measurement.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/20] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/20] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/20] Field catalog: kind and suppression policy of each field
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `threshold`,
  `round_to`,
  `bins`
FROM (VALUES
  (0L, CAST(NULL AS STRING), 'dataset', 8L, 5L, CAST(NULL AS BIGINT)),
  (1L, 'measurement_concept_id', 'categorical', 8L, 5L, NULL),
  (2L, 'measurement_date', 'date', 8L, 5L, NULL),
  (3L, 'measurement_datetime', 'date', 8L, 5L, NULL),
  (4L, 'measurement_type_concept_id', 'categorical', 8L, 5L, NULL),
  (5L, 'operator_concept_id', 'categorical', 8L, 5L, NULL),
  (6L, 'value_as_number', 'continuous', 8L, 5L, 100L),
  (7L, 'value_as_concept_id', 'categorical', 8L, 5L, NULL),
  (8L, 'unit_concept_id', 'categorical', 8L, 5L, NULL),
  (9L, 'range_low', 'continuous', 8L, 5L, 100L),
  (10L, 'range_high', 'continuous', 8L, 5L, 100L),
  (11L, 'measurement_source_value', 'categorical', 8L, 5L, NULL),
  (12L, 'measurement_source_concept_id', 'categorical', 8L, 5L, NULL),
  (13L, 'unit_source_value', 'categorical', 8L, 5L, NULL),
  (14L, 'unit_source_concept_id', 'categorical', 8L, 5L, NULL),
  (15L, 'value_source_value', 'categorical', 8L, 5L, NULL),
  (16L, 'meas_event_field_concept_id', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/20] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

CREATE TABLE `adg_scratch`.`adg_raw` AS
SELECT
  0L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  count(DISTINCT `person_id`) AS `n_entities`,
  0L AS `item`
FROM `default`.`omop_measurement_source`
UNION ALL
SELECT
  1L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `measurement_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  2L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(date_trunc('WEEK', `measurement_date`) AS DATE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  3L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd HH:mm:ss') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      date_trunc('WEEK', `measurement_datetime`) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  4L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `measurement_type_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `operator_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  6L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`value_as_number` AS DOUBLE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  7L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `value_as_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  8L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `unit_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  9L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`range_low` AS DOUBLE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  10L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`range_high` AS DOUBLE) AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  11L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `measurement_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  12L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `measurement_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  13L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `unit_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  14L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `unit_source_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  15L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `value_source_value` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  16L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  CAST(sum(`n`) AS BIGINT) AS `n_rows`,
  count(`e`) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `k`,
    `e`,
    count(*) AS `n`
  FROM (
    SELECT
      `meas_event_field_concept_id` AS `k`,
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/20] Refuse an empty source
SELECT raise_error('specs/omop.yaml: source (parquet file specs/fixtures/omop/measurement.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/20] Grid of every continuous field: a power of ten from its spread, and its decimals
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_grid`;

CREATE TABLE `adg_scratch`.`adg_grid` AS
SELECT
  `f`.`ordinal`,
  CASE
    WHEN `s`.`p95` > `s`.`p5` THEN greatest((0L - least(coalesce(`p`.`decimals`, 0L), 6L)), least(15L, CAST(CASE WHEN abs(log10(greatest(((`s`.`p95` - `s`.`p5`) / (CAST(`f`.`bins` AS DOUBLE) * 1e+1)), 1e-7))) < 4.5e15 THEN CAST(floor(log10(greatest(((`s`.`p95` - `s`.`p5`) / (CAST(`f`.`bins` AS DOUBLE) * 1e+1)), 1e-7))) AS DOUBLE) ELSE log10(greatest(((`s`.`p95` - `s`.`p5`) / (CAST(`f`.`bins` AS DOUBLE) * 1e+1)), 1e-7)) END AS BIGINT)))
    ELSE 0L - least(coalesce(`p`.`decimals`, 0L), 6L)
  END AS `g`,
  `p`.`decimals`
FROM `adg_fields` AS `f`
LEFT JOIN (
  SELECT
    `ordinal`,
    min(`num`) FILTER (WHERE `cum` >= (5e-2 * `total`)) AS `p5`,
    min(`num`) FILTER (WHERE `cum` >= (9.5e-1 * `total`)) AS `p95`
  FROM (
    SELECT
      `ordinal`,
      `num`,
      CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal` ORDER BY `num` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE) AS `cum`,
      CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal`) AS DOUBLE) AS `total`
    FROM (
      SELECT
        `r`.`ordinal`,
        `r`.`num`,
        `r`.`n_rows`,
        `r`.`n_entities`,
        `f`.`threshold`,
        `f`.`bins`
      FROM `adg_raw` AS `r`
      JOIN `adg_fields` AS `f`
        ON `f`.`ordinal` = `r`.`ordinal`
      WHERE (`r`.`ordinal` IN (6L, 9L, 10L)) AND (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) AND (`r`.`n_entities` < `f`.`threshold`)
    ) AS `rest`
  ) AS `ranked`
  GROUP BY `ordinal`
) AS `s`
  ON `s`.`ordinal` = `f`.`ordinal`
LEFT JOIN (
  SELECT
    `ordinal`,
    max(CASE
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+0) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+0) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+0) + 5e-1) END / 1e+0) THEN 0L
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+1) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+1) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+1) + 5e-1) END / 1e+1) THEN 1L
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+2) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+2) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+2) + 5e-1) END / 1e+2) THEN 2L
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+3) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+3) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+3) + 5e-1) END / 1e+3) THEN 3L
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+4) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+4) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+4) + 5e-1) END / 1e+4) THEN 4L
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+5) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+5) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+5) + 5e-1) END / 1e+5) THEN 5L
      WHEN `num` = (CASE WHEN abs(((`num` * 1e+6) + 5e-1)) < 4.5e15 THEN CAST(floor(((`num` * 1e+6) + 5e-1)) AS DOUBLE) ELSE ((`num` * 1e+6) + 5e-1) END / 1e+6) THEN 6L
      ELSE 7L
    END) AS `decimals`
  FROM (
    SELECT
      `r`.`ordinal`,
      `r`.`num`,
      `r`.`n_rows`,
      `r`.`n_entities`,
      `f`.`threshold`,
      `f`.`bins`
    FROM `adg_raw` AS `r`
    JOIN `adg_fields` AS `f`
      ON `f`.`ordinal` = `r`.`ordinal`
    WHERE (`r`.`ordinal` IN (6L, 9L, 10L)) AND (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity'))
  ) AS `all_finite`
  GROUP BY `ordinal`
) AS `p`
  ON `p`.`ordinal` = `f`.`ordinal`
WHERE `f`.`ordinal` IN (6L, 9L, 10L);

CREATE OR REPLACE TEMPORARY VIEW `adg_grid` AS SELECT * FROM `adg_scratch`.`adg_grid`;

-- [7/20] Values to bin (not point masses), floored to the grid
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_gridded`;

CREATE TABLE `adg_scratch`.`adg_gridded` AS
SELECT
  `rest`.`ordinal`,
  CASE
    WHEN CASE
    WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END <= `rest`.`num` THEN CASE
    WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END
    WHEN CASE
    WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END <= `rest`.`num` THEN CASE
    WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END
    ELSE CASE
    WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END - 1e+0) * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `rest`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END - 1e+0) / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END
  END AS `num`,
  CAST(sum(`rest`.`n_rows`) AS BIGINT) AS `n_rows`
FROM (
  SELECT
    `r`.`ordinal`,
    `r`.`num`,
    `r`.`n_rows`,
    `r`.`n_entities`,
    `f`.`threshold`,
    `f`.`bins`
  FROM `adg_raw` AS `r`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `r`.`ordinal`
  WHERE (`r`.`ordinal` IN (6L, 9L, 10L)) AND (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) AND (`r`.`n_entities` < `f`.`threshold`)
) AS `rest`
JOIN `adg_grid` AS `g`
  ON `g`.`ordinal` = `rest`.`ordinal`
GROUP BY `rest`.`ordinal`, CASE
  WHEN CASE
  WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END <= `rest`.`num` THEN CASE
  WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END
  WHEN CASE
  WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END <= `rest`.`num` THEN CASE
  WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END
  ELSE CASE
  WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END - 1e+0) * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `rest`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `rest`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END - 1e+0) / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END
END;

CREATE OR REPLACE TEMPORARY VIEW `adg_gridded` AS SELECT * FROM `adg_scratch`.`adg_gridded`;

-- [8/20] Entities of the values to bin (distinct entity per gridded value)
-- Distinct counts do not add up, so entity counts of bins come from this pass over the source.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_values`;

CREATE TABLE `adg_scratch`.`adg_entity_values` AS
SELECT
  `v`.`ordinal`,
  CASE
    WHEN CASE
    WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END <= `v`.`num` THEN CASE
    WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END + 1e+0) / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END
    WHEN CASE
    WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END <= `v`.`num` THEN CASE
    WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END
    ELSE CASE
    WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END - 1e+0) * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE (CASE WHEN abs(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) < 4.5e15 THEN CAST(floor(CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END) AS DOUBLE) ELSE CASE
    WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
    ELSE `v`.`num` * CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END END - 1e+0) / CASE
    WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
    ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
  END
  END
  END AS `num`,
  `v`.`e` AS `e`
FROM (
  SELECT
    6L AS `ordinal`,
    CAST(`value_as_number` AS DOUBLE) AS `num`,
    `person_id` AS `e`
  FROM `default`.`omop_measurement_source`
  UNION ALL
  SELECT
    9L AS `ordinal`,
    CAST(`range_low` AS DOUBLE) AS `num`,
    `person_id` AS `e`
  FROM `default`.`omop_measurement_source`
  UNION ALL
  SELECT
    10L AS `ordinal`,
    CAST(`range_high` AS DOUBLE) AS `num`,
    `person_id` AS `e`
  FROM `default`.`omop_measurement_source`
) AS `v`
JOIN `adg_raw` AS `r`
  ON (`r`.`ordinal` = `v`.`ordinal`) AND (`r`.`num` = `v`.`num`)
JOIN `adg_fields` AS `f`
  ON `f`.`ordinal` = `v`.`ordinal`
JOIN `adg_grid` AS `g`
  ON `g`.`ordinal` = `v`.`ordinal`
WHERE (`v`.`e` IS NOT NULL) AND (NOT isnan(`v`.`num`) AND abs(`v`.`num`) <> double('Infinity')) AND (`r`.`n_entities` < `f`.`threshold`)
GROUP BY `v`.`ordinal`, CASE
  WHEN CASE
  WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END <= `v`.`num` THEN CASE
  WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END + 1e+0) / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END
  WHEN CASE
  WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END <= `v`.`num` THEN CASE
  WHEN `g`.`g` >= 0L THEN CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END
  ELSE CASE
  WHEN `g`.`g` >= 0L THEN (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END - 1e+0) * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE (CASE WHEN abs(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) < 4.5e15 THEN CAST(floor(CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END) AS DOUBLE) ELSE CASE
  WHEN `g`.`g` >= 0L THEN `v`.`num` / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
  ELSE `v`.`num` * CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END END - 1e+0) / CASE
  WHEN `g`.`g` >= 0L THEN power(1e+1, CAST(`g`.`g` AS DOUBLE))
  ELSE power(1e+1, CAST(0L - `g`.`g` AS DOUBLE))
END
END
END, `v`.`e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_values` AS SELECT * FROM `adg_scratch`.`adg_entity_values`;

-- [9/20] Outer edges: the gridded values at rank k from each end
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_outer_edges`;

CREATE TABLE `adg_scratch`.`adg_outer_edges` AS
SELECT
  `k`.`ordinal`,
  min(`k`.`num`) FILTER (WHERE `k`.`up` >= `f`.`threshold`) AS `lo`,
  max(`k`.`num`) FILTER (WHERE `k`.`down` >= `f`.`threshold`) + max(power(1e+1, CAST(`g`.`g` AS DOUBLE))) AS `hi`
FROM (
  SELECT
    `ordinal`,
    `num`,
    sum(`low`) OVER (PARTITION BY `ordinal` ORDER BY `num` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `up`,
    sum(`high`) OVER (PARTITION BY `ordinal` ORDER BY `num` DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `down`
  FROM (
    SELECT
      `ordinal`,
      `num`,
      sum(`low`) AS `low`,
      sum(`high`) AS `high`
    FROM (
      SELECT
        `ordinal`,
        min(`num`) AS `num`,
        1L AS `low`,
        0L AS `high`
      FROM `adg_entity_values`
      GROUP BY `ordinal`, `e`
      UNION ALL
      SELECT
        `ordinal`,
        max(`num`) AS `num`,
        0L AS `low`,
        1L AS `high`
      FROM `adg_entity_values`
      GROUP BY `ordinal`, `e`
    ) AS `ends`
    GROUP BY `ordinal`, `num`
  ) AS `ends`
) AS `k`
JOIN `adg_fields` AS `f`
  ON `f`.`ordinal` = `k`.`ordinal`
JOIN `adg_grid` AS `g`
  ON `g`.`ordinal` = `k`.`ordinal`
GROUP BY `k`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_outer_edges` AS SELECT * FROM `adg_scratch`.`adg_outer_edges`;

-- [10/20] Percentile bins: published edges and raw counts of every continuous field
-- Raw bins of equal frequency; inner edges are the lowest values of raw bins (not the first) that
-- clear the threshold on their own; the outer edges close the first and last bin. Each raw bin is
-- counted into the published bin that holds it.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_bins`;

CREATE TABLE `adg_scratch`.`adg_raw_bins` AS
WITH
  `adg_value_bins` AS (
    SELECT
      `ordinal`,
      `num`,
      `n_rows`,
      CAST(((`start` * least(`bins`, greatest(2L, (`total` div (2L * `threshold`))))) div `total`) AS BIGINT) AS `bin`
    FROM (
      SELECT
        `r`.`ordinal`,
        `r`.`num`,
        `r`.`n_rows`,
        CAST(sum(`r`.`n_rows`) OVER (PARTITION BY `r`.`ordinal` ORDER BY `r`.`num` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - `r`.`n_rows` AS `start`,
        CAST(sum(`r`.`n_rows`) OVER (PARTITION BY `r`.`ordinal`) AS BIGINT) AS `total`,
        `f`.`bins`,
        `f`.`threshold`
      FROM `adg_gridded` AS `r`
      JOIN `adg_fields` AS `f`
        ON `f`.`ordinal` = `r`.`ordinal`
    ) AS `ranked`
  ),
  `adg_raw_bin_stats` AS (
    SELECT
      `v`.`ordinal`,
      `v`.`bin`,
      min(`v`.`num`) AS `lo`,
      CAST(sum(`v`.`n_rows`) AS BIGINT) AS `n_rows`,
      max(`d`.`n_entities`) AS `n_entities`,
      CAST(row_number() OVER (PARTITION BY `v`.`ordinal` ORDER BY `v`.`bin` NULLS LAST) AS BIGINT) - 1L AS `pos`
    FROM `adg_value_bins` AS `v`
    LEFT JOIN (
      SELECT
        `x`.`ordinal`,
        `x`.`bin`,
        count(DISTINCT `ev`.`e`) AS `n_entities`
      FROM `adg_entity_values` AS `ev`
      JOIN `adg_value_bins` AS `x`
        ON (`x`.`ordinal` = `ev`.`ordinal`) AND (`x`.`num` = `ev`.`num`)
      GROUP BY `x`.`ordinal`, `x`.`bin`
    ) AS `d`
      ON (`d`.`ordinal` = `v`.`ordinal`) AND (`d`.`bin` = `v`.`bin`)
    GROUP BY `v`.`ordinal`, `v`.`bin`
  ),
  `adg_inner_edges` AS (
    SELECT
      `b`.`ordinal`,
      `b`.`pos`,
      `b`.`lo`,
      CAST(row_number() OVER (PARTITION BY `b`.`ordinal` ORDER BY `b`.`pos` NULLS LAST) AS BIGINT) AS `edge`
    FROM `adg_raw_bin_stats` AS `b`
    JOIN `adg_fields` AS `f`
      ON `f`.`ordinal` = `b`.`ordinal`
    JOIN `adg_outer_edges` AS `o`
      ON `o`.`ordinal` = `b`.`ordinal`
    WHERE (`b`.`pos` >= 1L) AND (`b`.`n_entities` >= `f`.`threshold`) AND (`b`.`lo` > `o`.`lo`) AND (`b`.`lo` < `o`.`hi`)
  ),
  `adg_bin_map` AS (
    SELECT
      `b`.`ordinal`,
      `b`.`bin`,
      count(`e`.`edge`) AS `item`
    FROM `adg_raw_bin_stats` AS `b`
    LEFT JOIN `adg_inner_edges` AS `e`
      ON (`e`.`ordinal` = `b`.`ordinal`) AND (`e`.`pos` <= `b`.`pos`)
    GROUP BY `b`.`ordinal`, `b`.`bin`
  ),
  `adg_all_edges` AS (
    SELECT
      `o`.`ordinal`,
      0L AS `edge`,
      `o`.`lo` AS `at`
    FROM `adg_outer_edges` AS `o`
    WHERE `o`.`lo` < `o`.`hi`
    UNION ALL
    SELECT
      `ordinal`,
      `edge`,
      `lo` AS `at`
    FROM `adg_inner_edges`
    UNION ALL
    SELECT
      `o`.`ordinal`,
      coalesce(`n`.`m`, 0L) + 1L AS `edge`,
      `o`.`hi` AS `at`
    FROM `adg_outer_edges` AS `o`
    LEFT JOIN (
      SELECT
        `ordinal`,
        count(*) AS `m`
      FROM `adg_inner_edges`
      GROUP BY `ordinal`
    ) AS `n`
      ON `n`.`ordinal` = `o`.`ordinal`
    WHERE `o`.`lo` < `o`.`hi`
  )
SELECT
  `c`.`ordinal`,
  `c`.`item`,
  `lower`.`at` AS `lo`,
  `upper`.`at` AS `hi`,
  `c`.`n_rows`,
  `d`.`n_entities` AS `n_entities`
FROM (
  SELECT
    `map`.`ordinal`,
    `map`.`item`,
    CAST(sum(`s`.`n_rows`) AS BIGINT) AS `n_rows`
  FROM `adg_bin_map` AS `map`
  JOIN `adg_raw_bin_stats` AS `s`
    ON (`s`.`ordinal` = `map`.`ordinal`) AND (`s`.`bin` = `map`.`bin`)
  GROUP BY `map`.`ordinal`, `map`.`item`
) AS `c`
JOIN `adg_all_edges` AS `lower`
  ON (`lower`.`ordinal` = `c`.`ordinal`) AND (`lower`.`edge` = `c`.`item`)
JOIN `adg_all_edges` AS `upper`
  ON (`upper`.`ordinal` = `c`.`ordinal`) AND (`upper`.`edge` = (`c`.`item` + 1L))
LEFT JOIN (
  SELECT
    `x`.`ordinal`,
    `map`.`item`,
    count(DISTINCT `ev`.`e`) AS `n_entities`
  FROM `adg_entity_values` AS `ev`
  JOIN `adg_value_bins` AS `x`
    ON (`x`.`ordinal` = `ev`.`ordinal`) AND (`x`.`num` = `ev`.`num`)
  JOIN `adg_bin_map` AS `map`
    ON (`map`.`ordinal` = `x`.`ordinal`) AND (`map`.`bin` = `x`.`bin`)
  GROUP BY `x`.`ordinal`, `map`.`item`
) AS `d`
  ON (`d`.`ordinal` = `c`.`ordinal`) AND (`d`.`item` = `c`.`item`);

CREATE OR REPLACE TEMPORARY VIEW `adg_raw_bins` AS SELECT * FROM `adg_scratch`.`adg_raw_bins`;

-- [11/20] The entity pool: distinct entities across the 5 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_measurement_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_person_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_visit_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_condition_occurrence_source` WHERE `person_id` IS NOT NULL UNION ALL SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_measurement_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`person_id` AS STRING) AS `e` FROM `default`.`omop_measurement_source` WHERE `person_id` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [12/20] Raw entity cardinalities: how many entities have each number of rows
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

CREATE TABLE `adg_scratch`.`adg_raw_cardinality` AS
SELECT
  `per` AS `value`,
  count(*) AS `n_entities`
FROM (
  SELECT
    `e`,
    count(*) AS `per`
  FROM (
    SELECT
      `person_id` AS `e`
    FROM `default`.`omop_measurement_source`
  ) AS `s`
  WHERE `e` IS NOT NULL
  GROUP BY `e`
) AS `p`
GROUP BY `per`
UNION ALL
SELECT
  0L AS `value`,
  `n_entities` - `present` AS `n_entities`
FROM `adg_pool`
WHERE `n_entities` > `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw_cardinality` AS SELECT * FROM `adg_scratch`.`adg_raw_cardinality`;

-- [13/20] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

CREATE TABLE `adg_scratch`.`adg_rare_bands` AS
SELECT
  CASE
    WHEN `k`.`value` < 1L THEN -1L
    WHEN `k`.`value` < 2L THEN 0L
    WHEN `k`.`value` < 4L THEN 1L
    WHEN `k`.`value` < 8L THEN 2L
    WHEN `k`.`value` < 16L THEN 3L
    WHEN `k`.`value` < 32L THEN 4L
    WHEN `k`.`value` < 64L THEN 5L
    WHEN `k`.`value` < 128L THEN 6L
    WHEN `k`.`value` < 256L THEN 7L
    WHEN `k`.`value` < 512L THEN 8L
    WHEN `k`.`value` < 1024L THEN 9L
    WHEN `k`.`value` < 2048L THEN 10L
    WHEN `k`.`value` < 4096L THEN 11L
    WHEN `k`.`value` < 8192L THEN 12L
    WHEN `k`.`value` < 16384L THEN 13L
    WHEN `k`.`value` < 32768L THEN 14L
    WHEN `k`.`value` < 65536L THEN 15L
    WHEN `k`.`value` < 131072L THEN 16L
    WHEN `k`.`value` < 262144L THEN 17L
    WHEN `k`.`value` < 524288L THEN 18L
    WHEN `k`.`value` < 1048576L THEN 19L
    WHEN `k`.`value` < 2097152L THEN 20L
    WHEN `k`.`value` < 4194304L THEN 21L
    WHEN `k`.`value` < 8388608L THEN 22L
    WHEN `k`.`value` < 16777216L THEN 23L
    WHEN `k`.`value` < 33554432L THEN 24L
    WHEN `k`.`value` < 67108864L THEN 25L
    WHEN `k`.`value` < 134217728L THEN 26L
    WHEN `k`.`value` < 268435456L THEN 27L
    WHEN `k`.`value` < 536870912L THEN 28L
    WHEN `k`.`value` < 1073741824L THEN 29L
    WHEN `k`.`value` < 2147483648L THEN 30L
    WHEN `k`.`value` < 4294967296L THEN 31L
    ELSE 32L
  END AS `b`,
  sum(`k`.`n_entities`) AS `n`
FROM `adg_raw_cardinality` AS `k`
WHERE NOT ((`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
GROUP BY CASE
  WHEN `k`.`value` < 1L THEN -1L
  WHEN `k`.`value` < 2L THEN 0L
  WHEN `k`.`value` < 4L THEN 1L
  WHEN `k`.`value` < 8L THEN 2L
  WHEN `k`.`value` < 16L THEN 3L
  WHEN `k`.`value` < 32L THEN 4L
  WHEN `k`.`value` < 64L THEN 5L
  WHEN `k`.`value` < 128L THEN 6L
  WHEN `k`.`value` < 256L THEN 7L
  WHEN `k`.`value` < 512L THEN 8L
  WHEN `k`.`value` < 1024L THEN 9L
  WHEN `k`.`value` < 2048L THEN 10L
  WHEN `k`.`value` < 4096L THEN 11L
  WHEN `k`.`value` < 8192L THEN 12L
  WHEN `k`.`value` < 16384L THEN 13L
  WHEN `k`.`value` < 32768L THEN 14L
  WHEN `k`.`value` < 65536L THEN 15L
  WHEN `k`.`value` < 131072L THEN 16L
  WHEN `k`.`value` < 262144L THEN 17L
  WHEN `k`.`value` < 524288L THEN 18L
  WHEN `k`.`value` < 1048576L THEN 19L
  WHEN `k`.`value` < 2097152L THEN 20L
  WHEN `k`.`value` < 4194304L THEN 21L
  WHEN `k`.`value` < 8388608L THEN 22L
  WHEN `k`.`value` < 16777216L THEN 23L
  WHEN `k`.`value` < 33554432L THEN 24L
  WHEN `k`.`value` < 67108864L THEN 25L
  WHEN `k`.`value` < 134217728L THEN 26L
  WHEN `k`.`value` < 268435456L THEN 27L
  WHEN `k`.`value` < 536870912L THEN 28L
  WHEN `k`.`value` < 1073741824L THEN 29L
  WHEN `k`.`value` < 2147483648L THEN 30L
  WHEN `k`.`value` < 4294967296L THEN 31L
  ELSE 32L
END;

CREATE OR REPLACE TEMPORARY VIEW `adg_rare_bands` AS SELECT * FROM `adg_scratch`.`adg_rare_bands`;

-- [14/20] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

CREATE TABLE `adg_scratch`.`adg_cardinality_bands` AS
SELECT
  CAST(`k`.`value` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `lo`,
  CAST(NULL AS DOUBLE) AS `hi`,
  `k`.`n_entities`
FROM `adg_raw_cardinality` AS `k`
WHERE (`k`.`n_entities` >= 8L) AND ((((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `k`.`n_entities`) + 5L) div (2L * 5L)) * 5L) >= 8L))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`r`.`b` + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`r`.`n` >= 8L) AND ((((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `r`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(least(`r`.`b`, `t`.`lo_b`) AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(greatest(`r`.`b`, `t`.`hi_b`) + 1L AS DOUBLE)) END AS `hi`,
  `r`.`n` + `t`.`n` AS `n_entities`
FROM `adg_rare_bands` AS `r`
CROSS JOIN (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL) AND (`r`.`b` = (SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))))
UNION ALL
SELECT
  CAST(NULL AS STRING) AS `value`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`lo_b` AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`lo_b` AS DOUBLE)) END AS `lo`,
  CASE WHEN abs(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) < 4.5e15 THEN CAST(floor(power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE))) AS DOUBLE) ELSE power(2e+0, CAST(`t`.`hi_b` + 1L AS DOUBLE)) END AS `hi`,
  `t`.`n` AS `n_entities`
FROM (
  SELECT
    min(`b`) AS `lo_b`,
    max(`b`) AS `hi_b`,
    sum(`n`) AS `n`,
    count(*) AS `bands`
  FROM `adg_rare_bands`
  WHERE NOT ((`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))
) AS `t`
WHERE (`t`.`bands` > 0L) AND (NOT ((`t`.`bands` > 0L) AND (NOT ((`t`.`n` >= 8L) AND ((((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `t`.`n`) + 5L) div (2L * 5L)) * 5L) >= 8L)))) AND ((SELECT max(`b`) FROM `adg_rare_bands` WHERE (`n` >= 8L) AND ((((((2L * `n`) + 5L) div (2L * 5L)) * 5L) IS NULL) OR (((((2L * `n`) + 5L) div (2L * 5L)) * 5L) >= 8L))) IS NOT NULL)));

CREATE OR REPLACE TEMPORARY VIEW `adg_cardinality_bands` AS SELECT * FROM `adg_scratch`.`adg_cardinality_bands`;

-- [15/20] Identifier measurement_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.measurement_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_measurement_source` WHERE (substr(CAST(`measurement_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`measurement_id` AS STRING)) = 9L));

-- [16/20] Identifier person_id: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/omop.yaml: fields.person_id: some source values start with "1" and have 9 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`omop_measurement_source` WHERE (substr(CAST(`person_id` AS STRING), CAST(1L AS INT), CAST(1L AS INT)) = '1') AND (char_length(CAST(`person_id` AS STRING)) = 9L));

-- [17/20] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

CREATE TABLE `adg_scratch`.`adg_candidates` AS
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `stat`,
  `item`,
  `value`,
  `lo`,
  `hi`,
  `n_rows`,
  `n_entities`,
  `raw_rows`,
  (`tested` >= `threshold`) AND ((`n_rows` IS NULL) OR (`n_rows` >= `threshold`)) AND ((`n_entities` IS NULL) OR (`n_entities` >= `threshold`)) AS `passes`
FROM (
  SELECT
    `c`.`ordinal`,
    `f`.`field`,
    `f`.`kind`,
    `c`.`stat`,
    CASE
      WHEN `c`.`stat` IN ('null', 'value', 'bin') THEN CAST(row_number() OVER (PARTITION BY `c`.`ordinal`, `c`.`stat` IN ('null', 'value', 'bin') ORDER BY CASE WHEN `c`.`stat` = 'null' THEN 0L WHEN `c`.`stat` = 'value' THEN 1L ELSE 2L END NULLS LAST, `c`.`item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `c`.`value`,
    `c`.`lo`,
    `c`.`hi`,
    `c`.`n_entities` AS `tested`,
    `c`.`n_rows` AS `raw_rows`,
    `f`.`threshold`,
    (((2L * `c`.`n_rows`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_rows`,
    (((2L * `c`.`n_entities`) + `f`.`round_to`) div (2L * `f`.`round_to`)) * `f`.`round_to` AS `n_entities`
  FROM (
    SELECT
      0L AS `ordinal`,
      'rows' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    WHERE `r`.`ordinal` = 0L
    UNION ALL
    SELECT
      `r`.`ordinal` AS `ordinal`,
      CASE WHEN (`r`.`value` IS NULL) AND (`r`.`num` IS NULL) THEN 'null' ELSE 'value' END AS `stat`,
      `r`.`item` AS `item`,
      CASE
        WHEN `r`.`num` IS NULL THEN `r`.`value`
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN CAST(NULL AS STRING)
        ELSE CASE
        WHEN `r`.`num` = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN `r`.`num` > 0L THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS `value`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `lo`,
      CASE
        WHEN (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) THEN `r`.`num`
        ELSE CAST(NULL AS DOUBLE)
      END AS `hi`,
      `r`.`n_rows` AS `n_rows`,
      `r`.`n_entities` AS `n_entities`
    FROM `adg_raw` AS `r`
    JOIN `adg_fields` AS `rf`
      ON `rf`.`ordinal` = `r`.`ordinal`
    WHERE (`r`.`ordinal` > 0L) AND ((`r`.`num` IS NULL) OR (NOT ((NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')))) OR (`r`.`n_entities` >= `rf`.`threshold`))
    UNION ALL
    SELECT
      `b`.`ordinal` AS `ordinal`,
      'bin' AS `stat`,
      `b`.`item` AS `item`,
      CAST(NULL AS STRING) AS `value`,
      `b`.`lo` AS `lo`,
      `b`.`hi` AS `hi`,
      `b`.`n_rows` AS `n_rows`,
      `b`.`n_entities` AS `n_entities`
    FROM `adg_raw_bins` AS `b`
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'cardinality' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      `k`.`value` AS `value`,
      `k`.`lo` AS `lo`,
      `k`.`hi` AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `k`.`n_entities` AS `n_entities`
    FROM `adg_cardinality_bands` AS `k`
    UNION ALL
    SELECT
      0L AS `ordinal`,
      'pool' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      CAST(NULL AS BIGINT) AS `n_rows`,
      `pl`.`n_entities` AS `n_entities`
    FROM `adg_pool` AS `pl`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [18/20] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`omop_measurement_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  CAST(`ordinal` AS BIGINT) AS `ordinal`,
  CAST(`field` AS STRING) AS `field`,
  CAST(`kind` AS STRING) AS `kind`,
  CAST(`stat` AS STRING) AS `stat`,
  CAST(`item` AS BIGINT) AS `item`,
  CAST(`value` AS STRING) AS `value`,
  CAST(`lo` AS DOUBLE) AS `lo`,
  CAST(`hi` AS DOUBLE) AS `hi`,
  CAST(`n_rows` AS BIGINT) AS `n_rows`,
  CAST(`n_entities` AS BIGINT) AS `n_entities`
FROM (
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    CASE
      WHEN `item` IS NOT NULL THEN CAST(row_number() OVER (PARTITION BY `ordinal`, `item` IS NOT NULL ORDER BY `item` NULLS LAST) AS BIGINT) - 1L
    END AS `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM `adg_candidates`
  WHERE `passes`
  UNION ALL
  SELECT
    `ordinal`,
    `field`,
    `kind`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `n_rows`,
    `n_entities`
  FROM (VALUES
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'measurement_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'measurement_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'measurement_datetime', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'measurement_type_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'operator_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'value_as_number', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'value_as_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'unit_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'range_low', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'range_high', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'measurement_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'measurement_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13L, 'unit_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14L, 'unit_source_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15L, 'value_source_value', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16L, 'meas_event_field_concept_id', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS `v`(`ordinal`, `field`, `kind`, `stat`, `item`, `value`, `lo`, `hi`, `n_rows`, `n_entities`)
  UNION ALL
  SELECT
    `l`.`ordinal` AS `ordinal`,
    `f`.`field` AS `field`,
    `f`.`kind` AS `kind`,
    'suppressed' AS `stat`,
    CAST(NULL AS BIGINT) AS `item`,
    '{"items":' || CAST(`l`.`items` AS STRING) || ',"rows":"' || `l`.`band` || '"}' AS `value`,
    CAST(NULL AS DOUBLE) AS `lo`,
    CAST(NULL AS DOUBLE) AS `hi`,
    CAST(NULL AS BIGINT) AS `n_rows`,
    CAST(NULL AS BIGINT) AS `n_entities`
  FROM (
    SELECT
      `ordinal`,
      sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
      CASE
        WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS `band`
    FROM `adg_candidates`
    WHERE `ordinal` > 0L
    GROUP BY `ordinal`
  ) AS `l`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `l`.`ordinal`
  UNION ALL
  SELECT
    `g`.`ordinal` AS `ordinal`,
    `f`.`field` AS `field`,
    `f`.`kind` AS `kind`,
    'decimals' AS `stat`,
    CAST(NULL AS BIGINT) AS `item`,
    CAST(`g`.`decimals` AS STRING) AS `value`,
    CAST(NULL AS DOUBLE) AS `lo`,
    CAST(NULL AS DOUBLE) AS `hi`,
    CAST(NULL AS BIGINT) AS `n_rows`,
    CAST(NULL AS BIGINT) AS `n_entities`
  FROM `adg_grid` AS `g`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `g`.`ordinal`
  WHERE `g`.`decimals` <= 6L
) AS `m`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS LAST;

-- [19/20] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  `f`.`kind`,
  sum(CASE WHEN `c`.`passes` THEN 1L ELSE 0L END) AS `published`,
  sum(CASE WHEN NOT (`c`.`passes`) THEN 1L ELSE 0L END) AS `suppressed`,
  sum(CASE WHEN `c`.`passes` AND (`c`.`stat` <> 'null') THEN 1L ELSE 0L END) AS `published_non_null`,
  (SELECT `n_rows` FROM `adg_candidates` WHERE (`stat` = 'rows') AND `passes`) AS `published_rows`,
  `l`.`band` AS `suppressed_rows`
FROM `adg_fields` AS `f`
LEFT JOIN `adg_candidates` AS `c`
  ON `c`.`ordinal` = `f`.`ordinal`
LEFT JOIN (
  SELECT
    `ordinal`,
    sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN 1L ELSE 0L END) AS `items`,
    CASE
      WHEN sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) = 0L THEN 'none'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN (`stat` IN ('null', 'value', 'bin')) AND (NOT (`passes`)) THEN `raw_rows` ELSE 0L END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN `stat` IN ('null', 'value', 'bin') THEN `raw_rows` ELSE 0L END), 1L) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS `band`
  FROM `adg_candidates`
  WHERE `ordinal` > 0L
  GROUP BY `ordinal`
) AS `l`
  ON `l`.`ordinal` = `f`.`ordinal`
WHERE `f`.`ordinal` > 0L
GROUP BY `f`.`ordinal`, `f`.`field`, `f`.`kind`, `l`.`band`
ORDER BY `f`.`ordinal` NULLS LAST;

-- [20/20] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) >= 20L AS `enough_values`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `distinct_per_row`,
  CASE
    WHEN count(`r`.`value`) >= 20L THEN CASE WHEN abs(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_entities` ELSE 0L END) AS DOUBLE) / CAST(count(`r`.`value`) AS DOUBLE)) * 1e+2) END / 1e+2
  END AS `entities_per_value`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND CASE
    WHEN (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`r`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
    ELSE FALSE
  END THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `nhsNumbers`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `emails`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (regexp_replace(`r`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `phones`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(sum(CASE
    WHEN (`r`.`value` IS NOT NULL) AND (`r`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024') THEN `r`.`n_rows`
    ELSE 0L
  END) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `postcodes`
FROM `adg_fields` AS `f`
JOIN `adg_raw` AS `r`
  ON `r`.`ordinal` = `f`.`ordinal`
WHERE (`f`.`ordinal` > 0L) AND (`f`.`kind` <> 'continuous')
GROUP BY `f`.`ordinal`, `f`.`field`
ORDER BY `f`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_grid`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_gridded`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_values`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_outer_edges`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_bins`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_cardinality`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_rare_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_cardinality_bands`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "omop_concept", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the source (table omop_concept_source of schema default, which adg load made of the parquet file specs/fixtures/omop/concept.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/omop.yaml` runs it with progress and checks.

-- [1/4] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/4] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/4] Copy the vocabulary verbatim beside its metadata (its row count), replacing both atomically
-- A vocabulary holds no personal data: it is copied whole, in bulk, by the engine, and reviewed and
-- released with the metadata.
CREATE OR REPLACE TABLE `adg_metadata`.`omop_concept_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  0L AS `ordinal`,
  CAST(NULL AS STRING) AS `field`,
  'vocabulary' AS `kind`,
  'rows' AS `stat`,
  CAST(NULL AS BIGINT) AS `item`,
  CAST(NULL AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `lo`,
  CAST(NULL AS DOUBLE) AS `hi`,
  (((2L * (SELECT count(*) FROM ( SELECT * FROM `default`.`omop_concept_source` ) AS `v`)) + 5L) div (2L * 5L)) * 5L AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`
UNION ALL
SELECT
  `ordinal`,
  `field`,
  `kind`,
  `stat`,
  `item`,
  `value`,
  `lo`,
  `hi`,
  `n_rows`,
  `n_entities`
FROM (VALUES
  (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT))
) AS `v`(`ordinal`, `field`, `kind`, `stat`, `item`, `value`, `lo`, `hi`, `n_rows`, `n_entities`);

CREATE OR REPLACE TABLE `adg_metadata`.`omop_concept_vocabulary` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  *
FROM `default`.`omop_concept_source`;

-- [4/4] Rows copied (as published)
SELECT
  `n_rows`
FROM `adg_metadata`.`omop_concept_metadata`
WHERE `stat` = 'rows';
