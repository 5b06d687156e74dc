-- adg 0.1.0: stage 3 (export) of dataset "birdstrikes", DuckDB dialect.
-- Compiled from specs/birdstrikes.yaml (spec sha256 de3b3b4957211b0b); do not edit, run `adg compile`.
-- Writes the artificial table to out/birdstrikes/ as parquet and csv.
-- Runs in the database .adg/birdstrikes/output.duckdb; `adg export specs/birdstrikes.yaml` runs it with progress and checks.

-- [1/4] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "birdstrikes_provenance");

-- [2/4] Write PARQUET
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/birdstrikes.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'birdstrikes', 'adg.spec_hash': 'de3b3b4957211b0b0b323753b8d0f7c611253d63473c3e85e62ad33f635c98c1', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '7', 'adg.tool_version': '0.1.0'});

-- [3/4] Write CSV
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/birdstrikes.csv' (FORMAT csv, HEADER true);

-- [4/4] Provenance for the README beside the files
SELECT
  *
FROM "birdstrikes_provenance";
