-- adg 0.1.0: stage 3 (export) of dataset "admissions", DuckDB dialect.
-- Compiled from specs/admissions.yaml (spec sha256 d1ccb18281b79e93); do not edit, run `adg compile`.
-- Writes the artificial table to out/admissions/ as parquet and csv.
-- Runs in the database .adg/admissions/output.duckdb; `adg export specs/admissions.yaml` runs it with progress and checks.

-- [1/5] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/5] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "admissions_provenance");

-- [3/5] Write PARQUET
COPY (
  SELECT
    *
  FROM "admissions"
) TO 'out/admissions/admissions.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'admissions', 'adg.spec_hash': 'd1ccb18281b79e93013cf8d315614172ca1b7e9af1a4d3230dbf535532d187e1', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '1', 'adg.tool_version': '0.1.0'});

-- [4/5] Write CSV
COPY (
  SELECT
    *
  FROM "admissions"
) TO 'out/admissions/admissions.csv' (FORMAT csv, HEADER true);

-- [5/5] Provenance for the README beside the files
SELECT
  *
FROM "admissions_provenance";
