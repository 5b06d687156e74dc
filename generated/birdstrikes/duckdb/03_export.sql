-- adg 0.1.0: stage 3 (export) of dataset "birdstrikes", DuckDB dialect.
-- Compiled from specs/birdstrikes.yaml (spec sha256 83762c8e7d967c04); do not edit, run `adg compile`.
-- Writes the artificial table to out/birdstrikes/ as parquet and csv.
-- Runs in .adg/birdstrikes/output.duckdb; `adg export specs/birdstrikes.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/6] Metadata hash recorded when the rows were generated
SET VARIABLE "adg_metadata_hash" = (SELECT "metadata_hash" FROM "birdstrikes_provenance");

-- [3/6] Write PARQUET
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/artificial_birdstrikes.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'birdstrikes', 'adg.spec_hash': '83762c8e7d967c04f75fa46f9caddff6fb75dde037c89e491e53080acdf57da3', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.seed': '7', 'adg.column.Airport Name': '{"kind":"excluded","type":"string","reason":"the entity key; counts are per distinct airport"}', 'adg.column.Aircraft Make Model': '{"kind":"categorical","type":"string"}', 'adg.column.Effect Amount of damage': '{"kind":"categorical","type":"string"}', 'adg.column.Flight Date': '{"kind":"date","type":"date"}', 'adg.column.Aircraft Airline Operator': '{"kind":"categorical","type":"string"}', 'adg.column.Origin State': '{"kind":"categorical","type":"string"}', 'adg.column.Phase of flight': '{"kind":"categorical","type":"string"}', 'adg.column.Wildlife Size': '{"kind":"categorical","type":"string"}', 'adg.column.Wildlife Species': '{"kind":"categorical","type":"string"}', 'adg.column.Time of day': '{"kind":"categorical","type":"string"}', 'adg.column.Cost Other': '{"kind":"discrete","type":"integer"}', 'adg.column.Cost Repair': '{"kind":"discrete","type":"integer"}', 'adg.column.Cost Total $': '{"kind":"discrete","type":"integer"}', 'adg.column.Speed IAS in knots': '{"kind":"continuous","type":"integer","description":"Indicated airspeed; 28% of strikes have none recorded."}', 'adg.tool_version': '0.1.0'});

-- [4/6] Write CSV
COPY (
  SELECT
    *
  FROM "birdstrikes"
) TO 'out/birdstrikes/artificial_birdstrikes.csv' (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "birdstrikes_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "birdstrikes_fields"
ORDER BY "ordinal" NULLS LAST;
