-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_apc", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/hes/output.duckdb; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/hes/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/11] Close the session to every other file
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/11] Fields to check
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'FYEAR', 'categorical'),
  (2, 'PROCODE3', 'categorical'),
  (3, 'PROCODET', 'categorical'),
  (4, 'SITETRET', 'categorical'),
  (5, 'ADMIDATE', 'date'),
  (6, 'ADMIMETH', 'categorical'),
  (7, 'ADMISORC', 'categorical'),
  (8, 'ADMINCAT', 'categorical'),
  (9, 'CLASSPAT', 'categorical'),
  (10, 'ELECDATE', 'date'),
  (11, 'ELECDUR', 'discrete'),
  (12, 'EPISTART', 'date'),
  (13, 'EPIEND', 'date'),
  (14, 'EPIORDER', 'discrete'),
  (15, 'EPISTAT', 'categorical'),
  (16, 'EPITYPE', 'categorical'),
  (17, 'EPIDUR', 'discrete'),
  (18, 'DISDATE', 'date'),
  (19, 'DISDEST', 'categorical'),
  (20, 'DISMETH', 'categorical'),
  (21, 'SPELDUR', 'discrete'),
  (22, 'MYDOB', 'date'),
  (23, 'SEX', 'categorical'),
  (24, 'ETHNOS', 'categorical'),
  (25, 'MAINSPEF', 'categorical'),
  (26, 'TRETSPEF', 'categorical'),
  (27, 'DIAG_4_01', 'categorical'),
  (28, 'DIAG_4_02', 'categorical'),
  (29, 'DIAG_4_03', 'categorical'),
  (30, 'DIAG_4_04', 'categorical'),
  (31, 'DIAG_4_05', 'categorical'),
  (32, 'DIAG_4_06', 'categorical'),
  (33, 'DIAG_4_07', 'categorical'),
  (34, 'DIAG_4_08', 'categorical'),
  (35, 'DIAG_4_09', 'categorical'),
  (36, 'DIAG_4_10', 'categorical'),
  (37, 'OPERTN_4_01', 'categorical'),
  (38, 'OPERTN_4_02', 'categorical'),
  (39, 'OPERTN_4_03', 'categorical'),
  (40, 'OPERTN_4_04', 'categorical'),
  (41, 'OPERTN_4_05', 'categorical'),
  (42, 'OPERTN_4_06', 'categorical'),
  (43, 'OPDATE_01', 'date'),
  (44, 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/11] Released items of every field, each with the cell it is compared in
CREATE OR REPLACE TEMP TABLE "adg_qa_items" AS
SELECT
  "i"."ordinal",
  "i"."item",
  "i"."stat",
  "i"."value",
  "i"."lo",
  "i"."hi",
  "i"."n_rows",
  "i"."point",
  "i"."seq",
  coalesce("x"."bin_item", "i"."item") AS "cell"
