-- adg 0.1.0: stage 2 (review) of dataset "movies", PostgreSQL dialect.
-- Compiled from specs/movies.yaml (spec sha256 bb01b8baf460afa0); do not edit, run `adg compile`.
-- Reads the metadata (and the last release, to diff against) and runs the disclosure checks; writes nothing: the runner writes the review pack.
-- Runs in schema adg_metadata; `adg review specs/movies.yaml` runs it with progress and checks.

-- [1/7] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/7] The metadata must come from a scrape of this spec as it is now
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_metadata"."movies_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '6275ca9d230f6f347cd78da9857b2509a7ac882e642d3909cbce496362e58152'))) THEN RAISE EXCEPTION USING MESSAGE = 'specs/movies.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/movies.yaml again, then review it.'; END IF; END $adg$;

-- [3/7] The spec as the checks see it: every field with its role, kind and suppression policy
DROP TABLE IF EXISTS pg_temp."adg_spec_fields";

CREATE TEMP TABLE "adg_spec_fields" AS
SELECT
  "ordinal",
  "field",
  "role",
  "kind",
  "threshold",
  "round_to",
  "birth_by_day"
FROM (VALUES
  (CAST(0 AS BIGINT), CAST(NULL AS TEXT), 'dataset', 'dataset', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(1 AS BIGINT), 'US Gross', 'generated', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(2 AS BIGINT), 'Worldwide Gross', 'generated', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(3 AS BIGINT), 'US DVD Sales', 'generated', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(4 AS BIGINT), 'Production Budget', 'generated', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(5 AS BIGINT), 'Release Date', 'generated', 'date', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(6 AS BIGINT), 'MPAA Rating', 'generated', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(7 AS BIGINT), 'Running Time min', 'generated', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(8 AS BIGINT), 'Distributor', 'generated', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(9 AS BIGINT), 'Source', 'generated', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(10 AS BIGINT), 'Major Genre', 'generated', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(11 AS BIGINT), 'Creative Type', 'generated', 'categorical', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(12 AS BIGINT), 'Rotten Tomatoes Rating', 'generated', 'discrete', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(13 AS BIGINT), 'IMDB Rating', 'generated', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(14 AS BIGINT), 'IMDB Votes', 'generated', 'continuous', CAST(8 AS BIGINT), CAST(5 AS BIGINT), CAST(0 AS BIGINT)),
  (CAST(-1 AS BIGINT), 'Title', 'excluded', 'excluded', NULL, NULL, CAST(0 AS BIGINT)),
  (CAST(-1 AS BIGINT), 'Director', 'excluded', 'excluded', NULL, NULL, CAST(0 AS BIGINT))
) AS "v"("ordinal", "field", "role", "kind", "threshold", "round_to", "birth_by_day");

-- [4/7] Disclosure checks over the metadata: one row per finding (check, field, item, what)
-- Over published metadata only. Every rule is re-derived from the spec: a scrape bug or an edited
-- metadata row is caught here.
DROP TABLE IF EXISTS pg_temp."adg_findings";

