-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_apc", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/19] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/19] Fields to generate, matched to the metadata by name and kind
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

-- [4/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`hes_apc_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672')));

-- [5/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

CREATE TABLE `adg_scratch`.`adg_released_hash` AS
SELECT
  sha2(array_join(transform(array_sort(collect_list(named_struct('k0', `ordinal`, 'k1', `stat`, 'k2', coalesce(`item`, -1L), 'k3', CASE WHEN `value` IS NULL THEN 1L ELSE 0L END, 'k4', coalesce(`value`, ''), 'k5', coalesce(`lo`, 0e+0), 'k6', coalesce(`hi`, 0e+0), 'v', `line`))), adg_x -> adg_x.v), '|'), 256) AS `metadata_hash`
FROM (
  SELECT
    `ordinal`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `e_ordinal` || ',' || `e_field` || ',' || `e_kind` || ',' || `e_stat` || ',' || `e_item` || ',' || `e_value` || ',' || `e_lo` || ',' || `e_hi` || ',' || `e_n_rows` || ',' || `e_n_entities` AS `line`
  FROM (
    SELECT
      `ordinal`,
      `stat`,
      `item`,
      `value`,
      `lo`,
      `hi`,
      CASE
        WHEN `ordinal` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`ordinal` AS STRING)) AS STRING) || ':' || CAST(`ordinal` AS STRING)
      END AS `e_ordinal`,
      CASE
        WHEN `field` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`field` AS STRING)) AS STRING) || ':' || CAST(`field` AS STRING)
      END AS `e_field`,
      CASE
        WHEN `kind` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`kind` AS STRING)) AS STRING) || ':' || CAST(`kind` AS STRING)
      END AS `e_kind`,
      CASE
        WHEN `stat` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`stat` AS STRING)) AS STRING) || ':' || CAST(`stat` AS STRING)
      END AS `e_stat`,
      CASE
        WHEN `item` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`item` AS STRING)) AS STRING) || ':' || CAST(`item` AS STRING)
      END AS `e_item`,
      CASE
        WHEN `value` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`value` AS STRING)) AS STRING) || ':' || CAST(`value` AS STRING)
      END AS `e_value`,
      CASE
        WHEN `lo` IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!'
        WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`lo` AS STRING)
      END) AS STRING) || ':' || CASE
        WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!'
        WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`lo` AS STRING)
      END
      END AS `e_lo`,
      CASE
        WHEN `hi` IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!'
        WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`hi` AS STRING)
      END) AS STRING) || ':' || CASE
        WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!'
        WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`hi` AS STRING)
      END
      END AS `e_hi`,
      CASE
        WHEN `n_rows` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`n_rows` AS STRING)) AS STRING) || ':' || CAST(`n_rows` AS STRING)
      END AS `e_n_rows`,
      CASE
        WHEN `n_entities` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`n_entities` AS STRING)) AS STRING) || ':' || CAST(`n_entities` AS STRING)
      END AS `e_n_entities`
    FROM `adg_released`.`hes_apc_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'hes_apc') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hes_apc')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/19] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`hes_apc_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/19] Released items of every field, in published order
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

CREATE TABLE `adg_scratch`.`adg_items` AS
SELECT
  `g`.`ordinal`,
  `m`.`item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_rows`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`lo` IS NOT NULL THEN `m`.`lo` ELSE CAST(`m`.`value` AS DOUBLE) END
  END AS `num`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`stat` = 'bin' THEN `m`.`hi` - `m`.`lo` ELSE 0e+0 END
  END
    ELSE CASE
    WHEN `g`.`ordinal` = 5L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 10L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 12L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 13L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 18L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 22L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(YEAR, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 43L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`hes_apc_metadata` AS `m`
  ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
WHERE `m`.`stat` IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0L AS `ordinal`,
  CAST(row_number() OVER (ORDER BY CASE WHEN `m`.`value` IS NULL THEN 1L ELSE 0L END NULLS LAST, CAST(`m`.`value` AS BIGINT) NULLS LAST, `m`.`lo` NULLS LAST, `m`.`hi` NULLS LAST) AS BIGINT) - 1L AS `item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_entities` AS `n_rows`,
  coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) AS `num`,
  CASE WHEN `m`.`lo` IS NULL THEN 0e+0 ELSE `m`.`hi` - `m`.`lo` END AS `width`
FROM `adg_released`.`hes_apc_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L);

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

CREATE TABLE `adg_scratch`.`adg_alias` AS
WITH
  `adg_bucket_counts` AS (
    SELECT
      `k`.`ordinal`,
      `k`.`bucket`,
      `k`.`b`,
      `k`.`s`,
      coalesce(`h`.`c`, 0L) AS `c`
    FROM (
      SELECT
        `z`.`ordinal`,
        `z`.`b`,
        shiftleft(CAST(1L AS BIGINT), CAST((32L - `z`.`b`) AS INT)) AS `s`,
        explode(CASE WHEN (shiftleft(CAST(1L AS BIGINT), CAST(`z`.`b` AS INT))) > 0 THEN sequence(0L, (shiftleft(CAST(1L AS BIGINT), CAST(`z`.`b` AS INT))) - 1) END) AS `bucket`
      FROM (
        SELECT
          `ordinal`,
          `b0` + CASE
            WHEN shiftleft(CAST(1L AS BIGINT), CAST(`b0` AS INT)) < `k` THEN 1L
            WHEN (`b0` > 0L) AND (shiftleft(CAST(1L AS BIGINT), CAST((`b0` - 1L) AS INT)) >= `k`) THEN -1L
            ELSE 0L
          END AS `b`
        FROM (
          SELECT
            `ordinal`,
            count(*) AS `k`,
            CAST(CASE WHEN abs(log2(CAST(count(*) AS DOUBLE))) < 4.5e15 THEN CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS DOUBLE) ELSE log2(CAST(count(*) AS DOUBLE)) END AS BIGINT) AS `b0`
          FROM `adg_items`
          GROUP BY `ordinal`
        ) AS `e`
      ) AS `z`
    ) AS `k`
    LEFT JOIN (
      SELECT
        `ordinal`,
        `item`,
        ((((`cum` * 65536L) div `total`) * 65536L) + ((((((`cum` * 65536L) % `total`) * 65536L) + `total`) - 1L) div `total`)) - (((((`cum` - `n_rows`) * 65536L) div `total`) * 65536L) + (((((((`cum` - `n_rows`) * 65536L) % `total`) * 65536L) + `total`) - 1L) div `total`)) AS `c`
      FROM (
        SELECT
          `ordinal`,
          `item`,
          CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal` ORDER BY `item` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `cum`,
          `n_rows`,
          CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal`) AS BIGINT) AS `total`
        FROM `adg_items`
      ) AS `w`
    ) AS `h`
      ON (`h`.`ordinal` = `k`.`ordinal`) AND (`h`.`item` = `k`.`bucket`)
  ),
  `adg_lights` AS (
    SELECT
      `ordinal`,
      `bucket`,
      `s` - `c` AS `d`,
      CAST(sum(`s` - `c`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - (`s` - `c`) AS `sigma`
    FROM `adg_bucket_counts`
    WHERE `c` < `s`
  ),
  `adg_heavies` AS (
    SELECT
      `ordinal`,
      `bucket`,
      CAST(sum(`c` - `s`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - (`c` - `s`) AS `a`,
      CAST(sum(`c` - `s`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `b_end`,
      lead(`bucket`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST) AS `next`
    FROM `adg_bucket_counts`
    WHERE `c` > `s`
  ),
  `adg_light_alias` AS (
    SELECT
      `ordinal`,
      `light` AS `bucket`,
      `alias`
    FROM (
      SELECT
        `ordinal`,
        `light`,
        max(`heavy`) OVER (PARTITION BY `ordinal` ORDER BY `pos` NULLS LAST, `side` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `alias`
      FROM (
        SELECT
          `ordinal`,
          `a` AS `pos`,
          0L AS `side`,
          `bucket` AS `heavy`,
          CAST(NULL AS BIGINT) AS `light`
        FROM `adg_heavies`
        UNION ALL
        SELECT
          `ordinal`,
          `sigma` AS `pos`,
          1L AS `side`,
          CAST(NULL AS BIGINT) AS `heavy`,
          `bucket` AS `light`
        FROM `adg_lights`
      ) AS `events`
    ) AS `merged`
    WHERE `light` IS NOT NULL
  ),
  `adg_overshoot` AS (
    SELECT
      `ordinal`,
      `heavy` AS `bucket`,
      greatest(0L, (coalesce(`reach`, 0L) - `pos`)) AS `overshoot`
    FROM (
      SELECT
        `ordinal`,
        `heavy`,
        `pos`,
        max(`reach`) OVER (PARTITION BY `ordinal` ORDER BY `pos` NULLS LAST, `side` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `reach`
      FROM (
        SELECT
          `ordinal`,
          `b_end` AS `pos`,
          0L AS `side`,
          `bucket` AS `heavy`,
          CAST(NULL AS BIGINT) AS `reach`
        FROM `adg_heavies`
        UNION ALL
        SELECT
          `ordinal`,
          `sigma` AS `pos`,
          1L AS `side`,
          CAST(NULL AS BIGINT) AS `heavy`,
          `sigma` + `d` AS `reach`
        FROM `adg_lights`
      ) AS `events`
    ) AS `merged`
    WHERE `heavy` IS NOT NULL
  )
SELECT
  `c`.`ordinal`,
  `c`.`bucket`,
  `c`.`b`,
  (((`c`.`bucket` * `c`.`s`) + CASE
    WHEN `c`.`c` < `c`.`s` THEN `c`.`c`
    WHEN `c`.`c` > `c`.`s` THEN `c`.`s` - coalesce(`o`.`overshoot`, 0L)
    ELSE `c`.`s`
  END) * 1073741824L) + CASE
    WHEN `c`.`c` < `c`.`s` THEN `l`.`alias`
    WHEN (`c`.`c` > `c`.`s`) AND (coalesce(`o`.`overshoot`, 0L) > 0L) THEN coalesce(`h`.`next`, `c`.`bucket`)
    ELSE `c`.`bucket`
  END AS `packed`
FROM `adg_bucket_counts` AS `c`
LEFT JOIN `adg_light_alias` AS `l`
  ON (`l`.`ordinal` = `c`.`ordinal`) AND (`l`.`bucket` = `c`.`bucket`)
LEFT JOIN `adg_heavies` AS `h`
  ON (`h`.`ordinal` = `c`.`ordinal`) AND (`h`.`bucket` = `c`.`bucket`)
LEFT JOIN `adg_overshoot` AS `o`
  ON (`o`.`ordinal` = `c`.`ordinal`) AND (`o`.`bucket` = `c`.`bucket`);

CREATE OR REPLACE TEMPORARY VIEW `adg_alias` AS SELECT * FROM `adg_scratch`.`adg_alias`;

-- [11/19] Lookup lists of every field: its alias table and its values, in order
-- A view: the sampling query reads each list once per statement as a scalar subquery, built in
-- memory (a stored list would be read back from storage at every lookup).
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

CREATE TABLE `adg_scratch`.`adg_field_lists` AS
SELECT
  `a`.`ordinal`,
  `a`.`ps`,
  `a`.`b`,
  `v`.`vs`,
  `v`.`nums`,
  `v`.`widths`,
  `d`.`d`
FROM (
  SELECT
    `ordinal`,
    transform(array_sort(collect_list(named_struct('k0', `bucket`, 'v', `packed`))), adg_x -> adg_x.v) AS `ps`,
    max(`b`) AS `b`
  FROM `adg_alias`
  GROUP BY `ordinal`
) AS `a`
LEFT JOIN (
  SELECT
    `ordinal`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `value`))), adg_x -> adg_x.v) AS `vs`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `num`))), adg_x -> adg_x.v) AS `nums`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `width`))), adg_x -> adg_x.v) AS `widths`
  FROM `adg_items`
  GROUP BY `ordinal`
) AS `v`
  ON `v`.`ordinal` = `a`.`ordinal`
LEFT JOIN (
  SELECT
    `g`.`ordinal`,
    CAST(`m`.`value` AS BIGINT) AS `d`
  FROM `adg_fields` AS `g`
  JOIN `adg_released`.`hes_apc_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

