-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_apc", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/9] Fields to check
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'FYEAR', 'categorical'),
  (2L, 'PROCODE3', 'categorical'),
  (3L, 'PROCODET', 'categorical'),
  (4L, 'SITETRET', 'categorical'),
  (5L, 'ADMIDATE', 'date'),
  (6L, 'ADMIMETH', 'categorical'),
  (7L, 'ADMISORC', 'categorical'),
  (8L, 'ADMINCAT', 'categorical'),
  (9L, 'CLASSPAT', 'categorical'),
  (10L, 'ELECDATE', 'date'),
  (11L, 'ELECDUR', 'discrete'),
  (12L, 'EPISTART', 'date'),
  (13L, 'EPIEND', 'date'),
  (14L, 'EPIORDER', 'discrete'),
  (15L, 'EPISTAT', 'categorical'),
  (16L, 'EPITYPE', 'categorical'),
  (17L, 'EPIDUR', 'discrete'),
  (18L, 'DISDATE', 'date'),
  (19L, 'DISDEST', 'categorical'),
  (20L, 'DISMETH', 'categorical'),
  (21L, 'SPELDUR', 'discrete'),
  (22L, 'MYDOB', 'date'),
  (23L, 'SEX', 'categorical'),
  (24L, 'ETHNOS', 'categorical'),
  (25L, 'MAINSPEF', 'categorical'),
  (26L, 'TRETSPEF', 'categorical'),
  (27L, 'DIAG_4_01', 'categorical'),
  (28L, 'DIAG_4_02', 'categorical'),
  (29L, 'DIAG_4_03', 'categorical'),
  (30L, 'DIAG_4_04', 'categorical'),
  (31L, 'DIAG_4_05', 'categorical'),
  (32L, 'DIAG_4_06', 'categorical'),
  (33L, 'DIAG_4_07', 'categorical'),
  (34L, 'DIAG_4_08', 'categorical'),
  (35L, 'DIAG_4_09', 'categorical'),
  (36L, 'DIAG_4_10', 'categorical'),
  (37L, 'OPERTN_4_01', 'categorical'),
  (38L, 'OPERTN_4_02', 'categorical'),
  (39L, 'OPERTN_4_03', 'categorical'),
  (40L, 'OPERTN_4_04', 'categorical'),
  (41L, 'OPERTN_4_05', 'categorical'),
  (42L, 'OPERTN_4_06', 'categorical'),
  (43L, 'OPDATE_01', 'date'),
  (44L, 'RESLADST', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [3/9] Released items of every field, each with the cell it is compared in
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

CREATE TABLE `adg_scratch`.`adg_qa_items` AS
SELECT
  `i`.`ordinal`,
  `i`.`item`,
  `i`.`stat`,
  `i`.`value`,
  `i`.`lo`,
  `i`.`hi`,
  `i`.`n_rows`,
  `i`.`point`,
  `i`.`seq`,
  coalesce(`x`.`bin_item`, `i`.`item`) AS `cell`
FROM (
  SELECT
    `g`.`ordinal`,
    `m`.`item`,
    `m`.`stat`,
    `m`.`value`,
    `m`.`lo`,
    `m`.`hi`,
    `m`.`n_rows`,
    CASE
      WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
      ELSE CAST(NULL AS DOUBLE)
    END AS `point`,
    CASE
      WHEN `g`.`ordinal` = 10L THEN 10L
      WHEN `g`.`ordinal` = 5L THEN 10L
      WHEN `g`.`ordinal` = 12L THEN 10L
      WHEN `g`.`ordinal` = 13L THEN 10L
      WHEN `g`.`ordinal` = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`
  FROM `adg_fields` AS `g`
  JOIN `adg_released`.`hes_apc_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` IN ('null', 'value', 'bin')
) AS `i`
LEFT JOIN (
  SELECT
    `p`.`ordinal`,
    `p`.`item`,
    min(`b`.`item`) AS `bin_item`
  FROM (
    SELECT
      `g`.`ordinal`,
      `m`.`item`,
      `m`.`stat`,
      `m`.`value`,
      `m`.`lo`,
      `m`.`hi`,
      `m`.`n_rows`,
      CASE
        WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS `point`,
      CASE
        WHEN `g`.`ordinal` = 10L THEN 10L
        WHEN `g`.`ordinal` = 5L THEN 10L
        WHEN `g`.`ordinal` = 12L THEN 10L
        WHEN `g`.`ordinal` = 13L THEN 10L
        WHEN `g`.`ordinal` = 18L THEN 10L
        ELSE CAST(NULL AS BIGINT)
      END AS `seq`
    FROM `adg_fields` AS `g`
    JOIN `adg_released`.`hes_apc_metadata` AS `m`
      ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
    WHERE `m`.`stat` IN ('null', 'value', 'bin')
  ) AS `p`
  JOIN (
    SELECT
      `g`.`ordinal`,
      `m`.`item`,
      `m`.`stat`,
      `m`.`value`,
      `m`.`lo`,
      `m`.`hi`,
      `m`.`n_rows`,
      CASE
        WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS `point`,
      CASE
        WHEN `g`.`ordinal` = 10L THEN 10L
        WHEN `g`.`ordinal` = 5L THEN 10L
        WHEN `g`.`ordinal` = 12L THEN 10L
        WHEN `g`.`ordinal` = 13L THEN 10L
        WHEN `g`.`ordinal` = 18L THEN 10L
        ELSE CAST(NULL AS BIGINT)
      END AS `seq`
    FROM `adg_fields` AS `g`
    JOIN `adg_released`.`hes_apc_metadata` AS `m`
      ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
    WHERE `m`.`stat` IN ('null', 'value', 'bin')
  ) AS `b`
    ON (`b`.`ordinal` = `p`.`ordinal`) AND (`b`.`stat` = 'bin') AND (`p`.`point` >= `b`.`lo`) AND (`p`.`point` < `b`.`hi`)
  GROUP BY `p`.`ordinal`, `p`.`item`
) AS `x`
  ON (`x`.`ordinal` = `i`.`ordinal`) AND (`x`.`item` = `i`.`item`);

CREATE OR REPLACE TEMPORARY VIEW `adg_qa_items` AS SELECT * FROM `adg_scratch`.`adg_qa_items`;

-- [4/9] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;

CREATE TABLE `adg_scratch`.`adg_qa_counts` AS
SELECT
  `k`.`ordinal`,
  `k`.`value`,
  `k`.`num`,
  `k`.`n`,
  coalesce(coalesce(`v`.`cell`, `z`.`cell`), coalesce(`p`.`cell`, `b`.`cell`)) AS `cell`,
  (`s`.`seq` IS NOT NULL) OR (`hm`.`ordinal` IS NOT NULL) AS `in_sequence`
FROM (
  SELECT
    1L AS `ordinal`,
    CASE
      WHEN 1L = 10L THEN 10L
      WHEN 1L = 5L THEN 10L
      WHEN 1L = 12L THEN 10L
      WHEN 1L = 13L THEN 10L
      WHEN 1L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`FYEAR` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    2L AS `ordinal`,
    CASE
      WHEN 2L = 10L THEN 10L
      WHEN 2L = 5L THEN 10L
      WHEN 2L = 12L THEN 10L
      WHEN 2L = 13L THEN 10L
      WHEN 2L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PROCODE3` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    3L AS `ordinal`,
    CASE
      WHEN 3L = 10L THEN 10L
      WHEN 3L = 5L THEN 10L
      WHEN 3L = 12L THEN 10L
      WHEN 3L = 13L THEN 10L
      WHEN 3L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PROCODET` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    4L AS `ordinal`,
    CASE
      WHEN 4L = 10L THEN 10L
      WHEN 4L = 5L THEN 10L
      WHEN 4L = 12L THEN 10L
      WHEN 4L = 13L THEN 10L
      WHEN 4L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`SITETRET` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    5L AS `ordinal`,
    CASE
      WHEN 5L = 10L THEN 10L
      WHEN 5L = 5L THEN 10L
      WHEN 5L = 12L THEN 10L
      WHEN 5L = 13L THEN 10L
      WHEN 5L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `ADMIDATE`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    6L AS `ordinal`,
    CASE
      WHEN 6L = 10L THEN 10L
      WHEN 6L = 5L THEN 10L
      WHEN 6L = 12L THEN 10L
      WHEN 6L = 13L THEN 10L
      WHEN 6L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ADMIMETH` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    7L AS `ordinal`,
    CASE
      WHEN 7L = 10L THEN 10L
      WHEN 7L = 5L THEN 10L
      WHEN 7L = 12L THEN 10L
      WHEN 7L = 13L THEN 10L
      WHEN 7L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ADMISORC` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    8L AS `ordinal`,
    CASE
      WHEN 8L = 10L THEN 10L
      WHEN 8L = 5L THEN 10L
      WHEN 8L = 12L THEN 10L
      WHEN 8L = 13L THEN 10L
      WHEN 8L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ADMINCAT` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    9L AS `ordinal`,
    CASE
      WHEN 9L = 10L THEN 10L
      WHEN 9L = 5L THEN 10L
      WHEN 9L = 12L THEN 10L
      WHEN 9L = 13L THEN 10L
      WHEN 9L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`CLASSPAT` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    10L AS `ordinal`,
    CASE
      WHEN 10L = 10L THEN 10L
      WHEN 10L = 5L THEN 10L
      WHEN 10L = 12L THEN 10L
      WHEN 10L = 13L THEN 10L
      WHEN 10L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `ELECDATE`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    11L AS `ordinal`,
    CASE
      WHEN 11L = 10L THEN 10L
      WHEN 11L = 5L THEN 10L
      WHEN 11L = 12L THEN 10L
      WHEN 11L = 13L THEN 10L
      WHEN 11L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`ELECDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    12L AS `ordinal`,
    CASE
      WHEN 12L = 10L THEN 10L
      WHEN 12L = 5L THEN 10L
      WHEN 12L = 12L THEN 10L
      WHEN 12L = 13L THEN 10L
      WHEN 12L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `EPISTART`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    13L AS `ordinal`,
    CASE
      WHEN 13L = 10L THEN 10L
      WHEN 13L = 5L THEN 10L
      WHEN 13L = 12L THEN 10L
      WHEN 13L = 13L THEN 10L
      WHEN 13L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `EPIEND`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    14L AS `ordinal`,
    CASE
      WHEN 14L = 10L THEN 10L
      WHEN 14L = 5L THEN 10L
      WHEN 14L = 12L THEN 10L
      WHEN 14L = 13L THEN 10L
      WHEN 14L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`EPIORDER` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    15L AS `ordinal`,
    CASE
      WHEN 15L = 10L THEN 10L
      WHEN 15L = 5L THEN 10L
      WHEN 15L = 12L THEN 10L
      WHEN 15L = 13L THEN 10L
      WHEN 15L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`EPISTAT` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    16L AS `ordinal`,
    CASE
      WHEN 16L = 10L THEN 10L
      WHEN 16L = 5L THEN 10L
      WHEN 16L = 12L THEN 10L
      WHEN 16L = 13L THEN 10L
      WHEN 16L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`EPITYPE` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    17L AS `ordinal`,
    CASE
      WHEN 17L = 10L THEN 10L
      WHEN 17L = 5L THEN 10L
      WHEN 17L = 12L THEN 10L
      WHEN 17L = 13L THEN 10L
      WHEN 17L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`EPIDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    18L AS `ordinal`,
    CASE
      WHEN 18L = 10L THEN 10L
      WHEN 18L = 5L THEN 10L
      WHEN 18L = 12L THEN 10L
      WHEN 18L = 13L THEN 10L
      WHEN 18L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `DISDATE`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    19L AS `ordinal`,
    CASE
      WHEN 19L = 10L THEN 10L
      WHEN 19L = 5L THEN 10L
      WHEN 19L = 12L THEN 10L
      WHEN 19L = 13L THEN 10L
      WHEN 19L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DISDEST` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    20L AS `ordinal`,
    CASE
      WHEN 20L = 10L THEN 10L
      WHEN 20L = 5L THEN 10L
      WHEN 20L = 12L THEN 10L
      WHEN 20L = 13L THEN 10L
      WHEN 20L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DISMETH` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    21L AS `ordinal`,
    CASE
      WHEN 21L = 10L THEN 10L
      WHEN 21L = 5L THEN 10L
      WHEN 21L = 12L THEN 10L
      WHEN 21L = 13L THEN 10L
      WHEN 21L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`SPELDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    22L AS `ordinal`,
    CASE
      WHEN 22L = 10L THEN 10L
      WHEN 22L = 5L THEN 10L
      WHEN 22L = 12L THEN 10L
      WHEN 22L = 13L THEN 10L
      WHEN 22L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('YEAR', `MYDOB`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    23L AS `ordinal`,
    CASE
      WHEN 23L = 10L THEN 10L
      WHEN 23L = 5L THEN 10L
      WHEN 23L = 12L THEN 10L
      WHEN 23L = 13L THEN 10L
      WHEN 23L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`SEX` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    24L AS `ordinal`,
    CASE
      WHEN 24L = 10L THEN 10L
      WHEN 24L = 5L THEN 10L
      WHEN 24L = 12L THEN 10L
      WHEN 24L = 13L THEN 10L
      WHEN 24L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ETHNOS` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    25L AS `ordinal`,
    CASE
      WHEN 25L = 10L THEN 10L
      WHEN 25L = 5L THEN 10L
      WHEN 25L = 12L THEN 10L
      WHEN 25L = 13L THEN 10L
      WHEN 25L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`MAINSPEF` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    26L AS `ordinal`,
    CASE
      WHEN 26L = 10L THEN 10L
      WHEN 26L = 5L THEN 10L
      WHEN 26L = 12L THEN 10L
      WHEN 26L = 13L THEN 10L
      WHEN 26L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TRETSPEF` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    27L AS `ordinal`,
    CASE
      WHEN 27L = 10L THEN 10L
      WHEN 27L = 5L THEN 10L
      WHEN 27L = 12L THEN 10L
      WHEN 27L = 13L THEN 10L
      WHEN 27L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    28L AS `ordinal`,
    CASE
      WHEN 28L = 10L THEN 10L
      WHEN 28L = 5L THEN 10L
      WHEN 28L = 12L THEN 10L
      WHEN 28L = 13L THEN 10L
      WHEN 28L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    29L AS `ordinal`,
    CASE
      WHEN 29L = 10L THEN 10L
      WHEN 29L = 5L THEN 10L
      WHEN 29L = 12L THEN 10L
      WHEN 29L = 13L THEN 10L
      WHEN 29L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    30L AS `ordinal`,
    CASE
      WHEN 30L = 10L THEN 10L
      WHEN 30L = 5L THEN 10L
      WHEN 30L = 12L THEN 10L
      WHEN 30L = 13L THEN 10L
      WHEN 30L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    31L AS `ordinal`,
    CASE
      WHEN 31L = 10L THEN 10L
      WHEN 31L = 5L THEN 10L
      WHEN 31L = 12L THEN 10L
      WHEN 31L = 13L THEN 10L
      WHEN 31L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    32L AS `ordinal`,
    CASE
      WHEN 32L = 10L THEN 10L
      WHEN 32L = 5L THEN 10L
      WHEN 32L = 12L THEN 10L
      WHEN 32L = 13L THEN 10L
      WHEN 32L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    33L AS `ordinal`,
    CASE
      WHEN 33L = 10L THEN 10L
      WHEN 33L = 5L THEN 10L
      WHEN 33L = 12L THEN 10L
      WHEN 33L = 13L THEN 10L
      WHEN 33L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_07` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    34L AS `ordinal`,
    CASE
      WHEN 34L = 10L THEN 10L
      WHEN 34L = 5L THEN 10L
      WHEN 34L = 12L THEN 10L
      WHEN 34L = 13L THEN 10L
      WHEN 34L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_08` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    35L AS `ordinal`,
    CASE
      WHEN 35L = 10L THEN 10L
      WHEN 35L = 5L THEN 10L
      WHEN 35L = 12L THEN 10L
      WHEN 35L = 13L THEN 10L
      WHEN 35L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_09` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    36L AS `ordinal`,
    CASE
      WHEN 36L = 10L THEN 10L
      WHEN 36L = 5L THEN 10L
      WHEN 36L = 12L THEN 10L
      WHEN 36L = 13L THEN 10L
      WHEN 36L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_10` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    37L AS `ordinal`,
    CASE
      WHEN 37L = 10L THEN 10L
      WHEN 37L = 5L THEN 10L
      WHEN 37L = 12L THEN 10L
      WHEN 37L = 13L THEN 10L
      WHEN 37L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    38L AS `ordinal`,
    CASE
      WHEN 38L = 10L THEN 10L
      WHEN 38L = 5L THEN 10L
      WHEN 38L = 12L THEN 10L
      WHEN 38L = 13L THEN 10L
      WHEN 38L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    39L AS `ordinal`,
    CASE
      WHEN 39L = 10L THEN 10L
      WHEN 39L = 5L THEN 10L
      WHEN 39L = 12L THEN 10L
      WHEN 39L = 13L THEN 10L
      WHEN 39L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    40L AS `ordinal`,
    CASE
      WHEN 40L = 10L THEN 10L
      WHEN 40L = 5L THEN 10L
      WHEN 40L = 12L THEN 10L
      WHEN 40L = 13L THEN 10L
      WHEN 40L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    41L AS `ordinal`,
    CASE
      WHEN 41L = 10L THEN 10L
      WHEN 41L = 5L THEN 10L
      WHEN 41L = 12L THEN 10L
      WHEN 41L = 13L THEN 10L
      WHEN 41L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    42L AS `ordinal`,
    CASE
      WHEN 42L = 10L THEN 10L
      WHEN 42L = 5L THEN 10L
      WHEN 42L = 12L THEN 10L
      WHEN 42L = 13L THEN 10L
      WHEN 42L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    43L AS `ordinal`,
    CASE
      WHEN 43L = 10L THEN 10L
      WHEN 43L = 5L THEN 10L
      WHEN 43L = 12L THEN 10L
      WHEN 43L = 13L THEN 10L
      WHEN 43L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `OPDATE_01`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    44L AS `ordinal`,
    CASE
      WHEN 44L = 10L THEN 10L
      WHEN 44L = 5L THEN 10L
      WHEN 44L = 12L THEN 10L
      WHEN 44L = 13L THEN 10L
      WHEN 44L = 18L THEN 10L
      ELSE CAST(NULL AS BIGINT)
    END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`RESLADST` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_apc`
  ) AS `o`
  GROUP BY `value`, `num`
) AS `k`
LEFT JOIN (
  SELECT
    `seq`,
    `value`
  FROM `adg_qa_items`
  WHERE (`seq` IS NOT NULL) AND (`stat` = 'value')
  GROUP BY `seq`, `value`
) AS `s`
  ON (`s`.`seq` = `k`.`seq`) AND (`s`.`value` = `k`.`value`)
