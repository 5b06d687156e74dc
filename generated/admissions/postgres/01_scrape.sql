-- adg 0.1.0: stage 1 (scrape) of dataset "admissions", PostgreSQL dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Reads the source (table admissions_source of schema public, which adg load made of the parquet file specs/fixtures/hospital/admissions.parquet) and writes suppressed metadata; raw counts stay in TEMP tables.
-- Runs in schema adg_metadata; `adg scrape specs/admissions.yaml` runs it with progress and checks.

-- [1/17] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/17] Create the schema of the metadata if it is missing
DO $adg$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'adg_metadata') THEN CREATE SCHEMA "adg_metadata"; END IF; END $adg$;

-- [3/17] Field catalog: kind and suppression policy of each field
DROP TABLE IF EXISTS pg_temp."adg_fields";

CREATE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind",
  "threshold",
  "round_to",
  "bins"
FROM (VALUES
  (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(NULL AS BIGINT)),
  (CAST(1 AS BIGINT), 'date_of_birth', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(2 AS BIGINT), 'sex', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(3 AS BIGINT), 'ethnicity', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(4 AS BIGINT), 'admission_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(5 AS BIGINT), 'discharge_date', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(6 AS BIGINT), 'admission_method', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(7 AS BIGINT), 'specialty', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(8 AS BIGINT), 'primary_diagnosis', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(9 AS BIGINT), 'length_of_stay', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(10 AS BIGINT), 'age_on_admission', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), NULL),
  (CAST(11 AS BIGINT), 'cost', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(100 AS BIGINT))
) AS "v"("ordinal", "field", "kind", "threshold", "round_to", "bins");

-- [4/17] Raw frequencies (session scratch, dropped after the stage, never published)
-- One pass with GROUPING SETS, one set per field. Continuous fields are counted by exact value here
-- and binned below.
DROP TABLE IF EXISTS pg_temp."adg_raw";

CREATE TEMP TABLE "adg_raw" AS
SELECT
  "ordinal",
  "value",
  "num",
  "n_rows",
  "n_entities",
  CASE
    WHEN "ordinal" = CAST(0 AS BIGINT) THEN CAST(0 AS BIGINT)
    ELSE row_number() OVER (PARTITION BY "ordinal" ORDER BY "k1" NULLS FIRST, "k2" COLLATE "C" NULLS FIRST, "k3" COLLATE "C" NULLS FIRST, "k4" NULLS FIRST, "k5" NULLS FIRST, "k6" COLLATE "C" NULLS FIRST, "k7" COLLATE "C" NULLS FIRST, "k8" COLLATE "C" NULLS FIRST, "k9" NULLS FIRST, "k10" NULLS FIRST, "k11" NULLS FIRST)
  END AS "item"
FROM (
  SELECT
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN CAST(1 AS BIGINT)
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST(2 AS BIGINT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST(3 AS BIGINT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN CAST(4 AS BIGINT)
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN CAST(5 AS BIGINT)
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST(6 AS BIGINT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST(7 AS BIGINT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST(8 AS BIGINT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST(9 AS BIGINT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST(10 AS BIGINT)
      WHEN grouping("k11") = CAST(0 AS BIGINT) THEN CAST(11 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END AS "ordinal",
    CASE
      WHEN grouping("k1") = CAST(0 AS BIGINT) THEN to_char("k1", 'YYYY-MM-DD')
      WHEN grouping("k2") = CAST(0 AS BIGINT) THEN CAST("k2" AS TEXT)
      WHEN grouping("k3") = CAST(0 AS BIGINT) THEN CAST("k3" AS TEXT)
      WHEN grouping("k4") = CAST(0 AS BIGINT) THEN to_char("k4", 'YYYY-MM-DD')
      WHEN grouping("k5") = CAST(0 AS BIGINT) THEN to_char("k5", 'YYYY-MM-DD')
      WHEN grouping("k6") = CAST(0 AS BIGINT) THEN CAST("k6" AS TEXT)
      WHEN grouping("k7") = CAST(0 AS BIGINT) THEN CAST("k7" AS TEXT)
      WHEN grouping("k8") = CAST(0 AS BIGINT) THEN CAST("k8" AS TEXT)
      WHEN grouping("k9") = CAST(0 AS BIGINT) THEN CAST("k9" AS TEXT)
      WHEN grouping("k10") = CAST(0 AS BIGINT) THEN CAST("k10" AS TEXT)
    END AS "value",
    CASE WHEN grouping("k11") = CAST(0 AS BIGINT) THEN "k11" END AS "num",
    count(*) AS "n_rows",
    count(DISTINCT "e") AS "n_entities",
    "k1",
    "k2",
    "k3",
    "k4",
    "k5",
    "k6",
    "k7",
    "k8",
    "k9",
    "k10",
    "k11"
  FROM (
    SELECT
      CAST(date_trunc('year', "date_of_birth") AS DATE) AS "k1",
      "sex" AS "k2",
      "ethnicity" AS "k3",
      CAST(date_trunc('week', "admission_date") AS DATE) AS "k4",
      CAST(date_trunc('week', "discharge_date") AS DATE) AS "k5",
      "admission_method" AS "k6",
      "specialty" AS "k7",
      "primary_diagnosis" AS "k8",
      CAST("length_of_stay" AS BIGINT) AS "k9",
      CAST("age_on_admission" AS BIGINT) AS "k10",
      CAST("cost" AS DOUBLE PRECISION) AS "k11",
      "nhs_number" AS "e"
    FROM "public"."admissions_source"
  ) AS "s"
  GROUP BY GROUPING SETS (
    ("k1"),
    ("k2"),
    ("k3"),
    ("k4"),
    ("k5"),
    ("k6"),
    ("k7"),
    ("k8"),
    ("k9"),
    ("k10"),
    ("k11"),
    ()
  )
) AS "g";

-- [5/17] Refuse an empty source
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_raw" WHERE ("ordinal" = CAST(0 AS BIGINT)) AND ("n_rows" = CAST(0 AS BIGINT))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/admissions.yaml: source (parquet file specs/fixtures/hospital/admissions.parquet) has no rows, so there is nothing to scrape. Point source at a table or file with data.'; END IF; END $adg$;

-- [6/17] Grid of every continuous field: a power of ten from its spread, and its decimals
DROP TABLE IF EXISTS pg_temp."adg_grid";

CREATE TEMP TABLE "adg_grid" AS
SELECT
  "f"."ordinal",
  CASE
    WHEN "s"."p95" > "s"."p5" THEN greatest((CAST(0 AS BIGINT) - least(coalesce("p"."decimals", CAST(0 AS BIGINT)), CAST(6 AS BIGINT))), least(CAST(15 AS BIGINT), CAST(floor(log10(greatest((("s"."p95" - "s"."p5") / (CAST("f"."bins" AS DOUBLE PRECISION) * CAST('10' AS DOUBLE PRECISION))), CAST('1e-7' AS DOUBLE PRECISION)))) AS BIGINT)))
    ELSE CAST(0 AS BIGINT) - least(coalesce("p"."decimals", CAST(0 AS BIGINT)), CAST(6 AS BIGINT))
  END AS "g",
  "p"."decimals"
FROM "adg_fields" AS "f"
LEFT JOIN (
  SELECT
    "ordinal",
    min("num") FILTER (WHERE "cum" >= (CAST('0.05' AS DOUBLE PRECISION) * "total")) AS "p5",
    min("num") FILTER (WHERE "cum" >= (CAST('0.95' AS DOUBLE PRECISION) * "total")) AS "p95"
  FROM (
    SELECT
      "ordinal",
      "num",
      CAST(sum("n_rows") OVER (PARTITION BY "ordinal" ORDER BY "num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE PRECISION) AS "cum",
      CAST(sum("n_rows") OVER (PARTITION BY "ordinal") AS DOUBLE PRECISION) AS "total"
    FROM (
      SELECT
        "r"."ordinal",
        "r"."num",
        "r"."n_rows",
        "r"."n_entities",
        "f"."threshold",
        "f"."bins"
      FROM "adg_raw" AS "r"
      JOIN "adg_fields" AS "f"
        ON "f"."ordinal" = "r"."ordinal"
      WHERE ("r"."ordinal" IN (CAST(11 AS BIGINT))) AND ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) AND ("r"."n_entities" < "f"."threshold")
    ) AS "rest"
  ) AS "ranked"
  GROUP BY "ordinal"
) AS "s"
  ON "s"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    max(CASE
      WHEN "num" = (floor((("num" * CAST('1' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('1' AS DOUBLE PRECISION)) THEN CAST(0 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('10' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('10' AS DOUBLE PRECISION)) THEN CAST(1 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('100' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)) THEN CAST(2 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('1000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('1000' AS DOUBLE PRECISION)) THEN CAST(3 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('10000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('10000' AS DOUBLE PRECISION)) THEN CAST(4 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('100000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('100000' AS DOUBLE PRECISION)) THEN CAST(5 AS BIGINT)
      WHEN "num" = (floor((("num" * CAST('1000000' AS DOUBLE PRECISION)) + CAST('0.5' AS DOUBLE PRECISION))) / CAST('1000000' AS DOUBLE PRECISION)) THEN CAST(6 AS BIGINT)
      ELSE CAST(7 AS BIGINT)
    END) AS "decimals"
  FROM (
    SELECT
      "r"."ordinal",
      "r"."num",
      "r"."n_rows",
      "r"."n_entities",
      "f"."threshold",
      "f"."bins"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "f"
      ON "f"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" IN (CAST(11 AS BIGINT))) AND ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))
  ) AS "all_finite"
  GROUP BY "ordinal"
) AS "p"
  ON "p"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" IN (CAST(11 AS BIGINT));

-- [7/17] Values to bin (not point masses), floored to the grid
DROP TABLE IF EXISTS pg_temp."adg_gridded";

CREATE TEMP TABLE "adg_gridded" AS
SELECT
  "rest"."ordinal",
  CASE
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "rest"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "rest"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    ELSE CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "rest"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
  END AS "num",
  CAST(sum("rest"."n_rows") AS BIGINT) AS "n_rows"
FROM (
  SELECT
    "r"."ordinal",
    "r"."num",
    "r"."n_rows",
    "r"."n_entities",
    "f"."threshold",
    "f"."bins"
  FROM "adg_raw" AS "r"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "r"."ordinal"
  WHERE ("r"."ordinal" IN (CAST(11 AS BIGINT))) AND ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) AND ("r"."n_entities" < "f"."threshold")
) AS "rest"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "rest"."ordinal"
GROUP BY "rest"."ordinal", CASE
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "rest"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "rest"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  ELSE CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "rest"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "rest"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
END;

-- [8/17] Entities of the values to bin (distinct entity per gridded value)
-- Distinct counts do not add up, so entity counts of bins come from this pass over the source.
DROP TABLE IF EXISTS pg_temp."adg_entity_values";

CREATE TEMP TABLE "adg_entity_values" AS
SELECT
  "v"."ordinal",
  CASE
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "v"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) + CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    WHEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END <= "v"."num" THEN CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
    ELSE CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE (floor(CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
    ELSE "v"."num" * CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END) - CAST('1' AS DOUBLE PRECISION)) / CASE
    WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
    ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
  END
  END
  END AS "num",
  "v"."e" AS "e"
FROM (
  SELECT
    CAST(11 AS BIGINT) AS "ordinal",
    CAST("cost" AS DOUBLE PRECISION) AS "num",
    "nhs_number" AS "e"
  FROM "public"."admissions_source"
) AS "v"
JOIN "adg_raw" AS "r"
  ON ("r"."ordinal" = "v"."ordinal") AND ("r"."num" = "v"."num")
JOIN "adg_fields" AS "f"
  ON "f"."ordinal" = "v"."ordinal"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "v"."ordinal"
WHERE ("v"."e" IS NOT NULL) AND ("v"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) AND ("r"."n_entities" < "f"."threshold")
GROUP BY "v"."ordinal", CASE
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "v"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) + CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  WHEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END <= "v"."num" THEN CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
  ELSE CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE (floor(CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN "v"."num" / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
  ELSE "v"."num" * CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END) - CAST('1' AS DOUBLE PRECISION)) / CASE
  WHEN "g"."g" >= CAST(0 AS BIGINT) THEN power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))
  ELSE power(CAST('10' AS DOUBLE PRECISION), CAST(CAST(0 AS BIGINT) - "g"."g" AS DOUBLE PRECISION))
END
END
END, "v"."e";

-- [9/17] Outer edges: the gridded values at rank k from each end
DROP TABLE IF EXISTS pg_temp."adg_outer_edges";

CREATE TEMP TABLE "adg_outer_edges" AS
SELECT
  "k"."ordinal",
  min("k"."num") FILTER (WHERE "k"."up" >= "f"."threshold") AS "lo",
  max("k"."num") FILTER (WHERE "k"."down" >= "f"."threshold") + max(power(CAST('10' AS DOUBLE PRECISION), CAST("g"."g" AS DOUBLE PRECISION))) AS "hi"
FROM (
  SELECT
    "ordinal",
    "num",
    sum("low") OVER (PARTITION BY "ordinal" ORDER BY "num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "up",
    sum("high") OVER (PARTITION BY "ordinal" ORDER BY "num" DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS "down"
  FROM (
    SELECT
      "ordinal",
      "num",
      sum("low") AS "low",
      sum("high") AS "high"
    FROM (
      SELECT
        "ordinal",
        min("num") AS "num",
        CAST(1 AS BIGINT) AS "low",
        CAST(0 AS BIGINT) AS "high"
      FROM "adg_entity_values"
      GROUP BY "ordinal", "e"
      UNION ALL
      SELECT
        "ordinal",
        max("num") AS "num",
        CAST(0 AS BIGINT) AS "low",
        CAST(1 AS BIGINT) AS "high"
      FROM "adg_entity_values"
      GROUP BY "ordinal", "e"
    ) AS "ends"
    GROUP BY "ordinal", "num"
  ) AS "ends"
) AS "k"
JOIN "adg_fields" AS "f"
  ON "f"."ordinal" = "k"."ordinal"
JOIN "adg_grid" AS "g"
  ON "g"."ordinal" = "k"."ordinal"
GROUP BY "k"."ordinal";

-- [10/17] Percentile bins: published edges and raw counts of every continuous field
-- Raw bins of equal frequency; inner edges are the lowest values of raw bins (not the first) that
-- clear the threshold on their own; the outer edges close the first and last bin. Each raw bin is
-- counted into the published bin that holds it.
DROP TABLE IF EXISTS pg_temp."adg_raw_bins";

CREATE TEMP TABLE "adg_raw_bins" AS
WITH
  "adg_value_bins" AS (
    SELECT
      "ordinal",
      "num",
      "n_rows",
      CAST(CAST(div(("start" * least("bins", greatest(CAST(2 AS BIGINT), CAST(div("total", (CAST(2 AS BIGINT) * "threshold")) AS BIGINT)))), "total") AS BIGINT) AS BIGINT) AS "bin"
    FROM (
      SELECT
        "r"."ordinal",
        "r"."num",
        "r"."n_rows",
        CAST(sum("r"."n_rows") OVER (PARTITION BY "r"."ordinal" ORDER BY "r"."num" NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "r"."n_rows" AS "start",
        CAST(sum("r"."n_rows") OVER (PARTITION BY "r"."ordinal") AS BIGINT) AS "total",
        "f"."bins",
        "f"."threshold"
      FROM "adg_gridded" AS "r"
      JOIN "adg_fields" AS "f"
        ON "f"."ordinal" = "r"."ordinal"
    ) AS "ranked"
OFFSET 0
  ),
  "adg_raw_bin_stats" AS (
    SELECT
      "v"."ordinal",
      "v"."bin",
      min("v"."num") AS "lo",
      CAST(sum("v"."n_rows") AS BIGINT) AS "n_rows",
      max("d"."n_entities") AS "n_entities",
      row_number() OVER (PARTITION BY "v"."ordinal" ORDER BY "v"."bin" NULLS LAST) - CAST(1 AS BIGINT) AS "pos"
    FROM "adg_value_bins" AS "v"
    LEFT JOIN (
      SELECT
        "x"."ordinal",
        "x"."bin",
        count(DISTINCT "ev"."e") AS "n_entities"
      FROM "adg_entity_values" AS "ev"
      JOIN "adg_value_bins" AS "x"
        ON ("x"."ordinal" = "ev"."ordinal") AND ("x"."num" = "ev"."num")
      GROUP BY "x"."ordinal", "x"."bin"
    ) AS "d"
      ON ("d"."ordinal" = "v"."ordinal") AND ("d"."bin" = "v"."bin")
    GROUP BY "v"."ordinal", "v"."bin"
OFFSET 0
  ),
  "adg_inner_edges" AS (
    SELECT
      "b"."ordinal",
      "b"."pos",
      "b"."lo",
      row_number() OVER (PARTITION BY "b"."ordinal" ORDER BY "b"."pos" NULLS LAST) AS "edge"
    FROM "adg_raw_bin_stats" AS "b"
    JOIN "adg_fields" AS "f"
      ON "f"."ordinal" = "b"."ordinal"
    JOIN "adg_outer_edges" AS "o"
      ON "o"."ordinal" = "b"."ordinal"
    WHERE ("b"."pos" >= CAST(1 AS BIGINT)) AND ("b"."n_entities" >= "f"."threshold") AND ("b"."lo" > "o"."lo") AND ("b"."lo" < "o"."hi")
OFFSET 0
  ),
  "adg_bin_map" AS (
    SELECT
      "b"."ordinal",
      "b"."bin",
      count("e"."edge") AS "item"
    FROM "adg_raw_bin_stats" AS "b"
    LEFT JOIN "adg_inner_edges" AS "e"
      ON ("e"."ordinal" = "b"."ordinal") AND ("e"."pos" <= "b"."pos")
    GROUP BY "b"."ordinal", "b"."bin"
OFFSET 0
  ),
  "adg_all_edges" AS (
    SELECT
      "o"."ordinal",
      CAST(0 AS BIGINT) AS "edge",
      "o"."lo" AS "at"
    FROM "adg_outer_edges" AS "o"
    WHERE "o"."lo" < "o"."hi"
    UNION ALL
    SELECT
      "ordinal",
      "edge",
      "lo" AS "at"
    FROM "adg_inner_edges"
    UNION ALL
    SELECT
      "o"."ordinal",
      coalesce("n"."m", CAST(0 AS BIGINT)) + CAST(1 AS BIGINT) AS "edge",
      "o"."hi" AS "at"
    FROM "adg_outer_edges" AS "o"
    LEFT JOIN (
      SELECT
        "ordinal",
        count(*) AS "m"
      FROM "adg_inner_edges"
      GROUP BY "ordinal"
    ) AS "n"
      ON "n"."ordinal" = "o"."ordinal"
    WHERE "o"."lo" < "o"."hi"
OFFSET 0
  )
SELECT
  "c"."ordinal",
  "c"."item",
  "lower"."at" AS "lo",
  "upper"."at" AS "hi",
  "c"."n_rows",
  "d"."n_entities" AS "n_entities"
FROM (
  SELECT
    "map"."ordinal",
    "map"."item",
    CAST(sum("s"."n_rows") AS BIGINT) AS "n_rows"
  FROM "adg_bin_map" AS "map"
  JOIN "adg_raw_bin_stats" AS "s"
    ON ("s"."ordinal" = "map"."ordinal") AND ("s"."bin" = "map"."bin")
  GROUP BY "map"."ordinal", "map"."item"
) AS "c"
JOIN "adg_all_edges" AS "lower"
  ON ("lower"."ordinal" = "c"."ordinal") AND ("lower"."edge" = "c"."item")
JOIN "adg_all_edges" AS "upper"
  ON ("upper"."ordinal" = "c"."ordinal") AND ("upper"."edge" = ("c"."item" + CAST(1 AS BIGINT)))
LEFT JOIN (
  SELECT
    "x"."ordinal",
    "map"."item",
    count(DISTINCT "ev"."e") AS "n_entities"
  FROM "adg_entity_values" AS "ev"
  JOIN "adg_value_bins" AS "x"
    ON ("x"."ordinal" = "ev"."ordinal") AND ("x"."num" = "ev"."num")
  JOIN "adg_bin_map" AS "map"
    ON ("map"."ordinal" = "x"."ordinal") AND ("map"."bin" = "x"."bin")
  GROUP BY "x"."ordinal", "map"."item"
) AS "d"
  ON ("d"."ordinal" = "c"."ordinal") AND ("d"."item" = "c"."item");

-- [11/17] Raw entity cardinalities: how many entities have each number of rows
DROP TABLE IF EXISTS pg_temp."adg_raw_cardinality";

CREATE TEMP TABLE "adg_raw_cardinality" AS
SELECT
  "per" AS "value",
  count(*) AS "n_entities"
FROM (
  SELECT
    "e",
    count(*) AS "per"
  FROM (
    SELECT
      "nhs_number" AS "e"
    FROM "public"."admissions_source"
  ) AS "s"
  WHERE "e" IS NOT NULL
  GROUP BY "e"
) AS "p"
GROUP BY "per";

-- [12/17] Rows per entity too rare to publish exactly, per power-of-two band (session scratch)
DROP TABLE IF EXISTS pg_temp."adg_rare_bands";

CREATE TEMP TABLE "adg_rare_bands" AS
SELECT
  CASE
    WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
    WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
    WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
    WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
    WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
    WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
    WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
    WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
    WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
    WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
    WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
    WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
    WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
    WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
    WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
    WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
    WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
    WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
    WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
    WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
    WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
    WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
    WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
    WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
    WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
    WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
    WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
    WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
    WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
    WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
    WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
    WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
    WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
    ELSE CAST(32 AS BIGINT)
  END AS "b",
  sum("k"."n_entities") AS "n"
FROM "adg_raw_cardinality" AS "k"
WHERE NOT (("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
GROUP BY CASE
  WHEN "k"."value" < CAST(1 AS BIGINT) THEN CAST(-1 AS BIGINT)
  WHEN "k"."value" < CAST(2 AS BIGINT) THEN CAST(0 AS BIGINT)
  WHEN "k"."value" < CAST(4 AS BIGINT) THEN CAST(1 AS BIGINT)
  WHEN "k"."value" < CAST(8 AS BIGINT) THEN CAST(2 AS BIGINT)
  WHEN "k"."value" < CAST(16 AS BIGINT) THEN CAST(3 AS BIGINT)
  WHEN "k"."value" < CAST(32 AS BIGINT) THEN CAST(4 AS BIGINT)
  WHEN "k"."value" < CAST(64 AS BIGINT) THEN CAST(5 AS BIGINT)
  WHEN "k"."value" < CAST(128 AS BIGINT) THEN CAST(6 AS BIGINT)
  WHEN "k"."value" < CAST(256 AS BIGINT) THEN CAST(7 AS BIGINT)
  WHEN "k"."value" < CAST(512 AS BIGINT) THEN CAST(8 AS BIGINT)
  WHEN "k"."value" < CAST(1024 AS BIGINT) THEN CAST(9 AS BIGINT)
  WHEN "k"."value" < CAST(2048 AS BIGINT) THEN CAST(10 AS BIGINT)
  WHEN "k"."value" < CAST(4096 AS BIGINT) THEN CAST(11 AS BIGINT)
  WHEN "k"."value" < CAST(8192 AS BIGINT) THEN CAST(12 AS BIGINT)
  WHEN "k"."value" < CAST(16384 AS BIGINT) THEN CAST(13 AS BIGINT)
  WHEN "k"."value" < CAST(32768 AS BIGINT) THEN CAST(14 AS BIGINT)
  WHEN "k"."value" < CAST(65536 AS BIGINT) THEN CAST(15 AS BIGINT)
  WHEN "k"."value" < CAST(131072 AS BIGINT) THEN CAST(16 AS BIGINT)
  WHEN "k"."value" < CAST(262144 AS BIGINT) THEN CAST(17 AS BIGINT)
  WHEN "k"."value" < CAST(524288 AS BIGINT) THEN CAST(18 AS BIGINT)
  WHEN "k"."value" < CAST(1048576 AS BIGINT) THEN CAST(19 AS BIGINT)
  WHEN "k"."value" < CAST(2097152 AS BIGINT) THEN CAST(20 AS BIGINT)
  WHEN "k"."value" < CAST(4194304 AS BIGINT) THEN CAST(21 AS BIGINT)
  WHEN "k"."value" < CAST(8388608 AS BIGINT) THEN CAST(22 AS BIGINT)
  WHEN "k"."value" < CAST(16777216 AS BIGINT) THEN CAST(23 AS BIGINT)
  WHEN "k"."value" < CAST(33554432 AS BIGINT) THEN CAST(24 AS BIGINT)
  WHEN "k"."value" < CAST(67108864 AS BIGINT) THEN CAST(25 AS BIGINT)
  WHEN "k"."value" < CAST(134217728 AS BIGINT) THEN CAST(26 AS BIGINT)
  WHEN "k"."value" < CAST(268435456 AS BIGINT) THEN CAST(27 AS BIGINT)
  WHEN "k"."value" < CAST(536870912 AS BIGINT) THEN CAST(28 AS BIGINT)
  WHEN "k"."value" < CAST(1073741824 AS BIGINT) THEN CAST(29 AS BIGINT)
  WHEN "k"."value" < CAST(2147483648 AS BIGINT) THEN CAST(30 AS BIGINT)
  WHEN "k"."value" < CAST(4294967296 AS BIGINT) THEN CAST(31 AS BIGINT)
  ELSE CAST(32 AS BIGINT)
END;

-- [13/17] Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare
-- Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are
-- powers of two, not its own count; a tail too small to publish widens the highest band instead.
DROP TABLE IF EXISTS pg_temp."adg_cardinality_bands";

CREATE TEMP TABLE "adg_cardinality_bands" AS
SELECT
  CAST("k"."value" AS TEXT) AS "value",
  CAST(NULL AS DOUBLE PRECISION) AS "lo",
  CAST(NULL AS DOUBLE PRECISION) AS "hi",
  "k"."n_entities"
FROM "adg_raw_cardinality" AS "k"
WHERE ("k"."n_entities" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "k"."n_entities") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("r"."b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("r"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "r"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(least("r"."b", "t"."lo_b") AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST(greatest("r"."b", "t"."hi_b") + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "r"."n" + "t"."n" AS "n_entities"
FROM "adg_rare_bands" AS "r"
CROSS JOIN (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL) AND ("r"."b" = (SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))))
UNION ALL
SELECT
  CAST(NULL AS TEXT) AS "value",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."lo_b" AS DOUBLE PRECISION))) AS "lo",
  floor(power(CAST('2' AS DOUBLE PRECISION), CAST("t"."hi_b" + CAST(1 AS BIGINT) AS DOUBLE PRECISION))) AS "hi",
  "t"."n" AS "n_entities"
FROM (
  SELECT
    min("b") AS "lo_b",
    max("b") AS "hi_b",
    sum("n") AS "n",
    count(*) AS "bands"
  FROM "adg_rare_bands"
  WHERE NOT (("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))
) AS "t"
WHERE ("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."bands" > CAST(0 AS BIGINT)) AND (NOT (("t"."n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "t"."n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT))))) AND ((SELECT max("b") FROM "adg_rare_bands" WHERE ("n" >= CAST(8 AS BIGINT)) AND (((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) IS NULL) OR ((CAST(div(((CAST(2 AS BIGINT) * "n") + CAST(5 AS BIGINT)), (CAST(2 AS BIGINT) * CAST(5 AS BIGINT))) AS BIGINT) * CAST(5 AS BIGINT)) >= CAST(8 AS BIGINT)))) IS NOT NULL)));

-- [14/17] Suppression: every candidate count with its verdict (session scratch, dropped after the stage)
-- Tested on the raw count of distinct entities (cardinalities: on entities), then rounded half up;
-- a count that rounds below the threshold is dropped too.
DROP TABLE IF EXISTS pg_temp."adg_candidates";

CREATE TEMP TABLE "adg_candidates" AS
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
      WHEN "c"."stat" IN ('null', 'value', 'bin') THEN row_number() OVER (PARTITION BY "c"."ordinal", "c"."stat" IN ('null', 'value', 'bin') ORDER BY CASE
      WHEN "c"."stat" = 'null' THEN CAST(0 AS BIGINT)
      WHEN "c"."stat" = 'value' THEN CAST(1 AS BIGINT)
      ELSE CAST(2 AS BIGINT)
    END NULLS LAST, "c"."item" NULLS LAST) - CAST(1 AS BIGINT)
    END AS "item",
    "c"."value",
    "c"."lo",
    "c"."hi",
    "c"."n_entities" AS "tested",
    "c"."n_rows" AS "raw_rows",
    "f"."threshold",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_rows") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_rows",
    CAST(div(((CAST(2 AS BIGINT) * "c"."n_entities") + "f"."round_to"), (CAST(2 AS BIGINT) * "f"."round_to")) AS BIGINT) * "f"."round_to" AS "n_entities"
  FROM (
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'rows' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      CAST(NULL AS TEXT) AS "value",
      CAST(NULL AS DOUBLE PRECISION) AS "lo",
      CAST(NULL AS DOUBLE PRECISION) AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    WHERE "r"."ordinal" = CAST(0 AS BIGINT)
    UNION ALL
    SELECT
      "r"."ordinal" AS "ordinal",
      CASE WHEN ("r"."value" IS NULL) AND ("r"."num" IS NULL) THEN 'null' ELSE 'value' END AS "stat",
      "r"."item" AS "item",
      CASE
        WHEN "r"."num" IS NULL THEN "r"."value"
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN CAST(NULL AS TEXT)
        ELSE CASE
        WHEN "r"."num" = CAST('NaN' AS DOUBLE PRECISION) THEN 'NaN'
        WHEN "r"."num" > CAST(0 AS BIGINT) THEN 'Infinity'
        ELSE '-Infinity'
      END
      END AS "value",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "lo",
      CASE
        WHEN ("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))) THEN "r"."num"
        ELSE CAST(NULL AS DOUBLE PRECISION)
      END AS "hi",
      "r"."n_rows" AS "n_rows",
      "r"."n_entities" AS "n_entities"
    FROM "adg_raw" AS "r"
    JOIN "adg_fields" AS "rf"
      ON "rf"."ordinal" = "r"."ordinal"
    WHERE ("r"."ordinal" > CAST(0 AS BIGINT)) AND (("r"."num" IS NULL) OR (NOT (("r"."num" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION))))) OR ("r"."n_entities" >= "rf"."threshold"))
    UNION ALL
    SELECT
      "b"."ordinal" AS "ordinal",
      'bin' AS "stat",
      "b"."item" AS "item",
      CAST(NULL AS TEXT) AS "value",
      "b"."lo" AS "lo",
      "b"."hi" AS "hi",
      "b"."n_rows" AS "n_rows",
      "b"."n_entities" AS "n_entities"
    FROM "adg_raw_bins" AS "b"
    UNION ALL
    SELECT
      CAST(0 AS BIGINT) AS "ordinal",
      'cardinality' AS "stat",
      CAST(NULL AS BIGINT) AS "item",
      "k"."value" AS "value",
      "k"."lo" AS "lo",
      "k"."hi" AS "hi",
      CAST(NULL AS BIGINT) AS "n_rows",
      "k"."n_entities" AS "n_entities"
    FROM "adg_cardinality_bands" AS "k"
  ) AS "c"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "c"."ordinal"
) AS "counted";

-- [15/17] Publish only the rows that passed suppression, replacing the previous metadata atomically
-- Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat.
-- The policy each count passed and the hash of what the metadata depends on are published with it.
BEGIN;

DROP TABLE IF EXISTS "adg_metadata"."admissions_metadata__adg_new";

CREATE TABLE "adg_metadata"."admissions_metadata__adg_new" AS
SELECT
  CAST("ordinal" AS BIGINT) AS "ordinal",
  CAST("field" AS TEXT) AS "field",
  CAST("kind" AS TEXT) AS "kind",
  CAST("stat" AS TEXT) AS "stat",
  CAST("item" AS BIGINT) AS "item",
  CAST("value" AS TEXT) AS "value",
  CAST("lo" AS DOUBLE PRECISION) AS "lo",
  CAST("hi" AS DOUBLE PRECISION) AS "hi",
  CAST("n_rows" AS BIGINT) AS "n_rows",
  CAST("n_entities" AS BIGINT) AS "n_entities"
FROM (
  SELECT
    "ordinal",
    "field",
    "kind",
    "stat",
    CASE
      WHEN "item" IS NOT NULL THEN row_number() OVER (PARTITION BY "ordinal", "item" IS NOT NULL ORDER BY "item" NULLS LAST) - CAST(1 AS BIGINT)
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
    (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'depends_on', CAST(NULL AS BIGINT), '2aee36c3696df85844dd0659a780ecd36a016618ad50a6b732ae348d02be22b0', CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS DOUBLE PRECISION), CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)),
    (CAST(0 AS BIGINT), NULL, 'dataset', 'policy', NULL, '{"count":"entities","override_reason":null,"preset":"nhs-hes","round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(1 AS BIGINT), 'date_of_birth', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(2 AS BIGINT), 'sex', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(3 AS BIGINT), 'ethnicity', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(4 AS BIGINT), 'admission_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(5 AS BIGINT), 'discharge_date', 'date', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(6 AS BIGINT), 'admission_method', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(7 AS BIGINT), 'specialty', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(8 AS BIGINT), 'primary_diagnosis', 'categorical', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(9 AS BIGINT), 'length_of_stay', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(10 AS BIGINT), 'age_on_admission', 'discrete', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL),
    (CAST(11 AS BIGINT), 'cost', 'continuous', 'policy', NULL, '{"round_to":5,"threshold":8}', NULL, NULL, NULL, NULL)
  ) AS "v"("ordinal", "field", "kind", "stat", "item", "value", "lo", "hi", "n_rows", "n_entities")
  UNION ALL
  SELECT
    "l"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'suppressed' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    '{"items":' || CAST("l"."items" AS TEXT) || ',"rows":"' || "l"."band" || '"}' AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "lo",
    CAST(NULL AS DOUBLE PRECISION) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM (
    SELECT
      "ordinal",
      sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
        ELSE CAST(0 AS BIGINT)
      END) AS "items",
      CASE
        WHEN sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) = CAST(0 AS BIGINT) THEN 'none'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
        WHEN (CAST(sum(CASE
        WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
        ELSE CAST(0 AS BIGINT)
      END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
        ELSE 'over 50%'
      END AS "band"
    FROM "adg_candidates"
    WHERE "ordinal" > CAST(0 AS BIGINT)
    GROUP BY "ordinal"
  ) AS "l"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "l"."ordinal"
  UNION ALL
  SELECT
    "g"."ordinal" AS "ordinal",
    "f"."field" AS "field",
    "f"."kind" AS "kind",
    'decimals' AS "stat",
    CAST(NULL AS BIGINT) AS "item",
    CAST("g"."decimals" AS TEXT) AS "value",
    CAST(NULL AS DOUBLE PRECISION) AS "lo",
    CAST(NULL AS DOUBLE PRECISION) AS "hi",
    CAST(NULL AS BIGINT) AS "n_rows",
    CAST(NULL AS BIGINT) AS "n_entities"
  FROM "adg_grid" AS "g"
  JOIN "adg_fields" AS "f"
    ON "f"."ordinal" = "g"."ordinal"
  WHERE "g"."decimals" <= CAST(6 AS BIGINT)
) AS "m"
ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, "item" NULLS LAST;

DROP TABLE IF EXISTS "adg_metadata"."admissions_metadata";

ALTER TABLE "adg_metadata"."admissions_metadata__adg_new" RENAME TO "admissions_metadata";

COMMIT;

-- [16/17] Summary for the operator: items published and suppressed per field (no counts of people)
SELECT
  "f"."ordinal",
  "f"."field",
  "f"."kind",
  sum(CASE WHEN "c"."passes" THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published",
  sum(CASE WHEN NOT ("c"."passes") THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "suppressed",
  sum(CASE WHEN "c"."passes" AND ("c"."stat" <> 'null') THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END) AS "published_non_null",
  (SELECT "n_rows" FROM "adg_candidates" WHERE ("stat" = 'rows') AND "passes") AS "published_rows",
  "l"."band" AS "suppressed_rows"
FROM "adg_fields" AS "f"
LEFT JOIN "adg_candidates" AS "c"
  ON "c"."ordinal" = "f"."ordinal"
LEFT JOIN (
  SELECT
    "ordinal",
    sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN CAST(1 AS BIGINT)
      ELSE CAST(0 AS BIGINT)
    END) AS "items",
    CASE
      WHEN sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) = CAST(0 AS BIGINT) THEN 'none'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.01' AS DOUBLE PRECISION) THEN 'under 1%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.05' AS DOUBLE PRECISION) THEN '1-5%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.1' AS DOUBLE PRECISION) THEN '5-10%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.25' AS DOUBLE PRECISION) THEN '10-25%'
      WHEN (CAST(sum(CASE
      WHEN ("stat" IN ('null', 'value', 'bin')) AND (NOT ("passes")) THEN "raw_rows"
      ELSE CAST(0 AS BIGINT)
    END) AS DOUBLE PRECISION) / CAST(greatest(sum(CASE WHEN "stat" IN ('null', 'value', 'bin') THEN "raw_rows" ELSE CAST(0 AS BIGINT) END), CAST(1 AS BIGINT)) AS DOUBLE PRECISION)) < CAST('0.5' AS DOUBLE PRECISION) THEN '25-50%'
      ELSE 'over 50%'
    END AS "band"
  FROM "adg_candidates"
  WHERE "ordinal" > CAST(0 AS BIGINT)
  GROUP BY "ordinal"
) AS "l"
  ON "l"."ordinal" = "f"."ordinal"
WHERE "f"."ordinal" > CAST(0 AS BIGINT)
GROUP BY "f"."ordinal", "f"."field", "f"."kind", "l"."band"
ORDER BY "f"."ordinal" NULLS LAST;

-- [17/17] Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)
SELECT
  "f"."ordinal",
  "f"."field",
  sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) >= CAST(20 AS BIGINT) AS "enough_values",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(count("r"."value") AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "distinct_per_row",
  CASE
    WHEN count("r"."value") >= CAST(20 AS BIGINT) THEN floor(((CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_entities" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION) / CAST(count("r"."value") AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
  END AS "entities_per_value",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND CASE
    WHEN (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^[0-9]{10}$') THEN mod((CAST(11 AS BIGINT) - mod(((CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(10 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(9 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(3 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(8 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(4 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(7 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(5 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(6 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(5 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(7 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(4 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(8 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(3 AS BIGINT)) + (CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(2 AS BIGINT))), CAST(11 AS BIGINT))), CAST(11 AS BIGINT)) = CAST(substr(regexp_replace("r"."value", '[ ()-]', '', 'g'), CAST(CAST(10 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT)
    ELSE FALSE
  END THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "nhsNumbers",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[^@ ]+@[^@ ]+[.][^@ ]+$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "emails",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND (regexp_replace("r"."value", '[ ()-]', '', 'g') ~ '^([+]44|0044|0)[0-9]{9,10}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "phones",
  CASE
    WHEN sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) > CAST(0 AS BIGINT) THEN floor(((CAST(sum(CASE
    WHEN ("r"."value" IS NOT NULL) AND ("r"."value" ~ '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$') THEN "r"."n_rows"
    ELSE CAST(0 AS BIGINT)
  END) AS DOUBLE PRECISION) / CAST(sum(CASE WHEN "r"."value" IS NOT NULL THEN "r"."n_rows" ELSE CAST(0 AS BIGINT) END) AS DOUBLE PRECISION)) * CAST('100' AS DOUBLE PRECISION))) / CAST('100' AS DOUBLE PRECISION)
    ELSE CAST('0' AS DOUBLE PRECISION)
  END AS "postcodes"
FROM "adg_fields" AS "f"
JOIN "adg_raw" AS "r"
  ON "r"."ordinal" = "f"."ordinal"
WHERE ("f"."ordinal" > CAST(0 AS BIGINT)) AND ("f"."kind" <> 'continuous')
GROUP BY "f"."ordinal", "f"."field"
ORDER BY "f"."ordinal" NULLS LAST;
