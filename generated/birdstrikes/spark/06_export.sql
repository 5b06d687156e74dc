-- adg 0.1.0: stage 6 (export) of dataset "birdstrikes", Spark SQL dialect.
-- Compiled from specs/birdstrikes.yaml (spec sha256 d47f0213b98d0e88); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/birdstrikes/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/birdstrikes.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

-- [2/6] QA must have checked this output
SELECT raise_error('specs/birdstrikes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/birdstrikes.yaml, then export.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE NOT (EXISTS (SELECT 1L FROM `adg_output`.`birdstrikes_qa` AS `q` JOIN `adg_output`.`birdstrikes_provenance` AS `pv` ON `q`.`generated_at` = `pv`.`generated_at`));

-- [3/6] No blocking QA check may fail
SELECT raise_error('specs/birdstrikes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/birdstrikes.yaml to see them in the report.') AS `adg_check` FROM (SELECT 1 AS `one`) AS `adg_once` WHERE EXISTS (SELECT 1L FROM `adg_output`.`birdstrikes_qa` AS `q` WHERE NOT (`q`.`passed`));

-- [4/6] Stream the artificial rows to the client, which writes the files
  SELECT
    *
  FROM `adg_output`.`birdstrikes`;

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM `adg_output`.`birdstrikes_provenance`;

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM `adg_output`.`birdstrikes_fields`
ORDER BY `ordinal` NULLS LAST;
