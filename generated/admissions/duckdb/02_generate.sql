-- adg 0.1.0: stage 2 (generate) of dataset "admissions", DuckDB dialect.
-- Compiled from specs/admissions.yaml (spec sha256 53da8fa4b58cd92d); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in the database .adg/admissions/output.duckdb; `adg generate specs/admissions.yaml` runs it with progress and checks.

-- [1/24] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/24] Attach the released metadata read-only (the only input)
ATTACH IF NOT EXISTS '.adg/admissions/metadata.duckdb' AS "adg_metadata" (READ_ONLY);

-- [3/24] Fields to generate, matched to the metadata by name and kind
CREATE OR REPLACE TEMP TABLE "adg_fields" AS
SELECT
  "ordinal",
  "field",
  "kind"
FROM (VALUES
  (1, 'date_of_birth', 'date'),
  (2, 'sex', 'categorical'),
  (3, 'ethnicity', 'categorical'),
  (4, 'admission_date', 'date'),
  (5, 'discharge_date', 'date'),
  (6, 'admission_method', 'categorical'),
  (7, 'specialty', 'categorical'),
  (8, 'primary_diagnosis', 'categorical'),
  (9, 'length_of_stay', 'discrete'),
  (10, 'age_on_admission', 'discrete'),
  (11, 'cost', 'continuous')
) AS "v"("ordinal", "field", "kind");

-- [4/24] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."admissions_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '02295266bad766e6abf42015a7240d5c5939c686e9a0043e029cff6732f8ade8'))) THEN error('specs/admissions.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/admissions.yaml again, then generate.') END AS "adg_check";

-- [5/24] The published source row count must exist to scale from
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."admissions_metadata" WHERE "stat" = 'rows')) THEN error('specs/admissions.yaml: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.') END AS "adg_check";

