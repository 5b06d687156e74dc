-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_apc", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/9] Fields to check
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical'),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical'),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical'),
  (CAST(4 AS BIGINT), 'SITETRET', 'categorical'),
  (CAST(5 AS BIGINT), 'ADMIDATE', 'date'),
  (CAST(6 AS BIGINT), 'ADMIMETH', 'categorical'),
  (CAST(7 AS BIGINT), 'ADMISORC', 'categorical'),
  (CAST(8 AS BIGINT), 'ADMINCAT', 'categorical'),
  (CAST(9 AS BIGINT), 'CLASSPAT', 'categorical'),
  (CAST(10 AS BIGINT), 'ELECDATE', 'date'),
  (CAST(11 AS BIGINT), 'ELECDUR', 'discrete'),
  (CAST(12 AS BIGINT), 'EPISTART', 'date'),
  (CAST(13 AS BIGINT), 'EPIEND', 'date'),
  (CAST(14 AS BIGINT), 'EPIORDER', 'discrete'),
  (CAST(15 AS BIGINT), 'EPISTAT', 'categorical'),
  (CAST(16 AS BIGINT), 'EPITYPE', 'categorical'),
  (CAST(17 AS BIGINT), 'EPIDUR', 'discrete'),
  (CAST(18 AS BIGINT), 'DISDATE', 'date'),
  (CAST(19 AS BIGINT), 'DISDEST', 'categorical'),
  (CAST(20 AS BIGINT), 'DISMETH', 'categorical'),
  (CAST(21 AS BIGINT), 'SPELDUR', 'discrete'),
  (CAST(22 AS BIGINT), 'MYDOB', 'date'),
  (CAST(23 AS BIGINT), 'SEX', 'categorical'),
  (CAST(24 AS BIGINT), 'ETHNOS', 'categorical'),
  (CAST(25 AS BIGINT), 'MAINSPEF', 'categorical'),
  (CAST(26 AS BIGINT), 'TRETSPEF', 'categorical'),
  (CAST(27 AS BIGINT), 'DIAG_4_01', 'categorical'),
  (CAST(28 AS BIGINT), 'DIAG_4_02', 'categorical'),
  (CAST(29 AS BIGINT), 'DIAG_4_03', 'categorical'),
  (CAST(30 AS BIGINT), 'DIAG_4_04', 'categorical'),
  (CAST(31 AS BIGINT), 'DIAG_4_05', 'categorical'),
  (CAST(32 AS BIGINT), 'DIAG_4_06', 'categorical'),
  (CAST(33 AS BIGINT), 'DIAG_4_07', 'categorical'),
  (CAST(34 AS BIGINT), 'DIAG_4_08', 'categorical'),
  (CAST(35 AS BIGINT), 'DIAG_4_09', 'categorical'),
  (CAST(36 AS BIGINT), 'DIAG_4_10', 'categorical'),
  (CAST(37 AS BIGINT), 'OPERTN_4_01', 'categorical'),
  (CAST(38 AS BIGINT), 'OPERTN_4_02', 'categorical'),
  (CAST(39 AS BIGINT), 'OPERTN_4_03', 'categorical'),
  (CAST(40 AS BIGINT), 'OPERTN_4_04', 'categorical'),
  (CAST(41 AS BIGINT), 'OPERTN_4_05', 'categorical'),
  (CAST(42 AS BIGINT), 'OPERTN_4_06', 'categorical'),
  (CAST(43 AS BIGINT), 'OPDATE_01', 'date'),
  (CAST(44 AS BIGINT), 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [3/9] Released items of every field, each with the cell it is compared in
DROP TABLE IF EXISTS pg_temp."adg_qa_items";

CREATE TEMP TABLE "adg_qa_items" AS
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
      WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END AS "point",
    CASE
      WHEN "g"."ordinal" = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN "g"."ordinal" = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN "g"."ordinal" = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN "g"."ordinal" = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
        WHEN "g"."ordinal" = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
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

-- [4/9] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
DROP TABLE IF EXISTS pg_temp."adg_qa_counts";

CREATE TEMP TABLE "adg_qa_counts" AS
SELECT
  "k"."ordinal",
  "k"."value",
  "k"."num",
  "k"."n",
  coalesce(coalesce("v"."cell", "z"."cell"), coalesce("p"."cell", "b"."cell")) AS "cell",
  ("s"."seq" IS NOT NULL) OR ("hm"."ordinal" IS NOT NULL) AS "in_sequence"
FROM (
  SELECT
    CAST(1 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(1 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FYEAR" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(2 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(2 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODE3" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(3 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(3 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODET" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(4 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(4 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SITETRET" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(5 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(5 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "ADMIDATE") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(6 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(6 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ADMIMETH" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(7 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(7 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ADMISORC" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(8 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(8 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ADMINCAT" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(9 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(9 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("CLASSPAT" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(10 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(10 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "ELECDATE") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(11 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(11 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("ELECDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(12 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(12 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "EPISTART") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(13 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(13 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(13 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(13 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(13 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(13 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "EPIEND") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(14 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(14 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(14 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(14 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(14 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(14 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("EPIORDER" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(15 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(15 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(15 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(15 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(15 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(15 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("EPISTAT" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(16 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(16 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(16 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(16 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(16 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(16 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("EPITYPE" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(17 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(17 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(17 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(17 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(17 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(17 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("EPIDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(18 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(18 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(18 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(18 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(18 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(18 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "DISDATE") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(19 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(19 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(19 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(19 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(19 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(19 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DISDEST" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(20 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(20 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(20 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(20 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(20 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(20 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DISMETH" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(21 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(21 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(21 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(21 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(21 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(21 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("SPELDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(22 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(22 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(22 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(22 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(22 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(22 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('year', "MYDOB") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(23 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(23 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(23 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(23 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(23 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(23 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SEX" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(24 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(24 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(24 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(24 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(24 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(24 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ETHNOS" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(25 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(25 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(25 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(25 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(25 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(25 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("MAINSPEF" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(26 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(26 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(26 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(26 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(26 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(26 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TRETSPEF" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(27 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(27 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(27 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(27 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(27 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(27 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(28 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(28 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(28 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(28 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(28 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(28 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(29 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(29 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(29 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(29 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(29 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(29 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(30 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(30 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(30 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(30 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(30 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(30 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(31 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(31 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(31 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(31 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(31 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(31 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(32 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(32 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(32 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(32 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(32 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(32 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(33 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(33 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(33 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(33 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(33 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(33 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_07" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(34 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(34 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(34 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(34 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(34 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(34 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_08" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(35 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(35 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(35 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(35 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(35 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(35 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_09" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(36 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(36 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(36 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(36 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(36 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(36 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_10" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(37 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(37 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(37 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(37 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(37 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(37 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(38 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(38 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(38 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(38 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(38 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(38 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(39 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(39 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(39 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(39 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(39 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(39 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(40 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(40 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(40 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(40 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(40 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(40 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(41 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(41 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(41 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(41 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(41 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(41 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(42 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(42 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(42 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(42 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(42 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(42 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(43 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(43 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(43 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(43 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(43 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(43 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "OPDATE_01") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(44 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(44 AS BIGINT) = CAST(10 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(44 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(44 AS BIGINT) = CAST(12 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(44 AS BIGINT) = CAST(13 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN CAST(44 AS BIGINT) = CAST(18 AS BIGINT) THEN CAST(10 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("RESLADST" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_apc"
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
    CAST(NULL AS TEXT) AS "value"
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

-- [5/9] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hes_apc_qa__adg_new";

CREATE TABLE "adg_output"."hes_apc_qa__adg_new" AS
SELECT
  "pv"."generated_at",
  "pv"."metadata_hash",
  "v"."check_id",
  "v"."field",
  "v"."passed",
  "v"."measure",
  "v"."detail",
  now() AS "checked_at"
FROM (
  SELECT
    'row-count' AS "check_id",
    CAST(NULL AS TEXT) AS "field",
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_apc_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."hes_apc") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_apc_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
  UNION ALL
  SELECT
    'released-values' AS "check_id",
    "f"."field",
    "f"."outside" = CAST(0 AS BIGINT) AS "passed",
    CAST("f"."outside" AS DOUBLE PRECISION) AS "measure",
    'generated rows outside the released values, bins and buckets' AS "detail"
  FROM (
    SELECT
      "p"."ordinal",
      "p"."field",
      "p"."kind",
      max("p"."rows") AS "rows",
      max("p"."outside") AS "outside",
      sum(CASE
        WHEN ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share") < CAST('0' AS DOUBLE PRECISION) THEN CAST('0' AS DOUBLE PRECISION) - ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share")
        ELSE (CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share"
      END) / CAST('2' AS DOUBLE PRECISION) AS "tvd",
      sum(CASE
        WHEN (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share") > CAST('0' AS DOUBLE PRECISION) THEN ((CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")
        ELSE CAST('0' AS DOUBLE PRECISION)
      END) AS "chi_square",
      count("p"."stat") - CAST(1 AS BIGINT) AS "degrees_of_freedom",
      sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE CAST('0' AS DOUBLE PRECISION) END) AS "null_released",
      sum(CASE
        WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)
        ELSE CAST('0' AS DOUBLE PRECISION)
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
          CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
          coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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
            ELSE CAST(0 AS BIGINT)
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
    (SELECT count("GPPRAC") FROM "adg_output"."hes_apc") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("GPPRAC") FROM "adg_output"."hes_apc") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT ((CAST("TOKEN_PERSON_ID" AS TEXT) ~ '^ART[0-9A-Z]{10}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT ((CAST("TOKEN_PERSON_ID" AS TEXT) ~ '^ART[0-9A-Z]{10}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "adg_output"."hes_apc") = (SELECT "entities_with_rows" FROM "adg_output"."hes_apc_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."hes_apc_provenance") - (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "adg_output"."hes_apc") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'EPIKEY' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE ("EPIKEY" IS NULL) OR (NOT ((CAST("EPIKEY" AS TEXT) ~ '^99999[0-9]{7}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE ("EPIKEY" IS NULL) OR (NOT ((CAST("EPIKEY" AS TEXT) ~ '^99999[0-9]{7}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 99999[0-9]{7}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'EPIKEY' AS "field",
    (SELECT count(DISTINCT "EPIKEY") FROM "adg_output"."hes_apc") = (SELECT count(*) FROM "adg_output"."hes_apc") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc") - (SELECT count(DISTINCT "EPIKEY") FROM "adg_output"."hes_apc") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'ELECDATE <= ADMIDATE <= EPISTART <= EPIEND <= DISDATE' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE ("ELECDATE" > "ADMIDATE") OR ("ELECDATE" > "EPISTART") OR ("ELECDATE" > "EPIEND") OR ("ELECDATE" > "DISDATE") OR ("ADMIDATE" > "EPISTART") OR ("ADMIDATE" > "EPIEND") OR ("ADMIDATE" > "DISDATE") OR ("EPISTART" > "EPIEND") OR ("EPISTART" > "DISDATE") OR ("EPIEND" > "DISDATE")) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE ("ELECDATE" > "ADMIDATE") OR ("ELECDATE" > "EPISTART") OR ("ELECDATE" > "EPIEND") OR ("ELECDATE" > "DISDATE") OR ("ADMIDATE" > "EPISTART") OR ("ADMIDATE" > "EPIEND") OR ("ADMIDATE" > "DISDATE") OR ("EPISTART" > "EPIEND") OR ("EPISTART" > "DISDATE") OR ("EPIEND" > "DISDATE")) AS DOUBLE PRECISION) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'STARTAGE' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("STARTAGE" = CAST((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("STARTAGE" IS NULL) AND (CAST((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("STARTAGE" = CAST((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("STARTAGE" IS NULL) AND (CAST((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("EPISTART", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE PRECISION) AS "measure",
    'rows whose value differs from the expression' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'DIAG_4_CONCAT' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("DIAG_4_CONCAT" = CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(char_length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END)) AS INTEGER)) ELSE CAST(NULL AS TEXT) END AS TEXT)) OR (("DIAG_4_CONCAT" IS NULL) AND (CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(char_length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END)) AS INTEGER)) ELSE CAST(NULL AS TEXT) END AS TEXT) IS NULL))), FALSE))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("DIAG_4_CONCAT" = CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(char_length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END)) AS INTEGER)) ELSE CAST(NULL AS TEXT) END AS TEXT)) OR (("DIAG_4_CONCAT" IS NULL) AND (CAST(CASE WHEN ("DIAG_4_01" IS NOT NULL) OR ("DIAG_4_02" IS NOT NULL) OR ("DIAG_4_03" IS NOT NULL) OR ("DIAG_4_04" IS NOT NULL) OR ("DIAG_4_05" IS NOT NULL) OR ("DIAG_4_06" IS NOT NULL) OR ("DIAG_4_07" IS NOT NULL) OR ("DIAG_4_08" IS NOT NULL) OR ("DIAG_4_09" IS NOT NULL) OR ("DIAG_4_10" IS NOT NULL) THEN substr((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(char_length((CASE WHEN "DIAG_4_01" IS NOT NULL THEN ',' || "DIAG_4_01" ELSE '' END || CASE WHEN "DIAG_4_02" IS NOT NULL THEN ',' || "DIAG_4_02" ELSE '' END || CASE WHEN "DIAG_4_03" IS NOT NULL THEN ',' || "DIAG_4_03" ELSE '' END || CASE WHEN "DIAG_4_04" IS NOT NULL THEN ',' || "DIAG_4_04" ELSE '' END || CASE WHEN "DIAG_4_05" IS NOT NULL THEN ',' || "DIAG_4_05" ELSE '' END || CASE WHEN "DIAG_4_06" IS NOT NULL THEN ',' || "DIAG_4_06" ELSE '' END || CASE WHEN "DIAG_4_07" IS NOT NULL THEN ',' || "DIAG_4_07" ELSE '' END || CASE WHEN "DIAG_4_08" IS NOT NULL THEN ',' || "DIAG_4_08" ELSE '' END || CASE WHEN "DIAG_4_09" IS NOT NULL THEN ',' || "DIAG_4_09" ELSE '' END || CASE WHEN "DIAG_4_10" IS NOT NULL THEN ',' || "DIAG_4_10" ELSE '' END)) AS INTEGER)) ELSE CAST(NULL AS TEXT) END AS TEXT) IS NULL))), FALSE))) AS DOUBLE PRECISION) AS "measure",
    'rows whose value differs from the expression' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'DIAG_COUNT' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("DIAG_COUNT" = CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("DIAG_COUNT" IS NULL) AND (CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("DIAG_COUNT" = CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("DIAG_COUNT" IS NULL) AND (CAST(CASE WHEN "DIAG_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_07" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_08" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_09" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "DIAG_4_10" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE PRECISION) AS "measure",
    'rows whose value differs from the expression' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'OPERTN_COUNT' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("OPERTN_COUNT" = CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("OPERTN_COUNT" IS NULL) AND (CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_apc" WHERE NOT (coalesce((("OPERTN_COUNT" = CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("OPERTN_COUNT" IS NULL) AND (CAST(CASE WHEN "OPERTN_4_01" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_02" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_03" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_04" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_05" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END + CASE WHEN "OPERTN_4_06" IS NOT NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE PRECISION) AS "measure",
    'rows whose value differs from the expression' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."hes_apc_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."hes_apc_qa";

ALTER TABLE "adg_output"."hes_apc_qa__adg_new" RENAME TO "hes_apc_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."hes_apc_qa" AS "q";

-- [7/9] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
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
      WHEN ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share") < CAST('0' AS DOUBLE PRECISION) THEN CAST('0' AS DOUBLE PRECISION) - ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share")
      ELSE (CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share"
    END) / CAST('2' AS DOUBLE PRECISION) AS "tvd",
    sum(CASE
      WHEN (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share") > CAST('0' AS DOUBLE PRECISION) THEN ((CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")
      ELSE CAST('0' AS DOUBLE PRECISION)
    END) AS "chi_square",
    count("p"."stat") - CAST(1 AS BIGINT) AS "degrees_of_freedom",
    sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE CAST('0' AS DOUBLE PRECISION) END) AS "null_released",
    sum(CASE
      WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)
      ELSE CAST('0' AS DOUBLE PRECISION)
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
        CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
        coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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
          ELSE CAST(0 AS BIGINT)
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

-- [8/9] Per released cell: released and generated shares, for the plots
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
    CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
    coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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

-- [9/9] What the output came from
SELECT
  CAST("generated_at" AS TEXT) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "adg_output"."hes_apc") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_apc_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_apc_provenance") AS "expected_rows"
FROM "adg_output"."hes_apc_provenance";

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_op", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/9] Fields to check
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical'),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical'),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical'),
  (CAST(4 AS BIGINT), 'SITETRET', 'categorical'),
  (CAST(5 AS BIGINT), 'APPTDATE', 'date'),
  (CAST(6 AS BIGINT), 'REQDATE', 'date'),
  (CAST(7 AS BIGINT), 'WAITING', 'discrete'),
  (CAST(8 AS BIGINT), 'ATTENDED', 'categorical'),
  (CAST(9 AS BIGINT), 'FIRSTATT', 'categorical'),
  (CAST(10 AS BIGINT), 'OUTCOME', 'categorical'),
  (CAST(11 AS BIGINT), 'PRIORITY', 'categorical'),
  (CAST(12 AS BIGINT), 'REFSOURC', 'categorical'),
  (CAST(13 AS BIGINT), 'SERVTYPE', 'categorical'),
  (CAST(14 AS BIGINT), 'STAFFTYP', 'categorical'),
  (CAST(15 AS BIGINT), 'TRETSPEF', 'categorical'),
  (CAST(16 AS BIGINT), 'MAINSPEF', 'categorical'),
  (CAST(17 AS BIGINT), 'DIAG_4_01', 'categorical'),
  (CAST(18 AS BIGINT), 'DIAG_4_02', 'categorical'),
  (CAST(19 AS BIGINT), 'DIAG_4_03', 'categorical'),
  (CAST(20 AS BIGINT), 'DIAG_4_04', 'categorical'),
  (CAST(21 AS BIGINT), 'DIAG_4_05', 'categorical'),
  (CAST(22 AS BIGINT), 'DIAG_4_06', 'categorical'),
  (CAST(23 AS BIGINT), 'OPERTN_4_01', 'categorical'),
  (CAST(24 AS BIGINT), 'OPERTN_4_02', 'categorical'),
  (CAST(25 AS BIGINT), 'OPERTN_4_03', 'categorical'),
  (CAST(26 AS BIGINT), 'OPERTN_4_04', 'categorical'),
  (CAST(27 AS BIGINT), 'OPERTN_4_05', 'categorical'),
  (CAST(28 AS BIGINT), 'OPERTN_4_06', 'categorical'),
  (CAST(29 AS BIGINT), 'MYDOB', 'date'),
  (CAST(30 AS BIGINT), 'SEX', 'categorical'),
  (CAST(31 AS BIGINT), 'ETHNOS', 'categorical'),
  (CAST(32 AS BIGINT), 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [3/9] Released items of every field, each with the cell it is compared in
DROP TABLE IF EXISTS pg_temp."adg_qa_items";

CREATE TEMP TABLE "adg_qa_items" AS
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
      WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END AS "point",
    CASE
      WHEN "g"."ordinal" = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq"
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."hes_op_metadata" AS "m"
      ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
    WHERE "m"."stat" IN ('null', 'value', 'bin')
  ) AS "b"
    ON ("b"."ordinal" = "p"."ordinal") AND ("b"."stat" = 'bin') AND ("p"."point" >= "b"."lo") AND ("p"."point" < "b"."hi")
  GROUP BY "p"."ordinal", "p"."item"
) AS "x"
  ON ("x"."ordinal" = "i"."ordinal") AND ("x"."item" = "i"."item");

-- [4/9] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
DROP TABLE IF EXISTS pg_temp."adg_qa_counts";

CREATE TEMP TABLE "adg_qa_counts" AS
SELECT
  "k"."ordinal",
  "k"."value",
  "k"."num",
  "k"."n",
  coalesce(coalesce("v"."cell", "z"."cell"), coalesce("p"."cell", "b"."cell")) AS "cell",
  ("s"."seq" IS NOT NULL) OR ("hm"."ordinal" IS NOT NULL) AS "in_sequence"
FROM (
  SELECT
    CAST(1 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(1 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FYEAR" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(2 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(2 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODE3" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(3 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(3 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODET" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(4 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(4 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SITETRET" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(5 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(5 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "APPTDATE") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(6 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(6 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "REQDATE") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(7 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(7 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("WAITING" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(8 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(8 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ATTENDED" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(9 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(9 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FIRSTATT" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(10 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(10 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OUTCOME" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(11 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(11 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PRIORITY" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(12 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(12 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("REFSOURC" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(13 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(13 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(13 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SERVTYPE" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(14 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(14 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(14 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("STAFFTYP" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(15 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(15 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(15 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TRETSPEF" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(16 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(16 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(16 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("MAINSPEF" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(17 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(17 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(17 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(18 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(18 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(18 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(19 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(19 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(19 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(20 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(20 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(20 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(21 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(21 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(21 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(22 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(22 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(22 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_4_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(23 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(23 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(23 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(24 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(24 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(24 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(25 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(25 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(25 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(26 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(26 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(26 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(27 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(27 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(27 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(28 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(28 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(28 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("OPERTN_4_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(29 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(29 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(29 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('year', "MYDOB") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(30 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(30 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(30 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SEX" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(31 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(31 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(31 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ETHNOS" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(32 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(32 AS BIGINT) = CAST(6 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN CAST(32 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(6 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("RESLADST" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_op"
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
    CAST(29 AS BIGINT) AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    CAST(30 AS BIGINT) AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    CAST(31 AS BIGINT) AS "ordinal",
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

-- [5/9] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hes_op_qa__adg_new";

CREATE TABLE "adg_output"."hes_op_qa__adg_new" AS
SELECT
  "pv"."generated_at",
  "pv"."metadata_hash",
  "v"."check_id",
  "v"."field",
  "v"."passed",
  "v"."measure",
  "v"."detail",
  now() AS "checked_at"
FROM (
  SELECT
    'row-count' AS "check_id",
    CAST(NULL AS TEXT) AS "field",
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_op_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."hes_op") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_op") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_op_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
  UNION ALL
  SELECT
    'released-values' AS "check_id",
    "f"."field",
    "f"."outside" = CAST(0 AS BIGINT) AS "passed",
    CAST("f"."outside" AS DOUBLE PRECISION) AS "measure",
    'generated rows outside the released values, bins and buckets' AS "detail"
  FROM (
    SELECT
      "p"."ordinal",
      "p"."field",
      "p"."kind",
      max("p"."rows") AS "rows",
      max("p"."outside") AS "outside",
      sum(CASE
        WHEN ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share") < CAST('0' AS DOUBLE PRECISION) THEN CAST('0' AS DOUBLE PRECISION) - ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share")
        ELSE (CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share"
      END) / CAST('2' AS DOUBLE PRECISION) AS "tvd",
      sum(CASE
        WHEN (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share") > CAST('0' AS DOUBLE PRECISION) THEN ((CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")
        ELSE CAST('0' AS DOUBLE PRECISION)
      END) AS "chi_square",
      count("p"."stat") - CAST(1 AS BIGINT) AS "degrees_of_freedom",
      sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE CAST('0' AS DOUBLE PRECISION) END) AS "null_released",
      sum(CASE
        WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)
        ELSE CAST('0' AS DOUBLE PRECISION)
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
          CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
          coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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
            ELSE CAST(0 AS BIGINT)
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
    (SELECT count("GPPRAC") FROM "adg_output"."hes_op") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("GPPRAC") FROM "adg_output"."hes_op") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_op" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT ((CAST("TOKEN_PERSON_ID" AS TEXT) ~ '^ART[0-9A-Z]{10}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_op" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT ((CAST("TOKEN_PERSON_ID" AS TEXT) ~ '^ART[0-9A-Z]{10}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "adg_output"."hes_op") = (SELECT "entities_with_rows" FROM "adg_output"."hes_op_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."hes_op_provenance") - (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "adg_output"."hes_op") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'ATTENDKEY' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_op" WHERE ("ATTENDKEY" IS NULL) OR (NOT ((CAST("ATTENDKEY" AS TEXT) ~ '^99999[0-9]{7}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_op" WHERE ("ATTENDKEY" IS NULL) OR (NOT ((CAST("ATTENDKEY" AS TEXT) ~ '^99999[0-9]{7}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 99999[0-9]{7}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'ATTENDKEY' AS "field",
    (SELECT count(DISTINCT "ATTENDKEY") FROM "adg_output"."hes_op") = (SELECT count(*) FROM "adg_output"."hes_op") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_op") - (SELECT count(DISTINCT "ATTENDKEY") FROM "adg_output"."hes_op") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'REQDATE <= APPTDATE' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_op" WHERE "REQDATE" > "APPTDATE") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_op" WHERE "REQDATE" > "APPTDATE") AS DOUBLE PRECISION) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'APPTAGE' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_op" WHERE NOT (coalesce((("APPTAGE" = CAST((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("APPTAGE" IS NULL) AND (CAST((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_op" WHERE NOT (coalesce((("APPTAGE" = CAST((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("APPTAGE" IS NULL) AND (CAST((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("APPTDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE PRECISION) AS "measure",
    'rows whose value differs from the expression' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."hes_op_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."hes_op_qa";

ALTER TABLE "adg_output"."hes_op_qa__adg_new" RENAME TO "hes_op_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."hes_op_qa" AS "q";

-- [7/9] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
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
      WHEN ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share") < CAST('0' AS DOUBLE PRECISION) THEN CAST('0' AS DOUBLE PRECISION) - ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share")
      ELSE (CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share"
    END) / CAST('2' AS DOUBLE PRECISION) AS "tvd",
    sum(CASE
      WHEN (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share") > CAST('0' AS DOUBLE PRECISION) THEN ((CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")
      ELSE CAST('0' AS DOUBLE PRECISION)
    END) AS "chi_square",
    count("p"."stat") - CAST(1 AS BIGINT) AS "degrees_of_freedom",
    sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE CAST('0' AS DOUBLE PRECISION) END) AS "null_released",
    sum(CASE
      WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)
      ELSE CAST('0' AS DOUBLE PRECISION)
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
        CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
        coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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
          ELSE CAST(0 AS BIGINT)
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

-- [8/9] Per released cell: released and generated shares, for the plots
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
    CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
    coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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

-- [9/9] What the output came from
SELECT
  CAST("generated_at" AS TEXT) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "adg_output"."hes_op") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_op_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_op_provenance") AS "expected_rows"
FROM "adg_output"."hes_op_provenance";

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 5 (qa) of dataset "hes_ae", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/9] Fields to check
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (CAST(1 AS BIGINT), 'FYEAR', 'categorical'),
  (CAST(2 AS BIGINT), 'PROCODE3', 'categorical'),
  (CAST(3 AS BIGINT), 'PROCODET', 'categorical'),
  (CAST(4 AS BIGINT), 'ARRIVALDATE', 'date'),
  (CAST(5 AS BIGINT), 'AEARRIVALMODE', 'categorical'),
  (CAST(6 AS BIGINT), 'AEATTENDCAT', 'categorical'),
  (CAST(7 AS BIGINT), 'AEATTENDDISP', 'categorical'),
  (CAST(8 AS BIGINT), 'AEDEPTTYPE', 'categorical'),
  (CAST(9 AS BIGINT), 'AEINCLOCTYPE', 'categorical'),
  (CAST(10 AS BIGINT), 'AEPATGROUP', 'categorical'),
  (CAST(11 AS BIGINT), 'AEREFSOURCE', 'categorical'),
  (CAST(12 AS BIGINT), 'DIAG_01', 'categorical'),
  (CAST(13 AS BIGINT), 'DIAG_02', 'categorical'),
  (CAST(14 AS BIGINT), 'DIAG_03', 'categorical'),
  (CAST(15 AS BIGINT), 'DIAG_04', 'categorical'),
  (CAST(16 AS BIGINT), 'DIAG_05', 'categorical'),
  (CAST(17 AS BIGINT), 'DIAG_06', 'categorical'),
  (CAST(18 AS BIGINT), 'INVEST_01', 'categorical'),
  (CAST(19 AS BIGINT), 'INVEST_02', 'categorical'),
  (CAST(20 AS BIGINT), 'INVEST_03', 'categorical'),
  (CAST(21 AS BIGINT), 'INVEST_04', 'categorical'),
  (CAST(22 AS BIGINT), 'INVEST_05', 'categorical'),
  (CAST(23 AS BIGINT), 'INVEST_06', 'categorical'),
  (CAST(24 AS BIGINT), 'TREAT_01', 'categorical'),
  (CAST(25 AS BIGINT), 'TREAT_02', 'categorical'),
  (CAST(26 AS BIGINT), 'TREAT_03', 'categorical'),
  (CAST(27 AS BIGINT), 'TREAT_04', 'categorical'),
  (CAST(28 AS BIGINT), 'TREAT_05', 'categorical'),
  (CAST(29 AS BIGINT), 'TREAT_06', 'categorical'),
  (CAST(30 AS BIGINT), 'INITDUR', 'discrete'),
  (CAST(31 AS BIGINT), 'TRETDUR', 'discrete'),
  (CAST(32 AS BIGINT), 'CONCLDUR', 'discrete'),
  (CAST(33 AS BIGINT), 'DEPDUR', 'discrete'),
  (CAST(34 AS BIGINT), 'MYDOB', 'date'),
  (CAST(35 AS BIGINT), 'SEX', 'categorical'),
  (CAST(36 AS BIGINT), 'ETHNOS', 'categorical'),
  (CAST(37 AS BIGINT), 'RESLADST', 'categorical')
) AS "v"("ordinal", "field", "kind");

-- [3/9] Released items of every field, each with the cell it is compared in
DROP TABLE IF EXISTS pg_temp."adg_qa_items";

CREATE TEMP TABLE "adg_qa_items" AS
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
      WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
      ELSE CAST(NULL AS DOUBLE PRECISION)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
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

-- [4/9] Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)
DROP TABLE IF EXISTS pg_temp."adg_qa_counts";

CREATE TEMP TABLE "adg_qa_counts" AS
SELECT
  "k"."ordinal",
  "k"."value",
  "k"."num",
  "k"."n",
  coalesce(coalesce("v"."cell", "z"."cell"), coalesce("p"."cell", "b"."cell")) AS "cell",
  ("s"."seq" IS NOT NULL) OR ("hm"."ordinal" IS NOT NULL) AS "in_sequence"
FROM (
  SELECT
    CAST(1 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("FYEAR" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(2 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODE3" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(3 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("PROCODET" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(4 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "ARRIVALDATE") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(5 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEARRIVALMODE" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(6 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEATTENDCAT" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(7 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEATTENDDISP" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(8 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEDEPTTYPE" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(9 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEINCLOCTYPE" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(10 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEPATGROUP" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(11 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("AEREFSOURCE" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(12 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(13 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(14 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(15 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(16 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(17 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("DIAG_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(18 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(19 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(20 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(21 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(22 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(23 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("INVEST_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(24 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_01" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(25 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_02" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(26 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_03" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(27 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_04" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(28 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_05" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(29 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("TREAT_06" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(30 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("INITDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(31 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("TRETDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(32 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("CONCLDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(33 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST(CAST("DEPDUR" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(34 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('year', "MYDOB") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(35 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("SEX" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(36 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("ETHNOS" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(37 AS BIGINT) AS "ordinal",
    CAST(NULL AS BIGINT) AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("RESLADST" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."hes_ae"
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
    CAST(34 AS BIGINT) AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'MYDOB') AND ("m"."kind" = 'date') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    CAST(35 AS BIGINT) AS "ordinal",
    "m"."value"
  FROM "adg_released"."hes_apc_metadata" AS "m"
  WHERE ("m"."field" = 'SEX') AND ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  GROUP BY "m"."value"
  UNION ALL
  SELECT
    CAST(36 AS BIGINT) AS "ordinal",
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

-- [5/9] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN;

DROP TABLE IF EXISTS "adg_output"."hes_ae_qa__adg_new";

CREATE TABLE "adg_output"."hes_ae_qa__adg_new" AS
SELECT
  "pv"."generated_at",
  "pv"."metadata_hash",
  "v"."check_id",
  "v"."field",
  "v"."passed",
  "v"."measure",
  "v"."detail",
  now() AS "checked_at"
FROM (
  SELECT
    'row-count' AS "check_id",
    CAST(NULL AS TEXT) AS "field",
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_ae_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."hes_ae") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_ae") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_ae_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
  UNION ALL
  SELECT
    'released-values' AS "check_id",
    "f"."field",
    "f"."outside" = CAST(0 AS BIGINT) AS "passed",
    CAST("f"."outside" AS DOUBLE PRECISION) AS "measure",
    'generated rows outside the released values, bins and buckets' AS "detail"
  FROM (
    SELECT
      "p"."ordinal",
      "p"."field",
      "p"."kind",
      max("p"."rows") AS "rows",
      max("p"."outside") AS "outside",
      sum(CASE
        WHEN ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share") < CAST('0' AS DOUBLE PRECISION) THEN CAST('0' AS DOUBLE PRECISION) - ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share")
        ELSE (CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share"
      END) / CAST('2' AS DOUBLE PRECISION) AS "tvd",
      sum(CASE
        WHEN (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share") > CAST('0' AS DOUBLE PRECISION) THEN ((CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")
        ELSE CAST('0' AS DOUBLE PRECISION)
      END) AS "chi_square",
      count("p"."stat") - CAST(1 AS BIGINT) AS "degrees_of_freedom",
      sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE CAST('0' AS DOUBLE PRECISION) END) AS "null_released",
      sum(CASE
        WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)
        ELSE CAST('0' AS DOUBLE PRECISION)
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
          CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
          coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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
            ELSE CAST(0 AS BIGINT)
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
    (SELECT count("ARRIVALTIME") FROM "adg_output"."hes_ae") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("ARRIVALTIME") FROM "adg_output"."hes_ae") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'GPPRAC' AS "field",
    (SELECT count("GPPRAC") FROM "adg_output"."hes_ae") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("GPPRAC") FROM "adg_output"."hes_ae") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_ae" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT ((CAST("TOKEN_PERSON_ID" AS TEXT) ~ '^ART[0-9A-Z]{10}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_ae" WHERE ("TOKEN_PERSON_ID" IS NULL) OR (NOT ((CAST("TOKEN_PERSON_ID" AS TEXT) ~ '^ART[0-9A-Z]{10}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match ART[0-9A-Z]{10}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'TOKEN_PERSON_ID' AS "field",
    (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "adg_output"."hes_ae") = (SELECT "entities_with_rows" FROM "adg_output"."hes_ae_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."hes_ae_provenance") - (SELECT count(DISTINCT "TOKEN_PERSON_ID") FROM "adg_output"."hes_ae") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'AEKEY' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_ae" WHERE ("AEKEY" IS NULL) OR (NOT ((CAST("AEKEY" AS TEXT) ~ '^99999[0-9]{7}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_ae" WHERE ("AEKEY" IS NULL) OR (NOT ((CAST("AEKEY" AS TEXT) ~ '^99999[0-9]{7}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 99999[0-9]{7}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'AEKEY' AS "field",
    (SELECT count(DISTINCT "AEKEY") FROM "adg_output"."hes_ae") = (SELECT count(*) FROM "adg_output"."hes_ae") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_ae") - (SELECT count(DISTINCT "AEKEY") FROM "adg_output"."hes_ae") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'derived' AS "check_id",
    'ARRIVALAGE' AS "field",
    (SELECT count(*) FROM "adg_output"."hes_ae" WHERE NOT (coalesce((("ARRIVALAGE" = CAST((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("ARRIVALAGE" IS NULL) AND (CAST((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."hes_ae" WHERE NOT (coalesce((("ARRIVALAGE" = CAST((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT)) OR (("ARRIVALAGE" IS NULL) AND (CAST((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT) - CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(4 AS BIGINT) AS INTEGER)) AS BIGINT)) - CASE WHEN ((CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("ARRIVALDATE", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) < ((CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(100 AS BIGINT)) + CAST(substr(to_char("MYDOB", 'YYYY-MM-DD'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(2 AS BIGINT) AS INTEGER)) AS BIGINT)) THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END AS SMALLINT) IS NULL))), FALSE))) AS DOUBLE PRECISION) AS "measure",
    'rows whose value differs from the expression' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."hes_ae_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."hes_ae_qa";

ALTER TABLE "adg_output"."hes_ae_qa__adg_new" RENAME TO "hes_ae_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."hes_ae_qa" AS "q";

-- [7/9] Per field: rows, distance from the released weights, chi-square statistic, NULL shares
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
      WHEN ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share") < CAST('0' AS DOUBLE PRECISION) THEN CAST('0' AS DOUBLE PRECISION) - ((CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share")
      ELSE (CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)) - "p"."released_share"
    END) / CAST('2' AS DOUBLE PRECISION) AS "tvd",
    sum(CASE
      WHEN (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share") > CAST('0' AS DOUBLE PRECISION) THEN ((CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")) * (CAST("p"."generated" AS DOUBLE PRECISION) - (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share"))) / (CAST("p"."rows" AS DOUBLE PRECISION) * "p"."released_share")
      ELSE CAST('0' AS DOUBLE PRECISION)
    END) AS "chi_square",
    count("p"."stat") - CAST(1 AS BIGINT) AS "degrees_of_freedom",
    sum(CASE WHEN "p"."stat" = 'null' THEN "p"."released_share" ELSE CAST('0' AS DOUBLE PRECISION) END) AS "null_released",
    sum(CASE
      WHEN "p"."stat" = 'null' THEN CAST("p"."generated" AS DOUBLE PRECISION) / CAST("p"."rows" AS DOUBLE PRECISION)
      ELSE CAST('0' AS DOUBLE PRECISION)
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
        CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
        coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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
          ELSE CAST(0 AS BIGINT)
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

-- [8/9] Per released cell: released and generated shares, for the plots
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
    CAST("c"."released" AS DOUBLE PRECISION) / CAST(sum("c"."released") OVER (PARTITION BY "c"."ordinal") AS DOUBLE PRECISION) AS "released_share",
    coalesce("x"."generated", CAST(0 AS BIGINT)) AS "generated"
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

-- [9/9] What the output came from
SELECT
  CAST("generated_at" AS TEXT) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "adg_output"."hes_ae") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."hes_ae_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."hes_ae_provenance") AS "expected_rows"
FROM "adg_output"."hes_ae_provenance";
