-- adg 0.1.0: stage 5 (qa) of dataset "flights", PostgreSQL dialect.
-- Compiled from specs/flights.yaml (spec sha256 e80e949c5e3d3d31); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/flights.yaml` runs it with progress and checks.

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
  (CAST(1 AS BIGINT), 'date', 'date'),
  (CAST(2 AS BIGINT), 'delay', 'discrete'),
  (CAST(3 AS BIGINT), 'distance', 'continuous'),
  (CAST(4 AS BIGINT), 'origin', 'categorical'),
  (CAST(5 AS BIGINT), 'destination', 'categorical')
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
  JOIN "adg_released"."flights_metadata" AS "m"
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
    JOIN "adg_released"."flights_metadata" AS "m"
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
    JOIN "adg_released"."flights_metadata" AS "m"
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
      to_char(date_trunc('hour', "date"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."flights"
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
      CAST(CAST("delay" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."flights"
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
      CAST(NULL AS TEXT) AS "value",
      CAST("distance" AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."flights"
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
      CAST("origin" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."flights"
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
      CAST("destination" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."flights"
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

DROP TABLE IF EXISTS "adg_output"."flights_qa__adg_new";

CREATE TABLE "adg_output"."flights_qa__adg_new" AS
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
    coalesce((SELECT CAST(floor(((CAST('1' AS DOUBLE PRECISION) * "n_rows") + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows'), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."flights") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."flights") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CAST(floor(((CAST('1' AS DOUBLE PRECISION) * "n_rows") + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows') AS TEXT), '(unknown: the source row count was not released)') AS "detail"
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
) AS "v"
CROSS JOIN "adg_output"."flights_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."flights_qa";

ALTER TABLE "adg_output"."flights_qa__adg_new" RENAME TO "flights_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."flights_qa" AS "q";

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
  (SELECT count(*) FROM "adg_output"."flights") AS "rows",
  (SELECT CAST(floor(((CAST('1' AS DOUBLE PRECISION) * "n_rows") + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows') AS "expected_rows"
FROM "adg_output"."flights_provenance";
