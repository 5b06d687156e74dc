-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 3 (release) of dataset "hes_apc", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Copies the reviewed metadata into the released scope, only for the signed-off hash and with no blocking check failing, and logs the sign-off.
-- Runs in .adg/hes/released.duckdb; `adg release specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/9] Attach the reviewed metadata read-only
ATTACH IF NOT EXISTS '.adg/hes/metadata.duckdb' AS "adg_metadata" (READ_ONLY);

-- [3/9] The metadata must come from a scrape of this spec as it is now
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."hes_apc_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '29651cdde415bc5afca1777f0c2baf9e289ba48d7fd3bdfe5d220d735a4e4672'))) THEN error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then review it.') END AS "adg_check";

-- [4/9] The metadata must be exactly what the reviewer saw: its hash equals the signed-off one
SELECT CASE WHEN ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."hes_apc_metadata" ) AS "encoded" ) AS "lines") IS NULL) OR ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."hes_apc_metadata" ) AS "encoded" ) AS "lines") <> '<metadata hash from the review pack>') THEN error('specs/hes.yaml: the metadata''s hash is not the one given to release: either the hash is mistyped, or the metadata changed after review (a new scrape). Run adg review specs/hes.yaml again and release the hash its report shows.') END AS "adg_check";

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
  (1, 'FYEAR', 'generated', 'categorical', 8, 5, 0),
  (2, 'PROCODE3', 'generated', 'categorical', 8, 5, 0),
  (3, 'PROCODET', 'generated', 'categorical', 8, 5, 0),
  (4, 'SITETRET', 'generated', 'categorical', 8, 5, 0),
  (5, 'ADMIDATE', 'generated', 'date', 8, 5, 0),
  (6, 'ADMIMETH', 'generated', 'categorical', 8, 5, 0),
  (7, 'ADMISORC', 'generated', 'categorical', 8, 5, 0),
  (8, 'ADMINCAT', 'generated', 'categorical', 8, 5, 0),
  (9, 'CLASSPAT', 'generated', 'categorical', 8, 5, 0),
  (10, 'ELECDATE', 'generated', 'date', 8, 5, 0),
  (11, 'ELECDUR', 'generated', 'discrete', 8, 5, 0),
  (12, 'EPISTART', 'generated', 'date', 8, 5, 0),
  (13, 'EPIEND', 'generated', 'date', 8, 5, 0),
  (14, 'EPIORDER', 'generated', 'discrete', 8, 5, 0),
  (15, 'EPISTAT', 'generated', 'categorical', 8, 5, 0),
  (16, 'EPITYPE', 'generated', 'categorical', 8, 5, 0),
  (17, 'EPIDUR', 'generated', 'discrete', 8, 5, 0),
  (18, 'DISDATE', 'generated', 'date', 8, 5, 0),
  (19, 'DISDEST', 'generated', 'categorical', 8, 5, 0),
  (20, 'DISMETH', 'generated', 'categorical', 8, 5, 0),
  (21, 'SPELDUR', 'generated', 'discrete', 8, 5, 0),
  (22, 'MYDOB', 'generated', 'date', 8, 5, 0),
  (23, 'SEX', 'generated', 'categorical', 8, 5, 0),
  (24, 'ETHNOS', 'generated', 'categorical', 8, 5, 0),
  (25, 'MAINSPEF', 'generated', 'categorical', 8, 5, 0),
  (26, 'TRETSPEF', 'generated', 'categorical', 8, 5, 0),
  (27, 'DIAG_4_01', 'generated', 'categorical', 8, 5, 0),
  (28, 'DIAG_4_02', 'generated', 'categorical', 8, 5, 0),
  (29, 'DIAG_4_03', 'generated', 'categorical', 8, 5, 0),
  (30, 'DIAG_4_04', 'generated', 'categorical', 8, 5, 0),
  (31, 'DIAG_4_05', 'generated', 'categorical', 8, 5, 0),
  (32, 'DIAG_4_06', 'generated', 'categorical', 8, 5, 0),
  (33, 'DIAG_4_07', 'generated', 'categorical', 8, 5, 0),
  (34, 'DIAG_4_08', 'generated', 'categorical', 8, 5, 0),
  (35, 'DIAG_4_09', 'generated', 'categorical', 8, 5, 0),
  (36, 'DIAG_4_10', 'generated', 'categorical', 8, 5, 0),
  (37, 'OPERTN_4_01', 'generated', 'categorical', 8, 5, 0),
  (38, 'OPERTN_4_02', 'generated', 'categorical', 8, 5, 0),
  (39, 'OPERTN_4_03', 'generated', 'categorical', 8, 5, 0),
  (40, 'OPERTN_4_04', 'generated', 'categorical', 8, 5, 0),
  (41, 'OPERTN_4_05', 'generated', 'categorical', 8, 5, 0),
  (42, 'OPERTN_4_06', 'generated', 'categorical', 8, 5, 0),
  (43, 'OPDATE_01', 'generated', 'date', 8, 5, 0),
  (44, 'RESLADST', 'generated', 'categorical', 8, 5, 0),
  (-1, 'GPPRAC', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'TOKEN_PERSON_ID', 'entity', 'excluded', NULL, NULL, 0)
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
  FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
  FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
  FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
FROM "adg_metadata"."hes_apc_metadata" AS "m"
WHERE ("m"."field" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "adg_spec_fields" AS "g" WHERE ("g"."field" = "m"."field") AND ("g"."role" = 'generated') AND ("g"."kind" = "m"."kind"))))
GROUP BY "m"."field"
UNION ALL
SELECT
  'nhs-number' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a valid NHS number' AS "detail"
FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
FROM "adg_metadata"."hes_apc_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$')
UNION ALL
SELECT
  'postcode' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full UK postcode' AS "detail"
FROM "adg_metadata"."hes_apc_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$')
UNION ALL
SELECT
  'phone' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a UK phone number' AS "detail"
FROM "adg_metadata"."hes_apc_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches(regexp_replace("m"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$')
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS "detail"
FROM "adg_metadata"."hes_apc_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$')
UNION ALL
SELECT
  'free-text' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' reads as free text' AS "detail"
FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
    FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
  FROM "adg_metadata"."hes_apc_metadata" AS "m"
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
    FROM "adg_metadata"."hes_apc_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" IN ('discrete', 'date', 'continuous')) AND ("m"."stat" IN ('value', 'bin')) AND (("m"."kind" <> 'continuous') OR ("m"."value" IS NULL))
  ) AS "p"
) AS "t"
WHERE (("t"."from_low" = 1) OR ("t"."from_high" = 1)) AND ("t"."n_rows" < ("t"."threshold" * 2));

-- [7/9] No blocking disclosure check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_findings" WHERE "check_id" IN ('suppression', 'excluded-fields', 'nhs-number', 'email', 'postcode', 'phone')) THEN error('specs/hes.yaml: blocking disclosure checks fail on this metadata, so it cannot be released. Run adg review specs/hes.yaml, read the findings in its report, fix the spec (exclude or coarsen the fields) and scrape again.') END AS "adg_check";

-- [8/9] The releases log, if this is the first release into this scope
CREATE TABLE IF NOT EXISTS "adg_releases" ("released_at" TIMESTAMPTZ, "dataset" VARCHAR, "spec_file" VARCHAR, "spec_hash" VARCHAR, "metadata_hash" VARCHAR, "reviewer" VARCHAR, "approver" VARCHAR, "release_policy" VARCHAR, "tool_version" VARCHAR);

-- [9/9] Copy the metadata into the released scope and log the sign-off, all or nothing
-- Generate reads only this copy, and only when the log names its hash.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_apc_metadata" AS
SELECT
  *
FROM "adg_metadata"."hes_apc_metadata";

INSERT INTO "adg_releases"
SELECT
  current_timestamp AS "released_at",
  'hes_apc' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  '596d835241343c8954e7c6d2f5984503dd8b31f7947bf8cf956fd57778f08bea' AS "spec_hash",
  '<metadata hash from the review pack>' AS "metadata_hash",
  '<reviewer>' AS "reviewer",
  '<approver>' AS "approver",
  'manual' AS "release_policy",
  '0.1.0' AS "tool_version"
FROM (VALUES
  (1)
) AS "once"("one")
WHERE NOT (EXISTS (SELECT 1 FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_apc') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_releases" WHERE "dataset" = 'hes_apc')) ) AS "r" WHERE "r"."metadata_hash" = '<metadata hash from the review pack>'));

COMMIT;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 3 (release) of dataset "hes_op", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Copies the reviewed metadata into the released scope, only for the signed-off hash and with no blocking check failing, and logs the sign-off.
-- Runs in .adg/hes/released.duckdb; `adg release specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/9] Attach the reviewed metadata read-only
ATTACH IF NOT EXISTS '.adg/hes/metadata.duckdb' AS "adg_metadata" (READ_ONLY);

