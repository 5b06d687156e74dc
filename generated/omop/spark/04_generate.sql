-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_person", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/17] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/17] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/17] Fields to generate, matched to the metadata by name and kind
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'gender_concept_id', 'categorical'),
  (2L, 'year_of_birth', 'discrete'),
  (3L, 'month_of_birth', 'discrete'),
  (4L, 'day_of_birth', 'discrete'),
  (5L, 'birth_datetime', 'date'),
  (6L, 'race_concept_id', 'categorical'),
  (7L, 'ethnicity_concept_id', 'categorical'),
  (8L, 'gender_source_value', 'categorical'),
  (9L, 'gender_source_concept_id', 'categorical'),
  (10L, 'race_source_value', 'categorical'),
  (11L, 'race_source_concept_id', 'categorical'),
  (12L, 'ethnicity_source_value', 'categorical'),
  (13L, 'ethnicity_source_concept_id', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/17] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`omop_person_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334')));

-- [5/17] The hash of the released metadata, computed once
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
    FROM `adg_released`.`omop_person_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/17] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'omop_person') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_person')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/17] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/17] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`omop_person_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/17] Released items of every field, in published order
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
    WHEN `g`.`ordinal` = 5L THEN CAST(timestampdiff(SECOND, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(YEAR, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`omop_person_metadata` AS `m`
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
FROM `adg_released`.`omop_person_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L);

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/17] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/17] Lookup lists of every field: its alias table and its values, in order
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
  JOIN `adg_released`.`omop_person_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/17] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  ((`y` + 2557042100L) & 4294967295L) AS `h`,
                  ((`y` + 3057235994L) & 4294967295L) AS `j`,
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
                            ((`en` + 3173443840L) & 4294967295L) AS `y`,
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

-- [13/17] Rows to generate: the sum of the rows of every entity
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

-- [14/17] Row count within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/17] Identifier person_id: the pattern has a value for every entity
SELECT raise_error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 100000000L);

-- [16/17] Sample 13 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`omop_person` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 1275832764L) & 4294967295L) AS `x`,
      `en`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      `en`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      `en`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      `en`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      `en`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 233645109L) & 4294967295L) AS `h1`,
      ((`x` + 2762559563L) & 4294967295L) AS `h2`,
      ((`x` + 141987772L) & 4294967295L) AS `h3`,
      ((`x` + 1870435750L) & 4294967295L) AS `h4`,
      ((`x` + 1481001233L) & 4294967295L) AS `h5`,
      ((`x` + 955747540L) & 4294967295L) AS `j5`,
      ((`x` + 2308647488L) & 4294967295L) AS `h6`,
      ((`x` + 192389601L) & 4294967295L) AS `h7`,
      ((`x` + 1913502428L) & 4294967295L) AS `h8`,
      ((`x` + 1471737721L) & 4294967295L) AS `h9`,
      ((`x` + 2034626134L) & 4294967295L) AS `h10`,
      ((`x` + 1491475998L) & 4294967295L) AS `h11`,
      ((`x` + 2733046378L) & 4294967295L) AS `h12`,
      ((`x` + 1968155392L) & 4294967295L) AS `h13`,
      `en`
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
      (((`h11` ^ shiftright(`h11`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h13`,
      `en`
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
      (((`h11` ^ shiftright(`h11`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h13`,
      `en`
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
      (`h11` ^ shiftright(`h11`, CAST(16L AS INT))) AS `h11`,
      (`h12` ^ shiftright(`h12`, CAST(16L AS INT))) AS `h12`,
      (`h13` ^ shiftright(`h13`, CAST(16L AS INT))) AS `h13`,
      `en`
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
      `h11`,
      `h12`,
      `h13`,
      `en`
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
      `h11`,
      `h12`,
      `h13`,
      `en`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `w5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(`k11` AS INT) + 1) AS `v11`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `v12`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(`k13` AS INT) + 1) AS `v13`,
      (((1073741789L * `en`) + 46784584L) % 100000000L) AS `m1`,
      `j5`
    FROM `adg_s11`
  )
SELECT
  CAST('1' || substr('0123456789', CAST((((`m1` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m1` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `person_id`,
  `v1` AS `gender_concept_id`,
  `v2` AS `year_of_birth`,
  `v3` AS `month_of_birth`,
  `v4` AS `day_of_birth`,
  timestampadd(SECOND, CAST(CASE WHEN abs((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE)) END AS BIGINT), `v5`) AS `birth_datetime`,
  `v6` AS `race_concept_id`,
  `v7` AS `ethnicity_concept_id`,
  CAST(NULL AS INT) AS `location_id`,
  CAST(NULL AS INT) AS `provider_id`,
  CAST(NULL AS INT) AS `care_site_id`,
  CAST(NULL AS STRING) AS `person_source_value`,
  `v8` AS `gender_source_value`,
  `v9` AS `gender_source_concept_id`,
  `v10` AS `race_source_value`,
  `v11` AS `race_source_concept_id`,
  `v12` AS `ethnicity_source_value`,
  `v13` AS `ethnicity_source_concept_id`
FROM `adg_s12`;

CREATE OR REPLACE TABLE `adg_output`.`omop_person_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'omop_person' AS `dataset`,
  'specs/omop.yaml' AS `spec_file`,
  'fa20601fc0d7dbfb529ebbe9ed410f51149bc273a73ea84d0af789d308bdb083' AS `spec_hash`,
  `m`.`metadata_hash`,
  54L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`omop_person_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'omop_person') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_person'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`omop_person_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_person_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_person_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [17/17] Summary: rows generated and items available per field
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

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_visit_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/18] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/18] Fields to generate, matched to the metadata by name and kind
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'visit_concept_id', 'categorical'),
  (2L, 'visit_start_date', 'date'),
  (3L, 'visit_start_datetime', 'date'),
  (4L, 'visit_end_date', 'date'),
  (5L, 'visit_end_datetime', 'date'),
  (6L, 'visit_type_concept_id', 'categorical'),
  (7L, 'visit_source_value', 'categorical'),
  (8L, 'visit_source_concept_id', 'categorical'),
  (9L, 'admitted_from_concept_id', 'categorical'),
  (10L, 'admitted_from_source_value', 'categorical'),
  (11L, 'discharged_to_concept_id', 'categorical'),
  (12L, 'discharged_to_source_value', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4')));

-- [5/18] The hash of the released metadata, computed once
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
    FROM `adg_released`.`omop_visit_occurrence_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/18] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'omop_visit_occurrence') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_visit_occurrence')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/18] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/18] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/18] Released items of every field, in published order
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
    WHEN `g`.`ordinal` = 2L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 3L THEN CAST(timestampdiff(SECOND, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(WEEK, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
    WHEN `g`.`ordinal` = 4L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 5L THEN CAST(timestampdiff(SECOND, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(WEEK, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`omop_visit_occurrence_metadata` AS `m`
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
FROM `adg_released`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L);

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/18] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/18] Lookup lists of every field: its alias table and its values, in order
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
  JOIN `adg_released`.`omop_visit_occurrence_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/18] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
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
                  ((`y` + 1158891813L) & 4294967295L) AS `h`,
                  ((`y` + 1775225364L) & 4294967295L) AS `j`,
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
                            ((`en` + 3173443840L) & 4294967295L) AS `y`,
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

