-- adg 0.1.0: stage 1 (scrape) of dataset "movies", Spark SQL dialect.
-- Compiled from specs/movies.yaml (spec sha256 bb01b8baf460afa0); do not edit, run `adg compile`.
-- Reads the source (table movies_source of schema default, which adg load made of the json file node_modules/vega-datasets/data/movies.json) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/movies.yaml` runs it with progress and checks.

-- [1/13] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/13] Create the schema of the metadata if it is missing
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

-- [3/13] Field catalog: kind and suppression policy of each field
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
  (1L, 'US Gross', 'continuous', 8L, 5L, 50L),
  (2L, 'Worldwide Gross', 'continuous', 8L, 5L, 50L),
  (3L, 'US DVD Sales', 'continuous', 8L, 5L, 20L),
  (4L, 'Production Budget', 'continuous', 8L, 5L, 50L),
  (5L, 'Release Date', 'date', 8L, 5L, NULL),
  (6L, 'MPAA Rating', 'categorical', 8L, 5L, NULL),
  (7L, 'Running Time min', 'discrete', 8L, 5L, NULL),
  (8L, 'Distributor', 'categorical', 8L, 5L, NULL),
  (9L, 'Source', 'categorical', 8L, 5L, NULL),
  (10L, 'Major Genre', 'categorical', 8L, 5L, NULL),
  (11L, 'Creative Type', 'categorical', 8L, 5L, NULL),
  (12L, 'Rotten Tomatoes Rating', 'discrete', 8L, 5L, NULL),
  (13L, 'IMDB Rating', 'continuous', 8L, 5L, 40L),
  (14L, 'IMDB Votes', 'continuous', 8L, 5L, 40L)
) AS `v`(`ordinal`, `field`, `kind`, `threshold`, `round_to`, `bins`);

CREATE OR REPLACE TEMPORARY VIEW `adg_fields` AS SELECT * FROM `adg_scratch`.`adg_fields`;

-- [4/13] Raw frequencies (session scratch, dropped after the stage, never published)
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
  CAST(NULL AS BIGINT) AS `n_entities`,
  0L AS `item`
FROM `default`.`movies_source`
UNION ALL
SELECT
  1L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CASE WHEN abs(CAST(`US Gross` AS DOUBLE)) < 4.5e15 THEN CAST(floor(CAST(`US Gross` AS DOUBLE)) AS DOUBLE) ELSE CAST(`US Gross` AS DOUBLE) END AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  2L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CASE WHEN abs(CAST(`Worldwide Gross` AS DOUBLE)) < 4.5e15 THEN CAST(floor(CAST(`Worldwide Gross` AS DOUBLE)) AS DOUBLE) ELSE CAST(`Worldwide Gross` AS DOUBLE) END AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  3L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CASE WHEN abs(CAST(`US DVD Sales` AS DOUBLE)) < 4.5e15 THEN CAST(floor(CAST(`US DVD Sales` AS DOUBLE)) AS DOUBLE) ELSE CAST(`US DVD Sales` AS DOUBLE) END AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  4L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CASE WHEN abs(CAST(`Production Budget` AS DOUBLE)) < 4.5e15 THEN CAST(floor(CAST(`Production Budget` AS DOUBLE)) AS DOUBLE) ELSE CAST(`Production Budget` AS DOUBLE) END AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  5L AS `ordinal`,
  date_format(`k`, 'yyyy-MM-dd') AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CAST(date_trunc('YEAR', CAST(try_to_timestamp(`Release Date`, 'MMM\' \'d\' \'yyyy') AS TIMESTAMP_NTZ)) AS DATE) AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  6L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `MPAA Rating` AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  7L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CAST(`Running Time min` AS BIGINT) AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  8L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `Distributor` AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  9L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `Source` AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  10L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `Major Genre` AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  11L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    `Creative Type` AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  12L AS `ordinal`,
  CAST(`k` AS STRING) AS `value`,
  CAST(NULL AS DOUBLE) AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CAST(`Rotten Tomatoes Rating` AS BIGINT) AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  13L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CAST(`IMDB Rating` AS DOUBLE) AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`
UNION ALL
SELECT
  14L AS `ordinal`,
  CAST(NULL AS STRING) AS `value`,
  `k` AS `num`,
  count(*) AS `n_rows`,
  CAST(NULL AS BIGINT) AS `n_entities`,
  CAST(row_number() OVER (ORDER BY `k` NULLS FIRST) AS BIGINT) AS `item`
FROM (
  SELECT
    CASE WHEN abs(CAST(`IMDB Votes` AS DOUBLE)) < 4.5e15 THEN CAST(floor(CAST(`IMDB Votes` AS DOUBLE)) AS DOUBLE) ELSE CAST(`IMDB Votes` AS DOUBLE) END AS `k`
  FROM `default`.`movies_source`
) AS `s`
GROUP BY `k`;

CREATE OR REPLACE TEMPORARY VIEW `adg_raw` AS SELECT * FROM `adg_scratch`.`adg_raw`;

