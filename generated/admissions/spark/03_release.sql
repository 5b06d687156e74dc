-- adg 0.1.0: stage 3 (release) of dataset "admissions", Spark SQL dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Copies the reviewed metadata into the released scope, only for the signed-off hash and with no blocking check failing, and logs the sign-off.
-- Runs in schema adg_released; `adg release specs/admissions.yaml` runs it with progress and checks.

-- [1/8] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/8] The metadata must come from a scrape of this spec as it is now
SELECT raise_error('specs/admissions.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/admissions.yaml again, then review it.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_metadata`.`admissions_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '2aee36c3696df85844dd0659a780ecd36a016618ad50a6b732ae348d02be22b0')));

-- [3/8] The metadata must be exactly what the reviewer saw: its hash equals the signed-off one
SELECT raise_error('specs/admissions.yaml: the metadata\'s hash is not the one given to release: either the hash is mistyped, or the metadata changed after review (a new scrape). Run adg review specs/admissions.yaml again and release the hash its report shows.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE ((SELECT sha2(array_join(transform(array_sort(collect_list(named_struct('k0', `ordinal`, 'k1', `stat`, 'k2', coalesce(`item`, -1L), 'k3', CASE WHEN `value` IS NULL THEN 1L ELSE 0L END, 'k4', coalesce(`value`, ''), 'k5', coalesce(`lo`, 0e+0), 'k6', coalesce(`hi`, 0e+0), 'v', `line`))), adg_x -> adg_x.v), '|'), 256) AS `metadata_hash` FROM ( SELECT `ordinal`, `stat`, `item`, `value`, `lo`, `hi`, `e_ordinal` || ',' || `e_field` || ',' || `e_kind` || ',' || `e_stat` || ',' || `e_item` || ',' || `e_value` || ',' || `e_lo` || ',' || `e_hi` || ',' || `e_n_rows` || ',' || `e_n_entities` AS `line` FROM ( SELECT `ordinal`, `stat`, `item`, `value`, `lo`, `hi`, CASE WHEN `ordinal` IS NULL THEN '~' ELSE CAST(char_length(CAST(`ordinal` AS STRING)) AS STRING) || ':' || CAST(`ordinal` AS STRING) END AS `e_ordinal`, CASE WHEN `field` IS NULL THEN '~' ELSE CAST(char_length(CAST(`field` AS STRING)) AS STRING) || ':' || CAST(`field` AS STRING) END AS `e_field`, CASE WHEN `kind` IS NULL THEN '~' ELSE CAST(char_length(CAST(`kind` AS STRING)) AS STRING) || ':' || CAST(`kind` AS STRING) END AS `e_kind`, CASE WHEN `stat` IS NULL THEN '~' ELSE CAST(char_length(CAST(`stat` AS STRING)) AS STRING) || ':' || CAST(`stat` AS STRING) END AS `e_stat`, CASE WHEN `item` IS NULL THEN '~' ELSE CAST(char_length(CAST(`item` AS STRING)) AS STRING) || ':' || CAST(`item` AS STRING) END AS `e_item`, CASE WHEN `value` IS NULL THEN '~' ELSE CAST(char_length(CAST(`value` AS STRING)) AS STRING) || ':' || CAST(`value` AS STRING) END AS `e_value`, CASE WHEN `lo` IS NULL THEN '~' ELSE CAST(char_length(CASE WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!' WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`lo` AS STRING) END) AS STRING) || ':' || CASE WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!' WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`lo` AS STRING) END END AS `e_lo`, CASE WHEN `hi` IS NULL THEN '~' ELSE CAST(char_length(CASE WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!' WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`hi` AS STRING) END) AS STRING) || ':' || CASE WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!' WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`hi` AS STRING) END END AS `e_hi`, CASE WHEN `n_rows` IS NULL THEN '~' ELSE CAST(char_length(CAST(`n_rows` AS STRING)) AS STRING) || ':' || CAST(`n_rows` AS STRING) END AS `e_n_rows`, CASE WHEN `n_entities` IS NULL THEN '~' ELSE CAST(char_length(CAST(`n_entities` AS STRING)) AS STRING) || ':' || CAST(`n_entities` AS STRING) END AS `e_n_entities` FROM `adg_metadata`.`admissions_metadata` ) AS `encoded` ) AS `lines`) IS NULL) OR ((SELECT sha2(array_join(transform(array_sort(collect_list(named_struct('k0', `ordinal`, 'k1', `stat`, 'k2', coalesce(`item`, -1L), 'k3', CASE WHEN `value` IS NULL THEN 1L ELSE 0L END, 'k4', coalesce(`value`, ''), 'k5', coalesce(`lo`, 0e+0), 'k6', coalesce(`hi`, 0e+0), 'v', `line`))), adg_x -> adg_x.v), '|'), 256) AS `metadata_hash` FROM ( SELECT `ordinal`, `stat`, `item`, `value`, `lo`, `hi`, `e_ordinal` || ',' || `e_field` || ',' || `e_kind` || ',' || `e_stat` || ',' || `e_item` || ',' || `e_value` || ',' || `e_lo` || ',' || `e_hi` || ',' || `e_n_rows` || ',' || `e_n_entities` AS `line` FROM ( SELECT `ordinal`, `stat`, `item`, `value`, `lo`, `hi`, CASE WHEN `ordinal` IS NULL THEN '~' ELSE CAST(char_length(CAST(`ordinal` AS STRING)) AS STRING) || ':' || CAST(`ordinal` AS STRING) END AS `e_ordinal`, CASE WHEN `field` IS NULL THEN '~' ELSE CAST(char_length(CAST(`field` AS STRING)) AS STRING) || ':' || CAST(`field` AS STRING) END AS `e_field`, CASE WHEN `kind` IS NULL THEN '~' ELSE CAST(char_length(CAST(`kind` AS STRING)) AS STRING) || ':' || CAST(`kind` AS STRING) END AS `e_kind`, CASE WHEN `stat` IS NULL THEN '~' ELSE CAST(char_length(CAST(`stat` AS STRING)) AS STRING) || ':' || CAST(`stat` AS STRING) END AS `e_stat`, CASE WHEN `item` IS NULL THEN '~' ELSE CAST(char_length(CAST(`item` AS STRING)) AS STRING) || ':' || CAST(`item` AS STRING) END AS `e_item`, CASE WHEN `value` IS NULL THEN '~' ELSE CAST(char_length(CAST(`value` AS STRING)) AS STRING) || ':' || CAST(`value` AS STRING) END AS `e_value`, CASE WHEN `lo` IS NULL THEN '~' ELSE CAST(char_length(CASE WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!' WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`lo` AS STRING) END) AS STRING) || ':' || CASE WHEN NOT ((NOT isnan(`lo`) AND abs(`lo`) <> double('Infinity'))) THEN '!' WHEN (`lo` < 4.611686018427388e+18) AND (`lo` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`lo` - CASE WHEN abs(`lo`) < 4.5e15 THEN CAST(floor(`lo`) AS DOUBLE) ELSE `lo` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`lo` AS STRING) END END AS `e_lo`, CASE WHEN `hi` IS NULL THEN '~' ELSE CAST(char_length(CASE WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!' WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`hi` AS STRING) END) AS STRING) || ':' || CASE WHEN NOT ((NOT isnan(`hi`) AND abs(`hi`) <> double('Infinity'))) THEN '!' WHEN (`hi` < 4.611686018427388e+18) AND (`hi` > -4.611686018427388e+18) THEN CAST(CAST(CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END AS BIGINT) AS STRING) || '.' || CAST(CAST(CASE WHEN abs(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) < 4.5e15 THEN CAST(floor(((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15)) AS DOUBLE) ELSE ((`hi` - CASE WHEN abs(`hi`) < 4.5e15 THEN CAST(floor(`hi`) AS DOUBLE) ELSE `hi` END) * 4.503599627370496e+15) END AS BIGINT) AS STRING) ELSE CAST(`hi` AS STRING) END END AS `e_hi`, CASE WHEN `n_rows` IS NULL THEN '~' ELSE CAST(char_length(CAST(`n_rows` AS STRING)) AS STRING) || ':' || CAST(`n_rows` AS STRING) END AS `e_n_rows`, CASE WHEN `n_entities` IS NULL THEN '~' ELSE CAST(char_length(CAST(`n_entities` AS STRING)) AS STRING) || ':' || CAST(`n_entities` AS STRING) END AS `e_n_entities` FROM `adg_metadata`.`admissions_metadata` ) AS `encoded` ) AS `lines`) <> '<metadata hash from the review pack>');

-- [4/8] The spec as the checks see it: every field with its role, kind and suppression policy
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

CREATE TABLE `adg_scratch`.`adg_spec_fields` AS
SELECT
  `ordinal`,
  `field`,
  `role`,
  `kind`,
  `threshold`,
  `round_to`,
  `birth_by_day`
FROM (VALUES
  (0L, CAST(NULL AS STRING), 'dataset', 'dataset', 8L, 5L, 0L),
  (1L, 'date_of_birth', 'generated', 'date', 8L, 5L, 0L),
  (2L, 'sex', 'generated', 'categorical', 8L, 5L, 0L),
  (3L, 'ethnicity', 'generated', 'categorical', 8L, 5L, 0L),
  (4L, 'admission_date', 'generated', 'date', 8L, 5L, 0L),
  (5L, 'discharge_date', 'generated', 'date', 8L, 5L, 0L),
  (6L, 'admission_method', 'generated', 'categorical', 8L, 5L, 0L),
  (7L, 'specialty', 'generated', 'categorical', 8L, 5L, 0L),
  (8L, 'primary_diagnosis', 'generated', 'categorical', 8L, 5L, 0L),
  (9L, 'length_of_stay', 'generated', 'discrete', 8L, 5L, 0L),
  (10L, 'age_on_admission', 'generated', 'discrete', 8L, 5L, 0L),
  (11L, 'cost', 'generated', 'continuous', 8L, 5L, 0L),
  (-1L, 'episode_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'patient_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'nhs_number', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'hospital_number', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'forename', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'surname', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'address_line', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'postcode', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'email', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'phone', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'clinical_note', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'nhs_number', 'entity', 'excluded', NULL, NULL, 0L)
) AS `v`(`ordinal`, `field`, `role`, `kind`, `threshold`, `round_to`, `birth_by_day`);

CREATE OR REPLACE TEMPORARY VIEW `adg_spec_fields` AS SELECT * FROM `adg_scratch`.`adg_spec_fields`;

-- [5/8] Disclosure checks over the metadata: one row per finding (check, field, item, what)
-- Over published metadata only. Every rule is re-derived from the spec: a scrape bug or an edited
-- metadata row is caught here.
CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;

CREATE TABLE `adg_scratch`.`adg_findings` AS
SELECT
  'suppression' AS `check_id`,
  `p`.`field` AS `field`,
  `p`.`item` AS `item`,
  CASE
    WHEN `p`.`n_rows` < `p`.`threshold` THEN 'a published row count is below the threshold ' || CAST(`p`.`threshold` AS STRING)
    ELSE 'a published row count is not a multiple of the rounding base ' || CAST(`p`.`round_to` AS STRING)
  END AS `detail`
FROM (
  SELECT
    `m`.`ordinal` AS `ordinal`,
    `m`.`field` AS `field`,
    `m`.`kind` AS `kind`,
    `m`.`stat` AS `stat`,
    `m`.`item` AS `item`,
    `m`.`value` AS `value`,
    `m`.`lo` AS `lo`,
    `m`.`hi` AS `hi`,
    `m`.`n_rows` AS `n_rows`,
    `m`.`n_entities` AS `n_entities`,
    `s`.`threshold` AS `threshold`,
    `s`.`round_to` AS `round_to`,
    `s`.`birth_by_day` AS `birth_by_day`
  FROM `adg_metadata`.`admissions_metadata` AS `m`
  JOIN `adg_spec_fields` AS `s`
    ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
  WHERE TRUE
) AS `p`
WHERE (`p`.`stat` IN ('rows', 'null', 'value', 'bin', 'cardinality', 'disagree', 'pool')) AND (`p`.`n_rows` IS NOT NULL) AND ((`p`.`n_rows` < `p`.`threshold`) OR ((`p`.`n_rows` % `p`.`round_to`) <> 0L))
UNION ALL
SELECT
  'suppression' AS `check_id`,
  `p`.`field` AS `field`,
  `p`.`item` AS `item`,
  CASE
    WHEN `p`.`n_entities` < `p`.`threshold` THEN 'a published count of entities is below the threshold ' || CAST(`p`.`threshold` AS STRING)
    ELSE 'a published count of entities is not a multiple of the rounding base ' || CAST(`p`.`round_to` AS STRING)
  END AS `detail`
FROM (
  SELECT
    `m`.`ordinal` AS `ordinal`,
    `m`.`field` AS `field`,
    `m`.`kind` AS `kind`,
    `m`.`stat` AS `stat`,
    `m`.`item` AS `item`,
    `m`.`value` AS `value`,
    `m`.`lo` AS `lo`,
    `m`.`hi` AS `hi`,
    `m`.`n_rows` AS `n_rows`,
    `m`.`n_entities` AS `n_entities`,
    `s`.`threshold` AS `threshold`,
    `s`.`round_to` AS `round_to`,
    `s`.`birth_by_day` AS `birth_by_day`
  FROM `adg_metadata`.`admissions_metadata` AS `m`
  JOIN `adg_spec_fields` AS `s`
    ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
  WHERE TRUE
) AS `p`
WHERE (`p`.`stat` IN ('rows', 'null', 'value', 'bin', 'cardinality', 'disagree', 'pool')) AND (`p`.`n_entities` IS NOT NULL) AND ((`p`.`n_entities` < `p`.`threshold`) OR ((`p`.`n_entities` % `p`.`round_to`) <> 0L))
UNION ALL
SELECT
  'suppression' AS `check_id`,
  `b`.`field` AS `field`,
  `b`.`item` AS `item`,
  CASE
    WHEN (`b`.`lo` IS NULL) OR (`b`.`hi` IS NULL) OR (`b`.`lo` >= `b`.`hi`) THEN 'a bin whose lower edge is not below its upper edge'
    ELSE 'a bin that overlaps the next one'
  END AS `detail`
FROM (
  SELECT
    `m`.`field` AS `field`,
    `m`.`item` AS `item`,
    `m`.`lo` AS `lo`,
    `m`.`hi` AS `hi`,
    lead(`m`.`lo`) OVER (PARTITION BY `m`.`field` ORDER BY `m`.`lo` NULLS LAST) AS `next_lo`
  FROM `adg_metadata`.`admissions_metadata` AS `m`
  WHERE `m`.`stat` = 'bin'
) AS `b`
WHERE (`b`.`lo` IS NULL) OR (`b`.`hi` IS NULL) OR (`b`.`lo` >= `b`.`hi`) OR (`b`.`next_lo` < `b`.`hi`)
UNION ALL
SELECT
  'excluded-fields' AS `check_id`,
  `m`.`field` AS `field`,
  CAST(NULL AS BIGINT) AS `item`,
  CASE
    WHEN EXISTS (SELECT 1L FROM `adg_spec_fields` AS `x` WHERE (`x`.`field` = `m`.`field`) AND (`x`.`role` IN ('excluded', 'entity'))) THEN 'the spec excludes this field (or counts entities by it), yet the metadata publishes it'
    ELSE 'the metadata publishes a field the spec does not generate (or with another kind)'
  END AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`field` IS NOT NULL) AND (NOT (EXISTS (SELECT 1L FROM `adg_spec_fields` AS `g` WHERE (`g`.`field` = `m`.`field`) AND (`g`.`role` = 'generated') AND (`g`.`kind` = `m`.`kind`))))
GROUP BY `m`.`field`
UNION ALL
SELECT
  'nhs-number' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a valid NHS number' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND CASE
  WHEN (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^[0-9]{10}\u0024') THEN ((11L - (((CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(1L AS INT), CAST(1L AS INT)) AS BIGINT) * 10L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(2L AS INT), CAST(1L AS INT)) AS BIGINT) * 9L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(3L AS INT), CAST(1L AS INT)) AS BIGINT) * 8L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(4L AS INT), CAST(1L AS INT)) AS BIGINT) * 7L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(5L AS INT), CAST(1L AS INT)) AS BIGINT) * 6L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(6L AS INT), CAST(1L AS INT)) AS BIGINT) * 5L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(7L AS INT), CAST(1L AS INT)) AS BIGINT) * 4L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(8L AS INT), CAST(1L AS INT)) AS BIGINT) * 3L) + (CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(9L AS INT), CAST(1L AS INT)) AS BIGINT) * 2L)) % 11L)) % 11L) = CAST(substr(regexp_replace(`m`.`value`, '[ ()-]', ''), CAST(10L AS INT), CAST(1L AS INT)) AS BIGINT)
  ELSE FALSE
END
UNION ALL
SELECT
  'email' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is an e-mail address' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024')
UNION ALL
SELECT
  'postcode' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full UK postcode' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024')
