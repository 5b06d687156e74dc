-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 2 (review) of dataset "omop_person", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.
-- Runs in schema adg_metadata; `adg review specs/omop.yaml` runs it with progress and checks.

-- [1/7] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/7] The metadata must come from a scrape of this spec as it is now
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then review it.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_metadata`.`omop_person_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '4e160a1d2ab81e908387a7972ff8ca52b3b28485255bb81b071222077d5b4334')));

-- [3/7] The spec as the checks see it: every field with its role, kind and suppression policy
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
  (1L, 'gender_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (2L, 'year_of_birth', 'generated', 'discrete', 8L, 5L, 0L),
  (3L, 'month_of_birth', 'generated', 'discrete', 8L, 5L, 0L),
  (4L, 'day_of_birth', 'generated', 'discrete', 8L, 5L, 0L),
  (5L, 'birth_datetime', 'generated', 'date', 8L, 5L, 0L),
  (6L, 'race_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (7L, 'ethnicity_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (8L, 'gender_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (9L, 'gender_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (10L, 'race_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (11L, 'race_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (12L, 'ethnicity_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (13L, 'ethnicity_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (-1L, 'location_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'provider_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'care_site_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'person_source_value', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'person_id', 'entity', 'excluded', NULL, NULL, 0L)
) AS `v`(`ordinal`, `field`, `role`, `kind`, `threshold`, `round_to`, `birth_by_day`);

CREATE OR REPLACE TEMPORARY VIEW `adg_spec_fields` AS SELECT * FROM `adg_scratch`.`adg_spec_fields`;

-- [4/7] Disclosure checks over the metadata: one row per finding (check, field, item, what)
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
  FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
FROM `adg_metadata`.`omop_person_metadata` AS `m`
WHERE (`m`.`field` IS NOT NULL) AND (NOT (EXISTS (SELECT 1L FROM `adg_spec_fields` AS `g` WHERE (`g`.`field` = `m`.`field`) AND (`g`.`role` = 'generated') AND (`g`.`kind` = `m`.`kind`))))
GROUP BY `m`.`field`
UNION ALL
SELECT
  'nhs-number' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a valid NHS number' AS `detail`
FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
FROM `adg_metadata`.`omop_person_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024')
UNION ALL
SELECT
  'postcode' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full UK postcode' AS `detail`
FROM `adg_metadata`.`omop_person_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024')
UNION ALL
SELECT
  'phone' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a UK phone number' AS `detail`
FROM `adg_metadata`.`omop_person_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024')
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS `detail`
FROM `adg_metadata`.`omop_person_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})\u0024')
UNION ALL
SELECT
  'free-text' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' reads as free text' AS `detail`
FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_person_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_person_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` IN ('discrete', 'date', 'continuous')) AND (`m`.`stat` IN ('value', 'bin')) AND ((`m`.`kind` <> 'continuous') OR (`m`.`value` IS NULL))
  ) AS `p`
) AS `t`
WHERE ((`t`.`from_low` = 1L) OR (`t`.`from_high` = 1L)) AND (`t`.`n_rows` < (`t`.`threshold` * 2L));

CREATE OR REPLACE TEMPORARY VIEW `adg_findings` AS SELECT * FROM `adg_scratch`.`adg_findings`;

-- [5/7] Findings, for the review pack
SELECT
  *
FROM `adg_findings`
ORDER BY `check_id` NULLS LAST, `field` NULLS FIRST, `item` NULLS FIRST, `detail` NULLS LAST;

-- [6/7] The published metadata itself, for the charts (it passed suppression)
SELECT
  *
FROM `adg_metadata`.`omop_person_metadata`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS FIRST;

-- [7/7] The metadata hash a release must name
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
    FROM `adg_metadata`.`omop_person_metadata`
  ) AS `encoded`
) AS `lines`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 2 (review) of dataset "omop_visit_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.
-- Runs in schema adg_metadata; `adg review specs/omop.yaml` runs it with progress and checks.

-- [1/7] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/7] The metadata must come from a scrape of this spec as it is now
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then review it.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_metadata`.`omop_visit_occurrence_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'fc407891b236b4cc2f889653abd7937e79d64503e2bcd8a578f7bb25fa30c9d4')));

-- [3/7] The spec as the checks see it: every field with its role, kind and suppression policy
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
  (1L, 'visit_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (2L, 'visit_start_date', 'generated', 'date', 8L, 5L, 0L),
  (3L, 'visit_start_datetime', 'generated', 'date', 8L, 5L, 0L),
  (4L, 'visit_end_date', 'generated', 'date', 8L, 5L, 0L),
  (5L, 'visit_end_datetime', 'generated', 'date', 8L, 5L, 0L),
  (6L, 'visit_type_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (7L, 'visit_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (8L, 'visit_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (9L, 'admitted_from_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (10L, 'admitted_from_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (11L, 'discharged_to_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (12L, 'discharged_to_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (-1L, 'provider_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'care_site_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'preceding_visit_occurrence_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'person_id', 'entity', 'excluded', NULL, NULL, 0L)
) AS `v`(`ordinal`, `field`, `role`, `kind`, `threshold`, `round_to`, `birth_by_day`);

CREATE OR REPLACE TEMPORARY VIEW `adg_spec_fields` AS SELECT * FROM `adg_scratch`.`adg_spec_fields`;

-- [4/7] Disclosure checks over the metadata: one row per finding (check, field, item, what)
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
  FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`field` IS NOT NULL) AND (NOT (EXISTS (SELECT 1L FROM `adg_spec_fields` AS `g` WHERE (`g`.`field` = `m`.`field`) AND (`g`.`role` = 'generated') AND (`g`.`kind` = `m`.`kind`))))
GROUP BY `m`.`field`
UNION ALL
SELECT
  'nhs-number' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a valid NHS number' AS `detail`
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024')
UNION ALL
SELECT
  'postcode' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full UK postcode' AS `detail`
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024')
UNION ALL
SELECT
  'phone' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a UK phone number' AS `detail`
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024')
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS `detail`
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})\u0024')
UNION ALL
SELECT
  'free-text' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' reads as free text' AS `detail`
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_visit_occurrence_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` IN ('discrete', 'date', 'continuous')) AND (`m`.`stat` IN ('value', 'bin')) AND ((`m`.`kind` <> 'continuous') OR (`m`.`value` IS NULL))
  ) AS `p`
) AS `t`
WHERE ((`t`.`from_low` = 1L) OR (`t`.`from_high` = 1L)) AND (`t`.`n_rows` < (`t`.`threshold` * 2L));