-- [3/9] The metadata must come from a scrape of this spec as it is now
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."hes_op_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '6e32052c712c5ebfd499235fefba3b808c2f5e1faab5659dbdf5da67092b3fe9'))) THEN error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then review it.') END AS "adg_check";

-- [4/9] The metadata must be exactly what the reviewer saw: its hash equals the signed-off one
SELECT CASE WHEN ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."hes_op_metadata" ) AS "encoded" ) AS "lines") IS NULL) OR ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."hes_op_metadata" ) AS "encoded" ) AS "lines") <> '<metadata hash from the review pack>') THEN error('specs/hes.yaml: the metadata''s hash is not the one given to release: either the hash is mistyped, or the metadata changed after review (a new scrape). Run adg review specs/hes.yaml again and release the hash its report shows.') END AS "adg_check";

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
  (1, 'FYEAR', 'generated', 'categorical', 8, 5, 0),
  (2, 'PROCODE3', 'generated', 'categorical', 8, 5, 0),
  (3, 'PROCODET', 'generated', 'categorical', 8, 5, 0),
  (4, 'SITETRET', 'generated', 'categorical', 8, 5, 0),
  (5, 'APPTDATE', 'generated', 'date', 8, 5, 0),
  (6, 'REQDATE', 'generated', 'date', 8, 5, 0),
  (7, 'WAITING', 'generated', 'discrete', 8, 5, 0),
  (8, 'ATTENDED', 'generated', 'categorical', 8, 5, 0),
  (9, 'FIRSTATT', 'generated', 'categorical', 8, 5, 0),
  (10, 'OUTCOME', 'generated', 'categorical', 8, 5, 0),
  (11, 'PRIORITY', 'generated', 'categorical', 8, 5, 0),
  (12, 'REFSOURC', 'generated', 'categorical', 8, 5, 0),
  (13, 'SERVTYPE', 'generated', 'categorical', 8, 5, 0),
  (14, 'STAFFTYP', 'generated', 'categorical', 8, 5, 0),
  (15, 'TRETSPEF', 'generated', 'categorical', 8, 5, 0),
  (16, 'MAINSPEF', 'generated', 'categorical', 8, 5, 0),
  (17, 'DIAG_4_01', 'generated', 'categorical', 8, 5, 0),
  (18, 'DIAG_4_02', 'generated', 'categorical', 8, 5, 0),
  (19, 'DIAG_4_03', 'generated', 'categorical', 8, 5, 0),
  (20, 'DIAG_4_04', 'generated', 'categorical', 8, 5, 0),
  (21, 'DIAG_4_05', 'generated', 'categorical', 8, 5, 0),
  (22, 'DIAG_4_06', 'generated', 'categorical', 8, 5, 0),
  (23, 'OPERTN_4_01', 'generated', 'categorical', 8, 5, 0),
  (24, 'OPERTN_4_02', 'generated', 'categorical', 8, 5, 0),
  (25, 'OPERTN_4_03', 'generated', 'categorical', 8, 5, 0),
  (26, 'OPERTN_4_04', 'generated', 'categorical', 8, 5, 0),
  (27, 'OPERTN_4_05', 'generated', 'categorical', 8, 5, 0),
  (28, 'OPERTN_4_06', 'generated', 'categorical', 8, 5, 0),
  (29, 'MYDOB', 'generated', 'date', 8, 5, 0),
  (30, 'SEX', 'generated', 'categorical', 8, 5, 0),
  (31, 'ETHNOS', 'generated', 'categorical', 8, 5, 0),
  (32, 'RESLADST', 'generated', 'categorical', 8, 5, 0),
  (-1, 'GPPRAC', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'TOKEN_PERSON_ID', 'entity', 'excluded', NULL, NULL, 0)
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
  FROM "adg_metadata"."hes_op_metadata" AS "m"
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
  FROM "adg_metadata"."hes_op_metadata" AS "m"
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
  FROM "adg_metadata"."hes_op_metadata" AS "m"
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
FROM "adg_metadata"."hes_op_metadata" AS "m"
WHERE ("m"."field" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "adg_spec_fields" AS "g" WHERE ("g"."field" = "m"."field") AND ("g"."role" = 'generated') AND ("g"."kind" = "m"."kind"))))
GROUP BY "m"."field"
UNION ALL
SELECT
  'nhs-number' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a valid NHS number' AS "detail"
