-- adg 0.1.0: stage 6 (export) of dataset "birdstrikes", DuckDB dialect.
-- Compiled from specs/birdstrikes.yaml (spec sha256 d47f0213b98d0e88); do not edit, run `adg compile`.
-- Writes the artificial table to out/birdstrikes/ as parquet and csv.
-- Runs in .adg/birdstrikes/output.duckdb; `adg export specs/birdstrikes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "birdstrikes_qa" AS "q" JOIN "birdstrikes_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/birdstrikes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/birdstrikes.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "birdstrikes_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/birdstrikes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/birdstrikes.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "birdstrikes_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "birdstrikes_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "birdstrikes_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "birdstrikes_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/artificial_birdstrikes.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'birdstrikes', 'adg.spec_hash': 'd47f0213b98d0e8873dac88e39d4ba078290a35fe92ac2f82c35e289adab3194', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '7', 'adg.column.Airport Name': '{"kind":"excluded","type":"string","reason":"the entity key; counts are per distinct airport"}', 'adg.column.Aircraft Make Model': '{"kind":"categorical","type":"string"}', 'adg.column.Effect Amount of damage': '{"kind":"categorical","type":"string"}', 'adg.column.Flight Date': '{"kind":"date","type":"date"}', 'adg.column.Aircraft Airline Operator': '{"kind":"categorical","type":"string"}', 'adg.column.Origin State': '{"kind":"categorical","type":"string"}', 'adg.column.Phase of flight': '{"kind":"categorical","type":"string"}', 'adg.column.Wildlife Size': '{"kind":"categorical","type":"string"}', 'adg.column.Wildlife Species': '{"kind":"categorical","type":"string"}', 'adg.column.Time of day': '{"kind":"categorical","type":"string"}', 'adg.column.Cost Other': '{"kind":"discrete","type":"integer"}', 'adg.column.Cost Repair': '{"kind":"discrete","type":"integer"}', 'adg.column.Cost Total $': '{"kind":"discrete","type":"integer"}', 'adg.column.Speed IAS in knots': '{"kind":"continuous","type":"integer","description":"Indicated airspeed; 28% of strikes have none recorded."}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/artificial_birdstrikes.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "birdstrikes_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "birdstrikes_fields"
ORDER BY "ordinal" NULLS LAST;
