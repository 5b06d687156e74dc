-- adg 0.1.0: stage 3 (release) of dataset "admissions", DuckDB dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Copies the reviewed metadata into the released scope, only for the signed-off hash and with no blocking check failing, and logs the sign-off.
-- Runs in .adg/admissions/released.duckdb; `adg release specs/admissions.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/9] Attach the reviewed metadata read-only
ATTACH IF NOT EXISTS '.adg/admissions/metadata.duckdb' AS "adg_metadata" (READ_ONLY);

-- [3/9] The metadata must come from a scrape of this spec as it is now
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."admissions_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '2aee36c3696df85844dd0659a780ecd36a016618ad50a6b732ae348d02be22b0'))) THEN error('specs/admissions.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/admissions.yaml again, then review it.') END AS "adg_check";

-- [4/9] The metadata must be exactly what the reviewer saw: its hash equals the signed-off one
SELECT CASE WHEN ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."admissions_metadata" ) AS "encoded" ) AS "lines") IS NULL) OR ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."admissions_metadata" ) AS "encoded" ) AS "lines") <> '<metadata hash from the review pack>') THEN error('specs/admissions.yaml: the metadata''s hash is not the one given to release: either the hash is mistyped, or the metadata changed after review (a new scrape). Run adg review specs/admissions.yaml again and release the hash its report shows.') END AS "adg_check";

-- [5/9] The spec as the checks see it: every field with its role, kind and suppression policy
CREATE OR REPLACE TEMP TABLE "adg_spec_fields" AS
SELECT
  "ordinal",
  "field",
  "role",
  "kind",
  "threshold",
  "round_to",
  "birth_by_day"
FROM (VALUES
  (0, CAST(NULL AS VARCHAR), 'dataset', 'dataset', 8, 5, 0),
  (1, 'date_of_birth', 'generated', 'date', 8, 5, 0),
  (2, 'sex', 'generated', 'categorical', 8, 5, 0),
  (3, 'ethnicity', 'generated', 'categorical', 8, 5, 0),
  (4, 'admission_date', 'generated', 'date', 8, 5, 0),
  (5, 'discharge_date', 'generated', 'date', 8, 5, 0),
  (6, 'admission_method', 'generated', 'categorical', 8, 5, 0),
  (7, 'specialty', 'generated', 'categorical', 8, 5, 0),
  (8, 'primary_diagnosis', 'generated', 'categorical', 8, 5, 0),
  (9, 'length_of_stay', 'generated', 'discrete', 8, 5, 0),
  (10, 'age_on_admission', 'generated', 'discrete', 8, 5, 0),
  (11, 'cost', 'generated', 'continuous', 8, 5, 0),
  (-1, 'episode_id', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'patient_id', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'nhs_number', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'hospital_number', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'forename', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'surname', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'address_line', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'postcode', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'email', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'phone', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'clinical_note', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'nhs_number', 'entity', 'excluded', NULL, NULL, 0)
) AS "v"("ordinal", "field", "role", "kind", "threshold", "round_to", "birth_by_day");

-- [6/9] Disclosure checks over the metadata: one row per finding (check, field, item, what)
-- Over published metadata only. Every rule is re-derived from the spec: a scrape bug or an edited
-- metadata row is caught here.
CREATE OR REPLACE TEMP TABLE "adg_findings" AS
SELECT
  'suppression' AS "check_id",
  "p"."field" AS "field",
  "p"."item" AS "item",
  CASE
    WHEN "p"."n_rows" < "p"."threshold" THEN 'a published row count is below the threshold ' || CAST("p"."threshold" AS VARCHAR)
    ELSE 'a published row count is not a multiple of the rounding base ' || CAST("p"."round_to" AS VARCHAR)
  END AS "detail"
FROM (
  SELECT
    "m"."ordinal" AS "ordinal",
    "m"."field" AS "field",
    "m"."kind" AS "kind",
    "m"."stat" AS "stat",
    "m"."item" AS "item",
    "m"."value" AS "value",
    "m"."lo" AS "lo",
    "m"."hi" AS "hi",
    "m"."n_rows" AS "n_rows",
    "m"."n_entities" AS "n_entities",
    "s"."threshold" AS "threshold",
    "s"."round_to" AS "round_to",
    "s"."birth_by_day" AS "birth_by_day"
  FROM "adg_metadata"."admissions_metadata" AS "m"
  JOIN "adg_spec_fields" AS "s"
    ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
  WHERE TRUE
) AS "p"
WHERE ("p"."stat" IN ('rows', 'null', 'value', 'bin', 'cardinality', 'disagree', 'pool')) AND ("p"."n_rows" IS NOT NULL) AND (("p"."n_rows" < "p"."threshold") OR (("p"."n_rows" % "p"."round_to") <> 0))
UNION ALL
SELECT
  'suppression' AS "check_id",
  "p"."field" AS "field",
  "p"."item" AS "item",
  CASE
    WHEN "p"."n_entities" < "p"."threshold" THEN 'a published count of entities is below the threshold ' || CAST("p"."threshold" AS VARCHAR)
    ELSE 'a published count of entities is not a multiple of the rounding base ' || CAST("p"."round_to" AS VARCHAR)
  END AS "detail"
FROM (
  SELECT
    "m"."ordinal" AS "ordinal",
    "m"."field" AS "field",
    "m"."kind" AS "kind",
    "m"."stat" AS "stat",
    "m"."item" AS "item",
    "m"."value" AS "value",
    "m"."lo" AS "lo",
    "m"."hi" AS "hi",
    "m"."n_rows" AS "n_rows",
    "m"."n_entities" AS "n_entities",
    "s"."threshold" AS "threshold",
    "s"."round_to" AS "round_to",
    "s"."birth_by_day" AS "birth_by_day"
  FROM "adg_metadata"."admissions_metadata" AS "m"
  JOIN "adg_spec_fields" AS "s"
    ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
  WHERE TRUE
) AS "p"
WHERE ("p"."stat" IN ('rows', 'null', 'value', 'bin', 'cardinality', 'disagree', 'pool')) AND ("p"."n_entities" IS NOT NULL) AND (("p"."n_entities" < "p"."threshold") OR (("p"."n_entities" % "p"."round_to") <> 0))
UNION ALL
SELECT
  'suppression' AS "check_id",
  "b"."field" AS "field",
  "b"."item" AS "item",
  CASE
    WHEN ("b"."lo" IS NULL) OR ("b"."hi" IS NULL) OR ("b"."lo" >= "b"."hi") THEN 'a bin whose lower edge is not below its upper edge'
    ELSE 'a bin that overlaps the next one'
  END AS "detail"
FROM (
  SELECT
    "m"."field" AS "field",
    "m"."item" AS "item",
    "m"."lo" AS "lo",
    "m"."hi" AS "hi",
    lead("m"."lo") OVER (PARTITION BY "m"."field" ORDER BY "m"."lo" NULLS LAST) AS "next_lo"
  FROM "adg_metadata"."admissions_metadata" AS "m"
  WHERE "m"."stat" = 'bin'
) AS "b"
WHERE ("b"."lo" IS NULL) OR ("b"."hi" IS NULL) OR ("b"."lo" >= "b"."hi") OR ("b"."next_lo" < "b"."hi")
UNION ALL
SELECT
  'excluded-fields' AS "check_id",
  "m"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  CASE
    WHEN EXISTS (SELECT 1 FROM "adg_spec_fields" AS "x" WHERE ("x"."field" = "m"."field") AND ("x"."role" IN ('excluded', 'entity'))) THEN 'the spec excludes this field (or counts entities by it), yet the metadata publishes it'
    ELSE 'the metadata publishes a field the spec does not generate (or with another kind)'
  END AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."field" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "adg_spec_fields" AS "g" WHERE ("g"."field" = "m"."field") AND ("g"."role" = 'generated') AND ("g"."kind" = "m"."kind"))))
GROUP BY "m"."field"
UNION ALL
SELECT
  'nhs-number' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a valid NHS number' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND CASE
  WHEN regexp_matches(regexp_replace("m"."value", '[ ()-]', '', 'g'), '^[0-9]{10}$') THEN ((11 - (((CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 1, 1) AS BIGINT) * 10) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 2, 1) AS BIGINT) * 9) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 3, 1) AS BIGINT) * 8) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 4, 1) AS BIGINT) * 7) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 5, 1) AS BIGINT) * 6) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 6, 1) AS BIGINT) * 5) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 7, 1) AS BIGINT) * 4) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 8, 1) AS BIGINT) * 3) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 9, 1) AS BIGINT) * 2)) % 11)) % 11) = CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), 10, 1) AS BIGINT)
  ELSE FALSE
END
UNION ALL
SELECT
  'email' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is an e-mail address' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$')
UNION ALL
SELECT
  'postcode' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full UK postcode' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$')
UNION ALL
SELECT
  'phone' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a UK phone number' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches(regexp_replace("m"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$')
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$')
UNION ALL
SELECT
  'free-text' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' reads as free text' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND ((length("m"."value") > 60) OR regexp_matches("m"."value", '[^ ]+( +[^ ]+){5}'))
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "s"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  'named like a date of birth and published by day or finer: publish it by year (granularity: year)' AS "detail"
FROM "adg_spec_fields" AS "s"
WHERE "s"."birth_by_day" = 1
UNION ALL
SELECT
  'identifier-like' AS "check_id",
  "m"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  'most of its rows held values too rare to publish (suppressed share of rows 25% or more): it may identify records' AS "detail"
FROM "adg_metadata"."admissions_metadata" AS "m"
WHERE ("m"."kind" = 'categorical') AND ("m"."stat" = 'suppressed') AND regexp_matches("m"."value", '"rows":"(25-50%|over 50%)"')
UNION ALL
SELECT
  'identifier-like' AS "check_id",
  "v"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  CAST("v"."values" AS VARCHAR) || ' published values average under twice the threshold each: values per row near the limit suppression allows' AS "detail"
FROM (
  SELECT
    "p"."field" AS "field",
    count(*) AS "values",
    sum("p"."n_rows") AS "rows",
    max("p"."threshold") AS "threshold"
  FROM (
    SELECT
      "m"."ordinal" AS "ordinal",
      "m"."field" AS "field",
      "m"."kind" AS "kind",
      "m"."stat" AS "stat",
      "m"."item" AS "item",
      "m"."value" AS "value",
      "m"."lo" AS "lo",
      "m"."hi" AS "hi",
      "m"."n_rows" AS "n_rows",
      "m"."n_entities" AS "n_entities",
      "s"."threshold" AS "threshold",
      "s"."round_to" AS "round_to",
      "s"."birth_by_day" AS "birth_by_day"
    FROM "adg_metadata"."admissions_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  ) AS "p"
  GROUP BY "p"."field"
) AS "v"
WHERE ("v"."values" >= 20) AND ("v"."rows" < ("v"."values" * "v"."threshold" * 2))
UNION ALL
SELECT
  'identifier-like' AS "check_id",
  "l"."field" AS "field",
  "l"."item" AS "item",
  'a value far longer than the field''s typical value (over 3 times the average length, and over 20 characters)' AS "detail"
FROM (
  SELECT
    "m"."field" AS "field",
    "m"."item" AS "item",
    length("m"."value") AS "len",
    sum(length("m"."value")) OVER (PARTITION BY "m"."field") AS "total",
    count("m"."value") OVER (PARTITION BY "m"."field") AS "n"
  FROM "adg_metadata"."admissions_metadata" AS "m"
  WHERE ("m"."kind" = 'categorical') AND ("m"."stat" = 'value') AND ("m"."value" IS NOT NULL)
) AS "l"
WHERE ("l"."len" > 20) AND ((CAST("l"."len" AS DOUBLE) * CAST("l"."n" AS DOUBLE)) > (3e+0 * CAST("l"."total" AS DOUBLE)))
UNION ALL
SELECT
  'tail' AS "check_id",
  "t"."field" AS "field",
  "t"."item" AS "item",
  'the ' || CASE WHEN "t"."from_low" = 1 THEN 'lowest' ELSE 'highest' END || ' ' || CASE
    WHEN "t"."kind" = 'date' THEN 'bucket'
    WHEN "t"."kind" = 'continuous' THEN 'bin'
    ELSE 'value'
  END || ' holds under twice the threshold: its edge sits close to the ' || CASE WHEN "t"."from_low" = 1 THEN 'smallest' ELSE 'largest' END || ' observed value' AS "detail"
FROM (
  SELECT
    "p"."field" AS "field",
    "p"."item" AS "item",
    "p"."n_rows" AS "n_rows",
    "p"."threshold" AS "threshold",
    "p"."kind" AS "kind",
    row_number() OVER (PARTITION BY "p"."field" ORDER BY CASE WHEN "p"."kind" = 'discrete' THEN CAST("p"."value" AS DOUBLE) ELSE "p"."lo" END NULLS LAST, "p"."value" NULLS LAST) AS "from_low",
    row_number() OVER (PARTITION BY "p"."field" ORDER BY CASE WHEN "p"."kind" = 'discrete' THEN CAST("p"."value" AS DOUBLE) ELSE "p"."hi" END DESC NULLS LAST, "p"."value" DESC NULLS LAST) AS "from_high"
  FROM (
    SELECT
      "m"."ordinal" AS "ordinal",
      "m"."field" AS "field",
      "m"."kind" AS "kind",
      "m"."stat" AS "stat",
      "m"."item" AS "item",
      "m"."value" AS "value",
      "m"."lo" AS "lo",
      "m"."hi" AS "hi",
      "m"."n_rows" AS "n_rows",
      "m"."n_entities" AS "n_entities",
      "s"."threshold" AS "threshold",
      "s"."round_to" AS "round_to",
      "s"."birth_by_day" AS "birth_by_day"
    FROM "adg_metadata"."admissions_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" IN ('discrete', 'date', 'continuous')) AND ("m"."stat" IN ('value', 'bin')) AND (("m"."kind" <> 'continuous') OR ("m"."value" IS NULL))
  ) AS "p"
) AS "t"
WHERE (("t"."from_low" = 1) OR ("t"."from_high" = 1)) AND ("t"."n_rows" < ("t"."threshold" * 2));

-- [7/9] No blocking disclosure check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_findings" WHERE "check_id" IN ('suppression', 'excluded-fields', 'nhs-number', 'email', 'postcode', 'phone')) THEN error('specs/admissions.yaml: blocking disclosure checks fail on this metadata, so it cannot be released. Run adg review specs/admissions.yaml, read the findings in its report, fix the spec (exclude or coarsen the fields) and scrape again.') END AS "adg_check";

-- [8/9] The releases log, if this is the first release into this scope
CREATE TABLE IF NOT EXISTS "adg_releases" ("released_at" TIMESTAMPTZ, "dataset" VARCHAR, "spec_file" VARCHAR, "spec_hash" VARCHAR, "metadata_hash" VARCHAR, "reviewer" VARCHAR, "approver" VARCHAR, "release_policy" VARCHAR, "tool_version" VARCHAR);

-- [9/9] Copy the metadata into the released scope and log the sign-off, all or nothing
-- Generate reads only this copy, and only when the log names its hash.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "admissions_metadata" AS
SELECT
  *
FROM "adg_metadata"."admissions_metadata";

INSERT INTO "adg_releases"
SELECT
  current_timestamp AS "released_at",
  'admissions' AS "dataset",
  'specs/admissions.yaml' AS "spec_file",
  '1649a3e288b48c0149cce491ee2e393778a24e7191023f59d414c5dd945c1803' AS "spec_hash",
  '<metadata hash from the review pack>' AS "metadata_hash",
  '<reviewer>' AS "reviewer",
  '<approver>' AS "approver",
  'manual' AS "release_policy",
  '0.1.0' AS "tool_version"
FROM (VALUES
  (1)
) AS "once"("one")
WHERE NOT (EXISTS (SELECT 1 FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_releases" AS "l" WHERE ("l"."dataset" = 'admissions') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_releases" WHERE "dataset" = 'admissions')) ) AS "r" WHERE "r"."metadata_hash" = '<metadata hash from the review pack>'));

COMMIT;