-- [5/13] Refuse an empty source
SELECT raise_error('specs/movies.yaml: source (json file node_modules/vega-datasets/data/movies.json) has no rows, so there is nothing to scrape. Point source at a table or file with data.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_raw` WHERE (`ordinal` = 0L) AND (`n_rows` = 0L));

-- [6/13] Grid of every continuous field: a power of ten from its spread, and its decimals
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
      WHERE (`r`.`ordinal` IN (1L, 2L, 3L, 4L, 13L, 14L)) AND (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) AND (`r`.`n_rows` < `f`.`threshold`)
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
    WHERE (`r`.`ordinal` IN (1L, 2L, 3L, 4L, 13L, 14L)) AND (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity'))
  ) AS `all_finite`
  GROUP BY `ordinal`
) AS `p`
  ON `p`.`ordinal` = `f`.`ordinal`
WHERE `f`.`ordinal` IN (1L, 2L, 3L, 4L, 13L, 14L);

CREATE OR REPLACE TEMPORARY VIEW `adg_grid` AS SELECT * FROM `adg_scratch`.`adg_grid`;

-- [7/13] Values to bin (not point masses), floored to the grid
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
  WHERE (`r`.`ordinal` IN (1L, 2L, 3L, 4L, 13L, 14L)) AND (NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')) AND (`r`.`n_rows` < `f`.`threshold`)
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

-- [8/13] Outer edges: the gridded values at rank k from each end
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
      `n_rows` AS `low`,
      `n_rows` AS `high`
    FROM `adg_gridded`
  ) AS `ends`
) AS `k`
JOIN `adg_fields` AS `f`
  ON `f`.`ordinal` = `k`.`ordinal`
JOIN `adg_grid` AS `g`
  ON `g`.`ordinal` = `k`.`ordinal`
GROUP BY `k`.`ordinal`;

CREATE OR REPLACE TEMPORARY VIEW `adg_outer_edges` AS SELECT * FROM `adg_scratch`.`adg_outer_edges`;

-- [9/13] Percentile bins: published edges and raw counts of every continuous field
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
      CAST(NULL AS BIGINT) AS `n_entities`,
      CAST(row_number() OVER (PARTITION BY `v`.`ordinal` ORDER BY `v`.`bin` NULLS LAST) AS BIGINT) - 1L AS `pos`
    FROM `adg_value_bins` AS `v`
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
    WHERE (`b`.`pos` >= 1L) AND (`b`.`n_rows` >= `f`.`threshold`) AND (`b`.`lo` > `o`.`lo`) AND (`b`.`lo` < `o`.`hi`)
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
  CAST(NULL AS BIGINT) AS `n_entities`
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
  ON (`upper`.`ordinal` = `c`.`ordinal`) AND (`upper`.`edge` = (`c`.`item` + 1L));

CREATE OR REPLACE TEMPORARY VIEW `adg_raw_bins` AS SELECT * FROM `adg_scratch`.`adg_raw_bins`;

-- [10/13] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw row count (cardinalities: on entities), then rounded half up; a count that
-- rounds below the threshold is dropped too.
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
    CASE WHEN `c`.`stat` IN ('cardinality', 'pool') THEN `c`.`n_entities` ELSE `c`.`n_rows` END AS `tested`,
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
    WHERE (`r`.`ordinal` > 0L) AND ((`r`.`num` IS NULL) OR (NOT ((NOT isnan(`r`.`num`) AND abs(`r`.`num`) <> double('Infinity')))) OR (`r`.`n_rows` >= `rf`.`threshold`))
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
  ) AS `c`
  JOIN `adg_fields` AS `f`
    ON `f`.`ordinal` = `c`.`ordinal`
) AS `counted`;

CREATE OR REPLACE TEMPORARY VIEW `adg_candidates` AS SELECT * FROM `adg_scratch`.`adg_candidates`;

-- [11/13] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
CREATE OR REPLACE TABLE `adg_metadata`.`movies_metadata` USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5') AS
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
    (0L, CAST(NULL AS STRING), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '6275ca9d230f6f347cd78da9857b2509a7ac882e642d3909cbce496362e58152', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0L, NULL, 'dataset', 'policy', NULL, '{"count":"rows","override_reason":null,"preset":"opensafely","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1L, 'US Gross', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2L, 'Worldwide Gross', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3L, 'US DVD Sales', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4L, 'Production Budget', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5L, 'Release Date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6L, 'MPAA Rating', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7L, 'Running Time min', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8L, 'Distributor', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9L, 'Source', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10L, 'Major Genre', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11L, 'Creative Type', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12L, 'Rotten Tomatoes Rating', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13L, 'IMDB Rating', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14L, 'IMDB Votes', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
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

-- [12/13] Summary for the operator: items published and suppressed per field (no counts of people)
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

-- [13/13] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  `f`.`ordinal`,
  `f`.`field`,
  sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) >= 20L AS `enough_values`,
  CASE
    WHEN sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) > 0L THEN CASE WHEN abs(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) < 4.5e15 THEN CAST(floor(((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2)) AS DOUBLE) ELSE ((CAST(count(`r`.`value`) AS DOUBLE) / CAST(sum(CASE WHEN `r`.`value` IS NOT NULL THEN `r`.`n_rows` ELSE 0L END) AS DOUBLE)) * 1e+2) END / 1e+2
    ELSE 0e+0
  END AS `distinct_per_row`,
  CAST(NULL AS DOUBLE) AS `entities_per_value`,
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

DROP TABLE IF EXISTS `adg_scratch`.`adg_outer_edges`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_raw_bins`;

DROP TABLE IF EXISTS `adg_scratch`.`adg_candidates`;
