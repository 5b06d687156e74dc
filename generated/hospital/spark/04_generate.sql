-- adg 0.1.0: stage 4 (generate) of dataset "hospital", Spark SQL dialect.
-- Compiled from specs/hospital.yaml (spec sha256 aed03c82f857498e); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/hospital.yaml` runs it with progress and checks.

-- [1/21] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/21] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/21] Fields to generate, matched to the metadata by name and kind
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
  (10L, 'cost', 'continuous')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/21] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/hospital.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hospital.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`hospital_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '5b926ef1b5db9f7d552a9c717d620c34d3ef4a0f8d33ff9e0163c3fd8ed6f88a')));

-- [5/21] The hash of the released metadata, computed once
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
    FROM `adg_released`.`hospital_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/21] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/hospital.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/hospital.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'hospital') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hospital')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/21] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/21] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/hospital.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`hospital_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/21] Released items of every field, in published order
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
    WHEN `g`.`ordinal` = 1L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(YEAR, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 4L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 5L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`hospital_metadata` AS `m`
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
FROM `adg_released`.`hospital_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L);

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/21] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/21] Lookup lists of every field: its alias table and its values, in order
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
  JOIN `adg_released`.`hospital_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/21] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  ((`y` + 3398666878L) & 4294967295L) AS `h`,
                  ((`y` + 3649875258L) & 4294967295L) AS `j`,
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
                            ((`en` + 378711050L) & 4294967295L) AS `y`,
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

-- [13/21] Rows to generate: the sum of the rows of every entity
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

