-- adg 0.1.0: stage 4 (generate) of dataset "flights", Spark SQL dialect.
-- Compiled from specs/flights.yaml (spec sha256 e80e949c5e3d3d31); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in schema adg_output; `adg generate specs/flights.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/15] Create the schema of the output if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_output`;

-- [3/15] Fields to generate, matched to the metadata by name and kind
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_fields`;

CREATE TABLE `adg_scratch`.`adg_fields` AS
SELECT
  `ordinal`,
  `field`,
  `kind`
FROM (VALUES
  (1L, 'date', 'date'),
  (2L, 'delay', 'discrete'),
  (3L, 'distance', 'continuous'),
  (4L, 'origin', 'categorical'),
  (5L, 'destination', 'categorical')
) AS `v`(`ordinal`, `field`, `kind`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/15] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT raise_error('specs/flights.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/flights.yaml again, then generate.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`flights_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '983c547e0dd9f4fc1c9c56265cbaa0cc31ba062064023072492446055b56e928')));

-- [5/15] The hash of the released metadata, computed once
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
    FROM `adg_released`.`flights_metadata`
  ) AS `encoded`
) AS `lines`;

CREATE OR REPLACE TEMPORARY VIEW `adg_released_hash` AS SELECT * FROM `adg_scratch`.`adg_released_hash`;