LEFT JOIN (
  SELECT
    CAST(NULL AS BIGINT) AS `ordinal`,
    CAST(NULL AS STRING) AS `value`
  WHERE FALSE
) AS `hm`
  ON (`hm`.`ordinal` = `k`.`ordinal`) AND (`hm`.`value` = `k`.`value`)
LEFT JOIN `adg_qa_items` AS `v`
  ON (`v`.`ordinal` = `k`.`ordinal`) AND (`v`.`stat` = 'value') AND (`v`.`value` = `k`.`value`)
LEFT JOIN `adg_qa_items` AS `z`
  ON (`z`.`ordinal` = `k`.`ordinal`) AND (`z`.`stat` = 'null') AND (`k`.`value` IS NULL) AND (`k`.`num` IS NULL)
LEFT JOIN `adg_qa_items` AS `p`
  ON (`p`.`ordinal` = `k`.`ordinal`) AND (`p`.`point` = `k`.`num`)
LEFT JOIN `adg_qa_items` AS `b`
  ON (`b`.`ordinal` = `k`.`ordinal`) AND (`b`.`stat` = 'bin') AND (`k`.`num` >= `b`.`lo`) AND (`k`.`num` < `b`.`hi`);

CREATE OR REPLACE TEMPORARY VIEW `adg_qa_counts` AS SELECT * FROM `adg_scratch`.`adg_qa_counts`;

-- [5/9] QA verdicts, bound to the output they checked (its provenance); export requires them clean
CREATE OR REPLACE TABLE `adg_output`.`hes_apc_qa` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `pv`.`generated_at`,
  `pv`.`metadata_hash`,
  `v`.`check_id`,
  `v`.`field`,
  `v`.`passed`,
  `v`.`measure`,
  `v`.`detail`,
  current_timestamp() AS `checked_at`