CREATE TABLE `adg_scratch`.`adg_entities` AS
SELECT
  `en`,
  `n`,
  CAST(sum(`n`) OVER (ORDER BY `en` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - `n` AS `s`,
  CAST(sum(`n`) OVER (ORDER BY `en` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `e`
FROM (
  SELECT
    CASE
      WHEN `width` = 0e+0 THEN CAST(`num` AS BIGINT)
      ELSE least((CAST(`num` AS BIGINT) + CAST(CASE WHEN abs((CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`)) < 4.5e15 THEN CAST(floor((CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`)) AS DOUBLE) ELSE (CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`) END AS BIGINT)), ((CAST(`num` AS BIGINT) + CAST(`width` AS BIGINT)) - 1L))
    END AS `n`,
    `en`
  FROM (
    SELECT
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(`item` AS INT) + 1) AS `num`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(`item` AS INT) + 1) AS `width`,
      `en`,
      `j`
    FROM (
      SELECT
        CASE WHEN `h` < shiftright(`slot`, CAST(30L AS INT)) THEN `bucket` ELSE (`slot` & 1073741823L) END AS `item`,
        `en`,
        `j`
      FROM (
        SELECT
          try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L)) AS INT)) AS INT) + 1) AS `slot`,
          shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L)) AS INT)) AS `bucket`,
          `en`,
          `h`,
          `j`
        FROM (
          SELECT
            (`h` ^ shiftright(`h`, CAST(16L AS INT))) AS `h`,
            (`j` ^ shiftright(`j`, CAST(16L AS INT))) AS `j`,
            `en`
          FROM (
            SELECT
              (((`h` ^ shiftright(`h`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h`,
              (((`j` ^ shiftright(`j`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j`,
              `en`
            FROM (
              SELECT
                (((`h` ^ shiftright(`h`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h`,
                (((`j` ^ shiftright(`j`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j`,
                `en`
              FROM (
                SELECT
                  ((`y` + 229392722L) & 4294967295L) AS `h`,
                  ((`y` + 1926174696L) & 4294967295L) AS `j`,
                  `en`
                FROM (
                  SELECT
                    (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
                    `en`
                  FROM (
                    SELECT
                      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
                      `en`
                    FROM (
                      SELECT
                        (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
                        `en`
                      FROM (
                        SELECT
                          (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
                          `en`
                        FROM (
                          SELECT
                            ((`en` + 895030338L) & 4294967295L) AS `y`,
                            `en`
                          FROM (
                            SELECT
                              `g` AS `en`
                            FROM (SELECT explode(CASE WHEN ((SELECT `entities` FROM `adg_entity_plan`)) > 0 THEN sequence(0L, ((SELECT `entities` FROM `adg_entity_plan`)) - 1) END) AS `g`) AS `r`
                          ) AS `adg_e0`
                        ) AS `adg_e1`
                      ) AS `adg_e2`
                    ) AS `adg_e3`
                  ) AS `adg_e4`
                ) AS `adg_e5`
              ) AS `adg_e6`
            ) AS `adg_e7`
          ) AS `adg_e8`
        ) AS `adg_e9`
      ) AS `adg_e10`
    ) AS `adg_e11`
  ) AS `adg_e12`
) AS `adg_e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entities` AS SELECT * FROM `adg_scratch`.`adg_entities`;

-- [13/19] Rows to generate: the sum of the rows of every entity
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

CREATE TABLE `adg_scratch`.`adg_plan` AS
SELECT
  `n`,
  `entities`,
  greatest(1L, (`n` div 262144L)) AS `block`
FROM (
  SELECT
    coalesce(sum(`n`), 0L) AS `n`,
    count(*) AS `entities`
  FROM `adg_entities`
) AS `planned`;

CREATE OR REPLACE TEMPORARY VIEW `adg_plan` AS SELECT * FROM `adg_scratch`.`adg_plan`;

-- [14/19] Row count within what the 32-bit counter supports
SELECT raise_error('specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/19] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
SELECT raise_error('specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 1000000000000000L);

-- [16/19] Identifier EPIKEY: the pattern has a value for every row
SELECT raise_error('specs/hes.yaml: fields.EPIKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 10000000L);

-- [17/19] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;

CREATE TABLE `adg_scratch`.`adg_stable_cuts` AS
SELECT
  22L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 22L
UNION ALL
SELECT
  23L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 23L
UNION ALL
SELECT
  24L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 24L;

CREATE OR REPLACE TEMPORARY VIEW `adg_stable_cuts` AS SELECT * FROM `adg_scratch`.`adg_stable_cuts`;

-- [18/19] Sample 44 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`hes_apc` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 3140021583L) & 4294967295L) AS `x`,
      ((`en` + 895030338L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
      `en`,
      `i`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 1931197967L) & 4294967295L) AS `h1`,
      ((`x` + 430319040L) & 4294967295L) AS `h2`,
      ((`x` + 3180646612L) & 4294967295L) AS `h3`,
      ((`x` + 643813L) & 4294967295L) AS `h4`,
      ((`x` + 4272250638L) & 4294967295L) AS `h5`,
      ((`x` + 3824776044L) & 4294967295L) AS `j5`,
      ((`x` + 2737615441L) & 4294967295L) AS `h6`,
      ((`x` + 3381053254L) & 4294967295L) AS `h7`,
      ((`x` + 211520565L) & 4294967295L) AS `h8`,
      ((`x` + 2228227162L) & 4294967295L) AS `h9`,
      ((`x` + 853820308L) & 4294967295L) AS `h10`,
      ((`x` + 1333765618L) & 4294967295L) AS `j10`,
      ((`x` + 1517654475L) & 4294967295L) AS `h11`,
      ((`x` + 2589631052L) & 4294967295L) AS `h12`,
      ((`x` + 489936917L) & 4294967295L) AS `j12`,
      ((`x` + 2337379341L) & 4294967295L) AS `h13`,
      ((`x` + 1790854283L) & 4294967295L) AS `j13`,
      ((`x` + 2570756498L) & 4294967295L) AS `h14`,
      ((`x` + 679068729L) & 4294967295L) AS `h15`,
      ((`x` + 2825983227L) & 4294967295L) AS `h16`,
      ((`x` + 3997208261L) & 4294967295L) AS `h17`,
      ((`x` + 922549624L) & 4294967295L) AS `h18`,
      ((`x` + 3216343180L) & 4294967295L) AS `j18`,
      ((`x` + 1802223783L) & 4294967295L) AS `h19`,
      ((`x` + 204598108L) & 4294967295L) AS `h20`,
      ((`x` + 4075789361L) & 4294967295L) AS `h21`,
      ((`x` + 3339617698L) & 4294967295L) AS `h22`,
      ((`x` + 2640145102L) & 4294967295L) AS `j22`,
      ((`x` + 1715549238L) & 4294967295L) AS `z22`,
      ((`x` + 256290573L) & 4294967295L) AS `h23`,
      ((`x` + 1646596074L) & 4294967295L) AS `z23`,
      ((`x` + 1503772729L) & 4294967295L) AS `h24`,
      ((`x` + 1516062129L) & 4294967295L) AS `z24`,
      ((`x` + 3774114914L) & 4294967295L) AS `h25`,
      ((`x` + 3193886256L) & 4294967295L) AS `h26`,
      ((`x` + 1382557396L) & 4294967295L) AS `h27`,
      ((`x` + 2731460832L) & 4294967295L) AS `h28`,
      ((`x` + 878003391L) & 4294967295L) AS `h29`,
      ((`x` + 3254420849L) & 4294967295L) AS `h30`,
      ((`x` + 2943992865L) & 4294967295L) AS `h31`,
      ((`x` + 3799475818L) & 4294967295L) AS `h32`,
      ((`x` + 1041305735L) & 4294967295L) AS `h33`,
      ((`x` + 2363285556L) & 4294967295L) AS `h34`,
      ((`x` + 1061443097L) & 4294967295L) AS `h35`,
      ((`x` + 1400794588L) & 4294967295L) AS `h36`,
      ((`x` + 3038960192L) & 4294967295L) AS `h37`,
      ((`x` + 1429278822L) & 4294967295L) AS `h38`,
      ((`x` + 1292027191L) & 4294967295L) AS `h39`,
      ((`x` + 948021178L) & 4294967295L) AS `h40`,
      ((`x` + 928919348L) & 4294967295L) AS `h41`,
      ((`x` + 3261136028L) & 4294967295L) AS `h42`,
      ((`x` + 651252023L) & 4294967295L) AS `h43`,
      ((`x` + 4217745959L) & 4294967295L) AS `j43`,
      ((`x` + 742770231L) & 4294967295L) AS `h44`,
      ((`y` + 2364845687L) & 4294967295L) AS `g22`,
      ((`y` + 915009466L) & 4294967295L) AS `t22`,
      ((`y` + 939246910L) & 4294967295L) AS `g23`,
      ((`y` + 1081139235L) & 4294967295L) AS `g24`,
      `en`,
      `i`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`j10` ^ shiftright(`j10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j10`,
      (((`h11` ^ shiftright(`h11`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h12`,
      (((`j12` ^ shiftright(`j12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j12`,
      (((`h13` ^ shiftright(`h13`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h13`,
      (((`j13` ^ shiftright(`j13`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j13`,
      (((`h14` ^ shiftright(`h14`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h16`,
      (((`h17` ^ shiftright(`h17`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h17`,
      (((`h18` ^ shiftright(`h18`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h18`,
      (((`j18` ^ shiftright(`j18`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j18`,
      (((`h19` ^ shiftright(`h19`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h19`,
      (((`h20` ^ shiftright(`h20`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h20`,
      (((`h21` ^ shiftright(`h21`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h21`,
      (((`h22` ^ shiftright(`h22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h22`,
      (((`j22` ^ shiftright(`j22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j22`,
      (((`z22` ^ shiftright(`z22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z22`,
      (((`h23` ^ shiftright(`h23`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h23`,
      (((`z23` ^ shiftright(`z23`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z23`,
      (((`h24` ^ shiftright(`h24`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h24`,
      (((`z24` ^ shiftright(`z24`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z24`,
      (((`h25` ^ shiftright(`h25`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h25`,
      (((`h26` ^ shiftright(`h26`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h26`,
      (((`h27` ^ shiftright(`h27`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h27`,
      (((`h28` ^ shiftright(`h28`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h28`,
      (((`h29` ^ shiftright(`h29`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h29`,
      (((`h30` ^ shiftright(`h30`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h30`,
      (((`h31` ^ shiftright(`h31`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h31`,
      (((`h32` ^ shiftright(`h32`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h32`,
      (((`h33` ^ shiftright(`h33`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h33`,
      (((`h34` ^ shiftright(`h34`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h34`,
      (((`h35` ^ shiftright(`h35`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h35`,
      (((`h36` ^ shiftright(`h36`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h36`,
      (((`h37` ^ shiftright(`h37`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h37`,
      (((`h38` ^ shiftright(`h38`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h38`,
      (((`h39` ^ shiftright(`h39`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h39`,
      (((`h40` ^ shiftright(`h40`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h40`,
      (((`h41` ^ shiftright(`h41`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h41`,
      (((`h42` ^ shiftright(`h42`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h42`,
      (((`h43` ^ shiftright(`h43`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h43`,
      (((`j43` ^ shiftright(`j43`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j43`,
      (((`h44` ^ shiftright(`h44`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h44`,
      (((`g22` ^ shiftright(`g22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `g22`,
      (((`t22` ^ shiftright(`t22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `t22`,
      (((`g23` ^ shiftright(`g23`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `g23`,
      (((`g24` ^ shiftright(`g24`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `g24`,
      `en`,
      `i`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`j10` ^ shiftright(`j10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j10`,
      (((`h11` ^ shiftright(`h11`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h12`,
      (((`j12` ^ shiftright(`j12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j12`,
      (((`h13` ^ shiftright(`h13`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h13`,
      (((`j13` ^ shiftright(`j13`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j13`,
      (((`h14` ^ shiftright(`h14`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h16`,
      (((`h17` ^ shiftright(`h17`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h17`,
      (((`h18` ^ shiftright(`h18`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h18`,
      (((`j18` ^ shiftright(`j18`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j18`,
      (((`h19` ^ shiftright(`h19`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h19`,
      (((`h20` ^ shiftright(`h20`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h20`,
      (((`h21` ^ shiftright(`h21`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h21`,
      (((`h22` ^ shiftright(`h22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h22`,
      (((`j22` ^ shiftright(`j22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j22`,
      (((`z22` ^ shiftright(`z22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z22`,
      (((`h23` ^ shiftright(`h23`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h23`,
      (((`z23` ^ shiftright(`z23`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z23`,
      (((`h24` ^ shiftright(`h24`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h24`,
      (((`z24` ^ shiftright(`z24`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z24`,
      (((`h25` ^ shiftright(`h25`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h25`,
      (((`h26` ^ shiftright(`h26`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h26`,
      (((`h27` ^ shiftright(`h27`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h27`,
      (((`h28` ^ shiftright(`h28`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h28`,
      (((`h29` ^ shiftright(`h29`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h29`,
      (((`h30` ^ shiftright(`h30`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h30`,
      (((`h31` ^ shiftright(`h31`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h31`,
      (((`h32` ^ shiftright(`h32`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h32`,
      (((`h33` ^ shiftright(`h33`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h33`,
      (((`h34` ^ shiftright(`h34`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h34`,
      (((`h35` ^ shiftright(`h35`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h35`,
      (((`h36` ^ shiftright(`h36`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h36`,
      (((`h37` ^ shiftright(`h37`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h37`,
      (((`h38` ^ shiftright(`h38`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h38`,
      (((`h39` ^ shiftright(`h39`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h39`,
      (((`h40` ^ shiftright(`h40`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h40`,
      (((`h41` ^ shiftright(`h41`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h41`,
      (((`h42` ^ shiftright(`h42`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h42`,
      (((`h43` ^ shiftright(`h43`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h43`,
      (((`j43` ^ shiftright(`j43`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j43`,
      (((`h44` ^ shiftright(`h44`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h44`,
      (((`g22` ^ shiftright(`g22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `g22`,
      (((`t22` ^ shiftright(`t22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `t22`,
      (((`g23` ^ shiftright(`g23`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `g23`,
      (((`g24` ^ shiftright(`g24`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `g24`,
      `en`,
      `i`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`j5` ^ shiftright(`j5`, CAST(16L AS INT))) AS `j5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`j10` ^ shiftright(`j10`, CAST(16L AS INT))) AS `j10`,
      (`h11` ^ shiftright(`h11`, CAST(16L AS INT))) AS `h11`,
      (`h12` ^ shiftright(`h12`, CAST(16L AS INT))) AS `h12`,
      (`j12` ^ shiftright(`j12`, CAST(16L AS INT))) AS `j12`,
      (`h13` ^ shiftright(`h13`, CAST(16L AS INT))) AS `h13`,
      (`j13` ^ shiftright(`j13`, CAST(16L AS INT))) AS `j13`,
      (`h14` ^ shiftright(`h14`, CAST(16L AS INT))) AS `h14`,
      (`h15` ^ shiftright(`h15`, CAST(16L AS INT))) AS `h15`,
      (`h16` ^ shiftright(`h16`, CAST(16L AS INT))) AS `h16`,
      (`h17` ^ shiftright(`h17`, CAST(16L AS INT))) AS `h17`,
      (`h18` ^ shiftright(`h18`, CAST(16L AS INT))) AS `h18`,
      (`j18` ^ shiftright(`j18`, CAST(16L AS INT))) AS `j18`,
      (`h19` ^ shiftright(`h19`, CAST(16L AS INT))) AS `h19`,
      (`h20` ^ shiftright(`h20`, CAST(16L AS INT))) AS `h20`,
      (`h21` ^ shiftright(`h21`, CAST(16L AS INT))) AS `h21`,
      (`h22` ^ shiftright(`h22`, CAST(16L AS INT))) AS `h22`,
      (`j22` ^ shiftright(`j22`, CAST(16L AS INT))) AS `j22`,
      (`z22` ^ shiftright(`z22`, CAST(16L AS INT))) AS `z22`,
      (`h23` ^ shiftright(`h23`, CAST(16L AS INT))) AS `h23`,
      (`z23` ^ shiftright(`z23`, CAST(16L AS INT))) AS `z23`,
      (`h24` ^ shiftright(`h24`, CAST(16L AS INT))) AS `h24`,
      (`z24` ^ shiftright(`z24`, CAST(16L AS INT))) AS `z24`,
      (`h25` ^ shiftright(`h25`, CAST(16L AS INT))) AS `h25`,
      (`h26` ^ shiftright(`h26`, CAST(16L AS INT))) AS `h26`,
      (`h27` ^ shiftright(`h27`, CAST(16L AS INT))) AS `h27`,
      (`h28` ^ shiftright(`h28`, CAST(16L AS INT))) AS `h28`,
      (`h29` ^ shiftright(`h29`, CAST(16L AS INT))) AS `h29`,
      (`h30` ^ shiftright(`h30`, CAST(16L AS INT))) AS `h30`,
      (`h31` ^ shiftright(`h31`, CAST(16L AS INT))) AS `h31`,
      (`h32` ^ shiftright(`h32`, CAST(16L AS INT))) AS `h32`,
      (`h33` ^ shiftright(`h33`, CAST(16L AS INT))) AS `h33`,
      (`h34` ^ shiftright(`h34`, CAST(16L AS INT))) AS `h34`,
      (`h35` ^ shiftright(`h35`, CAST(16L AS INT))) AS `h35`,
      (`h36` ^ shiftright(`h36`, CAST(16L AS INT))) AS `h36`,
      (`h37` ^ shiftright(`h37`, CAST(16L AS INT))) AS `h37`,
      (`h38` ^ shiftright(`h38`, CAST(16L AS INT))) AS `h38`,
      (`h39` ^ shiftright(`h39`, CAST(16L AS INT))) AS `h39`,
      (`h40` ^ shiftright(`h40`, CAST(16L AS INT))) AS `h40`,
      (`h41` ^ shiftright(`h41`, CAST(16L AS INT))) AS `h41`,
      (`h42` ^ shiftright(`h42`, CAST(16L AS INT))) AS `h42`,
      (`h43` ^ shiftright(`h43`, CAST(16L AS INT))) AS `h43`,
      (`j43` ^ shiftright(`j43`, CAST(16L AS INT))) AS `j43`,
      (`h44` ^ shiftright(`h44`, CAST(16L AS INT))) AS `h44`,
      (`g22` ^ shiftright(`g22`, CAST(16L AS INT))) AS `g22`,
      (`t22` ^ shiftright(`t22`, CAST(16L AS INT))) AS `t22`,
      (`g23` ^ shiftright(`g23`, CAST(16L AS INT))) AS `g23`,
      (`g24` ^ shiftright(`g24`, CAST(16L AS INT))) AS `g24`,
      `en`,
      `i`
    FROM `adg_s8`
  ),
  `adg_s10` AS (
    SELECT
      CASE
        WHEN `z22` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 22L) THEN `h22`
        ELSE `g22`
      END AS `h22`,
      CASE
        WHEN `z22` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 22L) THEN `j22`
        ELSE `t22`
      END AS `j22`,
      CASE
        WHEN `z23` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 23L) THEN `h23`
        ELSE `g23`
      END AS `h23`,
      CASE
        WHEN `z24` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 24L) THEN `h24`
        ELSE `g24`
      END AS `h24`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `j10`,
      `h11`,
      `h12`,
      `j12`,
      `h13`,
      `j13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `j18`,
      `h19`,
      `h20`,
      `h21`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `h30`,
      `h31`,
      `h32`,
      `h33`,
      `h34`,
      `h35`,
      `h36`,
      `h37`,
      `h38`,
      `h39`,
      `h40`,
      `h41`,
      `h42`,
      `h43`,
      `j43`,
      `h44`,
      `en`,
      `i`
    FROM `adg_s9`
  ),
  `adg_s11` AS (
    SELECT
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT)) AS INT) + 1) AS `q1`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT)) AS INT) + 1) AS `q2`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT)) AS INT) + 1) AS `q3`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT)) AS INT) + 1) AS `q4`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT)) AS INT) + 1) AS `q5`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(shiftright(`h6`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L)) AS INT)) AS INT) + 1) AS `q6`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(shiftright(`h7`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L)) AS INT)) AS INT) + 1) AS `q7`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(shiftright(`h8`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L)) AS INT)) AS INT) + 1) AS `q8`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(shiftright(`h9`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L)) AS INT)) AS INT) + 1) AS `q9`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(shiftright(`h10`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L)) AS INT)) AS INT) + 1) AS `q10`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(shiftright(`h11`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L)) AS INT)) AS INT) + 1) AS `q11`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(shiftright(`h12`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L)) AS INT)) AS INT) + 1) AS `q12`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(shiftright(`h13`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L)) AS INT)) AS INT) + 1) AS `q13`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(shiftright(`h14`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L)) AS INT)) AS INT) + 1) AS `q14`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(shiftright(`h15`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L)) AS INT)) AS INT) + 1) AS `q15`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(shiftright(`h16`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L)) AS INT)) AS INT) + 1) AS `q16`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L), CAST(shiftright(`h17`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L)) AS INT)) AS INT) + 1) AS `q17`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(shiftright(`h18`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L)) AS INT)) AS INT) + 1) AS `q18`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L), CAST(shiftright(`h19`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L)) AS INT)) AS INT) + 1) AS `q19`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L), CAST(shiftright(`h20`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L)) AS INT)) AS INT) + 1) AS `q20`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L), CAST(shiftright(`h21`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L)) AS INT)) AS INT) + 1) AS `q21`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(shiftright(`h22`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L)) AS INT)) AS INT) + 1) AS `q22`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L), CAST(shiftright(`h23`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L)) AS INT)) AS INT) + 1) AS `q23`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L), CAST(shiftright(`h24`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L)) AS INT)) AS INT) + 1) AS `q24`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L), CAST(shiftright(`h25`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L)) AS INT)) AS INT) + 1) AS `q25`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L), CAST(shiftright(`h26`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L)) AS INT)) AS INT) + 1) AS `q26`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L), CAST(shiftright(`h27`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L)) AS INT)) AS INT) + 1) AS `q27`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L), CAST(shiftright(`h28`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L)) AS INT)) AS INT) + 1) AS `q28`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(shiftright(`h29`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L)) AS INT)) AS INT) + 1) AS `q29`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L), CAST(shiftright(`h30`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L)) AS INT)) AS INT) + 1) AS `q30`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L), CAST(shiftright(`h31`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L)) AS INT)) AS INT) + 1) AS `q31`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L), CAST(shiftright(`h32`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L)) AS INT)) AS INT) + 1) AS `q32`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L), CAST(shiftright(`h33`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L)) AS INT)) AS INT) + 1) AS `q33`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L), CAST(shiftright(`h34`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L)) AS INT)) AS INT) + 1) AS `q34`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L), CAST(shiftright(`h35`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L)) AS INT)) AS INT) + 1) AS `q35`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L), CAST(shiftright(`h36`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L)) AS INT)) AS INT) + 1) AS `q36`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L), CAST(shiftright(`h37`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L)) AS INT)) AS INT) + 1) AS `q37`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 38L), CAST(shiftright(`h38`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 38L)) AS INT)) AS INT) + 1) AS `q38`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 39L), CAST(shiftright(`h39`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 39L)) AS INT)) AS INT) + 1) AS `q39`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 40L), CAST(shiftright(`h40`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 40L)) AS INT)) AS INT) + 1) AS `q40`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 41L), CAST(shiftright(`h41`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 41L)) AS INT)) AS INT) + 1) AS `q41`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 42L), CAST(shiftright(`h42`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 42L)) AS INT)) AS INT) + 1) AS `q42`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 43L), CAST(shiftright(`h43`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 43L)) AS INT)) AS INT) + 1) AS `q43`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 44L), CAST(shiftright(`h44`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 44L)) AS INT)) AS INT) + 1) AS `q44`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `j10`,
      `h11`,
      `h12`,
      `j12`,
      `h13`,
      `j13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `j18`,
      `h19`,
      `h20`,
      `h21`,
      `h22`,
      `j22`,
      `h23`,
      `h24`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `h30`,
      `h31`,
      `h32`,
      `h33`,
      `h34`,
      `h35`,
      `h36`,
      `h37`,
      `h38`,
      `h39`,
      `h40`,
      `h41`,
      `h42`,
      `h43`,
      `j43`,
      `h44`,
      `en`,
      `i`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      CASE
        WHEN `h1` < shiftright(`q1`, CAST(30L AS INT)) THEN shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT))
        ELSE (`q1` & 1073741823L)
      END AS `k1`,
      CASE
        WHEN `h2` < shiftright(`q2`, CAST(30L AS INT)) THEN shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT))
        ELSE (`q2` & 1073741823L)
      END AS `k2`,
      CASE
        WHEN `h3` < shiftright(`q3`, CAST(30L AS INT)) THEN shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT))
        ELSE (`q3` & 1073741823L)
      END AS `k3`,
      CASE
        WHEN `h4` < shiftright(`q4`, CAST(30L AS INT)) THEN shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT))
        ELSE (`q4` & 1073741823L)
      END AS `k4`,
      CASE
        WHEN `h5` < shiftright(`q5`, CAST(30L AS INT)) THEN shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT))
        ELSE (`q5` & 1073741823L)
      END AS `k5`,
      CASE
        WHEN `h6` < shiftright(`q6`, CAST(30L AS INT)) THEN shiftright(`h6`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L)) AS INT))
        ELSE (`q6` & 1073741823L)
      END AS `k6`,
      CASE
        WHEN `h7` < shiftright(`q7`, CAST(30L AS INT)) THEN shiftright(`h7`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L)) AS INT))
        ELSE (`q7` & 1073741823L)
      END AS `k7`,
      CASE
        WHEN `h8` < shiftright(`q8`, CAST(30L AS INT)) THEN shiftright(`h8`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L)) AS INT))
        ELSE (`q8` & 1073741823L)
      END AS `k8`,
      CASE
        WHEN `h9` < shiftright(`q9`, CAST(30L AS INT)) THEN shiftright(`h9`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L)) AS INT))
        ELSE (`q9` & 1073741823L)
      END AS `k9`,
      CASE
        WHEN `h10` < shiftright(`q10`, CAST(30L AS INT)) THEN shiftright(`h10`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L)) AS INT))
        ELSE (`q10` & 1073741823L)
      END AS `k10`,
      CASE
        WHEN `h11` < shiftright(`q11`, CAST(30L AS INT)) THEN shiftright(`h11`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L)) AS INT))
        ELSE (`q11` & 1073741823L)
      END AS `k11`,
      CASE
        WHEN `h12` < shiftright(`q12`, CAST(30L AS INT)) THEN shiftright(`h12`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L)) AS INT))
        ELSE (`q12` & 1073741823L)
      END AS `k12`,
      CASE
        WHEN `h13` < shiftright(`q13`, CAST(30L AS INT)) THEN shiftright(`h13`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L)) AS INT))
        ELSE (`q13` & 1073741823L)
      END AS `k13`,
      CASE
        WHEN `h14` < shiftright(`q14`, CAST(30L AS INT)) THEN shiftright(`h14`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L)) AS INT))
        ELSE (`q14` & 1073741823L)
      END AS `k14`,
      CASE
        WHEN `h15` < shiftright(`q15`, CAST(30L AS INT)) THEN shiftright(`h15`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L)) AS INT))
        ELSE (`q15` & 1073741823L)
      END AS `k15`,
      CASE
        WHEN `h16` < shiftright(`q16`, CAST(30L AS INT)) THEN shiftright(`h16`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L)) AS INT))
        ELSE (`q16` & 1073741823L)
      END AS `k16`,
      CASE
        WHEN `h17` < shiftright(`q17`, CAST(30L AS INT)) THEN shiftright(`h17`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L)) AS INT))
        ELSE (`q17` & 1073741823L)
      END AS `k17`,
      CASE
        WHEN `h18` < shiftright(`q18`, CAST(30L AS INT)) THEN shiftright(`h18`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L)) AS INT))
        ELSE (`q18` & 1073741823L)
      END AS `k18`,
      CASE
        WHEN `h19` < shiftright(`q19`, CAST(30L AS INT)) THEN shiftright(`h19`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L)) AS INT))
        ELSE (`q19` & 1073741823L)
      END AS `k19`,
      CASE
        WHEN `h20` < shiftright(`q20`, CAST(30L AS INT)) THEN shiftright(`h20`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L)) AS INT))
        ELSE (`q20` & 1073741823L)
      END AS `k20`,
      CASE
        WHEN `h21` < shiftright(`q21`, CAST(30L AS INT)) THEN shiftright(`h21`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L)) AS INT))
        ELSE (`q21` & 1073741823L)
      END AS `k21`,
      CASE
        WHEN `h22` < shiftright(`q22`, CAST(30L AS INT)) THEN shiftright(`h22`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L)) AS INT))
        ELSE (`q22` & 1073741823L)
      END AS `k22`,
      CASE
        WHEN `h23` < shiftright(`q23`, CAST(30L AS INT)) THEN shiftright(`h23`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L)) AS INT))
        ELSE (`q23` & 1073741823L)
      END AS `k23`,
      CASE
        WHEN `h24` < shiftright(`q24`, CAST(30L AS INT)) THEN shiftright(`h24`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L)) AS INT))
        ELSE (`q24` & 1073741823L)
      END AS `k24`,
      CASE
        WHEN `h25` < shiftright(`q25`, CAST(30L AS INT)) THEN shiftright(`h25`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L)) AS INT))
        ELSE (`q25` & 1073741823L)
      END AS `k25`,
      CASE
        WHEN `h26` < shiftright(`q26`, CAST(30L AS INT)) THEN shiftright(`h26`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L)) AS INT))
        ELSE (`q26` & 1073741823L)
      END AS `k26`,
      CASE
        WHEN `h27` < shiftright(`q27`, CAST(30L AS INT)) THEN shiftright(`h27`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L)) AS INT))
        ELSE (`q27` & 1073741823L)
      END AS `k27`,
      CASE
        WHEN `h28` < shiftright(`q28`, CAST(30L AS INT)) THEN shiftright(`h28`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L)) AS INT))
        ELSE (`q28` & 1073741823L)
      END AS `k28`,
      CASE
        WHEN `h29` < shiftright(`q29`, CAST(30L AS INT)) THEN shiftright(`h29`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L)) AS INT))
        ELSE (`q29` & 1073741823L)
      END AS `k29`,
      CASE
        WHEN `h30` < shiftright(`q30`, CAST(30L AS INT)) THEN shiftright(`h30`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L)) AS INT))
        ELSE (`q30` & 1073741823L)
      END AS `k30`,
      CASE
        WHEN `h31` < shiftright(`q31`, CAST(30L AS INT)) THEN shiftright(`h31`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L)) AS INT))
        ELSE (`q31` & 1073741823L)
      END AS `k31`,
      CASE
        WHEN `h32` < shiftright(`q32`, CAST(30L AS INT)) THEN shiftright(`h32`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L)) AS INT))
        ELSE (`q32` & 1073741823L)
      END AS `k32`,
      CASE
        WHEN `h33` < shiftright(`q33`, CAST(30L AS INT)) THEN shiftright(`h33`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L)) AS INT))
        ELSE (`q33` & 1073741823L)
      END AS `k33`,
      CASE
        WHEN `h34` < shiftright(`q34`, CAST(30L AS INT)) THEN shiftright(`h34`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L)) AS INT))
        ELSE (`q34` & 1073741823L)
      END AS `k34`,
      CASE
        WHEN `h35` < shiftright(`q35`, CAST(30L AS INT)) THEN shiftright(`h35`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L)) AS INT))
        ELSE (`q35` & 1073741823L)
      END AS `k35`,
      CASE
        WHEN `h36` < shiftright(`q36`, CAST(30L AS INT)) THEN shiftright(`h36`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L)) AS INT))
        ELSE (`q36` & 1073741823L)
      END AS `k36`,
      CASE
        WHEN `h37` < shiftright(`q37`, CAST(30L AS INT)) THEN shiftright(`h37`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L)) AS INT))
        ELSE (`q37` & 1073741823L)
      END AS `k37`,
      CASE
        WHEN `h38` < shiftright(`q38`, CAST(30L AS INT)) THEN shiftright(`h38`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 38L)) AS INT))
        ELSE (`q38` & 1073741823L)
      END AS `k38`,
      CASE
        WHEN `h39` < shiftright(`q39`, CAST(30L AS INT)) THEN shiftright(`h39`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 39L)) AS INT))
        ELSE (`q39` & 1073741823L)
      END AS `k39`,
      CASE
        WHEN `h40` < shiftright(`q40`, CAST(30L AS INT)) THEN shiftright(`h40`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 40L)) AS INT))
        ELSE (`q40` & 1073741823L)
      END AS `k40`,
      CASE
        WHEN `h41` < shiftright(`q41`, CAST(30L AS INT)) THEN shiftright(`h41`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 41L)) AS INT))
        ELSE (`q41` & 1073741823L)
      END AS `k41`,
      CASE
        WHEN `h42` < shiftright(`q42`, CAST(30L AS INT)) THEN shiftright(`h42`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 42L)) AS INT))
        ELSE (`q42` & 1073741823L)
      END AS `k42`,
      CASE
        WHEN `h43` < shiftright(`q43`, CAST(30L AS INT)) THEN shiftright(`h43`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 43L)) AS INT))
        ELSE (`q43` & 1073741823L)
      END AS `k43`,
      CASE
        WHEN `h44` < shiftright(`q44`, CAST(30L AS INT)) THEN shiftright(`h44`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 44L)) AS INT))
        ELSE (`q44` & 1073741823L)
      END AS `k44`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `j10`,
      `h11`,
      `h12`,
      `j12`,
      `h13`,
      `j13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `j18`,
      `h19`,
      `h20`,
      `h21`,
      `h22`,
      `j22`,
      `h23`,
      `h24`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `h30`,
      `h31`,
      `h32`,
      `h33`,
      `h34`,
      `h35`,
      `h36`,
      `h37`,
      `h38`,
      `h39`,
      `h40`,
      `h41`,
      `h42`,
      `h43`,
      `j43`,
      `h44`,
      `en`,
      `i`
    FROM `adg_s11`
  ),
  `adg_s13` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `w5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `w10`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(`k11` AS INT) + 1) AS `v11`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `v12`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `w12`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(`k13` AS INT) + 1) AS `v13`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(`k13` AS INT) + 1) AS `w13`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<SMALLINT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(`k14` AS INT) + 1) AS `v14`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(`k15` AS INT) + 1) AS `v15`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(`k16` AS INT) + 1) AS `v16`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L), CAST(`k17` AS INT) + 1) AS `v17`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(`k18` AS INT) + 1) AS `v18`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(`k18` AS INT) + 1) AS `w18`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L), CAST(`k19` AS INT) + 1) AS `v19`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L), CAST(`k20` AS INT) + 1) AS `v20`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L), CAST(`k21` AS INT) + 1) AS `v21`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(`k22` AS INT) + 1) AS `v22`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(`k22` AS INT) + 1) AS `w22`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L), CAST(`k23` AS INT) + 1) AS `v23`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L), CAST(`k24` AS INT) + 1) AS `v24`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L), CAST(`k25` AS INT) + 1) AS `v25`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L), CAST(`k26` AS INT) + 1) AS `v26`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L), CAST(`k27` AS INT) + 1) AS `v27`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L), CAST(`k28` AS INT) + 1) AS `v28`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(`k29` AS INT) + 1) AS `v29`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L), CAST(`k30` AS INT) + 1) AS `v30`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L), CAST(`k31` AS INT) + 1) AS `v31`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L), CAST(`k32` AS INT) + 1) AS `v32`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L), CAST(`k33` AS INT) + 1) AS `v33`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L), CAST(`k34` AS INT) + 1) AS `v34`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L), CAST(`k35` AS INT) + 1) AS `v35`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L), CAST(`k36` AS INT) + 1) AS `v36`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L), CAST(`k37` AS INT) + 1) AS `v37`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 38L), CAST(`k38` AS INT) + 1) AS `v38`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 39L), CAST(`k39` AS INT) + 1) AS `v39`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 40L), CAST(`k40` AS INT) + 1) AS `v40`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 41L), CAST(`k41` AS INT) + 1) AS `v41`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 42L), CAST(`k42` AS INT) + 1) AS `v42`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 43L), CAST(`k43` AS INT) + 1) AS `v43`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 43L), CAST(`k43` AS INT) + 1) AS `w43`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 44L), CAST(`k44` AS INT) + 1) AS `v44`,
      (((1073741789L * `en`) + 735017446784584L) % 1000000000000000L) AS `m1`,
      (((1073741741L * `i`) + 3701954L) % 10000000L) AS `m2`,
      `j5`,
      `j10`,
      `j12`,
      `j13`,
      `j18`,
      `j22`,
      `j43`
    FROM `adg_s12`
  ),
  `adg_s14` AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 101559956668416L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 2821109907456L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 78364164096L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 2176782336L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 60466176L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 1679616L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 46656L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 1296L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 36L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST(((`m1` % 36L) + 1L) AS INT), CAST(1L AS INT)) AS `o1`,
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS BIGINT) AS `o2`,
      `v1` AS `o3`,
      `v2` AS `o4`,
      `v3` AS `o5`,
      `v4` AS `o6`,
      date_add(`v5`, CAST(CAST(CASE WHEN abs((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o7`,
      `v6` AS `o8`,
      `v7` AS `o9`,
      `v8` AS `o10`,
      `v9` AS `o11`,
      date_add(`v10`, CAST(CAST(CASE WHEN abs((CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w10` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w10` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w10` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o12`,
      `v11` AS `o13`,
      date_add(`v12`, CAST(CAST(CASE WHEN abs((CAST(`j12` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w12` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j12` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w12` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j12` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w12` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o14`,
      date_add(`v13`, CAST(CAST(CASE WHEN abs((CAST(`j13` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w13` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j13` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w13` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j13` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w13` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o15`,
      `v14` AS `o16`,
      `v15` AS `o17`,
      `v16` AS `o18`,
      `v17` AS `o19`,
      date_add(`v18`, CAST(CAST(CASE WHEN abs((CAST(`j18` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w18` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j18` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w18` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j18` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w18` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o20`,
      `v19` AS `o21`,
      `v20` AS `o22`,
      `v21` AS `o23`,
      date_add(`v22`, CAST(CAST(CASE WHEN abs((CAST(`j22` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w22` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j22` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w22` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j22` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w22` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o24`,
      `v23` AS `o25`,
      `v24` AS `o26`,
      `v25` AS `o27`,
      `v26` AS `o28`,
      `v27` AS `o29`,
      `v28` AS `o30`,
      `v29` AS `o31`,
      `v30` AS `o32`,
      `v31` AS `o33`,
      `v32` AS `o34`,
      `v33` AS `o35`,
      `v34` AS `o36`,
      `v35` AS `o37`,
      `v36` AS `o38`,
      `v37` AS `o39`,
      `v38` AS `o40`,
      `v39` AS `o41`,
      `v40` AS `o42`,
      `v41` AS `o43`,
      `v42` AS `o44`,
      date_add(`v43`, CAST(CAST(CASE WHEN abs((CAST(`j43` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w43` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j43` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w43` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j43` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w43` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o45`,
      CAST(NULL AS STRING) AS `o46`,
      `v44` AS `o47`
    FROM `adg_s13`
  ),
  `adg_s15` AS (
    SELECT
      least(least(least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE))) AS `r1_1`,
      greatest(greatest(greatest(greatest(least(least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE))), least(least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))) AS `r1_2`,
      greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o14`, CAST('9999-12-31' AS DATE))), least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(least(coalesce(`o14`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE)))) AS `r1_3`,
      greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(greatest(least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o14`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o7`, CAST('9999-12-31' AS DATE)), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o14`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o14`, CAST('9999-12-31' AS DATE)), coalesce(`o20`, CAST('9999-12-31' AS DATE)))), least(coalesce(`o15`, CAST('9999-12-31' AS DATE)), coalesce(`o20`, CAST('9999-12-31' AS DATE)))) AS `r1_4`,
      greatest(greatest(greatest(greatest(coalesce(`o12`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))), coalesce(`o14`, CAST('9999-12-31' AS DATE))), coalesce(`o15`, CAST('9999-12-31' AS DATE))), coalesce(`o20`, CAST('9999-12-31' AS DATE))) AS `r1_5`,
      `o1`,
      `o2`,
      `o3`,
      `o4`,
      `o5`,
      `o6`,
      `o7`,
      `o8`,
      `o9`,
      `o10`,
      `o11`,
      `o12`,
      `o13`,
      `o14`,
      `o15`,
      `o16`,
      `o17`,
      `o18`,
      `o19`,
      `o20`,
      `o21`,
      `o22`,
      `o23`,
      `o24`,
      `o25`,
      `o26`,
      `o27`,
      `o28`,
      `o29`,
      `o30`,
      `o31`,
      `o32`,
      `o33`,
      `o34`,
      `o35`,
      `o36`,
      `o37`,
      `o38`,
      `o39`,
      `o40`,
      `o41`,
      `o42`,
      `o43`,
      `o44`,
      `o45`,
      `o46`,
      `o47`
    FROM `adg_s14`
  ),
  `adg_s16` AS (
    SELECT
      CASE
        WHEN `o12` IS NULL THEN NULL
        WHEN CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r1_1`
      END AS `o12`,
      CASE
        WHEN `o7` IS NULL THEN NULL
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
      END AS `o7`,
      CASE
        WHEN `o14` IS NULL THEN NULL
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END) = 3L THEN `r1_3`
      END AS `o14`,
      CASE
        WHEN `o15` IS NULL THEN NULL
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END) = 3L THEN `r1_3`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END) = 4L THEN `r1_4`
      END AS `o15`,
      CASE
        WHEN `o20` IS NULL THEN NULL
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o20` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o20` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o20` IS NOT NULL THEN 1L ELSE 0L END) = 3L THEN `r1_3`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o20` IS NOT NULL THEN 1L ELSE 0L END) = 4L THEN `r1_4`
        WHEN (CASE WHEN `o12` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o20` IS NOT NULL THEN 1L ELSE 0L END) = 5L THEN `r1_5`
      END AS `o20`,
      `o1`,
      `o2`,
      `o3`,
      `o4`,
      `o5`,
      `o6`,
      `o8`,
      `o9`,
      `o10`,
      `o11`,
      `o13`,
      `o16`,
      `o17`,
      `o18`,
      `o19`,
      `o21`,
      `o22`,
      `o23`,
      `o24`,
      `o25`,
      `o26`,
      `o27`,
      `o28`,
      `o29`,
      `o30`,
      `o31`,
      `o32`,
      `o33`,
      `o34`,
      `o35`,
      `o36`,
      `o37`,
      `o38`,
      `o39`,
      `o40`,
      `o41`,
      `o42`,
      `o43`,
      `o44`,
      `o45`,
      `o46`,
      `o47`
    FROM `adg_s15`
  )
