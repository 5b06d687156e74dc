-- adg 0.1.0: stage 2 (generate) of dataset "flights", DuckDB dialect.
-- Compiled from specs/flights.yaml (spec sha256 04809a38b1e6b563); do not edit, run `adg compile`.
-- Reads the released metadata only (never the source) and writes the artificial table and its provenance.
-- Runs in the database .adg/flights/output.duckdb; `adg generate specs/flights.yaml` runs it with progress and checks.

-- [1/18] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/18] Attach the released metadata read-only (the only input)
ATTACH IF NOT EXISTS '.adg/flights/metadata.duckdb' AS "adg_metadata" (READ_ONLY);

-- [3/18] Fields to generate, matched to the metadata by name and kind
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

-- [4/18] The metadata must come from a scrape of this spec as it is now
-- Scrape records the hash of what it depended on (source, fields, suppression policy, time zone);
-- metadata scraped under another policy must not be generated from.
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."flights_metadata" WHERE ("stat" = 'depends_on') AND ("value" = '983c547e0dd9f4fc1c9c56265cbaa0cc31ba062064023072492446055b56e928'))) THEN error('specs/flights.yaml: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/flights.yaml again, then generate.') END AS "adg_check";

-- [5/18] The published source row count must exist to scale from
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "adg_metadata"."flights_metadata" WHERE "stat" = 'rows')) THEN error('specs/flights.yaml: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.') END AS "adg_check";

-- [6/18] Rows to generate: 1 x the published source row count (generation.scale)
CREATE OR REPLACE TEMP TABLE "adg_plan" AS
SELECT
  (SELECT CAST(floor(((1e+0 * "n_rows") + 5e-1)) AS BIGINT) FROM "adg_metadata"."flights_metadata" WHERE "stat" = 'rows') AS "n";

-- [7/18] Row count within what the 32-bit counter supports
SELECT CASE WHEN EXISTS (SELECT 1 FROM "adg_plan" WHERE ("n" < 1) OR ("n" > 4294967295)) THEN error('specs/flights.yaml: generation would produce fewer than 1 or more than 4294967295 rows. Adjust generation.rows or generation.scale.') END AS "adg_check";

-- [8/18] Sampling items: integer cumulative weights [cum_lo, cum_hi) per field
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
JOIN "adg_metadata"."flights_metadata" AS "m"
  ON ("m"."field" = "g"."field") AND ("m"."kind" = "g"."kind")
WHERE "m"."stat" IN ('null', 'value', 'bin');

-- [9/18] Per-field totals and guide size
CREATE OR REPLACE TEMP TABLE "adg_totals" AS
SELECT
  "ordinal",
  max("cum_hi") AS "total",
  count(*) AS "k",
  CAST(greatest(10, least(20, ceil(log2((2 * count(*)))))) AS BIGINT) AS "bits"
FROM "adg_items"
GROUP BY "ordinal";

-- [10/18] Guide buckets: the r-range each bucket of hash values maps to
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

-- [11/18] Guide for date field "date"
CREATE OR REPLACE TEMP TABLE "adg_guide_1" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS TIMESTAMP) AS "value",
  date_diff('minute', CAST("i"."value" AS TIMESTAMP), (CAST("i"."value" AS TIMESTAMP) + to_hours(1))) AS "span"
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

-- [12/18] Guide for discrete field "delay"
CREATE OR REPLACE TEMP TABLE "adg_guide_2" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS BIGINT) AS "value"
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

-- [13/18] Guide for continuous field "distance"
CREATE OR REPLACE TEMP TABLE "adg_guide_3" AS
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
  WHERE "ordinal" = 3
) AS "i"
JOIN (
  SELECT
    *
  FROM "adg_buckets"
  WHERE "ordinal" = 3
) AS "b"
  ON ("i"."cum_lo" <= "b"."r_last") AND ("i"."cum_hi" > "b"."r_first");

-- [14/18] Guide for categorical field "origin"
CREATE OR REPLACE TEMP TABLE "adg_guide_4" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
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

-- [15/18] Guide for categorical field "destination"
CREATE OR REPLACE TEMP TABLE "adg_guide_5" AS
SELECT
  "b"."bucket",
  "i"."cum_lo",
  "i"."cum_hi",
  CAST("i"."value" AS VARCHAR) AS "value"
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

-- [16/18] Row numbers 0 .. n-1
-- Materialised so the sampling query scans it in parallel (a row generator is one thread on some
-- engines).
CREATE OR REPLACE TEMP TABLE "adg_rows" AS
SELECT
  "i"
FROM range((SELECT "n" FROM "adg_plan")) AS "r"("i");

-- [17/18] Sample 5 fields independently; replace the output and its provenance atomically
-- One 32-bit hash per field and stream from (seed, dataset, field, row); lookup tables stay on the
-- build side of each join.
BEGIN TRANSACTION;

SET disabled_optimizers = 'join_order,build_side_probe_side';