CREATE TEMP TABLE "adg_findings" AS
SELECT
  'suppression' AS "check_id",
  "p"."field" AS "field",
  "p"."item" AS "item",
  CASE
    WHEN "p"."n_rows" < "p"."threshold" THEN 'a published row count is below the threshold ' || CAST("p"."threshold" AS TEXT)
    ELSE 'a published row count is not a multiple of the rounding base ' || CAST("p"."round_to" AS TEXT)
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
  FROM "adg_metadata"."movies_metadata" AS "m"
  JOIN "adg_spec_fields" AS "s"
    ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
  WHERE TRUE
) AS "p"
WHERE ("p"."stat" IN ('rows', 'null', 'value', 'bin', 'cardinality', 'disagree', 'pool')) AND ("p"."n_rows" IS NOT NULL) AND (("p"."n_rows" < "p"."threshold") OR (mod("p"."n_rows", "p"."round_to") <> CAST(0 AS BIGINT)))
UNION ALL
SELECT
  'suppression' AS "check_id",
  "p"."field" AS "field",
  "p"."item" AS "item",
  CASE
    WHEN "p"."n_entities" < "p"."threshold" THEN 'a published count of entities is below the threshold ' || CAST("p"."threshold" AS TEXT)
    ELSE 'a published count of entities is not a multiple of the rounding base ' || CAST("p"."round_to" AS TEXT)
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
  FROM "adg_metadata"."movies_metadata" AS "m"
  JOIN "adg_spec_fields" AS "s"
    ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
  WHERE TRUE
) AS "p"
WHERE ("p"."stat" IN ('rows', 'null', 'value', 'bin', 'cardinality', 'disagree', 'pool')) AND ("p"."n_entities" IS NOT NULL) AND (("p"."n_entities" < "p"."threshold") OR (mod("p"."n_entities", "p"."round_to") <> CAST(0 AS BIGINT)))
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
  FROM "adg_metadata"."movies_metadata" AS "m"
  WHERE "m"."stat" = 'bin'
) AS "b"
WHERE ("b"."lo" IS NULL) OR ("b"."hi" IS NULL) OR ("b"."lo" >= "b"."hi") OR ("b"."next_lo" < "b"."hi")
UNION ALL
SELECT
  'excluded-fields' AS "check_id",
  "m"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  CASE
    WHEN EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_spec_fields" AS "x" WHERE ("x"."field" = "m"."field") AND ("x"."role" IN ('excluded', 'entity'))) THEN 'the spec excludes this field (or counts entities by it), yet the metadata publishes it'
    ELSE 'the metadata publishes a field the spec does not generate (or with another kind)'
  END AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."field" IS NOT NULL) AND (NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_spec_fields" AS "g" WHERE ("g"."field" = "m"."field") AND ("g"."role" = 'generated') AND ("g"."kind" = "m"."kind"))))
GROUP BY "m"."field"
UNION ALL
SELECT
  'nhs-number' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(80 AS BIGINT) AS INTEGER)) || CASE WHEN char_length("m"."value") > CAST(80 AS BIGINT) THEN '..."' ELSE '"' END || ' is a valid NHS number' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND CASE
  WHEN (regexp_replace("m"."value", '[ ()-]', '', 'g') ~ '^[0-9]{10}$') THEN mod((CAST(11 AS BIGINT) - mod(((CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(10 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(2 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(9 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(3 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(8 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(4 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(7 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(5 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(6 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(6 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(5 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(7 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(4 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(8 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(3 AS BIGINT)) + (CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(9 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT) * CAST(2 AS BIGINT))), CAST(11 AS BIGINT))), CAST(11 AS BIGINT)) = CAST(substr(regexp_replace("m"."value", '[ ()-]', '', 'g'), CAST(CAST(10 AS BIGINT) AS INTEGER), CAST(CAST(1 AS BIGINT) AS INTEGER)) AS BIGINT)
  ELSE FALSE
END
UNION ALL
SELECT
  'email' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(80 AS BIGINT) AS INTEGER)) || CASE WHEN char_length("m"."value") > CAST(80 AS BIGINT) THEN '..."' ELSE '"' END || ' is an e-mail address' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND ("m"."value" ~ '^[^@ ]+@[^@ ]+[.][^@ ]+$')
UNION ALL
SELECT
  'postcode' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(80 AS BIGINT) AS INTEGER)) || CASE WHEN char_length("m"."value") > CAST(80 AS BIGINT) THEN '..."' ELSE '"' END || ' is a full UK postcode' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND ("m"."value" ~ '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$')
UNION ALL
SELECT
  'phone' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(80 AS BIGINT) AS INTEGER)) || CASE WHEN char_length("m"."value") > CAST(80 AS BIGINT) THEN '..."' ELSE '"' END || ' is a UK phone number' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND (regexp_replace("m"."value", '[ ()-]', '', 'g') ~ '^([+]44|0044|0)[0-9]{9,10}$')
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(80 AS BIGINT) AS INTEGER)) || CASE WHEN char_length("m"."value") > CAST(80 AS BIGINT) THEN '..."' ELSE '"' END || ' is a full date (a date of birth?)' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND ("m"."value" ~ '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$')
UNION ALL
SELECT
  'free-text' AS "check_id",
  "m"."field" AS "field",
  "m"."item" AS "item",
  'published value ' || '"' || substr("m"."value", CAST(CAST(1 AS BIGINT) AS INTEGER), CAST(CAST(80 AS BIGINT) AS INTEGER)) || CASE WHEN char_length("m"."value") > CAST(80 AS BIGINT) THEN '..."' ELSE '"' END || ' reads as free text' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."stat" = 'value') AND ("m"."kind" IN ('categorical', 'discrete')) AND ("m"."value" IS NOT NULL) AND ((char_length("m"."value") > CAST(60 AS BIGINT)) OR ("m"."value" ~ '[^ ]+( +[^ ]+){5}'))
UNION ALL
SELECT
  'date-of-birth' AS "check_id",
  "s"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  'named like a date of birth and published by day or finer: publish it by year (granularity: year)' AS "detail"
FROM "adg_spec_fields" AS "s"
WHERE "s"."birth_by_day" = CAST(1 AS BIGINT)
UNION ALL
SELECT
  'identifier-like' AS "check_id",
  "m"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  'most of its rows held values too rare to publish (suppressed share of rows 25% or more): it may identify records' AS "detail"
FROM "adg_metadata"."movies_metadata" AS "m"
WHERE ("m"."kind" = 'categorical') AND ("m"."stat" = 'suppressed') AND ("m"."value" ~ '"rows":"(25-50%|over 50%)"')
UNION ALL
SELECT
  'identifier-like' AS "check_id",
  "v"."field" AS "field",
  CAST(NULL AS BIGINT) AS "item",
  CAST("v"."values" AS TEXT) || ' published values average under twice the threshold each: values per row near the limit suppression allows' AS "detail"
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
    FROM "adg_metadata"."movies_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" = 'categorical') AND ("m"."stat" = 'value')
  ) AS "p"
  GROUP BY "p"."field"
) AS "v"
WHERE ("v"."values" >= CAST(20 AS BIGINT)) AND ("v"."rows" < ("v"."values" * "v"."threshold" * CAST(2 AS BIGINT)))
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
    char_length("m"."value") AS "len",
    sum(char_length("m"."value")) OVER (PARTITION BY "m"."field") AS "total",
    count("m"."value") OVER (PARTITION BY "m"."field") AS "n"
  FROM "adg_metadata"."movies_metadata" AS "m"
  WHERE ("m"."kind" = 'categorical') AND ("m"."stat" = 'value') AND ("m"."value" IS NOT NULL)
) AS "l"
WHERE ("l"."len" > CAST(20 AS BIGINT)) AND ((CAST("l"."len" AS DOUBLE PRECISION) * CAST("l"."n" AS DOUBLE PRECISION)) > (CAST('3' AS DOUBLE PRECISION) * CAST("l"."total" AS DOUBLE PRECISION)))
UNION ALL
SELECT
  'tail' AS "check_id",
  "t"."field" AS "field",
  "t"."item" AS "item",
  'the ' || CASE WHEN "t"."from_low" = CAST(1 AS BIGINT) THEN 'lowest' ELSE 'highest' END || ' ' || CASE
    WHEN "t"."kind" = 'date' THEN 'bucket'
    WHEN "t"."kind" = 'continuous' THEN 'bin'
    ELSE 'value'
  END || ' holds under twice the threshold: its edge sits close to the ' || CASE WHEN "t"."from_low" = CAST(1 AS BIGINT) THEN 'smallest' ELSE 'largest' END || ' observed value' AS "detail"
FROM (
  SELECT
    "p"."field" AS "field",
    "p"."item" AS "item",
    "p"."n_rows" AS "n_rows",
    "p"."threshold" AS "threshold",
    "p"."kind" AS "kind",
    row_number() OVER (PARTITION BY "p"."field" ORDER BY CASE WHEN "p"."kind" = 'discrete' THEN CAST("p"."value" AS DOUBLE PRECISION) ELSE "p"."lo" END NULLS LAST, "p"."value" NULLS LAST) AS "from_low",
    row_number() OVER (PARTITION BY "p"."field" ORDER BY CASE WHEN "p"."kind" = 'discrete' THEN CAST("p"."value" AS DOUBLE PRECISION) ELSE "p"."hi" END DESC NULLS LAST, "p"."value" DESC NULLS LAST) AS "from_high"
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
    FROM "adg_metadata"."movies_metadata" AS "m"
    JOIN "adg_spec_fields" AS "s"
      ON (coalesce("m"."field", '') = coalesce("s"."field", '')) AND ("s"."role" IN ('generated', 'dataset'))
    WHERE ("m"."kind" IN ('discrete', 'date', 'continuous')) AND ("m"."stat" IN ('value', 'bin')) AND (("m"."kind" <> 'continuous') OR ("m"."value" IS NULL))
  ) AS "p"
) AS "t"
WHERE (("t"."from_low" = CAST(1 AS BIGINT)) OR ("t"."from_high" = CAST(1 AS BIGINT))) AND ("t"."n_rows" < ("t"."threshold" * CAST(2 AS BIGINT)));

