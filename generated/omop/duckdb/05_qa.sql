-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_person", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/omop/output.duckdb; `adg qa specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

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
  (1, 'gender_concept_id', 'categorical'),
  (2, 'year_of_birth', 'discrete'),
  (3, 'month_of_birth', 'discrete'),
  (4, 'day_of_birth', 'discrete'),
  (5, 'birth_datetime', 'date'),
  (6, 'race_concept_id', 'categorical'),
  (7, 'ethnicity_concept_id', 'categorical'),
  (8, 'gender_source_value', 'categorical'),
  (9, 'gender_source_concept_id', 'categorical'),
  (10, 'race_source_value', 'categorical'),
  (11, 'race_source_concept_id', 'categorical'),
  (12, 'ethnicity_source_value', 'categorical'),
  (13, 'ethnicity_source_concept_id', 'categorical')
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
  JOIN "adg_released"."omop_person_metadata" AS "m"
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
    JOIN "adg_released"."omop_person_metadata" AS "m"
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
    JOIN "adg_released"."omop_person_metadata" AS "m"
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
      CAST("gender_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST(CAST("year_of_birth" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST(CAST("month_of_birth" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST(CAST("day_of_birth" AS BIGINT) AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      strftime(date_trunc('year', "birth_datetime"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("race_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("ethnicity_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("gender_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("gender_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("race_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("race_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("ethnicity_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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
      CAST("ethnicity_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_person"
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

CREATE OR REPLACE TABLE "omop_person_qa" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_person_provenance"), -1) = (SELECT count(*) FROM "omop_person") AS "passed",
    CAST((SELECT count(*) FROM "omop_person") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_person_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'location_id' AS "field",
    (SELECT count("location_id") FROM "omop_person") = 0 AS "passed",
    CAST((SELECT count("location_id") FROM "omop_person") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "omop_person") = 0 AS "passed",
    CAST((SELECT count("provider_id") FROM "omop_person") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'care_site_id' AS "field",
    (SELECT count("care_site_id") FROM "omop_person") = 0 AS "passed",
    CAST((SELECT count("care_site_id") FROM "omop_person") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'person_source_value' AS "field",
    (SELECT count("person_source_value") FROM "omop_person") = 0 AS "passed",
    CAST((SELECT count("person_source_value") FROM "omop_person") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "omop_person" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_person" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "omop_person") = (SELECT "entities_with_rows" FROM "omop_person_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "omop_person_provenance") - (SELECT count(DISTINCT "person_id") FROM "omop_person") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
) AS "v"
CROSS JOIN "omop_person_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "omop_person_qa" AS "q";

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
  (SELECT count(*) FROM "omop_person") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_person_provenance") AS "expected_rows"
FROM "omop_person_provenance";

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_visit_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/omop/output.duckdb; `adg qa specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

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
  (1, 'visit_concept_id', 'categorical'),
  (2, 'visit_start_date', 'date'),
  (3, 'visit_start_datetime', 'date'),
  (4, 'visit_end_date', 'date'),
  (5, 'visit_end_datetime', 'date'),
  (6, 'visit_type_concept_id', 'categorical'),
  (7, 'visit_source_value', 'categorical'),
  (8, 'visit_source_concept_id', 'categorical'),
  (9, 'admitted_from_concept_id', 'categorical'),
  (10, 'admitted_from_source_value', 'categorical'),
  (11, 'discharged_to_concept_id', 'categorical'),
  (12, 'discharged_to_source_value', 'categorical')
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
      WHEN "g"."ordinal" = 2 THEN 2
      WHEN "g"."ordinal" = 4 THEN 2
      WHEN "g"."ordinal" = 3 THEN 3
      WHEN "g"."ordinal" = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."omop_visit_occurrence_metadata" AS "m"
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
        WHEN "g"."ordinal" = 2 THEN 2
        WHEN "g"."ordinal" = 4 THEN 2
        WHEN "g"."ordinal" = 3 THEN 3
        WHEN "g"."ordinal" = 5 THEN 3
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."omop_visit_occurrence_metadata" AS "m"
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
        WHEN "g"."ordinal" = 2 THEN 2
        WHEN "g"."ordinal" = 4 THEN 2
        WHEN "g"."ordinal" = 3 THEN 3
        WHEN "g"."ordinal" = 5 THEN 3
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."omop_visit_occurrence_metadata" AS "m"
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
      WHEN 1 = 2 THEN 2
      WHEN 1 = 4 THEN 2
      WHEN 1 = 3 THEN 3
      WHEN 1 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    2 AS "ordinal",
    CASE
      WHEN 2 = 2 THEN 2
      WHEN 2 = 4 THEN 2
      WHEN 2 = 3 THEN 3
      WHEN 2 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "visit_start_date") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    3 AS "ordinal",
    CASE
      WHEN 3 = 2 THEN 2
      WHEN 3 = 4 THEN 2
      WHEN 3 = 3 THEN 3
      WHEN 3 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(date_trunc('week', "visit_start_datetime"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    4 AS "ordinal",
    CASE
      WHEN 4 = 2 THEN 2
      WHEN 4 = 4 THEN 2
      WHEN 4 = 3 THEN 3
      WHEN 4 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "visit_end_date") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    5 AS "ordinal",
    CASE
      WHEN 5 = 2 THEN 2
      WHEN 5 = 4 THEN 2
      WHEN 5 = 3 THEN 3
      WHEN 5 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(date_trunc('week', "visit_end_datetime"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    6 AS "ordinal",
    CASE
      WHEN 6 = 2 THEN 2
      WHEN 6 = 4 THEN 2
      WHEN 6 = 3 THEN 3
      WHEN 6 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_type_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    7 AS "ordinal",
    CASE
      WHEN 7 = 2 THEN 2
      WHEN 7 = 4 THEN 2
      WHEN 7 = 3 THEN 3
      WHEN 7 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    8 AS "ordinal",
    CASE
      WHEN 8 = 2 THEN 2
      WHEN 8 = 4 THEN 2
      WHEN 8 = 3 THEN 3
      WHEN 8 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    9 AS "ordinal",
    CASE
      WHEN 9 = 2 THEN 2
      WHEN 9 = 4 THEN 2
      WHEN 9 = 3 THEN 3
      WHEN 9 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("admitted_from_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    10 AS "ordinal",
    CASE
      WHEN 10 = 2 THEN 2
      WHEN 10 = 4 THEN 2
      WHEN 10 = 3 THEN 3
      WHEN 10 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("admitted_from_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    11 AS "ordinal",
    CASE
      WHEN 11 = 2 THEN 2
      WHEN 11 = 4 THEN 2
      WHEN 11 = 3 THEN 3
      WHEN 11 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("discharged_to_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    12 AS "ordinal",
    CASE
      WHEN 12 = 2 THEN 2
      WHEN 12 = 4 THEN 2
      WHEN 12 = 3 THEN 3
      WHEN 12 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("discharged_to_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_visit_occurrence"
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

CREATE OR REPLACE TABLE "omop_visit_occurrence_qa" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_visit_occurrence_provenance"), -1) = (SELECT count(*) FROM "omop_visit_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "omop_visit_occurrence") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_visit_occurrence_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "omop_visit_occurrence") = 0 AS "passed",
    CAST((SELECT count("provider_id") FROM "omop_visit_occurrence") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'care_site_id' AS "field",
    (SELECT count("care_site_id") FROM "omop_visit_occurrence") = 0 AS "passed",
    CAST((SELECT count("care_site_id") FROM "omop_visit_occurrence") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'preceding_visit_occurrence_id' AS "field",
    (SELECT count("preceding_visit_occurrence_id") FROM "omop_visit_occurrence") = 0 AS "passed",
    CAST((SELECT count("preceding_visit_occurrence_id") FROM "omop_visit_occurrence") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(*) FROM "omop_visit_occurrence" WHERE ("visit_occurrence_id" IS NULL) OR (NOT (regexp_matches(CAST("visit_occurrence_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_visit_occurrence" WHERE ("visit_occurrence_id" IS NULL) OR (NOT (regexp_matches(CAST("visit_occurrence_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(DISTINCT "visit_occurrence_id") FROM "omop_visit_occurrence") = (SELECT count(*) FROM "omop_visit_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "omop_visit_occurrence") - (SELECT count(DISTINCT "visit_occurrence_id") FROM "omop_visit_occurrence") AS DOUBLE) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "omop_visit_occurrence" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_visit_occurrence" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "omop_visit_occurrence") = (SELECT "entities_with_rows" FROM "omop_visit_occurrence_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "omop_visit_occurrence_provenance") - (SELECT count(DISTINCT "person_id") FROM "omop_visit_occurrence") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'visit_start_date <= visit_end_date' AS "field",
    (SELECT count(*) FROM "omop_visit_occurrence" WHERE "visit_start_date" > "visit_end_date") = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_visit_occurrence" WHERE "visit_start_date" > "visit_end_date") AS DOUBLE) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'visit_start_datetime <= visit_end_datetime' AS "field",
    (SELECT count(*) FROM "omop_visit_occurrence" WHERE "visit_start_datetime" > "visit_end_datetime") = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_visit_occurrence" WHERE "visit_start_datetime" > "visit_end_datetime") AS DOUBLE) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
) AS "v"
CROSS JOIN "omop_visit_occurrence_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "omop_visit_occurrence_qa" AS "q";

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
  (SELECT count(*) FROM "omop_visit_occurrence") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_visit_occurrence_provenance") AS "expected_rows"
FROM "omop_visit_occurrence_provenance";

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_condition_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/omop/output.duckdb; `adg qa specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

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
  (1, 'condition_concept_id', 'categorical'),
  (2, 'condition_start_date', 'date'),
  (3, 'condition_start_datetime', 'date'),
  (4, 'condition_end_date', 'date'),
  (5, 'condition_end_datetime', 'date'),
  (6, 'condition_type_concept_id', 'categorical'),
  (7, 'condition_status_concept_id', 'categorical'),
  (8, 'condition_source_value', 'categorical'),
  (9, 'condition_source_concept_id', 'categorical'),
  (10, 'condition_status_source_value', 'categorical')
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
      WHEN "g"."ordinal" = 2 THEN 2
      WHEN "g"."ordinal" = 4 THEN 2
      WHEN "g"."ordinal" = 3 THEN 3
      WHEN "g"."ordinal" = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq"
  FROM "adg_fields" AS "g"
  JOIN "adg_released"."omop_condition_occurrence_metadata" AS "m"
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
        WHEN "g"."ordinal" = 2 THEN 2
        WHEN "g"."ordinal" = 4 THEN 2
        WHEN "g"."ordinal" = 3 THEN 3
        WHEN "g"."ordinal" = 5 THEN 3
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."omop_condition_occurrence_metadata" AS "m"
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
        WHEN "g"."ordinal" = 2 THEN 2
        WHEN "g"."ordinal" = 4 THEN 2
        WHEN "g"."ordinal" = 3 THEN 3
        WHEN "g"."ordinal" = 5 THEN 3
        ELSE CAST(NULL AS BIGINT)
      END AS "seq"
    FROM "adg_fields" AS "g"
    JOIN "adg_released"."omop_condition_occurrence_metadata" AS "m"
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
      WHEN 1 = 2 THEN 2
      WHEN 1 = 4 THEN 2
      WHEN 1 = 3 THEN 3
      WHEN 1 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    2 AS "ordinal",
    CASE
      WHEN 2 = 2 THEN 2
      WHEN 2 = 4 THEN 2
      WHEN 2 = 3 THEN 3
      WHEN 2 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "condition_start_date") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    3 AS "ordinal",
    CASE
      WHEN 3 = 2 THEN 2
      WHEN 3 = 4 THEN 2
      WHEN 3 = 3 THEN 3
      WHEN 3 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(date_trunc('week', "condition_start_datetime"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    4 AS "ordinal",
    CASE
      WHEN 4 = 2 THEN 2
      WHEN 4 = 4 THEN 2
      WHEN 4 = 3 THEN 3
      WHEN 4 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(CAST(date_trunc('week', "condition_end_date") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    5 AS "ordinal",
    CASE
      WHEN 5 = 2 THEN 2
      WHEN 5 = 4 THEN 2
      WHEN 5 = 3 THEN 3
      WHEN 5 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      strftime(date_trunc('week', "condition_end_datetime"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    6 AS "ordinal",
    CASE
      WHEN 6 = 2 THEN 2
      WHEN 6 = 4 THEN 2
      WHEN 6 = 3 THEN 3
      WHEN 6 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_type_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    7 AS "ordinal",
    CASE
      WHEN 7 = 2 THEN 2
      WHEN 7 = 4 THEN 2
      WHEN 7 = 3 THEN 3
      WHEN 7 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_status_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    8 AS "ordinal",
    CASE
      WHEN 8 = 2 THEN 2
      WHEN 8 = 4 THEN 2
      WHEN 8 = 3 THEN 3
      WHEN 8 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    9 AS "ordinal",
    CASE
      WHEN 9 = 2 THEN 2
      WHEN 9 = 4 THEN 2
      WHEN 9 = 3 THEN 3
      WHEN 9 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    10 AS "ordinal",
    CASE
      WHEN 10 = 2 THEN 2
      WHEN 10 = 4 THEN 2
      WHEN 10 = 3 THEN 3
      WHEN 10 = 5 THEN 3
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_status_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_condition_occurrence"
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

CREATE OR REPLACE TABLE "omop_condition_occurrence_qa" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_condition_occurrence_provenance"), -1) = (SELECT count(*) FROM "omop_condition_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_condition_occurrence_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'stop_reason' AS "field",
    (SELECT count("stop_reason") FROM "omop_condition_occurrence") = 0 AS "passed",
    CAST((SELECT count("stop_reason") FROM "omop_condition_occurrence") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "omop_condition_occurrence") = 0 AS "passed",
    CAST((SELECT count("provider_id") FROM "omop_condition_occurrence") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'visit_detail_id' AS "field",
    (SELECT count("visit_detail_id") FROM "omop_condition_occurrence") = 0 AS "passed",
    CAST((SELECT count("visit_detail_id") FROM "omop_condition_occurrence") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'condition_occurrence_id' AS "field",
    (SELECT count(*) FROM "omop_condition_occurrence" WHERE ("condition_occurrence_id" IS NULL) OR (NOT (regexp_matches(CAST("condition_occurrence_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence" WHERE ("condition_occurrence_id" IS NULL) OR (NOT (regexp_matches(CAST("condition_occurrence_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'condition_occurrence_id' AS "field",
    (SELECT count(DISTINCT "condition_occurrence_id") FROM "omop_condition_occurrence") = (SELECT count(*) FROM "omop_condition_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence") - (SELECT count(DISTINCT "condition_occurrence_id") FROM "omop_condition_occurrence") AS DOUBLE) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "omop_condition_occurrence" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "omop_condition_occurrence") = (SELECT "entities_with_rows" FROM "omop_condition_occurrence_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "omop_condition_occurrence_provenance") - (SELECT count(DISTINCT "person_id") FROM "omop_condition_occurrence") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'condition_start_date <= condition_end_date' AS "field",
    (SELECT count(*) FROM "omop_condition_occurrence" WHERE "condition_start_date" > "condition_end_date") = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence" WHERE "condition_start_date" > "condition_end_date") AS DOUBLE) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'condition_start_datetime <= condition_end_datetime' AS "field",
    (SELECT count(*) FROM "omop_condition_occurrence" WHERE "condition_start_datetime" > "condition_end_datetime") = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence" WHERE "condition_start_datetime" > "condition_end_datetime") AS DOUBLE) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'references' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(*) FROM "omop_condition_occurrence" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_condition_occurrence" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) AS DOUBLE) AS "measure",
    'keys not found in visit_occurrence.visit_occurrence_id' AS "detail"
) AS "v"
CROSS JOIN "omop_condition_occurrence_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "omop_condition_occurrence_qa" AS "q";

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
  (SELECT count(*) FROM "omop_condition_occurrence") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_condition_occurrence_provenance") AS "expected_rows"
FROM "omop_condition_occurrence_provenance";

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_measurement", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/omop/output.duckdb; `adg qa specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

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
  (1, 'measurement_concept_id', 'categorical'),
  (2, 'measurement_date', 'date'),
  (3, 'measurement_datetime', 'date'),
  (4, 'measurement_type_concept_id', 'categorical'),
  (5, 'operator_concept_id', 'categorical'),
  (6, 'value_as_number', 'continuous'),
  (7, 'value_as_concept_id', 'categorical'),
  (8, 'unit_concept_id', 'categorical'),
  (9, 'range_low', 'continuous'),
  (10, 'range_high', 'continuous'),
  (11, 'measurement_source_value', 'categorical'),
  (12, 'measurement_source_concept_id', 'categorical'),
  (13, 'unit_source_value', 'categorical'),
  (14, 'unit_source_concept_id', 'categorical'),
  (15, 'value_source_value', 'categorical'),
  (16, 'meas_event_field_concept_id', 'categorical')
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
  JOIN "adg_released"."omop_measurement_metadata" AS "m"
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
    JOIN "adg_released"."omop_measurement_metadata" AS "m"
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
    JOIN "adg_released"."omop_measurement_metadata" AS "m"
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
      CAST("measurement_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      strftime(CAST(date_trunc('week', "measurement_date") AS DATE), '%Y-%m-%d') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      strftime(date_trunc('week', "measurement_datetime"), '%Y-%m-%d %H:%M:%S') AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("measurement_type_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("operator_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST(NULL AS VARCHAR) AS "value",
      CAST("value_as_number" AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("value_as_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("unit_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST(NULL AS VARCHAR) AS "value",
      CAST("range_low" AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST(NULL AS VARCHAR) AS "value",
      CAST("range_high" AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("measurement_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("measurement_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("unit_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("unit_source_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("value_source_value" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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
      CAST("meas_event_field_concept_id" AS VARCHAR) AS "value",
      CAST(NULL AS DOUBLE) AS "num"
    FROM "omop_measurement"
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

CREATE OR REPLACE TABLE "omop_measurement_qa" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_measurement_provenance"), -1) = (SELECT count(*) FROM "omop_measurement") AS "passed",
    CAST((SELECT count(*) FROM "omop_measurement") AS DOUBLE) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_measurement_provenance") AS VARCHAR), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'measurement_time' AS "field",
    (SELECT count("measurement_time") FROM "omop_measurement") = 0 AS "passed",
    CAST((SELECT count("measurement_time") FROM "omop_measurement") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "omop_measurement") = 0 AS "passed",
    CAST((SELECT count("provider_id") FROM "omop_measurement") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'visit_detail_id' AS "field",
    (SELECT count("visit_detail_id") FROM "omop_measurement") = 0 AS "passed",
    CAST((SELECT count("visit_detail_id") FROM "omop_measurement") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'measurement_event_id' AS "field",
    (SELECT count("measurement_event_id") FROM "omop_measurement") = 0 AS "passed",
    CAST((SELECT count("measurement_event_id") FROM "omop_measurement") AS DOUBLE) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'measurement_id' AS "field",
    (SELECT count(*) FROM "omop_measurement" WHERE ("measurement_id" IS NULL) OR (NOT (regexp_matches(CAST("measurement_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_measurement" WHERE ("measurement_id" IS NULL) OR (NOT (regexp_matches(CAST("measurement_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'measurement_id' AS "field",
    (SELECT count(DISTINCT "measurement_id") FROM "omop_measurement") = (SELECT count(*) FROM "omop_measurement") AS "passed",
    CAST((SELECT count(*) FROM "omop_measurement") - (SELECT count(DISTINCT "measurement_id") FROM "omop_measurement") AS DOUBLE) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "omop_measurement" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_measurement" WHERE ("person_id" IS NULL) OR (NOT (regexp_matches(CAST("person_id" AS VARCHAR), '^1[0-9]{8}$')))) AS DOUBLE) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "omop_measurement") = (SELECT "entities_with_rows" FROM "omop_measurement_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "omop_measurement_provenance") - (SELECT count(DISTINCT "person_id") FROM "omop_measurement") AS DOUBLE) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'references' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(*) FROM "omop_measurement" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) = 0 AS "passed",
    CAST((SELECT count(*) FROM "omop_measurement" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) AS DOUBLE) AS "measure",
    'keys not found in visit_occurrence.visit_occurrence_id' AS "detail"
) AS "v"
CROSS JOIN "omop_measurement_provenance" AS "pv";

COMMIT;

-- [8/11] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "omop_measurement_qa" AS "q";

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
  (SELECT count(*) FROM "omop_measurement") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((1e+0 * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE)) + 5e-1)) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "omop_measurement_provenance") AS "expected_rows"
FROM "omop_measurement_provenance";

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_concept", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in .adg/omop/output.duckdb; `adg qa specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/6] Attach the released metadata read-only
ATTACH IF NOT EXISTS '.adg/omop/released.duckdb' AS "adg_released" (READ_ONLY);

-- [3/6] Close the session to every other file
SET enable_external_access = false;

SET autoinstall_known_extensions = false;

SET autoload_known_extensions = false;

SET lock_configuration = true;

-- [4/6] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "omop_concept_qa" AS
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
    coalesce((SELECT count(*) FROM "adg_released"."omop_concept_vocabulary"), -1) = (SELECT count(*) FROM "omop_concept") AS "passed",
    CAST((SELECT count(*) FROM "omop_concept") AS DOUBLE) AS "measure",
    'rows against the released vocabulary''s' AS "detail"
  UNION ALL
  SELECT
    'vocabulary' AS "check_id",
    CAST(NULL AS VARCHAR) AS "field",
    (SELECT CAST((SELECT count(*) FROM ( SELECT * FROM "adg_released"."omop_concept_vocabulary" EXCEPT ALL SELECT * FROM "omop_concept" ) AS "d") + (SELECT count(*) FROM ( SELECT * FROM "omop_concept" EXCEPT ALL SELECT * FROM "adg_released"."omop_concept_vocabulary" ) AS "d") AS BIGINT) AS "differing") = 0 AS "passed",
    CAST((SELECT CAST((SELECT count(*) FROM ( SELECT * FROM "adg_released"."omop_concept_vocabulary" EXCEPT ALL SELECT * FROM "omop_concept" ) AS "d") + (SELECT count(*) FROM ( SELECT * FROM "omop_concept" EXCEPT ALL SELECT * FROM "adg_released"."omop_concept_vocabulary" ) AS "d") AS BIGINT) AS "differing") AS DOUBLE) AS "measure",
    'rows differing from the released vocabulary (either way)' AS "detail"
) AS "v"
CROSS JOIN "omop_concept_provenance" AS "pv";

COMMIT;

-- [5/6] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "omop_concept_qa" AS "q";

-- [6/6] What the output came from
SELECT
  CAST("generated_at" AS VARCHAR) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "omop_concept") AS "rows",
  (SELECT count(*) FROM "adg_released"."omop_concept_vocabulary") AS "expected_rows"
FROM "omop_concept_provenance";
