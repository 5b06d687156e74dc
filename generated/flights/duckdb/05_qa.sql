-- adg 0.1.0: stage 5 (qa) of dataset "flights", DuckDB dialect.
-- Compiled from specs/flights.yaml (spec sha256 e80e949c5e3d3d31); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/flights/output.duckdb; `adg qa specs/flights.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/flights/released.duckdb' AS "adg_released" (READ_ONLY);

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
  (1, 'date', 'date'),
  (2, 'delay', 'discrete'),
  (3, 'distance', 'continuous'),
  (4, 'origin', 'categorical'),
  (5, 'destination', 'categorical')
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE)) END
        ELSE CAST(NULL AS DOUBLE)
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
      strftime(date_trunc('hour', "date"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "flights"
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
      CAST(CAST("delay" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "flights"
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
      CAST(NULL AS VARCHAR) AS "value",
      CAST("distance" AS DOUBLE) AS "num"
    FROM "flights"
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
      CAST("origin" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "flights"
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
      CAST("destination" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "flights"
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

CREATE OR REPLACE TABLE "flights_qa" AS
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
    coalesce((SELECT CAST(floor(((1e+0 * "n_rows") + 5e-1)) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows'), -1) = (SELECT count(*) FROM "flights") AS "passed",
    CAST((SELECT count(*) FROM "flights") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CAST(floor(((1e+0 * "n_rows") + 5e-1)) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows') AS VARCHAR), '(unknown: the source row count was not released)') AS "detail"
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
) AS "v"
CROSS JOIN "flights_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "flights_qa" AS "q";

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
  (SELECT count(*) FROM "flights") AS "rows",
  (SELECT CAST(floor(((1e+0 * "n_rows") + 5e-1)) AS BIGINT) FROM "adg_released"."flights_metadata" WHERE "stat" = 'rows') AS "expected_rows"
FROM "flights_provenance";