-- [13/18] Rows to generate: the sum of the rows of every entity
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

-- [14/18] Row count within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/18] Identifier visit_occurrence_id: the pattern has a value for every row
SELECT raise_error('specs/omop.yaml: fields.visit_occurrence_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 100000000L);

-- [16/18] Identifier person_id: the pattern has a value for every entity
SELECT raise_error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 100000000L);

-- [17/18] Sample 12 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`omop_visit_occurrence` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 721842263L) & 4294967295L) AS `x`,
      `i`,
      `en`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      `i`,
      `en`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      `i`,
      `en`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      `i`,
      `en`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      `i`,
      `en`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 3955162352L) & 4294967295L) AS `h1`,
      ((`x` + 616494221L) & 4294967295L) AS `h2`,
      ((`x` + 2818067337L) & 4294967295L) AS `j2`,
      ((`x` + 4185073920L) & 4294967295L) AS `h3`,
      ((`x` + 2045907117L) & 4294967295L) AS `j3`,
      ((`x` + 479779887L) & 4294967295L) AS `h4`,
      ((`x` + 2105312321L) & 4294967295L) AS `j4`,
      ((`x` + 2216908938L) & 4294967295L) AS `h5`,
      ((`x` + 2911728235L) & 4294967295L) AS `j5`,
      ((`x` + 880118709L) & 4294967295L) AS `h6`,
      ((`x` + 1199700362L) & 4294967295L) AS `h7`,
      ((`x` + 4114462840L) & 4294967295L) AS `h8`,
      ((`x` + 194185889L) & 4294967295L) AS `h9`,
      ((`x` + 828618533L) & 4294967295L) AS `h10`,
      ((`x` + 2812884355L) & 4294967295L) AS `h11`,
      ((`x` + 2778835247L) & 4294967295L) AS `h12`,
      `i`,
      `en`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`j2` ^ shiftright(`j2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`h11` ^ shiftright(`h11`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h12`,
      `i`,
      `en`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`j2` ^ shiftright(`j2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`h11` ^ shiftright(`h11`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h12`,
      `i`,
      `en`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`j2` ^ shiftright(`j2`, CAST(16L AS INT))) AS `j2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`j3` ^ shiftright(`j3`, CAST(16L AS INT))) AS `j3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`j4` ^ shiftright(`j4`, CAST(16L AS INT))) AS `j4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`j5` ^ shiftright(`j5`, CAST(16L AS INT))) AS `j5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`h11` ^ shiftright(`h11`, CAST(16L AS INT))) AS `h11`,
      (`h12` ^ shiftright(`h12`, CAST(16L AS INT))) AS `h12`,
      `i`,
      `en`
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
      `h1`,
      `h2`,
      `j2`,
      `h3`,
      `j3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `h11`,
      `h12`,
      `i`,
      `en`
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
      `h1`,
      `h2`,
      `j2`,
      `h3`,
      `j3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `h11`,
      `h12`,
      `i`,
      `en`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `w2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `w3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `w4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `w5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(`k11` AS INT) + 1) AS `v11`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `v12`,
      (((1073741789L * `i`) + 30859236L) % 100000000L) AS `m1`,
      (((1073741789L * `en`) + 46784584L) % 100000000L) AS `m2`,
      `j2`,
      `j3`,
      `j4`,
      `j5`
    FROM `adg_s11`
  ),
  `adg_s13` AS (
    SELECT
      CAST('1' || substr('0123456789', CAST((((`m1` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m1` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `o1`,
      CAST('1' || substr('0123456789', CAST((((`m2` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `o2`,
      `v1` AS `o3`,
      date_add(`v2`, CAST(CAST(CASE WHEN abs((CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o4`,
      timestampadd(SECOND, CAST(CASE WHEN abs((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE)) END AS BIGINT), `v3`) AS `o5`,
      date_add(`v4`, CAST(CAST(CASE WHEN abs((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o6`,
      timestampadd(SECOND, CAST(CASE WHEN abs((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE)) END AS BIGINT), `v5`) AS `o7`,
      `v6` AS `o8`,
      CAST(NULL AS INT) AS `o9`,
      CAST(NULL AS INT) AS `o10`,
      `v7` AS `o11`,
      `v8` AS `o12`,
      `v9` AS `o13`,
      `v10` AS `o14`,
      `v11` AS `o15`,
      `v12` AS `o16`,
      CAST(NULL AS INT) AS `o17`
    FROM `adg_s12`
  ),
  `adg_s14` AS (
    SELECT
      least(coalesce(`o4`, CAST('9999-12-31' AS DATE)), coalesce(`o6`, CAST('9999-12-31' AS DATE))) AS `r1_1`,
      greatest(coalesce(`o4`, CAST('9999-12-31' AS DATE)), coalesce(`o6`, CAST('9999-12-31' AS DATE))) AS `r1_2`,
      least(coalesce(`o5`, CAST('9999-12-31' AS TIMESTAMP_NTZ)), coalesce(`o7`, CAST('9999-12-31' AS TIMESTAMP_NTZ))) AS `r2_1`,
      greatest(coalesce(`o5`, CAST('9999-12-31' AS TIMESTAMP_NTZ)), coalesce(`o7`, CAST('9999-12-31' AS TIMESTAMP_NTZ))) AS `r2_2`,
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
      `o17`
    FROM `adg_s13`
  ),
  `adg_s15` AS (
    SELECT
      CASE
        WHEN `o4` IS NULL THEN NULL
        WHEN CASE WHEN `o4` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r1_1`
      END AS `o4`,
      CASE
        WHEN `o6` IS NULL THEN NULL
        WHEN (CASE WHEN `o4` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o6` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o4` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o6` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
      END AS `o6`,
      CASE
        WHEN `o5` IS NULL THEN NULL
        WHEN CASE WHEN `o5` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r2_1`
      END AS `o5`,
      CASE
        WHEN `o7` IS NULL THEN NULL
        WHEN (CASE WHEN `o5` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r2_1`
        WHEN (CASE WHEN `o5` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r2_2`
      END AS `o7`,
      `o1`,
      `o2`,
      `o3`,
      `o8`,
      `o9`,
      `o10`,
      `o11`,
      `o12`,
      `o13`,
      `o14`,
      `o15`,
      `o16`,
      `o17`
    FROM `adg_s14`
  )
SELECT
  `o1` AS `visit_occurrence_id`,
  `o2` AS `person_id`,
  `o3` AS `visit_concept_id`,
  `o4` AS `visit_start_date`,
  `o5` AS `visit_start_datetime`,
  `o6` AS `visit_end_date`,
  `o7` AS `visit_end_datetime`,
  `o8` AS `visit_type_concept_id`,
  `o9` AS `provider_id`,
  `o10` AS `care_site_id`,
  `o11` AS `visit_source_value`,
  `o12` AS `visit_source_concept_id`,
  `o13` AS `admitted_from_concept_id`,
  `o14` AS `admitted_from_source_value`,
  `o15` AS `discharged_to_concept_id`,
  `o16` AS `discharged_to_source_value`,
  `o17` AS `preceding_visit_occurrence_id`
FROM `adg_s15`;

CREATE OR REPLACE TABLE `adg_output`.`omop_visit_occurrence_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'omop_visit_occurrence' AS `dataset`,
  'specs/omop.yaml' AS `spec_file`,
  'aba06463d8495382f6c6098ba5d40bed6a93ea50f81a15378e022e5461046b2c' AS `spec_hash`,
  `m`.`metadata_hash`,
  54L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`omop_visit_occurrence_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'omop_visit_occurrence') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_visit_occurrence'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`omop_visit_occurrence_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_visit_occurrence_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_visit_occurrence_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [18/18] Summary: rows generated and items available per field
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

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_condition_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/18] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/18] Fields to generate, matched to the metadata by name and kind
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'condition_concept_id', 'categorical'),
  (2L, 'condition_start_date', 'date'),
  (3L, 'condition_start_datetime', 'date'),
  (4L, 'condition_end_date', 'date'),
  (5L, 'condition_end_datetime', 'date'),
  (6L, 'condition_type_concept_id', 'categorical'),
  (7L, 'condition_status_concept_id', 'categorical'),
  (8L, 'condition_source_value', 'categorical'),
  (9L, 'condition_source_concept_id', 'categorical'),
  (10L, 'condition_status_source_value', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102')));

-- [5/18] The hash of the released metadata, computed once
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
    FROM `adg_released`.`omop_condition_occurrence_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/18] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'omop_condition_occurrence') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_condition_occurrence')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/18] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/18] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/18] Released items of every field, in published order
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
    WHEN `g`.`ordinal` = 2L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 3L THEN CAST(timestampdiff(SECOND, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(WEEK, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
    WHEN `g`.`ordinal` = 4L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 5L THEN CAST(timestampdiff(SECOND, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(WEEK, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`omop_condition_occurrence_metadata` AS `m`
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
FROM `adg_released`.`omop_condition_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L)
UNION ALL
SELECT
  -1L AS `ordinal`,
  CAST(row_number() OVER (ORDER BY CASE WHEN `m`.`value` IS NULL THEN 1L ELSE 0L END NULLS LAST, CAST(`m`.`value` AS BIGINT) NULLS LAST, `m`.`lo` NULLS LAST, `m`.`hi` NULLS LAST) AS BIGINT) - 1L AS `item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_entities` AS `n_rows`,
  coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) AS `num`,
  CASE WHEN `m`.`lo` IS NULL THEN 0e+0 ELSE `m`.`hi` - `m`.`lo` END AS `width`
FROM `adg_released`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L);

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/18] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/18] Lookup lists of every field: its alias table and its values, in order
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
  JOIN `adg_released`.`omop_condition_occurrence_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/18] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

CREATE TABLE `adg_scratch`.`adg_entities` AS
SELECT
  `c`.`en`,
  `c`.`n`,
  `c`.`s`,
  `c`.`e`,
  `p0`.`s` AS `p0s`,
  `p0`.`n` AS `p0n`
FROM (
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
                    ((`y` + 1280296273L) & 4294967295L) AS `h`,
                    ((`y` + 492386999L) & 4294967295L) AS `j`,
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
                              ((`en` + 3173443840L) & 4294967295L) AS `y`,
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
  ) AS `adg_e`
) AS `c`
JOIN (
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
        try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L), CAST(`item` AS INT) + 1) AS `num`,
        try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L), CAST(`item` AS INT) + 1) AS `width`,
        `en`,
        `j`
      FROM (
        SELECT
          CASE WHEN `h` < shiftright(`slot`, CAST(30L AS INT)) THEN `bucket` ELSE (`slot` & 1073741823L) END AS `item`,
          `en`,
          `j`
        FROM (
          SELECT
            try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L), CAST(shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L)) AS INT)) AS INT) + 1) AS `slot`,
            shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L)) AS INT)) AS `bucket`,
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
                    ((`y` + 1158891813L) & 4294967295L) AS `h`,
                    ((`y` + 1775225364L) & 4294967295L) AS `j`,
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
                              ((`en` + 3173443840L) & 4294967295L) AS `y`,
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
  ) AS `adg_e`
) AS `p0`
  ON `p0`.`en` = `c`.`en`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entities` AS SELECT * FROM `adg_scratch`.`adg_entities`;

-- [13/18] Rows to generate: the sum of the rows of every entity
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

-- [14/18] Row count within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/18] Identifier condition_occurrence_id: the pattern has a value for every row
SELECT raise_error('specs/omop.yaml: fields.condition_occurrence_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 100000000L);

-- [16/18] Identifier person_id: the pattern has a value for every entity
SELECT raise_error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 100000000L);

-- [17/18] Sample 10 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`omop_condition_occurrence` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 4185576373L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 4056721252L) & 4294967295L) AS `h1`,
      ((`x` + 445794050L) & 4294967295L) AS `h2`,
      ((`x` + 1048509418L) & 4294967295L) AS `j2`,
      ((`x` + 4272319176L) & 4294967295L) AS `h3`,
      ((`x` + 651247110L) & 4294967295L) AS `j3`,
      ((`x` + 3081976576L) & 4294967295L) AS `h4`,
      ((`x` + 3069193556L) & 4294967295L) AS `j4`,
      ((`x` + 3238716503L) & 4294967295L) AS `h5`,
      ((`x` + 4131639228L) & 4294967295L) AS `j5`,
      ((`x` + 966566010L) & 4294967295L) AS `h6`,
      ((`x` + 1516943181L) & 4294967295L) AS `h7`,
      ((`x` + 2728112280L) & 4294967295L) AS `h8`,
      ((`x` + 556622818L) & 4294967295L) AS `h9`,
      ((`x` + 1108833629L) & 4294967295L) AS `h10`,
      ((`x` + 1187292840L) & 4294967295L) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`j2` ^ shiftright(`j2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`r0` ^ shiftright(`r0`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`j2` ^ shiftright(`j2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`j4` ^ shiftright(`j4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`j5` ^ shiftright(`j5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`r0` ^ shiftright(`r0`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`j2` ^ shiftright(`j2`, CAST(16L AS INT))) AS `j2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`j3` ^ shiftright(`j3`, CAST(16L AS INT))) AS `j3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`j4` ^ shiftright(`j4`, CAST(16L AS INT))) AS `j4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`j5` ^ shiftright(`j5`, CAST(16L AS INT))) AS `j5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`r0` ^ shiftright(`r0`, CAST(16L AS INT))) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
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
      `h1`,
      `h2`,
      `j2`,
      `h3`,
      `j3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
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
      `h1`,
      `h2`,
      `j2`,
      `h3`,
      `j3`,
      `h4`,
      `j4`,
      `h5`,
      `j5`,
      `h6`,
      `h7`,
      `h8`,
      `h9`,
      `h10`,
      `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `w2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `w3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `w4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `w5`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      (((1073741741L * `i`) + 36439474L) % 100000000L) AS `m1`,
      (((1073741789L * `en`) + 46784584L) % 100000000L) AS `m2`,
      CASE
        WHEN `p0n` > 0L THEN (((1073741789L * (`p0s` + CAST(CASE WHEN abs((CAST(`r0` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`p0n` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`r0` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`p0n` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`r0` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`p0n` AS DOUBLE)) END AS BIGINT))) + 30859236L) % 100000000L)
        ELSE CAST(NULL AS BIGINT)
      END AS `f0`,
      `j2`,
      `j3`,
      `j4`,
      `j5`
    FROM `adg_s11`
  ),
  `adg_s13` AS (
    SELECT
      CAST('1' || substr('0123456789', CAST((((`m1` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m1` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `o1`,
      CAST('1' || substr('0123456789', CAST((((`m2` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `o2`,
      `v1` AS `o3`,
      date_add(`v2`, CAST(CAST(CASE WHEN abs((CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o4`,
      timestampadd(SECOND, CAST(CASE WHEN abs((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE)) END AS BIGINT), `v3`) AS `o5`,
      date_add(`v4`, CAST(CAST(CASE WHEN abs((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j4` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w4` AS DOUBLE)) END AS BIGINT) AS INT)) AS `o6`,
      timestampadd(SECOND, CAST(CASE WHEN abs((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j5` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w5` AS DOUBLE)) END AS BIGINT), `v5`) AS `o7`,
      `v6` AS `o8`,
      `v7` AS `o9`,
      CAST(NULL AS STRING) AS `o10`,
      CAST(NULL AS INT) AS `o11`,
      CAST('1' || substr('0123456789', CAST((((`f0` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`f0` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `o12`,
      CAST(NULL AS INT) AS `o13`,
      `v8` AS `o14`,
      `v9` AS `o15`,
      `v10` AS `o16`
    FROM `adg_s12`
  ),
  `adg_s14` AS (
    SELECT
      least(coalesce(`o4`, CAST('9999-12-31' AS DATE)), coalesce(`o6`, CAST('9999-12-31' AS DATE))) AS `r1_1`,
      greatest(coalesce(`o4`, CAST('9999-12-31' AS DATE)), coalesce(`o6`, CAST('9999-12-31' AS DATE))) AS `r1_2`,
      least(coalesce(`o5`, CAST('9999-12-31' AS TIMESTAMP_NTZ)), coalesce(`o7`, CAST('9999-12-31' AS TIMESTAMP_NTZ))) AS `r2_1`,
      greatest(coalesce(`o5`, CAST('9999-12-31' AS TIMESTAMP_NTZ)), coalesce(`o7`, CAST('9999-12-31' AS TIMESTAMP_NTZ))) AS `r2_2`,
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
      `o16`
    FROM `adg_s13`
  ),
  `adg_s15` AS (
    SELECT
      CASE
        WHEN `o4` IS NULL THEN NULL
        WHEN CASE WHEN `o4` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r1_1`
      END AS `o4`,
      CASE
        WHEN `o6` IS NULL THEN NULL
        WHEN (CASE WHEN `o4` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o6` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r1_1`
        WHEN (CASE WHEN `o4` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o6` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r1_2`
      END AS `o6`,
      CASE
        WHEN `o5` IS NULL THEN NULL
        WHEN CASE WHEN `o5` IS NOT NULL THEN 1L ELSE 0L END = 1L THEN `r2_1`
      END AS `o5`,
      CASE
        WHEN `o7` IS NULL THEN NULL
        WHEN (CASE WHEN `o5` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 1L THEN `r2_1`
        WHEN (CASE WHEN `o5` IS NOT NULL THEN 1L ELSE 0L END + CASE WHEN `o7` IS NOT NULL THEN 1L ELSE 0L END) = 2L THEN `r2_2`
      END AS `o7`,
      `o1`,
      `o2`,
      `o3`,
      `o8`,
      `o9`,
      `o10`,
      `o11`,
      `o12`,
      `o13`,
      `o14`,
      `o15`,
      `o16`
    FROM `adg_s14`
  )
SELECT
  `o1` AS `condition_occurrence_id`,
  `o2` AS `person_id`,
  `o3` AS `condition_concept_id`,
  `o4` AS `condition_start_date`,
  `o5` AS `condition_start_datetime`,
  `o6` AS `condition_end_date`,
  `o7` AS `condition_end_datetime`,
  `o8` AS `condition_type_concept_id`,
  `o9` AS `condition_status_concept_id`,
  `o10` AS `stop_reason`,
  `o11` AS `provider_id`,
  `o12` AS `visit_occurrence_id`,
  `o13` AS `visit_detail_id`,
  `o14` AS `condition_source_value`,
  `o15` AS `condition_source_concept_id`,
  `o16` AS `condition_status_source_value`
FROM `adg_s15`;

CREATE OR REPLACE TABLE `adg_output`.`omop_condition_occurrence_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'omop_condition_occurrence' AS `dataset`,
  'specs/omop.yaml' AS `spec_file`,
  'fa7a6f54ce1bd94aca4b88ccdcbe03ef0c620bba35320f62f575fb270841d749' AS `spec_hash`,
  `m`.`metadata_hash`,
  54L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`omop_condition_occurrence_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'omop_condition_occurrence') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_condition_occurrence'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`omop_condition_occurrence_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_condition_occurrence_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_condition_occurrence_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [18/18] Summary: rows generated and items available per field
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

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_measurement", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/18] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/18] Fields to generate, matched to the metadata by name and kind
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'measurement_concept_id', 'categorical'),
  (2L, 'measurement_date', 'date'),
  (3L, 'measurement_datetime', 'date'),
  (4L, 'measurement_type_concept_id', 'categorical'),
  (5L, 'operator_concept_id', 'categorical'),
  (6L, 'value_as_number', 'continuous'),
  (7L, 'value_as_concept_id', 'categorical'),
  (8L, 'unit_concept_id', 'categorical'),
  (9L, 'range_low', 'continuous'),
  (10L, 'range_high', 'continuous'),
  (11L, 'measurement_source_value', 'categorical'),
  (12L, 'measurement_source_concept_id', 'categorical'),
  (13L, 'unit_source_value', 'categorical'),
  (14L, 'unit_source_concept_id', 'categorical'),
  (15L, 'value_source_value', 'categorical'),
  (16L, 'meas_event_field_concept_id', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`omop_measurement_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c')));

-- [5/18] The hash of the released metadata, computed once
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
    FROM `adg_released`.`omop_measurement_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/18] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'omop_measurement') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_measurement')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/18] Entities to generate: 1 x the released entities (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entity_plan`;

CREATE TABLE `adg_scratch`.`adg_entity_plan` AS
SELECT
  CAST(CASE WHEN abs(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * CAST(coalesce((SELECT sum(`n_entities`) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'pool'), (SELECT sum(`n_entities`) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'cardinality')) AS DOUBLE)) + 5e-1) END AS BIGINT) AS `entities`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entity_plan` AS SELECT * FROM `adg_scratch`.`adg_entity_plan`;

-- [8/18] Rows per entity must be released, and the entities within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than 4294967295 entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_entity_plan` WHERE (`entities` IS NULL) OR (`entities` < 1L) OR (`entities` > 4294967295L)) OR ((SELECT count(*) FROM `adg_released`.`omop_measurement_metadata` WHERE `stat` = 'cardinality') = 0L);

-- [9/18] Released items of every field, in published order
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
    WHEN `g`.`ordinal` = 2L THEN CAST(timestampdiff(DAY, CAST(`m`.`value` AS DATE), CAST(timestampadd(WEEK, 1L, CAST(`m`.`value` AS DATE)) AS DATE)) AS DOUBLE)
    WHEN `g`.`ordinal` = 3L THEN CAST(timestampdiff(SECOND, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(WEEK, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`omop_measurement_metadata` AS `m`
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
FROM `adg_released`.`omop_measurement_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L)
UNION ALL
SELECT
  -1L AS `ordinal`,
  CAST(row_number() OVER (ORDER BY CASE WHEN `m`.`value` IS NULL THEN 1L ELSE 0L END NULLS LAST, CAST(`m`.`value` AS BIGINT) NULLS LAST, `m`.`lo` NULLS LAST, `m`.`hi` NULLS LAST) AS BIGINT) - 1L AS `item`,
  `m`.`value`,
  `m`.`lo`,
  `m`.`hi`,
  `m`.`n_entities` AS `n_rows`,
  coalesce(`m`.`lo`, CAST(`m`.`value` AS DOUBLE)) AS `num`,
  CASE WHEN `m`.`lo` IS NULL THEN 0e+0 ELSE `m`.`hi` - `m`.`lo` END AS `width`
FROM `adg_released`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'cardinality') AND (`m`.`n_entities` > 0L);

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [10/18] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [11/18] Lookup lists of every field: its alias table and its values, in order
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
  JOIN `adg_released`.`omop_measurement_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [12/18] Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers
-- Drawn from the entity hash with the same alias tables as every field; a running sum gives each
-- entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly
-- as its own generate draws them, so a foreign key names one of the entity's rows there.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_entities`;

CREATE TABLE `adg_scratch`.`adg_entities` AS
SELECT
  `c`.`en`,
  `c`.`n`,
  `c`.`s`,
  `c`.`e`,
  `p0`.`s` AS `p0s`,
  `p0`.`n` AS `p0n`
FROM (
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
                    ((`y` + 1520093703L) & 4294967295L) AS `h`,
                    ((`y` + 1192621467L) & 4294967295L) AS `j`,
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
                              ((`en` + 3173443840L) & 4294967295L) AS `y`,
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
  ) AS `adg_e`
) AS `c`
JOIN (
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
        try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L), CAST(`item` AS INT) + 1) AS `num`,
        try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L), CAST(`item` AS INT) + 1) AS `width`,
        `en`,
        `j`
      FROM (
        SELECT
          CASE WHEN `h` < shiftright(`slot`, CAST(30L AS INT)) THEN `bucket` ELSE (`slot` & 1073741823L) END AS `item`,
          `en`,
          `j`
        FROM (
          SELECT
            try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L), CAST(shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L)) AS INT)) AS INT) + 1) AS `slot`,
            shiftright(`h`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = -1L)) AS INT)) AS `bucket`,
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
                    ((`y` + 1158891813L) & 4294967295L) AS `h`,
                    ((`y` + 1775225364L) & 4294967295L) AS `j`,
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
                              ((`en` + 3173443840L) & 4294967295L) AS `y`,
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
  ) AS `adg_e`
) AS `p0`
  ON `p0`.`en` = `c`.`en`;

