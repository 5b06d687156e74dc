-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_person", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/omop.yaml` runs it with progress and checks.

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
  (CAST(1 AS BIGINT), 'gender_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'year_of_birth', 'discrete'),
  (CAST(3 AS BIGINT), 'month_of_birth', 'discrete'),
  (CAST(4 AS BIGINT), 'day_of_birth', 'discrete'),
  (CAST(5 AS BIGINT), 'birth_datetime', 'date'),
  (CAST(6 AS BIGINT), 'race_concept_id', 'categorical'),
  (CAST(7 AS BIGINT), 'ethnicity_concept_id', 'categorical'),
  (CAST(8 AS BIGINT), 'gender_source_value', 'categorical'),
  (CAST(9 AS BIGINT), 'gender_source_concept_id', 'categorical'),
  (CAST(10 AS BIGINT), 'race_source_value', 'categorical'),
  (CAST(11 AS BIGINT), 'race_source_concept_id', 'categorical'),
  (CAST(12 AS BIGINT), 'ethnicity_source_value', 'categorical'),
  (CAST(13 AS BIGINT), 'ethnicity_source_concept_id', 'categorical')
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
      CAST("gender_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST(CAST("year_of_birth" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST(CAST("month_of_birth" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST(CAST("day_of_birth" AS BIGINT) AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      to_char(date_trunc('year', "birth_datetime"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("race_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("ethnicity_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("gender_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("gender_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("race_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("race_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("ethnicity_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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
      CAST("ethnicity_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_person"
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

DROP TABLE IF EXISTS "adg_output"."omop_person_qa__adg_new";

CREATE TABLE "adg_output"."omop_person_qa__adg_new" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_person_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."omop_person") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_person") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_person_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'location_id' AS "field",
    (SELECT count("location_id") FROM "adg_output"."omop_person") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("location_id") FROM "adg_output"."omop_person") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "adg_output"."omop_person") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("provider_id") FROM "adg_output"."omop_person") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'care_site_id' AS "field",
    (SELECT count("care_site_id") FROM "adg_output"."omop_person") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("care_site_id") FROM "adg_output"."omop_person") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'person_source_value' AS "field",
    (SELECT count("person_source_value") FROM "adg_output"."omop_person") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("person_source_value") FROM "adg_output"."omop_person") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_person" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_person" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_person") = (SELECT "entities_with_rows" FROM "adg_output"."omop_person_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."omop_person_provenance") - (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_person") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."omop_person_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."omop_person_qa";

ALTER TABLE "adg_output"."omop_person_qa__adg_new" RENAME TO "omop_person_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."omop_person_qa" AS "q";

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
  (SELECT count(*) FROM "adg_output"."omop_person") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_person_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_person_provenance") AS "expected_rows"
FROM "adg_output"."omop_person_provenance";

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_visit_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/omop.yaml` runs it with progress and checks.

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
  (CAST(1 AS BIGINT), 'visit_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'visit_start_date', 'date'),
  (CAST(3 AS BIGINT), 'visit_start_datetime', 'date'),
  (CAST(4 AS BIGINT), 'visit_end_date', 'date'),
  (CAST(5 AS BIGINT), 'visit_end_datetime', 'date'),
  (CAST(6 AS BIGINT), 'visit_type_concept_id', 'categorical'),
  (CAST(7 AS BIGINT), 'visit_source_value', 'categorical'),
  (CAST(8 AS BIGINT), 'visit_source_concept_id', 'categorical'),
  (CAST(9 AS BIGINT), 'admitted_from_concept_id', 'categorical'),
  (CAST(10 AS BIGINT), 'admitted_from_source_value', 'categorical'),
  (CAST(11 AS BIGINT), 'discharged_to_concept_id', 'categorical'),
  (CAST(12 AS BIGINT), 'discharged_to_source_value', 'categorical')
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
      WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
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
      WHEN CAST(1 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(2 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(2 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "visit_start_date") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(3 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(3 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(date_trunc('week', "visit_start_datetime"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(4 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(4 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "visit_end_date") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(5 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(5 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(date_trunc('week', "visit_end_datetime"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(6 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(6 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_type_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(7 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(7 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(8 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(8 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("visit_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(9 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(9 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("admitted_from_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(10 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(10 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("admitted_from_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(11 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(11 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(11 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("discharged_to_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(12 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(12 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(12 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("discharged_to_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_visit_occurrence"
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

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence_qa__adg_new";

CREATE TABLE "adg_output"."omop_visit_occurrence_qa__adg_new" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_visit_occurrence_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."omop_visit_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_visit_occurrence") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_visit_occurrence_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "adg_output"."omop_visit_occurrence") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("provider_id") FROM "adg_output"."omop_visit_occurrence") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'care_site_id' AS "field",
    (SELECT count("care_site_id") FROM "adg_output"."omop_visit_occurrence") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("care_site_id") FROM "adg_output"."omop_visit_occurrence") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'preceding_visit_occurrence_id' AS "field",
    (SELECT count("preceding_visit_occurrence_id") FROM "adg_output"."omop_visit_occurrence") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("preceding_visit_occurrence_id") FROM "adg_output"."omop_visit_occurrence") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE ("visit_occurrence_id" IS NULL) OR (NOT ((CAST("visit_occurrence_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE ("visit_occurrence_id" IS NULL) OR (NOT ((CAST("visit_occurrence_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(DISTINCT "visit_occurrence_id") FROM "adg_output"."omop_visit_occurrence") = (SELECT count(*) FROM "adg_output"."omop_visit_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_visit_occurrence") - (SELECT count(DISTINCT "visit_occurrence_id") FROM "adg_output"."omop_visit_occurrence") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_visit_occurrence") = (SELECT "entities_with_rows" FROM "adg_output"."omop_visit_occurrence_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."omop_visit_occurrence_provenance") - (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_visit_occurrence") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'visit_start_date <= visit_end_date' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE "visit_start_date" > "visit_end_date") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE "visit_start_date" > "visit_end_date") AS DOUBLE PRECISION) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'visit_start_datetime <= visit_end_datetime' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE "visit_start_datetime" > "visit_end_datetime") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_visit_occurrence" WHERE "visit_start_datetime" > "visit_end_datetime") AS DOUBLE PRECISION) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."omop_visit_occurrence_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."omop_visit_occurrence_qa";

ALTER TABLE "adg_output"."omop_visit_occurrence_qa__adg_new" RENAME TO "omop_visit_occurrence_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."omop_visit_occurrence_qa" AS "q";

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
  (SELECT count(*) FROM "adg_output"."omop_visit_occurrence") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_visit_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_visit_occurrence_provenance") AS "expected_rows"
FROM "adg_output"."omop_visit_occurrence_provenance";

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_condition_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/omop.yaml` runs it with progress and checks.

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
  (CAST(1 AS BIGINT), 'condition_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'condition_start_date', 'date'),
  (CAST(3 AS BIGINT), 'condition_start_datetime', 'date'),
  (CAST(4 AS BIGINT), 'condition_end_date', 'date'),
  (CAST(5 AS BIGINT), 'condition_end_datetime', 'date'),
  (CAST(6 AS BIGINT), 'condition_type_concept_id', 'categorical'),
  (CAST(7 AS BIGINT), 'condition_status_concept_id', 'categorical'),
  (CAST(8 AS BIGINT), 'condition_source_value', 'categorical'),
  (CAST(9 AS BIGINT), 'condition_source_concept_id', 'categorical'),
  (CAST(10 AS BIGINT), 'condition_status_source_value', 'categorical')
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
      WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "point",
      CASE
        WHEN "g"."ordinal" = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
        WHEN "g"."ordinal" = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
        WHEN "g"."ordinal" = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
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
      WHEN CAST(1 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(1 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(2 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(2 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(2 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "condition_start_date") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(3 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(3 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(3 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(date_trunc('week', "condition_start_datetime"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(4 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(4 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(4 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(CAST(date_trunc('week', "condition_end_date") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(5 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(5 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(5 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      to_char(date_trunc('week', "condition_end_datetime"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(6 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(6 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(6 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_type_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(7 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(7 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(7 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_status_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(8 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(8 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(8 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(9 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(9 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(9 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
  ) AS "o"
  GROUP BY "value", "num"
  UNION ALL
  SELECT
    CAST(10 AS BIGINT) AS "ordinal",
    CASE
      WHEN CAST(10 AS BIGINT) = CAST(2 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(4 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(3 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN CAST(10 AS BIGINT) = CAST(5 AS BIGINT) THEN CAST(3 AS BIGINT)
      ELSE CAST(NULL AS BIGINT)
    END AS "seq",
    "value" AS "value",
    "num" AS "num",
    count(*) AS "n"
  FROM (
    SELECT
      CAST("condition_status_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_condition_occurrence"
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

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence_qa__adg_new";

CREATE TABLE "adg_output"."omop_condition_occurrence_qa__adg_new" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_condition_occurrence_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."omop_condition_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_condition_occurrence_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'stop_reason' AS "field",
    (SELECT count("stop_reason") FROM "adg_output"."omop_condition_occurrence") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("stop_reason") FROM "adg_output"."omop_condition_occurrence") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "adg_output"."omop_condition_occurrence") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("provider_id") FROM "adg_output"."omop_condition_occurrence") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'visit_detail_id' AS "field",
    (SELECT count("visit_detail_id") FROM "adg_output"."omop_condition_occurrence") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("visit_detail_id") FROM "adg_output"."omop_condition_occurrence") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'condition_occurrence_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE ("condition_occurrence_id" IS NULL) OR (NOT ((CAST("condition_occurrence_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE ("condition_occurrence_id" IS NULL) OR (NOT ((CAST("condition_occurrence_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'condition_occurrence_id' AS "field",
    (SELECT count(DISTINCT "condition_occurrence_id") FROM "adg_output"."omop_condition_occurrence") = (SELECT count(*) FROM "adg_output"."omop_condition_occurrence") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence") - (SELECT count(DISTINCT "condition_occurrence_id") FROM "adg_output"."omop_condition_occurrence") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_condition_occurrence") = (SELECT "entities_with_rows" FROM "adg_output"."omop_condition_occurrence_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."omop_condition_occurrence_provenance") - (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_condition_occurrence") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'condition_start_date <= condition_end_date' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE "condition_start_date" > "condition_end_date") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE "condition_start_date" > "condition_end_date") AS DOUBLE PRECISION) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'ordered-dates' AS "check_id",
    'condition_start_datetime <= condition_end_datetime' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE "condition_start_datetime" > "condition_end_datetime") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence" WHERE "condition_start_datetime" > "condition_end_datetime") AS DOUBLE PRECISION) AS "measure",
    'rows with two dates of the sequence out of order' AS "detail"
  UNION ALL
  SELECT
    'references' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_condition_occurrence" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_condition_occurrence" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) AS DOUBLE PRECISION) AS "measure",
    'keys not found in visit_occurrence.visit_occurrence_id' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."omop_condition_occurrence_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."omop_condition_occurrence_qa";

ALTER TABLE "adg_output"."omop_condition_occurrence_qa__adg_new" RENAME TO "omop_condition_occurrence_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."omop_condition_occurrence_qa" AS "q";

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
  (SELECT count(*) FROM "adg_output"."omop_condition_occurrence") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_condition_occurrence_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_condition_occurrence_provenance") AS "expected_rows"
FROM "adg_output"."omop_condition_occurrence_provenance";

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_measurement", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/omop.yaml` runs it with progress and checks.

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
  (CAST(1 AS BIGINT), 'measurement_concept_id', 'categorical'),
  (CAST(2 AS BIGINT), 'measurement_date', 'date'),
  (CAST(3 AS BIGINT), 'measurement_datetime', 'date'),
  (CAST(4 AS BIGINT), 'measurement_type_concept_id', 'categorical'),
  (CAST(5 AS BIGINT), 'operator_concept_id', 'categorical'),
  (CAST(6 AS BIGINT), 'value_as_number', 'continuous'),
  (CAST(7 AS BIGINT), 'value_as_concept_id', 'categorical'),
  (CAST(8 AS BIGINT), 'unit_concept_id', 'categorical'),
  (CAST(9 AS BIGINT), 'range_low', 'continuous'),
  (CAST(10 AS BIGINT), 'range_high', 'continuous'),
  (CAST(11 AS BIGINT), 'measurement_source_value', 'categorical'),
  (CAST(12 AS BIGINT), 'measurement_source_concept_id', 'categorical'),
  (CAST(13 AS BIGINT), 'unit_source_value', 'categorical'),
  (CAST(14 AS BIGINT), 'unit_source_concept_id', 'categorical'),
  (CAST(15 AS BIGINT), 'value_source_value', 'categorical'),
  (CAST(16 AS BIGINT), 'meas_event_field_concept_id', 'categorical')
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
        WHEN "g"."kind" = 'continuous' THEN CASE WHEN "m"."stat" = 'value' THEN coalesce("m"."lo", CAST("m"."value" AS DOUBLE PRECISION)) END
        ELSE CAST(NULL AS DOUBLE PRECISION)
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
      CAST("measurement_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      to_char(CAST(date_trunc('week', "measurement_date") AS DATE), 'YYYY-MM-DD') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      to_char(date_trunc('week', "measurement_datetime"), 'YYYY-MM-DD HH24:MI:SS') AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("measurement_type_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("operator_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST(NULL AS TEXT) AS "value",
      CAST("value_as_number" AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("value_as_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("unit_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST(NULL AS TEXT) AS "value",
      CAST("range_low" AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST(NULL AS TEXT) AS "value",
      CAST("range_high" AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("measurement_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("measurement_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("unit_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("unit_source_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("value_source_value" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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
      CAST("meas_event_field_concept_id" AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "num"
    FROM "adg_output"."omop_measurement"
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

DROP TABLE IF EXISTS "adg_output"."omop_measurement_qa__adg_new";

CREATE TABLE "adg_output"."omop_measurement_qa__adg_new" AS
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
    coalesce((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_measurement_provenance"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."omop_measurement") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'expected ' || coalesce(CAST((SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_measurement_provenance") AS TEXT), '(unknown: the entities differ from those asked for)') AS "detail"
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
    'measurement_time' AS "field",
    (SELECT count("measurement_time") FROM "adg_output"."omop_measurement") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("measurement_time") FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'provider_id' AS "field",
    (SELECT count("provider_id") FROM "adg_output"."omop_measurement") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("provider_id") FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'visit_detail_id' AS "field",
    (SELECT count("visit_detail_id") FROM "adg_output"."omop_measurement") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("visit_detail_id") FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'excluded-null' AS "check_id",
    'measurement_event_id' AS "field",
    (SELECT count("measurement_event_id") FROM "adg_output"."omop_measurement") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count("measurement_event_id") FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'non-NULL values in an excluded column' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'measurement_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_measurement" WHERE ("measurement_id" IS NULL) OR (NOT ((CAST("measurement_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_measurement" WHERE ("measurement_id" IS NULL) OR (NOT ((CAST("measurement_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'measurement_id' AS "field",
    (SELECT count(DISTINCT "measurement_id") FROM "adg_output"."omop_measurement") = (SELECT count(*) FROM "adg_output"."omop_measurement") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_measurement") - (SELECT count(DISTINCT "measurement_id") FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per row' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_measurement" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_measurement" WHERE ("person_id" IS NULL) OR (NOT ((CAST("person_id" AS TEXT) ~ '^1[0-9]{8}$')))) AS DOUBLE PRECISION) AS "measure",
    'values that are NULL or do not match 1[0-9]{8}' AS "detail"
  UNION ALL
  SELECT
    'identifiers' AS "check_id",
    'person_id' AS "field",
    (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_measurement") = (SELECT "entities_with_rows" FROM "adg_output"."omop_measurement_provenance") AS "passed",
    CAST((SELECT "entities_with_rows" FROM "adg_output"."omop_measurement_provenance") - (SELECT count(DISTINCT "person_id") FROM "adg_output"."omop_measurement") AS DOUBLE PRECISION) AS "measure",
    'distinct values short of one per entity with rows' AS "detail"
  UNION ALL
  SELECT
    'references' AS "check_id",
    'visit_occurrence_id' AS "field",
    (SELECT count(*) FROM "adg_output"."omop_measurement" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_measurement" AS "c" WHERE ("c"."visit_occurrence_id" IS NOT NULL) AND (NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_visit_occurrence" AS "p" WHERE "p"."visit_occurrence_id" = "c"."visit_occurrence_id")))) AS DOUBLE PRECISION) AS "measure",
    'keys not found in visit_occurrence.visit_occurrence_id' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."omop_measurement_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."omop_measurement_qa";

ALTER TABLE "adg_output"."omop_measurement_qa__adg_new" RENAME TO "omop_measurement_qa";

COMMIT;

-- [6/9] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."omop_measurement_qa" AS "q";

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
  (SELECT count(*) FROM "adg_output"."omop_measurement") AS "rows",
  (SELECT CASE WHEN "entities" = CAST(floor(((CAST('1' AS DOUBLE PRECISION) * CAST(coalesce((SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'pool'), (SELECT sum("n_entities") FROM "adg_released"."omop_measurement_metadata" WHERE "stat" = 'cardinality')) AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) AS BIGINT) THEN "rows" ELSE CAST(NULL AS BIGINT) END FROM "adg_output"."omop_measurement_provenance") AS "expected_rows"
FROM "adg_output"."omop_measurement_provenance";

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 5 (qa) of dataset "omop_concept", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Checks the artificial table against the released metadata and records the verdicts export requires.
-- Runs in schema adg_output; `adg qa specs/omop.yaml` runs it with progress and checks.

-- [1/4] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/4] QA verdicts, bound to the output they checked (its provenance); export requires them clean
BEGIN;

DROP TABLE IF EXISTS "adg_output"."omop_concept_qa__adg_new";

CREATE TABLE "adg_output"."omop_concept_qa__adg_new" AS
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
    coalesce((SELECT count(*) FROM "adg_released"."omop_concept_vocabulary"), CAST(-1 AS BIGINT)) = (SELECT count(*) FROM "adg_output"."omop_concept") AS "passed",
    CAST((SELECT count(*) FROM "adg_output"."omop_concept") AS DOUBLE PRECISION) AS "measure",
    'rows against the released vocabulary''s' AS "detail"
  UNION ALL
  SELECT
    'vocabulary' AS "check_id",
    CAST(NULL AS TEXT) AS "field",
    (SELECT CAST((SELECT count(*) FROM ( SELECT * FROM "adg_released"."omop_concept_vocabulary" EXCEPT ALL SELECT * FROM "adg_output"."omop_concept" ) AS "d") + (SELECT count(*) FROM ( SELECT * FROM "adg_output"."omop_concept" EXCEPT ALL SELECT * FROM "adg_released"."omop_concept_vocabulary" ) AS "d") AS BIGINT) AS "differing") = CAST(0 AS BIGINT) AS "passed",
    CAST((SELECT CAST((SELECT count(*) FROM ( SELECT * FROM "adg_released"."omop_concept_vocabulary" EXCEPT ALL SELECT * FROM "adg_output"."omop_concept" ) AS "d") + (SELECT count(*) FROM ( SELECT * FROM "adg_output"."omop_concept" EXCEPT ALL SELECT * FROM "adg_released"."omop_concept_vocabulary" ) AS "d") AS BIGINT) AS "differing") AS DOUBLE PRECISION) AS "measure",
    'rows differing from the released vocabulary (either way)' AS "detail"
) AS "v"
CROSS JOIN "adg_output"."omop_concept_provenance" AS "pv";

DROP TABLE IF EXISTS "adg_output"."omop_concept_qa";

ALTER TABLE "adg_output"."omop_concept_qa__adg_new" RENAME TO "omop_concept_qa";

COMMIT;

-- [3/4] Verdicts for the report
SELECT
  "q"."check_id",
  "q"."field",
  "q"."passed",
  "q"."measure",
  "q"."detail"
FROM "adg_output"."omop_concept_qa" AS "q";

-- [4/4] What the output came from
SELECT
  CAST("generated_at" AS TEXT) AS "generated_at",
  "metadata_hash",
  (SELECT count(*) FROM "adg_output"."omop_concept") AS "rows",
  (SELECT count(*) FROM "adg_released"."omop_concept_vocabulary") AS "expected_rows"
FROM "adg_output"."omop_concept_provenance";
