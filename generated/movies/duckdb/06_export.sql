-- adg 0.1.0: stage 6 (export) of dataset "movies", DuckDB dialect.
-- Compiled from specs/movies.yaml (spec sha256 bb01b8baf460afa0); do not edit, run `adg compile`.
-- Writes the artificial table to out/movies/ as parquet and csv.
-- Runs in .adg/movies/output.duckdb; `adg export specs/movies.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "movies_qa" AS "q" JOIN "movies_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/movies.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/movies.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "movies_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/movies.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/movies.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "movies_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "movies_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "movies_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "movies_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/artificial_movies.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated; any resemblance to real films is coincidental.', 'adg.dataset': 'movies', 'adg.spec_hash': 'bb01b8baf460afa0473b5931db7086a4cc75957980af205868753da0fe2fa233', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '1977', 'adg.column.Title': '{"kind":"excluded","type":"string","reason":"identifies a film"}', 'adg.column.US Gross': '{"kind":"continuous","type":"integer"}', 'adg.column.Worldwide Gross': '{"kind":"continuous","type":"integer"}', 'adg.column.US DVD Sales': '{"kind":"continuous","type":"integer"}', 'adg.column.Production Budget': '{"kind":"continuous","type":"integer"}', 'adg.column.Release Date': '{"kind":"date","type":"date"}', 'adg.column.MPAA Rating': '{"kind":"categorical","type":"string"}', 'adg.column.Running Time min': '{"kind":"discrete","type":"integer"}', 'adg.column.Distributor': '{"kind":"categorical","type":"string"}', 'adg.column.Source': '{"kind":"categorical","type":"string"}', 'adg.column.Major Genre': '{"kind":"categorical","type":"string"}', 'adg.column.Creative Type': '{"kind":"categorical","type":"string"}', 'adg.column.Director': '{"kind":"excluded","type":"string","reason":"names a person"}', 'adg.column.Rotten Tomatoes Rating': '{"kind":"discrete","type":"integer"}', 'adg.column.IMDB Rating': '{"kind":"continuous","type":"double"}', 'adg.column.IMDB Votes': '{"kind":"continuous","type":"integer"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "movies"
) TO 'out/movies/artificial_movies.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "movies_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "movies_fields"
ORDER BY "ordinal" NULLS LAST;
