-- adg 0.1.0: stage 3 (export) of dataset "flights", DuckDB dialect.
-- Compiled from specs/flights.yaml (spec sha256 ca194e3b6c68e7f8); do not edit, run `adg compile`.
-- Writes the artificial table to out/flights/ as parquet and csv.
-- Runs in the database .adg/flights/output.duckdb; `adg export specs/flights.yaml` runs it with progress and checks.

-- [1/4] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "flights_provenance");

-- [2/4] Write PARQUET
COPY (
  SELECT
    *
  FROM "flights"
) TO 'out/flights/flights.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'flights', 'adg.spec_hash': 'ca194e3b6c68e7f8c06e20c9e285ac87d8c0621a3dfec72436dabe8a38c4128f', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '20010101', 'adg.tool_version': '0.1.0'});

-- [3/4] Write CSV
COPY (
  SELECT
    *
  FROM "flights"
) TO 'out/flights/flights.csv' (FORMAT csv, HEADER true);

-- [4/4] Provenance for the README beside the files
SELECT
  *
FROM "flights_provenance";