UNION ALL
SELECT
  'phone' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a UK phone number' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024')
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})\u0024')
UNION ALL
SELECT
  'free-text' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' reads as free text' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND ((char_length(`m`.`value`) > 60L) OR (`m`.`value` RLIKE '[^ ]+( +[^ ]+){5}'))
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `s`.`field` AS `field`,
  CAST(NULL AS BIGINT) AS `item`,
  'named like a date of birth and published by day or finer: publish it by year (granularity: year)' AS `detail`
FROM `adg_spec_fields` AS `s`
WHERE `s`.`birth_by_day` = 1L
UNION ALL
SELECT
  'identifier-like' AS `check_id`,
  `m`.`field` AS `field`,
  CAST(NULL AS BIGINT) AS `item`,
  'most of its rows held values too rare to publish (suppressed share of rows 25% or more): it may identify records' AS `detail`
FROM `adg_metadata`.`admissions_metadata` AS `m`
WHERE (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'suppressed') AND (`m`.`value` RLIKE '"rows":"(25-50%|over 50%)"')
UNION ALL
SELECT
  'identifier-like' AS `check_id`,
  `v`.`field` AS `field`,
  CAST(NULL AS BIGINT) AS `item`,
  CAST(`v`.`values` AS STRING) || ' published values average under twice the threshold each: values per row near the limit suppression allows' AS `detail`