CREATE OR REPLACE TABLE "flights" AS
WITH
  "adg_h0" AS (
    SELECT
      "i",
      CAST((("i" + 3766570238) & 4294967295) AS UBIGINT) AS "h1",
      CAST((("i" + 3308364543) & 4294967295) AS UBIGINT) AS "j1",
      CAST((("i" + 1939362278) & 4294967295) AS UBIGINT) AS "h2",
      CAST((("i" + 363858202) & 4294967295) AS UBIGINT) AS "h3",
      CAST((("i" + 3692780573) & 4294967295) AS UBIGINT) AS "j3",
      CAST((("i" + 3617606511) & 4294967295) AS UBIGINT) AS "h4",
      CAST((("i" + 1522011634) & 4294967295) AS UBIGINT) AS "h5"
    FROM "adg_rows"
  ),
  "adg_h1" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 17)) AS "h1",
      xor("j1", ("j1" >> 17)) AS "j1",
      xor("h2", ("h2" >> 17)) AS "h2",
      xor("h3", ("h3" >> 17)) AS "h3",
      xor("j3", ("j3" >> 17)) AS "j3",
      xor("h4", ("h4" >> 17)) AS "h4",
      xor("h5", ("h5" >> 17)) AS "h5"
    FROM "adg_h0"
  ),
  "adg_h2" AS (
    SELECT
      "i",
      (("h1" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h1",
      (("j1" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j1",
      (("h2" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h2",
      (("h3" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h3",
      (("j3" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j3",
      (("h4" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h4",
      (("h5" * CAST(3982152891 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h5"
    FROM "adg_h1"
  ),
  "adg_h3" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 11)) AS "h1",
      xor("j1", ("j1" >> 11)) AS "j1",
      xor("h2", ("h2" >> 11)) AS "h2",
      xor("h3", ("h3" >> 11)) AS "h3",
      xor("j3", ("j3" >> 11)) AS "j3",
      xor("h4", ("h4" >> 11)) AS "h4",
      xor("h5", ("h5" >> 11)) AS "h5"
    FROM "adg_h2"
  ),
  "adg_h4" AS (
    SELECT
      "i",
      (("h1" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h1",
      (("j1" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j1",
      (("h2" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h2",
      (("h3" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h3",
      (("j3" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j3",
      (("h4" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h4",
      (("h5" * CAST(2890668881 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h5"
    FROM "adg_h3"
  ),
  "adg_h5" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 15)) AS "h1",
      xor("j1", ("j1" >> 15)) AS "j1",
      xor("h2", ("h2" >> 15)) AS "h2",
      xor("h3", ("h3" >> 15)) AS "h3",
      xor("j3", ("j3" >> 15)) AS "j3",
      xor("h4", ("h4" >> 15)) AS "h4",
      xor("h5", ("h5" >> 15)) AS "h5"
    FROM "adg_h4"
  ),
  "adg_h6" AS (
    SELECT
      "i",
      (("h1" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h1",
      (("j1" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j1",
      (("h2" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h2",
      (("h3" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h3",
      (("j3" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "j3",
      (("h4" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h4",
      (("h5" * CAST(830770091 AS UBIGINT)) & CAST(4294967295 AS UBIGINT)) AS "h5"
    FROM "adg_h5"
  ),
  "adg_h7" AS (
    SELECT
      "i",
      xor("h1", ("h1" >> 14)) AS "h1",
      xor("j1", ("j1" >> 14)) AS "j1",
      xor("h2", ("h2" >> 14)) AS "h2",
      xor("h3", ("h3" >> 14)) AS "h3",
      xor("j3", ("j3" >> 14)) AS "j3",
      xor("h4", ("h4" >> 14)) AS "h4",
      xor("h5", ("h5" >> 14)) AS "h5"
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
      max(CASE WHEN "ordinal" = 5 THEN "bits" END) AS "bits_5"
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
      CAST("h"."j3" AS DOUBLE) * 2.3283064365386963e-10 AS "u3",
      CAST(("h"."h4" >> (32 - "t"."bits_4")) AS BIGINT) AS "b4",
      CAST(floor((CAST("h"."h4" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_4" AS DOUBLE))) AS BIGINT) AS "r4",
      CAST(("h"."h5" >> (32 - "t"."bits_5")) AS BIGINT) AS "b5",
      CAST(floor((CAST("h"."h5" AS DOUBLE) * 2.3283064365386963e-10 * CAST("t"."total_5" AS DOUBLE))) AS BIGINT) AS "r5"
    FROM "adg_h7" AS "h"
    CROSS JOIN "adg_t" AS "t"
  )
SELECT
  ("g1"."value" + to_minutes(CAST(floor(("d"."u1" * "g1"."span")) AS BIGINT))) AS "date",
  "g2"."value" AS "delay",
  CASE
    WHEN "g3"."value" IS NOT NULL THEN CASE WHEN isfinite("g3"."value") THEN CAST("g3"."value" AS BIGINT) END
    ELSE least((CAST("g3"."lo" AS BIGINT) + CAST(floor(("d"."u3" * "g3"."width")) AS BIGINT)), (CAST("g3"."hi" AS BIGINT) - 1))
  END AS "distance",
  "g4"."value" AS "origin",
  "g5"."value" AS "destination"
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
ORDER BY "d"."i";

RESET disabled_optimizers;

CREATE OR REPLACE TABLE "flights_provenance" AS
SELECT
  'flights' AS "dataset",
  'specs/flights.yaml' AS "spec_file",
  '04809a38b1e6b5630f4fe41b2ff827f0553c51b87e2ffd5358d1b914fad83a57' AS "spec_hash",
  "m"."metadata_hash",
  20010101 AS "seed",
  (SELECT "n" FROM "adg_plan") AS "rows",
  '0.1.0' AS "tool_version",
  'These data are artificially generated, any resemblance to real patients is coincidental.' AS "disclaimer",
  (SELECT "value" FROM "adg_metadata"."flights_metadata" WHERE ("stat" = 'policy') AND ("ordinal" = 0)) AS "policy"
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
    FROM "adg_metadata"."flights_metadata"
  ) AS "lines"
) AS "m";

COMMIT;

-- [18/18] Summary: rows generated and items available per field
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
