-- adg 0.1.0: stage 3 (export) of dataset "movies", DuckDB dialect.
-- Compiled from specs/movies.yaml (spec sha256 ae7c7f7e5a89b20b); do not edit, run `adg compile`.
-- Writes the artificial table to out/movies/ as parquet and csv.
-- Runs in the database .adg/movies/output.duckdb; `adg export specs/movies.yaml` runs it with progress and checks.

-- [1/4] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "movies_provenance");

-- [2/4] Write PARQUET
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/movies.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated; any resemblance to real films is coincidental.', 'adg.dataset': 'movies', 'adg.spec_hash': 'ae7c7f7e5a89b20b5c48207ba11c09d48c2df7e5edf1e709dcbece362c698d36', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '1977', 'adg.tool_version': '0.1.0'});

-- [3/4] Write CSV
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/movies.csv' (FORMAT csv, HEADER true);

-- [4/4] Provenance for the README beside the files
SELECT
  *
FROM "movies_provenance";
