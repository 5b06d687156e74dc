-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 6 (export) of dataset "hes_apc", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/hes/apc/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/hes.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/hes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hes.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`hes_apc_qa` AS `q` JOIN `adg_output`.`hes_apc_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/hes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hes.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`hes_apc_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`hes_apc`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`hes_apc_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`hes_apc_fields`
ORDER BY `ordinal` NULLS LAST;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 6 (export) of dataset "hes_op", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/hes/op/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/hes.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/hes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hes.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`hes_op_qa` AS `q` JOIN `adg_output`.`hes_op_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/hes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hes.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`hes_op_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`hes_op`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`hes_op_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`hes_op_fields`
ORDER BY `ordinal` NULLS LAST;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 6 (export) of dataset "hes_ae", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/hes/ae/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/hes.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/hes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hes.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`hes_ae_qa` AS `q` JOIN `adg_output`.`hes_ae_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/hes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hes.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`hes_ae_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`hes_ae`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`hes_ae_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`hes_ae_fields`
ORDER BY `ordinal` NULLS LAST;