CREATE OR REPLACE TEMPORARY VIEW `adg_findings` AS SELECT * FROM `adg_scratch`.`adg_findings`;

-- [5/7] Findings, for the review pack
SELECT
  *
FROM `adg_findings`
ORDER BY `check_id` NULLS LAST, `field` NULLS FIRST, `item` NULLS FIRST, `detail` NULLS LAST;

-- [6/7] The published metadata itself, for the charts (it passed suppression)
SELECT
  *
FROM `adg_metadata`.`omop_visit_occurrence_metadata`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS FIRST;

-- [7/7] The metadata hash a release must name
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
    FROM `adg_metadata`.`omop_visit_occurrence_metadata`
  ) AS `encoded`
) AS `lines`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 2 (review) of dataset "omop_condition_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.
-- Runs in schema adg_metadata; `adg review specs/omop.yaml` runs it with progress and checks.

-- [1/7] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/7] The metadata must come from a scrape of this spec as it is now
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then review it.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_metadata`.`omop_condition_occurrence_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'ee29314cddf872480c9a8952eb6750b760169deb209674353e0efd69db0aa102')));

-- [3/7] The spec as the checks see it: every field with its role, kind and suppression policy
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
  (1L, 'condition_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (2L, 'condition_start_date', 'generated', 'date', 8L, 5L, 0L),
  (3L, 'condition_start_datetime', 'generated', 'date', 8L, 5L, 0L),
  (4L, 'condition_end_date', 'generated', 'date', 8L, 5L, 0L),
  (5L, 'condition_end_datetime', 'generated', 'date', 8L, 5L, 0L),
  (6L, 'condition_type_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (7L, 'condition_status_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (8L, 'condition_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (9L, 'condition_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (10L, 'condition_status_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (-1L, 'stop_reason', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'provider_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'visit_detail_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'person_id', 'entity', 'excluded', NULL, NULL, 0L)
) AS `v`(`ordinal`, `field`, `role`, `kind`, `threshold`, `round_to`, `birth_by_day`);

CREATE OR REPLACE TEMPORARY VIEW `adg_spec_fields` AS SELECT * FROM `adg_scratch`.`adg_spec_fields`;

-- [4/7] Disclosure checks over the metadata: one row per finding (check, field, item, what)
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
  FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
WHERE (`m`.`field` IS NOT NULL) AND (NOT (EXISTS (SELECT 1L FROM `adg_spec_fields` AS `g` WHERE (`g`.`field` = `m`.`field`) AND (`g`.`role` = 'generated') AND (`g`.`kind` = `m`.`kind`))))
GROUP BY `m`.`field`
UNION ALL
SELECT
  'nhs-number' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a valid NHS number' AS `detail`
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024')
UNION ALL
SELECT
  'postcode' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full UK postcode' AS `detail`
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024')
UNION ALL
SELECT
  'phone' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a UK phone number' AS `detail`
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024')
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS `detail`
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})\u0024')
UNION ALL
SELECT
  'free-text' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' reads as free text' AS `detail`
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_condition_occurrence_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` IN ('discrete', 'date', 'continuous')) AND (`m`.`stat` IN ('value', 'bin')) AND ((`m`.`kind` <> 'continuous') OR (`m`.`value` IS NULL))
  ) AS `p`
) AS `t`
WHERE ((`t`.`from_low` = 1L) OR (`t`.`from_high` = 1L)) AND (`t`.`n_rows` < (`t`.`threshold` * 2L));

CREATE OR REPLACE TEMPORARY VIEW `adg_findings` AS SELECT * FROM `adg_scratch`.`adg_findings`;

-- [5/7] Findings, for the review pack
SELECT
  *
FROM `adg_findings`
ORDER BY `check_id` NULLS LAST, `field` NULLS FIRST, `item` NULLS FIRST, `detail` NULLS LAST;

-- [6/7] The published metadata itself, for the charts (it passed suppression)
SELECT
  *
FROM `adg_metadata`.`omop_condition_occurrence_metadata`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS FIRST;

-- [7/7] The metadata hash a release must name
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
    FROM `adg_metadata`.`omop_condition_occurrence_metadata`
  ) AS `encoded`
) AS `lines`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 2 (review) of dataset "omop_measurement", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.
-- Runs in schema adg_metadata; `adg review specs/omop.yaml` runs it with progress and checks.

-- [1/7] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/7] The metadata must come from a scrape of this spec as it is now
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then review it.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_metadata`.`omop_measurement_metadata` WHERE (`stat` = 'depends_on') AND (`value` = '04af0bd169b6aed3bd81dc33acacb9e2786bbc883e77a95349130dae3d50385c')));