-- [6/24] Rows to generate: 1 x the published source row count (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  (SELECT CAST(floor(((1e+0 * "n_rows") + 5e-1)) AS BIGINT) FROM "adg_metadata"."admissions_metadata" WHERE "stat" = 'rows') AS "n";

-- [7/24] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/admissions.yaml: generation would produce fewer than 1 or more than 4294967295 rows. Adjust generation.rows or generation.scale.') END AS "adg_check";

-- [8/24] Sampling items: integer cumulative weights [cum_lo, cum_hi) per field
CREATE OR REPLACE TEMP TABLE "adg_items" AS
SELECT
  "g"."ordinal",
  "m"."item",
  "m"."value",
  "m"."lo",
  "m"."hi",
  CAST(sum("m"."n_rows") OVER (PARTITION BY "g"."ordinal" ORDER BY "m"."item" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) - "m"."n_rows" AS "cum_lo",
  CAST(sum("m"."n_rows") OVER (PARTITION BY "g"."ordinal" ORDER BY "m"."item" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS "cum_hi"
FROM "adg_fields" AS "g"
JOIN "adg_metadata"."admissions_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [9/24] Per-field totals and guide size
CREATE OR REPLACE TEMP TABLE "adg_totals" AS
SELECT
  "ordinal",
  max("cum_hi") AS "total",
  count(*) AS "k",
  CAST(greatest(10, least(20, ceil(log2((2 * count(*)))))) AS BIGINT) AS "bits"
FROM "adg_items"
GROUP BY "ordinal";

-- [10/24] Guide buckets: the r-range each bucket of hash values maps to
-- Bucket b holds hashes [b * 2^(32 - bits), (b + 1) * 2^(32 - bits)); r_first and r_last use the
-- same r expression as the draws.
CREATE OR REPLACE TEMP TABLE "adg_buckets" AS
SELECT
  "ordinal",
  "bucket",
  CAST(floor((CAST(("bucket" << (32 - "bits")) AS DOUBLE) * 2.3283064365386963e-10 * CAST("total" AS DOUBLE))) AS BIGINT) AS "r_first",
  CAST(floor((CAST((("bucket" + 1) << (32 - "bits")) - 1 AS DOUBLE) * 2.3283064365386963e-10 * CAST("total" AS DOUBLE))) AS BIGINT) AS "r_last"
FROM (
  SELECT
    "ordinal",
    "total",
    "bits",
    unnest(range((1 << "bits"))) AS "bucket"
  FROM "adg_totals"
) AS "b";

-- [11/24] Guide for date field "date_of_birth"
CREATE OR REPLACE TEMP TABLE "adg_guide_1" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS DATE) AS "value",
  date_diff('day', CAST("i"."value" AS DATE), CAST(CAST("i"."value" AS DATE) + to_years(1) AS DATE)) AS "span"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 1
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 1
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [12/24] Guide for categorical field "sex"
CREATE OR REPLACE TEMP TABLE "adg_guide_2" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 2
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 2
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [13/24] Guide for categorical field "ethnicity"
CREATE OR REPLACE TEMP TABLE "adg_guide_3" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 3
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 3
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [14/24] Guide for date field "admission_date"
CREATE OR REPLACE TEMP TABLE "adg_guide_4" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS DATE) AS "value",
  date_diff('day', CAST("i"."value" AS DATE), CAST(CAST("i"."value" AS DATE) + to_weeks(1) AS DATE)) AS "span"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 4
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 4
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [15/24] Guide for date field "discharge_date"
CREATE OR REPLACE TEMP TABLE "adg_guide_5" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS DATE) AS "value",
  date_diff('day', CAST("i"."value" AS DATE), CAST(CAST("i"."value" AS DATE) + to_weeks(1) AS DATE)) AS "span"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 5
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 5
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [16/24] Guide for categorical field "admission_method"
CREATE OR REPLACE TEMP TABLE "adg_guide_6" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 6
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 6
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [17/24] Guide for categorical field "specialty"
CREATE OR REPLACE TEMP TABLE "adg_guide_7" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 7
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 7
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [18/24] Guide for categorical field "primary_diagnosis"
CREATE OR REPLACE TEMP TABLE "adg_guide_8" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 8
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 8
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [19/24] Guide for discrete field "length_of_stay"
CREATE OR REPLACE TEMP TABLE "adg_guide_9" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS BIGINT) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 9
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 9
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [20/24] Guide for discrete field "age_on_admission"
CREATE OR REPLACE TEMP TABLE "adg_guide_10" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS BIGINT) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 10
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 10
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [21/24] Guide for continuous field "cost"
CREATE OR REPLACE TEMP TABLE "adg_guide_11" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  "i"."lo" AS "lo",
  "i"."hi" AS "hi",
  "i"."hi" - "i"."lo" AS "width",
  CAST("i"."value" AS DOUBLE) AS "value"