FROM "adg_metadata"."hes_op_metadata" AS "m"
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
FROM "adg_metadata"."hes_op_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$')
UNION ALL
SELECT
  'postcode' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full UK postcode' AS "detail"
FROM "adg_metadata"."hes_op_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$')
UNION ALL
SELECT
  'phone' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a UK phone number' AS "detail"
FROM "adg_metadata"."hes_op_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches(regexp_replace("m"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$')
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS "detail"
FROM "adg_metadata"."hes_op_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$')
UNION ALL
SELECT
  'free-text' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' reads as free text' AS "detail"
FROM "adg_metadata"."hes_op_metadata" AS "m"
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
FROM "adg_metadata"."hes_op_metadata" AS "m"
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
    FROM "adg_metadata"."hes_op_metadata" AS "m"
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
  FROM "adg_metadata"."hes_op_metadata" AS "m"
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
    FROM "adg_metadata"."hes_op_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" IN ('discrete', 'date', 'continuous')) AND ("m"."stat" IN ('value', 'bin')) AND (("m"."kind" <> 'continuous') OR ("m"."value" IS NULL))
  ) AS "p"
) AS "t"
WHERE (("t"."from_low" = 1) OR ("t"."from_high" = 1)) AND ("t"."n_rows" < ("t"."threshold" * 2));