FROM (
  SELECT
    'row-count' AS `check_id`,
    CAST(NULL AS STRING) AS `field`,
    coalesce((SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_apc_provenance`), -1L) = (SELECT count(*) FROM `adg_output`.`hes_apc`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc`) AS DOUBLE) AS `measure`,
    'expected ' || coalesce(CAST((SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_apc_provenance`) AS STRING), '(unknown: the entities differ from those asked for)') AS `detail`
  UNION ALL
  SELECT
    'released-values' AS `check_id`,
    `f`.`field`,
    `f`.`outside` = 0L AS `passed`,
    CAST(`f`.`outside` AS DOUBLE) AS `measure`,
    'generated rows outside the released values, bins and buckets' AS `detail`
  FROM (
    SELECT
      `p`.`ordinal`,
      `p`.`field`,
      `p`.`kind`,
      max(`p`.`rows`) AS `rows`,
      max(`p`.`outside`) AS `outside`,
      sum(CASE
        WHEN ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`) < 0e+0 THEN 0e+0 - ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`)
        ELSE (CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`
      END) / 2e+0 AS `tvd`,
      sum(CASE
        WHEN (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`) > 0e+0 THEN ((CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)) * (CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`))) / (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)
        ELSE 0e+0
      END) AS `chi_square`,
      count(`p`.`stat`) - 1L AS `degrees_of_freedom`,
      sum(CASE WHEN `p`.`stat` = 'null' THEN `p`.`released_share` ELSE 0e+0 END) AS `null_released`,
      sum(CASE
        WHEN `p`.`stat` = 'null' THEN CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)
        ELSE 0e+0
      END) AS `null_generated`
    FROM (
      SELECT
        `g`.`ordinal`,
        `g`.`field`,
        `g`.`kind`,
        `c`.`stat`,
        `c`.`released_share`,
        `c`.`generated`,
        `t`.`rows` AS `rows`,
        `t`.`outside` AS `outside`
      FROM `adg_fields` AS `g`
      LEFT JOIN (
        SELECT
          `c`.`ordinal`,
          `c`.`cell`,
          `it`.`stat`,
          `it`.`value`,
          `it`.`lo`,
          `it`.`hi`,
          CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
          coalesce(`x`.`generated`, 0L) AS `generated`
        FROM (
          SELECT
            `r`.`ordinal`,
            `r`.`cell`,
            sum(`r`.`n_rows`) AS `released`
          FROM (
            SELECT
              `i`.`ordinal`,
              `i`.`cell`,
              `i`.`n_rows` AS `n_rows`
            FROM `adg_qa_items` AS `i`
          ) AS `r`
          GROUP BY `r`.`ordinal`, `r`.`cell`
        ) AS `c`
        LEFT JOIN (
          SELECT
            `ordinal`,
            `cell`,
            sum(`n`) AS `generated`
          FROM `adg_qa_counts`
          WHERE `cell` IS NOT NULL
          GROUP BY `ordinal`, `cell`
        ) AS `x`
          ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
        JOIN `adg_qa_items` AS `it`
          ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
      ) AS `c`
        ON `c`.`ordinal` = `g`.`ordinal`
      LEFT JOIN (
        SELECT
          `a`.`ordinal`,
          sum(`a`.`n`) AS `rows`,
          sum(CASE
            WHEN (`a`.`cell` IS NULL) AND (NOT ((`a`.`value` IS NULL) AND (`a`.`num` IS NULL) AND (`r`.`items` IS NULL))) AND (NOT (`a`.`in_sequence`)) THEN `a`.`n`
            ELSE 0L
          END) AS `outside`
        FROM `adg_qa_counts` AS `a`
        LEFT JOIN (
          SELECT
            `ordinal`,
            count(*) AS `items`
          FROM `adg_qa_items`
          GROUP BY `ordinal`
        ) AS `r`
          ON `r`.`ordinal` = `a`.`ordinal`
        GROUP BY `a`.`ordinal`
      ) AS `t`
        ON `t`.`ordinal` = `g`.`ordinal`
    ) AS `p`
    GROUP BY `p`.`ordinal`, `p`.`field`, `p`.`kind`
  ) AS `f`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'GPPRAC' AS `field`,
    (SELECT count(`GPPRAC`) FROM `adg_output`.`hes_apc`) = 0L AS `passed`,
    CAST((SELECT count(`GPPRAC`) FROM `adg_output`.`hes_apc`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'TOKEN_PERSON_ID' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE (`TOKEN_PERSON_ID` IS NULL) OR (NOT ((CAST(`TOKEN_PERSON_ID` AS STRING) RLIKE '^ART[0-9A-Z]{10}\u0024')))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE (`TOKEN_PERSON_ID` IS NULL) OR (NOT ((CAST(`TOKEN_PERSON_ID` AS STRING) RLIKE '^ART[0-9A-Z]{10}\u0024')))) AS DOUBLE) AS `measure`,
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'TOKEN_PERSON_ID' AS `field`,
    (SELECT count(DISTINCT `TOKEN_PERSON_ID`) FROM `adg_output`.`hes_apc`) = (SELECT `entities_with_rows` FROM `adg_output`.`hes_apc_provenance`) AS `passed`,
    CAST((SELECT `entities_with_rows` FROM `adg_output`.`hes_apc_provenance`) - (SELECT count(DISTINCT `TOKEN_PERSON_ID`) FROM `adg_output`.`hes_apc`) AS DOUBLE) AS `measure`,
    'distinct values short of one per entity with rows' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'EPIKEY' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE (`EPIKEY` IS NULL) OR (NOT ((CAST(`EPIKEY` AS STRING) RLIKE '^99999[0-9]{7}\u0024')))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE (`EPIKEY` IS NULL) OR (NOT ((CAST(`EPIKEY` AS STRING) RLIKE '^99999[0-9]{7}\u0024')))) AS DOUBLE) AS `measure`,
    'values that are NULL or do not match 99999[0-9]{7}' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'EPIKEY' AS `field`,
    (SELECT count(DISTINCT `EPIKEY`) FROM `adg_output`.`hes_apc`) = (SELECT count(*) FROM `adg_output`.`hes_apc`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc`) - (SELECT count(DISTINCT `EPIKEY`) FROM `adg_output`.`hes_apc`) AS DOUBLE) AS `measure`,
    'distinct values short of one per row' AS `detail`
  UNION ALL
  SELECT
    'ordered-dates' AS `check_id`,
    'ELECDATE <= ADMIDATE <= EPISTART <= EPIEND <= DISDATE' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE (`ELECDATE` > `ADMIDATE`) OR (`ELECDATE` > `EPISTART`) OR (`ELECDATE` > `EPIEND`) OR (`ELECDATE` > `DISDATE`) OR (`ADMIDATE` > `EPISTART`) OR (`ADMIDATE` > `EPIEND`) OR (`ADMIDATE` > `DISDATE`) OR (`EPISTART` > `EPIEND`) OR (`EPISTART` > `DISDATE`) OR (`EPIEND` > `DISDATE`)) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE (`ELECDATE` > `ADMIDATE`) OR (`ELECDATE` > `EPISTART`) OR (`ELECDATE` > `EPIEND`) OR (`ELECDATE` > `DISDATE`) OR (`ADMIDATE` > `EPISTART`) OR (`ADMIDATE` > `EPIEND`) OR (`ADMIDATE` > `DISDATE`) OR (`EPISTART` > `EPIEND`) OR (`EPISTART` > `DISDATE`) OR (`EPIEND` > `DISDATE`)) AS DOUBLE) AS `measure`,
    'rows with two dates of the sequence out of order' AS `detail`
  UNION ALL
  SELECT
    'derived' AS `check_id`,
    'STARTAGE' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`STARTAGE` = CAST((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT)) OR ((`STARTAGE` IS NULL) AND (CAST((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`STARTAGE` = CAST((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT)) OR ((`STARTAGE` IS NULL) AND (CAST((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`EPISTART`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS `measure`,
    'rows whose value differs from the expression' AS `detail`
  UNION ALL
  SELECT
    'derived' AS `check_id`,
    'DIAG_4_CONCAT' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`DIAG_4_CONCAT` = CAST(CASE WHEN (`DIAG_4_01` IS NOT NULL) OR (`DIAG_4_02` IS NOT NULL) OR (`DIAG_4_03` IS NOT NULL) OR (`DIAG_4_04` IS NOT NULL) OR (`DIAG_4_05` IS NOT NULL) OR (`DIAG_4_06` IS NOT NULL) OR (`DIAG_4_07` IS NOT NULL) OR (`DIAG_4_08` IS NOT NULL) OR (`DIAG_4_09` IS NOT NULL) OR (`DIAG_4_10` IS NOT NULL) THEN substr((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END), CAST(2L AS INT), CAST(char_length((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END)) AS INT)) ELSE CAST(NULL AS STRING) END AS STRING)) OR ((`DIAG_4_CONCAT` IS NULL) AND (CAST(CASE WHEN (`DIAG_4_01` IS NOT NULL) OR (`DIAG_4_02` IS NOT NULL) OR (`DIAG_4_03` IS NOT NULL) OR (`DIAG_4_04` IS NOT NULL) OR (`DIAG_4_05` IS NOT NULL) OR (`DIAG_4_06` IS NOT NULL) OR (`DIAG_4_07` IS NOT NULL) OR (`DIAG_4_08` IS NOT NULL) OR (`DIAG_4_09` IS NOT NULL) OR (`DIAG_4_10` IS NOT NULL) THEN substr((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END), CAST(2L AS INT), CAST(char_length((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END)) AS INT)) ELSE CAST(NULL AS STRING) END AS STRING) IS NULL))), FALSE))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`DIAG_4_CONCAT` = CAST(CASE WHEN (`DIAG_4_01` IS NOT NULL) OR (`DIAG_4_02` IS NOT NULL) OR (`DIAG_4_03` IS NOT NULL) OR (`DIAG_4_04` IS NOT NULL) OR (`DIAG_4_05` IS NOT NULL) OR (`DIAG_4_06` IS NOT NULL) OR (`DIAG_4_07` IS NOT NULL) OR (`DIAG_4_08` IS NOT NULL) OR (`DIAG_4_09` IS NOT NULL) OR (`DIAG_4_10` IS NOT NULL) THEN substr((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END), CAST(2L AS INT), CAST(char_length((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END)) AS INT)) ELSE CAST(NULL AS STRING) END AS STRING)) OR ((`DIAG_4_CONCAT` IS NULL) AND (CAST(CASE WHEN (`DIAG_4_01` IS NOT NULL) OR (`DIAG_4_02` IS NOT NULL) OR (`DIAG_4_03` IS NOT NULL) OR (`DIAG_4_04` IS NOT NULL) OR (`DIAG_4_05` IS NOT NULL) OR (`DIAG_4_06` IS NOT NULL) OR (`DIAG_4_07` IS NOT NULL) OR (`DIAG_4_08` IS NOT NULL) OR (`DIAG_4_09` IS NOT NULL) OR (`DIAG_4_10` IS NOT NULL) THEN substr((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END), CAST(2L AS INT), CAST(char_length((CASE WHEN `DIAG_4_01` IS NOT NULL THEN ',' || `DIAG_4_01` ELSE '' END || CASE WHEN `DIAG_4_02` IS NOT NULL THEN ',' || `DIAG_4_02` ELSE '' END || CASE WHEN `DIAG_4_03` IS NOT NULL THEN ',' || `DIAG_4_03` ELSE '' END || CASE WHEN `DIAG_4_04` IS NOT NULL THEN ',' || `DIAG_4_04` ELSE '' END || CASE WHEN `DIAG_4_05` IS NOT NULL THEN ',' || `DIAG_4_05` ELSE '' END || CASE WHEN `DIAG_4_06` IS NOT NULL THEN ',' || `DIAG_4_06` ELSE '' END || CASE WHEN `DIAG_4_07` IS NOT NULL THEN ',' || `DIAG_4_07` ELSE '' END || CASE WHEN `DIAG_4_08` IS NOT NULL THEN ',' || `DIAG_4_08` ELSE '' END || CASE WHEN `DIAG_4_09` IS NOT NULL THEN ',' || `DIAG_4_09` ELSE '' END || CASE WHEN `DIAG_4_10` IS NOT NULL THEN ',' || `DIAG_4_10` ELSE '' END)) AS INT)) ELSE CAST(NULL AS STRING) END AS STRING) IS NULL))), FALSE))) AS DOUBLE) AS `measure`,
    'rows whose value differs from the expression' AS `detail`
  UNION ALL
  SELECT
    'derived' AS `check_id`,
    'DIAG_COUNT' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`DIAG_COUNT` = CAST(CASE WHEN `DIAG_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_06` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_07` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_08` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_09` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_10` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT)) OR ((`DIAG_COUNT` IS NULL) AND (CAST(CASE WHEN `DIAG_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_06` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_07` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_08` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_09` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_10` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`DIAG_COUNT` = CAST(CASE WHEN `DIAG_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_06` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_07` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_08` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_09` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_10` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT)) OR ((`DIAG_COUNT` IS NULL) AND (CAST(CASE WHEN `DIAG_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_06` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_07` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_08` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_09` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `DIAG_4_10` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS `measure`,
    'rows whose value differs from the expression' AS `detail`
  UNION ALL
  SELECT
    'derived' AS `check_id`,
    'OPERTN_COUNT' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`OPERTN_COUNT` = CAST(CASE WHEN `OPERTN_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_06` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT)) OR ((`OPERTN_COUNT` IS NULL) AND (CAST(CASE WHEN `OPERTN_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_06` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_apc` WHERE NOT (coalesce(((`OPERTN_COUNT` = CAST(CASE WHEN `OPERTN_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_06` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT)) OR ((`OPERTN_COUNT` IS NULL) AND (CAST(CASE WHEN `OPERTN_4_01` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_02` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_03` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_04` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_05` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `OPERTN_4_06` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS `measure`,
    'rows whose value differs from the expression' AS `detail`
) AS `v`
CROSS JOIN `adg_output`.`hes_apc_provenance` AS `pv`;

-- [6/9] Verdicts for the report
SELECT
  `q`.`check_id`,
  `q`.`field`,
  `q`.`passed`,
  `q`.`measure`,
  `q`.`detail`
FROM `adg_output`.`hes_apc_qa` AS `q`;

-- [7/9] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
SELECT
  *
FROM (
  SELECT
    `p`.`ordinal`,
    `p`.`field`,
    `p`.`kind`,
    max(`p`.`rows`) AS `rows`,
    max(`p`.`outside`) AS `outside`,
    sum(CASE
      WHEN ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`) < 0e+0 THEN 0e+0 - ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`)
      ELSE (CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`
    END) / 2e+0 AS `tvd`,
    sum(CASE
      WHEN (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`) > 0e+0 THEN ((CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)) * (CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`))) / (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)
      ELSE 0e+0
    END) AS `chi_square`,
    count(`p`.`stat`) - 1L AS `degrees_of_freedom`,
    sum(CASE WHEN `p`.`stat` = 'null' THEN `p`.`released_share` ELSE 0e+0 END) AS `null_released`,
    sum(CASE
      WHEN `p`.`stat` = 'null' THEN CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)
      ELSE 0e+0
    END) AS `null_generated`
  FROM (
    SELECT
      `g`.`ordinal`,
      `g`.`field`,
      `g`.`kind`,
      `c`.`stat`,
      `c`.`released_share`,
      `c`.`generated`,
      `t`.`rows` AS `rows`,
      `t`.`outside` AS `outside`
    FROM `adg_fields` AS `g`
    LEFT JOIN (
      SELECT
        `c`.`ordinal`,
        `c`.`cell`,
        `it`.`stat`,
        `it`.`value`,
        `it`.`lo`,
        `it`.`hi`,
        CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
        coalesce(`x`.`generated`, 0L) AS `generated`
      FROM (
        SELECT
          `r`.`ordinal`,
          `r`.`cell`,
          sum(`r`.`n_rows`) AS `released`
        FROM (
          SELECT
            `i`.`ordinal`,
            `i`.`cell`,
            `i`.`n_rows` AS `n_rows`
          FROM `adg_qa_items` AS `i`
        ) AS `r`
        GROUP BY `r`.`ordinal`, `r`.`cell`
      ) AS `c`
      LEFT JOIN (
        SELECT
          `ordinal`,
          `cell`,
          sum(`n`) AS `generated`
        FROM `adg_qa_counts`
        WHERE `cell` IS NOT NULL
        GROUP BY `ordinal`, `cell`
      ) AS `x`
        ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
      JOIN `adg_qa_items` AS `it`
        ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
    ) AS `c`
      ON `c`.`ordinal` = `g`.`ordinal`
    LEFT JOIN (
      SELECT
        `a`.`ordinal`,
        sum(`a`.`n`) AS `rows`,
        sum(CASE
          WHEN (`a`.`cell` IS NULL) AND (NOT ((`a`.`value` IS NULL) AND (`a`.`num` IS NULL) AND (`r`.`items` IS NULL))) AND (NOT (`a`.`in_sequence`)) THEN `a`.`n`
          ELSE 0L
        END) AS `outside`
      FROM `adg_qa_counts` AS `a`
      LEFT JOIN (
        SELECT
          `ordinal`,
          count(*) AS `items`
        FROM `adg_qa_items`
        GROUP BY `ordinal`
      ) AS `r`
        ON `r`.`ordinal` = `a`.`ordinal`
      GROUP BY `a`.`ordinal`
    ) AS `t`
      ON `t`.`ordinal` = `g`.`ordinal`
  ) AS `p`
  GROUP BY `p`.`ordinal`, `p`.`field`, `p`.`kind`
) AS `f`
ORDER BY `ordinal` NULLS LAST;

