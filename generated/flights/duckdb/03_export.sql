-- adg 0.1.0: stage 3 (export) of dataset "flights", DuckDB dialect.
-- Compiled from specs/flights.yaml (spec sha256 1d913cada23e624f); do not edit, run `adg compile`.
-- Writes the artificial table to out/flights/ as parquet and csv.
-- Runs in .adg/flights/output.duckdb; `adg export specs/flights.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/6] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "flights_provenance");

-- [3/6] Write PARQUET
COPY (
  SELECT
    *
  FROM "flights"
) TO 'out/flights/artificial_flights.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'flights', 'adg.spec_hash': '1d913cada23e624f691134d3a3a772015a15cd491d24d2cc17ba1c7b03354d2f', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '20010101', 'adg.column.date': '{"kind":"date","type":"timestamp","description":"Scheduled departure; published per hour, generated to the minute within its hour."}', 'adg.column.delay': '{"kind":"discrete","type":"integer","description":"Arrival delay in minutes (negative = early)."}', 'adg.column.distance': '{"kind":"continuous","type":"integer"}', 'adg.column.origin': '{"kind":"categorical","type":"string"}', 'adg.column.destination': '{"kind":"categorical","type":"string"}', 'adg.tool_version': '0.1.0'});

-- [4/6] Write CSV
COPY (
  SELECT
    *
  FROM "flights"
) TO 'out/flights/artificial_flights.csv' (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "flights_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "flights_fields"
ORDER BY "ordinal" NULLS LAST;
