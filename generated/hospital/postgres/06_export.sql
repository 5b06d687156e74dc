-- adg 0.1.0: stage 6 (export) of dataset "hospital", PostgreSQL dialect.
-- Compiled from specs/hospital.yaml (spec sha256 aed03c82f857498e); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/hospital/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/hospital.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/6] QA must have checked this output
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."hospital_qa" AS "q" JOIN "adg_output"."hospital_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hospital.yaml, then export.'; END IF; END $adg$;

-- [3/6] No blocking QA check may fail
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."hospital_qa" AS "q" WHERE NOT ("q"."passed")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/hospital.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hospital.yaml to see them in the report.'; END IF; END $adg$;

-- [4/6] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."hospital"
) TO STDOUT (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."hospital_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."hospital_fields"
ORDER BY "ordinal" NULLS LAST;
