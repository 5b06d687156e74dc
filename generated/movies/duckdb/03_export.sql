-- adg 0.1.0: stage 3 (export) of dataset "movies", DuckDB dialect.
-- Compiled from specs/movies.yaml (spec sha256 1810370d07c3acf2); do not edit, run `adg compile`.
-- Writes the artificial table to out/movies/ as parquet and csv.
-- Runs in .adg/movies/output.duckdb; `adg export specs/movies.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/6] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "movies_provenance");

-- [3/6] Write PARQUET
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/artificial_movies.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated; any resemblance to real films is coincidental.', 'adg.dataset': 'movies', 'adg.spec_hash': '1810370d07c3acf22d8c3c9db2a96ee53daeb35f09449b70a3d97ced889250b3', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '1977', 'adg.column.Title': '{"kind":"excluded","type":"string","reason":"identifies a film"}', 'adg.column.US Gross': '{"kind":"continuous","type":"integer"}', 'adg.column.Worldwide Gross': '{"kind":"continuous","type":"integer"}', 'adg.column.US DVD Sales': '{"kind":"continuous","type":"integer"}', 'adg.column.Production Budget': '{"kind":"continuous","type":"integer"}', 'adg.column.Release Date': '{"kind":"date","type":"date"}', 'adg.column.MPAA Rating': '{"kind":"categorical","type":"string"}', 'adg.column.Running Time min': '{"kind":"discrete","type":"integer"}', 'adg.column.Distributor': '{"kind":"categorical","type":"string"}', 'adg.column.Source': '{"kind":"categorical","type":"string"}', 'adg.column.Major Genre': '{"kind":"categorical","type":"string"}', 'adg.column.Creative Type': '{"kind":"categorical","type":"string"}', 'adg.column.Director': '{"kind":"excluded","type":"string","reason":"names a person"}', 'adg.column.Rotten Tomatoes Rating': '{"kind":"discrete","type":"integer"}', 'adg.column.IMDB Rating': '{"kind":"continuous","type":"double"}', 'adg.column.IMDB Votes': '{"kind":"continuous","type":"integer"}', 'adg.tool_version': '0.1.0'});

-- [4/6] Write CSV
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/artificial_movies.csv' (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "movies_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "movies_fields"
ORDER BY "ordinal" NULLS LAST;