FROM (
  SELECT
    "g"."ordinal",
    "m"."item",
    "m"."stat",
    "m"."value",
    "m"."lo",
    "m"."hi",
    "m"."n_rows",
    CASE
      WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
      ELSE CAST(NULL AS DOUBLE)
    END AS "point",
    CASE
      WHEN "g"."ordinal" = 10 THEN 10
      WHEN "g"."ordinal" = 5 THEN 10
      WHEN "g"."ordinal" = 12 THEN 10
      WHEN "g"."ordinal" = 13 THEN 10
      WHEN "g"."ordinal" = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."hes_apc_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" IN ('null', 'value', 'bin')
) AS "i"
LEFT JOIN (
  SELECT
    "p"."ordinal",
    "p"."item",
    min("b"."item") AS "bin_item"
  FROM (
    SELECT
      "g"."ordinal",
      "m"."item",
      "m"."stat",
      "m"."value",
      "m"."lo",
      "m"."hi",
      "m"."n_rows",
      CASE
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = 10 THEN 10
        WHEN "g"."ordinal" = 5 THEN 10
        WHEN "g"."ordinal" = 12 THEN 10
        WHEN "g"."ordinal" = 13 THEN 10
        WHEN "g"."ordinal" = 18 THEN 10
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_apc_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "p"
  JOIN (
    SELECT
      "g"."ordinal",
      "m"."item",
      "m"."stat",
      "m"."value",
      "m"."lo",
      "m"."hi",
      "m"."n_rows",
      CASE
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = 10 THEN 10
        WHEN "g"."ordinal" = 5 THEN 10
        WHEN "g"."ordinal" = 12 THEN 10
        WHEN "g"."ordinal" = 13 THEN 10
        WHEN "g"."ordinal" = 18 THEN 10
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_apc_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "b"
    ON ("b"."ordinal" = "p"."ordinal") AND ("b"."stat" = 'bin') AND ("p"."point" >= "b"."lo") AND ("p"."point" < "b"."hi")
  GROUP BY "p"."ordinal", "p"."item"
) AS "x"
  ON ("x"."ordinal" = "i"."ordinal") AND ("x"."item" = "i"."item");

-- [6/11] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
CREATE OR REPLACE TEMP TABLE "adg_qa_counts" AS
SELECT
  "k"."ordinal",
  "k"."value",
  "k"."num",
  "k"."n",
  coalesce(coalesce("v"."cell", "z"."cell"), coalesce("p"."cell", "b"."cell")) AS "cell",
  ("s"."seq" IS NOT NULL) OR ("hm"."ordinal" IS NOT NULL) AS "in_sequence"
FROM (
  SELECT
    1 AS "ordinal",
    CASE
      WHEN 1 = 10 THEN 10
      WHEN 1 = 5 THEN 10
      WHEN 1 = 12 THEN 10
      WHEN 1 = 13 THEN 10
      WHEN 1 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FYEAR" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    2 AS "ordinal",
    CASE
      WHEN 2 = 10 THEN 10
      WHEN 2 = 5 THEN 10
      WHEN 2 = 12 THEN 10
      WHEN 2 = 13 THEN 10
      WHEN 2 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODE3" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    3 AS "ordinal",
    CASE
      WHEN 3 = 10 THEN 10
      WHEN 3 = 5 THEN 10
      WHEN 3 = 12 THEN 10
      WHEN 3 = 13 THEN 10
      WHEN 3 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODET" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    4 AS "ordinal",
    CASE
      WHEN 4 = 10 THEN 10
      WHEN 4 = 5 THEN 10
      WHEN 4 = 12 THEN 10
      WHEN 4 = 13 THEN 10
      WHEN 4 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SITETRET" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    5 AS "ordinal",
    CASE
      WHEN 5 = 10 THEN 10
      WHEN 5 = 5 THEN 10
      WHEN 5 = 12 THEN 10
      WHEN 5 = 13 THEN 10
      WHEN 5 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "ADMIDATE") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    6 AS "ordinal",
    CASE
      WHEN 6 = 10 THEN 10
      WHEN 6 = 5 THEN 10
      WHEN 6 = 12 THEN 10
      WHEN 6 = 13 THEN 10
      WHEN 6 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ADMIMETH" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    7 AS "ordinal",
    CASE
      WHEN 7 = 10 THEN 10
      WHEN 7 = 5 THEN 10
      WHEN 7 = 12 THEN 10
      WHEN 7 = 13 THEN 10
      WHEN 7 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ADMISORC" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    8 AS "ordinal",
    CASE
      WHEN 8 = 10 THEN 10
      WHEN 8 = 5 THEN 10
      WHEN 8 = 12 THEN 10
      WHEN 8 = 13 THEN 10
      WHEN 8 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ADMINCAT" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    9 AS "ordinal",
    CASE
      WHEN 9 = 10 THEN 10
      WHEN 9 = 5 THEN 10
      WHEN 9 = 12 THEN 10
      WHEN 9 = 13 THEN 10
      WHEN 9 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("CLASSPAT" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    10 AS "ordinal",
    CASE
      WHEN 10 = 10 THEN 10
      WHEN 10 = 5 THEN 10
      WHEN 10 = 12 THEN 10
      WHEN 10 = 13 THEN 10
      WHEN 10 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "ELECDATE") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    11 AS "ordinal",
    CASE
      WHEN 11 = 10 THEN 10
      WHEN 11 = 5 THEN 10
      WHEN 11 = 12 THEN 10
      WHEN 11 = 13 THEN 10
      WHEN 11 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("ELECDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    12 AS "ordinal",
    CASE
      WHEN 12 = 10 THEN 10
      WHEN 12 = 5 THEN 10
      WHEN 12 = 12 THEN 10
      WHEN 12 = 13 THEN 10
      WHEN 12 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "EPISTART") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    13 AS "ordinal",
    CASE
      WHEN 13 = 10 THEN 10
      WHEN 13 = 5 THEN 10
      WHEN 13 = 12 THEN 10
      WHEN 13 = 13 THEN 10
      WHEN 13 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "EPIEND") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    14 AS "ordinal",
    CASE
      WHEN 14 = 10 THEN 10
      WHEN 14 = 5 THEN 10
      WHEN 14 = 12 THEN 10
      WHEN 14 = 13 THEN 10
      WHEN 14 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("EPIORDER" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    15 AS "ordinal",
    CASE
      WHEN 15 = 10 THEN 10
      WHEN 15 = 5 THEN 10
      WHEN 15 = 12 THEN 10
      WHEN 15 = 13 THEN 10
      WHEN 15 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("EPISTAT" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    16 AS "ordinal",
    CASE
      WHEN 16 = 10 THEN 10
      WHEN 16 = 5 THEN 10
      WHEN 16 = 12 THEN 10
      WHEN 16 = 13 THEN 10
      WHEN 16 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("EPITYPE" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    17 AS "ordinal",
    CASE
      WHEN 17 = 10 THEN 10
      WHEN 17 = 5 THEN 10
      WHEN 17 = 12 THEN 10
      WHEN 17 = 13 THEN 10
      WHEN 17 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("EPIDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    18 AS "ordinal",
    CASE
      WHEN 18 = 10 THEN 10
      WHEN 18 = 5 THEN 10
      WHEN 18 = 12 THEN 10
      WHEN 18 = 13 THEN 10
      WHEN 18 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "DISDATE") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    19 AS "ordinal",
    CASE
      WHEN 19 = 10 THEN 10
      WHEN 19 = 5 THEN 10
      WHEN 19 = 12 THEN 10
      WHEN 19 = 13 THEN 10
      WHEN 19 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DISDEST" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    20 AS "ordinal",
    CASE
      WHEN 20 = 10 THEN 10
      WHEN 20 = 5 THEN 10
      WHEN 20 = 12 THEN 10
      WHEN 20 = 13 THEN 10
      WHEN 20 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DISMETH" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    21 AS "ordinal",
    CASE
      WHEN 21 = 10 THEN 10
      WHEN 21 = 5 THEN 10
      WHEN 21 = 12 THEN 10
      WHEN 21 = 13 THEN 10
      WHEN 21 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("SPELDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    22 AS "ordinal",
    CASE
      WHEN 22 = 10 THEN 10
      WHEN 22 = 5 THEN 10
      WHEN 22 = 12 THEN 10
      WHEN 22 = 13 THEN 10
      WHEN 22 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('year', "MYDOB") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    23 AS "ordinal",
    CASE
      WHEN 23 = 10 THEN 10
      WHEN 23 = 5 THEN 10
      WHEN 23 = 12 THEN 10
      WHEN 23 = 13 THEN 10
      WHEN 23 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SEX" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    24 AS "ordinal",
    CASE
      WHEN 24 = 10 THEN 10
      WHEN 24 = 5 THEN 10
      WHEN 24 = 12 THEN 10
      WHEN 24 = 13 THEN 10
      WHEN 24 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ETHNOS" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    25 AS "ordinal",
    CASE
      WHEN 25 = 10 THEN 10
      WHEN 25 = 5 THEN 10
      WHEN 25 = 12 THEN 10
      WHEN 25 = 13 THEN 10
      WHEN 25 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("MAINSPEF" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    26 AS "ordinal",
    CASE
      WHEN 26 = 10 THEN 10
      WHEN 26 = 5 THEN 10
      WHEN 26 = 12 THEN 10
      WHEN 26 = 13 THEN 10
      WHEN 26 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TRETSPEF" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    27 AS "ordinal",
    CASE
      WHEN 27 = 10 THEN 10
      WHEN 27 = 5 THEN 10
      WHEN 27 = 12 THEN 10
      WHEN 27 = 13 THEN 10
      WHEN 27 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    28 AS "ordinal",
    CASE
      WHEN 28 = 10 THEN 10
      WHEN 28 = 5 THEN 10
      WHEN 28 = 12 THEN 10
      WHEN 28 = 13 THEN 10
      WHEN 28 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    29 AS "ordinal",
    CASE
      WHEN 29 = 10 THEN 10
      WHEN 29 = 5 THEN 10
      WHEN 29 = 12 THEN 10
      WHEN 29 = 13 THEN 10
      WHEN 29 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    30 AS "ordinal",
    CASE
      WHEN 30 = 10 THEN 10
      WHEN 30 = 5 THEN 10
      WHEN 30 = 12 THEN 10
      WHEN 30 = 13 THEN 10
      WHEN 30 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    31 AS "ordinal",
    CASE
      WHEN 31 = 10 THEN 10
      WHEN 31 = 5 THEN 10
      WHEN 31 = 12 THEN 10
      WHEN 31 = 13 THEN 10
      WHEN 31 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    32 AS "ordinal",
    CASE
      WHEN 32 = 10 THEN 10
      WHEN 32 = 5 THEN 10
      WHEN 32 = 12 THEN 10
      WHEN 32 = 13 THEN 10
      WHEN 32 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    33 AS "ordinal",
    CASE
      WHEN 33 = 10 THEN 10
      WHEN 33 = 5 THEN 10
      WHEN 33 = 12 THEN 10
      WHEN 33 = 13 THEN 10
      WHEN 33 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_07" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    34 AS "ordinal",
    CASE
      WHEN 34 = 10 THEN 10
      WHEN 34 = 5 THEN 10
      WHEN 34 = 12 THEN 10
      WHEN 34 = 13 THEN 10
      WHEN 34 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_08" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    35 AS "ordinal",
    CASE
      WHEN 35 = 10 THEN 10
      WHEN 35 = 5 THEN 10
      WHEN 35 = 12 THEN 10
      WHEN 35 = 13 THEN 10
      WHEN 35 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_09" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    36 AS "ordinal",
    CASE
      WHEN 36 = 10 THEN 10
      WHEN 36 = 5 THEN 10
      WHEN 36 = 12 THEN 10
      WHEN 36 = 13 THEN 10
      WHEN 36 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_10" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    37 AS "ordinal",
    CASE
      WHEN 37 = 10 THEN 10
      WHEN 37 = 5 THEN 10
      WHEN 37 = 12 THEN 10
      WHEN 37 = 13 THEN 10
      WHEN 37 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    38 AS "ordinal",
    CASE
      WHEN 38 = 10 THEN 10
      WHEN 38 = 5 THEN 10
      WHEN 38 = 12 THEN 10
      WHEN 38 = 13 THEN 10
      WHEN 38 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    39 AS "ordinal",
    CASE
      WHEN 39 = 10 THEN 10
      WHEN 39 = 5 THEN 10
      WHEN 39 = 12 THEN 10
      WHEN 39 = 13 THEN 10
      WHEN 39 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    40 AS "ordinal",
    CASE
      WHEN 40 = 10 THEN 10
      WHEN 40 = 5 THEN 10
      WHEN 40 = 12 THEN 10
      WHEN 40 = 13 THEN 10
      WHEN 40 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    41 AS "ordinal",
    CASE
      WHEN 41 = 10 THEN 10
      WHEN 41 = 5 THEN 10
      WHEN 41 = 12 THEN 10
      WHEN 41 = 13 THEN 10
      WHEN 41 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    42 AS "ordinal",
    CASE
      WHEN 42 = 10 THEN 10
      WHEN 42 = 5 THEN 10
      WHEN 42 = 12 THEN 10
      WHEN 42 = 13 THEN 10
      WHEN 42 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    43 AS "ordinal",
    CASE
      WHEN 43 = 10 THEN 10
      WHEN 43 = 5 THEN 10
      WHEN 43 = 12 THEN 10
      WHEN 43 = 13 THEN 10
      WHEN 43 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "OPDATE_01") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    44 AS "ordinal",
    CASE
      WHEN 44 = 10 THEN 10
      WHEN 44 = 5 THEN 10
      WHEN 44 = 12 THEN 10
      WHEN 44 = 13 THEN 10
      WHEN 44 = 18 THEN 10
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("RESLADST" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
) AS "k"
LEFT JOIN (
  SELECT
    "seq",
    "value"
  FROM "adg_qa_items"
  WHERE ("seq" IS NOT NULL) AND ("stat" = 'value')
  GROUP BY "seq", "value"
) AS "s"
  ON ("s"."seq" = "k"."seq") AND ("s"."value" = "k"."value")
LEFT JOIN (
  SELECT
    CAST(NULL AS BIGINT) AS "ordinal",
    CAST(NULL AS VARCHAR) AS "value"
  WHERE FALSE
) AS "hm"
  ON ("hm"."ordinal" = "k"."ordinal") AND ("hm"."value" = "k"."value")
LEFT JOIN "adg_qa_items" AS "v"
  ON ("v"."ordinal" = "k"."ordinal") AND ("v"."stat" = 'value') AND ("v"."value" = "k"."value")
LEFT JOIN "adg_qa_items" AS "z"
  ON ("z"."ordinal" = "k"."ordinal") AND ("z"."stat" = 'null') AND ("k"."value" IS NULL) AND ("k"."num" IS NULL)
LEFT JOIN "adg_qa_items" AS "p"
  ON ("p"."ordinal" = "k"."ordinal") AND ("p"."point" = "k"."num")
LEFT JOIN "adg_qa_items" AS "b"
  ON ("b"."ordinal" = "k"."ordinal") AND ("b"."stat" = 'bin') AND ("k"."num" >= "b"."lo") AND ("k"."num" < "b"."hi");

-- [7/11] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_apc_qa" AS
SELECT
  "pv"."generated_at",
  "pv"."metadata_hash",
  "v"."check_id",
  "v"."field",
  "v"."passed",
  "v"."measure",
  "v"."detail",
  current_timestamp AS "checked_at"
FROM (
  SELECT
    'row-count' AS "check_id",
    CAST(NULL AS VARCHAR) AS "field",
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_apc_provenance"), -1) = (SELECT count(*) FROM "hes_apc") AS "passed",
    CAST((SELECT count(*) FROM "hes_apc") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_apc_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
  UNION ALL
  SELECT
    'released-values' AS "check_id",
    "f"."field",
    "f"."outside" = 0 AS "passed",
    CAST("f"."outside" AS DOUBLE) AS "measure",
    'generated rows outside the released values, bins and buckets' AS "detail"
  FROM (
    SELECT
      "p"."ordinal",
      "p"."field",
      "p"."kind",
      max("p"."rows") AS "rows",
      max("p"."outside") AS "outside",
      sum(CASE
        WHEN ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share") < 0e+0 THEN 0e+0 - ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share")
        ELSE (CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share"
      END) / 2e+0 AS "tvd",
      sum(CASE
        WHEN (CAST("p"."rows" AS DOUBLE) * "p"."released_share") > 0e+0 THEN ((CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE) * "p"."released_share")
        ELSE 0e+0
      END) AS "chi_square",
      count("p"."stat") - 1 AS "degrees_of_freedom",
      sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE 0e+0 END) AS "null_released",
      sum(CASE
        WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)
        ELSE 0e+0
      END) AS "null_generated"
    FROM (
      SELECT
        "g"."ordinal",
        "g"."field",
        "g"."kind",
        "c"."stat",
        "c"."released_share",
        "c"."generated",
        "t"."rows" AS "rows",
        "t"."outside" AS "outside"
      FROM "adg_fields" AS "g"
      LEFT JOIN (
        SELECT
          "c"."ordinal",
          "c"."cell",
          "it"."stat",
          "it"."value",
          "it"."lo",
          "it"."hi",
          CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
          coalesce("x"."generated", 0) AS "generated"
        FROM (
          SELECT
            "r"."ordinal",
            "r"."cell",
            sum("r"."n_rows") AS "released"
          FROM (
            SELECT
              "i"."ordinal",
              "i"."cell",
              "i"."n_rows" AS "n_rows"
            FROM "adg_qa_items" AS "i"
          ) AS "r"
          GROUP BY "r"."ordinal", "r"."cell"
        ) AS "c"
        LEFT JOIN (
          SELECT
            "ordinal",
            "cell",
            sum("n") AS "generated"
          FROM "adg_qa_counts"
          WHERE "cell" IS NOT NULL
          GROUP BY "ordinal", "cell"
        ) AS "x"
          ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
        JOIN "adg_qa_items" AS "it"
          ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
      ) AS "c"
        ON "c"."ordinal" = "g"."ordinal"
      LEFT JOIN (
        SELECT
          "a"."ordinal",
          sum("a"."n") AS "rows",
          sum(CASE
            WHEN ("a"."cell" IS NULL) AND (NOT (("a"."value" IS NULL) AND ("a"."num" IS NULL) AND ("r"."items" IS NULL))) AND (NOT ("a"."in_sequence")) THEN "a"."n"
            ELSE 0
          END) AS "outside"
        FROM "adg_qa_counts" AS "a"
        LEFT JOIN (
          SELECT
            "ordinal",
            count(*) AS "items"
          FROM "adg_qa_items"
          GROUP BY "ordinal"
        ) AS "r"
          ON "r"."ordinal" = "a"."ordinal"
        GROUP BY "a"."ordinal"
      ) AS "t"
        ON "t"."ordinal" = "g"."ordinal"
    ) AS "p"
    GROUP BY "p"."ordinal", "p"."field", "p"."kind"
  ) AS "f"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'GPPRAC' AS "field",
    (SELECT count("GPPRAC") FROM "hes_apc") = 0 AS "passed",
    CAST((SELECT count("GPPRAC") FROM "hes_apc") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT (regexp_matches(CAST("TOKEN_PERSON_ID" AS VARCHAR), '^ART[0-9A-Z]{10}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT (regexp_matches(CAST("TOKEN_PERSON_ID" AS VARCHAR), '^ART[0-9A-Z]{10}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "hes_apc") = (SELECT "entities_with_rows" FROM "hes_apc_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "hes_apc_provenance") - (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "hes_apc") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'EPIKEY' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE ("EPIKEY" IS NULL) OR (NOT (regexp_matches(CAST("EPIKEY" AS VARCHAR), '^99999[0-9]{7}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE ("EPIKEY" IS NULL) OR (NOT (regexp_matches(CAST("EPIKEY" AS VARCHAR), '^99999[0-9]{7}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 99999[0-9]{7}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'EPIKEY' AS "field",
    (SELECT count(DISTINCT "EPIKEY") FROM "hes_apc") = (SELECT count(*) FROM "hes_apc") AS "passed",
    CAST((SELECT count(*) FROM "hes_apc") - (SELECT count(DISTINCT "EPIKEY") FROM "hes_apc") AS DOUBLE) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'ELECDATE <= ADMIDATE <= EPISTART <= EPIEND <= DISDATE' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE ("ELECDATE" > "ADMIDATE") OR ("ELECDATE" > "EPISTART") OR ("ELECDATE" > "EPIEND") OR ("ELECDATE" > "DISDATE") OR ("ADMIDATE" > "EPISTART") OR ("ADMIDATE" > "EPIEND") OR ("ADMIDATE" > "DISDATE") OR ("EPISTART" > "EPIEND") OR ("EPISTART" > "DISDATE") OR ("EPIEND" > "DISDATE")) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE ("ELECDATE" > "ADMIDATE") OR ("ELECDATE" > "EPISTART") OR ("ELECDATE" > "EPIEND") OR ("ELECDATE" > "DISDATE") OR ("ADMIDATE" > "EPISTART") OR ("ADMIDATE" > "EPIEND") OR ("ADMIDATE" > "DISDATE") OR ("EPISTART" > "EPIEND") OR ("EPISTART" > "DISDATE") OR ("EPIEND" > "DISDATE")) AS DOUBLE) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'STARTAGE' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("STARTAGE" = CAST((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT)) OR (("STARTAGE" IS NULL) AND (CAST((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("STARTAGE" = CAST((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT)) OR (("STARTAGE" IS NULL) AND (CAST((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("EPISTART", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS "measure",
    'rows whose value differs from the expression' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'DIAG_4_CONCAT' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("DIAG_4_CONCAT" = CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), 2, length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END))) ELSE CAST(NULL AS VARCHAR) END AS VARCHAR)) OR (("DIAG_4_CONCAT" IS NULL) AND (CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), 2, length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END))) ELSE CAST(NULL AS VARCHAR) END AS VARCHAR) IS NULL))), FALSE))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("DIAG_4_CONCAT" = CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), 2, length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END))) ELSE CAST(NULL AS VARCHAR) END AS VARCHAR)) OR (("DIAG_4_CONCAT" IS NULL) AND (CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), 2, length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END))) ELSE CAST(NULL AS VARCHAR) END AS VARCHAR) IS NULL))), FALSE))) AS DOUBLE) AS "measure",
    'rows whose value differs from the expression' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'DIAG_COUNT' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("DIAG_COUNT" = CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT)) OR (("DIAG_COUNT" IS NULL) AND (CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("DIAG_COUNT" = CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT)) OR (("DIAG_COUNT" IS NULL) AND (CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS "measure",
    'rows whose value differs from the expression' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'OPERTN_COUNT' AS "field",
    (SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("OPERTN_COUNT" = CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT)) OR (("OPERTN_COUNT" IS NULL) AND (CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_apc" WHERE NOT (coalesce((("OPERTN_COUNT" = CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT)) OR (("OPERTN_COUNT" IS NULL) AND (CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN 1 ELSE 0 END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS "measure",
    'rows whose value differs from the expression' AS "detail"
) AS "v"
CROSS JOIN "hes_apc_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "hes_apc_qa" AS "q";

-- [9/11] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
SELECT
  *
FROM (
  SELECT
    "p"."ordinal",
    "p"."field",
    "p"."kind",
    max("p"."rows") AS "rows",
    max("p"."outside") AS "outside",
    sum(CASE
      WHEN ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share") < 0e+0 THEN 0e+0 - ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share")
      ELSE (CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share"
    END) / 2e+0 AS "tvd",
    sum(CASE
      WHEN (CAST("p"."rows" AS DOUBLE) * "p"."released_share") > 0e+0 THEN ((CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE) * "p"."released_share")
      ELSE 0e+0
    END) AS "chi_square",
    count("p"."stat") - 1 AS "degrees_of_freedom",
    sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE 0e+0 END) AS "null_released",
    sum(CASE
      WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)
      ELSE 0e+0
    END) AS "null_generated"
  FROM (
    SELECT
      "g"."ordinal",
      "g"."field",
      "g"."kind",
      "c"."stat",
      "c"."released_share",
      "c"."generated",
      "t"."rows" AS "rows",
      "t"."outside" AS "outside"
    FROM "adg_fields" AS "g"
    LEFT JOIN (
      SELECT
        "c"."ordinal",
        "c"."cell",
        "it"."stat",
        "it"."value",
        "it"."lo",
        "it"."hi",
        CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
        coalesce("x"."generated", 0) AS "generated"
      FROM (
        SELECT
          "r"."ordinal",
          "r"."cell",
          sum("r"."n_rows") AS "released"
        FROM (
          SELECT
            "i"."ordinal",
            "i"."cell",
            "i"."n_rows" AS "n_rows"
          FROM "adg_qa_items" AS "i"
        ) AS "r"
        GROUP BY "r"."ordinal", "r"."cell"
      ) AS "c"
      LEFT JOIN (
        SELECT
          "ordinal",
          "cell",
          sum("n") AS "generated"
        FROM "adg_qa_counts"
        WHERE "cell" IS NOT NULL
        GROUP BY "ordinal", "cell"
      ) AS "x"
        ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
      JOIN "adg_qa_items" AS "it"
        ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
    ) AS "c"
      ON "c"."ordinal" = "g"."ordinal"
    LEFT JOIN (
      SELECT
        "a"."ordinal",
        sum("a"."n") AS "rows",
        sum(CASE
          WHEN ("a"."cell" IS NULL) AND (NOT (("a"."value" IS NULL) AND ("a"."num" IS NULL) AND ("r"."items" IS NULL))) AND (NOT ("a"."in_sequence")) THEN "a"."n"
          ELSE 0
        END) AS "outside"
      FROM "adg_qa_counts" AS "a"
      LEFT JOIN (
        SELECT
          "ordinal",
          count(*) AS "items"
        FROM "adg_qa_items"
        GROUP BY "ordinal"
      ) AS "r"
        ON "r"."ordinal" = "a"."ordinal"
      GROUP BY "a"."ordinal"
    ) AS "t"
      ON "t"."ordinal" = "g"."ordinal"
  ) AS "p"
  GROUP BY "p"."ordinal", "p"."field", "p"."kind"
) AS "f"
ORDER BY "ordinal" NULLS LAST;

-- [10/11] Per released cell: released and generated shares, for the plots
SELECT
  *
FROM (
  SELECT
    "c"."ordinal",
    "c"."cell",
    "it"."stat",
    "it"."value",
    "it"."lo",
    "it"."hi",
    CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
    coalesce("x"."generated", 0) AS "generated"
  FROM (
    SELECT
      "r"."ordinal",
      "r"."cell",
      sum("r"."n_rows") AS "released"
    FROM (
      SELECT
        "i"."ordinal",
        "i"."cell",
        "i"."n_rows" AS "n_rows"
      FROM "adg_qa_items" AS "i"
    ) AS "r"
    GROUP BY "r"."ordinal", "r"."cell"
  ) AS "c"
  LEFT JOIN (
    SELECT
      "ordinal",
      "cell",
      sum("n") AS "generated"
    FROM "adg_qa_counts"
    WHERE "cell" IS NOT NULL
    GROUP BY "ordinal", "cell"
  ) AS "x"
    ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
  JOIN "adg_qa_items" AS "it"
    ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
) AS "c"
ORDER BY "ordinal" NULLS LAST, "cell" NULLS LAST;

-- [11/11] What the output came from
SELECT
  CAST("generated_at" AS VARCHAR) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "hes_apc") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_apc_provenance") AS "expected_rows"
FROM "hes_apc_provenance";

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_op", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/hes/output.duckdb; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/hes/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/11] Close the session to every other file
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/11] Fields to check
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'FYEAR', 'categorical'),
  (2, 'PROCODE3', 'categorical'),
  (3, 'PROCODET', 'categorical'),
  (4, 'SITETRET', 'categorical'),
  (5, 'APPTDATE', 'date'),
  (6, 'REQDATE', 'date'),
  (7, 'WAITING', 'discrete'),
  (8, 'ATTENDED', 'categorical'),
  (9, 'FIRSTATT', 'categorical'),
  (10, 'OUTCOME', 'categorical'),
  (11, 'PRIORITY', 'categorical'),
  (12, 'REFSOURC', 'categorical'),
  (13, 'SERVTYPE', 'categorical'),
  (14, 'STAFFTYP', 'categorical'),
  (15, 'TRETSPEF', 'categorical'),
  (16, 'MAINSPEF', 'categorical'),
  (17, 'DIAG_4_01', 'categorical'),
  (18, 'DIAG_4_02', 'categorical'),
  (19, 'DIAG_4_03', 'categorical'),
  (20, 'DIAG_4_04', 'categorical'),
  (21, 'DIAG_4_05', 'categorical'),
  (22, 'DIAG_4_06', 'categorical'),
  (23, 'OPERTN_4_01', 'categorical'),
  (24, 'OPERTN_4_02', 'categorical'),
  (25, 'OPERTN_4_03', 'categorical'),
  (26, 'OPERTN_4_04', 'categorical'),
  (27, 'OPERTN_4_05', 'categorical'),
  (28, 'OPERTN_4_06', 'categorical'),
  (29, 'MYDOB', 'date'),
  (30, 'SEX', 'categorical'),
  (31, 'ETHNOS', 'categorical'),
  (32, 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/11] Released items of every field, each with the cell it is compared in
