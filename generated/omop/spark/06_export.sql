-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_person", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/person/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`omop_person_qa` AS `q` JOIN `adg_output`.`omop_person_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`omop_person_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`omop_person`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`omop_person_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`omop_person_fields`
ORDER BY `ordinal` NULLS LAST;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_visit_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/visit_occurrence/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`omop_visit_occurrence_qa` AS `q` JOIN `adg_output`.`omop_visit_occurrence_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`omop_visit_occurrence_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`omop_visit_occurrence`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`omop_visit_occurrence_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`omop_visit_occurrence_fields`
ORDER BY `ordinal` NULLS LAST;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_condition_occurrence", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/condition_occurrence/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`omop_condition_occurrence_qa` AS `q` JOIN `adg_output`.`omop_condition_occurrence_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`omop_condition_occurrence_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`omop_condition_occurrence`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`omop_condition_occurrence_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`omop_condition_occurrence_fields`
ORDER BY `ordinal` NULLS LAST;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_measurement", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/measurement/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`omop_measurement_qa` AS `q` JOIN `adg_output`.`omop_measurement_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`omop_measurement_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`omop_measurement`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`omop_measurement_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`omop_measurement_fields`
ORDER BY `ordinal` NULLS LAST;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_concept", Spark SQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/concept/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`omop_concept_qa` AS `q` JOIN `adg_output`.`omop_concept_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`omop_concept_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`omop_concept`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`omop_concept_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`omop_concept_fields`
ORDER BY `ordinal` NULLS LAST;