-- [7/9] No blocking disclosure check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_findings" WHERE "check_id" IN ('suppression', 'excluded-fields', 'nhs-number', 'email', 'postcode', 'phone')) THEN error('specs/hes.yaml: blocking disclosure checks fail on this metadata, so it cannot be released. Run adg review specs/hes.yaml, read the findings in its report, fix the spec (exclude or coarsen the fields) and scrape again.') END AS "adg_check";

-- [8/9] The releases log, if this is the first release into this scope
CREATE TABLE IF NOT EXISTS "adg_releases" ("released_at" TIMESTAMPTZ, "dataset" VARCHAR, "spec_file" VARCHAR, "spec_hash" VARCHAR, "metadata_hash" VARCHAR, "reviewer" VARCHAR, "approver" VARCHAR, "release_policy" VARCHAR, "tool_version" VARCHAR);

-- [9/9] Copy the metadata into the released scope and log the sign-off, all or nothing
-- Generate reads only this copy, and only when the log names its hash.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_op_metadata" AS
SELECT
  *
FROM "adg_metadata"."hes_op_metadata";

INSERT INTO "adg_releases"
SELECT
  current_timestamp AS "released_at",
  'hes_op' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  '3ebc6fe4c8197af0ae7c3752acca13f09c2167ce1061972aefe6927d587c5a9b' AS "spec_hash",
  '<metadata hash from the review pack>' AS "metadata_hash",
  '<reviewer>' AS "reviewer",
  '<approver>' AS "approver",
  'manual' AS "release_policy",
  '0.1.0' AS "tool_version"
