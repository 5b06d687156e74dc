-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_apc", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Reads the source (table hes_apc_source of schema default, which adg load made of the parquet file specs/fixtures/hes/apc.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/16] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/16] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/16] Field catalog: kind and suppression policy of each field
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
  (1L, 'FYEAR', 'categorical', 8L, 5L, NULL),
  (2L, 'PROCODE3', 'categorical', 8L, 5L, NULL),
  (3L, 'PROCODET', 'categorical', 8L, 5L, NULL),
  (4L, 'SITETRET', 'categorical', 8L, 5L, NULL),
  (5L, 'ADMIDATE', 'date', 8L, 5L, NULL),
  (6L, 'ADMIMETH', 'categorical', 8L, 5L, NULL),
  (7L, 'ADMISORC', 'categorical', 8L, 5L, NULL),
  (8L, 'ADMINCAT', 'categorical', 8L, 5L, NULL),
  (9L, 'CLASSPAT', 'categorical', 8L, 5L, NULL),
  (10L, 'ELECDATE', 'date', 8L, 5L, NULL),
  (11L, 'ELECDUR', 'discrete', 8L, 5L, NULL),
  (12L, 'EPISTART', 'date', 8L, 5L, NULL),
  (13L, 'EPIEND', 'date', 8L, 5L, NULL),
  (14L, 'EPIORDER', 'discrete', 8L, 5L, NULL),
  (15L, 'EPISTAT', 'categorical', 8L, 5L, NULL),
  (16L, 'EPITYPE', 'categorical', 8L, 5L, NULL),
  (17L, 'EPIDUR', 'discrete', 8L, 5L, NULL),
  (18L, 'DISDATE', 'date', 8L, 5L, NULL),
  (19L, 'DISDEST', 'categorical', 8L, 5L, NULL),
  (20L, 'DISMETH', 'categorical', 8L, 5L, NULL),
  (21L, 'SPELDUR', 'discrete', 8L, 5L, NULL),
  (22L, 'MYDOB', 'date', 8L, 5L, NULL),
  (23L, 'SEX', 'categorical', 8L, 5L, NULL),
  (24L, 'ETHNOS', 'categorical', 8L, 5L, NULL),
  (25L, 'MAINSPEF', 'categorical', 8L, 5L, NULL),
  (26L, 'TRETSPEF', 'categorical', 8L, 5L, NULL),
  (27L, 'DIAG_4_01', 'categorical', 8L, 5L, NULL),
  (28L, 'DIAG_4_02', 'categorical', 8L, 5L, NULL),
  (29L, 'DIAG_4_03', 'categorical', 8L, 5L, NULL),
  (30L, 'DIAG_4_04', 'categorical', 8L, 5L, NULL),
  (31L, 'DIAG_4_05', 'categorical', 8L, 5L, NULL),
  (32L, 'DIAG_4_06', 'categorical', 8L, 5L, NULL),
  (33L, 'DIAG_4_07', 'categorical', 8L, 5L, NULL),
  (34L, 'DIAG_4_08', 'categorical', 8L, 5L, NULL),
  (35L, 'DIAG_4_09', 'categorical', 8L, 5L, NULL),
  (36L, 'DIAG_4_10', 'categorical', 8L, 5L, NULL),
  (37L, 'OPERTN_4_01', 'categorical', 8L, 5L, NULL),
  (38L, 'OPERTN_4_02', 'categorical', 8L, 5L, NULL),
  (39L, 'OPERTN_4_03', 'categorical', 8L, 5L, NULL),
  (40L, 'OPERTN_4_04', 'categorical', 8L, 5L, NULL),
  (41L, 'OPERTN_4_05', 'categorical', 8L, 5L, NULL),
  (42L, 'OPERTN_4_06', 'categorical', 8L, 5L, NULL),
  (43L, 'OPDATE_01', 'date', 8L, 5L, NULL),
  (44L, 'RESLADST', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/16] Raw frequencies (session scratch, dropped after the stage, never published)
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
  count(DISTINCT `TOKEN_PERSON_ID`) AS `n_entities`,
  0L AS `item`
