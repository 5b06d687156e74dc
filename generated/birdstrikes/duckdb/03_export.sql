-- adg 0.1.0: stage 3 (export) of dataset "birdstrikes", DuckDB dialect.
-- Compiled from specs/birdstrikes.yaml (spec sha256 83762c8e7d967c04); do not edit, run `adg compile`.
-- Writes the artificial table to out/birdstrikes/ as parquet and csv.
-- Runs in the database .adg/birdstrikes/output.duckdb; `adg export specs/birdstrikes.yaml` runs it with progress and checks.

-- [1/5] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/5] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "birdstrikes_provenance");

-- [3/5] Write PARQUET
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/birdstrikes.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'birdstrikes', 'adg.spec_hash': '83762c8e7d967c04f75fa46f9caddff6fb75dde037c89e491e53080acdf57da3', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '7', 'adg.tool_version': '0.1.0'});

-- [4/5] Write CSV
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/birdstrikes.csv' (FORMAT csv, HEADER true);

-- [5/5] Provenance for the README beside the files
SELECT
  *
FROM "birdstrikes_provenance";
