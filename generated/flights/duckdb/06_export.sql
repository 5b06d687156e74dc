-- adg 0.1.0: stage 6 (export) of dataset "flights", DuckDB dialect.
-- Compiled from specs/flights.yaml (spec sha256 e80e949c5e3d3d31); do not edit, run `adg compile`.
-- Writes the artificial table to out/flights/ as parquet and csv.
-- Runs in .adg/flights/output.duckdb; `adg export specs/flights.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "flights_qa" AS "q" JOIN "flights_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/flights.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/flights.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "flights_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/flights.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/flights.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "flights_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "flights_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "flights_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "flights_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "flights"
) TO 'out/flights/artificial_flights.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'flights', 'adg.spec_hash': 'e80e949c5e3d3d3167fce59043365a0792eb74b4dc5b2ab0ca74ab513668416a', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '20010101', 'adg.column.date': '{"kind":"date","type":"timestamp","description":"Scheduled departure; published per hour, generated to the minute within its hour."}', 'adg.column.delay': '{"kind":"discrete","type":"integer","description":"Arrival delay in minutes (negative = early)."}', 'adg.column.distance': '{"kind":"continuous","type":"integer"}', 'adg.column.origin': '{"kind":"categorical","type":"string"}', 'adg.column.destination': '{"kind":"categorical","type":"string"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "flights"
) TO 'out/flights/artificial_flights.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "flights_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "flights_fields"
ORDER BY "ordinal" NULLS LAST;
