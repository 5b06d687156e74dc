-- adg 0.1.0: stage 5 (qa) of dataset "admissions", Spark SQL dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/admissions.yaml` runs it with progress and checks.

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
  (1L, 'date_of_birth', 'date'),
  (2L, 'sex', 'categorical'),
  (3L, 'ethnicity', 'categorical'),
  (4L, 'admission_date', 'date'),
  (5L, 'discharge_date', 'date'),
  (6L, 'admission_method', 'categorical'),
  (7L, 'specialty', 'categorical'),
  (8L, 'primary_diagnosis', 'categorical'),
  (9L, 'length_of_stay', 'discrete'),
  (10L, 'age_on_admission', 'discrete'),
  (11L, 'cost', 'continuous')
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
  JOIN `adg_released`.`admissions_metadata` AS `m`
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
    JOIN `adg_released`.`admissions_metadata` AS `m`
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
    JOIN `adg_released`.`admissions_metadata` AS `m`
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
      date_format(CAST(date_trunc('YEAR', `date_of_birth`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(`sex` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(`ethnicity` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      date_format(CAST(date_trunc('WEEK', `admission_date`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      date_format(CAST(date_trunc('WEEK', `discharge_date`) AS DATE), 'yyyy-MM-dd') AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(`admission_method` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(`specialty` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(`primary_diagnosis` AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(CAST(`length_of_stay` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(CAST(`age_on_admission` AS BIGINT) AS STRING) AS `value`,
      CAST(NULL AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
      CAST(NULL AS STRING) AS `value`,
      CAST(`cost` AS DOUBLE) AS `num`
    FROM `adg_output`.`admissions`
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
CREATE OR REPLACE TABLE `adg_output`.`admissions_qa` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
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
    coalesce((SELECT CAST(CASE WHEN abs(((1e+0 * `n_rows`) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * `n_rows`) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * `n_rows`) + 5e-1) END AS BIGINT) FROM `adg_released`.`admissions_metadata` WHERE `stat` = 'rows'), -1L) = (SELECT count(*) FROM `adg_output`.`admissions`) AS `passed`,
    CAST((SELECT count(*) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'expected ' || coalesce(CAST((SELECT CAST(CASE WHEN abs(((1e+0 * `n_rows`) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * `n_rows`) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * `n_rows`) + 5e-1) END AS BIGINT) FROM `adg_released`.`admissions_metadata` WHERE `stat` = 'rows') AS STRING), '(unknown: the source row count was not released)') AS `detail`
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
    'episode_id' AS `field`,
    (SELECT count(`episode_id`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`episode_id`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'patient_id' AS `field`,
    (SELECT count(`patient_id`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`patient_id`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'nhs_number' AS `field`,
    (SELECT count(`nhs_number`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`nhs_number`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'hospital_number' AS `field`,
    (SELECT count(`hospital_number`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`hospital_number`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'forename' AS `field`,
    (SELECT count(`forename`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`forename`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'surname' AS `field`,
    (SELECT count(`surname`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`surname`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'address_line' AS `field`,
    (SELECT count(`address_line`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`address_line`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'postcode' AS `field`,
    (SELECT count(`postcode`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`postcode`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'email' AS `field`,
    (SELECT count(`email`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`email`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'phone' AS `field`,
    (SELECT count(`phone`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`phone`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
  UNION ALL
  SELECT
    'excluded-null' AS `check_id`,
    'clinical_note' AS `field`,
    (SELECT count(`clinical_note`) FROM `adg_output`.`admissions`) = 0L AS `passed`,
    CAST((SELECT count(`clinical_note`) FROM `adg_output`.`admissions`) AS DOUBLE) AS `measure`,
    'non-NULL values in an excluded column' AS `detail`
) AS `v`
CROSS JOIN `adg_output`.`admissions_provenance` AS `pv`;

-- [6/9] Verdicts for the report
SELECT
  `q`.`check_id`,
  `q`.`field`,
  `q`.`passed`,
  `q`.`measure`,
  `q`.`detail`
FROM `adg_output`.`admissions_qa` AS `q`;

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
  (SELECT count(*) FROM `adg_output`.`admissions`) AS `rows`,
  (SELECT CAST(CASE WHEN abs(((1e+0 * `n_rows`) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * `n_rows`) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * `n_rows`) + 5e-1) END AS BIGINT) FROM `adg_released`.`admissions_metadata` WHERE `stat` = 'rows') AS `expected_rows`
FROM `adg_output`.`admissions_provenance`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_qa_counts`;