FROM (
  SELECT
    *
  FROM "adg_items"
  WHERE "ordinal" = 11
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 11
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [22/24] Row numbers 0 .. n-1
-- Materialised so the sampling query scans it in parallel (a row generator is one thread on some
-- engines).
CREATE OR REPLACE TEMP TABLE "adg_rows" AS
SELECT
  "i"
FROM range((SELECT "n" FROM "adg_plan")) AS "r"("i");

-- [23/24] Sample 11 fields independently; replace the output and its provenance atomically
-- One 32-bit hash per field and stream from (seed, dataset, field, row); lookup tables stay on the
-- build side of each join.
BEGIN TRANSACTION;

SET disabled_optimizers = 'join_order,build_side_probe_side';

CREATE OR REPLACE TABLE "admissions" AS
WITH
  "adg_h0" AS (
    SELECT
      "i",
      CAST((("i" + 1174019350) & 4294967295) AS UBIGINT) AS "h1",
      CAST((("i" + 374228495) & 4294967295) AS UBIGINT) AS "j1",
      CAST((("i" + 1267187320) & 4294967295) AS UBIGINT) AS "h2",
      CAST((("i" + 1675360446) & 4294967295) AS UBIGINT) AS "h3",
      CAST((("i" + 1137374315) & 4294967295) AS UBIGINT) AS "h4",
      CAST((("i" + 80908778) & 4294967295) AS UBIGINT) AS "j4",
      CAST((("i" + 1977239773) & 4294967295) AS UBIGINT) AS "h5",
      CAST((("i" + 3413501596) & 4294967295) AS UBIGINT) AS "j5",
      CAST((("i" + 2305143612) & 4294967295) AS UBIGINT) AS "h6",
      CAST((("i" + 1100143497) & 4294967295) AS UBIGINT) AS "h7",
      CAST((("i" + 1938343979) & 4294967295) AS UBIGINT) AS "h8",
      CAST((("i" + 3690302179) & 4294967295) AS UBIGINT) AS "h9",
      CAST((("i" + 3697706726) & 4294967295) AS UBIGINT) AS "h10",
      CAST((("i" + 468854858) & 4294967295) AS UBIGINT) AS "h11",
      CAST((("i" + 1291467298) & 4294967295) AS UBIGINT) AS "j11"
    FROM "adg_rows"
  ),
  "adg_h1" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 17)) AS "h1",
      xor("j1", ("j1" >> 17)) AS "j1",
      xor("h2", ("h2" >> 17)) AS "h2",
      xor("h3", ("h3" >> 17)) AS "h3",
      xor("h4", ("h4" >> 17)) AS "h4",
      xor("j4", ("j4" >> 17)) AS "j4",
      xor("h5", ("h5" >> 17)) AS "h5",
      xor("j5", ("j5" >> 17)) AS "j5",
      xor("h6", ("h6" >> 17)) AS "h6",
      xor("h7", ("h7" >> 17)) AS "h7",
      xor("h8", ("h8" >> 17)) AS "h8",
      xor("h9", ("h9" >> 17)) AS "h9",
      xor("h10", ("h10" >> 17)) AS "h10",
      xor("h11", ("h11" >> 17)) AS "h11",
      xor("j11", ("j11" >> 17)) AS "j11"
    FROM "adg_h0"
  ),
  "adg_h2" AS (
    SELECT
      "i",
      (("h1" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h1",
      (("j1" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j1",
      (("h2" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h2",
      (("h3" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h3",
      (("h4" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h4",
      (("j4" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j4",
      (("h5" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h5",
      (("j5" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j5",
      (("h6" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h6",
      (("h7" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h7",
      (("h8" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h8",
      (("h9" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h9",
      (("h10" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h10",
      (("h11" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h11",
      (("j11" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j11"
    FROM "adg_h1"
  ),
  "adg_h3" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 11)) AS "h1",
      xor("j1", ("j1" >> 11)) AS "j1",
      xor("h2", ("h2" >> 11)) AS "h2",
      xor("h3", ("h3" >> 11)) AS "h3",
      xor("h4", ("h4" >> 11)) AS "h4",
      xor("j4", ("j4" >> 11)) AS "j4",
      xor("h5", ("h5" >> 11)) AS "h5",
      xor("j5", ("j5" >> 11)) AS "j5",
      xor("h6", ("h6" >> 11)) AS "h6",
      xor("h7", ("h7" >> 11)) AS "h7",
      xor("h8", ("h8" >> 11)) AS "h8",
      xor("h9", ("h9" >> 11)) AS "h9",
      xor("h10", ("h10" >> 11)) AS "h10",
      xor("h11", ("h11" >> 11)) AS "h11",
      xor("j11", ("j11" >> 11)) AS "j11"
    FROM "adg_h2"
  ),
  "adg_h4" AS (
    SELECT
      "i",
      (("h1" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h1",
      (("j1" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j1",
      (("h2" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h2",
      (("h3" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h3",
      (("h4" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h4",
      (("j4" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j4",
      (("h5" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h5",
      (("j5" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j5",
      (("h6" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h6",
      (("h7" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h7",
      (("h8" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h8",
      (("h9" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h9",
      (("h10" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h10",
      (("h11" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h11",
      (("j11" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j11"
    FROM "adg_h3"
  ),
  "adg_h5" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 15)) AS "h1",
      xor("j1", ("j1" >> 15)) AS "j1",
      xor("h2", ("h2" >> 15)) AS "h2",
      xor("h3", ("h3" >> 15)) AS "h3",
      xor("h4", ("h4" >> 15)) AS "h4",
      xor("j4", ("j4" >> 15)) AS "j4",
      xor("h5", ("h5" >> 15)) AS "h5",
      xor("j5", ("j5" >> 15)) AS "j5",
      xor("h6", ("h6" >> 15)) AS "h6",
      xor("h7", ("h7" >> 15)) AS "h7",
      xor("h8", ("h8" >> 15)) AS "h8",
      xor("h9", ("h9" >> 15)) AS "h9",
      xor("h10", ("h10" >> 15)) AS "h10",
      xor("h11", ("h11" >> 15)) AS "h11",
      xor("j11", ("j11" >> 15)) AS "j11"
    FROM "adg_h4"
  ),
  "adg_h6" AS (
    SELECT
      "i",
      (("h1" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h1",
      (("j1" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j1",
      (("h2" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h2",
      (("h3" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h3",
      (("h4" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h4",
      (("j4" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j4",
      (("h5" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h5",
      (("j5" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j5",
      (("h6" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h6",
      (("h7" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h7",
      (("h8" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h8",
      (("h9" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h9",
      (("h10" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h10",
      (("h11" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h11",
      (("j11" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j11"
    FROM "adg_h5"
  ),
  "adg_h7" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 14)) AS "h1",
      xor("j1", ("j1" >> 14)) AS "j1",
      xor("h2", ("h2" >> 14)) AS "h2",
      xor("h3", ("h3" >> 14)) AS "h3",
      xor("h4", ("h4" >> 14)) AS "h4",
      xor("j4", ("j4" >> 14)) AS "j4",
      xor("h5", ("h5" >> 14)) AS "h5",
      xor("j5", ("j5" >> 14)) AS "j5",
      xor("h6", ("h6" >> 14)) AS "h6",
      xor("h7", ("h7" >> 14)) AS "h7",
      xor("h8", ("h8" >> 14)) AS "h8",
      xor("h9", ("h9" >> 14)) AS "h9",
      xor("h10", ("h10" >> 14)) AS "h10",
      xor("h11", ("h11" >> 14)) AS "h11",
      xor("j11", ("j11" >> 14)) AS "j11"
    FROM "adg_h6"
  ),
  "adg_t" AS (
    SELECT
      max(CASE WHEN "ordinal" = 1 THEN "total" END) AS "total_1",
      max(CASE WHEN "ordinal" = 1 THEN "bits" END) AS "bits_1",
      max(CASE WHEN "ordinal" = 2 THEN "total" END) AS "total_2",
      max(CASE WHEN "ordinal" = 2 THEN "bits" END) AS "bits_2",
      max(CASE WHEN "ordinal" = 3 THEN "total" END) AS "total_3",
      max(CASE WHEN "ordinal" = 3 THEN "bits" END) AS "bits_3",
      max(CASE WHEN "ordinal" = 4 THEN "total" END) AS "total_4",
      max(CASE WHEN "ordinal" = 4 THEN "bits" END) AS "bits_4",
      max(CASE WHEN "ordinal" = 5 THEN "total" END) AS "total_5",
      max(CASE WHEN "ordinal" = 5 THEN "bits" END) AS "bits_5",
      max(CASE WHEN "ordinal" = 6 THEN "total" END) AS "total_6",
      max(CASE WHEN "ordinal" = 6 THEN "bits" END) AS "bits_6",
      max(CASE WHEN "ordinal" = 7 THEN "total" END) AS "total_7",
      max(CASE WHEN "ordinal" = 7 THEN "bits" END) AS "bits_7",
      max(CASE WHEN "ordinal" = 8 THEN "total" END) AS "total_8",
      max(CASE WHEN "ordinal" = 8 THEN "bits" END) AS "bits_8",
      max(CASE WHEN "ordinal" = 9 THEN "total" END) AS "total_9",
      max(CASE WHEN "ordinal" = 9 THEN "bits" END) AS "bits_9",
      max(CASE WHEN "ordinal" = 10 THEN "total" END) AS "total_10",
      max(CASE WHEN "ordinal" = 10 THEN "bits" END) AS "bits_10",
      max(CASE WHEN "ordinal" = 11 THEN "total" END) AS "total_11",
      max(CASE WHEN "ordinal" = 11 THEN "bits" END) AS "bits_11"
    FROM "adg_totals"
  ),
  "adg_draws" AS (
    SELECT
      "h"."i",
      CAST(("h"."h1" >> (32 - "t"."bits_1")) AS BIGINT) AS "b1",
      CAST(floor((CAST("h"."h1" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_1" AS DOUBLE))) AS BIGINT) AS "r1",
      CAST("h"."j1" AS DOUBLE) * 2.3283064365386963e-10 AS "u1",
      CAST(("h"."h2" >> (32 - "t"."bits_2")) AS BIGINT) AS "b2",
      CAST(floor((CAST("h"."h2" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_2" AS DOUBLE))) AS BIGINT) AS "r2",
      CAST(("h"."h3" >> (32 - "t"."bits_3")) AS BIGINT) AS "b3",
      CAST(floor((CAST("h"."h3" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_3" AS DOUBLE))) AS BIGINT) AS "r3",
      CAST(("h"."h4" >> (32 - "t"."bits_4")) AS BIGINT) AS "b4",
      CAST(floor((CAST("h"."h4" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_4" AS DOUBLE))) AS BIGINT) AS "r4",
      CAST("h"."j4" AS DOUBLE) * 2.3283064365386963e-10 AS "u4",
      CAST(("h"."h5" >> (32 - "t"."bits_5")) AS BIGINT) AS "b5",
      CAST(floor((CAST("h"."h5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_5" AS DOUBLE))) AS BIGINT) AS "r5",
      CAST("h"."j5" AS DOUBLE) * 2.3283064365386963e-10 AS "u5",
      CAST(("h"."h6" >> (32 - "t"."bits_6")) AS BIGINT) AS "b6",
      CAST(floor((CAST("h"."h6" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_6" AS DOUBLE))) AS BIGINT) AS "r6",
      CAST(("h"."h7" >> (32 - "t"."bits_7")) AS BIGINT) AS "b7",
      CAST(floor((CAST("h"."h7" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_7" AS DOUBLE))) AS BIGINT) AS "r7",
      CAST(("h"."h8" >> (32 - "t"."bits_8")) AS BIGINT) AS "b8",
      CAST(floor((CAST("h"."h8" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_8" AS DOUBLE))) AS BIGINT) AS "r8",
      CAST(("h"."h9" >> (32 - "t"."bits_9")) AS BIGINT) AS "b9",
      CAST(floor((CAST("h"."h9" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_9" AS DOUBLE))) AS BIGINT) AS "r9",
      CAST(("h"."h10" >> (32 - "t"."bits_10")) AS BIGINT) AS "b10",
      CAST(floor((CAST("h"."h10" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_10" AS DOUBLE))) AS BIGINT) AS "r10",
      CAST(("h"."h11" >> (32 - "t"."bits_11")) AS BIGINT) AS "b11",
      CAST(floor((CAST("h"."h11" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_11" AS DOUBLE))) AS BIGINT) AS "r11",
      CAST("h"."j11" AS DOUBLE) * 2.3283064365386963e-10 AS "u11"
    FROM "adg_h7" AS "h"
    CROSS JOIN "adg_t" AS "t"
  )
SELECT
  ("g1"."value" + CAST(CAST(floor(("d"."u1" * "g1"."span")) AS BIGINT) AS INTEGER)) AS "date_of_birth",
  "g2"."value" AS "sex",
  "g3"."value" AS "ethnicity",
  ("g4"."value" + CAST(CAST(floor(("d"."u4" * "g4"."span")) AS BIGINT) AS INTEGER)) AS "admission_date",
  ("g5"."value" + CAST(CAST(floor(("d"."u5" * "g5"."span")) AS BIGINT) AS INTEGER)) AS "discharge_date",
  "g6"."value" AS "admission_method",
  "g7"."value" AS "specialty",
  "g8"."value" AS "primary_diagnosis",
  "g9"."value" AS "length_of_stay",
  "g10"."value" AS "age_on_admission",
  CASE
    WHEN "g11"."value" IS NOT NULL THEN "g11"."value"
    WHEN ("g11"."lo" + ("d"."u11" * "g11"."width")) < "g11"."hi" THEN "g11"."lo" + ("d"."u11" * "g11"."width")
    ELSE "g11"."lo"
  END AS "cost"
FROM "adg_draws" AS "d"
LEFT JOIN "adg_guide_1" AS "g1"
  ON ("g1"."bucket" = "d"."b1") AND ("d"."r1" >= "g1"."cum_lo") AND ("d"."r1" < "g1"."cum_hi")
LEFT JOIN "adg_guide_2" AS "g2"
  ON ("g2"."bucket" = "d"."b2") AND ("d"."r2" >= "g2"."cum_lo") AND ("d"."r2" < "g2"."cum_hi")
LEFT JOIN "adg_guide_3" AS "g3"
  ON ("g3"."bucket" = "d"."b3") AND ("d"."r3" >= "g3"."cum_lo") AND ("d"."r3" < "g3"."cum_hi")
LEFT JOIN "adg_guide_4" AS "g4"
  ON ("g4"."bucket" = "d"."b4") AND ("d"."r4" >= "g4"."cum_lo") AND ("d"."r4" < "g4"."cum_hi")
LEFT JOIN "adg_guide_5" AS "g5"
  ON ("g5"."bucket" = "d"."b5") AND ("d"."r5" >= "g5"."cum_lo") AND ("d"."r5" < "g5"."cum_hi")
LEFT JOIN "adg_guide_6" AS "g6"
  ON ("g6"."bucket" = "d"."b6") AND ("d"."r6" >= "g6"."cum_lo") AND ("d"."r6" < "g6"."cum_hi")
LEFT JOIN "adg_guide_7" AS "g7"
  ON ("g7"."bucket" = "d"."b7") AND ("d"."r7" >= "g7"."cum_lo") AND ("d"."r7" < "g7"."cum_hi")
LEFT JOIN "adg_guide_8" AS "g8"
  ON ("g8"."bucket" = "d"."b8") AND ("d"."r8" >= "g8"."cum_lo") AND ("d"."r8" < "g8"."cum_hi")
LEFT JOIN "adg_guide_9" AS "g9"
  ON ("g9"."bucket" = "d"."b9") AND ("d"."r9" >= "g9"."cum_lo") AND ("d"."r9" < "g9"."cum_hi")
LEFT JOIN "adg_guide_10" AS "g10"
  ON ("g10"."bucket" = "d"."b10") AND ("d"."r10" >= "g10"."cum_lo") AND ("d"."r10" < "g10"."cum_hi")
LEFT JOIN "adg_guide_11" AS "g11"
  ON ("g11"."bucket" = "d"."b11") AND ("d"."r11" >= "g11"."cum_lo") AND ("d"."r11" < "g11"."cum_hi")
ORDER BY "d"."i";

RESET disabled_optimizers;

CREATE OR REPLACE TABLE "admissions_provenance" AS
SELECT
  'admissions' AS "dataset",
  'specs/admissions.yaml' AS "spec_file",
  '53da8fa4b58cd92dce7ba6254464936b18b89073234d35ffa19e2dee061e8272' AS "spec_hash",
  "m"."metadata_hash",
  1 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  (SELECT "value" FROM "adg_metadata"."admissions_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
FROM (
  SELECT
    sha256(string_agg("e_ordinal" || ',' || "e_field" || ',' || "e_kind" || ',' || "e_stat" || ',' || "e_item" || ',' || "e_value" || ',' || "e_lo" || ',' || "e_hi" || ',' || "e_n_rows" || ',' || "e_n_entities", '|' ORDER BY "ordinal", "stat", "item", "value")) AS "metadata_hash"
  FROM (
    SELECT
      "ordinal",
      "stat",
      "item",
      "value",
      CASE
        WHEN "ordinal" IS NULL THEN '~'
        ELSE CAST(length(CAST("ordinal" AS VARCHAR)) AS VARCHAR) || ':' || CAST("ordinal" AS VARCHAR)
      END AS "e_ordinal",
      CASE
        WHEN "field" IS NULL THEN '~'
        ELSE CAST(length(CAST("field" AS VARCHAR)) AS VARCHAR) || ':' || CAST("field" AS VARCHAR)
      END AS "e_field",
      CASE
        WHEN "kind" IS NULL THEN '~'
        ELSE CAST(length(CAST("kind" AS VARCHAR)) AS VARCHAR) || ':' || CAST("kind" AS VARCHAR)
      END AS "e_kind",
      CASE
        WHEN "stat" IS NULL THEN '~'
        ELSE CAST(length(CAST("stat" AS VARCHAR)) AS VARCHAR) || ':' || CAST("stat" AS VARCHAR)
      END AS "e_stat",
      CASE
        WHEN "item" IS NULL THEN '~'
        ELSE CAST(length(CAST("item" AS VARCHAR)) AS VARCHAR) || ':' || CAST("item" AS VARCHAR)
      END AS "e_item",
      CASE
        WHEN "value" IS NULL THEN '~'
        ELSE CAST(length(CAST("value" AS VARCHAR)) AS VARCHAR) || ':' || CAST("value" AS VARCHAR)
      END AS "e_value",
      CASE
        WHEN "lo" IS NULL THEN '~'
        ELSE CAST(length(CAST("lo" AS VARCHAR)) AS VARCHAR) || ':' || CAST("lo" AS VARCHAR)
      END AS "e_lo",
      CASE
        WHEN "hi" IS NULL THEN '~'
        ELSE CAST(length(CAST("hi" AS VARCHAR)) AS VARCHAR) || ':' || CAST("hi" AS VARCHAR)
      END AS "e_hi",
      CASE
        WHEN "n_rows" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_rows" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_rows" AS VARCHAR)
      END AS "e_n_rows",
      CASE
        WHEN "n_entities" IS NULL THEN '~'
        ELSE CAST(length(CAST("n_entities" AS VARCHAR)) AS VARCHAR) || ':' || CAST("n_entities" AS VARCHAR)
      END AS "e_n_entities"
    FROM "adg_metadata"."admissions_metadata"
  ) AS "lines"
) AS "m";

COMMIT;

-- [24/24] Summary: rows generated and items available per field
SELECT
  "g"."ordinal",
  "g"."field",
  "g"."kind",
  coalesce("t"."k", 0) AS "items",
  (SELECT "n" FROM "adg_plan") AS "rows"
FROM "adg_fields" AS "g"
LEFT JOIN "adg_totals" AS "t"
  ON "t"."ordinal" = "g"."ordinal"
ORDER BY "g"."ordinal";
