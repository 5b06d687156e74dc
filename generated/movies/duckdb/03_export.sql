-- adg 0.1.0: stage 3 (export) of dataset "movies", DuckDB dialect.
-- Compiled from specs/movies.yaml (spec sha256 1810370d07c3acf2); do not edit, run `adg compile`.
-- Writes the artificial table to out/movies/ as parquet and csv.
-- Runs in the database .adg/movies/output.duckdb; `adg export specs/movies.yaml` runs it with progress and checks.

-- [1/5] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/5] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "movies_provenance");

-- [3/5] Write PARQUET
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/movies.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated; any resemblance to real films is coincidental.', 'adg.dataset': 'movies', 'adg.spec_hash': '1810370d07c3acf22d8c3c9db2a96ee53daeb35f09449b70a3d97ced889250b3', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '1977', 'adg.tool_version': '0.1.0'});

-- [4/5] Write CSV
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/movies.csv' (FORMAT csv, HEADER true);

-- [5/5] Provenance for the README beside the files
SELECT
  *
FROM "movies_provenance";