-- [3/7] The spec as the checks see it: every field with its role, kind and suppression policy
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
  (1L, 'measurement_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (2L, 'measurement_date', 'generated', 'date', 8L, 5L, 0L),
  (3L, 'measurement_datetime', 'generated', 'date', 8L, 5L, 0L),
  (4L, 'measurement_type_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (5L, 'operator_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (6L, 'value_as_number', 'generated', 'continuous', 8L, 5L, 0L),
  (7L, 'value_as_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (8L, 'unit_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (9L, 'range_low', 'generated', 'continuous', 8L, 5L, 0L),
  (10L, 'range_high', 'generated', 'continuous', 8L, 5L, 0L),
  (11L, 'measurement_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (12L, 'measurement_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (13L, 'unit_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (14L, 'unit_source_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (15L, 'value_source_value', 'generated', 'categorical', 8L, 5L, 0L),
  (16L, 'meas_event_field_concept_id', 'generated', 'categorical', 8L, 5L, 0L),
  (-1L, 'measurement_time', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'provider_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'visit_detail_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'measurement_event_id', 'excluded', 'excluded', NULL, NULL, 0L),
  (-1L, 'person_id', 'entity', 'excluded', NULL, NULL, 0L)
) AS `v`(`ordinal`, `field`, `role`, `kind`, `threshold`, `round_to`, `birth_by_day`);

CREATE OR REPLACE TEMPORARY VIEW `adg_spec_fields` AS SELECT * FROM `adg_scratch`.`adg_spec_fields`;

-- [4/7] Disclosure checks over the metadata: one row per finding (check, field, item, what)
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
  FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
WHERE (`m`.`field` IS NOT NULL) AND (NOT (EXISTS (SELECT 1L FROM `adg_spec_fields` AS `g` WHERE (`g`.`field` = `m`.`field`) AND (`g`.`role` = 'generated') AND (`g`.`kind` = `m`.`kind`))))
GROUP BY `m`.`field`
UNION ALL
SELECT
  'nhs-number' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a valid NHS number' AS `detail`
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024')
UNION ALL
SELECT
  'postcode' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full UK postcode' AS `detail`
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024')
UNION ALL
SELECT
  'phone' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a UK phone number' AS `detail`
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024')
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS `detail`
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})\u0024')
UNION ALL
SELECT
  'free-text' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' reads as free text' AS `detail`
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_measurement_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` IN ('discrete', 'date', 'continuous')) AND (`m`.`stat` IN ('value', 'bin')) AND ((`m`.`kind` <> 'continuous') OR (`m`.`value` IS NULL))
  ) AS `p`
) AS `t`
WHERE ((`t`.`from_low` = 1L) OR (`t`.`from_high` = 1L)) AND (`t`.`n_rows` < (`t`.`threshold` * 2L));

CREATE OR REPLACE TEMPORARY VIEW `adg_findings` AS SELECT * FROM `adg_scratch`.`adg_findings`;

-- [5/7] Findings, for the review pack
SELECT
  *
FROM `adg_findings`
ORDER BY `check_id` NULLS LAST, `field` NULLS FIRST, `item` NULLS FIRST, `detail` NULLS LAST;

-- [6/7] The published metadata itself, for the charts (it passed suppression)
SELECT
  *
FROM `adg_metadata`.`omop_measurement_metadata`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS FIRST;

-- [7/7] The metadata hash a release must name
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
    FROM `adg_metadata`.`omop_measurement_metadata`
  ) AS `encoded`
) AS `lines`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 2 (review) of dataset "omop_concept", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.
-- Runs in schema adg_metadata; `adg review specs/omop.yaml` runs it with progress and checks.

-- [1/7] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/7] The metadata must come from a scrape of this spec as it is now
SELECT raise_error('specs/omop.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/omop.yaml again, then review it.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_metadata`.`omop_concept_metadata` WHERE (`stat` = 'depends_on') AND (`value` = 'e81495fcdfbbcde0b07afb4da592fe67e2cedfe8f6a1f054311e59e78d07d8d9')));