-- [6/15] The released metadata must be the latest sign-off of this dataset, by hash
-- A copy made by hand, or changed after release, has no matching row in the releases log.
SELECT raise_error('specs/flights.yaml: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review specs/flights.yaml, then adg release with the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT `r`.`metadata_hash`, `r`.`released_at`, `r`.`reviewer`, `r`.`approver` FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'flights') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'flights')) ) AS `r` WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)));

-- [7/15] The published source row count must exist to scale from
SELECT raise_error('specs/flights.yaml: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_released`.`flights_metadata` WHERE `stat` = 'rows'));

-- [8/15] Rows to generate: 1 x the published source row count (generation.scale)
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

CREATE TABLE `adg_scratch`.`adg_plan` AS
SELECT
  `n`,
  greatest(1L, (`n` div 262144L)) AS `block`
FROM (
  SELECT
    (SELECT CAST(CASE WHEN abs(((1e+0 * `n_rows`) + 5e-1)) < 4.5e15 THEN CAST(floor(((1e+0 * `n_rows`) + 5e-1)) AS DOUBLE) ELSE ((1e+0 * `n_rows`) + 5e-1) END AS BIGINT) FROM `adg_released`.`flights_metadata` WHERE `stat` = 'rows') AS `n`
) AS `planned`;

CREATE OR REPLACE TEMPORARY VIEW `adg_plan` AS SELECT * FROM `adg_scratch`.`adg_plan`;

-- [9/15] Row count within what the 32-bit counter supports
SELECT raise_error('specs/flights.yaml: generation would produce fewer than 1 or more than 4294967295 rows. Adjust generation.rows or generation.scale.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_plan` WHERE (`n` < 1L) OR (`n` > 4294967295L));

-- [10/15] Released items of every field, in published order
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
    WHEN `g`.`ordinal` = 1L THEN CAST(timestampdiff(MINUTE, CAST(`m`.`value` AS TIMESTAMP_NTZ), timestampadd(HOUR, 1L, CAST(`m`.`value` AS TIMESTAMP_NTZ))) AS DOUBLE)
  END
  END AS `width`
FROM `adg_fields` AS `g`
JOIN `adg_released`.`flights_metadata` AS `m`
  ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
WHERE `m`.`stat` IN ('null', 'value', 'bin');

CREATE OR REPLACE TEMPORARY VIEW `adg_items` AS SELECT * FROM `adg_scratch`.`adg_items`;

-- [11/15] Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it
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

-- [12/15] Lookup lists of every field: its alias table and its values, in order
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
  JOIN `adg_released`.`flights_metadata` AS `m`
    ON (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`)
  WHERE `m`.`stat` = 'decimals'
) AS `d`
  ON `d`.`ordinal` = `a`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_field_lists` AS SELECT * FROM `adg_scratch`.`adg_field_lists`;

-- [13/15] Blocks of row numbers
-- The sampling query expands each block into its rows beside the lookup lists (see
-- Dialect.rowBlocks); a materialised table is scanned in parallel.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_blocks`;

CREATE TABLE `adg_scratch`.`adg_blocks` AS
SELECT
  `g` * `p`.`block` AS `s`,
  least(((`g` * `p`.`block`) + `p`.`block`), `p`.`n`) AS `e`
FROM (SELECT explode(CASE WHEN ((SELECT (((`n` + `block`) - 1L) div `block`) FROM `adg_plan`)) > 0 THEN sequence(0L, ((SELECT (((`n` + `block`) - 1L) div `block`) FROM `adg_plan`)) - 1) END) AS `g`) AS `r`
CROSS JOIN `adg_plan` AS `p`;

CREATE OR REPLACE TEMPORARY VIEW `adg_blocks` AS SELECT * FROM `adg_scratch`.`adg_blocks`;

-- [14/15] Sample 5 fields independently; replace the output and its provenance atomically
-- One row hash per row, then one hash per field and stream; each value is two list reads. Row i of
-- the output is draw i by construction: nothing reorders rows, so no sort is needed.
CREATE OR REPLACE TABLE `adg_output`.`flights` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
WITH
  `adg_s0` AS (
    SELECT
      explode(CASE WHEN (`e`) > (`s`) THEN sequence(`s`, (`e`) - 1) END) AS `i`
    FROM `adg_blocks`
  ),
  `adg_s1` AS (
    SELECT
      ((`i` + 393322304L) & 4294967295L) AS `x`
    FROM `adg_s0`
  ),
  `adg_s2` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 1761417657L) & 4294967295L) AS `x`
    FROM `adg_s1`
  ),
  `adg_s3` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(15L AS INT))) * 800096767L) & 4294967295L) AS `x`
    FROM `adg_s2`
  ),
  `adg_s4` AS (
    SELECT
      (((`x` ^ shiftright(`x`, CAST(16L AS INT))) * 506916191L) & 4294967295L) AS `x`
    FROM `adg_s3`
  ),
  `adg_s5` AS (
    SELECT
      (`x` ^ shiftright(`x`, CAST(15L AS INT))) AS `x`
    FROM `adg_s4`
  ),
  `adg_s6` AS (
    SELECT
      ((`x` + 1874367815L) & 4294967295L) AS `h1`,
      ((`x` + 1966862830L) & 4294967295L) AS `j1`,
      ((`x` + 1691749535L) & 4294967295L) AS `h2`,
      ((`x` + 506073706L) & 4294967295L) AS `h3`,
      ((`x` + 3930054259L) & 4294967295L) AS `j3`,
      ((`x` + 67722534L) & 4294967295L) AS `h4`,
      ((`x` + 2666648820L) & 4294967295L) AS `h5`
    FROM `adg_s5`
  ),
  `adg_s7` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h1`,
      (((`j1` ^ shiftright(`j1`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j1`,
      (((`h2` ^ shiftright(`h2`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(16L AS INT))) * 2080451083L) & 4294967295L) AS `h5`
    FROM `adg_s6`
  ),
  `adg_s8` AS (
    SELECT
      (((`h1` ^ shiftright(`h1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h1`,
      (((`j1` ^ shiftright(`j1`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j1`,
      (((`h2` ^ shiftright(`h2`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h2`,
      (((`h3` ^ shiftright(`h3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h3`,
      (((`j3` ^ shiftright(`j3`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `j3`,
      (((`h4` ^ shiftright(`h4`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h4`,
      (((`h5` ^ shiftright(`h5`, CAST(15L AS INT))) * 889856635L) & 4294967295L) AS `h5`
    FROM `adg_s7`
  ),
  `adg_s9` AS (
    SELECT
      (`h1` ^ shiftright(`h1`, CAST(16L AS INT))) AS `h1`,
      (`j1` ^ shiftright(`j1`, CAST(16L AS INT))) AS `j1`,
      (`h2` ^ shiftright(`h2`, CAST(16L AS INT))) AS `h2`,
      (`h3` ^ shiftright(`h3`, CAST(16L AS INT))) AS `h3`,
      (`j3` ^ shiftright(`j3`, CAST(16L AS INT))) AS `j3`,
      (`h4` ^ shiftright(`h4`, CAST(16L AS INT))) AS `h4`,
      (`h5` ^ shiftright(`h5`, CAST(16L AS INT))) AS `h5`
    FROM `adg_s8`
  ),
  `adg_s10` AS (
    SELECT
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(shiftright(`h1`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L)) AS INT)) AS INT) + 1) AS `q1`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(shiftright(`h2`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L)) AS INT)) AS INT) + 1) AS `q2`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(shiftright(`h3`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L)) AS INT)) AS INT) + 1) AS `q3`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(shiftright(`h4`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L)) AS INT)) AS INT) + 1) AS `q4`,
      try_element_at((SELECT `a`.`ps` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(shiftright(`h5`, CAST((32L - (SELECT `a`.`b` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L)) AS INT)) AS INT) + 1) AS `q5`,
      `h1`,
      `j1`,
      `h2`,
      `h3`,
      `j3`,
      `h4`,
      `h5`
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
      `h1`,
      `j1`,
      `h2`,
      `h3`,
      `j3`,
      `h4`,
      `h5`
    FROM `adg_s10`
  ),
  `adg_s12` AS (
    SELECT
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<TIMESTAMP_NTZ>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `v1`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 1L), CAST(`k1` AS INT) + 1) AS `w1`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<BIGINT>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 2L), CAST(`k2` AS INT) + 1) AS `v2`,
      try_element_at((SELECT `a`.`nums` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `v3`,
      try_element_at((SELECT `a`.`widths` FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 3L), CAST(`k3` AS INT) + 1) AS `w3`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 4L), CAST(`k4` AS INT) + 1) AS `v4`,
      try_element_at((SELECT CAST(`a`.`vs` AS ARRAY<STRING>) FROM `adg_field_lists` AS `a` WHERE `a`.`ordinal` = 5L), CAST(`k5` AS INT) + 1) AS `v5`,
      `j1`,
      `j3`
    FROM `adg_s11`
  )