-- [14/21] Row count within what the 32-bit counter supports
SELECT raise_error('specs/hospital.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/21] Identifier episode_id: the pattern has a value for every row
SELECT raise_error('specs/hospital.yaml: fields.episode_id: pattern "99999[0-9]{7}" makes 10000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 10000000L);

-- [16/21] Identifier patient_id: the pattern has a value for every entity
SELECT raise_error('specs/hospital.yaml: fields.patient_id: pattern "TESTP[0-9]{7}" makes 10000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 10000000L);

-- [17/21] Identifier nhs_number: the pattern has a value for every entity
SELECT raise_error('specs/hospital.yaml: fields.nhs_number: pattern "TEST[0-9]{6}" makes 1000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 1000000L);

-- [18/21] Identifier hospital_number: the pattern has a value for every entity
SELECT raise_error('specs/hospital.yaml: fields.hospital_number: pattern "TESTH[A-Z0-9]{7}" makes 78364164096 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 78364164096L);

-- [19/21] Stable fields (3): the released share of rows that differ from their entity's value, as a cut on the hash
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_stable_cuts`;

CREATE TABLE `adg_scratch`.`adg_stable_cuts` AS
SELECT
  1L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'date_of_birth') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'date_of_birth') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'date_of_birth') AND (`m`.`kind` = 'date') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 1L
UNION ALL
SELECT
  2L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'sex') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'sex') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'sex') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 2L
UNION ALL
SELECT
  3L AS `ordinal`,
  CAST(CASE WHEN abs((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'ethnicity') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) < 4.5e15 THEN CAST(floor((least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'ethnicity') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9)) AS DOUBLE) ELSE (least(1e+0, (CAST(coalesce((SELECT sum(`m`.`n_rows`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = 'ethnicity') AND (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'disagree')), 0L) AS DOUBLE) / CAST(greatest(1L, coalesce(sum(`i`.`n_rows`), 1L)) AS DOUBLE))) * 4.294967296e+9) END AS BIGINT) AS `cut`
FROM `adg_items` AS `i`
WHERE `i`.`ordinal` = 3L;

CREATE OR REPLACE TEMPORARY VIEW `adg_stable_cuts` AS SELECT * FROM `adg_scratch`.`adg_stable_cuts`;

-- [20/21] Sample 10 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`hospital` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 1085061515L) & 4294967295L) AS `x`,
      ((`en` + 378711050L) & 4294967295L) AS `y`,
      `i`,
      `en`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `y`,
      `i`,
      `en`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `y`,
      `i`,
      `en`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      (((`y` ^ shiftright(`y`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `y`,
      `i`,
      `en`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      (`y` ^ shiftright(`y`, CAST(15L AS INT))) AS `y`,
      `i`,
      `en`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 3956367823L) & 4294967295L) AS `h1`,
      ((`x` + 1988069728L) & 4294967295L) AS `j1`,
      ((`x` + 528451862L) & 4294967295L) AS `z1`,
      ((`x` + 1432926798L) & 4294967295L) AS `h2`,
      ((`x` + 529611135L) & 4294967295L) AS `z2`,
      ((`x` + 3838997806L) & 4294967295L) AS `h3`,
      ((`x` + 3965613608L) & 4294967295L) AS `z3`,
      ((`x` + 2201418017L) & 4294967295L) AS `h4`,
      ((`x` + 3074361812L) & 4294967295L) AS `j4`,
      ((`x` + 4047923566L) & 4294967295L) AS `h5`,
      ((`x` + 1269429432L) & 4294967295L) AS `j5`,
      ((`x` + 3518238748L) & 4294967295L) AS `h6`,
      ((`x` + 1357900667L) & 4294967295L) AS `h7`,
      ((`x` + 4257023495L) & 4294967295L) AS `h8`,
      ((`x` + 4150115347L) & 4294967295L) AS `h9`,
      ((`x` + 721334911L) & 4294967295L) AS `h10`,
      ((`x` + 2041392986L) & 4294967295L) AS `j10`,
      ((`y` + 3956367823L) & 4294967295L) AS `g1`,
      ((`y` + 1988069728L) & 4294967295L) AS `t1`,
      ((`y` + 1432926798L) & 4294967295L) AS `g2`,
      ((`y` + 3838997806L) & 4294967295L) AS `g3`,
      `i`,
      `en`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`j1` ^ shiftright(`j1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j1`,
      (((`z1` ^ shiftright(`z1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`z2` ^ shiftright(`z2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`z3` ^ shiftright(`z3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `z3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`j10` ^ shiftright(`j10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j10`,
      (((`g1` ^ shiftright(`g1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `g1`,
      (((`t1` ^ shiftright(`t1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `t1`,
      (((`g2` ^ shiftright(`g2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `g2`,
      (((`g3` ^ shiftright(`g3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `g3`,
      `i`,
      `en`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`j1` ^ shiftright(`j1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j1`,
      (((`z1` ^ shiftright(`z1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`z2` ^ shiftright(`z2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`z3` ^ shiftright(`z3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `z3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`j10` ^ shiftright(`j10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j10`,
      (((`g1` ^ shiftright(`g1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `g1`,
      (((`t1` ^ shiftright(`t1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `t1`,
      (((`g2` ^ shiftright(`g2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `g2`,
      (((`g3` ^ shiftright(`g3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `g3`,
      `i`,
      `en`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`j1` ^ shiftright(`j1`, CAST(16L AS INT))) AS `j1`,
      (`z1` ^ shiftright(`z1`, CAST(16L AS INT))) AS `z1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`z2` ^ shiftright(`z2`, CAST(16L AS INT))) AS `z2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`z3` ^ shiftright(`z3`, CAST(16L AS INT))) AS `z3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`j4` ^ shiftright(`j4`, CAST(16L AS INT))) AS `j4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`j5` ^ shiftright(`j5`, CAST(16L AS INT))) AS `j5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`j10` ^ shiftright(`j10`, CAST(16L AS INT))) AS `j10`,
      (`g1` ^ shiftright(`g1`, CAST(16L AS INT))) AS `g1`,
      (`t1` ^ shiftright(`t1`, CAST(16L AS INT))) AS `t1`,
      (`g2` ^ shiftright(`g2`, CAST(16L AS INT))) AS `g2`,
      (`g3` ^ shiftright(`g3`, CAST(16L AS INT))) AS `g3`,
      `i`,
      `en`
    FROM `adg_s8`
  ),
  `adg_s10` AS (
    SELECT
      CASE WHEN `z1` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 1L) THEN `h1` ELSE `g1` END AS `h1`,
      CASE WHEN `z1` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 1L) THEN `j1` ELSE `t1` END AS `j1`,
      CASE WHEN `z2` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 2L) THEN `h2` ELSE `g2` END AS `h2`,
      CASE WHEN `z3` < (SELECT `cut` FROM `adg_stable_cuts` WHERE `ordinal` = 3L) THEN `h3` ELSE `g3` END AS `h3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `j10`,
      `i`,
      `en`
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
      `h1`,
      `j1`,
      `h2`,
      `h3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `j10`,
      `i`,
      `en`
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
      `h1`,
      `j1`,
      `h2`,
      `h3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `j10`,
      `i`,
      `en`
    FROM `adg_s11`
  ),
  `adg_s13` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `w1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `w4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `w5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `w10`,
      (SELECT `a`.`d` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L) AS `d10`,
      (((1073741741L * `i`) + 4804058L) % 10000000L) AS `m1`,
      (((1073741741L * `en`) + 4558718L) % 10000000L) AS `m2`,
      (((1073741789L * `en`) + 784584L) % 1000000L) AS `m3`,
      (((1073741783L * `en`) + 17875479141L) % 78364164096L) AS `m4`,
      `j1`,
      `j4`,
      `j5`,
      `j10`
    FROM `adg_s12`
  ),
  `adg_s14` AS (
    SELECT
      CAST('9' || '9' || '9' || '9' || '9' || substr('0123456789', CAST((((`m1` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m1` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS BIGINT) AS `o1`,
      'T' || 'E' || 'S' || 'T' || 'P' || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS `o2`,
      'T' || 'E' || 'S' || 'T' || substr('0123456789', CAST((((`m3` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m3` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m3` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m3` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m3` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m3` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS `o3`,
      'T' || 'E' || 'S' || 'T' || 'H' || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((((`m4` div 2176782336L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((((`m4` div 60466176L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((((`m4` div 1679616L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((((`m4` div 46656L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((((`m4` div 1296L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST((((`m4` div 36L) % 36L) + 1L) AS INT), CAST(1L AS INT)) || substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', CAST(((`m4` % 36L) + 1L) AS INT), CAST(1L AS INT)) AS `o4`,
      CAST(NULL AS STRING) AS `o5`,
      CAST(NULL AS STRING) AS `o6`,
      date_add(`v1`, CAST(CAST(CASE WHEN abs((CAST(`j1` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w1` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j1` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w1` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j1` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w1` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o7`,
      `v2` AS `o8`,
      `v3` AS `o9`,
      CAST(NULL AS STRING) AS `o10`,
      CAST(NULL AS STRING) AS `o11`,
      CAST(NULL AS STRING) AS `o12`,
      CAST(NULL AS STRING) AS `o13`,
      date_add(`v4`, CAST(CAST(CASE WHEN abs((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o14`,
      date_add(`v5`, CAST(CAST(CASE WHEN abs((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o15`,
      `v6` AS `o16`,
      `v7` AS `o17`,
      `v8` AS `o18`,
      `v9` AS `o19`,
      CAST(NULL AS STRING) AS `o20`,
      CAST(CASE
        WHEN (`d10` IS NULL) OR (`w10` = 0e+0) THEN CASE
        WHEN (`v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)) < (`v10` + `w10`) THEN `v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)
        ELSE `v10`
      END
        ELSE greatest(least((CASE WHEN abs((CASE
        WHEN (`v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)) < (`v10` + `w10`) THEN `v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)
        ELSE `v10`
      END * power(1e+1, CAST(`d10` AS DOUBLE)))) < 4.5e15 THEN CAST(floor((CASE
        WHEN (`v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)) < (`v10` + `w10`) THEN `v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)
        ELSE `v10`
      END * power(1e+1, CAST(`d10` AS DOUBLE)))) AS DOUBLE) ELSE (CASE
        WHEN (`v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)) < (`v10` + `w10`) THEN `v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)
        ELSE `v10`
      END * power(1e+1, CAST(`d10` AS DOUBLE))) END / power(1e+1, CAST(`d10` AS DOUBLE))), CASE
        WHEN (`v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)) < (`v10` + `w10`) THEN `v10` + (CAST(`j10` AS DOUBLE) * 2.3283064365386963e-10 * `w10`)
        ELSE `v10`
      END), `v10`)
      END AS DECIMAL(10,2)) AS `o21`
    FROM `adg_s13`
  ),
  `adg_s15` AS (
    SELECT
      least(coalesce(`o14`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE))) AS `r1_1`,
      greatest(coalesce(`o14`, CAST('9999-12-31' AS DATE)), coalesce(`o15`, CAST('9999-12-31' AS DATE))) AS `r1_2`,
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
      `o21`
    FROM `adg_s14`
  ),
  `adg_s16` AS (
    SELECT
      CASE
        WHEN `o14` IS NULL THEN NULL
        WHEN CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r1_1`
      END AS `o14`,
      CASE
        WHEN `o15` IS NULL THEN NULL
        WHEN (CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o14` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o15` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
      END AS `o15`,
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
      `o16`,
      `o17`,
      `o18`,
      `o19`,
      `o20`,
      `o21`
    FROM `adg_s15`
  )
SELECT
  `o1` AS `episode_id`,
  `o2` AS `patient_id`,
  `o3` AS `nhs_number`,
  `o4` AS `hospital_number`,
  `o5` AS `forename`,
  `o6` AS `surname`,
  `o7` AS `date_of_birth`,
  `o8` AS `sex`,
  `o9` AS `ethnicity`,
  `o10` AS `address_line`,
  `o11` AS `postcode`,
  `o12` AS `email`,
  `o13` AS `phone`,
  `o14` AS `admission_date`,
  `o15` AS `discharge_date`,
  `o16` AS `admission_method`,
  `o17` AS `specialty`,
  `o18` AS `primary_diagnosis`,
  `o19` AS `length_of_stay`,
  CAST((CAST(substr(date_format(`o14`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT) - CAST(substr(date_format(`o7`, 'yyyy-MM-dd'), CAST(1L AS INT), CAST(4L AS INT)) AS BIGINT)) - CASE
    WHEN ((CAST(substr(date_format(`o14`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o14`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) < ((CAST(substr(date_format(`o7`, 'yyyy-MM-dd'), CAST(6L AS INT), CAST(2L AS INT)) AS BIGINT) * 100L) + CAST(substr(date_format(`o7`, 'yyyy-MM-dd'), CAST(9L AS INT), CAST(2L AS INT)) AS BIGINT)) THEN 1L
    ELSE 0L
  END AS INT) AS `age_on_admission`,
  `o20` AS `clinical_note`,
  `o21` AS `cost`
FROM `adg_s16`;

CREATE OR REPLACE TABLE `adg_output`.`hospital_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'hospital' AS `dataset`,
  'specs/hospital.yaml' AS `spec_file`,
  'aed03c82f857498eb67831bec513cc071a8ca9f33e07bc83013f7a237a241949' AS `spec_hash`,
  `m`.`metadata_hash`,
  1L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`hospital_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'hospital') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'hospital'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`hospital_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`hospital_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [21/21] Summary: rows generated and items available per field
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