-- [8/9] Per released cell: released and generated shares, for the plots
SELECT
  *
FROM (
  SELECT
    `c`.`ordinal`,
    `c`.`cell`,
    `it`.`stat`,
    `it`.`value`,
    `it`.`lo`,
    `it`.`hi`,
    CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
    coalesce(`x`.`generated`, 0L) AS `generated`
  FROM (
    SELECT
      `r`.`ordinal`,
      `r`.`cell`,
      sum(`r`.`n_rows`) AS `released`
    FROM (
      SELECT
        `i`.`ordinal`,
        `i`.`cell`,
        `i`.`n_rows` AS `n_rows`
      FROM `adg_qa_items` AS `i`
    ) AS `r`
    GROUP BY `r`.`ordinal`, `r`.`cell`
  ) AS `c`
  LEFT JOIN (
    SELECT
      `ordinal`,
      `cell`,
      sum(`n`) AS `generated`
    FROM `adg_qa_counts`
    WHERE `cell` IS NOT NULL
    GROUP BY `ordinal`, `cell`
  ) AS `x`
    ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
  JOIN `adg_qa_items` AS `it`
    ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
) AS `c`
ORDER BY `ordinal` NULLS LAST, `cell` NULLS LAST;

-- [9/9] What the output came from
SELECT
  CAST(`generated_at` AS STRING) AS `generated_at`,
  `metadata_hash`,
  (SELECT count(*) FROM `adg_output`.`hes_apc`) AS `rows`,
  (SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_apc_provenance`) AS `expected_rows`
FROM `adg_output`.`hes_apc_provenance`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_op", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/9] Fields to check
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'FYEAR', 'categorical'),
  (2L, 'PROCODE3', 'categorical'),
  (3L, 'PROCODET', 'categorical'),
  (4L, 'SITETRET', 'categorical'),
  (5L, 'APPTDATE', 'date'),
  (6L, 'REQDATE', 'date'),
  (7L, 'WAITING', 'discrete'),
  (8L, 'ATTENDED', 'categorical'),
  (9L, 'FIRSTATT', 'categorical'),
  (10L, 'OUTCOME', 'categorical'),
  (11L, 'PRIORITY', 'categorical'),
  (12L, 'REFSOURC', 'categorical'),
  (13L, 'SERVTYPE', 'categorical'),
  (14L, 'STAFFTYP', 'categorical'),
  (15L, 'TRETSPEF', 'categorical'),
  (16L, 'MAINSPEF', 'categorical'),
  (17L, 'DIAG_4_01', 'categorical'),
  (18L, 'DIAG_4_02', 'categorical'),
  (19L, 'DIAG_4_03', 'categorical'),
  (20L, 'DIAG_4_04', 'categorical'),
  (21L, 'DIAG_4_05', 'categorical'),
  (22L, 'DIAG_4_06', 'categorical'),
  (23L, 'OPERTN_4_01', 'categorical'),
  (24L, 'OPERTN_4_02', 'categorical'),
  (25L, 'OPERTN_4_03', 'categorical'),
  (26L, 'OPERTN_4_04', 'categorical'),
  (27L, 'OPERTN_4_05', 'categorical'),
  (28L, 'OPERTN_4_06', 'categorical'),
  (29L, 'MYDOB', 'date'),
  (30L, 'SEX', 'categorical'),
  (31L, 'ETHNOS', 'categorical'),
  (32L, 'RESLADST', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [3/9] Released items of every field, each with the cell it is compared in
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

CREATE TABLE `adg_scratch`.`adg_qa_items` AS
SELECT
  `i`.`ordinal`,
  `i`.`item`,
  `i`.`stat`,
  `i`.`value`,
  `i`.`lo`,
  `i`.`hi`,
  `i`.`n_rows`,
  `i`.`point`,
  `i`.`seq`,
  coalesce(`x`.`bin_item`, `i`.`item`) AS `cell`
FROM (
  SELECT
    `g`.`ordinal`,
    `m`.`item`,
    `m`.`stat`,
    `m`.`value`,
    `m`.`lo`,
    `m`.`hi`,
    `m`.`n_rows`,
    CASE
      WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
      ELSE CAST(NULL AS DOUBLE)
    END AS `point`,
    CASE WHEN `g`.`ordinal` = 6L THEN 6L WHEN `g`.`ordinal` = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`
  FROM `adg_fields` AS `g`
  JOIN `adg_released`.`hes_op_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` IN ('null', 'value', 'bin')
) AS `i`
LEFT JOIN (
  SELECT
    `p`.`ordinal`,
    `p`.`item`,
    min(`b`.`item`) AS `bin_item`
  FROM (
    SELECT
      `g`.`ordinal`,
      `m`.`item`,
      `m`.`stat`,
      `m`.`value`,
      `m`.`lo`,
      `m`.`hi`,
      `m`.`n_rows`,
      CASE
        WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS `point`,
      CASE WHEN `g`.`ordinal` = 6L THEN 6L WHEN `g`.`ordinal` = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`
    FROM `adg_fields` AS `g`
    JOIN `adg_released`.`hes_op_metadata` AS `m`
      ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
    WHERE `m`.`stat` IN ('null', 'value', 'bin')
  ) AS `p`
  JOIN (
    SELECT
      `g`.`ordinal`,
      `m`.`item`,
      `m`.`stat`,
      `m`.`value`,
      `m`.`lo`,
      `m`.`hi`,
      `m`.`n_rows`,
      CASE
        WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS `point`,
      CASE WHEN `g`.`ordinal` = 6L THEN 6L WHEN `g`.`ordinal` = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`
    FROM `adg_fields` AS `g`
    JOIN `adg_released`.`hes_op_metadata` AS `m`
      ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
    WHERE `m`.`stat` IN ('null', 'value', 'bin')
  ) AS `b`
    ON (`b`.`ordinal` = `p`.`ordinal`) AND (`b`.`stat` = 'bin') AND (`p`.`point` >= `b`.`lo`) AND (`p`.`point` < `b`.`hi`)
  GROUP BY `p`.`ordinal`, `p`.`item`
) AS `x`
  ON (`x`.`ordinal` = `i`.`ordinal`) AND (`x`.`item` = `i`.`item`);

