-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_person", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Writes the artificial table to out/omop/person/ as parquet and csv.
-- Runs in .adg/omop/output.duckdb; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "omop_person_qa" AS "q" JOIN "omop_person_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "omop_person_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "omop_person_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "omop_person_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "omop_person_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "omop_person_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "omop_person"
) TO 'out/omop/person/artificial_omop_person.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'omop_person', 'adg.spec_hash': 'fa20601fc0d7dbfb529ebbe9ed410f51149bc273a73ea84d0af789d308bdb083', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '54', 'adg.column.person_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"entity"}', 'adg.column.gender_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.year_of_birth': '{"kind":"discrete","type":"int"}', 'adg.column.month_of_birth': '{"kind":"discrete","type":"int"}', 'adg.column.day_of_birth': '{"kind":"discrete","type":"int"}', 'adg.column.birth_datetime': '{"kind":"date","type":"timestamp"}', 'adg.column.race_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.ethnicity_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.location_id': '{"kind":"excluded","type":"int","reason":"no location table in this extract"}', 'adg.column.provider_id': '{"kind":"excluded","type":"int","reason":"a key of the provider table, not in this extract"}', 'adg.column.care_site_id': '{"kind":"excluded","type":"int","reason":"a key of the care_site table, not in this extract"}', 'adg.column.person_source_value': '{"kind":"excluded","type":"string","reason":"the source system''s own patient key"}', 'adg.column.gender_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.gender_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.race_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.race_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.ethnicity_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.ethnicity_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "omop_person"
) TO 'out/omop/person/artificial_omop_person.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "omop_person_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "omop_person_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_visit_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Writes the artificial table to out/omop/visit_occurrence/ as parquet and csv.
-- Runs in .adg/omop/output.duckdb; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "omop_visit_occurrence_qa" AS "q" JOIN "omop_visit_occurrence_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "omop_visit_occurrence_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "omop_visit_occurrence_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "omop_visit_occurrence_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "omop_visit_occurrence_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "omop_visit_occurrence_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "omop_visit_occurrence"
) TO 'out/omop/visit_occurrence/artificial_omop_visit_occurrence.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'omop_visit_occurrence', 'adg.spec_hash': 'aba06463d8495382f6c6098ba5d40bed6a93ea50f81a15378e022e5461046b2c', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '54', 'adg.column.visit_occurrence_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"row"}', 'adg.column.person_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"entity"}', 'adg.column.visit_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.visit_start_date': '{"kind":"date","type":"date"}', 'adg.column.visit_start_datetime': '{"kind":"date","type":"timestamp"}', 'adg.column.visit_end_date': '{"kind":"date","type":"date"}', 'adg.column.visit_end_datetime': '{"kind":"date","type":"timestamp"}', 'adg.column.visit_type_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.provider_id': '{"kind":"excluded","type":"int","reason":"a key of the provider table, not in this extract"}', 'adg.column.care_site_id': '{"kind":"excluded","type":"int","reason":"a key of the care_site table, not in this extract"}', 'adg.column.visit_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.visit_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.admitted_from_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.admitted_from_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.discharged_to_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.discharged_to_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.preceding_visit_occurrence_id': '{"kind":"excluded","type":"int","reason":"a key of the same table (a self-reference is a cycle of foreign keys)"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "omop_visit_occurrence"
) TO 'out/omop/visit_occurrence/artificial_omop_visit_occurrence.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "omop_visit_occurrence_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "omop_visit_occurrence_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_condition_occurrence", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Writes the artificial table to out/omop/condition_occurrence/ as parquet and csv.
-- Runs in .adg/omop/output.duckdb; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "omop_condition_occurrence_qa" AS "q" JOIN "omop_condition_occurrence_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "omop_condition_occurrence_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "omop_condition_occurrence_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "omop_condition_occurrence_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "omop_condition_occurrence_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "omop_condition_occurrence_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "omop_condition_occurrence"
) TO 'out/omop/condition_occurrence/artificial_omop_condition_occurrence.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'omop_condition_occurrence', 'adg.spec_hash': 'fa7a6f54ce1bd94aca4b88ccdcbe03ef0c620bba35320f62f575fb270841d749', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '54', 'adg.column.condition_occurrence_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"row"}', 'adg.column.person_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"entity"}', 'adg.column.condition_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.condition_start_date': '{"kind":"date","type":"date"}', 'adg.column.condition_start_datetime': '{"kind":"date","type":"timestamp"}', 'adg.column.condition_end_date': '{"kind":"date","type":"date"}', 'adg.column.condition_end_datetime': '{"kind":"date","type":"timestamp"}', 'adg.column.condition_type_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.condition_status_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.stop_reason': '{"kind":"excluded","type":"string","reason":"free text"}', 'adg.column.provider_id': '{"kind":"excluded","type":"int","reason":"a key of the provider table, not in this extract"}', 'adg.column.visit_occurrence_id': '{"kind":"reference","type":"int","table":"visit_occurrence","field":"visit_occurrence_id"}', 'adg.column.visit_detail_id': '{"kind":"excluded","type":"int","reason":"no visit_detail table in this extract"}', 'adg.column.condition_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.condition_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.condition_status_source_value': '{"kind":"categorical","type":"string"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "omop_condition_occurrence"
) TO 'out/omop/condition_occurrence/artificial_omop_condition_occurrence.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "omop_condition_occurrence_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "omop_condition_occurrence_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_measurement", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Writes the artificial table to out/omop/measurement/ as parquet and csv.
-- Runs in .adg/omop/output.duckdb; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "omop_measurement_qa" AS "q" JOIN "omop_measurement_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "omop_measurement_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "omop_measurement_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "omop_measurement_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "omop_measurement_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "omop_measurement_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "omop_measurement"
) TO 'out/omop/measurement/artificial_omop_measurement.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'omop_measurement', 'adg.spec_hash': '6b267f35b31ebf796c3df03828530b220be20f43727c5aeb72150f2806df7e1d', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '54', 'adg.column.measurement_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"row"}', 'adg.column.person_id': '{"kind":"identifier","type":"int","pattern":"1[0-9]{8}","per":"entity"}', 'adg.column.measurement_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.measurement_date': '{"kind":"date","type":"date"}', 'adg.column.measurement_datetime': '{"kind":"date","type":"timestamp"}', 'adg.column.measurement_time': '{"kind":"excluded","type":"string","reason":"a time of day singles out measurements"}', 'adg.column.measurement_type_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.operator_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.value_as_number': '{"kind":"continuous","type":"decimal(18,3)"}', 'adg.column.value_as_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.unit_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.range_low': '{"kind":"continuous","type":"decimal(18,3)"}', 'adg.column.range_high': '{"kind":"continuous","type":"decimal(18,3)"}', 'adg.column.provider_id': '{"kind":"excluded","type":"int","reason":"a key of the provider table, not in this extract"}', 'adg.column.visit_occurrence_id': '{"kind":"reference","type":"int","table":"visit_occurrence","field":"visit_occurrence_id"}', 'adg.column.visit_detail_id': '{"kind":"excluded","type":"int","reason":"no visit_detail table in this extract"}', 'adg.column.measurement_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.measurement_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.unit_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.unit_source_concept_id': '{"kind":"categorical","type":"int"}', 'adg.column.value_source_value': '{"kind":"categorical","type":"string"}', 'adg.column.measurement_event_id': '{"kind":"excluded","type":"bigint","reason":"a key of another table"}', 'adg.column.meas_event_field_concept_id': '{"kind":"categorical","type":"int"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "omop_measurement"
) TO 'out/omop/measurement/artificial_omop_measurement.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "omop_measurement_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "omop_measurement_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_concept", DuckDB dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Writes the artificial table to out/omop/concept/ as parquet and csv.
-- Runs in .adg/omop/output.duckdb; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "omop_concept_qa" AS "q" JOIN "omop_concept_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "omop_concept_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "omop_concept_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "omop_concept_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "omop_concept_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "omop_concept_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "omop_concept"
) TO 'out/omop/concept/artificial_omop_concept.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'omop_concept', 'adg.spec_hash': '02abbbe38d343b86abe8bdd3b1c0c14d40fa3e0c6450dd95703a7e7bac4345c4', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '54', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "omop_concept"
) TO 'out/omop/concept/artificial_omop_concept.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "omop_concept_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "omop_concept_fields"
ORDER BY "ordinal" NULLS LAST;
