-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_apc", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/hes/apc.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/hes/metadata.duckdb; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/15] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'FYEAR', 'categorical', 8, 5, NULL),
  (2, 'PROCODE3', 'categorical', 8, 5, NULL),
  (3, 'PROCODET', 'categorical', 8, 5, NULL),
  (4, 'SITETRET', 'categorical', 8, 5, NULL),
  (5, 'ADMIDATE', 'date', 8, 5, NULL),
  (6, 'ADMIMETH', 'categorical', 8, 5, NULL),
  (7, 'ADMISORC', 'categorical', 8, 5, NULL),
  (8, 'ADMINCAT', 'categorical', 8, 5, NULL),
  (9, 'CLASSPAT', 'categorical', 8, 5, NULL),
  (10, 'ELECDATE', 'date', 8, 5, NULL),
  (11, 'ELECDUR', 'discrete', 8, 5, NULL),
  (12, 'EPISTART', 'date', 8, 5, NULL),
  (13, 'EPIEND', 'date', 8, 5, NULL),
  (14, 'EPIORDER', 'discrete', 8, 5, NULL),
  (15, 'EPISTAT', 'categorical', 8, 5, NULL),
  (16, 'EPITYPE', 'categorical', 8, 5, NULL),
  (17, 'EPIDUR', 'discrete', 8, 5, NULL),
  (18, 'DISDATE', 'date', 8, 5, NULL),
  (19, 'DISDEST', 'categorical', 8, 5, NULL),
  (20, 'DISMETH', 'categorical', 8, 5, NULL),
  (21, 'SPELDUR', 'discrete', 8, 5, NULL),
  (22, 'MYDOB', 'date', 8, 5, NULL),
  (23, 'SEX', 'categorical', 8, 5, NULL),
  (24, 'ETHNOS', 'categorical', 8, 5, NULL),
  (25, 'MAINSPEF', 'categorical', 8, 5, NULL),
  (26, 'TRETSPEF', 'categorical', 8, 5, NULL),
  (27, 'DIAG_4_01', 'categorical', 8, 5, NULL),
  (28, 'DIAG_4_02', 'categorical', 8, 5, NULL),
  (29, 'DIAG_4_03', 'categorical', 8, 5, NULL),
  (30, 'DIAG_4_04', 'categorical', 8, 5, NULL),
  (31, 'DIAG_4_05', 'categorical', 8, 5, NULL),
  (32, 'DIAG_4_06', 'categorical', 8, 5, NULL),
  (33, 'DIAG_4_07', 'categorical', 8, 5, NULL),
  (34, 'DIAG_4_08', 'categorical', 8, 5, NULL),
  (35, 'DIAG_4_09', 'categorical', 8, 5, NULL),
  (36, 'DIAG_4_10', 'categorical', 8, 5, NULL),
  (37, 'OPERTN_4_01', 'categorical', 8, 5, NULL),
  (38, 'OPERTN_4_02', 'categorical', 8, 5, NULL),
  (39, 'OPERTN_4_03', 'categorical', 8, 5, NULL),
  (40, 'OPERTN_4_04', 'categorical', 8, 5, NULL),
  (41, 'OPERTN_4_05', 'categorical', 8, 5, NULL),
  (42, 'OPERTN_4_06', 'categorical', 8, 5, NULL),
  (43, 'OPDATE_01', 'date', 8, 5, NULL),
  (44, 'RESLADST', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/15] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "TOKEN_PERSON_ID") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/hes/apc.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "FYEAR" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PROCODE3" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PROCODET" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "SITETRET" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "ADMIDATE") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ADMIMETH" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ADMISORC" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ADMINCAT" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "CLASSPAT" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "ELECDATE") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  11 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ELECDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  12 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "EPISTART") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  13 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "EPIEND") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  14 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("EPIORDER" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  15 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "EPISTAT" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  16 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "EPITYPE" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  17 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("EPIDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  18 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "DISDATE") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  19 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DISDEST" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  20 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DISMETH" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  21 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SPELDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  22 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('year', "MYDOB") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  23 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "SEX" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  24 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ETHNOS" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  25 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "MAINSPEF" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  26 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TRETSPEF" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  27 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  28 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  29 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  30 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  31 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  32 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  33 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_07" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  34 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_08" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  35 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_09" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  36 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_10" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  37 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  38 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  39 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  40 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  41 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  42 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  43 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "OPDATE_01") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  44 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "RESLADST" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/15] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/hes.yaml: source (parquet file specs/fixtures/hes/apc.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/15] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [6/15] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/apc.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [7/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [8/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [9/15] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
CREATE OR REPLACE TEMP TABLE "adg_disagreements" AS
SELECT
  22 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        strftime(CAST(date_trunc('year', "MYDOB") AS DATE), '%Y-%m-%d') AS "v"
      FROM read_parquet('specs/fixtures/hes/apc.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  23 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("SEX" AS VARCHAR) AS "v"
      FROM read_parquet('specs/fixtures/hes/apc.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  24 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("ETHNOS" AS VARCHAR) AS "v"
      FROM read_parquet('specs/fixtures/hes/apc.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e";

-- [10/15] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE (substr(CAST("TOKEN_PERSON_ID" AS VARCHAR), 1, 3) = 'ART') AND (length(CAST("TOKEN_PERSON_ID" AS VARCHAR)) = 13)) THEN error('specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [11/15] Identifier EPIKEY: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE (substr(CAST("EPIKEY" AS VARCHAR), 1, 5) = '99999') AND (length(CAST("EPIKEY" AS VARCHAR)) = 12)) THEN error('specs/hes.yaml: fields.EPIKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "stat",
  "item",
  "value",
  "lo",
  "hi",
  "n_rows",
  "n_entities",
  "raw_rows",
  ("tested" >= "threshold") AND (("n_rows" IS NULL) OR ("n_rows" >= "threshold")) AND (("n_entities" IS NULL) OR ("n_entities" >= "threshold")) AS "passes"
FROM (
  SELECT
    "c"."ordinal",
    "f"."field",
    "f"."kind",
    "c"."stat",
    CASE
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      0 AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
    UNION ALL
    SELECT
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
    UNION ALL
    SELECT
      "d"."ordinal" AS "ordinal",
      'disagree' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "d"."n_rows" AS "n_rows",
      "d"."n_entities" AS "n_entities"
    FROM "adg_disagreements" AS "d"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_apc_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
    END AS "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM "adg_candidates"
  WHERE "passes"
  UNION ALL
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM (VALUES
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'SITETRET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'ADMIDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'ADMIMETH', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'ADMISORC', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'ADMINCAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'CLASSPAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'ELECDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11, 'ELECDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12, 'EPISTART', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13, 'EPIEND', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14, 'EPIORDER', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15, 'EPISTAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16, 'EPITYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (17, 'EPIDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (18, 'DISDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (19, 'DISDEST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (20, 'DISMETH', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (21, 'SPELDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (22, 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (23, 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (24, 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (25, 'MAINSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (26, 'TRETSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (27, 'DIAG_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (28, 'DIAG_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (29, 'DIAG_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (30, 'DIAG_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (31, 'DIAG_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (32, 'DIAG_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (33, 'DIAG_4_07', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (34, 'DIAG_4_08', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (35, 'DIAG_4_09', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (36, 'DIAG_4_10', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (37, 'OPERTN_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (38, 'OPERTN_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (39, 'OPERTN_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (40, 'OPERTN_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (41, 'OPERTN_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (42, 'OPERTN_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (43, 'OPDATE_01', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (44, 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_op", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/hes/op.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/hes/metadata.duckdb; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/15] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'FYEAR', 'categorical', 8, 5, NULL),
  (2, 'PROCODE3', 'categorical', 8, 5, NULL),
  (3, 'PROCODET', 'categorical', 8, 5, NULL),
  (4, 'SITETRET', 'categorical', 8, 5, NULL),
  (5, 'APPTDATE', 'date', 8, 5, NULL),
  (6, 'REQDATE', 'date', 8, 5, NULL),
  (7, 'WAITING', 'discrete', 8, 5, NULL),
  (8, 'ATTENDED', 'categorical', 8, 5, NULL),
  (9, 'FIRSTATT', 'categorical', 8, 5, NULL),
  (10, 'OUTCOME', 'categorical', 8, 5, NULL),
  (11, 'PRIORITY', 'categorical', 8, 5, NULL),
  (12, 'REFSOURC', 'categorical', 8, 5, NULL),
  (13, 'SERVTYPE', 'categorical', 8, 5, NULL),
  (14, 'STAFFTYP', 'categorical', 8, 5, NULL),
  (15, 'TRETSPEF', 'categorical', 8, 5, NULL),
  (16, 'MAINSPEF', 'categorical', 8, 5, NULL),
  (17, 'DIAG_4_01', 'categorical', 8, 5, NULL),
  (18, 'DIAG_4_02', 'categorical', 8, 5, NULL),
  (19, 'DIAG_4_03', 'categorical', 8, 5, NULL),
  (20, 'DIAG_4_04', 'categorical', 8, 5, NULL),
  (21, 'DIAG_4_05', 'categorical', 8, 5, NULL),
  (22, 'DIAG_4_06', 'categorical', 8, 5, NULL),
  (23, 'OPERTN_4_01', 'categorical', 8, 5, NULL),
  (24, 'OPERTN_4_02', 'categorical', 8, 5, NULL),
  (25, 'OPERTN_4_03', 'categorical', 8, 5, NULL),
  (26, 'OPERTN_4_04', 'categorical', 8, 5, NULL),
  (27, 'OPERTN_4_05', 'categorical', 8, 5, NULL),
  (28, 'OPERTN_4_06', 'categorical', 8, 5, NULL),
  (29, 'MYDOB', 'date', 8, 5, NULL),
  (30, 'SEX', 'categorical', 8, 5, NULL),
  (31, 'ETHNOS', 'categorical', 8, 5, NULL),
  (32, 'RESLADST', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/15] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "TOKEN_PERSON_ID") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/hes/op.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "FYEAR" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PROCODE3" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PROCODET" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "SITETRET" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "APPTDATE") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "REQDATE") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("WAITING" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ATTENDED" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "FIRSTATT" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OUTCOME" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  11 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PRIORITY" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  12 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "REFSOURC" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  13 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "SERVTYPE" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  14 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "STAFFTYP" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  15 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TRETSPEF" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  16 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "MAINSPEF" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  17 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  18 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  19 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  20 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  21 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  22 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_4_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  23 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  24 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  25 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  26 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  27 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  28 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "OPERTN_4_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  29 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('year', "MYDOB") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  30 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "SEX" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  31 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ETHNOS" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  32 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "RESLADST" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/15] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/hes.yaml: source (parquet file specs/fixtures/hes/op.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/15] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [6/15] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/op.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [7/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [8/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [9/15] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
CREATE OR REPLACE TEMP TABLE "adg_disagreements" AS
SELECT
  29 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        strftime(CAST(date_trunc('year', "MYDOB") AS DATE), '%Y-%m-%d') AS "v"
      FROM read_parquet('specs/fixtures/hes/op.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  30 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("SEX" AS VARCHAR) AS "v"
      FROM read_parquet('specs/fixtures/hes/op.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  31 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("ETHNOS" AS VARCHAR) AS "v"
      FROM read_parquet('specs/fixtures/hes/op.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e";

-- [10/15] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE (substr(CAST("TOKEN_PERSON_ID" AS VARCHAR), 1, 3) = 'ART') AND (length(CAST("TOKEN_PERSON_ID" AS VARCHAR)) = 13)) THEN error('specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [11/15] Identifier ATTENDKEY: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE (substr(CAST("ATTENDKEY" AS VARCHAR), 1, 5) = '99999') AND (length(CAST("ATTENDKEY" AS VARCHAR)) = 12)) THEN error('specs/hes.yaml: fields.ATTENDKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "stat",
  "item",
  "value",
  "lo",
  "hi",
  "n_rows",
  "n_entities",
  "raw_rows",
  ("tested" >= "threshold") AND (("n_rows" IS NULL) OR ("n_rows" >= "threshold")) AND (("n_entities" IS NULL) OR ("n_entities" >= "threshold")) AS "passes"
FROM (
  SELECT
    "c"."ordinal",
    "f"."field",
    "f"."kind",
    "c"."stat",
    CASE
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      0 AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
    UNION ALL
    SELECT
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
    UNION ALL
    SELECT
      "d"."ordinal" AS "ordinal",
      'disagree' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "d"."n_rows" AS "n_rows",
      "d"."n_entities" AS "n_entities"
    FROM "adg_disagreements" AS "d"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_op_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
    END AS "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM "adg_candidates"
  WHERE "passes"
  UNION ALL
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM (VALUES
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'SITETRET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'APPTDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'REQDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'WAITING', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'ATTENDED', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'FIRSTATT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'OUTCOME', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11, 'PRIORITY', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12, 'REFSOURC', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13, 'SERVTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14, 'STAFFTYP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15, 'TRETSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16, 'MAINSPEF', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (17, 'DIAG_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (18, 'DIAG_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (19, 'DIAG_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (20, 'DIAG_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (21, 'DIAG_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (22, 'DIAG_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (23, 'OPERTN_4_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (24, 'OPERTN_4_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (25, 'OPERTN_4_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (26, 'OPERTN_4_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (27, 'OPERTN_4_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (28, 'OPERTN_4_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (29, 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (30, 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (31, 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (32, 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 1 (scrape) of dataset "hes_ae", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Reads the source (parquet file specs/fixtures/hes/ae.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in .adg/hes/metadata.duckdb; `adg scrape specs/hes.yaml` runs it with progress and checks.

-- [1/15] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/15] Field catalog: kind and suppression policy of each field
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 8, 5, CAST(NULL AS BIGINT)),
  (1, 'FYEAR', 'categorical', 8, 5, NULL),
  (2, 'PROCODE3', 'categorical', 8, 5, NULL),
  (3, 'PROCODET', 'categorical', 8, 5, NULL),
  (4, 'ARRIVALDATE', 'date', 8, 5, NULL),
  (5, 'AEARRIVALMODE', 'categorical', 8, 5, NULL),
  (6, 'AEATTENDCAT', 'categorical', 8, 5, NULL),
  (7, 'AEATTENDDISP', 'categorical', 8, 5, NULL),
  (8, 'AEDEPTTYPE', 'categorical', 8, 5, NULL),
  (9, 'AEINCLOCTYPE', 'categorical', 8, 5, NULL),
  (10, 'AEPATGROUP', 'categorical', 8, 5, NULL),
  (11, 'AEREFSOURCE', 'categorical', 8, 5, NULL),
  (12, 'DIAG_01', 'categorical', 8, 5, NULL),
  (13, 'DIAG_02', 'categorical', 8, 5, NULL),
  (14, 'DIAG_03', 'categorical', 8, 5, NULL),
  (15, 'DIAG_04', 'categorical', 8, 5, NULL),
  (16, 'DIAG_05', 'categorical', 8, 5, NULL),
  (17, 'DIAG_06', 'categorical', 8, 5, NULL),
  (18, 'INVEST_01', 'categorical', 8, 5, NULL),
  (19, 'INVEST_02', 'categorical', 8, 5, NULL),
  (20, 'INVEST_03', 'categorical', 8, 5, NULL),
  (21, 'INVEST_04', 'categorical', 8, 5, NULL),
  (22, 'INVEST_05', 'categorical', 8, 5, NULL),
  (23, 'INVEST_06', 'categorical', 8, 5, NULL),
  (24, 'TREAT_01', 'categorical', 8, 5, NULL),
  (25, 'TREAT_02', 'categorical', 8, 5, NULL),
  (26, 'TREAT_03', 'categorical', 8, 5, NULL),
  (27, 'TREAT_04', 'categorical', 8, 5, NULL),
  (28, 'TREAT_05', 'categorical', 8, 5, NULL),
  (29, 'TREAT_06', 'categorical', 8, 5, NULL),
  (30, 'INITDUR', 'discrete', 8, 5, NULL),
  (31, 'TRETDUR', 'discrete', 8, 5, NULL),
  (32, 'CONCLDUR', 'discrete', 8, 5, NULL),
  (33, 'DEPDUR', 'discrete', 8, 5, NULL),
  (34, 'MYDOB', 'date', 8, 5, NULL),
  (35, 'SEX', 'categorical', 8, 5, NULL),
  (36, 'ETHNOS', 'categorical', 8, 5, NULL),
  (37, 'RESLADST', 'categorical', 8, 5, NULL)
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [3/15] Raw frequencies (session scratch, dropped after the stage, never published)
-- One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are
-- counted by exact value here and binned below.
CREATE OR REPLACE TEMP TABLE "adg_raw" AS
SELECT
  0 AS "ordinal",
  CAST(NULL AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  count(*) AS "n_rows",
  count(DISTINCT "TOKEN_PERSON_ID") AS "n_entities",
  0 AS "item"
FROM read_parquet('specs/fixtures/hes/ae.parquet')
UNION ALL
SELECT
  1 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "FYEAR" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  2 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PROCODE3" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  3 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "PROCODET" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  4 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('week', "ARRIVALDATE") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  5 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEARRIVALMODE" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  6 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEATTENDCAT" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  7 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEATTENDDISP" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  8 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEDEPTTYPE" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  9 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEINCLOCTYPE" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  10 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEPATGROUP" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  11 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "AEREFSOURCE" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  12 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  13 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  14 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  15 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  16 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  17 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "DIAG_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  18 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "INVEST_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  19 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "INVEST_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  20 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "INVEST_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  21 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "INVEST_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  22 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "INVEST_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  23 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "INVEST_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  24 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TREAT_01" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  25 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TREAT_02" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  26 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TREAT_03" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  27 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TREAT_04" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  28 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TREAT_05" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  29 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "TREAT_06" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  30 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INITDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  31 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TRETDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  32 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("CONCLDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  33 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DEPDUR" AS BIGINT) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  34 AS "ordinal",
  strftime("k", '%Y-%m-%d') AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(date_trunc('year', "MYDOB") AS DATE) AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  35 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "SEX" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  36 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "ETHNOS" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k"
UNION ALL
SELECT
  37 AS "ordinal",
  CAST("k" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "num",
  CAST(sum("n") AS BIGINT) AS "n_rows",
  count("e") AS "n_entities",
  row_number() OVER (ORDER BY "k" NULLS FIRST) AS "item"
FROM (
  SELECT
    "k",
    "e",
    count(*) AS "n"
  FROM (
    SELECT
      "RESLADST" AS "k",
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  GROUP BY "k", "e"
) AS "p"
GROUP BY "k";

-- [4/15] Refuse an empty source
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_raw" WHERE ("ordinal" = 0) AND ("n_rows" = 0)) THEN error('specs/hes.yaml: source (parquet file specs/fixtures/hes/ae.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.') END AS "adg_check";

-- [5/15] The entity pool: distinct entities across the 4 tables that name one
-- Only its size leaves the stage, suppressed like every count.
CREATE OR REPLACE TEMP TABLE "adg_pool" AS
SELECT
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/apc.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/op.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL UNION ALL SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "n_entities",
  (SELECT count(*) FROM ( SELECT "e" FROM ( SELECT CAST("TOKEN_PERSON_ID" AS VARCHAR) AS "e" FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE "TOKEN_PERSON_ID" IS NOT NULL ) AS "k" GROUP BY "e" ) AS "c") AS "present";

-- [6/15] Raw entity cardinalities: how many entities have each number of rows
CREATE OR REPLACE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "TOKEN_PERSON_ID" AS "e"
    FROM read_parquet('specs/fixtures/hes/ae.parquet')
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per"
UNION ALL
SELECT
  0 AS "value",
  "n_entities" - "present" AS "n_entities"
FROM "adg_pool"
WHERE "n_entities" > "present";

-- [7/15] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
CREATE OR REPLACE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < 1 THEN -1
    WHEN "k"."value" < 2 THEN 0
    WHEN "k"."value" < 4 THEN 1
    WHEN "k"."value" < 8 THEN 2
    WHEN "k"."value" < 16 THEN 3
    WHEN "k"."value" < 32 THEN 4
    WHEN "k"."value" < 64 THEN 5
    WHEN "k"."value" < 128 THEN 6
    WHEN "k"."value" < 256 THEN 7
    WHEN "k"."value" < 512 THEN 8
    WHEN "k"."value" < 1024 THEN 9
    WHEN "k"."value" < 2048 THEN 10
    WHEN "k"."value" < 4096 THEN 11
    WHEN "k"."value" < 8192 THEN 12
    WHEN "k"."value" < 16384 THEN 13
    WHEN "k"."value" < 32768 THEN 14
    WHEN "k"."value" < 65536 THEN 15
    WHEN "k"."value" < 131072 THEN 16
    WHEN "k"."value" < 262144 THEN 17
    WHEN "k"."value" < 524288 THEN 18
    WHEN "k"."value" < 1048576 THEN 19
    WHEN "k"."value" < 2097152 THEN 20
    WHEN "k"."value" < 4194304 THEN 21
    WHEN "k"."value" < 8388608 THEN 22
    WHEN "k"."value" < 16777216 THEN 23
    WHEN "k"."value" < 33554432 THEN 24
    WHEN "k"."value" < 67108864 THEN 25
    WHEN "k"."value" < 134217728 THEN 26
    WHEN "k"."value" < 268435456 THEN 27
    WHEN "k"."value" < 536870912 THEN 28
    WHEN "k"."value" < 1073741824 THEN 29
    WHEN "k"."value" < 2147483648 THEN 30
    WHEN "k"."value" < 4294967296 THEN 31
    ELSE 32
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8)))
GROUP BY CASE
  WHEN "k"."value" < 1 THEN -1
  WHEN "k"."value" < 2 THEN 0
  WHEN "k"."value" < 4 THEN 1
  WHEN "k"."value" < 8 THEN 2
  WHEN "k"."value" < 16 THEN 3
  WHEN "k"."value" < 32 THEN 4
  WHEN "k"."value" < 64 THEN 5
  WHEN "k"."value" < 128 THEN 6
  WHEN "k"."value" < 256 THEN 7
  WHEN "k"."value" < 512 THEN 8
  WHEN "k"."value" < 1024 THEN 9
  WHEN "k"."value" < 2048 THEN 10
  WHEN "k"."value" < 4096 THEN 11
  WHEN "k"."value" < 8192 THEN 12
  WHEN "k"."value" < 16384 THEN 13
  WHEN "k"."value" < 32768 THEN 14
  WHEN "k"."value" < 65536 THEN 15
  WHEN "k"."value" < 131072 THEN 16
  WHEN "k"."value" < 262144 THEN 17
  WHEN "k"."value" < 524288 THEN 18
  WHEN "k"."value" < 1048576 THEN 19
  WHEN "k"."value" < 2097152 THEN 20
  WHEN "k"."value" < 4194304 THEN 21
  WHEN "k"."value" < 8388608 THEN 22
  WHEN "k"."value" < 16777216 THEN 23
  WHEN "k"."value" < 33554432 THEN 24
  WHEN "k"."value" < 67108864 THEN 25
  WHEN "k"."value" < 134217728 THEN 26
  WHEN "k"."value" < 268435456 THEN 27
  WHEN "k"."value" < 536870912 THEN 28
  WHEN "k"."value" < 1073741824 THEN 29
  WHEN "k"."value" < 2147483648 THEN 30
  WHEN "k"."value" < 4294967296 THEN 31
  ELSE 32
END;

-- [8/15] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
CREATE OR REPLACE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS VARCHAR) AS "value",
  CAST(NULL AS DOUBLE) AS "lo",
  CAST(NULL AS DOUBLE) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= 8) AND ((((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "k"."n_entities") + 5) // (2 * 5)) * 5) >= 8))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("r"."b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("r"."b" + 1 AS DOUBLE))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("r"."n" >= 8) AND ((((((2 * "r"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "r"."n") + 5) // (2 * 5)) * 5) >= 8)) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST(least("r"."b", "t"."lo_b") AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST(greatest("r"."b", "t"."hi_b") + 1 AS DOUBLE))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))))
UNION ALL
SELECT
  CAST(NULL AS VARCHAR) AS "value",
  floor(pow(2e+0, CAST("t"."lo_b" AS DOUBLE))) AS "lo",
  floor(pow(2e+0, CAST("t"."hi_b" + 1 AS DOUBLE))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8)))
) AS "t"
WHERE ("t"."bands" > 0) AND (NOT (("t"."bands" > 0) AND (NOT (("t"."n" >= 8) AND ((((((2 * "t"."n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "t"."n") + 5) // (2 * 5)) * 5) >= 8)))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= 8) AND ((((((2 * "n") + 5) // (2 * 5)) * 5) IS NULL) OR (((((2 * "n") + 5) // (2 * 5)) * 5) >= 8))) IS NOT NULL)));

-- [9/15] Stable fields (3): rows that differ from their entity's most common value, and entities with any
-- A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each
-- entity's value on every row.
CREATE OR REPLACE TEMP TABLE "adg_disagreements" AS
SELECT
  34 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        strftime(CAST(date_trunc('year', "MYDOB") AS DATE), '%Y-%m-%d') AS "v"
      FROM read_parquet('specs/fixtures/hes/ae.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  35 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("SEX" AS VARCHAR) AS "v"
      FROM read_parquet('specs/fixtures/hes/ae.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e"
UNION ALL
SELECT
  36 AS "ordinal",
  coalesce(sum("off"), 0) AS "n_rows",
  sum(CASE WHEN "off" > 0 THEN 1 ELSE 0 END) AS "n_entities"
FROM (
  SELECT
    sum("n") - max("n") AS "off"
  FROM (
    SELECT
      "e",
      count(*) AS "n"
    FROM (
      SELECT
        "TOKEN_PERSON_ID" AS "e",
        CAST("ETHNOS" AS VARCHAR) AS "v"
      FROM read_parquet('specs/fixtures/hes/ae.parquet')
    ) AS "s"
    WHERE "e" IS NOT NULL
    GROUP BY "e", "v"
  ) AS "p"
  GROUP BY "e"
) AS "e";

-- [10/15] Identifier TOKEN_PERSON_ID: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE (substr(CAST("TOKEN_PERSON_ID" AS VARCHAR), 1, 3) = 'ART') AND (length(CAST("TOKEN_PERSON_ID" AS VARCHAR)) = 13)) THEN error('specs/hes.yaml: fields.TOKEN_PERSON_ID: some source values start with "ART" and have 13 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [11/15] Identifier AEKEY: no source value starts with the reserved prefix at the pattern's length
SELECT CASE WHEN EXISTS (SELECT 1 FROM read_parquet('specs/fixtures/hes/ae.parquet') WHERE (substr(CAST("AEKEY" AS VARCHAR), 1, 5) = '99999') AND (length(CAST("AEKEY" AS VARCHAR)) = 12)) THEN error('specs/hes.yaml: fields.AEKEY: some source values start with "99999" and have 12 characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).') END AS "adg_check";

-- [12/15] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
CREATE OR REPLACE TEMP TABLE "adg_candidates" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "stat",
  "item",
  "value",
  "lo",
  "hi",
  "n_rows",
  "n_entities",
  "raw_rows",
  ("tested" >= "threshold") AND (("n_rows" IS NULL) OR ("n_rows" >= "threshold")) AND (("n_entities" IS NULL) OR ("n_entities" >= "threshold")) AS "passes"
FROM (
  SELECT
    "c"."ordinal",
    "f"."field",
    "f"."kind",
    "c"."stat",
    CASE
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE WHEN "c"."stat" = 'null' THEN 0 WHEN "c"."stat" = 'value' THEN 1 ELSE 2 END NULLS LAST, "c"."item" NULLS LAST) - 1
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    (((2 * "c"."n_rows") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_rows",
    (((2 * "c"."n_entities") + "f"."round_to") // (2 * "f"."round_to")) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      0 AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = 0
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN isfinite("r"."num") THEN CAST(NULL AS VARCHAR)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE) THEN 'NaN'
        WHEN "r"."num" > 0 THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "lo",
      CASE WHEN isfinite("r"."num") THEN "r"."num" ELSE CAST(NULL AS DOUBLE) END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > 0) AND (("r"."num" IS NULL) OR (NOT (isfinite("r"."num"))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      0 AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
    UNION ALL
    SELECT
      0 AS "ordinal",
      'pool' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "pl"."n_entities" AS "n_entities"
    FROM "adg_pool" AS "pl"
    UNION ALL
    SELECT
      "d"."ordinal" AS "ordinal",
      'disagree' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "lo",
      CAST(NULL AS DOUBLE) AS "hi",
      "d"."n_rows" AS "n_rows",
      "d"."n_entities" AS "n_entities"
    FROM "adg_disagreements" AS "d"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [13/15] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_ae_metadata" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS VARCHAR) AS "field",
  CAST("kind" AS VARCHAR) AS "kind",
  CAST("stat" AS VARCHAR) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS VARCHAR) AS "value",
  CAST("lo" AS DOUBLE) AS "lo",
  CAST("hi" AS DOUBLE) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - 1
    END AS "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM "adg_candidates"
  WHERE "passes"
  UNION ALL
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "n_rows",
    "n_entities"
  FROM (VALUES
    (0, CAST(NULL AS VARCHAR), 'dataset', 'depends_on', CAST(NULL AS BIGINT), 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde', CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (0, NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (1, 'FYEAR', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (2, 'PROCODE3', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (3, 'PROCODET', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (4, 'ARRIVALDATE', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (5, 'AEARRIVALMODE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (6, 'AEATTENDCAT', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (7, 'AEATTENDDISP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (8, 'AEDEPTTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (9, 'AEINCLOCTYPE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (10, 'AEPATGROUP', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (11, 'AEREFSOURCE', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (12, 'DIAG_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (13, 'DIAG_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (14, 'DIAG_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (15, 'DIAG_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (16, 'DIAG_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (17, 'DIAG_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (18, 'INVEST_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (19, 'INVEST_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (20, 'INVEST_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (21, 'INVEST_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (22, 'INVEST_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (23, 'INVEST_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (24, 'TREAT_01', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (25, 'TREAT_02', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (26, 'TREAT_03', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (27, 'TREAT_04', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (28, 'TREAT_05', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (29, 'TREAT_06', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (30, 'INITDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (31, 'TRETDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (32, 'CONCLDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (33, 'DEPDUR', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (34, 'MYDOB', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (35, 'SEX', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (36, 'ETHNOS', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (37, 'RESLADST', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS VARCHAR) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE) AS "lo",
    CAST(NULL AS DOUBLE) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
      CASE
        WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
        WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > 0
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, "item" NULLS LAST;

COMMIT;

-- [14/15] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN 1 ELSE 0 END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN 1 ELSE 0 END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN 1 ELSE 0 END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN 1 ELSE 0 END) AS "items",
    CASE
      WHEN sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) = 0 THEN 'none'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-2 THEN 'under 1%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-2 THEN '1-5%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 1e-1 THEN '5-10%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 2.5e-1 THEN '10-25%'
      WHEN (CAST(sum(CASE WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows" ELSE 0 END) AS DOUBLE) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE 0 END), 1) AS DOUBLE)) < 5e-1 THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > 0
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > 0
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [15/15] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) >= 20 AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(count("r"."value") AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= 20 THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE 0 END) AS DOUBLE) / CAST(count("r"."value") AS DOUBLE)) * 1e+2)) / 1e+2
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches(regexp_replace("r"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) > 0 THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND regexp_matches("r"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE 0
  END) AS DOUBLE) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE 0 END) AS DOUBLE)) * 1e+2)) / 1e+2
    ELSE 0e+0
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > 0) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;