FROM `default`.`hes_apc_source`
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
      `FYEAR` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `PROCODE3` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `PROCODET` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `SITETRET` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `ADMIDATE`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `ADMIMETH` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `ADMISORC` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `ADMINCAT` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `CLASSPAT` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  10L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `ELECDATE`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      CAST(`ELECDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  12L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `EPISTART`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  13L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `EPIEND`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      CAST(`EPIORDER` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `EPISTAT` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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
      `EPITYPE` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  17L AS `ordinal`,
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
      CAST(`EPIDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  18L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `DISDATE`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  19L AS `ordinal`,
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
      `DISDEST` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  20L AS `ordinal`,
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
      `DISMETH` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  21L AS `ordinal`,
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
      CAST(`SPELDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  22L AS `ordinal`,
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
      CAST(date_trunc('YEAR', `MYDOB`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  23L AS `ordinal`,
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
      `SEX` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  24L AS `ordinal`,
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
      `ETHNOS` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  25L AS `ordinal`,
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
      `MAINSPEF` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  26L AS `ordinal`,
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
      `TRETSPEF` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  27L AS `ordinal`,
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
      `DIAG_4_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  28L AS `ordinal`,
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
      `DIAG_4_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  29L AS `ordinal`,
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
      `DIAG_4_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  30L AS `ordinal`,
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
      `DIAG_4_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  31L AS `ordinal`,
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
      `DIAG_4_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  32L AS `ordinal`,
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
      `DIAG_4_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  33L AS `ordinal`,
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
      `DIAG_4_07` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  34L AS `ordinal`,
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
      `DIAG_4_08` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  35L AS `ordinal`,
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
      `DIAG_4_09` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  36L AS `ordinal`,
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
      `DIAG_4_10` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  37L AS `ordinal`,
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
      `OPERTN_4_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  38L AS `ordinal`,
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
      `OPERTN_4_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  39L AS `ordinal`,
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
      `OPERTN_4_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  40L AS `ordinal`,
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
      `OPERTN_4_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  41L AS `ordinal`,
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
      `OPERTN_4_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  42L AS `ordinal`,
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
      `OPERTN_4_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  43L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `OPDATE_01`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  44L AS `ordinal`,
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
      `RESLADST` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/16] Refuse an empty source
SELECT raise_error('specs/hes.yaml: source (parquet file specs/fixtures/hes/apc.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/16] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_apc_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_apc_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_op_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_ae_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_apc_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [7/16] Raw entity cardinalities: how many entities have each number of rows
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
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_apc_source`
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

-- [8/16] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [9/16] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [10/16] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_disagreements`;

CREATE TABLE `adg_scratch`.`adg_disagreements` AS
SELECT
  22L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        date_format(CAST(date_trunc('YEAR', `MYDOB`) AS DATE), 'yyyy-MM-dd') AS `v`
      FROM `default`.`hes_apc_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`
UNION ALL
SELECT
  23L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        CAST(`SEX` AS STRING) AS `v`
      FROM `default`.`hes_apc_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`
UNION ALL
SELECT
  24L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        CAST(`ETHNOS` AS STRING) AS `v`
      FROM `default`.`hes_apc_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_disagreements` AS SELECT * FROM `adg_scratch`.`adg_disagreements`;

-- [11/16] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`hes_apc_source` WHERE (substr(CAST(`TOKEN_PERSON_ID` AS STRING), CAST(1L AS INT), CAST(3L AS INT)) = 'ART') AND (char_length(CAST(`TOKEN_PERSON_ID` AS STRING)) = 13L));

-- [12/16] Identifier EPIKEY: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/hes.yaml: fields.EPIKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`hes_apc_source` WHERE (substr(CAST(`EPIKEY` AS STRING), CAST(1L AS INT), CAST(5L AS INT)) = '99999') AND (char_length(CAST(`EPIKEY` AS STRING)) = 12L));

-- [13/16] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
    UNION ALL
    SELECT
      `d`.`ordinal` AS `ordinal`,
      'disagree' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `d`.`n_rows` AS `n_rows`,
      `d`.`n_entities` AS `n_entities`
    FROM `adg_disagreements` AS `d`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [14/16] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`hes_apc_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
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
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'SITETRET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'ADMIDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'ADMIMETH', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'ADMISORC', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'ADMINCAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'CLASSPAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'ELECDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'ELECDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'EPISTART', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13L, 'EPIEND', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14L, 'EPIORDER', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15L, 'EPISTAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16L, 'EPITYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (17L, 'EPIDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (18L, 'DISDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (19L, 'DISDEST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (20L, 'DISMETH', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (21L, 'SPELDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (22L, 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (23L, 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (24L, 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (25L, 'MAINSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (26L, 'TRETSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (27L, 'DIAG_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (28L, 'DIAG_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (29L, 'DIAG_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (30L, 'DIAG_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (31L, 'DIAG_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (32L, 'DIAG_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (33L, 'DIAG_4_07', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (34L, 'DIAG_4_08', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (35L, 'DIAG_4_09', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (36L, 'DIAG_4_10', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (37L, 'OPERTN_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (38L, 'OPERTN_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (39L, 'OPERTN_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (40L, 'OPERTN_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (41L, 'OPERTN_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (42L, 'OPERTN_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (43L, 'OPDATE_01', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (44L, 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

-- [15/16] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [16/16] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

DROP TABLE IF EXISTS `adg_scratch`.`adg_disagreements`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_op", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Reads the source (table hes_op_source of schema default, which adg load made of the parquet file specs/fixtures/hes/op.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/16] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/16] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/16] Field catalog: kind and suppression policy of each field
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
  (1L, 'FYEAR', 'categorical', 8L, 5L, NULL),
  (2L, 'PROCODE3', 'categorical', 8L, 5L, NULL),
  (3L, 'PROCODET', 'categorical', 8L, 5L, NULL),
  (4L, 'SITETRET', 'categorical', 8L, 5L, NULL),
  (5L, 'APPTDATE', 'date', 8L, 5L, NULL),
  (6L, 'REQDATE', 'date', 8L, 5L, NULL),
  (7L, 'WAITING', 'discrete', 8L, 5L, NULL),
  (8L, 'ATTENDED', 'categorical', 8L, 5L, NULL),
  (9L, 'FIRSTATT', 'categorical', 8L, 5L, NULL),
  (10L, 'OUTCOME', 'categorical', 8L, 5L, NULL),
  (11L, 'PRIORITY', 'categorical', 8L, 5L, NULL),
  (12L, 'REFSOURC', 'categorical', 8L, 5L, NULL),
  (13L, 'SERVTYPE', 'categorical', 8L, 5L, NULL),
  (14L, 'STAFFTYP', 'categorical', 8L, 5L, NULL),
  (15L, 'TRETSPEF', 'categorical', 8L, 5L, NULL),
  (16L, 'MAINSPEF', 'categorical', 8L, 5L, NULL),
  (17L, 'DIAG_4_01', 'categorical', 8L, 5L, NULL),
  (18L, 'DIAG_4_02', 'categorical', 8L, 5L, NULL),
  (19L, 'DIAG_4_03', 'categorical', 8L, 5L, NULL),
  (20L, 'DIAG_4_04', 'categorical', 8L, 5L, NULL),
  (21L, 'DIAG_4_05', 'categorical', 8L, 5L, NULL),
  (22L, 'DIAG_4_06', 'categorical', 8L, 5L, NULL),
  (23L, 'OPERTN_4_01', 'categorical', 8L, 5L, NULL),
  (24L, 'OPERTN_4_02', 'categorical', 8L, 5L, NULL),
  (25L, 'OPERTN_4_03', 'categorical', 8L, 5L, NULL),
  (26L, 'OPERTN_4_04', 'categorical', 8L, 5L, NULL),
  (27L, 'OPERTN_4_05', 'categorical', 8L, 5L, NULL),
  (28L, 'OPERTN_4_06', 'categorical', 8L, 5L, NULL),
  (29L, 'MYDOB', 'date', 8L, 5L, NULL),
  (30L, 'SEX', 'categorical', 8L, 5L, NULL),
  (31L, 'ETHNOS', 'categorical', 8L, 5L, NULL),
  (32L, 'RESLADST', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/16] Raw frequencies (session scratch, dropped after the stage, never published)
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
  count(DISTINCT `TOKEN_PERSON_ID`) AS `n_entities`,
  0L AS `item`
FROM `default`.`hes_op_source`
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
      `FYEAR` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `PROCODE3` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `PROCODET` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `SITETRET` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `APPTDATE`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  6L AS `ordinal`,
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
      CAST(date_trunc('WEEK', `REQDATE`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      CAST(`WAITING` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `ATTENDED` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `FIRSTATT` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `OUTCOME` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `PRIORITY` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `REFSOURC` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `SERVTYPE` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `STAFFTYP` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `TRETSPEF` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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
      `MAINSPEF` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  17L AS `ordinal`,
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
      `DIAG_4_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  18L AS `ordinal`,
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
      `DIAG_4_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  19L AS `ordinal`,
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
      `DIAG_4_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  20L AS `ordinal`,
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
      `DIAG_4_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  21L AS `ordinal`,
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
      `DIAG_4_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  22L AS `ordinal`,
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
      `DIAG_4_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  23L AS `ordinal`,
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
      `OPERTN_4_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  24L AS `ordinal`,
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
      `OPERTN_4_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  25L AS `ordinal`,
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
      `OPERTN_4_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  26L AS `ordinal`,
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
      `OPERTN_4_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  27L AS `ordinal`,
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
      `OPERTN_4_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  28L AS `ordinal`,
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
      `OPERTN_4_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  29L AS `ordinal`,
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
      CAST(date_trunc('YEAR', `MYDOB`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  30L AS `ordinal`,
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
      `SEX` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  31L AS `ordinal`,
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
      `ETHNOS` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  32L AS `ordinal`,
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
      `RESLADST` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/16] Refuse an empty source
SELECT raise_error('specs/hes.yaml: source (parquet file specs/fixtures/hes/op.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/16] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_op_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_apc_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_op_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_ae_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_op_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [7/16] Raw entity cardinalities: how many entities have each number of rows
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
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_op_source`
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

-- [8/16] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [9/16] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [10/16] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_disagreements`;

CREATE TABLE `adg_scratch`.`adg_disagreements` AS
SELECT
  29L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        date_format(CAST(date_trunc('YEAR', `MYDOB`) AS DATE), 'yyyy-MM-dd') AS `v`
      FROM `default`.`hes_op_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`
UNION ALL
SELECT
  30L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        CAST(`SEX` AS STRING) AS `v`
      FROM `default`.`hes_op_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`
UNION ALL
SELECT
  31L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        CAST(`ETHNOS` AS STRING) AS `v`
      FROM `default`.`hes_op_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_disagreements` AS SELECT * FROM `adg_scratch`.`adg_disagreements`;

-- [11/16] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`hes_op_source` WHERE (substr(CAST(`TOKEN_PERSON_ID` AS STRING), CAST(1L AS INT), CAST(3L AS INT)) = 'ART') AND (char_length(CAST(`TOKEN_PERSON_ID` AS STRING)) = 13L));

-- [12/16] Identifier ATTENDKEY: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/hes.yaml: fields.ATTENDKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`hes_op_source` WHERE (substr(CAST(`ATTENDKEY` AS STRING), CAST(1L AS INT), CAST(5L AS INT)) = '99999') AND (char_length(CAST(`ATTENDKEY` AS STRING)) = 12L));

-- [13/16] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
    UNION ALL
    SELECT
      `d`.`ordinal` AS `ordinal`,
      'disagree' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `d`.`n_rows` AS `n_rows`,
      `d`.`n_entities` AS `n_entities`
    FROM `adg_disagreements` AS `d`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [14/16] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`hes_op_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
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
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'SITETRET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'APPTDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'REQDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'WAITING', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'ATTENDED', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'FIRSTATT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'OUTCOME', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'PRIORITY', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'REFSOURC', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13L, 'SERVTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14L, 'STAFFTYP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15L, 'TRETSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16L, 'MAINSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (17L, 'DIAG_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (18L, 'DIAG_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (19L, 'DIAG_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (20L, 'DIAG_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (21L, 'DIAG_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (22L, 'DIAG_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (23L, 'OPERTN_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (24L, 'OPERTN_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (25L, 'OPERTN_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (26L, 'OPERTN_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (27L, 'OPERTN_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (28L, 'OPERTN_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (29L, 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (30L, 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (31L, 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (32L, 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

-- [15/16] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [16/16] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

DROP TABLE IF EXISTS `adg_scratch`.`adg_disagreements`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_ae", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Reads the source (table hes_ae_source of schema default, which adg load made of the parquet file specs/fixtures/hes/ae.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/16] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/16] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/16] Field catalog: kind and suppression policy of each field
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
  (1L, 'FYEAR', 'categorical', 8L, 5L, NULL),
  (2L, 'PROCODE3', 'categorical', 8L, 5L, NULL),
  (3L, 'PROCODET', 'categorical', 8L, 5L, NULL),
  (4L, 'ARRIVALDATE', 'date', 8L, 5L, NULL),
  (5L, 'AEARRIVALMODE', 'categorical', 8L, 5L, NULL),
  (6L, 'AEATTENDCAT', 'categorical', 8L, 5L, NULL),
  (7L, 'AEATTENDDISP', 'categorical', 8L, 5L, NULL),
  (8L, 'AEDEPTTYPE', 'categorical', 8L, 5L, NULL),
  (9L, 'AEINCLOCTYPE', 'categorical', 8L, 5L, NULL),
  (10L, 'AEPATGROUP', 'categorical', 8L, 5L, NULL),
  (11L, 'AEREFSOURCE', 'categorical', 8L, 5L, NULL),
  (12L, 'DIAG_01', 'categorical', 8L, 5L, NULL),
  (13L, 'DIAG_02', 'categorical', 8L, 5L, NULL),
  (14L, 'DIAG_03', 'categorical', 8L, 5L, NULL),
  (15L, 'DIAG_04', 'categorical', 8L, 5L, NULL),
  (16L, 'DIAG_05', 'categorical', 8L, 5L, NULL),
  (17L, 'DIAG_06', 'categorical', 8L, 5L, NULL),
  (18L, 'INVEST_01', 'categorical', 8L, 5L, NULL),
  (19L, 'INVEST_02', 'categorical', 8L, 5L, NULL),
  (20L, 'INVEST_03', 'categorical', 8L, 5L, NULL),
  (21L, 'INVEST_04', 'categorical', 8L, 5L, NULL),
  (22L, 'INVEST_05', 'categorical', 8L, 5L, NULL),
  (23L, 'INVEST_06', 'categorical', 8L, 5L, NULL),
  (24L, 'TREAT_01', 'categorical', 8L, 5L, NULL),
  (25L, 'TREAT_02', 'categorical', 8L, 5L, NULL),
  (26L, 'TREAT_03', 'categorical', 8L, 5L, NULL),
  (27L, 'TREAT_04', 'categorical', 8L, 5L, NULL),
  (28L, 'TREAT_05', 'categorical', 8L, 5L, NULL),
  (29L, 'TREAT_06', 'categorical', 8L, 5L, NULL),
  (30L, 'INITDUR', 'discrete', 8L, 5L, NULL),
  (31L, 'TRETDUR', 'discrete', 8L, 5L, NULL),
  (32L, 'CONCLDUR', 'discrete', 8L, 5L, NULL),
  (33L, 'DEPDUR', 'discrete', 8L, 5L, NULL),
  (34L, 'MYDOB', 'date', 8L, 5L, NULL),
  (35L, 'SEX', 'categorical', 8L, 5L, NULL),
  (36L, 'ETHNOS', 'categorical', 8L, 5L, NULL),
  (37L, 'RESLADST', 'categorical', 8L, 5L, NULL)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/16] Raw frequencies (session scratch, dropped after the stage, never published)
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
  count(DISTINCT `TOKEN_PERSON_ID`) AS `n_entities`,
  0L AS `item`
FROM `default`.`hes_ae_source`
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
      `FYEAR` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `PROCODE3` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `PROCODET` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      CAST(date_trunc('WEEK', `ARRIVALDATE`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEARRIVALMODE` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEATTENDCAT` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEATTENDDISP` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEDEPTTYPE` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEINCLOCTYPE` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEPATGROUP` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `AEREFSOURCE` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `DIAG_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `DIAG_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `DIAG_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `DIAG_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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
      `DIAG_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  17L AS `ordinal`,
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
      `DIAG_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  18L AS `ordinal`,
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
      `INVEST_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  19L AS `ordinal`,
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
      `INVEST_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  20L AS `ordinal`,
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
      `INVEST_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  21L AS `ordinal`,
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
      `INVEST_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  22L AS `ordinal`,
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
      `INVEST_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  23L AS `ordinal`,
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
      `INVEST_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  24L AS `ordinal`,
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
      `TREAT_01` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  25L AS `ordinal`,
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
      `TREAT_02` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  26L AS `ordinal`,
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
      `TREAT_03` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  27L AS `ordinal`,
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
      `TREAT_04` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  28L AS `ordinal`,
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
      `TREAT_05` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  29L AS `ordinal`,
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
      `TREAT_06` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  30L AS `ordinal`,
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
      CAST(`INITDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  31L AS `ordinal`,
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
      CAST(`TRETDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  32L AS `ordinal`,
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
      CAST(`CONCLDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  33L AS `ordinal`,
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
      CAST(`DEPDUR` AS BIGINT) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  34L AS `ordinal`,
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
      CAST(date_trunc('YEAR', `MYDOB`) AS DATE) AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  35L AS `ordinal`,
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
      `SEX` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  36L AS `ordinal`,
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
      `ETHNOS` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`
UNION ALL
SELECT
  37L AS `ordinal`,
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
      `RESLADST` AS `k`,
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
  ) AS `s`
  GROUP BY `k`, `e`
) AS `p`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/16] Refuse an empty source
SELECT raise_error('specs/hes.yaml: source (parquet file specs/fixtures/hes/ae.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/16] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_pool`;

CREATE TABLE `adg_scratch`.`adg_pool` AS
SELECT
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_ae_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_apc_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_op_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL UNION ALL SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_ae_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `n_entities`,
  (SELECT count(*) FROM ( SELECT `e` FROM ( SELECT CAST(`TOKEN_PERSON_ID` AS STRING) AS `e` FROM `default`.`hes_ae_source` WHERE `TOKEN_PERSON_ID` IS NOT NULL ) AS `k` GROUP BY `e` ) AS `c`) AS `present`;

CREATE OR REPLACE TEMPORARY VIEW `adg_pool` AS SELECT * FROM `adg_scratch`.`adg_pool`;

-- [7/16] Raw entity cardinalities: how many entities have each number of rows
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
      `TOKEN_PERSON_ID` AS `e`
    FROM `default`.`hes_ae_source`
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

-- [8/16] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
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

-- [9/16] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
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

-- [10/16] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_disagreements`;

CREATE TABLE `adg_scratch`.`adg_disagreements` AS
SELECT
  34L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        date_format(CAST(date_trunc('YEAR', `MYDOB`) AS DATE), 'yyyy-MM-dd') AS `v`
      FROM `default`.`hes_ae_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`
UNION ALL
SELECT
  35L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        CAST(`SEX` AS STRING) AS `v`
      FROM `default`.`hes_ae_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`
UNION ALL
SELECT
  36L AS `ordinal`,
  coalesce(sum(`off`), 0L) AS `n_rows`,
  sum(CASE WHEN `off` > 0L THEN 1L ELSE 0L END) AS `n_entities`
FROM (
  SELECT
    sum(`n`) - max(`n`) AS `off`
  FROM (
    SELECT
      `e`,
      count(*) AS `n`
    FROM (
      SELECT
        `TOKEN_PERSON_ID` AS `e`,
        CAST(`ETHNOS` AS STRING) AS `v`
      FROM `default`.`hes_ae_source`
    ) AS `s`
    WHERE `e` IS NOT NULL
    GROUP BY `e`, `v`
  ) AS `p`
  GROUP BY `e`
) AS `e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_disagreements` AS SELECT * FROM `adg_scratch`.`adg_disagreements`;

-- [11/16] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`hes_ae_source` WHERE (substr(CAST(`TOKEN_PERSON_ID` AS STRING), CAST(1L AS INT), CAST(3L AS INT)) = 'ART') AND (char_length(CAST(`TOKEN_PERSON_ID` AS STRING)) = 13L));

-- [12/16] Identifier AEKEY: no source value starts with the reserved prefix at the pattern's length
SELECT raise_error('specs/hes.yaml: fields.AEKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `default`.`hes_ae_source` WHERE (substr(CAST(`AEKEY` AS STRING), CAST(1L AS INT), CAST(5L AS INT)) = '99999') AND (char_length(CAST(`AEKEY` AS STRING)) = 12L));

-- [13/16] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
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
    UNION ALL
    SELECT
      `d`.`ordinal` AS `ordinal`,
      'disagree' AS `stat`,
      CAST(NULL AS BIGINT) AS `item`,
      CAST(NULL AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `lo`,
      CAST(NULL AS DOUBLE) AS `hi`,
      `d`.`n_rows` AS `n_rows`,
      `d`.`n_entities` AS `n_entities`
    FROM `adg_disagreements` AS `d`
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [14/16] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`hes_ae_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
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
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'ARRIVALDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'AEARRIVALMODE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'AEATTENDCAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'AEATTENDDISP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'AEDEPTTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'AEINCLOCTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'AEPATGROUP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'AEREFSOURCE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'DIAG_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13L, 'DIAG_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14L, 'DIAG_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15L, 'DIAG_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16L, 'DIAG_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (17L, 'DIAG_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (18L, 'INVEST_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (19L, 'INVEST_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (20L, 'INVEST_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (21L, 'INVEST_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (22L, 'INVEST_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (23L, 'INVEST_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (24L, 'TREAT_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (25L, 'TREAT_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (26L, 'TREAT_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (27L, 'TREAT_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (28L, 'TREAT_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (29L, 'TREAT_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (30L, 'INITDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (31L, 'TRETDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (32L, 'CONCLDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (33L, 'DEPDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (34L, 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (35L, 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (36L, 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (37L, 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

-- [15/16] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [16/16] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
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

DROP TABLE IF EXISTS `adg_scratch`.`adg_disagreements`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;