FROM (VALUES
  (1)
) AS "once"("one")
WHERE NOT (EXISTS (SELECT 1 FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_op') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_releases" WHERE "dataset" = 'hes_op')) ) AS "r" WHERE "r"."metadata_hash" = '<metadata hash from the review pack>'));

COMMIT;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 3 (release) of dataset "hes_ae", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Copies the reviewed metadata into the released scope, only for the signed-off hash and with no blocking check failing, and logs the sign-off.
-- Runs in .adg/hes/released.duckdb; `adg release specs/hes.yaml` runs it with progress and checks.

-- [1/9] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/9] Attach the reviewed metadata read-only
ATTACH IF NOT EXISTS '.adg/hes/metadata.duckdb' AS "adg_metadata" (READ_ONLY);

-- [3/9] The metadata must come from a scrape of this spec as it is now
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."hes_ae_metadata" WHERE ("stat" = 'depends_on') AND ("value" = 'd4ea4cb464cb6e51bdb865047c0672bf38d6b562b9f91e5f64324665317a1dde'))) THEN error('specs/hes.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/hes.yaml again, then review it.') END AS "adg_check";

-- [4/9] The metadata must be exactly what the reviewer saw: its hash equals the signed-off one
SELECT CASE WHEN ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."hes_ae_metadata" ) AS "encoded" ) AS "lines") IS NULL) OR ((SELECT sha256(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" NULLS LAST, coalesce("item", -1) NULLS LAST, CASE WHEN "value" IS NULL THEN 1 ELSE 0 END NULLS LAST, coalesce("value", '') NULLS LAST, coalesce("lo", 0e+0) NULLS LAST, coalesce("hi", 0e+0) NULLS LAST)) AS "metadata_hash" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line" FROM ( SELECT "ordinal", "stat", "item", "value", "lo", "hi", CASE WHEN "ordinal" IS NULL THEN '~' ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR) END AS "e_ordinal", CASE WHEN "field" IS NULL THEN '~' ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR) END AS "e_field", CASE WHEN "kind" IS NULL THEN '~' ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR) END AS "e_kind", CASE WHEN "stat" IS NULL THEN '~' ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR) END AS "e_stat", CASE WHEN "item" IS NULL THEN '~' ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR) END AS "e_item", CASE WHEN "value" IS NULL THEN '~' ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR) END AS "e_value", CASE WHEN "lo" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("lo")) THEN '!' WHEN ("lo" < 4.611686018427388e+18) AND ("lo" > -4.611686018427388e+18) THEN CAST(CAST(floor("lo") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("lo" AS VARCHAR) END END AS "e_lo", CASE WHEN "hi" IS NULL THEN '~' ELSE CAST(length(CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END) AS VARCHAR) || ':' || CASE WHEN NOT (isfinite("hi")) THEN '!' WHEN ("hi" < 4.611686018427388e+18) AND ("hi" > -4.611686018427388e+18) THEN CAST(CAST(floor("hi") AS BIGINT) AS VARCHAR) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * 4.503599627370496e+15)) AS BIGINT) AS VARCHAR) ELSE CAST("hi" AS VARCHAR) END END AS "e_hi", CASE WHEN "n_rows" IS NULL THEN '~' ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR) END AS "e_n_rows", CASE WHEN "n_entities" IS NULL THEN '~' ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR) END AS "e_n_entities" FROM "adg_metadata"."hes_ae_metadata" ) AS "encoded" ) AS "lines") <> '<metadata hash from the review pack>') THEN error('specs/hes.yaml: the metadata''s hash is not the one given to release: either the hash is mistyped, or the metadata changed after review (a new scrape). Run adg review specs/hes.yaml again and release the hash its report shows.') END AS "adg_check";

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
  (1, 'FYEAR', 'generated', 'categorical', 8, 5, 0),
  (2, 'PROCODE3', 'generated', 'categorical', 8, 5, 0),
  (3, 'PROCODET', 'generated', 'categorical', 8, 5, 0),
  (4, 'ARRIVALDATE', 'generated', 'date', 8, 5, 0),
  (5, 'AEARRIVALMODE', 'generated', 'categorical', 8, 5, 0),
  (6, 'AEATTENDCAT', 'generated', 'categorical', 8, 5, 0),
  (7, 'AEATTENDDISP', 'generated', 'categorical', 8, 5, 0),
  (8, 'AEDEPTTYPE', 'generated', 'categorical', 8, 5, 0),
  (9, 'AEINCLOCTYPE', 'generated', 'categorical', 8, 5, 0),
  (10, 'AEPATGROUP', 'generated', 'categorical', 8, 5, 0),
  (11, 'AEREFSOURCE', 'generated', 'categorical', 8, 5, 0),
  (12, 'DIAG_01', 'generated', 'categorical', 8, 5, 0),
  (13, 'DIAG_02', 'generated', 'categorical', 8, 5, 0),
  (14, 'DIAG_03', 'generated', 'categorical', 8, 5, 0),
  (15, 'DIAG_04', 'generated', 'categorical', 8, 5, 0),
  (16, 'DIAG_05', 'generated', 'categorical', 8, 5, 0),
  (17, 'DIAG_06', 'generated', 'categorical', 8, 5, 0),
  (18, 'INVEST_01', 'generated', 'categorical', 8, 5, 0),
  (19, 'INVEST_02', 'generated', 'categorical', 8, 5, 0),
  (20, 'INVEST_03', 'generated', 'categorical', 8, 5, 0),
  (21, 'INVEST_04', 'generated', 'categorical', 8, 5, 0),
  (22, 'INVEST_05', 'generated', 'categorical', 8, 5, 0),
  (23, 'INVEST_06', 'generated', 'categorical', 8, 5, 0),
  (24, 'TREAT_01', 'generated', 'categorical', 8, 5, 0),
  (25, 'TREAT_02', 'generated', 'categorical', 8, 5, 0),
  (26, 'TREAT_03', 'generated', 'categorical', 8, 5, 0),
  (27, 'TREAT_04', 'generated', 'categorical', 8, 5, 0),
  (28, 'TREAT_05', 'generated', 'categorical', 8, 5, 0),
  (29, 'TREAT_06', 'generated', 'categorical', 8, 5, 0),
  (30, 'INITDUR', 'generated', 'discrete', 8, 5, 0),
  (31, 'TRETDUR', 'generated', 'discrete', 8, 5, 0),
  (32, 'CONCLDUR', 'generated', 'discrete', 8, 5, 0),
  (33, 'DEPDUR', 'generated', 'discrete', 8, 5, 0),
  (34, 'MYDOB', 'generated', 'date', 8, 5, 0),
  (35, 'SEX', 'generated', 'categorical', 8, 5, 0),
  (36, 'ETHNOS', 'generated', 'categorical', 8, 5, 0),
  (37, 'RESLADST', 'generated', 'categorical', 8, 5, 0),
  (-1, 'ARRIVALTIME', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'GPPRAC', 'excluded', 'excluded', NULL, NULL, 0),
  (-1, 'TOKEN_PERSON_ID', 'entity', 'excluded', NULL, NULL, 0)
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
  FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
  FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
  FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
