-- ==== table person of dataset "omop" (1/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_person", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa20601fc0d7dbfb); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/person/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/6] QA must have checked this output
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_person_qa" AS "q" JOIN "adg_output"."omop_person_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.'; END IF; END $adg$;

-- [3/6] No blocking QA check may fail
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_person_qa" AS "q" WHERE NOT ("q"."passed")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.'; END IF; END $adg$;

-- [4/6] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."omop_person"
) TO STDOUT (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."omop_person_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."omop_person_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table visit_occurrence of dataset "omop" (2/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_visit_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 aba06463d8495382); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/visit_occurrence/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/6] QA must have checked this output
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_visit_occurrence_qa" AS "q" JOIN "adg_output"."omop_visit_occurrence_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.'; END IF; END $adg$;

-- [3/6] No blocking QA check may fail
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_visit_occurrence_qa" AS "q" WHERE NOT ("q"."passed")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.'; END IF; END $adg$;

-- [4/6] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."omop_visit_occurrence"
) TO STDOUT (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."omop_visit_occurrence_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."omop_visit_occurrence_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table condition_occurrence of dataset "omop" (3/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_condition_occurrence", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 fa7a6f54ce1bd94a); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/condition_occurrence/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/6] QA must have checked this output
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_condition_occurrence_qa" AS "q" JOIN "adg_output"."omop_condition_occurrence_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.'; END IF; END $adg$;

-- [3/6] No blocking QA check may fail
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_condition_occurrence_qa" AS "q" WHERE NOT ("q"."passed")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.'; END IF; END $adg$;

-- [4/6] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."omop_condition_occurrence"
) TO STDOUT (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."omop_condition_occurrence_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."omop_condition_occurrence_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table measurement of dataset "omop" (4/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_measurement", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 6b267f35b31ebf79); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/measurement/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/6] QA must have checked this output
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_measurement_qa" AS "q" JOIN "adg_output"."omop_measurement_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.'; END IF; END $adg$;

-- [3/6] No blocking QA check may fail
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_measurement_qa" AS "q" WHERE NOT ("q"."passed")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.'; END IF; END $adg$;

-- [4/6] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."omop_measurement"
) TO STDOUT (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."omop_measurement_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."omop_measurement_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table concept of dataset "omop" (5/5) ====

-- adg 0.1.0: stage 6 (export) of dataset "omop_concept", PostgreSQL dialect.
-- Compiled from specs/omop.yaml (spec sha256 02abbbe38d343b86); do not edit, run `adg compile`.
-- Streams the artificial table to the client, which writes out/omop/concept/ as parquet and csv.
-- Runs in schema adg_output; `adg export specs/omop.yaml` runs it with progress and checks.

-- [1/6] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TIME ZONE 'UTC';

SET jit = off;

-- [2/6] QA must have checked this output
DO $adg$ BEGIN IF NOT (EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_concept_qa" AS "q" JOIN "adg_output"."omop_concept_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/omop.yaml, then export.'; END IF; END $adg$;

-- [3/6] No blocking QA check may fail
DO $adg$ BEGIN IF EXISTS (SELECT CAST(1 AS BIGINT) FROM "adg_output"."omop_concept_qa" AS "q" WHERE NOT ("q"."passed")) THEN RAISE EXCEPTION USING MESSAGE = 'specs/omop.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/omop.yaml to see them in the report.'; END IF; END $adg$;

-- [4/6] Stream the artificial rows to the client, which writes the files
COPY (
  SELECT
    *
  FROM "adg_output"."omop_concept"
) TO STDOUT (FORMAT csv, HEADER true);

-- [5/6] Provenance for the README beside the files
SELECT
  *
FROM "adg_output"."omop_concept_provenance";

-- [6/6] What each field kept and lost, for the README
SELECT
  *
FROM "adg_output"."omop_concept_fields"
ORDER BY "ordinal" NULLS LAST;
