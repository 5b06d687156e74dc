-- adg 0.1.0: stage 6 (export) of dataset "hospital", DuckDB dialect.
-- Compiled from specs/hospital.yaml (spec sha256 aed03c82f857498e); do not edit, run `adg compile`.
-- Writes the artificial table to out/hospital/ as parquet and csv.
-- Runs in .adg/hospital/output.duckdb; `adg export specs/hospital.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "hospital_qa" AS "q" JOIN "hospital_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/hospital.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hospital.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "hospital_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/hospital.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hospital.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "hospital_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "hospital_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "hospital_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "hospital_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "hospital"
) TO 'out/hospital/artificial_hospital.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'hospital', 'adg.spec_hash': 'aed03c82f857498eb67831bec513cc071a8ca9f33e07bc83013f7a237a241949', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '1', 'adg.column.episode_id': '{"kind":"identifier","type":"bigint","pattern":"99999[0-9]{7}","per":"row"}', 'adg.column.patient_id': '{"kind":"identifier","type":"string","pattern":"TESTP[0-9]{7}","per":"entity"}', 'adg.column.nhs_number': '{"kind":"identifier","type":"string","pattern":"TEST[0-9]{6}","per":"entity"}', 'adg.column.hospital_number': '{"kind":"identifier","type":"string","pattern":"TESTH[A-Z0-9]{7}","per":"entity"}', 'adg.column.forename': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a person''s name"}', 'adg.column.surname': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a person''s name"}', 'adg.column.date_of_birth': '{"kind":"date","type":"date","stable":true}', 'adg.column.sex': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.ethnicity': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.address_line': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is an address"}', 'adg.column.postcode': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a postcode"}', 'adg.column.email': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is an e-mail address"}', 'adg.column.phone': '{"kind":"excluded","type":"string","reason":"identifier: the name says it is a phone number"}', 'adg.column.admission_date': '{"kind":"date","type":"date"}', 'adg.column.discharge_date': '{"kind":"date","type":"date"}', 'adg.column.admission_method': '{"kind":"categorical","type":"string"}', 'adg.column.specialty': '{"kind":"categorical","type":"string"}', 'adg.column.primary_diagnosis': '{"kind":"categorical","type":"string"}', 'adg.column.length_of_stay': '{"kind":"discrete","type":"int"}', 'adg.column.age_on_admission': '{"kind":"derived","type":"int","expression":{"op":"age_years","from":"date_of_birth","to":"admission_date"}}', 'adg.column.clinical_note': '{"kind":"excluded","type":"string","reason":"free text: long values that may hold anything"}', 'adg.column.cost': '{"kind":"continuous","type":"decimal(10,2)"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "hospital"
) TO 'out/hospital/artificial_hospital.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "hospital_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "hospital_fields"
ORDER BY "ordinal" NULLS LAST;