SELECT
  `o1` AS `TOKEN_PERSON_ID`,
  `o2` AS `EPIKEY`,
  `o3` AS `FYEAR`,
  `o4` AS `PROCODE3`,
  `o5` AS `PROCODET`,
  `o6` AS `SITETRET`,
  `o7` AS `ADMIDATE`,
  `o8` AS `ADMIMETH`,
  `o9` AS `ADMISORC`,
  `o10` AS `ADMINCAT`,
  `o11` AS `CLASSPAT`,
  `o12` AS `ELECDATE`,
  `o13` AS `ELECDUR`,
  `o14` AS `EPISTART`,
  `o15` AS `EPIEND`,
  `o16` AS `EPIORDER`,
  `o17` AS `EPISTAT`,
  `o18` AS `EPITYPE`,
  `o19` AS `EPIDUR`,
  `o20` AS `DISDATE`,
  `o21` AS `DISDEST`,
  `o22` AS `DISMETH`,
  `o23` AS `SPELDUR`,
  `o24` AS `MYDOB`,
  `o25` AS `SEX`,
  `o26` AS `ETHNOS`,
  CAST((CAST(substr(date_format(`o14`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`o24`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(date_format(`o14`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o14`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`o24`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o24`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L
    ELSE 0L
  END AS SMALLINT) AS `STARTAGE`,
  `o27` AS `MAINSPEF`,
  `o28` AS `TRETSPEF`,
  `o29` AS `DIAG_4_01`,
  `o30` AS `DIAG_4_02`,
  `o31` AS `DIAG_4_03`,
  `o32` AS `DIAG_4_04`,
  `o33` AS `DIAG_4_05`,
  `o34` AS `DIAG_4_06`,
  `o35` AS `DIAG_4_07`,
  `o36` AS `DIAG_4_08`,
  `o37` AS `DIAG_4_09`,
  `o38` AS `DIAG_4_10`,
  CAST(CASE
    WHEN (`o29` IS NOT NULL) OR (`o30` IS NOT NULL) OR (`o31` IS NOT NULL) OR (`o32` IS NOT NULL) OR (`o33` IS NOT NULL) OR (`o34` IS NOT NULL) OR (`o35` IS NOT NULL) OR (`o36` IS NOT NULL) OR (`o37` IS NOT NULL) OR (`o38` IS NOT NULL) THEN substr((CASE WHEN `o29` IS NOT NULL THEN ',' || `o29` ELSE '' END || CASE WHEN `o30` IS NOT NULL THEN ',' || `o30` ELSE '' END || CASE WHEN `o31` IS NOT NULL THEN ',' || `o31` ELSE '' END || CASE WHEN `o32` IS NOT NULL THEN ',' || `o32` ELSE '' END || CASE WHEN `o33` IS NOT NULL THEN ',' || `o33` ELSE '' END || CASE WHEN `o34` IS NOT NULL THEN ',' || `o34` ELSE '' END || CASE WHEN `o35` IS NOT NULL THEN ',' || `o35` ELSE '' END || CASE WHEN `o36` IS NOT NULL THEN ',' || `o36` ELSE '' END || CASE WHEN `o37` IS NOT NULL THEN ',' || `o37` ELSE '' END || CASE WHEN `o38` IS NOT NULL THEN ',' || `o38` ELSE '' END), CAST(2L AS INT), CAST(char_length((CASE WHEN `o29` IS NOT NULL THEN ',' || `o29` ELSE '' END || CASE WHEN `o30` IS NOT NULL THEN ',' || `o30` ELSE '' END || CASE WHEN `o31` IS NOT NULL THEN ',' || `o31` ELSE '' END || CASE WHEN `o32` IS NOT NULL THEN ',' || `o32` ELSE '' END || CASE WHEN `o33` IS NOT NULL THEN ',' || `o33` ELSE '' END || CASE WHEN `o34` IS NOT NULL THEN ',' || `o34` ELSE '' END || CASE WHEN `o35` IS NOT NULL THEN ',' || `o35` ELSE '' END || CASE WHEN `o36` IS NOT NULL THEN ',' || `o36` ELSE '' END || CASE WHEN `o37` IS NOT NULL THEN ',' || `o37` ELSE '' END || CASE WHEN `o38` IS NOT NULL THEN ',' || `o38` ELSE '' END)) AS INT))
    ELSE CAST(NULL AS STRING)
  END AS STRING) AS `DIAG_4_CONCAT`,
  CAST(CASE WHEN `o29` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o30` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o31` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o32` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o33` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o34` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o35` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o36` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o37` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o38` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT) AS `DIAG_COUNT`,
  `o39` AS `OPERTN_4_01`,
  `o40` AS `OPERTN_4_02`,
  `o41` AS `OPERTN_4_03`,
  `o42` AS `OPERTN_4_04`,
  `o43` AS `OPERTN_4_05`,
  `o44` AS `OPERTN_4_06`,
  CAST(CASE WHEN `o39` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o40` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o41` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o42` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o43` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o44` IS NOT NULL THEN 1L ELSE 0L END AS SMALLINT) AS `OPERTN_COUNT`,
  `o45` AS `OPDATE_01`,
  `o46` AS `GPPRAC`,
  `o47` AS `RESLADST`
FROM `adg_s16`;

CREATE OR REPLACE TABLE `adg_output`.`hes_apc_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'hes_apc' AS `dataset`,
  'specs/hes.yaml' AS `spec_file`,
  '596d835241343c8954e7c6d2f5984503dd8b31f7947bf8cf956fd57778f08bea' AS `spec_hash`,
  `m`.`metadata_hash`,
  2026L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`hes_apc_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
FROM (
  SELECT
    `metadata_hash`
  FROM `adg_released_hash`
) AS `m`
LEFT JOIN (
  SELECT
    `r`.`metadata_hash`,
    `r`.`released_at`,
    `r`.`reviewer`,
    `r`.`approver`
  FROM (
    SELECT
      `l`.`metadata_hash`,
      CAST(`l`.`released_at` AS STRING) AS `released_at`,
      `l`.`reviewer`,
      `l`.`approver`
    FROM `adg_released`.`adg_releases` AS `l`
    WHERE (`l`.`dataset` = 'hes_apc') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hes_apc'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`hes_apc_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hes_apc_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [19/19] Summary: rows generated and items available per field
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE `i`.`ordinal` = `g`.`ordinal`) AS `items`,
  (SELECT `n` FROM `adg_plan`) AS `rows`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_op", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/19] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/19] Fields to generate, matched to the metadata by name and kind
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

-- [4/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`hes_op_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9')));

-- [5/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

CREATE TABLE `adg_scratch`.`adg_released_hash` AS
SELECT
  sha2(array_join(transform(array_sort(collect_list(named_struct('k0', `ordinal`, 'k1', `stat`, 'k2', coalesce(`item`, -1L), 'k3', CASE WHEN `value` IS NULL THEN 1L ELSE 0L END, 'k4', coalesce(`value`, ''), 'k5', coalesce(`lo`, 0e+0), 'k6', coalesce(`hi`, 0e+0), 'v', `line`))), adg_x -> adg_x.v), '|'), 256) AS `metadata_hash`
FROM (
  SELECT
    `ordinal`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `e_ordinal` || ',' || `e_field` || ',' || `e_kind` || ',' || `e_stat` || ',' || `e_item` || ',' || `e_value` || ',' || `e_lo` || ',' || `e_hi` || ',' || `e_n_rows` || ',' || `e_n_entities` AS `line`
  FROM (
    SELECT
      `ordinal`,
      `stat`,
      `item`,
      `value`,
      `lo`,
      `hi`,
      CASE
        WHEN `ordinal` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`ordinal` AS STRING)) AS STRING) || ':' || CAST(`ordinal` AS STRING)
      END AS `e_ordinal`,
      CASE
        WHEN `field` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`field` AS STRING)) AS STRING) || ':' || CAST(`field` AS STRING)
      END AS `e_field`,
      CASE
        WHEN `kind` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`kind` AS STRING)) AS STRING) || ':' || CAST(`kind` AS STRING)
      END AS `e_kind`,
      CASE
        WHEN `stat` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`stat` AS STRING)) AS STRING) || ':' || CAST(`stat` AS STRING)
      END AS `e_stat`,
      CASE
        WHEN `item` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`item` AS STRING)) AS STRING) || ':' || CAST(`item` AS STRING)
      END AS `e_item`,
      CASE
        WHEN `value` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`value` AS STRING)) AS STRING) || ':' || CAST(`value` AS STRING)
      END AS `e_value`,
      CASE
        WHEN `lo` IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!'
        WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`lo` AS STRING)
      END) AS STRING) || ':' || CASE
        WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!'
        WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`lo` AS STRING)
      END
      END AS `e_lo`,
      CASE
        WHEN `hi` IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!'
        WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`hi` AS STRING)
      END) AS STRING) || ':' || CASE
        WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!'
        WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`hi` AS STRING)
      END
      END AS `e_hi`,
      CASE
        WHEN `n_rows` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`n_rows` AS STRING)) AS STRING) || ':' || CAST(`n_rows` AS STRING)
      END AS `e_n_rows`,
      CASE
        WHEN `n_entities` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`n_entities` AS STRING)) AS STRING) || ':' || CAST(`n_entities` AS STRING)
      END AS `e_n_entities`
    FROM `adg_released`.`hes_op_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'hes_op') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hes_op')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/19] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`hes_op_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/19] Released items of every field, in published order
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

CREATE TABLE `adg_scratch`.`adg_items` AS
SELECT
  `g`.`ordinal`,
  `m`.`item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_rows`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`lo` IS NOT NULL THEN `m`.`lo` ELSE CAST(`m`.`value` AS DOUBLE) END
  END AS `num`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`stat` = 'bin' THEN `m`.`hi` - `m`.`lo` ELSE 0e+0 END
  END
    ELSE CASE
    WHEN `g`.`ordinal` = 5L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 6L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 29L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(YEAR, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`hes_op_metadata` AS `m`
  ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
WHERE `m`.`stat` IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0L AS `ordinal`,
  CAST(row_number() OVER (ORDER BY CASE WHEN `m`.`value` IS NULL THEN 1L ELSE 0L END NULLS LAST, CAST(`m`.`value` AS BIGINT) NULLS LAST, `m`.`lo` NULLS LAST, `m`.`hi` NULLS LAST) AS BIGINT) - 1L AS `item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_entities` AS `n_rows`,
  coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) AS `num`,
  CASE WHEN `m`.`lo` IS NULL THEN 0e+0 ELSE `m`.`hi` - `m`.`lo` END AS `width`
FROM `adg_released`.`hes_op_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L)
UNION ALL
SELECT
  `g`.`ordinal`,
  `m`.`item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_rows`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`lo` IS NOT NULL THEN `m`.`lo` ELSE CAST(`m`.`value` AS DOUBLE) END
  END AS `num`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`stat` = 'bin' THEN `m`.`hi` - `m`.`lo` ELSE 0e+0 END
  END
    ELSE CASE
    WHEN `g`.`ordinal` = 100029L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(YEAR, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
  END
  END AS `width`
FROM (
  SELECT
    `ordinal`,
    `field`,
    `kind`
  FROM (VALUES
    (100029L, 'MYDOB', 'date'),
    (100030L, 'SEX', 'categorical'),
    (100031L, 'ETHNOS', 'categorical')
  ) AS `v`(`ordinal`, `field`, `kind`)
) AS `g`
JOIN `adg_released`.`hes_apc_metadata` AS `m`
  ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
WHERE `m`.`stat` IN ('null', 'value', 'bin');

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

CREATE TABLE `adg_scratch`.`adg_alias` AS
WITH
  `adg_bucket_counts` AS (
    SELECT
      `k`.`ordinal`,
      `k`.`bucket`,
      `k`.`b`,
      `k`.`s`,
      coalesce(`h`.`c`, 0L) AS `c`
    FROM (
      SELECT
        `z`.`ordinal`,
        `z`.`b`,
        shiftleft(CAST(1L AS BIGINT), CAST((32L - `z`.`b`) AS INT)) AS `s`,
        explode(CASE WHEN (shiftleft(CAST(1L AS BIGINT), CAST(`z`.`b` AS INT))) > 0 THEN sequence(0L, (shiftleft(CAST(1L AS BIGINT), CAST(`z`.`b` AS INT))) - 1) END) AS `bucket`
      FROM (
        SELECT
          `ordinal`,
          `b0` + CASE
            WHEN shiftleft(CAST(1L AS BIGINT), CAST(`b0` AS INT)) < `k` THEN 1L
            WHEN (`b0` > 0L) AND (shiftleft(CAST(1L AS BIGINT), CAST((`b0` - 1L) AS INT)) >= `k`) THEN -1L
            ELSE 0L
          END AS `b`
        FROM (
          SELECT
            `ordinal`,
            count(*) AS `k`,
            CAST(CASE WHEN abs(log2(CAST(count(*) AS DOUBLE))) < 4.5e15 THEN CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS DOUBLE) ELSE log2(CAST(count(*) AS DOUBLE)) END AS BIGINT) AS `b0`
          FROM `adg_items`
          GROUP BY `ordinal`
        ) AS `e`
      ) AS `z`
    ) AS `k`
    LEFT JOIN (
      SELECT
        `ordinal`,
        `item`,
        ((((`cum` * 65536L) div `total`) * 65536L) + ((((((`cum` * 65536L) % `total`) * 65536L) + `total`) - 1L) div `total`)) - (((((`cum` - `n_rows`) * 65536L) div `total`) * 65536L) + (((((((`cum` - `n_rows`) * 65536L) % `total`) * 65536L) + `total`) - 1L) div `total`)) AS `c`
      FROM (
        SELECT
          `ordinal`,
          `item`,
          CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal` ORDER BY `item` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `cum`,
          `n_rows`,
          CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal`) AS BIGINT) AS `total`
        FROM `adg_items`
      ) AS `w`
    ) AS `h`
      ON (`h`.`ordinal` = `k`.`ordinal`) AND (`h`.`item` = `k`.`bucket`)
  ),
  `adg_lights` AS (
    SELECT
      `ordinal`,
      `bucket`,
      `s` - `c` AS `d`,
      CAST(sum(`s` - `c`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - (`s` - `c`) AS `sigma`
    FROM `adg_bucket_counts`
    WHERE `c` < `s`
  ),
  `adg_heavies` AS (
    SELECT
      `ordinal`,
      `bucket`,
      CAST(sum(`c` - `s`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - (`c` - `s`) AS `a`,
      CAST(sum(`c` - `s`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `b_end`,
      lead(`bucket`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST) AS `next`
    FROM `adg_bucket_counts`
    WHERE `c` > `s`
  ),
  `adg_light_alias` AS (
    SELECT
      `ordinal`,
      `light` AS `bucket`,
      `alias`
    FROM (
      SELECT
        `ordinal`,
        `light`,
        max(`heavy`) OVER (PARTITION BY `ordinal` ORDER BY `pos` NULLS LAST, `side` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `alias`
      FROM (
        SELECT
          `ordinal`,
          `a` AS `pos`,
          0L AS `side`,
          `bucket` AS `heavy`,
          CAST(NULL AS BIGINT) AS `light`
        FROM `adg_heavies`
        UNION ALL
        SELECT
          `ordinal`,
          `sigma` AS `pos`,
          1L AS `side`,
          CAST(NULL AS BIGINT) AS `heavy`,
          `bucket` AS `light`
        FROM `adg_lights`
      ) AS `events`
    ) AS `merged`
    WHERE `light` IS NOT NULL
  ),
  `adg_overshoot` AS (
    SELECT
      `ordinal`,
      `heavy` AS `bucket`,
      greatest(0L, (coalesce(`reach`, 0L) - `pos`)) AS `overshoot`
    FROM (
      SELECT
        `ordinal`,
        `heavy`,
        `pos`,
        max(`reach`) OVER (PARTITION BY `ordinal` ORDER BY `pos` NULLS LAST, `side` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `reach`
      FROM (
        SELECT
          `ordinal`,
          `b_end` AS `pos`,
          0L AS `side`,
          `bucket` AS `heavy`,
          CAST(NULL AS BIGINT) AS `reach`
        FROM `adg_heavies`
        UNION ALL
        SELECT
          `ordinal`,
          `sigma` AS `pos`,
          1L AS `side`,
          CAST(NULL AS BIGINT) AS `heavy`,
          `sigma` + `d` AS `reach`
        FROM `adg_lights`
      ) AS `events`
    ) AS `merged`
    WHERE `heavy` IS NOT NULL
  )
SELECT
  `c`.`ordinal`,
  `c`.`bucket`,
  `c`.`b`,
  (((`c`.`bucket` * `c`.`s`) + CASE
    WHEN `c`.`c` < `c`.`s` THEN `c`.`c`
    WHEN `c`.`c` > `c`.`s` THEN `c`.`s` - coalesce(`o`.`overshoot`, 0L)
    ELSE `c`.`s`
  END) * 1073741824L) + CASE
    WHEN `c`.`c` < `c`.`s` THEN `l`.`alias`
    WHEN (`c`.`c` > `c`.`s`) AND (coalesce(`o`.`overshoot`, 0L) > 0L) THEN coalesce(`h`.`next`, `c`.`bucket`)
    ELSE `c`.`bucket`
  END AS `packed`
FROM `adg_bucket_counts` AS `c`
LEFT JOIN `adg_light_alias` AS `l`
  ON (`l`.`ordinal` = `c`.`ordinal`) AND (`l`.`bucket` = `c`.`bucket`)
LEFT JOIN `adg_heavies` AS `h`
  ON (`h`.`ordinal` = `c`.`ordinal`) AND (`h`.`bucket` = `c`.`bucket`)
LEFT JOIN `adg_overshoot` AS `o`
  ON (`o`.`ordinal` = `c`.`ordinal`) AND (`o`.`bucket` = `c`.`bucket`);

CREATE OR REPLACE TEMPORARY VIEW `adg_alias` AS SELECT * FROM `adg_scratch`.`adg_alias`;

-- [11/19] Lookup lists of every field: its alias table and its values, in order
-- A view: the sampling query reads each list once per statement as a scalar subquery, built in
-- memory (a stored list would be read back from storage at every lookup).
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

CREATE TABLE `adg_scratch`.`adg_field_lists` AS
SELECT
  `a`.`ordinal`,
  `a`.`ps`,
  `a`.`b`,
  `v`.`vs`,
  `v`.`nums`,
  `v`.`widths`,
  `d`.`d`
FROM (
  SELECT
    `ordinal`,
    transform(array_sort(collect_list(named_struct('k0', `bucket`, 'v', `packed`))), adg_x -> adg_x.v) AS `ps`,
    max(`b`) AS `b`
  FROM `adg_alias`
  GROUP BY `ordinal`
) AS `a`
LEFT JOIN (
  SELECT
    `ordinal`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `value`))), adg_x -> adg_x.v) AS `vs`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `num`))), adg_x -> adg_x.v) AS `nums`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `width`))), adg_x -> adg_x.v) AS `widths`
  FROM `adg_items`
  GROUP BY `ordinal`
) AS `v`
  ON `v`.`ordinal` = `a`.`ordinal`
LEFT JOIN (
  SELECT
    `g`.`ordinal`,
    CAST(`m`.`value` AS BIGINT) AS `d`
  FROM `adg_fields` AS `g`
  JOIN `adg_released`.`hes_op_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

CREATE TABLE `adg_scratch`.`adg_entities` AS
SELECT
  `en`,
  `n`,
  CAST(sum(`n`) OVER (ORDER BY `en` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - `n` AS `s`,
  CAST(sum(`n`) OVER (ORDER BY `en` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `e`
FROM (
  SELECT
    CASE
      WHEN `width` = 0e+0 THEN CAST(`num` AS BIGINT)
      ELSE least((CAST(`num` AS BIGINT) + CAST(CASE WHEN abs((CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`)) < 4.5e15 THEN CAST(floor((CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`)) AS DOUBLE) ELSE (CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`) END AS BIGINT)), ((CAST(`num` AS BIGINT) + CAST(`width` AS BIGINT)) - 1L))
    END AS `n`,
    `en`
  FROM (
    SELECT
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(`item` AS INT) + 1) AS `num`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(`item` AS INT) + 1) AS `width`,
      `en`,
      `j`
    FROM (
      SELECT
        CASE WHEN `h` < shiftright(`slot`, CAST(30L AS INT)) THEN `bucket` ELSE (`slot` & 1073741823L) END AS `item`,
        `en`,
        `j`
      FROM (
        SELECT
          try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L)) AS INT)) AS INT) + 1) AS `slot`,
          shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L)) AS INT)) AS `bucket`,
          `en`,
          `h`,
          `j`
        FROM (
          SELECT
            (`h` ^ shiftright(`h`, CAST(16L AS INT))) AS `h`,
            (`j` ^ shiftright(`j`, CAST(16L AS INT))) AS `j`,
            `en`
          FROM (
            SELECT
              (((`h` ^ shiftright(`h`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h`,
              (((`j` ^ shiftright(`j`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j`,
              `en`
            FROM (
              SELECT
                (((`h` ^ shiftright(`h`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h`,
                (((`j` ^ shiftright(`j`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j`,
                `en`
              FROM (
                SELECT
                  ((`y` + 744192685L) & 4294967295L) AS `h`,
                  ((`y` + 3739643141L) & 4294967295L) AS `j`,
                  `en`
                FROM (
                  SELECT
                    (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
                    `en`
                  FROM (
                    SELECT
                      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
                      `en`
                    FROM (
                      SELECT
                        (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
                        `en`
                      FROM (
                        SELECT
                          (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
                          `en`
                        FROM (
                          SELECT
                            ((`en` + 895030338L) & 4294967295L) AS `y`,
                            `en`
                          FROM (
                            SELECT
                              `g` AS `en`
                            FROM (SELECT explode(CASE WHEN ((SELECT `entities` FROM `adg_entity_plan`)) > 0 THEN sequence(0L, ((SELECT `entities` FROM `adg_entity_plan`)) - 1) END) AS `g`) AS `r`
                          ) AS `adg_e0`
                        ) AS `adg_e1`
                      ) AS `adg_e2`
                    ) AS `adg_e3`
                  ) AS `adg_e4`
                ) AS `adg_e5`
              ) AS `adg_e6`
            ) AS `adg_e7`
          ) AS `adg_e8`
        ) AS `adg_e9`
      ) AS `adg_e10`
    ) AS `adg_e11`
  ) AS `adg_e12`
) AS `adg_e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entities` AS SELECT * FROM `adg_scratch`.`adg_entities`;

-- [13/19] Rows to generate: the sum of the rows of every entity
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

CREATE TABLE `adg_scratch`.`adg_plan` AS
SELECT
  `n`,
  `entities`,
  greatest(1L, (`n` div 262144L)) AS `block`
FROM (
  SELECT
    coalesce(sum(`n`), 0L) AS `n`,
    count(*) AS `entities`
  FROM `adg_entities`
) AS `planned`;

CREATE OR REPLACE TEMPORARY VIEW `adg_plan` AS SELECT * FROM `adg_scratch`.`adg_plan`;

-- [14/19] Row count within what the 32-bit counter supports
SELECT raise_error('specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/19] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
SELECT raise_error('specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 1000000000000000L);

-- [16/19] Identifier ATTENDKEY: the pattern has a value for every row
SELECT raise_error('specs/hes.yaml: fields.ATTENDKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 10000000L);

-- [17/19] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;

CREATE TABLE `adg_scratch`.`adg_stable_cuts` AS
SELECT
  29L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 29L
UNION ALL
SELECT
  30L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 30L
UNION ALL
SELECT
  31L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 31L;

CREATE OR REPLACE TEMPORARY VIEW `adg_stable_cuts` AS SELECT * FROM `adg_scratch`.`adg_stable_cuts`;

-- [18/19] Sample 32 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`hes_op` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 1495469939L) & 4294967295L) AS `x`,
      ((`en` + 895030338L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
      `en`,
      `i`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 1906358468L) & 4294967295L) AS `h1`,
      ((`x` + 1685441524L) & 4294967295L) AS `h2`,
      ((`x` + 2243510659L) & 4294967295L) AS `h3`,
      ((`x` + 1983234211L) & 4294967295L) AS `h4`,
      ((`x` + 3138222731L) & 4294967295L) AS `h5`,
      ((`x` + 3833144937L) & 4294967295L) AS `j5`,
      ((`x` + 1809889657L) & 4294967295L) AS `h6`,
      ((`x` + 322152722L) & 4294967295L) AS `j6`,
      ((`x` + 4263079187L) & 4294967295L) AS `h7`,
      ((`x` + 704061334L) & 4294967295L) AS `h8`,
      ((`x` + 959898261L) & 4294967295L) AS `h9`,
      ((`x` + 904500734L) & 4294967295L) AS `h10`,
      ((`x` + 808426048L) & 4294967295L) AS `h11`,
      ((`x` + 2481907532L) & 4294967295L) AS `h12`,
      ((`x` + 1270209703L) & 4294967295L) AS `h13`,
      ((`x` + 4172521213L) & 4294967295L) AS `h14`,
      ((`x` + 266799626L) & 4294967295L) AS `h15`,
      ((`x` + 219708512L) & 4294967295L) AS `h16`,
      ((`x` + 3672038904L) & 4294967295L) AS `h17`,
      ((`x` + 368390544L) & 4294967295L) AS `h18`,
      ((`x` + 1893388279L) & 4294967295L) AS `h19`,
      ((`x` + 2621087242L) & 4294967295L) AS `h20`,
      ((`x` + 1670616682L) & 4294967295L) AS `h21`,
      ((`x` + 2807031521L) & 4294967295L) AS `h22`,
      ((`x` + 532283212L) & 4294967295L) AS `h23`,
      ((`x` + 3473207830L) & 4294967295L) AS `h24`,
      ((`x` + 2261542929L) & 4294967295L) AS `h25`,
      ((`x` + 996690865L) & 4294967295L) AS `h26`,
      ((`x` + 2236198501L) & 4294967295L) AS `h27`,
      ((`x` + 1347656136L) & 4294967295L) AS `h28`,
      ((`x` + 1579968452L) & 4294967295L) AS `h29`,
      ((`x` + 3560054605L) & 4294967295L) AS `j29`,
      ((`x` + 3776112417L) & 4294967295L) AS `z29`,
      ((`x` + 1411356280L) & 4294967295L) AS `h30`,
      ((`x` + 471085685L) & 4294967295L) AS `z30`,
      ((`x` + 177946936L) & 4294967295L) AS `h31`,
      ((`x` + 531931932L) & 4294967295L) AS `z31`,
      ((`x` + 3176060992L) & 4294967295L) AS `h32`,
      ((`y` + 2364845687L) & 4294967295L) AS `h100029`,
      ((`y` + 915009466L) & 4294967295L) AS `j100029`,
      ((`y` + 939246910L) & 4294967295L) AS `h100030`,
      ((`y` + 1081139235L) & 4294967295L) AS `h100031`,
      `en`,
      `i`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`j6` ^ shiftright(`j6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`h11` ^ shiftright(`h11`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h13`,
      (((`h14` ^ shiftright(`h14`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h16`,
      (((`h17` ^ shiftright(`h17`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h17`,
      (((`h18` ^ shiftright(`h18`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h18`,
      (((`h19` ^ shiftright(`h19`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h19`,
      (((`h20` ^ shiftright(`h20`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h20`,
      (((`h21` ^ shiftright(`h21`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h21`,
      (((`h22` ^ shiftright(`h22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h22`,
      (((`h23` ^ shiftright(`h23`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h23`,
      (((`h24` ^ shiftright(`h24`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h24`,
      (((`h25` ^ shiftright(`h25`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h25`,
      (((`h26` ^ shiftright(`h26`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h26`,
      (((`h27` ^ shiftright(`h27`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h27`,
      (((`h28` ^ shiftright(`h28`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h28`,
      (((`h29` ^ shiftright(`h29`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h29`,
      (((`j29` ^ shiftright(`j29`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j29`,
      (((`z29` ^ shiftright(`z29`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z29`,
      (((`h30` ^ shiftright(`h30`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h30`,
      (((`z30` ^ shiftright(`z30`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z30`,
      (((`h31` ^ shiftright(`h31`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h31`,
      (((`z31` ^ shiftright(`z31`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z31`,
      (((`h32` ^ shiftright(`h32`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h32`,
      (((`h100029` ^ shiftright(`h100029`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h100029`,
      (((`j100029` ^ shiftright(`j100029`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j100029`,
      (((`h100030` ^ shiftright(`h100030`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h100030`,
      (((`h100031` ^ shiftright(`h100031`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h100031`,
      `en`,
      `i`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`j6` ^ shiftright(`j6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`h11` ^ shiftright(`h11`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h13`,
      (((`h14` ^ shiftright(`h14`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h16`,
      (((`h17` ^ shiftright(`h17`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h17`,
      (((`h18` ^ shiftright(`h18`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h18`,
      (((`h19` ^ shiftright(`h19`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h19`,
      (((`h20` ^ shiftright(`h20`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h20`,
      (((`h21` ^ shiftright(`h21`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h21`,
      (((`h22` ^ shiftright(`h22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h22`,
      (((`h23` ^ shiftright(`h23`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h23`,
      (((`h24` ^ shiftright(`h24`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h24`,
      (((`h25` ^ shiftright(`h25`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h25`,
      (((`h26` ^ shiftright(`h26`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h26`,
      (((`h27` ^ shiftright(`h27`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h27`,
      (((`h28` ^ shiftright(`h28`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h28`,
      (((`h29` ^ shiftright(`h29`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h29`,
      (((`j29` ^ shiftright(`j29`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j29`,
      (((`z29` ^ shiftright(`z29`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z29`,
      (((`h30` ^ shiftright(`h30`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h30`,
      (((`z30` ^ shiftright(`z30`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z30`,
      (((`h31` ^ shiftright(`h31`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h31`,
      (((`z31` ^ shiftright(`z31`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z31`,
      (((`h32` ^ shiftright(`h32`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h32`,
      (((`h100029` ^ shiftright(`h100029`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h100029`,
      (((`j100029` ^ shiftright(`j100029`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j100029`,
      (((`h100030` ^ shiftright(`h100030`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h100030`,
      (((`h100031` ^ shiftright(`h100031`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h100031`,
      `en`,
      `i`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`j5` ^ shiftright(`j5`, CAST(16L AS INT))) AS `j5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`j6` ^ shiftright(`j6`, CAST(16L AS INT))) AS `j6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`h11` ^ shiftright(`h11`, CAST(16L AS INT))) AS `h11`,
      (`h12` ^ shiftright(`h12`, CAST(16L AS INT))) AS `h12`,
      (`h13` ^ shiftright(`h13`, CAST(16L AS INT))) AS `h13`,
      (`h14` ^ shiftright(`h14`, CAST(16L AS INT))) AS `h14`,
      (`h15` ^ shiftright(`h15`, CAST(16L AS INT))) AS `h15`,
      (`h16` ^ shiftright(`h16`, CAST(16L AS INT))) AS `h16`,
      (`h17` ^ shiftright(`h17`, CAST(16L AS INT))) AS `h17`,
      (`h18` ^ shiftright(`h18`, CAST(16L AS INT))) AS `h18`,
      (`h19` ^ shiftright(`h19`, CAST(16L AS INT))) AS `h19`,
      (`h20` ^ shiftright(`h20`, CAST(16L AS INT))) AS `h20`,
      (`h21` ^ shiftright(`h21`, CAST(16L AS INT))) AS `h21`,
      (`h22` ^ shiftright(`h22`, CAST(16L AS INT))) AS `h22`,
      (`h23` ^ shiftright(`h23`, CAST(16L AS INT))) AS `h23`,
      (`h24` ^ shiftright(`h24`, CAST(16L AS INT))) AS `h24`,
      (`h25` ^ shiftright(`h25`, CAST(16L AS INT))) AS `h25`,
      (`h26` ^ shiftright(`h26`, CAST(16L AS INT))) AS `h26`,
      (`h27` ^ shiftright(`h27`, CAST(16L AS INT))) AS `h27`,
      (`h28` ^ shiftright(`h28`, CAST(16L AS INT))) AS `h28`,
      (`h29` ^ shiftright(`h29`, CAST(16L AS INT))) AS `h29`,
      (`j29` ^ shiftright(`j29`, CAST(16L AS INT))) AS `j29`,
      (`z29` ^ shiftright(`z29`, CAST(16L AS INT))) AS `z29`,
      (`h30` ^ shiftright(`h30`, CAST(16L AS INT))) AS `h30`,
      (`z30` ^ shiftright(`z30`, CAST(16L AS INT))) AS `z30`,
      (`h31` ^ shiftright(`h31`, CAST(16L AS INT))) AS `h31`,
      (`z31` ^ shiftright(`z31`, CAST(16L AS INT))) AS `z31`,
      (`h32` ^ shiftright(`h32`, CAST(16L AS INT))) AS `h32`,
      (`h100029` ^ shiftright(`h100029`, CAST(16L AS INT))) AS `h100029`,
      (`j100029` ^ shiftright(`j100029`, CAST(16L AS INT))) AS `j100029`,
      (`h100030` ^ shiftright(`h100030`, CAST(16L AS INT))) AS `h100030`,
      (`h100031` ^ shiftright(`h100031`, CAST(16L AS INT))) AS `h100031`,
      `en`,
      `i`
    FROM `adg_s8`
  ),
  `adg_s10` AS (
    SELECT
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT)) AS INT) + 1) AS `q1`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT)) AS INT) + 1) AS `q2`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT)) AS INT) + 1) AS `q3`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT)) AS INT) + 1) AS `q4`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT)) AS INT) + 1) AS `q5`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(shiftright(`h6`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L)) AS INT)) AS INT) + 1) AS `q6`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(shiftright(`h7`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L)) AS INT)) AS INT) + 1) AS `q7`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(shiftright(`h8`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L)) AS INT)) AS INT) + 1) AS `q8`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(shiftright(`h9`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L)) AS INT)) AS INT) + 1) AS `q9`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(shiftright(`h10`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L)) AS INT)) AS INT) + 1) AS `q10`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(shiftright(`h11`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L)) AS INT)) AS INT) + 1) AS `q11`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(shiftright(`h12`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L)) AS INT)) AS INT) + 1) AS `q12`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(shiftright(`h13`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L)) AS INT)) AS INT) + 1) AS `q13`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(shiftright(`h14`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L)) AS INT)) AS INT) + 1) AS `q14`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(shiftright(`h15`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L)) AS INT)) AS INT) + 1) AS `q15`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(shiftright(`h16`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L)) AS INT)) AS INT) + 1) AS `q16`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L), CAST(shiftright(`h17`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L)) AS INT)) AS INT) + 1) AS `q17`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(shiftright(`h18`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L)) AS INT)) AS INT) + 1) AS `q18`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L), CAST(shiftright(`h19`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L)) AS INT)) AS INT) + 1) AS `q19`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L), CAST(shiftright(`h20`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L)) AS INT)) AS INT) + 1) AS `q20`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L), CAST(shiftright(`h21`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L)) AS INT)) AS INT) + 1) AS `q21`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(shiftright(`h22`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L)) AS INT)) AS INT) + 1) AS `q22`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L), CAST(shiftright(`h23`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L)) AS INT)) AS INT) + 1) AS `q23`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L), CAST(shiftright(`h24`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L)) AS INT)) AS INT) + 1) AS `q24`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L), CAST(shiftright(`h25`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L)) AS INT)) AS INT) + 1) AS `q25`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L), CAST(shiftright(`h26`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L)) AS INT)) AS INT) + 1) AS `q26`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L), CAST(shiftright(`h27`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L)) AS INT)) AS INT) + 1) AS `q27`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L), CAST(shiftright(`h28`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L)) AS INT)) AS INT) + 1) AS `q28`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(shiftright(`h29`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L)) AS INT)) AS INT) + 1) AS `q29`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L), CAST(shiftright(`h30`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L)) AS INT)) AS INT) + 1) AS `q30`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L), CAST(shiftright(`h31`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L)) AS INT)) AS INT) + 1) AS `q31`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L), CAST(shiftright(`h32`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L)) AS INT)) AS INT) + 1) AS `q32`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100029L), CAST(shiftright(`h100029`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100029L)) AS INT)) AS INT) + 1) AS `q100029`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100030L), CAST(shiftright(`h100030`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100030L)) AS INT)) AS INT) + 1) AS `q100030`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100031L), CAST(shiftright(`h100031`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100031L)) AS INT)) AS INT) + 1) AS `q100031`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `h5`,
      `j5`,
      `h6`,
      `j6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `h11`,
      `h12`,
      `h13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `h19`,
      `h20`,
      `h21`,
      `h22`,
      `h23`,
      `h24`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `j29`,
      `h30`,
      `h31`,
      `h32`,
      `h100029`,
      `j100029`,
      `h100030`,
      `h100031`,
      `z29`,
      `z30`,
      `z31`,
      `en`,
      `i`
    FROM `adg_s9`
  ),
  `adg_s11` AS (
    SELECT
      CASE
        WHEN `h1` < shiftright(`q1`, CAST(30L AS INT)) THEN shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT))
        ELSE (`q1` & 1073741823L)
      END AS `k1`,
      CASE
        WHEN `h2` < shiftright(`q2`, CAST(30L AS INT)) THEN shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT))
        ELSE (`q2` & 1073741823L)
      END AS `k2`,
      CASE
        WHEN `h3` < shiftright(`q3`, CAST(30L AS INT)) THEN shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT))
        ELSE (`q3` & 1073741823L)
      END AS `k3`,
      CASE
        WHEN `h4` < shiftright(`q4`, CAST(30L AS INT)) THEN shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT))
        ELSE (`q4` & 1073741823L)
      END AS `k4`,
      CASE
        WHEN `h5` < shiftright(`q5`, CAST(30L AS INT)) THEN shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT))
        ELSE (`q5` & 1073741823L)
      END AS `k5`,
      CASE
        WHEN `h6` < shiftright(`q6`, CAST(30L AS INT)) THEN shiftright(`h6`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L)) AS INT))
        ELSE (`q6` & 1073741823L)
      END AS `k6`,
      CASE
        WHEN `h7` < shiftright(`q7`, CAST(30L AS INT)) THEN shiftright(`h7`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L)) AS INT))
        ELSE (`q7` & 1073741823L)
      END AS `k7`,
      CASE
        WHEN `h8` < shiftright(`q8`, CAST(30L AS INT)) THEN shiftright(`h8`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L)) AS INT))
        ELSE (`q8` & 1073741823L)
      END AS `k8`,
      CASE
        WHEN `h9` < shiftright(`q9`, CAST(30L AS INT)) THEN shiftright(`h9`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L)) AS INT))
        ELSE (`q9` & 1073741823L)
      END AS `k9`,
      CASE
        WHEN `h10` < shiftright(`q10`, CAST(30L AS INT)) THEN shiftright(`h10`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L)) AS INT))
        ELSE (`q10` & 1073741823L)
      END AS `k10`,
      CASE
        WHEN `h11` < shiftright(`q11`, CAST(30L AS INT)) THEN shiftright(`h11`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L)) AS INT))
        ELSE (`q11` & 1073741823L)
      END AS `k11`,
      CASE
        WHEN `h12` < shiftright(`q12`, CAST(30L AS INT)) THEN shiftright(`h12`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L)) AS INT))
        ELSE (`q12` & 1073741823L)
      END AS `k12`,
      CASE
        WHEN `h13` < shiftright(`q13`, CAST(30L AS INT)) THEN shiftright(`h13`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L)) AS INT))
        ELSE (`q13` & 1073741823L)
      END AS `k13`,
      CASE
        WHEN `h14` < shiftright(`q14`, CAST(30L AS INT)) THEN shiftright(`h14`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L)) AS INT))
        ELSE (`q14` & 1073741823L)
      END AS `k14`,
      CASE
        WHEN `h15` < shiftright(`q15`, CAST(30L AS INT)) THEN shiftright(`h15`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L)) AS INT))
        ELSE (`q15` & 1073741823L)
      END AS `k15`,
      CASE
        WHEN `h16` < shiftright(`q16`, CAST(30L AS INT)) THEN shiftright(`h16`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L)) AS INT))
        ELSE (`q16` & 1073741823L)
      END AS `k16`,
      CASE
        WHEN `h17` < shiftright(`q17`, CAST(30L AS INT)) THEN shiftright(`h17`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L)) AS INT))
        ELSE (`q17` & 1073741823L)
      END AS `k17`,
      CASE
        WHEN `h18` < shiftright(`q18`, CAST(30L AS INT)) THEN shiftright(`h18`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L)) AS INT))
        ELSE (`q18` & 1073741823L)
      END AS `k18`,
      CASE
        WHEN `h19` < shiftright(`q19`, CAST(30L AS INT)) THEN shiftright(`h19`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L)) AS INT))
        ELSE (`q19` & 1073741823L)
      END AS `k19`,
      CASE
        WHEN `h20` < shiftright(`q20`, CAST(30L AS INT)) THEN shiftright(`h20`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L)) AS INT))
        ELSE (`q20` & 1073741823L)
      END AS `k20`,
      CASE
        WHEN `h21` < shiftright(`q21`, CAST(30L AS INT)) THEN shiftright(`h21`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L)) AS INT))
        ELSE (`q21` & 1073741823L)
      END AS `k21`,
      CASE
        WHEN `h22` < shiftright(`q22`, CAST(30L AS INT)) THEN shiftright(`h22`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L)) AS INT))
        ELSE (`q22` & 1073741823L)
      END AS `k22`,
      CASE
        WHEN `h23` < shiftright(`q23`, CAST(30L AS INT)) THEN shiftright(`h23`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L)) AS INT))
        ELSE (`q23` & 1073741823L)
      END AS `k23`,
      CASE
        WHEN `h24` < shiftright(`q24`, CAST(30L AS INT)) THEN shiftright(`h24`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L)) AS INT))
        ELSE (`q24` & 1073741823L)
      END AS `k24`,
      CASE
        WHEN `h25` < shiftright(`q25`, CAST(30L AS INT)) THEN shiftright(`h25`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L)) AS INT))
        ELSE (`q25` & 1073741823L)
      END AS `k25`,
      CASE
        WHEN `h26` < shiftright(`q26`, CAST(30L AS INT)) THEN shiftright(`h26`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L)) AS INT))
        ELSE (`q26` & 1073741823L)
      END AS `k26`,
      CASE
        WHEN `h27` < shiftright(`q27`, CAST(30L AS INT)) THEN shiftright(`h27`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L)) AS INT))
        ELSE (`q27` & 1073741823L)
      END AS `k27`,
      CASE
        WHEN `h28` < shiftright(`q28`, CAST(30L AS INT)) THEN shiftright(`h28`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L)) AS INT))
        ELSE (`q28` & 1073741823L)
      END AS `k28`,
      CASE
        WHEN `h29` < shiftright(`q29`, CAST(30L AS INT)) THEN shiftright(`h29`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L)) AS INT))
        ELSE (`q29` & 1073741823L)
      END AS `k29`,
      CASE
        WHEN `h30` < shiftright(`q30`, CAST(30L AS INT)) THEN shiftright(`h30`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L)) AS INT))
        ELSE (`q30` & 1073741823L)
      END AS `k30`,
      CASE
        WHEN `h31` < shiftright(`q31`, CAST(30L AS INT)) THEN shiftright(`h31`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L)) AS INT))
        ELSE (`q31` & 1073741823L)
      END AS `k31`,
      CASE
        WHEN `h32` < shiftright(`q32`, CAST(30L AS INT)) THEN shiftright(`h32`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L)) AS INT))
        ELSE (`q32` & 1073741823L)
      END AS `k32`,
      CASE
        WHEN `h100029` < shiftright(`q100029`, CAST(30L AS INT)) THEN shiftright(`h100029`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100029L)) AS INT))
        ELSE (`q100029` & 1073741823L)
      END AS `k100029`,
      CASE
        WHEN `h100030` < shiftright(`q100030`, CAST(30L AS INT)) THEN shiftright(`h100030`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100030L)) AS INT))
        ELSE (`q100030` & 1073741823L)
      END AS `k100030`,
      CASE
        WHEN `h100031` < shiftright(`q100031`, CAST(30L AS INT)) THEN shiftright(`h100031`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100031L)) AS INT))
        ELSE (`q100031` & 1073741823L)
      END AS `k100031`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `h5`,
      `j5`,
      `h6`,
      `j6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `h11`,
      `h12`,
      `h13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `h19`,
      `h20`,
      `h21`,
      `h22`,
      `h23`,
      `h24`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `j29`,
      `h30`,
      `h31`,
      `h32`,
      `h100029`,
      `j100029`,
      `h100030`,
      `h100031`,
      `z29`,
      `z30`,
      `z31`,
      `en`,
      `i`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `w5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `w6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(`k11` AS INT) + 1) AS `v11`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `v12`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(`k13` AS INT) + 1) AS `v13`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(`k14` AS INT) + 1) AS `v14`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(`k15` AS INT) + 1) AS `v15`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(`k16` AS INT) + 1) AS `v16`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L), CAST(`k17` AS INT) + 1) AS `v17`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(`k18` AS INT) + 1) AS `v18`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L), CAST(`k19` AS INT) + 1) AS `v19`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L), CAST(`k20` AS INT) + 1) AS `v20`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L), CAST(`k21` AS INT) + 1) AS `v21`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(`k22` AS INT) + 1) AS `v22`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L), CAST(`k23` AS INT) + 1) AS `v23`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L), CAST(`k24` AS INT) + 1) AS `v24`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L), CAST(`k25` AS INT) + 1) AS `v25`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L), CAST(`k26` AS INT) + 1) AS `v26`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L), CAST(`k27` AS INT) + 1) AS `v27`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L), CAST(`k28` AS INT) + 1) AS `v28`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(`k29` AS INT) + 1) AS `v29`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(`k29` AS INT) + 1) AS `w29`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L), CAST(`k30` AS INT) + 1) AS `v30`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L), CAST(`k31` AS INT) + 1) AS `v31`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L), CAST(`k32` AS INT) + 1) AS `v32`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100029L), CAST(`k100029` AS INT) + 1) AS `v100029`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100029L), CAST(`k100029` AS INT) + 1) AS `w100029`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100030L), CAST(`k100030` AS INT) + 1) AS `v100030`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100031L), CAST(`k100031` AS INT) + 1) AS `v100031`,
      (((1073741789L * `en`) + 735017446784584L) % 1000000000000000L) AS `m1`,
      (((1073741789L * `i`) + 2521024L) % 10000000L) AS `m2`,
      `j5`,
      `j6`,
      `j29`,
      `j100029`,
      `z29`,
      `z30`,
      `z31`
    FROM `adg_s11`
  ),
  `adg_s13` AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 101559956668416L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 2821109907456L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 78364164096L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 2176782336L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 60466176L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 1679616L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 46656L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 1296L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 36L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST(((`m1` % 36L) + 1L) AS INT), CAST(1L AS INT)) AS `o1`,
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS BIGINT) AS `o2`,
      `v1` AS `o3`,
      `v2` AS `o4`,
      `v3` AS `o5`,
      `v4` AS `o6`,
      date_add(`v5`, CAST(CAST(CASE WHEN abs((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o7`,
      date_add(`v6`, CAST(CAST(CASE WHEN abs((CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w6` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w6` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w6` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o8`,
      `v7` AS `o9`,
      `v8` AS `o10`,
      `v9` AS `o11`,
      `v10` AS `o12`,
      `v11` AS `o13`,
      `v12` AS `o14`,
      `v13` AS `o15`,
      `v14` AS `o16`,
      `v15` AS `o17`,
      `v16` AS `o18`,
      `v17` AS `o19`,
      `v18` AS `o20`,
      `v19` AS `o21`,
      `v20` AS `o22`,
      `v21` AS `o23`,
      `v22` AS `o24`,
      `v23` AS `o25`,
      `v24` AS `o26`,
      `v25` AS `o27`,
      `v26` AS `o28`,
      `v27` AS `o29`,
      `v28` AS `o30`,
      CASE
        WHEN `z29` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 29L) THEN date_add(`v29`, CAST(CAST(CASE WHEN abs((CAST(`j29` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w29` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j29` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w29` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j29` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w29` AS DOUBLE)) END AS BIGINT) AS INT))
        ELSE date_add(`v100029`, CAST(CAST(CASE WHEN abs((CAST(`j100029` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w100029` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j100029` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w100029` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j100029` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w100029` AS DOUBLE)) END AS BIGINT) AS INT))
      END AS `o31`,
      CASE
        WHEN `z30` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 30L) THEN `v30`
        ELSE `v100030`
      END AS `o32`,
      CASE
        WHEN `z31` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 31L) THEN `v31`
        ELSE `v100031`
      END AS `o33`,
      CAST(NULL AS STRING) AS `o34`,
      `v32` AS `o35`
    FROM `adg_s12`
  ),
  `adg_s14` AS (
    SELECT
      least(coalesce(`o8`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))) AS `r1_1`,
      greatest(coalesce(`o8`, CAST('9999-12-31' AS DATE)), coalesce(`o7`, CAST('9999-12-31' AS DATE))) AS `r1_2`,
      `o1`,
      `o2`,
      `o3`,
      `o4`,
      `o5`,
      `o6`,
      `o7`,
      `o8`,
      `o9`,
      `o10`,
      `o11`,
      `o12`,
      `o13`,
      `o14`,
      `o15`,
      `o16`,
      `o17`,
      `o18`,
      `o19`,
      `o20`,
      `o21`,
      `o22`,
      `o23`,
      `o24`,
      `o25`,
      `o26`,
      `o27`,
      `o28`,
      `o29`,
      `o30`,
      `o31`,
      `o32`,
      `o33`,
      `o34`,
      `o35`
    FROM `adg_s13`
  ),
  `adg_s15` AS (
    SELECT
      CASE
        WHEN `o8` IS NULL THEN NULL
        WHEN CASE WHEN `o8` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r1_1`
      END AS `o8`,
      CASE
        WHEN `o7` IS NULL THEN NULL
        WHEN (CASE WHEN `o8` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o8` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
      END AS `o7`,
      `o1`,
      `o2`,
      `o3`,
      `o4`,
      `o5`,
      `o6`,
      `o9`,
      `o10`,
      `o11`,
      `o12`,
      `o13`,
      `o14`,
      `o15`,
      `o16`,
      `o17`,
      `o18`,
      `o19`,
      `o20`,
      `o21`,
      `o22`,
      `o23`,
      `o24`,
      `o25`,
      `o26`,
      `o27`,
      `o28`,
      `o29`,
      `o30`,
      `o31`,
      `o32`,
      `o33`,
      `o34`,
      `o35`
    FROM `adg_s14`
  )
SELECT
  `o1` AS `TOKEN_PERSON_ID`,
  `o2` AS `ATTENDKEY`,
  `o3` AS `FYEAR`,
  `o4` AS `PROCODE3`,
  `o5` AS `PROCODET`,
  `o6` AS `SITETRET`,
  `o7` AS `APPTDATE`,
  `o8` AS `REQDATE`,
  `o9` AS `WAITING`,
  `o10` AS `ATTENDED`,
  `o11` AS `FIRSTATT`,
  `o12` AS `OUTCOME`,
  `o13` AS `PRIORITY`,
  `o14` AS `REFSOURC`,
  `o15` AS `SERVTYPE`,
  `o16` AS `STAFFTYP`,
  `o17` AS `TRETSPEF`,
  `o18` AS `MAINSPEF`,
  `o19` AS `DIAG_4_01`,
  `o20` AS `DIAG_4_02`,
  `o21` AS `DIAG_4_03`,
  `o22` AS `DIAG_4_04`,
  `o23` AS `DIAG_4_05`,
  `o24` AS `DIAG_4_06`,
  `o25` AS `OPERTN_4_01`,
  `o26` AS `OPERTN_4_02`,
  `o27` AS `OPERTN_4_03`,
  `o28` AS `OPERTN_4_04`,
  `o29` AS `OPERTN_4_05`,
  `o30` AS `OPERTN_4_06`,
  CAST((CAST(substr(date_format(`o7`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`o31`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(date_format(`o7`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o7`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`o31`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o31`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L
    ELSE 0L
  END AS SMALLINT) AS `APPTAGE`,
  `o31` AS `MYDOB`,
  `o32` AS `SEX`,
  `o33` AS `ETHNOS`,
  `o34` AS `GPPRAC`,
  `o35` AS `RESLADST`
FROM `adg_s15`;

CREATE OR REPLACE TABLE `adg_output`.`hes_op_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'hes_op' AS `dataset`,
  'specs/hes.yaml' AS `spec_file`,
  '3ebc6fe4c8197af0ae7c3752acca13f09c2167ce1061972aefe6927d587c5a9b' AS `spec_hash`,
  `m`.`metadata_hash`,
  2026L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`hes_op_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
FROM (
  SELECT
    `metadata_hash`
  FROM `adg_released_hash`
) AS `m`
LEFT JOIN (
  SELECT
    `r`.`metadata_hash`,
    `r`.`released_at`,
    `r`.`reviewer`,
    `r`.`approver`
  FROM (
    SELECT
      `l`.`metadata_hash`,
      CAST(`l`.`released_at` AS STRING) AS `released_at`,
      `l`.`reviewer`,
      `l`.`approver`
    FROM `adg_released`.`adg_releases` AS `l`
    WHERE (`l`.`dataset` = 'hes_op') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hes_op'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`hes_op_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hes_op_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [19/19] Summary: rows generated and items available per field
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE `i`.`ordinal` = `g`.`ordinal`) AS `items`,
  (SELECT `n` FROM `adg_plan`) AS `rows`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 4 (generate) of dataset "hes_ae", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hes.yaml` runs it with progress and checks.

-- [1/19] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/19] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/19] Fields to generate, matched to the metadata by name and kind
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

-- [4/19] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`hes_ae_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde')));

-- [5/19] The hash of the released metadata, computed once
-- What the releases log must name, and what the provenance records.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

CREATE TABLE `adg_scratch`.`adg_released_hash` AS
SELECT
  sha2(array_join(transform(array_sort(collect_list(named_struct('k0', `ordinal`, 'k1', `stat`, 'k2', coalesce(`item`, -1L), 'k3', CASE WHEN `value` IS NULL THEN 1L ELSE 0L END, 'k4', coalesce(`value`, ''), 'k5', coalesce(`lo`, 0e+0), 'k6', coalesce(`hi`, 0e+0), 'v', `line`))), adg_x -> adg_x.v), '|'), 256) AS `metadata_hash`
FROM (
  SELECT
    `ordinal`,
    `stat`,
    `item`,
    `value`,
    `lo`,
    `hi`,
    `e_ordinal` || ',' || `e_field` || ',' || `e_kind` || ',' || `e_stat` || ',' || `e_item` || ',' || `e_value` || ',' || `e_lo` || ',' || `e_hi` || ',' || `e_n_rows` || ',' || `e_n_entities` AS `line`
  FROM (
    SELECT
      `ordinal`,
      `stat`,
      `item`,
      `value`,
      `lo`,
      `hi`,
      CASE
        WHEN `ordinal` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`ordinal` AS STRING)) AS STRING) || ':' || CAST(`ordinal` AS STRING)
      END AS `e_ordinal`,
      CASE
        WHEN `field` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`field` AS STRING)) AS STRING) || ':' || CAST(`field` AS STRING)
      END AS `e_field`,
      CASE
        WHEN `kind` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`kind` AS STRING)) AS STRING) || ':' || CAST(`kind` AS STRING)
      END AS `e_kind`,
      CASE
        WHEN `stat` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`stat` AS STRING)) AS STRING) || ':' || CAST(`stat` AS STRING)
      END AS `e_stat`,
      CASE
        WHEN `item` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`item` AS STRING)) AS STRING) || ':' || CAST(`item` AS STRING)
      END AS `e_item`,
      CASE
        WHEN `value` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`value` AS STRING)) AS STRING) || ':' || CAST(`value` AS STRING)
      END AS `e_value`,
      CASE
        WHEN `lo` IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!'
        WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`lo` AS STRING)
      END) AS STRING) || ':' || CASE
        WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!'
        WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`lo` AS STRING)
      END
      END AS `e_lo`,
      CASE
        WHEN `hi` IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!'
        WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`hi` AS STRING)
      END) AS STRING) || ':' || CASE
        WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!'
        WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING)
        ELSE CAST(`hi` AS STRING)
      END
      END AS `e_hi`,
      CASE
        WHEN `n_rows` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`n_rows` AS STRING)) AS STRING) || ':' || CAST(`n_rows` AS STRING)
      END AS `e_n_rows`,
      CASE
        WHEN `n_entities` IS NULL THEN '~'
        ELSE CAST(char_length(CAST(`n_entities` AS STRING)) AS STRING) || ':' || CAST(`n_entities` AS STRING)
      END AS `e_n_entities`
    FROM `adg_released`.`hes_ae_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/19] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/hes.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hes.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'hes_ae') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hes_ae')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/19] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/19] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/hes.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`hes_ae_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/19] Released items of every field, in published order
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

CREATE TABLE `adg_scratch`.`adg_items` AS
SELECT
  `g`.`ordinal`,
  `m`.`item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_rows`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`lo` IS NOT NULL THEN `m`.`lo` ELSE CAST(`m`.`value` AS DOUBLE) END
  END AS `num`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`stat` = 'bin' THEN `m`.`hi` - `m`.`lo` ELSE 0e+0 END
  END
    ELSE CASE
    WHEN `g`.`ordinal` = 4L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 34L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(YEAR, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`hes_ae_metadata` AS `m`
  ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
WHERE `m`.`stat` IN ('null', 'value', 'bin')
UNION ALL
SELECT
  0L AS `ordinal`,
  CAST(row_number() OVER (ORDER BY CASE WHEN `m`.`value` IS NULL THEN 1L ELSE 0L END NULLS LAST, CAST(`m`.`value` AS BIGINT) NULLS LAST, `m`.`lo` NULLS LAST, `m`.`hi` NULLS LAST) AS BIGINT) - 1L AS `item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_entities` AS `n_rows`,
  coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) AS `num`,
  CASE WHEN `m`.`lo` IS NULL THEN 0e+0 ELSE `m`.`hi` - `m`.`lo` END AS `width`
FROM `adg_released`.`hes_ae_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L)
UNION ALL
SELECT
  `g`.`ordinal`,
  `m`.`item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_rows`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`lo` IS NOT NULL THEN `m`.`lo` ELSE CAST(`m`.`value` AS DOUBLE) END
  END AS `num`,
  CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE
    WHEN `g`.`kind` IN ('continuous') THEN CASE WHEN `m`.`stat` = 'bin' THEN `m`.`hi` - `m`.`lo` ELSE 0e+0 END
  END
    ELSE CASE
    WHEN `g`.`ordinal` = 100034L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(YEAR, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
  END
  END AS `width`
FROM (
  SELECT
    `ordinal`,
    `field`,
    `kind`
  FROM (VALUES
    (100034L, 'MYDOB', 'date'),
    (100035L, 'SEX', 'categorical'),
    (100036L, 'ETHNOS', 'categorical')
  ) AS `v`(`ordinal`, `field`, `kind`)
) AS `g`
JOIN `adg_released`.`hes_apc_metadata` AS `m`
  ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
WHERE `m`.`stat` IN ('null', 'value', 'bin');

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/19] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
-- Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the
-- sweep in closed form (compiler/plan/alias.ts), in integers only.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

CREATE TABLE `adg_scratch`.`adg_alias` AS
WITH
  `adg_bucket_counts` AS (
    SELECT
      `k`.`ordinal`,
      `k`.`bucket`,
      `k`.`b`,
      `k`.`s`,
      coalesce(`h`.`c`, 0L) AS `c`
    FROM (
      SELECT
        `z`.`ordinal`,
        `z`.`b`,
        shiftleft(CAST(1L AS BIGINT), CAST((32L - `z`.`b`) AS INT)) AS `s`,
        explode(CASE WHEN (shiftleft(CAST(1L AS BIGINT), CAST(`z`.`b` AS INT))) > 0 THEN sequence(0L, (shiftleft(CAST(1L AS BIGINT), CAST(`z`.`b` AS INT))) - 1) END) AS `bucket`
      FROM (
        SELECT
          `ordinal`,
          `b0` + CASE
            WHEN shiftleft(CAST(1L AS BIGINT), CAST(`b0` AS INT)) < `k` THEN 1L
            WHEN (`b0` > 0L) AND (shiftleft(CAST(1L AS BIGINT), CAST((`b0` - 1L) AS INT)) >= `k`) THEN -1L
            ELSE 0L
          END AS `b`
        FROM (
          SELECT
            `ordinal`,
            count(*) AS `k`,
            CAST(CASE WHEN abs(log2(CAST(count(*) AS DOUBLE))) < 4.5e15 THEN CAST(ceil(log2(CAST(count(*) AS DOUBLE))) AS DOUBLE) ELSE log2(CAST(count(*) AS DOUBLE)) END AS BIGINT) AS `b0`
          FROM `adg_items`
          GROUP BY `ordinal`
        ) AS `e`
      ) AS `z`
    ) AS `k`
    LEFT JOIN (
      SELECT
        `ordinal`,
        `item`,
        ((((`cum` * 65536L) div `total`) * 65536L) + ((((((`cum` * 65536L) % `total`) * 65536L) + `total`) - 1L) div `total`)) - (((((`cum` - `n_rows`) * 65536L) div `total`) * 65536L) + (((((((`cum` - `n_rows`) * 65536L) % `total`) * 65536L) + `total`) - 1L) div `total`)) AS `c`
      FROM (
        SELECT
          `ordinal`,
          `item`,
          CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal` ORDER BY `item` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `cum`,
          `n_rows`,
          CAST(sum(`n_rows`) OVER (PARTITION BY `ordinal`) AS BIGINT) AS `total`
        FROM `adg_items`
      ) AS `w`
    ) AS `h`
      ON (`h`.`ordinal` = `k`.`ordinal`) AND (`h`.`item` = `k`.`bucket`)
  ),
  `adg_lights` AS (
    SELECT
      `ordinal`,
      `bucket`,
      `s` - `c` AS `d`,
      CAST(sum(`s` - `c`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - (`s` - `c`) AS `sigma`
    FROM `adg_bucket_counts`
    WHERE `c` < `s`
  ),
  `adg_heavies` AS (
    SELECT
      `ordinal`,
      `bucket`,
      CAST(sum(`c` - `s`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - (`c` - `s`) AS `a`,
      CAST(sum(`c` - `s`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `b_end`,
      lead(`bucket`) OVER (PARTITION BY `ordinal` ORDER BY `bucket` NULLS LAST) AS `next`
    FROM `adg_bucket_counts`
    WHERE `c` > `s`
  ),
  `adg_light_alias` AS (
    SELECT
      `ordinal`,
      `light` AS `bucket`,
      `alias`
    FROM (
      SELECT
        `ordinal`,
        `light`,
        max(`heavy`) OVER (PARTITION BY `ordinal` ORDER BY `pos` NULLS LAST, `side` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `alias`
      FROM (
        SELECT
          `ordinal`,
          `a` AS `pos`,
          0L AS `side`,
          `bucket` AS `heavy`,
          CAST(NULL AS BIGINT) AS `light`
        FROM `adg_heavies`
        UNION ALL
        SELECT
          `ordinal`,
          `sigma` AS `pos`,
          1L AS `side`,
          CAST(NULL AS BIGINT) AS `heavy`,
          `bucket` AS `light`
        FROM `adg_lights`
      ) AS `events`
    ) AS `merged`
    WHERE `light` IS NOT NULL
  ),
  `adg_overshoot` AS (
    SELECT
      `ordinal`,
      `heavy` AS `bucket`,
      greatest(0L, (coalesce(`reach`, 0L) - `pos`)) AS `overshoot`
    FROM (
      SELECT
        `ordinal`,
        `heavy`,
        `pos`,
        max(`reach`) OVER (PARTITION BY `ordinal` ORDER BY `pos` NULLS LAST, `side` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `reach`
      FROM (
        SELECT
          `ordinal`,
          `b_end` AS `pos`,
          0L AS `side`,
          `bucket` AS `heavy`,
          CAST(NULL AS BIGINT) AS `reach`
        FROM `adg_heavies`
        UNION ALL
        SELECT
          `ordinal`,
          `sigma` AS `pos`,
          1L AS `side`,
          CAST(NULL AS BIGINT) AS `heavy`,
          `sigma` + `d` AS `reach`
        FROM `adg_lights`
      ) AS `events`
    ) AS `merged`
    WHERE `heavy` IS NOT NULL
  )
SELECT
  `c`.`ordinal`,
  `c`.`bucket`,
  `c`.`b`,
  (((`c`.`bucket` * `c`.`s`) + CASE
    WHEN `c`.`c` < `c`.`s` THEN `c`.`c`
    WHEN `c`.`c` > `c`.`s` THEN `c`.`s` - coalesce(`o`.`overshoot`, 0L)
    ELSE `c`.`s`
  END) * 1073741824L) + CASE
    WHEN `c`.`c` < `c`.`s` THEN `l`.`alias`
    WHEN (`c`.`c` > `c`.`s`) AND (coalesce(`o`.`overshoot`, 0L) > 0L) THEN coalesce(`h`.`next`, `c`.`bucket`)
    ELSE `c`.`bucket`
  END AS `packed`
FROM `adg_bucket_counts` AS `c`
LEFT JOIN `adg_light_alias` AS `l`
  ON (`l`.`ordinal` = `c`.`ordinal`) AND (`l`.`bucket` = `c`.`bucket`)
LEFT JOIN `adg_heavies` AS `h`
  ON (`h`.`ordinal` = `c`.`ordinal`) AND (`h`.`bucket` = `c`.`bucket`)
LEFT JOIN `adg_overshoot` AS `o`
  ON (`o`.`ordinal` = `c`.`ordinal`) AND (`o`.`bucket` = `c`.`bucket`);

CREATE OR REPLACE TEMPORARY VIEW `adg_alias` AS SELECT * FROM `adg_scratch`.`adg_alias`;

-- [11/19] Lookup lists of every field: its alias table and its values, in order
-- A view: the sampling query reads each list once per statement as a scalar subquery, built in
-- memory (a stored list would be read back from storage at every lookup).
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

CREATE TABLE `adg_scratch`.`adg_field_lists` AS
SELECT
  `a`.`ordinal`,
  `a`.`ps`,
  `a`.`b`,
  `v`.`vs`,
  `v`.`nums`,
  `v`.`widths`,
  `d`.`d`
FROM (
  SELECT
    `ordinal`,
    transform(array_sort(collect_list(named_struct('k0', `bucket`, 'v', `packed`))), adg_x -> adg_x.v) AS `ps`,
    max(`b`) AS `b`
  FROM `adg_alias`
  GROUP BY `ordinal`
) AS `a`
LEFT JOIN (
  SELECT
    `ordinal`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `value`))), adg_x -> adg_x.v) AS `vs`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `num`))), adg_x -> adg_x.v) AS `nums`,
    transform(array_sort(collect_list(named_struct('k0', `item`, 'v', `width`))), adg_x -> adg_x.v) AS `widths`
  FROM `adg_items`
  GROUP BY `ordinal`
) AS `v`
  ON `v`.`ordinal` = `a`.`ordinal`
LEFT JOIN (
  SELECT
    `g`.`ordinal`,
    CAST(`m`.`value` AS BIGINT) AS `d`
  FROM `adg_fields` AS `g`
  JOIN `adg_released`.`hes_ae_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/19] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

CREATE TABLE `adg_scratch`.`adg_entities` AS
SELECT
  `en`,
  `n`,
  CAST(sum(`n`) OVER (ORDER BY `en` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - `n` AS `s`,
  CAST(sum(`n`) OVER (ORDER BY `en` NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS `e`
FROM (
  SELECT
    CASE
      WHEN `width` = 0e+0 THEN CAST(`num` AS BIGINT)
      ELSE least((CAST(`num` AS BIGINT) + CAST(CASE WHEN abs((CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`)) < 4.5e15 THEN CAST(floor((CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`)) AS DOUBLE) ELSE (CAST(`j` AS DOUBLE) * 2.3283064365386963e-10 * `width`) END AS BIGINT)), ((CAST(`num` AS BIGINT) + CAST(`width` AS BIGINT)) - 1L))
    END AS `n`,
    `en`
  FROM (
    SELECT
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(`item` AS INT) + 1) AS `num`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(`item` AS INT) + 1) AS `width`,
      `en`,
      `j`
    FROM (
      SELECT
        CASE WHEN `h` < shiftright(`slot`, CAST(30L AS INT)) THEN `bucket` ELSE (`slot` & 1073741823L) END AS `item`,
        `en`,
        `j`
      FROM (
        SELECT
          try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L), CAST(shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L)) AS INT)) AS INT) + 1) AS `slot`,
          shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 0L)) AS INT)) AS `bucket`,
          `en`,
          `h`,
          `j`
        FROM (
          SELECT
            (`h` ^ shiftright(`h`, CAST(16L AS INT))) AS `h`,
            (`j` ^ shiftright(`j`, CAST(16L AS INT))) AS `j`,
            `en`
          FROM (
            SELECT
              (((`h` ^ shiftright(`h`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h`,
              (((`j` ^ shiftright(`j`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j`,
              `en`
            FROM (
              SELECT
                (((`h` ^ shiftright(`h`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h`,
                (((`j` ^ shiftright(`j`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j`,
                `en`
              FROM (
                SELECT
                  ((`y` + 403878269L) & 4294967295L) AS `h`,
                  ((`y` + 3499566593L) & 4294967295L) AS `j`,
                  `en`
                FROM (
                  SELECT
                    (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
                    `en`
                  FROM (
                    SELECT
                      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
                      `en`
                    FROM (
                      SELECT
                        (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
                        `en`
                      FROM (
                        SELECT
                          (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
                          `en`
                        FROM (
                          SELECT
                            ((`en` + 895030338L) & 4294967295L) AS `y`,
                            `en`
                          FROM (
                            SELECT
                              `g` AS `en`
                            FROM (SELECT explode(CASE WHEN ((SELECT `entities` FROM `adg_entity_plan`)) > 0 THEN sequence(0L, ((SELECT `entities` FROM `adg_entity_plan`)) - 1) END) AS `g`) AS `r`
                          ) AS `adg_e0`
                        ) AS `adg_e1`
                      ) AS `adg_e2`
                    ) AS `adg_e3`
                  ) AS `adg_e4`
                ) AS `adg_e5`
              ) AS `adg_e6`
            ) AS `adg_e7`
          ) AS `adg_e8`
        ) AS `adg_e9`
      ) AS `adg_e10`
    ) AS `adg_e11`
  ) AS `adg_e12`
) AS `adg_e`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entities` AS SELECT * FROM `adg_scratch`.`adg_entities`;

-- [13/19] Rows to generate: the sum of the rows of every entity
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

CREATE TABLE `adg_scratch`.`adg_plan` AS
SELECT
  `n`,
  `entities`,
  greatest(1L, (`n` div 262144L)) AS `block`
FROM (
  SELECT
    coalesce(sum(`n`), 0L) AS `n`,
    count(*) AS `entities`
  FROM `adg_entities`
) AS `planned`;

CREATE OR REPLACE TEMPORARY VIEW `adg_plan` AS SELECT * FROM `adg_scratch`.`adg_plan`;

-- [14/19] Row count within what the 32-bit counter supports
SELECT raise_error('specs/hes.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/19] Identifier TOKEN_PERSON_ID: the pattern has a value for every entity
SELECT raise_error('specs/hes.yaml: fields.TOKEN_PERSON_ID: pattern "ART[0-9A-Z]{10}" makes 1000000000000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 1000000000000000L);

-- [16/19] Identifier AEKEY: the pattern has a value for every row
SELECT raise_error('specs/hes.yaml: fields.AEKEY: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 10000000L);

-- [17/19] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;

CREATE TABLE `adg_scratch`.`adg_stable_cuts` AS
SELECT
  34L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'MYDOB') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 34L
UNION ALL
SELECT
  35L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'SEX') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 35L
UNION ALL
SELECT
  36L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = 'ETHNOS') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 36L;

CREATE OR REPLACE TEMPORARY VIEW `adg_stable_cuts` AS SELECT * FROM `adg_scratch`.`adg_stable_cuts`;

-- [18/19] Sample 37 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`hes_ae` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 53709152L) & 4294967295L) AS `x`,
      ((`en` + 895030338L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
      `en`,
      `i`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
      `en`,
      `i`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 548081353L) & 4294967295L) AS `h1`,
      ((`x` + 3339496745L) & 4294967295L) AS `h2`,
      ((`x` + 3106298165L) & 4294967295L) AS `h3`,
      ((`x` + 3994047900L) & 4294967295L) AS `h4`,
      ((`x` + 4252594309L) & 4294967295L) AS `j4`,
      ((`x` + 793906621L) & 4294967295L) AS `h5`,
      ((`x` + 4040433367L) & 4294967295L) AS `h6`,
      ((`x` + 504507379L) & 4294967295L) AS `h7`,
      ((`x` + 3051967445L) & 4294967295L) AS `h8`,
      ((`x` + 3488297093L) & 4294967295L) AS `h9`,
      ((`x` + 133265039L) & 4294967295L) AS `h10`,
      ((`x` + 1835363405L) & 4294967295L) AS `h11`,
      ((`x` + 2013900131L) & 4294967295L) AS `h12`,
      ((`x` + 4243537308L) & 4294967295L) AS `h13`,
      ((`x` + 2186236697L) & 4294967295L) AS `h14`,
      ((`x` + 341110076L) & 4294967295L) AS `h15`,
      ((`x` + 3991267572L) & 4294967295L) AS `h16`,
      ((`x` + 3870322389L) & 4294967295L) AS `h17`,
      ((`x` + 109726672L) & 4294967295L) AS `h18`,
      ((`x` + 1332182796L) & 4294967295L) AS `h19`,
      ((`x` + 4044843238L) & 4294967295L) AS `h20`,
      ((`x` + 1238745876L) & 4294967295L) AS `h21`,
      ((`x` + 3903897202L) & 4294967295L) AS `h22`,
      ((`x` + 2360227818L) & 4294967295L) AS `h23`,
      ((`x` + 1440516719L) & 4294967295L) AS `h24`,
      ((`x` + 3997948372L) & 4294967295L) AS `h25`,
      ((`x` + 3593040920L) & 4294967295L) AS `h26`,
      ((`x` + 996727232L) & 4294967295L) AS `h27`,
      ((`x` + 3021459734L) & 4294967295L) AS `h28`,
      ((`x` + 1103981237L) & 4294967295L) AS `h29`,
      ((`x` + 4189201503L) & 4294967295L) AS `h30`,
      ((`x` + 4279104781L) & 4294967295L) AS `h31`,
      ((`x` + 3932527043L) & 4294967295L) AS `h32`,
      ((`x` + 3915988894L) & 4294967295L) AS `h33`,
      ((`x` + 1631413585L) & 4294967295L) AS `h34`,
      ((`x` + 3044781459L) & 4294967295L) AS `j34`,
      ((`x` + 2483272877L) & 4294967295L) AS `z34`,
      ((`x` + 915040102L) & 4294967295L) AS `h35`,
      ((`x` + 2946227475L) & 4294967295L) AS `z35`,
      ((`x` + 1882105059L) & 4294967295L) AS `h36`,
      ((`x` + 1455568357L) & 4294967295L) AS `z36`,
      ((`x` + 1308079488L) & 4294967295L) AS `h37`,
      ((`y` + 2364845687L) & 4294967295L) AS `h100034`,
      ((`y` + 915009466L) & 4294967295L) AS `j100034`,
      ((`y` + 939246910L) & 4294967295L) AS `h100035`,
      ((`y` + 1081139235L) & 4294967295L) AS `h100036`,
      `en`,
      `i`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`h11` ^ shiftright(`h11`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h13`,
      (((`h14` ^ shiftright(`h14`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h16`,
      (((`h17` ^ shiftright(`h17`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h17`,
      (((`h18` ^ shiftright(`h18`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h18`,
      (((`h19` ^ shiftright(`h19`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h19`,
      (((`h20` ^ shiftright(`h20`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h20`,
      (((`h21` ^ shiftright(`h21`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h21`,
      (((`h22` ^ shiftright(`h22`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h22`,
      (((`h23` ^ shiftright(`h23`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h23`,
      (((`h24` ^ shiftright(`h24`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h24`,
      (((`h25` ^ shiftright(`h25`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h25`,
      (((`h26` ^ shiftright(`h26`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h26`,
      (((`h27` ^ shiftright(`h27`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h27`,
      (((`h28` ^ shiftright(`h28`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h28`,
      (((`h29` ^ shiftright(`h29`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h29`,
      (((`h30` ^ shiftright(`h30`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h30`,
      (((`h31` ^ shiftright(`h31`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h31`,
      (((`h32` ^ shiftright(`h32`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h32`,
      (((`h33` ^ shiftright(`h33`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h33`,
      (((`h34` ^ shiftright(`h34`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h34`,
      (((`j34` ^ shiftright(`j34`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j34`,
      (((`z34` ^ shiftright(`z34`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z34`,
      (((`h35` ^ shiftright(`h35`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h35`,
      (((`z35` ^ shiftright(`z35`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z35`,
      (((`h36` ^ shiftright(`h36`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h36`,
      (((`z36` ^ shiftright(`z36`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z36`,
      (((`h37` ^ shiftright(`h37`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h37`,
      (((`h100034` ^ shiftright(`h100034`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h100034`,
      (((`j100034` ^ shiftright(`j100034`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j100034`,
      (((`h100035` ^ shiftright(`h100035`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h100035`,
      (((`h100036` ^ shiftright(`h100036`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h100036`,
      `en`,
      `i`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`h11` ^ shiftright(`h11`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h13`,
      (((`h14` ^ shiftright(`h14`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h16`,
      (((`h17` ^ shiftright(`h17`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h17`,
      (((`h18` ^ shiftright(`h18`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h18`,
      (((`h19` ^ shiftright(`h19`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h19`,
      (((`h20` ^ shiftright(`h20`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h20`,
      (((`h21` ^ shiftright(`h21`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h21`,
      (((`h22` ^ shiftright(`h22`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h22`,
      (((`h23` ^ shiftright(`h23`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h23`,
      (((`h24` ^ shiftright(`h24`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h24`,
      (((`h25` ^ shiftright(`h25`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h25`,
      (((`h26` ^ shiftright(`h26`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h26`,
      (((`h27` ^ shiftright(`h27`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h27`,
      (((`h28` ^ shiftright(`h28`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h28`,
      (((`h29` ^ shiftright(`h29`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h29`,
      (((`h30` ^ shiftright(`h30`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h30`,
      (((`h31` ^ shiftright(`h31`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h31`,
      (((`h32` ^ shiftright(`h32`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h32`,
      (((`h33` ^ shiftright(`h33`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h33`,
      (((`h34` ^ shiftright(`h34`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h34`,
      (((`j34` ^ shiftright(`j34`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j34`,
      (((`z34` ^ shiftright(`z34`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z34`,
      (((`h35` ^ shiftright(`h35`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h35`,
      (((`z35` ^ shiftright(`z35`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z35`,
      (((`h36` ^ shiftright(`h36`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h36`,
      (((`z36` ^ shiftright(`z36`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z36`,
      (((`h37` ^ shiftright(`h37`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h37`,
      (((`h100034` ^ shiftright(`h100034`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h100034`,
      (((`j100034` ^ shiftright(`j100034`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j100034`,
      (((`h100035` ^ shiftright(`h100035`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h100035`,
      (((`h100036` ^ shiftright(`h100036`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h100036`,
      `en`,
      `i`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`j4` ^ shiftright(`j4`, CAST(16L AS INT))) AS `j4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`h11` ^ shiftright(`h11`, CAST(16L AS INT))) AS `h11`,
      (`h12` ^ shiftright(`h12`, CAST(16L AS INT))) AS `h12`,
      (`h13` ^ shiftright(`h13`, CAST(16L AS INT))) AS `h13`,
      (`h14` ^ shiftright(`h14`, CAST(16L AS INT))) AS `h14`,
      (`h15` ^ shiftright(`h15`, CAST(16L AS INT))) AS `h15`,
      (`h16` ^ shiftright(`h16`, CAST(16L AS INT))) AS `h16`,
      (`h17` ^ shiftright(`h17`, CAST(16L AS INT))) AS `h17`,
      (`h18` ^ shiftright(`h18`, CAST(16L AS INT))) AS `h18`,
      (`h19` ^ shiftright(`h19`, CAST(16L AS INT))) AS `h19`,
      (`h20` ^ shiftright(`h20`, CAST(16L AS INT))) AS `h20`,
      (`h21` ^ shiftright(`h21`, CAST(16L AS INT))) AS `h21`,
      (`h22` ^ shiftright(`h22`, CAST(16L AS INT))) AS `h22`,
      (`h23` ^ shiftright(`h23`, CAST(16L AS INT))) AS `h23`,
      (`h24` ^ shiftright(`h24`, CAST(16L AS INT))) AS `h24`,
      (`h25` ^ shiftright(`h25`, CAST(16L AS INT))) AS `h25`,
      (`h26` ^ shiftright(`h26`, CAST(16L AS INT))) AS `h26`,
      (`h27` ^ shiftright(`h27`, CAST(16L AS INT))) AS `h27`,
      (`h28` ^ shiftright(`h28`, CAST(16L AS INT))) AS `h28`,
      (`h29` ^ shiftright(`h29`, CAST(16L AS INT))) AS `h29`,
      (`h30` ^ shiftright(`h30`, CAST(16L AS INT))) AS `h30`,
      (`h31` ^ shiftright(`h31`, CAST(16L AS INT))) AS `h31`,
      (`h32` ^ shiftright(`h32`, CAST(16L AS INT))) AS `h32`,
      (`h33` ^ shiftright(`h33`, CAST(16L AS INT))) AS `h33`,
      (`h34` ^ shiftright(`h34`, CAST(16L AS INT))) AS `h34`,
      (`j34` ^ shiftright(`j34`, CAST(16L AS INT))) AS `j34`,
      (`z34` ^ shiftright(`z34`, CAST(16L AS INT))) AS `z34`,
      (`h35` ^ shiftright(`h35`, CAST(16L AS INT))) AS `h35`,
      (`z35` ^ shiftright(`z35`, CAST(16L AS INT))) AS `z35`,
      (`h36` ^ shiftright(`h36`, CAST(16L AS INT))) AS `h36`,
      (`z36` ^ shiftright(`z36`, CAST(16L AS INT))) AS `z36`,
      (`h37` ^ shiftright(`h37`, CAST(16L AS INT))) AS `h37`,
      (`h100034` ^ shiftright(`h100034`, CAST(16L AS INT))) AS `h100034`,
      (`j100034` ^ shiftright(`j100034`, CAST(16L AS INT))) AS `j100034`,
      (`h100035` ^ shiftright(`h100035`, CAST(16L AS INT))) AS `h100035`,
      (`h100036` ^ shiftright(`h100036`, CAST(16L AS INT))) AS `h100036`,
      `en`,
      `i`
    FROM `adg_s8`
  ),
  `adg_s10` AS (
    SELECT
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT)) AS INT) + 1) AS `q1`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT)) AS INT) + 1) AS `q2`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT)) AS INT) + 1) AS `q3`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT)) AS INT) + 1) AS `q4`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT)) AS INT) + 1) AS `q5`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(shiftright(`h6`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L)) AS INT)) AS INT) + 1) AS `q6`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(shiftright(`h7`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L)) AS INT)) AS INT) + 1) AS `q7`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(shiftright(`h8`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L)) AS INT)) AS INT) + 1) AS `q8`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(shiftright(`h9`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L)) AS INT)) AS INT) + 1) AS `q9`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(shiftright(`h10`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L)) AS INT)) AS INT) + 1) AS `q10`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(shiftright(`h11`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L)) AS INT)) AS INT) + 1) AS `q11`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(shiftright(`h12`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L)) AS INT)) AS INT) + 1) AS `q12`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(shiftright(`h13`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L)) AS INT)) AS INT) + 1) AS `q13`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(shiftright(`h14`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L)) AS INT)) AS INT) + 1) AS `q14`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(shiftright(`h15`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L)) AS INT)) AS INT) + 1) AS `q15`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(shiftright(`h16`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L)) AS INT)) AS INT) + 1) AS `q16`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L), CAST(shiftright(`h17`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L)) AS INT)) AS INT) + 1) AS `q17`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(shiftright(`h18`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L)) AS INT)) AS INT) + 1) AS `q18`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L), CAST(shiftright(`h19`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L)) AS INT)) AS INT) + 1) AS `q19`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L), CAST(shiftright(`h20`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L)) AS INT)) AS INT) + 1) AS `q20`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L), CAST(shiftright(`h21`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L)) AS INT)) AS INT) + 1) AS `q21`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(shiftright(`h22`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L)) AS INT)) AS INT) + 1) AS `q22`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L), CAST(shiftright(`h23`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L)) AS INT)) AS INT) + 1) AS `q23`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L), CAST(shiftright(`h24`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L)) AS INT)) AS INT) + 1) AS `q24`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L), CAST(shiftright(`h25`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L)) AS INT)) AS INT) + 1) AS `q25`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L), CAST(shiftright(`h26`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L)) AS INT)) AS INT) + 1) AS `q26`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L), CAST(shiftright(`h27`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L)) AS INT)) AS INT) + 1) AS `q27`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L), CAST(shiftright(`h28`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L)) AS INT)) AS INT) + 1) AS `q28`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(shiftright(`h29`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L)) AS INT)) AS INT) + 1) AS `q29`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L), CAST(shiftright(`h30`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L)) AS INT)) AS INT) + 1) AS `q30`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L), CAST(shiftright(`h31`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L)) AS INT)) AS INT) + 1) AS `q31`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L), CAST(shiftright(`h32`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L)) AS INT)) AS INT) + 1) AS `q32`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L), CAST(shiftright(`h33`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L)) AS INT)) AS INT) + 1) AS `q33`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L), CAST(shiftright(`h34`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L)) AS INT)) AS INT) + 1) AS `q34`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L), CAST(shiftright(`h35`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L)) AS INT)) AS INT) + 1) AS `q35`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L), CAST(shiftright(`h36`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L)) AS INT)) AS INT) + 1) AS `q36`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L), CAST(shiftright(`h37`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L)) AS INT)) AS INT) + 1) AS `q37`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100034L), CAST(shiftright(`h100034`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100034L)) AS INT)) AS INT) + 1) AS `q100034`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100035L), CAST(shiftright(`h100035`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100035L)) AS INT)) AS INT) + 1) AS `q100035`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100036L), CAST(shiftright(`h100036`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100036L)) AS INT)) AS INT) + 1) AS `q100036`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `j4`,
      `h5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `h11`,
      `h12`,
      `h13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `h19`,
      `h20`,
      `h21`,
      `h22`,
      `h23`,
      `h24`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `h30`,
      `h31`,
      `h32`,
      `h33`,
      `h34`,
      `j34`,
      `h35`,
      `h36`,
      `h37`,
      `h100034`,
      `j100034`,
      `h100035`,
      `h100036`,
      `z34`,
      `z35`,
      `z36`,
      `en`,
      `i`
    FROM `adg_s9`
  ),
  `adg_s11` AS (
    SELECT
      CASE
        WHEN `h1` < shiftright(`q1`, CAST(30L AS INT)) THEN shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT))
        ELSE (`q1` & 1073741823L)
      END AS `k1`,
      CASE
        WHEN `h2` < shiftright(`q2`, CAST(30L AS INT)) THEN shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT))
        ELSE (`q2` & 1073741823L)
      END AS `k2`,
      CASE
        WHEN `h3` < shiftright(`q3`, CAST(30L AS INT)) THEN shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT))
        ELSE (`q3` & 1073741823L)
      END AS `k3`,
      CASE
        WHEN `h4` < shiftright(`q4`, CAST(30L AS INT)) THEN shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT))
        ELSE (`q4` & 1073741823L)
      END AS `k4`,
      CASE
        WHEN `h5` < shiftright(`q5`, CAST(30L AS INT)) THEN shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT))
        ELSE (`q5` & 1073741823L)
      END AS `k5`,
      CASE
        WHEN `h6` < shiftright(`q6`, CAST(30L AS INT)) THEN shiftright(`h6`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L)) AS INT))
        ELSE (`q6` & 1073741823L)
      END AS `k6`,
      CASE
        WHEN `h7` < shiftright(`q7`, CAST(30L AS INT)) THEN shiftright(`h7`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L)) AS INT))
        ELSE (`q7` & 1073741823L)
      END AS `k7`,
      CASE
        WHEN `h8` < shiftright(`q8`, CAST(30L AS INT)) THEN shiftright(`h8`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L)) AS INT))
        ELSE (`q8` & 1073741823L)
      END AS `k8`,
      CASE
        WHEN `h9` < shiftright(`q9`, CAST(30L AS INT)) THEN shiftright(`h9`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L)) AS INT))
        ELSE (`q9` & 1073741823L)
      END AS `k9`,
      CASE
        WHEN `h10` < shiftright(`q10`, CAST(30L AS INT)) THEN shiftright(`h10`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L)) AS INT))
        ELSE (`q10` & 1073741823L)
      END AS `k10`,
      CASE
        WHEN `h11` < shiftright(`q11`, CAST(30L AS INT)) THEN shiftright(`h11`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L)) AS INT))
        ELSE (`q11` & 1073741823L)
      END AS `k11`,
      CASE
        WHEN `h12` < shiftright(`q12`, CAST(30L AS INT)) THEN shiftright(`h12`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L)) AS INT))
        ELSE (`q12` & 1073741823L)
      END AS `k12`,
      CASE
        WHEN `h13` < shiftright(`q13`, CAST(30L AS INT)) THEN shiftright(`h13`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L)) AS INT))
        ELSE (`q13` & 1073741823L)
      END AS `k13`,
      CASE
        WHEN `h14` < shiftright(`q14`, CAST(30L AS INT)) THEN shiftright(`h14`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L)) AS INT))
        ELSE (`q14` & 1073741823L)
      END AS `k14`,
      CASE
        WHEN `h15` < shiftright(`q15`, CAST(30L AS INT)) THEN shiftright(`h15`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L)) AS INT))
        ELSE (`q15` & 1073741823L)
      END AS `k15`,
      CASE
        WHEN `h16` < shiftright(`q16`, CAST(30L AS INT)) THEN shiftright(`h16`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L)) AS INT))
        ELSE (`q16` & 1073741823L)
      END AS `k16`,
      CASE
        WHEN `h17` < shiftright(`q17`, CAST(30L AS INT)) THEN shiftright(`h17`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L)) AS INT))
        ELSE (`q17` & 1073741823L)
      END AS `k17`,
      CASE
        WHEN `h18` < shiftright(`q18`, CAST(30L AS INT)) THEN shiftright(`h18`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L)) AS INT))
        ELSE (`q18` & 1073741823L)
      END AS `k18`,
      CASE
        WHEN `h19` < shiftright(`q19`, CAST(30L AS INT)) THEN shiftright(`h19`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L)) AS INT))
        ELSE (`q19` & 1073741823L)
      END AS `k19`,
      CASE
        WHEN `h20` < shiftright(`q20`, CAST(30L AS INT)) THEN shiftright(`h20`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L)) AS INT))
        ELSE (`q20` & 1073741823L)
      END AS `k20`,
      CASE
        WHEN `h21` < shiftright(`q21`, CAST(30L AS INT)) THEN shiftright(`h21`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L)) AS INT))
        ELSE (`q21` & 1073741823L)
      END AS `k21`,
      CASE
        WHEN `h22` < shiftright(`q22`, CAST(30L AS INT)) THEN shiftright(`h22`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L)) AS INT))
        ELSE (`q22` & 1073741823L)
      END AS `k22`,
      CASE
        WHEN `h23` < shiftright(`q23`, CAST(30L AS INT)) THEN shiftright(`h23`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L)) AS INT))
        ELSE (`q23` & 1073741823L)
      END AS `k23`,
      CASE
        WHEN `h24` < shiftright(`q24`, CAST(30L AS INT)) THEN shiftright(`h24`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L)) AS INT))
        ELSE (`q24` & 1073741823L)
      END AS `k24`,
      CASE
        WHEN `h25` < shiftright(`q25`, CAST(30L AS INT)) THEN shiftright(`h25`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L)) AS INT))
        ELSE (`q25` & 1073741823L)
      END AS `k25`,
      CASE
        WHEN `h26` < shiftright(`q26`, CAST(30L AS INT)) THEN shiftright(`h26`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L)) AS INT))
        ELSE (`q26` & 1073741823L)
      END AS `k26`,
      CASE
        WHEN `h27` < shiftright(`q27`, CAST(30L AS INT)) THEN shiftright(`h27`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L)) AS INT))
        ELSE (`q27` & 1073741823L)
      END AS `k27`,
      CASE
        WHEN `h28` < shiftright(`q28`, CAST(30L AS INT)) THEN shiftright(`h28`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L)) AS INT))
        ELSE (`q28` & 1073741823L)
      END AS `k28`,
      CASE
        WHEN `h29` < shiftright(`q29`, CAST(30L AS INT)) THEN shiftright(`h29`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L)) AS INT))
        ELSE (`q29` & 1073741823L)
      END AS `k29`,
      CASE
        WHEN `h30` < shiftright(`q30`, CAST(30L AS INT)) THEN shiftright(`h30`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L)) AS INT))
        ELSE (`q30` & 1073741823L)
      END AS `k30`,
      CASE
        WHEN `h31` < shiftright(`q31`, CAST(30L AS INT)) THEN shiftright(`h31`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L)) AS INT))
        ELSE (`q31` & 1073741823L)
      END AS `k31`,
      CASE
        WHEN `h32` < shiftright(`q32`, CAST(30L AS INT)) THEN shiftright(`h32`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L)) AS INT))
        ELSE (`q32` & 1073741823L)
      END AS `k32`,
      CASE
        WHEN `h33` < shiftright(`q33`, CAST(30L AS INT)) THEN shiftright(`h33`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L)) AS INT))
        ELSE (`q33` & 1073741823L)
      END AS `k33`,
      CASE
        WHEN `h34` < shiftright(`q34`, CAST(30L AS INT)) THEN shiftright(`h34`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L)) AS INT))
        ELSE (`q34` & 1073741823L)
      END AS `k34`,
      CASE
        WHEN `h35` < shiftright(`q35`, CAST(30L AS INT)) THEN shiftright(`h35`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L)) AS INT))
        ELSE (`q35` & 1073741823L)
      END AS `k35`,
      CASE
        WHEN `h36` < shiftright(`q36`, CAST(30L AS INT)) THEN shiftright(`h36`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L)) AS INT))
        ELSE (`q36` & 1073741823L)
      END AS `k36`,
      CASE
        WHEN `h37` < shiftright(`q37`, CAST(30L AS INT)) THEN shiftright(`h37`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L)) AS INT))
        ELSE (`q37` & 1073741823L)
      END AS `k37`,
      CASE
        WHEN `h100034` < shiftright(`q100034`, CAST(30L AS INT)) THEN shiftright(`h100034`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100034L)) AS INT))
        ELSE (`q100034` & 1073741823L)
      END AS `k100034`,
      CASE
        WHEN `h100035` < shiftright(`q100035`, CAST(30L AS INT)) THEN shiftright(`h100035`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100035L)) AS INT))
        ELSE (`q100035` & 1073741823L)
      END AS `k100035`,
      CASE
        WHEN `h100036` < shiftright(`q100036`, CAST(30L AS INT)) THEN shiftright(`h100036`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100036L)) AS INT))
        ELSE (`q100036` & 1073741823L)
      END AS `k100036`,
      `h1`,
      `h2`,
      `h3`,
      `h4`,
      `j4`,
      `h5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `h11`,
      `h12`,
      `h13`,
      `h14`,
      `h15`,
      `h16`,
      `h17`,
      `h18`,
      `h19`,
      `h20`,
      `h21`,
      `h22`,
      `h23`,
      `h24`,
      `h25`,
      `h26`,
      `h27`,
      `h28`,
      `h29`,
      `h30`,
      `h31`,
      `h32`,
      `h33`,
      `h34`,
      `j34`,
      `h35`,
      `h36`,
      `h37`,
      `h100034`,
      `j100034`,
      `h100035`,
      `h100036`,
      `z34`,
      `z35`,
      `z36`,
      `en`,
      `i`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `w4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(`k11` AS INT) + 1) AS `v11`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `v12`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(`k13` AS INT) + 1) AS `v13`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(`k14` AS INT) + 1) AS `v14`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(`k15` AS INT) + 1) AS `v15`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(`k16` AS INT) + 1) AS `v16`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 17L), CAST(`k17` AS INT) + 1) AS `v17`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 18L), CAST(`k18` AS INT) + 1) AS `v18`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 19L), CAST(`k19` AS INT) + 1) AS `v19`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 20L), CAST(`k20` AS INT) + 1) AS `v20`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 21L), CAST(`k21` AS INT) + 1) AS `v21`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 22L), CAST(`k22` AS INT) + 1) AS `v22`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 23L), CAST(`k23` AS INT) + 1) AS `v23`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 24L), CAST(`k24` AS INT) + 1) AS `v24`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 25L), CAST(`k25` AS INT) + 1) AS `v25`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 26L), CAST(`k26` AS INT) + 1) AS `v26`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 27L), CAST(`k27` AS INT) + 1) AS `v27`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 28L), CAST(`k28` AS INT) + 1) AS `v28`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 29L), CAST(`k29` AS INT) + 1) AS `v29`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 30L), CAST(`k30` AS INT) + 1) AS `v30`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 31L), CAST(`k31` AS INT) + 1) AS `v31`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 32L), CAST(`k32` AS INT) + 1) AS `v32`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 33L), CAST(`k33` AS INT) + 1) AS `v33`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L), CAST(`k34` AS INT) + 1) AS `v34`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 34L), CAST(`k34` AS INT) + 1) AS `w34`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 35L), CAST(`k35` AS INT) + 1) AS `v35`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 36L), CAST(`k36` AS INT) + 1) AS `v36`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 37L), CAST(`k37` AS INT) + 1) AS `v37`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100034L), CAST(`k100034` AS INT) + 1) AS `v100034`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100034L), CAST(`k100034` AS INT) + 1) AS `w100034`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100035L), CAST(`k100035` AS INT) + 1) AS `v100035`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 100036L), CAST(`k100036` AS INT) + 1) AS `v100036`,
      (((1073741789L * `en`) + 735017446784584L) % 1000000000000000L) AS `m1`,
      (((1073741741L * `i`) + 8457010L) % 10000000L) AS `m2`,
      `j4`,
      `j34`,
      `j100034`,
      `z34`,
      `z35`,
      `z36`
    FROM `adg_s11`
  ),
  `adg_s13` AS (
    SELECT
      'A' || 'R' || 'T' || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 101559956668416L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 2821109907456L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 78364164096L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 2176782336L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 60466176L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 1679616L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 46656L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 1296L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST((((`m1` div 36L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', CAST(((`m1` % 36L) + 1L) AS INT), CAST(1L AS INT)) AS `o1`,
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS BIGINT) AS `o2`,
      `v1` AS `o3`,
      `v2` AS `o4`,
      `v3` AS `o5`,
      date_add(`v4`, CAST(CAST(CASE WHEN abs((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o6`,
      CAST(NULL AS STRING) AS `o7`,
      `v5` AS `o8`,
      `v6` AS `o9`,
      `v7` AS `o10`,
      `v8` AS `o11`,
      `v9` AS `o12`,
      `v10` AS `o13`,
      `v11` AS `o14`,
      `v12` AS `o15`,
      `v13` AS `o16`,
      `v14` AS `o17`,
      `v15` AS `o18`,
      `v16` AS `o19`,
      `v17` AS `o20`,
      `v18` AS `o21`,
      `v19` AS `o22`,
      `v20` AS `o23`,
      `v21` AS `o24`,
      `v22` AS `o25`,
      `v23` AS `o26`,
      `v24` AS `o27`,
      `v25` AS `o28`,
      `v26` AS `o29`,
      `v27` AS `o30`,
      `v28` AS `o31`,
      `v29` AS `o32`,
      `v30` AS `o33`,
      `v31` AS `o34`,
      `v32` AS `o35`,
      `v33` AS `o36`,
      CASE
        WHEN `z34` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 34L) THEN date_add(`v34`, CAST(CAST(CASE WHEN abs((CAST(`j34` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w34` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j34` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w34` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j34` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w34` AS DOUBLE)) END AS BIGINT) AS INT))
        ELSE date_add(`v100034`, CAST(CAST(CASE WHEN abs((CAST(`j100034` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w100034` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j100034` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w100034` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j100034` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w100034` AS DOUBLE)) END AS BIGINT) AS INT))
      END AS `o37`,
      CASE
        WHEN `z35` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 35L) THEN `v35`
        ELSE `v100035`
      END AS `o38`,
      CASE
        WHEN `z36` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 36L) THEN `v36`
        ELSE `v100036`
      END AS `o39`,
      CAST(NULL AS STRING) AS `o40`,
      `v37` AS `o41`
    FROM `adg_s12`
  )
SELECT
  `o1` AS `TOKEN_PERSON_ID`,
  `o2` AS `AEKEY`,
  `o3` AS `FYEAR`,
  `o4` AS `PROCODE3`,
  `o5` AS `PROCODET`,
  `o6` AS `ARRIVALDATE`,
  `o7` AS `ARRIVALTIME`,
  CAST((CAST(substr(date_format(`o6`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`o37`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(date_format(`o6`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o6`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`o37`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o37`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L
    ELSE 0L
  END AS SMALLINT) AS `ARRIVALAGE`,
  `o8` AS `AEARRIVALMODE`,
  `o9` AS `AEATTENDCAT`,
  `o10` AS `AEATTENDDISP`,
  `o11` AS `AEDEPTTYPE`,
  `o12` AS `AEINCLOCTYPE`,
  `o13` AS `AEPATGROUP`,
  `o14` AS `AEREFSOURCE`,
  `o15` AS `DIAG_01`,
  `o16` AS `DIAG_02`,
  `o17` AS `DIAG_03`,
  `o18` AS `DIAG_04`,
  `o19` AS `DIAG_05`,
  `o20` AS `DIAG_06`,
  `o21` AS `INVEST_01`,
  `o22` AS `INVEST_02`,
  `o23` AS `INVEST_03`,
  `o24` AS `INVEST_04`,
  `o25` AS `INVEST_05`,
  `o26` AS `INVEST_06`,
  `o27` AS `TREAT_01`,
  `o28` AS `TREAT_02`,
  `o29` AS `TREAT_03`,
  `o30` AS `TREAT_04`,
  `o31` AS `TREAT_05`,
  `o32` AS `TREAT_06`,
  `o33` AS `INITDUR`,
  `o34` AS `TRETDUR`,
  `o35` AS `CONCLDUR`,
  `o36` AS `DEPDUR`,
  `o37` AS `MYDOB`,
  `o38` AS `SEX`,
  `o39` AS `ETHNOS`,
  `o40` AS `GPPRAC`,
  `o41` AS `RESLADST`
FROM `adg_s13`;

CREATE OR REPLACE TABLE `adg_output`.`hes_ae_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'hes_ae' AS `dataset`,
  'specs/hes.yaml' AS `spec_file`,
  'cfceba705b88a9e5ef0da2476dad858d97532f7b50227027971c04c625f3d960' AS `spec_hash`,
  `m`.`metadata_hash`,
  2026L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`hes_ae_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
FROM (
  SELECT
    `metadata_hash`
  FROM `adg_released_hash`
) AS `m`
LEFT JOIN (
  SELECT
    `r`.`metadata_hash`,
    `r`.`released_at`,
    `r`.`reviewer`,
    `r`.`approver`
  FROM (
    SELECT
      `l`.`metadata_hash`,
      CAST(`l`.`released_at` AS STRING) AS `released_at`,
      `l`.`reviewer`,
      `l`.`approver`
    FROM `adg_released`.`adg_releases` AS `l`
    WHERE (`l`.`dataset` = 'hes_ae') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hes_ae'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`hes_ae_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hes_ae_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [19/19] Summary: rows generated and items available per field
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE `i`.`ordinal` = `g`.`ordinal`) AS `items`,
  (SELECT `n` FROM `adg_plan`) AS `rows`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;
