-- adg 0.1.0: stage 3 (export) of dataset "movies", PostgreSQL dialect.
-- Compiled from specs/movies.yaml (spec sha256 1810370d07c3acf2); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/movies/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/movies.yaml` runs it with progress and checks.

-- [1/4] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/4] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."movies"
) TO STDOUT (FORMAT csv, HEADER true);

-- [3/4] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."movies_provenance";

-- [4/4] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."movies_fields"
ORDER BY "ordinal" NULLS LAST;