SELECT
  timestampadd(MINUTE, CAST(CASE WHEN abs((CAST(`j1` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w1` AS DOUBLE))) < 4.5e15 THEN CAST(floor((CAST(`j1` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w1` AS DOUBLE))) AS DOUBLE) ELSE (CAST(`j1` AS DOUBLE) * 2.3283064365386963e-10 * CAST(`w1` AS DOUBLE)) END AS BIGINT), `v1`) AS `date`,
  `v2` AS `delay`,
  CAST(CASE
    WHEN NOT ((NOT isnan(`v3`) AND abs(`v3`) <> double('Infinity'))) THEN CAST(NULL AS BIGINT)
    WHEN `w3` = 0e+0 THEN CAST(`v3` AS BIGINT)
    ELSE least((CAST(`v3` AS BIGINT) + CAST(CASE WHEN abs((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * `w3`)) < 4.5e15 THEN CAST(floor((CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * `w3`)) AS DOUBLE) ELSE (CAST(`j3` AS DOUBLE) * 2.3283064365386963e-10 * `w3`) END AS BIGINT)), ((CAST(`v3` AS BIGINT) + CAST(`w3` AS BIGINT)) - 1L))
  END AS BIGINT) AS `distance`,
  `v4` AS `origin`,
  `v5` AS `destination`
FROM `adg_s12`;

CREATE OR REPLACE TABLE `adg_output`.`flights_provenance` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  'flights' AS `dataset`,
  'specs/flights.yaml' AS `spec_file`,
  'e80e949c5e3d3d3167fce59043365a0792eb74b4dc5b2ab0ca74ab513668416a' AS `spec_hash`,
  `m`.`metadata_hash`,
  20010101L AS `seed`,
  (SELECT `n` FROM `adg_plan`) AS `rows`,
  CAST(NULL AS BIGINT) AS `entities`,
  CAST(NULL AS BIGINT) AS `entities_with_rows`,
  '0.1.0' AS `tool_version`,
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS `disclaimer`,
  current_timestamp() AS `generated_at`,
  `r`.`released_at` AS `released_at`,
  `r`.`reviewer` AS `reviewer`,
  `r`.`approver` AS `approver`,
  (SELECT `value` FROM `adg_released`.`flights_metadata` WHERE (`stat` = 'policy') AND (`ordinal` = 0L)) AS `policy`
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
    WHERE (`l`.`dataset` = 'flights') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'flights'))
  ) AS `r`
  WHERE `r`.`metadata_hash` = (SELECT `metadata_hash` FROM `adg_released_hash`)
) AS `r`
  ON `r`.`metadata_hash` = `m`.`metadata_hash`;

CREATE OR REPLACE TABLE `adg_output`.`flights_fields` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  `g`.`ordinal`,
  `g`.`field`,
  `g`.`kind`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND TRUE) AS `items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND ((`i`.`value` IS NOT NULL) OR (`i`.`lo` IS NOT NULL))) AS `non_null_items`,
  (SELECT count(*) FROM `adg_items` AS `i` WHERE (`i`.`ordinal` = `g`.`ordinal`) AND (`i`.`lo` IS NOT NULL)) AS `bins`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`flights_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'suppressed')) AS `suppressed`,
  (SELECT any_value(`m`.`value`) FROM `adg_released`.`flights_metadata` AS `m` WHERE (`m`.`field` = `g`.`field`) AND (`m`.`kind` = `g`.`kind`) AND (`m`.`stat` = 'decimals')) AS `decimals`
FROM `adg_fields` AS `g`
ORDER BY `g`.`ordinal` NULLS LAST;

-- [15/15] Summary: rows generated and items available per field
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

DROP TABLE IF EXISTS `adg_scratch`.`adg_plan`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_items`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_alias`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_field_lists`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_blocks`;
