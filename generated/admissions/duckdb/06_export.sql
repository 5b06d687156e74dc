-- adg 0.1.0: stage 6 (export) of dataset "admissions", DuckDB dialect.
-- Compiled from specs/admissions.yaml (spec sha256 1649a3e288b48c01); do not edit, run `adg compile`.
-- Writes the artificial table to out/admissions/ as parquet and csv.
-- Runs in .adg/admissions/output.duckdb; `adg export specs/admissions.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "admissions_qa" AS "q" JOIN "admissions_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/admissions.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/admissions.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "admissions_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/admissions.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/admissions.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "admissions_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "admissions_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "admissions_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "admissions_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "admissions"
) TO 'out/admissions/artificial_admissions.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'admissions', 'adg.spec_hash': '1649a3e288b48c0149cce491ee2e393778a24e7191023f59d414c5dd945c1803', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '1', 'adg.column.episode_id': '{"kind":"excluded","type":"bigint","reason":"identifier: the name says it is a record or person key"}', 'adg.column.patient_id': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a record or person key"}', 'adg.column.nhs_number': '{"kind":"excluded","type":"string","reason":"entity key: counts are taken per distinct value of it"}', 'adg.column.hospital_number': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a hospital or medical record number"}', 'adg.column.forename': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a person''s name"}', 'adg.column.surname': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a person''s name"}', 'adg.column.date_of_birth': '{"kind":"date","type":"date"}', 'adg.column.sex': '{"kind":"categorical","type":"string"}', 'adg.column.ethnicity': '{"kind":"categorical","type":"string"}', 'adg.column.address_line': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is an address"}', 'adg.column.postcode': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a postcode"}', 'adg.column.email': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is an e-mail address"}', 'adg.column.phone': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a phone number"}', 'adg.column.admission_date': '{"kind":"date","type":"date"}', 'adg.column.discharge_date': '{"kind":"date","type":"date"}', 'adg.column.admission_method': '{"kind":"categorical","type":"string"}', 'adg.column.specialty': '{"kind":"categorical","type":"string"}', 'adg.column.primary_diagnosis': '{"kind":"categorical","type":"string"}', 'adg.column.length_of_stay': '{"kind":"discrete","type":"int"}', 'adg.column.age_on_admission': '{"kind":"discrete","type":"int"}', 'adg.column.clinical_note': '{"kind":"excluded","type":"string","reason":"free text: long values that may hold anything"}', 'adg.column.cost': '{"kind":"continuous","type":"decimal(10,2)"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "admissions"
) TO 'out/admissions/artificial_admissions.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "admissions_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "admissions_fields"
ORDER BY "ordinal" NULLS LAST;