CREATE OR REPLACE TEMPORARY VIEW `adg_entities` AS SELECT * FROM `adg_scratch`.`adg_entities`;

-- [13/18] Rows to generate: the sum of the rows of every entity
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

-- [14/18] Row count within what the 32-bit counter supports
SELECT raise_error('specs/omop.yaml: the entities would have fewer than 1 or more than 4294967295 rows in all. Adjust generation.entities or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [15/18] Identifier measurement_id: the pattern has a value for every row
SELECT raise_error('specs/omop.yaml: fields.measurement_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the rows to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `n` > 100000000L);

-- [16/18] Identifier person_id: the pattern has a value for every entity
SELECT raise_error('specs/omop.yaml: fields.person_id: pattern "1[0-9]{8}" makes 100000000 distinct values, fewer than the entities to generate. Add characters or widen a class, or generate fewer.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE `entities` > 100000000L);

-- [17/18] Sample 16 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`omop_measurement` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_entities`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 398156534L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 2703846082L) & 4294967295L) AS `h1`,
      ((`x` + 4180607013L) & 4294967295L) AS `h2`,
      ((`x` + 304251662L) & 4294967295L) AS `j2`,
      ((`x` + 3578789833L) & 4294967295L) AS `h3`,
      ((`x` + 2416299708L) & 4294967295L) AS `j3`,
      ((`x` + 539940940L) & 4294967295L) AS `h4`,
      ((`x` + 2164302566L) & 4294967295L) AS `h5`,
      ((`x` + 3951045937L) & 4294967295L) AS `h6`,
      ((`x` + 1060381164L) & 4294967295L) AS `j6`,
      ((`x` + 3983955734L) & 4294967295L) AS `h7`,
      ((`x` + 2874189218L) & 4294967295L) AS `h8`,
      ((`x` + 1560241594L) & 4294967295L) AS `h9`,
      ((`x` + 614332460L) & 4294967295L) AS `j9`,
      ((`x` + 3707936785L) & 4294967295L) AS `h10`,
      ((`x` + 3671581524L) & 4294967295L) AS `j10`,
      ((`x` + 2922851205L) & 4294967295L) AS `h11`,
      ((`x` + 1041043086L) & 4294967295L) AS `h12`,
      ((`x` + 3018086071L) & 4294967295L) AS `h13`,
      ((`x` + 30182744L) & 4294967295L) AS `h14`,
      ((`x` + 1644384551L) & 4294967295L) AS `h15`,
      ((`x` + 1829221264L) & 4294967295L) AS `h16`,
      ((`x` + 329893480L) & 4294967295L) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`j2` ^ shiftright(`j2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`,
      (((`h6` ^ shiftright(`h6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h6`,
      (((`j6` ^ shiftright(`j6`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j6`,
      (((`h7` ^ shiftright(`h7`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h9`,
      (((`j9` ^ shiftright(`j9`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j9`,
      (((`h10` ^ shiftright(`h10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h10`,
      (((`j10` ^ shiftright(`j10`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j10`,
      (((`h11` ^ shiftright(`h11`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h13`,
      (((`h14` ^ shiftright(`h14`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h16`,
      (((`r0` ^ shiftright(`r0`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`j2` ^ shiftright(`j2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`,
      (((`h6` ^ shiftright(`h6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h6`,
      (((`j6` ^ shiftright(`j6`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j6`,
      (((`h7` ^ shiftright(`h7`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h7`,
      (((`h8` ^ shiftright(`h8`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h8`,
      (((`h9` ^ shiftright(`h9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h9`,
      (((`j9` ^ shiftright(`j9`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j9`,
      (((`h10` ^ shiftright(`h10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h10`,
      (((`j10` ^ shiftright(`j10`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j10`,
      (((`h11` ^ shiftright(`h11`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h11`,
      (((`h12` ^ shiftright(`h12`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h12`,
      (((`h13` ^ shiftright(`h13`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h13`,
      (((`h14` ^ shiftright(`h14`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h14`,
      (((`h15` ^ shiftright(`h15`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h15`,
      (((`h16` ^ shiftright(`h16`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h16`,
      (((`r0` ^ shiftright(`r0`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`j2` ^ shiftright(`j2`, CAST(16L AS INT))) AS `j2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`j3` ^ shiftright(`j3`, CAST(16L AS INT))) AS `j3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`,
      (`h6` ^ shiftright(`h6`, CAST(16L AS INT))) AS `h6`,
      (`j6` ^ shiftright(`j6`, CAST(16L AS INT))) AS `j6`,
      (`h7` ^ shiftright(`h7`, CAST(16L AS INT))) AS `h7`,
      (`h8` ^ shiftright(`h8`, CAST(16L AS INT))) AS `h8`,
      (`h9` ^ shiftright(`h9`, CAST(16L AS INT))) AS `h9`,
      (`j9` ^ shiftright(`j9`, CAST(16L AS INT))) AS `j9`,
      (`h10` ^ shiftright(`h10`, CAST(16L AS INT))) AS `h10`,
      (`j10` ^ shiftright(`j10`, CAST(16L AS INT))) AS `j10`,
      (`h11` ^ shiftright(`h11`, CAST(16L AS INT))) AS `h11`,
      (`h12` ^ shiftright(`h12`, CAST(16L AS INT))) AS `h12`,
      (`h13` ^ shiftright(`h13`, CAST(16L AS INT))) AS `h13`,
      (`h14` ^ shiftright(`h14`, CAST(16L AS INT))) AS `h14`,
      (`h15` ^ shiftright(`h15`, CAST(16L AS INT))) AS `h15`,
      (`h16` ^ shiftright(`h16`, CAST(16L AS INT))) AS `h16`,
      (`r0` ^ shiftright(`r0`, CAST(16L AS INT))) AS `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
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
      `h1`,
      `h2`,
      `j2`,
      `h3`,
      `j3`,
      `h4`,
      `h5`,
      `h6`,
      `j6`,
      `h7`,
      `h8`,
      `h9`,
      `j9`,
      `h10`,
      `j10`,
      `h11`,
      `h12`,
      `h13`,
      `h14`,
      `h15`,
      `h16`,
      `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
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
      `h1`,
      `h2`,
      `j2`,
      `h3`,
      `j3`,
      `h4`,
      `h5`,
      `h6`,
      `j6`,
      `h7`,
      `h8`,
      `h9`,
      `j9`,
      `h10`,
      `j10`,
      `h11`,
      `h12`,
      `h13`,
      `h14`,
      `h15`,
      `h16`,
      `r0`,
      `i`,
      `en`,
      `p0s`,
      `p0n`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<DATE>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `w2`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `w3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `v6`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L), CAST(`k6` AS INT) + 1) AS `w6`,
      (SELECT `a`.`d` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 6L) AS `d6`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 7L), CAST(`k7` AS INT) + 1) AS `v7`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 8L), CAST(`k8` AS INT) + 1) AS `v8`,
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `v9`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L), CAST(`k9` AS INT) + 1) AS `w9`,
      (SELECT `a`.`d` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 9L) AS `d9`,
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `v10`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L), CAST(`k10` AS INT) + 1) AS `w10`,
      (SELECT `a`.`d` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 10L) AS `d10`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 11L), CAST(`k11` AS INT) + 1) AS `v11`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 12L), CAST(`k12` AS INT) + 1) AS `v12`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 13L), CAST(`k13` AS INT) + 1) AS `v13`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 14L), CAST(`k14` AS INT) + 1) AS `v14`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 15L), CAST(`k15` AS INT) + 1) AS `v15`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<INT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 16L), CAST(`k16` AS INT) + 1) AS `v16`,
      (((1073741783L * `i`) + 49265897L) % 100000000L) AS `m1`,
      (((1073741789L * `en`) + 46784584L) % 100000000L) AS `m2`,
      CASE
        WHEN `p0n` > 0L THEN (((1073741789L * (`p0s` + CAST(CASE WHEN abs((CAST(`r0` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`p0n` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`r0` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`p0n` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`r0` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`p0n` AS DOUBLE)) END AS BIGINT))) + 30859236L) % 100000000L)
        ELSE CAST(NULL AS BIGINT)
      END AS `f0`,
      `j2`,
      `j3`,
      `j6`,
      `j9`,
      `j10`
    FROM `adg_s11`
  )
SELECT
  CAST('1' || substr('0123456789', CAST((((`m1` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m1` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m1` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `measurement_id`,
  CAST('1' || substr('0123456789', CAST((((`m2` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`m2` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`m2` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `person_id`,
  `v1` AS `measurement_concept_id`,
  date_add(`v2`, CAST(CAST(CASE WHEN abs((CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j2` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w2` AS DOUBLE)) END AS BIGINT) AS INT)) AS `measurement_date`,
  timestampadd(SECOND, CAST(CASE WHEN abs((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w3` AS DOUBLE)) END AS BIGINT), `v3`) AS `measurement_datetime`,
  CAST(NULL AS STRING) AS `measurement_time`,
  `v4` AS `measurement_type_concept_id`,
  `v5` AS `operator_concept_id`,
  CAST(CASE
    WHEN (`d6` IS NULL) OR (`w6` = 0e+0) THEN CASE
    WHEN (`v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)) < (`v6` + `w6`) THEN `v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)
    ELSE `v6`
  END
    ELSE greatest(least((CASE WHEN abs((CASE
    WHEN (`v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)) < (`v6` + `w6`) THEN `v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)
    ELSE `v6`
  END * power(1e+1, CAST(`d6` AS DOUBLE)))) < 4.5e15 THEN CAST(floor((CASE
    WHEN (`v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)) < (`v6` + `w6`) THEN `v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)
    ELSE `v6`
  END * power(1e+1, CAST(`d6` AS DOUBLE)))) AS DOUBLE) ELSE (CASE
    WHEN (`v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)) < (`v6` + `w6`) THEN `v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)
    ELSE `v6`
  END * power(1e+1, CAST(`d6` AS DOUBLE))) END / power(1e+1, CAST(`d6` AS DOUBLE))), CASE
    WHEN (`v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)) < (`v6` + `w6`) THEN `v6` + (CAST(`j6` AS DOUBLE) * 2.3283064365386963e-10 * `w6`)
    ELSE `v6`
  END), `v6`)
  END AS DECIMAL(18,3)) AS `value_as_number`,
  `v7` AS `value_as_concept_id`,
  `v8` AS `unit_concept_id`,
  CAST(CASE
    WHEN (`d9` IS NULL) OR (`w9` = 0e+0) THEN CASE
    WHEN (`v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)) < (`v9` + `w9`) THEN `v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)
    ELSE `v9`
  END
    ELSE greatest(least((CASE WHEN abs((CASE
    WHEN (`v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)) < (`v9` + `w9`) THEN `v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)
    ELSE `v9`
  END * power(1e+1, CAST(`d9` AS DOUBLE)))) < 4.5e15 THEN CAST(floor((CASE
    WHEN (`v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)) < (`v9` + `w9`) THEN `v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)
    ELSE `v9`
  END * power(1e+1, CAST(`d9` AS DOUBLE)))) AS DOUBLE) ELSE (CASE
    WHEN (`v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)) < (`v9` + `w9`) THEN `v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)
    ELSE `v9`
  END * power(1e+1, CAST(`d9` AS DOUBLE))) END / power(1e+1, CAST(`d9` AS DOUBLE))), CASE
    WHEN (`v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)) < (`v9` + `w9`) THEN `v9` + (CAST(`j9` AS DOUBLE) * 2.3283064365386963e-10 * `w9`)
    ELSE `v9`
  END), `v9`)
  END AS DECIMAL(18,3)) AS `range_low`,
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
  END AS DECIMAL(18,3)) AS `range_high`,
  CAST(NULL AS INT) AS `provider_id`,
  CAST('1' || substr('0123456789', CAST((((`f0` div 10000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 1000000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 100000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 10000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 1000L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 100L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST((((`f0` div 10L) % 10L) + 1L) AS INT), CAST(1L AS INT)) || substr('0123456789', CAST(((`f0` % 10L) + 1L) AS INT), CAST(1L AS INT)) AS INT) AS `visit_occurrence_id`,
  CAST(NULL AS INT) AS `visit_detail_id`,
  `v11` AS `measurement_source_value`,
  `v12` AS `measurement_source_concept_id`,
  `v13` AS `unit_source_value`,
  `v14` AS `unit_source_concept_id`,
  `v15` AS `value_source_value`,
  CAST(NULL AS BIGINT) AS `measurement_event_id`,
  `v16` AS `meas_event_field_concept_id`
FROM `adg_s12`;

CREATE OR REPLACE TABLE `adg_output`.`omop_measurement_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'omop_measurement' AS `dataset`,
  'specs/omop.yaml' AS `spec_file`,
  '6b267f35b31ebf796c3df03828530b220be20f43727c5aeb72150f2806df7e1d' AS `spec_hash`,
  `m`.`metadata_hash`,
  54L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  (SELECT `entities` FROM `adg_plan`) AS `entities`,
  (SELECT count(*) FROM `adg_entities` WHERE `n` > 0L) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`omop_measurement_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'omop_measurement') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_measurement'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`omop_measurement_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_measurement_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`omop_measurement_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [18/18] Summary: rows generated and items available per field
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

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 4 (generate) of dataset "omop_concept", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/omop.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/9] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/9] Fields to generate, matched to the metadata by name and kind
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  CAST(NULL AS BIGINT) AS `ordinal`,
  CAST(NULL AS STRING) AS `field`,
  CAST(NULL AS STRING) AS `kind`
WHERE FALSE;

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/9] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`omop_concept_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9')));

-- [5/9] The hash of the released metadata, computed once
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
    FROM `adg_released`.`omop_concept_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/9] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/omop.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/omop.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'omop_concept') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_concept')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/9] Rows: those of the released vocabulary
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

CREATE TABLE `adg_scratch`.`adg_plan` AS
SELECT
  count(*) AS `n`
FROM `adg_released`.`omop_concept_vocabulary`;

CREATE OR REPLACE TEMPORARY VIEW `adg_plan` AS SELECT * FROM `adg_scratch`.`adg_plan`;

-- [8/9] Copy the released vocabulary into the output verbatim; replace it and its provenance atomically
-- A vocabulary holds no personal data: the engine copies it whole.
CREATE OR REPLACE TABLE `adg_output`.`omop_concept` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  *
FROM `adg_released`.`omop_concept_vocabulary`;

CREATE OR REPLACE TABLE `adg_output`.`omop_concept_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'omop_concept' AS `dataset`,
  'specs/omop.yaml' AS `spec_file`,
  '02abbbe38d343b86abe8bdd3b1c0c14d40fa3e0c6450dd95703a7e7bac4345c4' AS `spec_hash`,
  `m`.`metadata_hash`,
  54L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  CAST(NULL AS BIGINT) AS `entities`,
  CAST(NULL AS BIGINT) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`omop_concept_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'omop_concept') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'omop_concept'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`omop_concept_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  CAST(NULL AS BIGINT) AS `ordinal`,
  CAST(NULL AS STRING) AS `field`,
  CAST(NULL AS STRING) AS `kind`,
  CAST(NULL AS BIGINT) AS `items`,
  CAST(NULL AS BIGINT) AS `non_null_items`,
  CAST(NULL AS BIGINT) AS `bins`,
  CAST(NULL AS STRING) AS `suppressed`,
  CAST(NULL AS STRING) AS `decimals`
WHERE FALSE;

-- [9/9] Summary: rows copied
SELECT
  0L AS `ordinal`,
  '(vocabulary)' AS `field`,
  'vocabulary' AS `kind`,
  0L AS `items`,
  `n` AS `rows`
FROM `adg_plan`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_released_hash`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;