FROM (
  SELECT
    `p`.`field` AS `field`,
    count(*) AS `values`,
    sum(`p`.`n_rows`) AS `rows`,
    max(`p`.`threshold`) AS `threshold`
  FROM (
    SELECT
      `m`.`ordinal` AS `ordinal`,
      `m`.`field` AS `field`,
      `m`.`kind` AS `kind`,
      `m`.`stat` AS `stat`,
      `m`.`item` AS `item`,
      `m`.`value` AS `value`,
      `m`.`lo` AS `lo`,
      `m`.`hi` AS `hi`,
      `m`.`n_rows` AS `n_rows`,
      `m`.`n_entities` AS `n_entities`,
      `s`.`threshold` AS `threshold`,
      `s`.`round_to` AS `round_to`,
      `s`.`birth_by_day` AS `birth_by_day`
    FROM `adg_metadata`.`admissions_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'value')
  ) AS `p`
  GROUP BY `p`.`field`
) AS `v`
WHERE (`v`.`values` >= 20L) AND (`v`.`rows` < (`v`.`values` * `v`.`threshold` * 2L))
UNION ALL
SELECT
  'identifier-like' AS `check_id`,
  `l`.`field` AS `field`,
  `l`.`item` AS `item`,
  'a value far longer than the field\'s typical value (over 3 times the average length, and over 20 characters)' AS `detail`
FROM (
  SELECT
    `m`.`field` AS `field`,
    `m`.`item` AS `item`,
    char_length(`m`.`value`) AS `len`,
    sum(char_length(`m`.`value`)) OVER (PARTITION BY `m`.`field`) AS `total`,
    CAST(count(`m`.`value`) OVER (PARTITION BY `m`.`field`) AS BIGINT) AS `n`
  FROM `adg_metadata`.`admissions_metadata` AS `m`
  WHERE (`m`.`kind` = 'categorical') AND (`m`.`stat` = 'value') AND (`m`.`value` IS NOT NULL)
) AS `l`
WHERE (`l`.`len` > 20L) AND ((CAST(`l`.`len` AS DOUBLE) * CAST(`l`.`n` AS DOUBLE)) > (3e+0 * CAST(`l`.`total` AS DOUBLE)))
UNION ALL
SELECT
  'tail' AS `check_id`,
  `t`.`field` AS `field`,
  `t`.`item` AS `item`,
  'the ' || CASE WHEN `t`.`from_low` = 1L THEN 'lowest' ELSE 'highest' END || ' ' || CASE
    WHEN `t`.`kind` = 'date' THEN 'bucket'
    WHEN `t`.`kind` = 'continuous' THEN 'bin'
    ELSE 'value'
  END || ' holds under twice the threshold: its edge sits close to the ' || CASE WHEN `t`.`from_low` = 1L THEN 'smallest' ELSE 'largest' END || ' observed value' AS `detail`
FROM (
  SELECT
    `p`.`field` AS `field`,
    `p`.`item` AS `item`,
    `p`.`n_rows` AS `n_rows`,
    `p`.`threshold` AS `threshold`,
    `p`.`kind` AS `kind`,
    CAST(row_number() OVER (PARTITION BY `p`.`field` ORDER BY CASE WHEN `p`.`kind` = 'discrete' THEN CAST(`p`.`value` AS DOUBLE) ELSE `p`.`lo` END NULLS LAST, `p`.`value` NULLS LAST) AS BIGINT) AS `from_low`,
    CAST(row_number() OVER (PARTITION BY `p`.`field` ORDER BY CASE WHEN `p`.`kind` = 'discrete' THEN CAST(`p`.`value` AS DOUBLE) ELSE `p`.`hi` END DESC NULLS LAST, `p`.`value` DESC NULLS LAST) AS BIGINT) AS `from_high`
  FROM (
    SELECT
      `m`.`ordinal` AS `ordinal`,
      `m`.`field` AS `field`,
      `m`.`kind` AS `kind`,
      `m`.`stat` AS `stat`,
      `m`.`item` AS `item`,
      `m`.`value` AS `value`,
      `m`.`lo` AS `lo`,
      `m`.`hi` AS `hi`,
      `m`.`n_rows` AS `n_rows`,
      `m`.`n_entities` AS `n_entities`,
      `s`.`threshold` AS `threshold`,
      `s`.`round_to` AS `round_to`,
      `s`.`birth_by_day` AS `birth_by_day`
    FROM `adg_metadata`.`admissions_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` IN ('discrete', 'date', 'continuous')) AND (`m`.`stat` IN ('value', 'bin')) AND ((`m`.`kind` <> 'continuous') OR (`m`.`value` IS NULL))
  ) AS `p`
) AS `t`
WHERE ((`t`.`from_low` = 1L) OR (`t`.`from_high` = 1L)) AND (`t`.`n_rows` < (`t`.`threshold` * 2L));

CREATE OR REPLACE TEMPORARY VIEW `adg_findings` AS SELECT * FROM `adg_scratch`.`adg_findings`;

-- [6/8] No blocking disclosure check may fail
SELECT raise_error('specs/admissions.yaml: blocking disclosure checks fail on this metadata, so it cannot be released. Run adg review specs/admissions.yaml, read the findings in its report, fix the spec (exclude or coarsen the fields) and scrape again.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_findings` WHERE `check_id` IN ('suppression', 'excluded-fields', 'nhs-number', 'email', 'postcode', 'phone'));

-- [7/8] The releases log, if this is the first release into this scope
CREATE TABLE IF NOT EXISTS `adg_released`.`adg_releases` (`released_at` TIMESTAMP, `dataset` STRING, `spec_file` STRING, `spec_hash` STRING, `metadata_hash` STRING, `reviewer` STRING, `approver` STRING, `release_policy` STRING, `tool_version` STRING) USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5');

-- [8/8] Copy the metadata into the released scope and log the sign-off, all or nothing
-- Generate reads only this copy, and only when the log names its hash.
CREATE OR REPLACE TABLE `adg_released`.`admissions_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
SELECT
  *
FROM `adg_metadata`.`admissions_metadata`;

INSERT INTO `adg_released`.`adg_releases`
SELECT
  current_timestamp() AS `released_at`,
  'admissions' AS `dataset`,
  'specs/admissions.yaml' AS `spec_file`,
  '1649a3e288b48c0149cce491ee2e393778a24e7191023f59d414c5dd945c1803' AS `spec_hash`,
  '<metadata hash from the review pack>' AS `metadata_hash`,
  '<reviewer>' AS `reviewer`,
  '<approver>' AS `approver`,
  'manual' AS `release_policy`,
  '0.1.0' AS `tool_version`
FROM (VALUES
  (1L)
) AS `once`(`one`)
WHERE NOT (EXISTS (SELECT 1L FROM ( SELECT `l`.`metadata_hash`, CAST(`l`.`released_at` AS STRING) AS `released_at`, `l`.`reviewer`, `l`.`approver` FROM `adg_released`.`adg_releases` AS `l` WHERE (`l`.`dataset` = 'admissions') AND (`l`.`released_at` = (SELECT max(`released_at`) FROM `adg_released`.`adg_releases` WHERE `dataset` = 'admissions')) ) AS `r` WHERE `r`.`metadata_hash` = '<metadata hash from the review pack>'));

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;