FROM "adg_metadata"."hes_ae_metadata" AS "m"
WHERE ("m"."field" IS NOT NULL) AND (NOT (EXISTS (SELECT 1 FROM "adg_spec_fields" AS "g" WHERE ("g"."field" = "m"."field") AND ("g"."role" = 'generated') AND ("g"."kind" = "m"."kind"))))
GROUP BY "m"."field"
UNION ALL
SELECT
  'nhs-number' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a valid NHS number' AS "detail"
FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
FROM "adg_metadata"."hes_ae_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[^@ ]+@[^@ ]+[.][^@ ]+$')
UNION ALL
SELECT
  'postcode' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full UK postcode' AS "detail"
FROM "adg_metadata"."hes_ae_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$')
UNION ALL
SELECT
  'phone' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a UK phone number' AS "detail"
FROM "adg_metadata"."hes_ae_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches(regexp_replace("m"."value", '[ ()-]', '', 'g'), '^([+]44|0044|0)[0-9]{9,10}$')
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS "detail"
FROM "adg_metadata"."hes_ae_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND regexp_matches("m"."value", '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$')
UNION ALL
SELECT
  'free-text' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", 1, 80) || CASE WHEN length("m"."value") > 80 THEN '..."' ELSE '"' END || ' reads as free text' AS "detail"
FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
    FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
  FROM "adg_metadata"."hes_ae_metadata" AS "m"
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
    FROM "adg_metadata"."hes_ae_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" IN ('discrete', 'date', 'continuous')) AND ("m"."stat" IN ('value', 'bin')) AND (("m"."kind" <> 'continuous') OR ("m"."value" IS NULL))
  ) AS "p"
) AS "t"
WHERE (("t"."from_low" = 1) OR ("t"."from_high" = 1)) AND ("t"."n_rows" < ("t"."threshold" * 2));

-- [7/9] No blocking disclosure check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_findings" WHERE "check_id" IN ('suppression', 'excluded-fields', 'nhs-number', 'email', 'postcode', 'phone')) THEN error('specs/hes.yaml: blocking disclosure checks fail on this metadata, so it cannot be released. Run adg review specs/hes.yaml, read the findings in its report, fix the spec (exclude or coarsen the fields) and scrape again.') END AS "adg_check";

-- [8/9] The releases log, if this is the first release into this scope
CREATE TABLE IF NOT EXISTS "adg_releases" ("released_at" TIMESTAMPTZ, "dataset" VARCHAR, "spec_file" VARCHAR, "spec_hash" VARCHAR, "metadata_hash" VARCHAR, "reviewer" VARCHAR, "approver" VARCHAR, "release_policy" VARCHAR, "tool_version" VARCHAR);

-- [9/9] Copy the metadata into the released scope and log the sign-off, all or nothing
-- Generate reads only this copy, and only when the log names its hash.
BEGIN TRANSACTION;

CREATE OR REPLACE TABLE "hes_ae_metadata" AS
SELECT
  *
FROM "adg_metadata"."hes_ae_metadata";

INSERT INTO "adg_releases"
SELECT
  current_timestamp AS "released_at",
  'hes_ae' AS "dataset",
  'specs/hes.yaml' AS "spec_file",
  'cfceba705b88a9e5ef0da2476dad858d97532f7b50227027971c04c625f3d960' AS "spec_hash",
  '<metadata hash from the review pack>' AS "metadata_hash",
  '<reviewer>' AS "reviewer",
  '<approver>' AS "approver",
  'manual' AS "release_policy",
  '0.1.0' AS "tool_version"
FROM (VALUES
  (1)
) AS "once"("one")
WHERE NOT (EXISTS (SELECT 1 FROM ( SELECT "l"."metadata_hash", CAST("l"."released_at" AS VARCHAR) AS "released_at", "l"."reviewer", "l"."approver" FROM "adg_releases" AS "l" WHERE ("l"."dataset" = 'hes_ae') AND ("l"."released_at" = (SELECT max("released_at") FROM "adg_releases" WHERE "dataset" = 'hes_ae')) ) AS "r" WHERE "r"."metadata_hash" = '<metadata hash from the review pack>'));

COMMIT;