CREATE OR REPLACE TEMP TABLE "adg_qa_items" AS
SELECT
  "i"."ordinal",
  "i"."item",
  "i"."stat",
  "i"."value",
  "i"."lo",
  "i"."hi",
  "i"."n_rows",
  "i"."point",
  "i"."seq",
  coalesce("x"."bin_item", "i"."item") AS "cell"
FROM (
  SELECT
    "g"."ordinal",
    "m"."item",
    "m"."stat",
    "m"."value",
    "m"."lo",
    "m"."hi",
    "m"."n_rows",
    CASE
      WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
      ELSE CAST(NULL AS DOUBLE)
    END AS "point",
    CASE WHEN "g"."ordinal" = 6 THEN 6 WHEN "g"."ordinal" = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."hes_op_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" IN ('null', 'value', 'bin')
) AS "i"
LEFT JOIN (
  SELECT
    "p"."ordinal",
    "p"."item",
    min("b"."item") AS "bin_item"
  FROM (
    SELECT
      "g"."ordinal",
      "m"."item",
      "m"."stat",
      "m"."value",
      "m"."lo",
      "m"."hi",
      "m"."n_rows",
      CASE
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS "point",
      CASE WHEN "g"."ordinal" = 6 THEN 6 WHEN "g"."ordinal" = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_op_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "p"
  JOIN (
    SELECT
      "g"."ordinal",
      "m"."item",
      "m"."stat",
      "m"."value",
      "m"."lo",
      "m"."hi",
      "m"."n_rows",
      CASE
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS "point",
      CASE WHEN "g"."ordinal" = 6 THEN 6 WHEN "g"."ordinal" = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_op_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "b"
    ON ("b"."ordinal" = "p"."ordinal") AND ("b"."stat" = 'bin') AND ("p"."point" >= "b"."lo") AND ("p"."point" < "b"."hi")
  GROUP BY "p"."ordinal", "p"."item"
) AS "x"
  ON ("x"."ordinal" = "i"."ordinal") AND ("x"."item" = "i"."item");

-- [6/11] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
CREATE OR REPLACE TEMP TABLE "adg_qa_counts" AS
SELECT
  "k"."ordinal",
  "k"."value",
  "k"."num",
  "k"."n",
  coalesce(coalesce("v"."cell", "z"."cell"), coalesce("p"."cell", "b"."cell")) AS "cell",
  ("s"."seq" IS NOT NULL) OR ("hm"."ordinal" IS NOT NULL) AS "in_sequence"
FROM (
  SELECT
    1 AS "ordinal",
    CASE WHEN 1 = 6 THEN 6 WHEN 1 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FYEAR" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    2 AS "ordinal",
    CASE WHEN 2 = 6 THEN 6 WHEN 2 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODE3" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    3 AS "ordinal",
    CASE WHEN 3 = 6 THEN 6 WHEN 3 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODET" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    4 AS "ordinal",
    CASE WHEN 4 = 6 THEN 6 WHEN 4 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SITETRET" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    5 AS "ordinal",
    CASE WHEN 5 = 6 THEN 6 WHEN 5 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "APPTDATE") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    6 AS "ordinal",
    CASE WHEN 6 = 6 THEN 6 WHEN 6 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "REQDATE") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    7 AS "ordinal",
    CASE WHEN 7 = 6 THEN 6 WHEN 7 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("WAITING" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    8 AS "ordinal",
    CASE WHEN 8 = 6 THEN 6 WHEN 8 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ATTENDED" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    9 AS "ordinal",
    CASE WHEN 9 = 6 THEN 6 WHEN 9 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FIRSTATT" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    10 AS "ordinal",
    CASE WHEN 10 = 6 THEN 6 WHEN 10 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OUTCOME" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    11 AS "ordinal",
    CASE WHEN 11 = 6 THEN 6 WHEN 11 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PRIORITY" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    12 AS "ordinal",
    CASE WHEN 12 = 6 THEN 6 WHEN 12 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("REFSOURC" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    13 AS "ordinal",
    CASE WHEN 13 = 6 THEN 6 WHEN 13 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SERVTYPE" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    14 AS "ordinal",
    CASE WHEN 14 = 6 THEN 6 WHEN 14 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("STAFFTYP" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    15 AS "ordinal",
    CASE WHEN 15 = 6 THEN 6 WHEN 15 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TRETSPEF" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    16 AS "ordinal",
    CASE WHEN 16 = 6 THEN 6 WHEN 16 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("MAINSPEF" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    17 AS "ordinal",
    CASE WHEN 17 = 6 THEN 6 WHEN 17 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    18 AS "ordinal",
    CASE WHEN 18 = 6 THEN 6 WHEN 18 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    19 AS "ordinal",
    CASE WHEN 19 = 6 THEN 6 WHEN 19 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    20 AS "ordinal",
    CASE WHEN 20 = 6 THEN 6 WHEN 20 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    21 AS "ordinal",
    CASE WHEN 21 = 6 THEN 6 WHEN 21 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    22 AS "ordinal",
    CASE WHEN 22 = 6 THEN 6 WHEN 22 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    23 AS "ordinal",
    CASE WHEN 23 = 6 THEN 6 WHEN 23 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    24 AS "ordinal",
    CASE WHEN 24 = 6 THEN 6 WHEN 24 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    25 AS "ordinal",
    CASE WHEN 25 = 6 THEN 6 WHEN 25 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    26 AS "ordinal",
    CASE WHEN 26 = 6 THEN 6 WHEN 26 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    27 AS "ordinal",
    CASE WHEN 27 = 6 THEN 6 WHEN 27 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    28 AS "ordinal",
    CASE WHEN 28 = 6 THEN 6 WHEN 28 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    29 AS "ordinal",
    CASE WHEN 29 = 6 THEN 6 WHEN 29 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('year', "MYDOB") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    30 AS "ordinal",
    CASE WHEN 30 = 6 THEN 6 WHEN 30 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SEX" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    31 AS "ordinal",
    CASE WHEN 31 = 6 THEN 6 WHEN 31 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ETHNOS" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    32 AS "ordinal",
    CASE WHEN 32 = 6 THEN 6 WHEN 32 = 5 THEN 6 ELSE CAST(NULL AS BIGINT) END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("RESLADST" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_op"
  ) AS "o"
  GROUP BY "value", "num"
) AS "k"
LEFT JOIN (
  SELECT
    "seq",
    "value"
  FROM "adg_qa_items"
  WHERE ("seq" IS NOT NULL) AND ("stat" = 'value')
  GROUP BY "seq", "value"
) AS "s"
  ON ("s"."seq" = "k"."seq") AND ("s"."value" = "k"."value")
LEFT JOIN (
  SELECT
    29 AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    30 AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    31 AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
) AS "hm"
  ON ("hm"."ordinal" = "k"."ordinal") AND ("hm"."value" = "k"."value")
LEFT JOIN "adg_qa_items" AS "v"
  ON ("v"."ordinal" = "k"."ordinal") AND ("v"."stat" = 'value') AND ("v"."value" = "k"."value")
LEFT JOIN "adg_qa_items" AS "z"
  ON ("z"."ordinal" = "k"."ordinal") AND ("z"."stat" = 'null') AND ("k"."value" IS NULL) AND ("k"."num" IS NULL)
LEFT JOIN "adg_qa_items" AS "p"
  ON ("p"."ordinal" = "k"."ordinal") AND ("p"."point" = "k"."num")
LEFT JOIN "adg_qa_items" AS "b"
  ON ("b"."ordinal" = "k"."ordinal") AND ("b"."stat" = 'bin') AND ("k"."num" >= "b"."lo") AND ("k"."num" < "b"."hi");

-- [7/11] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_op_qa" AS
SELECT
  "pv"."generated_at",
  "pv"."metadata_hash",
  "v"."check_id",
  "v"."field",
  "v"."passed",
  "v"."measure",
  "v"."detail",
  current_timestamp AS "checked_at"
FROM (
  SELECT
    'row-count' AS "check_id",
    CAST(NULL AS VARCHAR) AS "field",
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_op_provenance"), -1) = (SELECT count(*) FROM "hes_op") AS "passed",
    CAST((SELECT count(*) FROM "hes_op") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_op_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
  UNION ALL
  SELECT
    'released-values' AS "check_id",
    "f"."field",
    "f"."outside" = 0 AS "passed",
    CAST("f"."outside" AS DOUBLE) AS "measure",
    'generated rows outside the released values, bins and buckets' AS "detail"
  FROM (
    SELECT
      "p"."ordinal",
      "p"."field",
      "p"."kind",
      max("p"."rows") AS "rows",
      max("p"."outside") AS "outside",
      sum(CASE
        WHEN ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share") < 0e+0 THEN 0e+0 - ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share")
        ELSE (CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share"
      END) / 2e+0 AS "tvd",
      sum(CASE
        WHEN (CAST("p"."rows" AS DOUBLE) * "p"."released_share") > 0e+0 THEN ((CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE) * "p"."released_share")
        ELSE 0e+0
      END) AS "chi_square",
      count("p"."stat") - 1 AS "degrees_of_freedom",
      sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE 0e+0 END) AS "null_released",
      sum(CASE
        WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)
        ELSE 0e+0
      END) AS "null_generated"
    FROM (
      SELECT
        "g"."ordinal",
        "g"."field",
        "g"."kind",
        "c"."stat",
        "c"."released_share",
        "c"."generated",
        "t"."rows" AS "rows",
        "t"."outside" AS "outside"
      FROM "adg_fields" AS "g"
      LEFT JOIN (
        SELECT
          "c"."ordinal",
          "c"."cell",
          "it"."stat",
          "it"."value",
          "it"."lo",
          "it"."hi",
          CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
          coalesce("x"."generated", 0) AS "generated"
        FROM (
          SELECT
            "r"."ordinal",
            "r"."cell",
            sum("r"."n_rows") AS "released"
          FROM (
            SELECT
              "i"."ordinal",
              "i"."cell",
              "i"."n_rows" AS "n_rows"
            FROM "adg_qa_items" AS "i"
          ) AS "r"
          GROUP BY "r"."ordinal", "r"."cell"
        ) AS "c"
        LEFT JOIN (
          SELECT
            "ordinal",
            "cell",
            sum("n") AS "generated"
          FROM "adg_qa_counts"
          WHERE "cell" IS NOT NULL
          GROUP BY "ordinal", "cell"
        ) AS "x"
          ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
        JOIN "adg_qa_items" AS "it"
          ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
      ) AS "c"
        ON "c"."ordinal" = "g"."ordinal"
      LEFT JOIN (
        SELECT
          "a"."ordinal",
          sum("a"."n") AS "rows",
          sum(CASE
            WHEN ("a"."cell" IS NULL) AND (NOT (("a"."value" IS NULL) AND ("a"."num" IS NULL) AND ("r"."items" IS NULL))) AND (NOT ("a"."in_sequence")) THEN "a"."n"
            ELSE 0
          END) AS "outside"
        FROM "adg_qa_counts" AS "a"
        LEFT JOIN (
          SELECT
            "ordinal",
            count(*) AS "items"
          FROM "adg_qa_items"
          GROUP BY "ordinal"
        ) AS "r"
          ON "r"."ordinal" = "a"."ordinal"
        GROUP BY "a"."ordinal"
      ) AS "t"
        ON "t"."ordinal" = "g"."ordinal"
    ) AS "p"
    GROUP BY "p"."ordinal", "p"."field", "p"."kind"
  ) AS "f"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'GPPRAC' AS "field",
    (SELECT count("GPPRAC") FROM "hes_op") = 0 AS "passed",
    CAST((SELECT count("GPPRAC") FROM "hes_op") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(*) FROM "hes_op" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT (regexp_matches(CAST("TOKEN_PERSON_ID" AS VARCHAR), '^ART[0-9A-Z]{10}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_op" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT (regexp_matches(CAST("TOKEN_PERSON_ID" AS VARCHAR), '^ART[0-9A-Z]{10}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "hes_op") = (SELECT "entities_with_rows" FROM "hes_op_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "hes_op_provenance") - (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "hes_op") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'ATTENDKEY' AS "field",
    (SELECT count(*) FROM "hes_op" WHERE ("ATTENDKEY" IS NULL) OR (NOT (regexp_matches(CAST("ATTENDKEY" AS VARCHAR), '^99999[0-9]{7}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_op" WHERE ("ATTENDKEY" IS NULL) OR (NOT (regexp_matches(CAST("ATTENDKEY" AS VARCHAR), '^99999[0-9]{7}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 99999[0-9]{7}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'ATTENDKEY' AS "field",
    (SELECT count(DISTINCT "ATTENDKEY") FROM "hes_op") = (SELECT count(*) FROM "hes_op") AS "passed",
    CAST((SELECT count(*) FROM "hes_op") - (SELECT count(DISTINCT "ATTENDKEY") FROM "hes_op") AS DOUBLE) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'REQDATE <= APPTDATE' AS "field",
    (SELECT count(*) FROM "hes_op" WHERE "REQDATE" > "APPTDATE") = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_op" WHERE "REQDATE" > "APPTDATE") AS DOUBLE) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'APPTAGE' AS "field",
    (SELECT count(*) FROM "hes_op" WHERE NOT (coalesce((("APPTAGE" = CAST((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT)) OR (("APPTAGE" IS NULL) AND (CAST((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_op" WHERE NOT (coalesce((("APPTAGE" = CAST((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT)) OR (("APPTAGE" IS NULL) AND (CAST((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("APPTDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS "measure",
    'rows whose value differs from the expression' AS "detail"
) AS "v"
CROSS JOIN "hes_op_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "hes_op_qa" AS "q";

-- [9/11] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
SELECT
  *
FROM (
  SELECT
    "p"."ordinal",
    "p"."field",
    "p"."kind",
    max("p"."rows") AS "rows",
    max("p"."outside") AS "outside",
    sum(CASE
      WHEN ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share") < 0e+0 THEN 0e+0 - ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share")
      ELSE (CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share"
    END) / 2e+0 AS "tvd",
    sum(CASE
      WHEN (CAST("p"."rows" AS DOUBLE) * "p"."released_share") > 0e+0 THEN ((CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE) * "p"."released_share")
      ELSE 0e+0
    END) AS "chi_square",
    count("p"."stat") - 1 AS "degrees_of_freedom",
    sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE 0e+0 END) AS "null_released",
    sum(CASE
      WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)
      ELSE 0e+0
    END) AS "null_generated"
  FROM (
    SELECT
      "g"."ordinal",
      "g"."field",
      "g"."kind",
      "c"."stat",
      "c"."released_share",
      "c"."generated",
      "t"."rows" AS "rows",
      "t"."outside" AS "outside"
    FROM "adg_fields" AS "g"
    LEFT JOIN (
      SELECT
        "c"."ordinal",
        "c"."cell",
        "it"."stat",
        "it"."value",
        "it"."lo",
        "it"."hi",
        CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
        coalesce("x"."generated", 0) AS "generated"
      FROM (
        SELECT
          "r"."ordinal",
          "r"."cell",
          sum("r"."n_rows") AS "released"
        FROM (
          SELECT
            "i"."ordinal",
            "i"."cell",
            "i"."n_rows" AS "n_rows"
          FROM "adg_qa_items" AS "i"
        ) AS "r"
        GROUP BY "r"."ordinal", "r"."cell"
      ) AS "c"
      LEFT JOIN (
        SELECT
          "ordinal",
          "cell",
          sum("n") AS "generated"
        FROM "adg_qa_counts"
        WHERE "cell" IS NOT NULL
        GROUP BY "ordinal", "cell"
      ) AS "x"
        ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
      JOIN "adg_qa_items" AS "it"
        ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
    ) AS "c"
      ON "c"."ordinal" = "g"."ordinal"
    LEFT JOIN (
      SELECT
        "a"."ordinal",
        sum("a"."n") AS "rows",
        sum(CASE
          WHEN ("a"."cell" IS NULL) AND (NOT (("a"."value" IS NULL) AND ("a"."num" IS NULL) AND ("r"."items" IS NULL))) AND (NOT ("a"."in_sequence")) THEN "a"."n"
          ELSE 0
        END) AS "outside"
      FROM "adg_qa_counts" AS "a"
      LEFT JOIN (
        SELECT
          "ordinal",
          count(*) AS "items"
        FROM "adg_qa_items"
        GROUP BY "ordinal"
      ) AS "r"
        ON "r"."ordinal" = "a"."ordinal"
      GROUP BY "a"."ordinal"
    ) AS "t"
      ON "t"."ordinal" = "g"."ordinal"
  ) AS "p"
  GROUP BY "p"."ordinal", "p"."field", "p"."kind"
) AS "f"
ORDER BY "ordinal" NULLS LAST;

-- [10/11] Per released cell: released and generated shares, for the plots
SELECT
  *
FROM (
  SELECT
    "c"."ordinal",
    "c"."cell",
    "it"."stat",
    "it"."value",
    "it"."lo",
    "it"."hi",
    CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
    coalesce("x"."generated", 0) AS "generated"
  FROM (
    SELECT
      "r"."ordinal",
      "r"."cell",
      sum("r"."n_rows") AS "released"
    FROM (
      SELECT
        "i"."ordinal",
        "i"."cell",
        "i"."n_rows" AS "n_rows"
      FROM "adg_qa_items" AS "i"
    ) AS "r"
    GROUP BY "r"."ordinal", "r"."cell"
  ) AS "c"
  LEFT JOIN (
    SELECT
      "ordinal",
      "cell",
      sum("n") AS "generated"
    FROM "adg_qa_counts"
    WHERE "cell" IS NOT NULL
    GROUP BY "ordinal", "cell"
  ) AS "x"
    ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
  JOIN "adg_qa_items" AS "it"
    ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
) AS "c"
ORDER BY "ordinal" NULLS LAST, "cell" NULLS LAST;

-- [11/11] What the output came from
SELECT
  CAST("generated_at" AS VARCHAR) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "hes_op") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_op_provenance") AS "expected_rows"
FROM "hes_op_provenance";

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_ae", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/hes/output.duckdb; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/hes/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/11] Close the session to every other file
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/11] Fields to check
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'FYEAR', 'categorical'),
  (2, 'PROCODE3', 'categorical'),
  (3, 'PROCODET', 'categorical'),
  (4, 'ARRIVALDATE', 'date'),
  (5, 'AEARRIVALMODE', 'categorical'),
  (6, 'AEATTENDCAT', 'categorical'),
  (7, 'AEATTENDDISP', 'categorical'),
  (8, 'AEDEPTTYPE', 'categorical'),
  (9, 'AEINCLOCTYPE', 'categorical'),
  (10, 'AEPATGROUP', 'categorical'),
  (11, 'AEREFSOURCE', 'categorical'),
  (12, 'DIAG_01', 'categorical'),
  (13, 'DIAG_02', 'categorical'),
  (14, 'DIAG_03', 'categorical'),
  (15, 'DIAG_04', 'categorical'),
  (16, 'DIAG_05', 'categorical'),
  (17, 'DIAG_06', 'categorical'),
  (18, 'INVEST_01', 'categorical'),
  (19, 'INVEST_02', 'categorical'),
  (20, 'INVEST_03', 'categorical'),
  (21, 'INVEST_04', 'categorical'),
  (22, 'INVEST_05', 'categorical'),
  (23, 'INVEST_06', 'categorical'),
  (24, 'TREAT_01', 'categorical'),
  (25, 'TREAT_02', 'categorical'),
  (26, 'TREAT_03', 'categorical'),
  (27, 'TREAT_04', 'categorical'),
  (28, 'TREAT_05', 'categorical'),
  (29, 'TREAT_06', 'categorical'),
  (30, 'INITDUR', 'discrete'),
  (31, 'TRETDUR', 'discrete'),
  (32, 'CONCLDUR', 'discrete'),
  (33, 'DEPDUR', 'discrete'),
  (34, 'MYDOB', 'date'),
  (35, 'SEX', 'categorical'),
  (36, 'ETHNOS', 'categorical'),
  (37, 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [5/11] Released items of every field, each with the cell it is compared in
CREATE OR REPLACE TEMP TABLE "adg_qa_items" AS
SELECT
  "i"."ordinal",
  "i"."item",
  "i"."stat",
  "i"."value",
  "i"."lo",
  "i"."hi",
  "i"."n_rows",
  "i"."point",
  "i"."seq",
  coalesce("x"."bin_item", "i"."item") AS "cell"
FROM (
  SELECT
    "g"."ordinal",
    "m"."item",
    "m"."stat",
    "m"."value",
    "m"."lo",
    "m"."hi",
    "m"."n_rows",
    CASE
      WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
      ELSE CAST(NULL AS DOUBLE)
    END AS "point",
    CAST(NULL AS BIGINT) AS "seq"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."hes_ae_metadata" AS "m"
    ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
  WHERE "m"."stat" IN ('null', 'value', 'bin')
) AS "i"
LEFT JOIN (
  SELECT
    "p"."ordinal",
    "p"."item",
    min("b"."item") AS "bin_item"
  FROM (
    SELECT
      "g"."ordinal",
      "m"."item",
      "m"."stat",
      "m"."value",
      "m"."lo",
      "m"."hi",
      "m"."n_rows",
      CASE
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS "point",
      CAST(NULL AS BIGINT) AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_ae_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "p"
  JOIN (
    SELECT
      "g"."ordinal",
      "m"."item",
      "m"."stat",
      "m"."value",
      "m"."lo",
      "m"."hi",
      "m"."n_rows",
      CASE
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
      END AS "point",
      CAST(NULL AS BIGINT) AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_ae_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "b"
    ON ("b"."ordinal" = "p"."ordinal") AND ("b"."stat" = 'bin') AND ("p"."point" >= "b"."lo") AND ("p"."point" < "b"."hi")
  GROUP BY "p"."ordinal", "p"."item"
) AS "x"
  ON ("x"."ordinal" = "i"."ordinal") AND ("x"."item" = "i"."item");

-- [6/11] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
CREATE OR REPLACE TEMP TABLE "adg_qa_counts" AS
SELECT
  "k"."ordinal",
  "k"."value",
  "k"."num",
  "k"."n",
  coalesce(coalesce("v"."cell", "z"."cell"), coalesce("p"."cell", "b"."cell")) AS "cell",
  ("s"."seq" IS NOT NULL) OR ("hm"."ordinal" IS NOT NULL) AS "in_sequence"
FROM (
  SELECT
    1 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FYEAR" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    2 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODE3" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    3 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODET" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    4 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "ARRIVALDATE") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    5 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEARRIVALMODE" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    6 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEATTENDCAT" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    7 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEATTENDDISP" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    8 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEDEPTTYPE" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    9 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEINCLOCTYPE" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    10 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEPATGROUP" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    11 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEREFSOURCE" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    12 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    13 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    14 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    15 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    16 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    17 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    18 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    19 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    20 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    21 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    22 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    23 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    24 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_01" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    25 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_02" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    26 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_03" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    27 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_04" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    28 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_05" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    29 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_06" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    30 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("INITDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    31 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("TRETDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    32 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("CONCLDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    33 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("DEPDUR" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    34 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('year', "MYDOB") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    35 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SEX" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    36 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ETHNOS" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    37 AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("RESLADST" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
) AS "k"
LEFT JOIN (
  SELECT
    "seq",
    "value"
  FROM "adg_qa_items"
  WHERE ("seq" IS NOT NULL) AND ("stat" = 'value')
  GROUP BY "seq", "value"
) AS "s"
  ON ("s"."seq" = "k"."seq") AND ("s"."value" = "k"."value")
LEFT JOIN (
  SELECT
    34 AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    35 AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    36 AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'ETHNOS') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
) AS "hm"
  ON ("hm"."ordinal" = "k"."ordinal") AND ("hm"."value" = "k"."value")
LEFT JOIN "adg_qa_items" AS "v"
  ON ("v"."ordinal" = "k"."ordinal") AND ("v"."stat" = 'value') AND ("v"."value" = "k"."value")
LEFT JOIN "adg_qa_items" AS "z"
  ON ("z"."ordinal" = "k"."ordinal") AND ("z"."stat" = 'null') AND ("k"."value" IS NULL) AND ("k"."num" IS NULL)
LEFT JOIN "adg_qa_items" AS "p"
  ON ("p"."ordinal" = "k"."ordinal") AND ("p"."point" = "k"."num")
LEFT JOIN "adg_qa_items" AS "b"
  ON ("b"."ordinal" = "k"."ordinal") AND ("b"."stat" = 'bin') AND ("k"."num" >= "b"."lo") AND ("k"."num" < "b"."hi");

-- [7/11] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_ae_qa" AS
SELECT
  "pv"."generated_at",
  "pv"."metadata_hash",
  "v"."check_id",
  "v"."field",
  "v"."passed",
  "v"."measure",
  "v"."detail",
  current_timestamp AS "checked_at"
FROM (
  SELECT
    'row-count' AS "check_id",
    CAST(NULL AS VARCHAR) AS "field",
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_ae_provenance"), -1) = (SELECT count(*) FROM "hes_ae") AS "passed",
    CAST((SELECT count(*) FROM "hes_ae") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_ae_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
  UNION ALL
  SELECT
    'released-values' AS "check_id",
    "f"."field",
    "f"."outside" = 0 AS "passed",
    CAST("f"."outside" AS DOUBLE) AS "measure",
    'generated rows outside the released values, bins and buckets' AS "detail"
  FROM (
    SELECT
      "p"."ordinal",
      "p"."field",
      "p"."kind",
      max("p"."rows") AS "rows",
      max("p"."outside") AS "outside",
      sum(CASE
        WHEN ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share") < 0e+0 THEN 0e+0 - ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share")
        ELSE (CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share"
      END) / 2e+0 AS "tvd",
      sum(CASE
        WHEN (CAST("p"."rows" AS DOUBLE) * "p"."released_share") > 0e+0 THEN ((CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE) * "p"."released_share")
        ELSE 0e+0
      END) AS "chi_square",
      count("p"."stat") - 1 AS "degrees_of_freedom",
      sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE 0e+0 END) AS "null_released",
      sum(CASE
        WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)
        ELSE 0e+0
      END) AS "null_generated"
    FROM (
      SELECT
        "g"."ordinal",
        "g"."field",
        "g"."kind",
        "c"."stat",
        "c"."released_share",
        "c"."generated",
        "t"."rows" AS "rows",
        "t"."outside" AS "outside"
      FROM "adg_fields" AS "g"
      LEFT JOIN (
        SELECT
          "c"."ordinal",
          "c"."cell",
          "it"."stat",
          "it"."value",
          "it"."lo",
          "it"."hi",
          CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
          coalesce("x"."generated", 0) AS "generated"
        FROM (
          SELECT
            "r"."ordinal",
            "r"."cell",
            sum("r"."n_rows") AS "released"
          FROM (
            SELECT
              "i"."ordinal",
              "i"."cell",
              "i"."n_rows" AS "n_rows"
            FROM "adg_qa_items" AS "i"
          ) AS "r"
          GROUP BY "r"."ordinal", "r"."cell"
        ) AS "c"
        LEFT JOIN (
          SELECT
            "ordinal",
            "cell",
            sum("n") AS "generated"
          FROM "adg_qa_counts"
          WHERE "cell" IS NOT NULL
          GROUP BY "ordinal", "cell"
        ) AS "x"
          ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
        JOIN "adg_qa_items" AS "it"
          ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
      ) AS "c"
        ON "c"."ordinal" = "g"."ordinal"
      LEFT JOIN (
        SELECT
          "a"."ordinal",
          sum("a"."n") AS "rows",
          sum(CASE
            WHEN ("a"."cell" IS NULL) AND (NOT (("a"."value" IS NULL) AND ("a"."num" IS NULL) AND ("r"."items" IS NULL))) AND (NOT ("a"."in_sequence")) THEN "a"."n"
            ELSE 0
          END) AS "outside"
        FROM "adg_qa_counts" AS "a"
        LEFT JOIN (
          SELECT
            "ordinal",
            count(*) AS "items"
          FROM "adg_qa_items"
          GROUP BY "ordinal"
        ) AS "r"
          ON "r"."ordinal" = "a"."ordinal"
        GROUP BY "a"."ordinal"
      ) AS "t"
        ON "t"."ordinal" = "g"."ordinal"
    ) AS "p"
    GROUP BY "p"."ordinal", "p"."field", "p"."kind"
  ) AS "f"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'ARRIVALTIME' AS "field",
    (SELECT count("ARRIVALTIME") FROM "hes_ae") = 0 AS "passed",
    CAST((SELECT count("ARRIVALTIME") FROM "hes_ae") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'GPPRAC' AS "field",
    (SELECT count("GPPRAC") FROM "hes_ae") = 0 AS "passed",
    CAST((SELECT count("GPPRAC") FROM "hes_ae") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(*) FROM "hes_ae" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT (regexp_matches(CAST("TOKEN_PERSON_ID" AS VARCHAR), '^ART[0-9A-Z]{10}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_ae" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT (regexp_matches(CAST("TOKEN_PERSON_ID" AS VARCHAR), '^ART[0-9A-Z]{10}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "hes_ae") = (SELECT "entities_with_rows" FROM "hes_ae_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "hes_ae_provenance") - (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "hes_ae") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'AEKEY' AS "field",
    (SELECT count(*) FROM "hes_ae" WHERE ("AEKEY" IS NULL) OR (NOT (regexp_matches(CAST("AEKEY" AS VARCHAR), '^99999[0-9]{7}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_ae" WHERE ("AEKEY" IS NULL) OR (NOT (regexp_matches(CAST("AEKEY" AS VARCHAR), '^99999[0-9]{7}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 99999[0-9]{7}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'AEKEY' AS "field",
    (SELECT count(DISTINCT "AEKEY") FROM "hes_ae") = (SELECT count(*) FROM "hes_ae") AS "passed",
    CAST((SELECT count(*) FROM "hes_ae") - (SELECT count(DISTINCT "AEKEY") FROM "hes_ae") AS DOUBLE) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'ARRIVALAGE' AS "field",
    (SELECT count(*) FROM "hes_ae" WHERE NOT (coalesce((("ARRIVALAGE" = CAST((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT)) OR (("ARRIVALAGE" IS NULL) AND (CAST((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "hes_ae" WHERE NOT (coalesce((("ARRIVALAGE" = CAST((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT)) OR (("ARRIVALAGE" IS NULL) AND (CAST((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 1, 4) AS BIGINT) - CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 1, 4) AS BIGINT)) - CASE WHEN ((CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("ARRIVALDATE", '%Y-%m-%d'), 9, 2) AS BIGINT)) < ((CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 6, 2) AS BIGINT) * 100) + CAST(substr(strftime("MYDOB", '%Y-%m-%d'), 9, 2) AS BIGINT)) THEN 1 ELSE 0 END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE) AS "measure",
    'rows whose value differs from the expression' AS "detail"
) AS "v"
CROSS JOIN "hes_ae_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "hes_ae_qa" AS "q";

-- [9/11] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
SELECT
  *
FROM (
  SELECT
    "p"."ordinal",
    "p"."field",
    "p"."kind",
    max("p"."rows") AS "rows",
    max("p"."outside") AS "outside",
    sum(CASE
      WHEN ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share") < 0e+0 THEN 0e+0 - ((CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share")
      ELSE (CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)) - "p"."released_share"
    END) / 2e+0 AS "tvd",
    sum(CASE
      WHEN (CAST("p"."rows" AS DOUBLE) * "p"."released_share") > 0e+0 THEN ((CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE) - (CAST("p"."rows" AS DOUBLE) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE) * "p"."released_share")
      ELSE 0e+0
    END) AS "chi_square",
    count("p"."stat") - 1 AS "degrees_of_freedom",
    sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE 0e+0 END) AS "null_released",
    sum(CASE
      WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE) / CAST("p"."rows" AS DOUBLE)
      ELSE 0e+0
    END) AS "null_generated"
  FROM (
    SELECT
      "g"."ordinal",
      "g"."field",
      "g"."kind",
      "c"."stat",
      "c"."released_share",
      "c"."generated",
      "t"."rows" AS "rows",
      "t"."outside" AS "outside"
    FROM "adg_fields" AS "g"
    LEFT JOIN (
      SELECT
        "c"."ordinal",
        "c"."cell",
        "it"."stat",
        "it"."value",
        "it"."lo",
        "it"."hi",
        CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
        coalesce("x"."generated", 0) AS "generated"
      FROM (
        SELECT
          "r"."ordinal",
          "r"."cell",
          sum("r"."n_rows") AS "released"
        FROM (
          SELECT
            "i"."ordinal",
            "i"."cell",
            "i"."n_rows" AS "n_rows"
          FROM "adg_qa_items" AS "i"
        ) AS "r"
        GROUP BY "r"."ordinal", "r"."cell"
      ) AS "c"
      LEFT JOIN (
        SELECT
          "ordinal",
          "cell",
          sum("n") AS "generated"
        FROM "adg_qa_counts"
        WHERE "cell" IS NOT NULL
        GROUP BY "ordinal", "cell"
      ) AS "x"
        ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
      JOIN "adg_qa_items" AS "it"
        ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
    ) AS "c"
      ON "c"."ordinal" = "g"."ordinal"
    LEFT JOIN (
      SELECT
        "a"."ordinal",
        sum("a"."n") AS "rows",
        sum(CASE
          WHEN ("a"."cell" IS NULL) AND (NOT (("a"."value" IS NULL) AND ("a"."num" IS NULL) AND ("r"."items" IS NULL))) AND (NOT ("a"."in_sequence")) THEN "a"."n"
          ELSE 0
        END) AS "outside"
      FROM "adg_qa_counts" AS "a"
      LEFT JOIN (
        SELECT
          "ordinal",
          count(*) AS "items"
        FROM "adg_qa_items"
        GROUP BY "ordinal"
      ) AS "r"
        ON "r"."ordinal" = "a"."ordinal"
      GROUP BY "a"."ordinal"
    ) AS "t"
      ON "t"."ordinal" = "g"."ordinal"
  ) AS "p"
  GROUP BY "p"."ordinal", "p"."field", "p"."kind"
) AS "f"
ORDER BY "ordinal" NULLS LAST;

-- [10/11] Per released cell: released and generated shares, for the plots
SELECT
  *
FROM (
  SELECT
    "c"."ordinal",
    "c"."cell",
    "it"."stat",
    "it"."value",
    "it"."lo",
    "it"."hi",
    CAST("c"."released" AS DOUBLE) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE) AS "released_share",
    coalesce("x"."generated", 0) AS "generated"
  FROM (
    SELECT
      "r"."ordinal",
      "r"."cell",
      sum("r"."n_rows") AS "released"
    FROM (
      SELECT
        "i"."ordinal",
        "i"."cell",
        "i"."n_rows" AS "n_rows"
      FROM "adg_qa_items" AS "i"
    ) AS "r"
    GROUP BY "r"."ordinal", "r"."cell"
  ) AS "c"
  LEFT JOIN (
    SELECT
      "ordinal",
      "cell",
      sum("n") AS "generated"
    FROM "adg_qa_counts"
    WHERE "cell" IS NOT NULL
    GROUP BY "ordinal", "cell"
  ) AS "x"
    ON ("x"."ordinal" = "c"."ordinal") AND ("x"."cell" = "c"."cell")
  JOIN "adg_qa_items" AS "it"
    ON ("it"."ordinal" = "c"."ordinal") AND ("it"."item" = "c"."cell")
) AS "c"
ORDER BY "ordinal" NULLS LAST, "cell" NULLS LAST;

-- [11/11] What the output came from
SELECT
  CAST("generated_at" AS VARCHAR) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "hes_ae") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "hes_ae_provenance") AS "expected_rows"
FROM "hes_ae_provenance";