CREATE OR REPLACE TEMPORARY VIEW `adg_qa_items` AS SELECT * FROM `adg_scratch`.`adg_qa_items`;

-- [4/9] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;

CREATE TABLE `adg_scratch`.`adg_qa_counts` AS
SELECT
  `k`.`ordinal`,
  `k`.`value`,
  `k`.`num`,
  `k`.`n`,
  coalesce(coalesce(`v`.`cell`, `z`.`cell`), coalesce(`p`.`cell`, `b`.`cell`)) AS `cell`,
  (`s`.`seq` IS NOT NULL) OR (`hm`.`ordinal` IS NOT NULL) AS `in_sequence`
FROM (
  SELECT
    1L AS `ordinal`,
    CASE WHEN 1L = 6L THEN 6L WHEN 1L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`FYEAR` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    2L AS `ordinal`,
    CASE WHEN 2L = 6L THEN 6L WHEN 2L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PROCODE3` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    3L AS `ordinal`,
    CASE WHEN 3L = 6L THEN 6L WHEN 3L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PROCODET` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    4L AS `ordinal`,
    CASE WHEN 4L = 6L THEN 6L WHEN 4L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`SITETRET` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    5L AS `ordinal`,
    CASE WHEN 5L = 6L THEN 6L WHEN 5L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `APPTDATE`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    6L AS `ordinal`,
    CASE WHEN 6L = 6L THEN 6L WHEN 6L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `REQDATE`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    7L AS `ordinal`,
    CASE WHEN 7L = 6L THEN 6L WHEN 7L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`WAITING` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    8L AS `ordinal`,
    CASE WHEN 8L = 6L THEN 6L WHEN 8L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ATTENDED` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    9L AS `ordinal`,
    CASE WHEN 9L = 6L THEN 6L WHEN 9L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`FIRSTATT` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    10L AS `ordinal`,
    CASE WHEN 10L = 6L THEN 6L WHEN 10L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OUTCOME` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    11L AS `ordinal`,
    CASE WHEN 11L = 6L THEN 6L WHEN 11L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PRIORITY` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    12L AS `ordinal`,
    CASE WHEN 12L = 6L THEN 6L WHEN 12L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`REFSOURC` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    13L AS `ordinal`,
    CASE WHEN 13L = 6L THEN 6L WHEN 13L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`SERVTYPE` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    14L AS `ordinal`,
    CASE WHEN 14L = 6L THEN 6L WHEN 14L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`STAFFTYP` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    15L AS `ordinal`,
    CASE WHEN 15L = 6L THEN 6L WHEN 15L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TRETSPEF` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    16L AS `ordinal`,
    CASE WHEN 16L = 6L THEN 6L WHEN 16L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`MAINSPEF` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    17L AS `ordinal`,
    CASE WHEN 17L = 6L THEN 6L WHEN 17L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    18L AS `ordinal`,
    CASE WHEN 18L = 6L THEN 6L WHEN 18L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    19L AS `ordinal`,
    CASE WHEN 19L = 6L THEN 6L WHEN 19L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    20L AS `ordinal`,
    CASE WHEN 20L = 6L THEN 6L WHEN 20L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    21L AS `ordinal`,
    CASE WHEN 21L = 6L THEN 6L WHEN 21L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    22L AS `ordinal`,
    CASE WHEN 22L = 6L THEN 6L WHEN 22L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_4_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    23L AS `ordinal`,
    CASE WHEN 23L = 6L THEN 6L WHEN 23L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    24L AS `ordinal`,
    CASE WHEN 24L = 6L THEN 6L WHEN 24L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    25L AS `ordinal`,
    CASE WHEN 25L = 6L THEN 6L WHEN 25L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    26L AS `ordinal`,
    CASE WHEN 26L = 6L THEN 6L WHEN 26L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    27L AS `ordinal`,
    CASE WHEN 27L = 6L THEN 6L WHEN 27L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    28L AS `ordinal`,
    CASE WHEN 28L = 6L THEN 6L WHEN 28L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`OPERTN_4_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    29L AS `ordinal`,
    CASE WHEN 29L = 6L THEN 6L WHEN 29L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('YEAR', `MYDOB`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    30L AS `ordinal`,
    CASE WHEN 30L = 6L THEN 6L WHEN 30L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`SEX` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    31L AS `ordinal`,
    CASE WHEN 31L = 6L THEN 6L WHEN 31L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ETHNOS` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    32L AS `ordinal`,
    CASE WHEN 32L = 6L THEN 6L WHEN 32L = 5L THEN 6L ELSE CAST(NULL AS BIGINT) END AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`RESLADST` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_op`
  ) AS `o`
  GROUP BY `value`, `num`
) AS `k`
LEFT JOIN (
  SELECT
    `seq`,
    `value`
  FROM `adg_qa_items`
  WHERE (`seq` IS NOT NULL) AND (`stat` = 'value')
  GROUP BY `seq`, `value`
) AS `s`
  ON (`s`.`seq` = `k`.`seq`) AND (`s`.`value` = `k`.`value`)
LEFT JOIN (
  SELECT
    29L AS `ordinal`,
    `m`.`value`
  FROM `adg_released`.`hes_apc_metadata` AS `m`
  WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'value')
  GROUP BY `m`.`value`
  UNION ALL
  SELECT
    30L AS `ordinal`,
    `m`.`value`
  FROM `adg_released`.`hes_apc_metadata` AS `m`
  WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'value')
  GROUP BY `m`.`value`
  UNION ALL
  SELECT
    31L AS `ordinal`,
    `m`.`value`
  FROM `adg_released`.`hes_apc_metadata` AS `m`
  WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'value')
  GROUP BY `m`.`value`
) AS `hm`
  ON (`hm`.`ordinal` = `k`.`ordinal`) AND (`hm`.`value` = `k`.`value`)
LEFT JOIN `adg_qa_items` AS `v`
  ON (`v`.`ordinal` = `k`.`ordinal`) AND (`v`.`stat` = 'value') AND (`v`.`value` = `k`.`value`)
LEFT JOIN `adg_qa_items` AS `z`
  ON (`z`.`ordinal` = `k`.`ordinal`) AND (`z`.`stat` = 'null') AND (`k`.`value` IS NULL) AND (`k`.`num` IS NULL)
LEFT JOIN `adg_qa_items` AS `p`
  ON (`p`.`ordinal` = `k`.`ordinal`) AND (`p`.`point` = `k`.`num`)
LEFT JOIN `adg_qa_items` AS `b`
  ON (`b`.`ordinal` = `k`.`ordinal`) AND (`b`.`stat` = 'bin') AND (`k`.`num` >= `b`.`lo`) AND (`k`.`num` < `b`.`hi`);

CREATE OR REPLACE TEMPORARY VIEW `adg_qa_counts` AS SELECT * FROM `adg_scratch`.`adg_qa_counts`;

-- [5/9] QA verdicts, bound to the output they checked (its provenance); export requires them clean
CREATE OR REPLACE TABLE `adg_output`.`hes_op_qa` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `pv`.`generated_at`,
  `pv`.`metadata_hash`,
  `v`.`check_id`,
  `v`.`field`,
  `v`.`passed`,
  `v`.`measure`,
  `v`.`detail`,
  current_timestamp() AS `checked_at`
FROM (
  SELECT
    'row-count' AS `check_id`,
    CAST(NULL AS STRING) AS `field`,
    coalesce((SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_op_provenance`), -1L) = (SELECT count(*) FROM `adg_output`.`hes_op`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_op`) AS DOUBLE) AS `measure`,
    'expected ' || coalesce(CAST((SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_op_provenance`) AS STRING), '(unknown: the entities differ from those asked for)') AS `detail`
  UNION ALL
  SELECT
    'released-values' AS `check_id`,
    `f`.`field`,
    `f`.`outside` = 0L AS `passed`,
    CAST(`f`.`outside` AS DOUBLE) AS `measure`,
    'generated rows outside the released values, bins and buckets' AS `detail`
  FROM (
    SELECT
      `p`.`ordinal`,
      `p`.`field`,
      `p`.`kind`,
      max(`p`.`rows`) AS `rows`,
      max(`p`.`outside`) AS `outside`,
      sum(CASE
        WHEN ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`) < 0e+0 THEN 0e+0 - ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`)
        ELSE (CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`
      END) / 2e+0 AS `tvd`,
      sum(CASE
        WHEN (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`) > 0e+0 THEN ((CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)) * (CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`))) / (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)
        ELSE 0e+0
      END) AS `chi_square`,
      count(`p`.`stat`) - 1L AS `degrees_of_freedom`,
      sum(CASE WHEN `p`.`stat` = 'null' THEN `p`.`released_share` ELSE 0e+0 END) AS `null_released`,
      sum(CASE
        WHEN `p`.`stat` = 'null' THEN CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)
        ELSE 0e+0
      END) AS `null_generated`
    FROM (
      SELECT
        `g`.`ordinal`,
        `g`.`field`,
        `g`.`kind`,
        `c`.`stat`,
        `c`.`released_share`,
        `c`.`generated`,
        `t`.`rows` AS `rows`,
        `t`.`outside` AS `outside`
      FROM `adg_fields` AS `g`
      LEFT JOIN (
        SELECT
          `c`.`ordinal`,
          `c`.`cell`,
          `it`.`stat`,
          `it`.`value`,
          `it`.`lo`,
          `it`.`hi`,
          CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
          coalesce(`x`.`generated`, 0L) AS `generated`
        FROM (
          SELECT
            `r`.`ordinal`,
            `r`.`cell`,
            sum(`r`.`n_rows`) AS `released`
          FROM (
            SELECT
              `i`.`ordinal`,
              `i`.`cell`,
              `i`.`n_rows` AS `n_rows`
            FROM `adg_qa_items` AS `i`
          ) AS `r`
          GROUP BY `r`.`ordinal`, `r`.`cell`
        ) AS `c`
        LEFT JOIN (
          SELECT
            `ordinal`,
            `cell`,
            sum(`n`) AS `generated`
          FROM `adg_qa_counts`
          WHERE `cell` IS NOT NULL
          GROUP BY `ordinal`, `cell`
        ) AS `x`
          ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
        JOIN `adg_qa_items` AS `it`
          ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
      ) AS `c`
        ON `c`.`ordinal` = `g`.`ordinal`
      LEFT JOIN (
        SELECT
          `a`.`ordinal`,
          sum(`a`.`n`) AS `rows`,
          sum(CASE
            WHEN (`a`.`cell` IS NULL) AND (NOT ((`a`.`value` IS NULL) AND (`a`.`num` IS NULL) AND (`r`.`items` IS NULL))) AND (NOT (`a`.`in_sequence`)) THEN `a`.`n`
            ELSE 0L
          END) AS `outside`
        FROM `adg_qa_counts` AS `a`
        LEFT JOIN (
          SELECT
            `ordinal`,
            count(*) AS `items`
          FROM `adg_qa_items`
          GROUP BY `ordinal`
        ) AS `r`
          ON `r`.`ordinal` = `a`.`ordinal`
        GROUP BY `a`.`ordinal`
      ) AS `t`
        ON `t`.`ordinal` = `g`.`ordinal`
    ) AS `p`
    GROUP BY `p`.`ordinal`, `p`.`field`, `p`.`kind`
  ) AS `f`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'GPPRAC' AS `field`,
    (SELECT count(`GPPRAC`) FROM `adg_output`.`hes_op`) = 0L AS `passed`,
    CAST((SELECT count(`GPPRAC`) FROM `adg_output`.`hes_op`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'TOKEN_PERSON_ID' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_op` WHERE (`TOKEN_PERSON_ID` IS NULL) OR (NOT ((CAST(`TOKEN_PERSON_ID` AS STRING) RLIKE '^ART[0-9A-Z]{10}\u0024')))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_op` WHERE (`TOKEN_PERSON_ID` IS NULL) OR (NOT ((CAST(`TOKEN_PERSON_ID` AS STRING) RLIKE '^ART[0-9A-Z]{10}\u0024')))) AS DOUBLE) AS `measure`,
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'TOKEN_PERSON_ID' AS `field`,
    (SELECT count(DISTINCT `TOKEN_PERSON_ID`) FROM `adg_output`.`hes_op`) = (SELECT `entities_with_rows` FROM `adg_output`.`hes_op_provenance`) AS `passed`,
    CAST((SELECT `entities_with_rows` FROM `adg_output`.`hes_op_provenance`) - (SELECT count(DISTINCT `TOKEN_PERSON_ID`) FROM `adg_output`.`hes_op`) AS DOUBLE) AS `measure`,
    'distinct values short of one per entity with rows' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'ATTENDKEY' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_op` WHERE (`ATTENDKEY` IS NULL) OR (NOT ((CAST(`ATTENDKEY` AS STRING) RLIKE '^99999[0-9]{7}\u0024')))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_op` WHERE (`ATTENDKEY` IS NULL) OR (NOT ((CAST(`ATTENDKEY` AS STRING) RLIKE '^99999[0-9]{7}\u0024')))) AS DOUBLE) AS `measure`,
    'values that are NULL or do not match 99999[0-9]{7}' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'ATTENDKEY' AS `field`,
    (SELECT count(DISTINCT `ATTENDKEY`) FROM `adg_output`.`hes_op`) = (SELECT count(*) FROM `adg_output`.`hes_op`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_op`) - (SELECT count(DISTINCT `ATTENDKEY`) FROM `adg_output`.`hes_op`) AS DOUBLE) AS `measure`,
    'distinct values short of one per row' AS `detail`
  UNION ALL
  SELECT
    'ordered-dates' AS `check_id`,
    'REQDATE <= APPTDATE' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_op` WHERE `REQDATE` > `APPTDATE`) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_op` WHERE `REQDATE` > `APPTDATE`) AS DOUBLE) AS `measure`,
    'rows with two dates of the sequence out of order' AS `detail`
  UNION ALL
  SELECT
    'derived' AS `check_id`,
    'APPTAGE' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_op` WHERE NOT (coalesce(((`APPTAGE` = CAST((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT)) OR ((`APPTAGE` IS NULL) AND (CAST((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_op` WHERE NOT (coalesce(((`APPTAGE` = CAST((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT)) OR ((`APPTAGE` IS NULL) AND (CAST((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`APPTDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS `measure`,
    'rows whose value differs from the expression' AS `detail`
) AS `v`
CROSS JOIN `adg_output`.`hes_op_provenance` AS `pv`;

-- [6/9] Verdicts for the report
SELECT
  `q`.`check_id`,
  `q`.`field`,
  `q`.`passed`,
  `q`.`measure`,
  `q`.`detail`
FROM `adg_output`.`hes_op_qa` AS `q`;

-- [7/9] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
SELECT
  *
FROM (
  SELECT
    `p`.`ordinal`,
    `p`.`field`,
    `p`.`kind`,
    max(`p`.`rows`) AS `rows`,
    max(`p`.`outside`) AS `outside`,
    sum(CASE
      WHEN ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`) < 0e+0 THEN 0e+0 - ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`)
      ELSE (CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`
    END) / 2e+0 AS `tvd`,
    sum(CASE
      WHEN (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`) > 0e+0 THEN ((CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)) * (CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`))) / (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)
      ELSE 0e+0
    END) AS `chi_square`,
    count(`p`.`stat`) - 1L AS `degrees_of_freedom`,
    sum(CASE WHEN `p`.`stat` = 'null' THEN `p`.`released_share` ELSE 0e+0 END) AS `null_released`,
    sum(CASE
      WHEN `p`.`stat` = 'null' THEN CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)
      ELSE 0e+0
    END) AS `null_generated`
  FROM (
    SELECT
      `g`.`ordinal`,
      `g`.`field`,
      `g`.`kind`,
      `c`.`stat`,
      `c`.`released_share`,
      `c`.`generated`,
      `t`.`rows` AS `rows`,
      `t`.`outside` AS `outside`
    FROM `adg_fields` AS `g`
    LEFT JOIN (
      SELECT
        `c`.`ordinal`,
        `c`.`cell`,
        `it`.`stat`,
        `it`.`value`,
        `it`.`lo`,
        `it`.`hi`,
        CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
        coalesce(`x`.`generated`, 0L) AS `generated`
      FROM (
        SELECT
          `r`.`ordinal`,
          `r`.`cell`,
          sum(`r`.`n_rows`) AS `released`
        FROM (
          SELECT
            `i`.`ordinal`,
            `i`.`cell`,
            `i`.`n_rows` AS `n_rows`
          FROM `adg_qa_items` AS `i`
        ) AS `r`
        GROUP BY `r`.`ordinal`, `r`.`cell`
      ) AS `c`
      LEFT JOIN (
        SELECT
          `ordinal`,
          `cell`,
          sum(`n`) AS `generated`
        FROM `adg_qa_counts`
        WHERE `cell` IS NOT NULL
        GROUP BY `ordinal`, `cell`
      ) AS `x`
        ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
      JOIN `adg_qa_items` AS `it`
        ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
    ) AS `c`
      ON `c`.`ordinal` = `g`.`ordinal`
    LEFT JOIN (
      SELECT
        `a`.`ordinal`,
        sum(`a`.`n`) AS `rows`,
        sum(CASE
          WHEN (`a`.`cell` IS NULL) AND (NOT ((`a`.`value` IS NULL) AND (`a`.`num` IS NULL) AND (`r`.`items` IS NULL))) AND (NOT (`a`.`in_sequence`)) THEN `a`.`n`
          ELSE 0L
        END) AS `outside`
      FROM `adg_qa_counts` AS `a`
      LEFT JOIN (
        SELECT
          `ordinal`,
          count(*) AS `items`
        FROM `adg_qa_items`
        GROUP BY `ordinal`
      ) AS `r`
        ON `r`.`ordinal` = `a`.`ordinal`
      GROUP BY `a`.`ordinal`
    ) AS `t`
      ON `t`.`ordinal` = `g`.`ordinal`
  ) AS `p`
  GROUP BY `p`.`ordinal`, `p`.`field`, `p`.`kind`
) AS `f`
ORDER BY `ordinal` NULLS LAST;

-- [8/9] Per released cell: released and generated shares, for the plots
SELECT
  *
FROM (
  SELECT
    `c`.`ordinal`,
    `c`.`cell`,
    `it`.`stat`,
    `it`.`value`,
    `it`.`lo`,
    `it`.`hi`,
    CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
    coalesce(`x`.`generated`, 0L) AS `generated`
  FROM (
    SELECT
      `r`.`ordinal`,
      `r`.`cell`,
      sum(`r`.`n_rows`) AS `released`
    FROM (
      SELECT
        `i`.`ordinal`,
        `i`.`cell`,
        `i`.`n_rows` AS `n_rows`
      FROM `adg_qa_items` AS `i`
    ) AS `r`
    GROUP BY `r`.`ordinal`, `r`.`cell`
  ) AS `c`
  LEFT JOIN (
    SELECT
      `ordinal`,
      `cell`,
      sum(`n`) AS `generated`
    FROM `adg_qa_counts`
    WHERE `cell` IS NOT NULL
    GROUP BY `ordinal`, `cell`
  ) AS `x`
    ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
  JOIN `adg_qa_items` AS `it`
    ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
) AS `c`
ORDER BY `ordinal` NULLS LAST, `cell` NULLS LAST;

-- [9/9] What the output came from
SELECT
  CAST(`generated_at` AS STRING) AS `generated_at`,
  `metadata_hash`,
  (SELECT count(*) FROM `adg_output`.`hes_op`) AS `rows`,
  (SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_op_provenance`) AS `expected_rows`
FROM `adg_output`.`hes_op_provenance`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_ae", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/9] Fields to check
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'FYEAR', 'categorical'),
  (2L, 'PROCODE3', 'categorical'),
  (3L, 'PROCODET', 'categorical'),
  (4L, 'ARRIVALDATE', 'date'),
  (5L, 'AEARRIVALMODE', 'categorical'),
  (6L, 'AEATTENDCAT', 'categorical'),
  (7L, 'AEATTENDDISP', 'categorical'),
  (8L, 'AEDEPTTYPE', 'categorical'),
  (9L, 'AEINCLOCTYPE', 'categorical'),
  (10L, 'AEPATGROUP', 'categorical'),
  (11L, 'AEREFSOURCE', 'categorical'),
  (12L, 'DIAG_01', 'categorical'),
  (13L, 'DIAG_02', 'categorical'),
  (14L, 'DIAG_03', 'categorical'),
  (15L, 'DIAG_04', 'categorical'),
  (16L, 'DIAG_05', 'categorical'),
  (17L, 'DIAG_06', 'categorical'),
  (18L, 'INVEST_01', 'categorical'),
  (19L, 'INVEST_02', 'categorical'),
  (20L, 'INVEST_03', 'categorical'),
  (21L, 'INVEST_04', 'categorical'),
  (22L, 'INVEST_05', 'categorical'),
  (23L, 'INVEST_06', 'categorical'),
  (24L, 'TREAT_01', 'categorical'),
  (25L, 'TREAT_02', 'categorical'),
  (26L, 'TREAT_03', 'categorical'),
  (27L, 'TREAT_04', 'categorical'),
  (28L, 'TREAT_05', 'categorical'),
  (29L, 'TREAT_06', 'categorical'),
  (30L, 'INITDUR', 'discrete'),
  (31L, 'TRETDUR', 'discrete'),
  (32L, 'CONCLDUR', 'discrete'),
  (33L, 'DEPDUR', 'discrete'),
  (34L, 'MYDOB', 'date'),
  (35L, 'SEX', 'categorical'),
  (36L, 'ETHNOS', 'categorical'),
  (37L, 'RESLADST', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [3/9] Released items of every field, each with the cell it is compared in
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

CREATE TABLE `adg_scratch`.`adg_qa_items` AS
SELECT
  `i`.`ordinal`,
  `i`.`item`,
  `i`.`stat`,
  `i`.`value`,
  `i`.`lo`,
  `i`.`hi`,
  `i`.`n_rows`,
  `i`.`point`,
  `i`.`seq`,
  coalesce(`x`.`bin_item`, `i`.`item`) AS `cell`
FROM (
  SELECT
    `g`.`ordinal`,
    `m`.`item`,
    `m`.`stat`,
    `m`.`value`,
    `m`.`lo`,
    `m`.`hi`,
    `m`.`n_rows`,
    CASE
      WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
      ELSE CAST(NULL AS DOUBLE)
    END AS `point`,
    CAST(NULL AS BIGINT) AS `seq`
  FROM `adg_fields` AS `g`
  JOIN `adg_released`.`hes_ae_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` IN ('null', 'value', 'bin')
) AS `i`
LEFT JOIN (
  SELECT
    `p`.`ordinal`,
    `p`.`item`,
    min(`b`.`item`) AS `bin_item`
  FROM (
    SELECT
      `g`.`ordinal`,
      `m`.`item`,
      `m`.`stat`,
      `m`.`value`,
      `m`.`lo`,
      `m`.`hi`,
      `m`.`n_rows`,
      CASE
        WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS `point`,
      CAST(NULL AS BIGINT) AS `seq`
    FROM `adg_fields` AS `g`
    JOIN `adg_released`.`hes_ae_metadata` AS `m`
      ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
    WHERE `m`.`stat` IN ('null', 'value', 'bin')
  ) AS `p`
  JOIN (
    SELECT
      `g`.`ordinal`,
      `m`.`item`,
      `m`.`stat`,
      `m`.`value`,
      `m`.`lo`,
      `m`.`hi`,
      `m`.`n_rows`,
      CASE
        WHEN `g`.`kind` = 'continuous' THEN CASE WHEN `m`.`stat` = 'value' THEN coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS `point`,
      CAST(NULL AS BIGINT) AS `seq`
    FROM `adg_fields` AS `g`
    JOIN `adg_released`.`hes_ae_metadata` AS `m`
      ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
    WHERE `m`.`stat` IN ('null', 'value', 'bin')
  ) AS `b`
    ON (`b`.`ordinal` = `p`.`ordinal`) AND (`b`.`stat` = 'bin') AND (`p`.`point` >= `b`.`lo`) AND (`p`.`point` < `b`.`hi`)
  GROUP BY `p`.`ordinal`, `p`.`item`
) AS `x`
  ON (`x`.`ordinal` = `i`.`ordinal`) AND (`x`.`item` = `i`.`item`);

CREATE OR REPLACE TEMPORARY VIEW `adg_qa_items` AS SELECT * FROM `adg_scratch`.`adg_qa_items`;

-- [4/9] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;

CREATE TABLE `adg_scratch`.`adg_qa_counts` AS
SELECT
  `k`.`ordinal`,
  `k`.`value`,
  `k`.`num`,
  `k`.`n`,
  coalesce(coalesce(`v`.`cell`, `z`.`cell`), coalesce(`p`.`cell`, `b`.`cell`)) AS `cell`,
  (`s`.`seq` IS NOT NULL) OR (`hm`.`ordinal` IS NOT NULL) AS `in_sequence`
FROM (
  SELECT
    1L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`FYEAR` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    2L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PROCODE3` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    3L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`PROCODET` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    4L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('WEEK', `ARRIVALDATE`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    5L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEARRIVALMODE` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    6L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEATTENDCAT` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    7L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEATTENDDISP` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    8L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEDEPTTYPE` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    9L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEINCLOCTYPE` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    10L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEPATGROUP` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    11L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`AEREFSOURCE` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    12L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    13L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    14L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    15L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    16L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    17L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`DIAG_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    18L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`INVEST_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    19L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`INVEST_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    20L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`INVEST_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    21L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`INVEST_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    22L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`INVEST_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    23L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`INVEST_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    24L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TREAT_01` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    25L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TREAT_02` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    26L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TREAT_03` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    27L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TREAT_04` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    28L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TREAT_05` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    29L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`TREAT_06` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    30L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`INITDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    31L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`TRETDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    32L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`CONCLDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    33L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(CAST(`DEPDUR` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    34L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      date_format(CAST(date_trunc('YEAR', `MYDOB`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    35L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`SEX` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    36L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`ETHNOS` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
  UNION ALL
  SELECT
    37L AS `ordinal`,
    CAST(NULL AS BIGINT) AS `seq`,
    `value` AS `value`,
    `num` AS `num`,
    count(*) AS `n`
  FROM (
    SELECT
      CAST(`RESLADST` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`hes_ae`
  ) AS `o`
  GROUP BY `value`, `num`
) AS `k`
LEFT JOIN (
  SELECT
    `seq`,
    `value`
  FROM `adg_qa_items`
  WHERE (`seq` IS NOT NULL) AND (`stat` = 'value')
  GROUP BY `seq`, `value`
) AS `s`
  ON (`s`.`seq` = `k`.`seq`) AND (`s`.`value` = `k`.`value`)
LEFT JOIN (
  SELECT
    34L AS `ordinal`,
    `m`.`value`
  FROM `adg_released`.`hes_apc_metadata` AS `m`
  WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'value')
  GROUP BY `m`.`value`
  UNION ALL
  SELECT
    35L AS `ordinal`,
    `m`.`value`
  FROM `adg_released`.`hes_apc_metadata` AS `m`
  WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'value')
  GROUP BY `m`.`value`
  UNION ALL
  SELECT
    36L AS `ordinal`,
    `m`.`value`
  FROM `adg_released`.`hes_apc_metadata` AS `m`
  WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'value')
  GROUP BY `m`.`value`
) AS `hm`
  ON (`hm`.`ordinal` = `k`.`ordinal`) AND (`hm`.`value` = `k`.`value`)
LEFT JOIN `adg_qa_items` AS `v`
  ON (`v`.`ordinal` = `k`.`ordinal`) AND (`v`.`stat` = 'value') AND (`v`.`value` = `k`.`value`)
LEFT JOIN `adg_qa_items` AS `z`
  ON (`z`.`ordinal` = `k`.`ordinal`) AND (`z`.`stat` = 'null') AND (`k`.`value` IS NULL) AND (`k`.`num` IS NULL)
LEFT JOIN `adg_qa_items` AS `p`
  ON (`p`.`ordinal` = `k`.`ordinal`) AND (`p`.`point` = `k`.`num`)
LEFT JOIN `adg_qa_items` AS `b`
  ON (`b`.`ordinal` = `k`.`ordinal`) AND (`b`.`stat` = 'bin') AND (`k`.`num` >= `b`.`lo`) AND (`k`.`num` < `b`.`hi`);

CREATE OR REPLACE TEMPORARY VIEW `adg_qa_counts` AS SELECT * FROM `adg_scratch`.`adg_qa_counts`;

-- [5/9] QA verdicts, bound to the output they checked (its provenance); export requires them clean
CREATE OR REPLACE TABLE `adg_output`.`hes_ae_qa` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `pv`.`generated_at`,
  `pv`.`metadata_hash`,
  `v`.`check_id`,
  `v`.`field`,
  `v`.`passed`,
  `v`.`measure`,
  `v`.`detail`,
  current_timestamp() AS `checked_at`
FROM (
  SELECT
    'row-count' AS `check_id`,
    CAST(NULL AS STRING) AS `field`,
    coalesce((SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_ae_provenance`), -1L) = (SELECT count(*) FROM `adg_output`.`hes_ae`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_ae`) AS DOUBLE) AS `measure`,
    'expected ' || coalesce(CAST((SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_ae_provenance`) AS STRING), '(unknown: the entities differ from those asked for)') AS `detail`
  UNION ALL
  SELECT
    'released-values' AS `check_id`,
    `f`.`field`,
    `f`.`outside` = 0L AS `passed`,
    CAST(`f`.`outside` AS DOUBLE) AS `measure`,
    'generated rows outside the released values, bins and buckets' AS `detail`
  FROM (
    SELECT
      `p`.`ordinal`,
      `p`.`field`,
      `p`.`kind`,
      max(`p`.`rows`) AS `rows`,
      max(`p`.`outside`) AS `outside`,
      sum(CASE
        WHEN ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`) < 0e+0 THEN 0e+0 - ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`)
        ELSE (CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`
      END) / 2e+0 AS `tvd`,
      sum(CASE
        WHEN (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`) > 0e+0 THEN ((CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)) * (CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`))) / (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)
        ELSE 0e+0
      END) AS `chi_square`,
      count(`p`.`stat`) - 1L AS `degrees_of_freedom`,
      sum(CASE WHEN `p`.`stat` = 'null' THEN `p`.`released_share` ELSE 0e+0 END) AS `null_released`,
      sum(CASE
        WHEN `p`.`stat` = 'null' THEN CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)
        ELSE 0e+0
      END) AS `null_generated`
    FROM (
      SELECT
        `g`.`ordinal`,
        `g`.`field`,
        `g`.`kind`,
        `c`.`stat`,
        `c`.`released_share`,
        `c`.`generated`,
        `t`.`rows` AS `rows`,
        `t`.`outside` AS `outside`
      FROM `adg_fields` AS `g`
      LEFT JOIN (
        SELECT
          `c`.`ordinal`,
          `c`.`cell`,
          `it`.`stat`,
          `it`.`value`,
          `it`.`lo`,
          `it`.`hi`,
          CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
          coalesce(`x`.`generated`, 0L) AS `generated`
        FROM (
          SELECT
            `r`.`ordinal`,
            `r`.`cell`,
            sum(`r`.`n_rows`) AS `released`
          FROM (
            SELECT
              `i`.`ordinal`,
              `i`.`cell`,
              `i`.`n_rows` AS `n_rows`
            FROM `adg_qa_items` AS `i`
          ) AS `r`
          GROUP BY `r`.`ordinal`, `r`.`cell`
        ) AS `c`
        LEFT JOIN (
          SELECT
            `ordinal`,
            `cell`,
            sum(`n`) AS `generated`
          FROM `adg_qa_counts`
          WHERE `cell` IS NOT NULL
          GROUP BY `ordinal`, `cell`
        ) AS `x`
          ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
        JOIN `adg_qa_items` AS `it`
          ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
      ) AS `c`
        ON `c`.`ordinal` = `g`.`ordinal`
      LEFT JOIN (
        SELECT
          `a`.`ordinal`,
          sum(`a`.`n`) AS `rows`,
          sum(CASE
            WHEN (`a`.`cell` IS NULL) AND (NOT ((`a`.`value` IS NULL) AND (`a`.`num` IS NULL) AND (`r`.`items` IS NULL))) AND (NOT (`a`.`in_sequence`)) THEN `a`.`n`
            ELSE 0L
          END) AS `outside`
        FROM `adg_qa_counts` AS `a`
        LEFT JOIN (
          SELECT
            `ordinal`,
            count(*) AS `items`
          FROM `adg_qa_items`
          GROUP BY `ordinal`
        ) AS `r`
          ON `r`.`ordinal` = `a`.`ordinal`
        GROUP BY `a`.`ordinal`
      ) AS `t`
        ON `t`.`ordinal` = `g`.`ordinal`
    ) AS `p`
    GROUP BY `p`.`ordinal`, `p`.`field`, `p`.`kind`
  ) AS `f`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'ARRIVALTIME' AS `field`,
    (SELECT count(`ARRIVALTIME`) FROM `adg_output`.`hes_ae`) = 0L AS `passed`,
    CAST((SELECT count(`ARRIVALTIME`) FROM `adg_output`.`hes_ae`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'GPPRAC' AS `field`,
    (SELECT count(`GPPRAC`) FROM `adg_output`.`hes_ae`) = 0L AS `passed`,
    CAST((SELECT count(`GPPRAC`) FROM `adg_output`.`hes_ae`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'TOKEN_PERSON_ID' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_ae` WHERE (`TOKEN_PERSON_ID` IS NULL) OR (NOT ((CAST(`TOKEN_PERSON_ID` AS STRING) RLIKE '^ART[0-9A-Z]{10}\u0024')))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_ae` WHERE (`TOKEN_PERSON_ID` IS NULL) OR (NOT ((CAST(`TOKEN_PERSON_ID` AS STRING) RLIKE '^ART[0-9A-Z]{10}\u0024')))) AS DOUBLE) AS `measure`,
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'TOKEN_PERSON_ID' AS `field`,
    (SELECT count(DISTINCT `TOKEN_PERSON_ID`) FROM `adg_output`.`hes_ae`) = (SELECT `entities_with_rows` FROM `adg_output`.`hes_ae_provenance`) AS `passed`,
    CAST((SELECT `entities_with_rows` FROM `adg_output`.`hes_ae_provenance`) - (SELECT count(DISTINCT `TOKEN_PERSON_ID`) FROM `adg_output`.`hes_ae`) AS DOUBLE) AS `measure`,
    'distinct values short of one per entity with rows' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'AEKEY' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_ae` WHERE (`AEKEY` IS NULL) OR (NOT ((CAST(`AEKEY` AS STRING) RLIKE '^99999[0-9]{7}\u0024')))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_ae` WHERE (`AEKEY` IS NULL) OR (NOT ((CAST(`AEKEY` AS STRING) RLIKE '^99999[0-9]{7}\u0024')))) AS DOUBLE) AS `measure`,
    'values that are NULL or do not match 99999[0-9]{7}' AS `detail`
  UNION ALL
  SELECT
    'identifiers' AS `check_id`,
    'AEKEY' AS `field`,
    (SELECT count(DISTINCT `AEKEY`) FROM `adg_output`.`hes_ae`) = (SELECT count(*) FROM `adg_output`.`hes_ae`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_ae`) - (SELECT count(DISTINCT `AEKEY`) FROM `adg_output`.`hes_ae`) AS DOUBLE) AS `measure`,
    'distinct values short of one per row' AS `detail`
  UNION ALL
  SELECT
    'derived' AS `check_id`,
    'ARRIVALAGE' AS `field`,
    (SELECT count(*) FROM `adg_output`.`hes_ae` WHERE NOT (coalesce(((`ARRIVALAGE` = CAST((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT)) OR ((`ARRIVALAGE` IS NULL) AND (CAST((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) = 0L AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`hes_ae` WHERE NOT (coalesce(((`ARRIVALAGE` = CAST((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT)) OR ((`ARRIVALAGE` IS NULL) AND (CAST((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE WHEN ((CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`ARRIVALDATE`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`MYDOB`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L ELSE 0L END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS `measure`,
    'rows whose value differs from the expression' AS `detail`
) AS `v`
CROSS JOIN `adg_output`.`hes_ae_provenance` AS `pv`;

-- [6/9] Verdicts for the report
SELECT
  `q`.`check_id`,
  `q`.`field`,
  `q`.`passed`,
  `q`.`measure`,
  `q`.`detail`
FROM `adg_output`.`hes_ae_qa` AS `q`;

-- [7/9] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
SELECT
  *
FROM (
  SELECT
    `p`.`ordinal`,
    `p`.`field`,
    `p`.`kind`,
    max(`p`.`rows`) AS `rows`,
    max(`p`.`outside`) AS `outside`,
    sum(CASE
      WHEN ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`) < 0e+0 THEN 0e+0 - ((CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`)
      ELSE (CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)) - `p`.`released_share`
    END) / 2e+0 AS `tvd`,
    sum(CASE
      WHEN (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`) > 0e+0 THEN ((CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)) * (CAST(`p`.`generated` AS DOUBLE) - (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`))) / (CAST(`p`.`rows` AS DOUBLE) * `p`.`released_share`)
      ELSE 0e+0
    END) AS `chi_square`,
    count(`p`.`stat`) - 1L AS `degrees_of_freedom`,
    sum(CASE WHEN `p`.`stat` = 'null' THEN `p`.`released_share` ELSE 0e+0 END) AS `null_released`,
    sum(CASE
      WHEN `p`.`stat` = 'null' THEN CAST(`p`.`generated` AS DOUBLE) / CAST(`p`.`rows` AS DOUBLE)
      ELSE 0e+0
    END) AS `null_generated`
  FROM (
    SELECT
      `g`.`ordinal`,
      `g`.`field`,
      `g`.`kind`,
      `c`.`stat`,
      `c`.`released_share`,
      `c`.`generated`,
      `t`.`rows` AS `rows`,
      `t`.`outside` AS `outside`
    FROM `adg_fields` AS `g`
    LEFT JOIN (
      SELECT
        `c`.`ordinal`,
        `c`.`cell`,
        `it`.`stat`,
        `it`.`value`,
        `it`.`lo`,
        `it`.`hi`,
        CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
        coalesce(`x`.`generated`, 0L) AS `generated`
      FROM (
        SELECT
          `r`.`ordinal`,
          `r`.`cell`,
          sum(`r`.`n_rows`) AS `released`
        FROM (
          SELECT
            `i`.`ordinal`,
            `i`.`cell`,
            `i`.`n_rows` AS `n_rows`
          FROM `adg_qa_items` AS `i`
        ) AS `r`
        GROUP BY `r`.`ordinal`, `r`.`cell`
      ) AS `c`
      LEFT JOIN (
        SELECT
          `ordinal`,
          `cell`,
          sum(`n`) AS `generated`
        FROM `adg_qa_counts`
        WHERE `cell` IS NOT NULL
        GROUP BY `ordinal`, `cell`
      ) AS `x`
        ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
      JOIN `adg_qa_items` AS `it`
        ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
    ) AS `c`
      ON `c`.`ordinal` = `g`.`ordinal`
    LEFT JOIN (
      SELECT
        `a`.`ordinal`,
        sum(`a`.`n`) AS `rows`,
        sum(CASE
          WHEN (`a`.`cell` IS NULL) AND (NOT ((`a`.`value` IS NULL) AND (`a`.`num` IS NULL) AND (`r`.`items` IS NULL))) AND (NOT (`a`.`in_sequence`)) THEN `a`.`n`
          ELSE 0L
        END) AS `outside`
      FROM `adg_qa_counts` AS `a`
      LEFT JOIN (
        SELECT
          `ordinal`,
          count(*) AS `items`
        FROM `adg_qa_items`
        GROUP BY `ordinal`
      ) AS `r`
        ON `r`.`ordinal` = `a`.`ordinal`
      GROUP BY `a`.`ordinal`
    ) AS `t`
      ON `t`.`ordinal` = `g`.`ordinal`
  ) AS `p`
  GROUP BY `p`.`ordinal`, `p`.`field`, `p`.`kind`
) AS `f`
ORDER BY `ordinal` NULLS LAST;

-- [8/9] Per released cell: released and generated shares, for the plots
SELECT
  *
FROM (
  SELECT
    `c`.`ordinal`,
    `c`.`cell`,
    `it`.`stat`,
    `it`.`value`,
    `it`.`lo`,
    `it`.`hi`,
    CAST(`c`.`released` AS DOUBLE) / CAST(sum(`c`.`released`) OVER (PARTITION BY `c`.`ordinal`) AS DOUBLE) AS `released_share`,
    coalesce(`x`.`generated`, 0L) AS `generated`
  FROM (
    SELECT
      `r`.`ordinal`,
      `r`.`cell`,
      sum(`r`.`n_rows`) AS `released`
    FROM (
      SELECT
        `i`.`ordinal`,
        `i`.`cell`,
        `i`.`n_rows` AS `n_rows`
      FROM `adg_qa_items` AS `i`
    ) AS `r`
    GROUP BY `r`.`ordinal`, `r`.`cell`
  ) AS `c`
  LEFT JOIN (
    SELECT
      `ordinal`,
      `cell`,
      sum(`n`) AS `generated`
    FROM `adg_qa_counts`
    WHERE `cell` IS NOT NULL
    GROUP BY `ordinal`, `cell`
  ) AS `x`
    ON (`x`.`ordinal` = `c`.`ordinal`) AND (`x`.`cell` = `c`.`cell`)
  JOIN `adg_qa_items` AS `it`
    ON (`it`.`ordinal` = `c`.`ordinal`) AND (`it`.`item` = `c`.`cell`)
) AS `c`
ORDER BY `ordinal` NULLS LAST, `cell` NULLS LAST;

-- [9/9] What the output came from
SELECT
  CAST(`generated_at` AS STRING) AS `generated_at`,
  `metadata_hash`,
  (SELECT count(*) FROM `adg_output`.`hes_ae`) AS `rows`,
  (SELECT CASE WHEN `entities` = CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) THEN `rows` ELSE CAST(NULL AS BIGINT) END FROM `adg_output`.`hes_ae_provenance`) AS `expected_rows`
FROM `adg_output`.`hes_ae_provenance`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;