-- [5/7] Findings, for the review pack
SELECT
  *
FROM "adg_findings"
ORDER BY "check_id" COLLATE "C" NULLS LAST, "field" COLLATE "C" NULLS FIRST, "item" NULLS FIRST, "detail" COLLATE "C" NULLS LAST;

-- [6/7] The published metadata itself, for the charts (it passed suppression)
SELECT
  *
FROM "adg_metadata"."movies_metadata"
ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, "item" NULLS FIRST;

-- [7/7] The metadata hash a release must name
SELECT
  encode(sha256(convert_to(string_agg("line", '|' ORDER BY "ordinal" NULLS LAST, "stat" COLLATE "C" NULLS LAST, coalesce("item", CAST(-1 AS BIGINT)) NULLS LAST, CASE WHEN "value" IS NULL THEN CAST(1 AS BIGINT) ELSE CAST(0 AS BIGINT) END NULLS LAST, coalesce("value", '') COLLATE "C" NULLS LAST, coalesce("lo", CAST('0' AS DOUBLE PRECISION)) NULLS LAST, coalesce("hi", CAST('0' AS DOUBLE PRECISION)) NULLS LAST), 'UTF8')), 'hex') AS "metadata_hash"
FROM (
  SELECT
    "ordinal",
    "stat",
    "item",
    "value",
    "lo",
    "hi",
    "e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities" AS "line"
  FROM (
    SELECT
      "ordinal",
      "stat",
      "item",
      "value",
      "lo",
      "hi",
      CASE
        WHEN "ordinal" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("ordinal" AS TEXT)) AS TEXT) || ':' || CAST("ordinal" AS TEXT)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("field" AS TEXT)) AS TEXT) || ':' || CAST("field" AS TEXT)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("kind" AS TEXT)) AS TEXT) || ':' || CAST("kind" AS TEXT)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("stat" AS TEXT)) AS TEXT) || ':' || CAST("stat" AS TEXT)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("item" AS TEXT)) AS TEXT) || ':' || CAST("item" AS TEXT)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("value" AS TEXT)) AS TEXT) || ':' || CAST("value" AS TEXT)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("lo" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("lo" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("lo" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("lo") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("lo" - floor("lo")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("lo" AS TEXT)
      END
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(char_length(CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END) AS TEXT) || ':' || CASE
        WHEN NOT (("hi" NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))) THEN '!'
        WHEN ("hi" < CAST('4611686018427388000' AS DOUBLE PRECISION)) AND ("hi" > CAST('-4611686018427388000' AS DOUBLE PRECISION)) THEN CAST(CAST(floor("hi") AS BIGINT) AS TEXT) || '.' || CAST(CAST(floor((("hi" - floor("hi")) * CAST('4503599627370496' AS DOUBLE PRECISION))) AS BIGINT) AS TEXT)
        ELSE CAST("hi" AS TEXT)
      END
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_rows" AS TEXT)) AS TEXT) || ':' || CAST("n_rows" AS TEXT)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(char_length(CAST("n_entities" AS TEXT)) AS TEXT) || ':' || CAST("n_entities" AS TEXT)
      END AS "e_n_entities"
    FROM "adg_metadata"."movies_metadata"
  ) AS "encoded"
) AS "lines";