-- [3/7] The spec as the checks see it: every field with its role, kind and suppression policy
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
  (0L, CAST(NULL AS STRING), 'dataset', 'dataset', 8L, 5L, 0L)
) AS `v`(`ordinal`, `field`, `role`, `kind`, `threshold`, `round_to`, `birth_by_day`);

CREATE OR REPLACE TEMPORARY VIEW `adg_spec_fields` AS SELECT * FROM `adg_scratch`.`adg_spec_fields`;

-- [4/7] Disclosure checks over the metadata: one row per finding (check, field, item, what)
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
  FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
WHERE (`m`.`field` IS NOT NULL) AND (NOT (EXISTS (SELECT 1L FROM `adg_spec_fields` AS `g` WHERE (`g`.`field` = `m`.`field`) AND (`g`.`role` = 'generated') AND (`g`.`kind` = `m`.`kind`))))
GROUP BY `m`.`field`
UNION ALL
SELECT
  'nhs-number' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a valid NHS number' AS `detail`
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[^@ ]+@[^@ ]+[.][^@ ]+\u0024')
UNION ALL
SELECT
  'postcode' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full UK postcode' AS `detail`
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}\u0024')
UNION ALL
SELECT
  'phone' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a UK phone number' AS `detail`
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (regexp_replace(`m`.`value`, '[ ()-]', '') RLIKE '^([+]44|0044|0)[0-9]{9,10}\u0024')
UNION ALL
SELECT
  'date-of-birth' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS `detail`
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
WHERE (`m`.`stat` = 'value') AND (`m`.`kind` IN ('categorical', 'discrete')) AND (`m`.`value` IS NOT NULL) AND (`m`.`value` RLIKE '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})\u0024')
UNION ALL
SELECT
  'free-text' AS `check_id`,
  `m`.`field` AS `field`,
  `m`.`item` AS `item`,
  'published value ' || '"' || substr(`m`.`value`, CAST(1L AS INT), CAST(80L AS INT)) || CASE WHEN char_length(`m`.`value`) > 80L THEN '..."' ELSE '"' END || ' reads as free text' AS `detail`
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
  FROM `adg_metadata`.`omop_concept_metadata` AS `m`
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
    FROM `adg_metadata`.`omop_concept_metadata` AS `m`
    JOIN `adg_spec_fields` AS `s`
      ON (coalesce(`m`.`field`, '') = coalesce(`s`.`field`, '')) AND (`s`.`role` IN ('generated', 'dataset'))
    WHERE (`m`.`kind` IN ('discrete', 'date', 'continuous')) AND (`m`.`stat` IN ('value', 'bin')) AND ((`m`.`kind` <> 'continuous') OR (`m`.`value` IS NULL))
  ) AS `p`
) AS `t`
WHERE ((`t`.`from_low` = 1L) OR (`t`.`from_high` = 1L)) AND (`t`.`n_rows` < (`t`.`threshold` * 2L));

CREATE OR REPLACE TEMPORARY VIEW `adg_findings` AS SELECT * FROM `adg_scratch`.`adg_findings`;

-- [5/7] Findings, for the review pack
SELECT
  *
FROM `adg_findings`
ORDER BY `check_id` NULLS LAST, `field` NULLS FIRST, `item` NULLS FIRST, `detail` NULLS LAST;

-- [6/7] The published metadata itself, for the charts (it passed suppression)
SELECT
  *
FROM `adg_metadata`.`omop_concept_metadata`
ORDER BY `ordinal` NULLS LAST, `stat` NULLS LAST, `item` NULLS FIRST;

-- [7/7] The metadata hash a release must name
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
    FROM `adg_metadata`.`omop_concept_metadata`
  ) AS `encoded`
) AS `lines`;

-- After the last step: drop the scratch tables
DROP TABLE IF EXISTS `adg_scratch`.`adg_spec_fields`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_findings`;
