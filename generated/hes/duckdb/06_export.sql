-- ==== table apc of dataset "hes" (1/3) ====

-- adg 0.1.0: stage 6 (export) of dataset "hes_apc", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Writes the artificial table to out/hes/apc/ as parquet and csv.
-- Runs in .adg/hes/output.duckdb; `adg export specs/hes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "hes_apc_qa" AS "q" JOIN "hes_apc_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/hes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hes.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "hes_apc_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/hes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hes.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "hes_apc_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "hes_apc_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "hes_apc_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "hes_apc_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "hes_apc"
) TO 'out/hes/apc/artificial_hes_apc.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'hes_apc', 'adg.spec_hash': '596d835241343c8954e7c6d2f5984503dd8b31f7947bf8cf956fd57778f08bea', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '2026', 'adg.column.TOKEN_PERSON_ID': '{"kind":"identifier","type":"string","pattern":"ART[0-9A-Z]{10}","per":"entity"}', 'adg.column.EPIKEY': '{"kind":"identifier","type":"bigint","pattern":"99999[0-9]{7}","per":"row"}', 'adg.column.FYEAR': '{"kind":"categorical","type":"string"}', 'adg.column.PROCODE3': '{"kind":"categorical","type":"string"}', 'adg.column.PROCODET': '{"kind":"categorical","type":"string"}', 'adg.column.SITETRET': '{"kind":"categorical","type":"string"}', 'adg.column.ADMIDATE': '{"kind":"date","type":"date"}', 'adg.column.ADMIMETH': '{"kind":"categorical","type":"string"}', 'adg.column.ADMISORC': '{"kind":"categorical","type":"string"}', 'adg.column.ADMINCAT': '{"kind":"categorical","type":"string"}', 'adg.column.CLASSPAT': '{"kind":"categorical","type":"string"}', 'adg.column.ELECDATE': '{"kind":"date","type":"date"}', 'adg.column.ELECDUR': '{"kind":"discrete","type":"int"}', 'adg.column.EPISTART': '{"kind":"date","type":"date"}', 'adg.column.EPIEND': '{"kind":"date","type":"date"}', 'adg.column.EPIORDER': '{"kind":"discrete","type":"smallint"}', 'adg.column.EPISTAT': '{"kind":"categorical","type":"string"}', 'adg.column.EPITYPE': '{"kind":"categorical","type":"string"}', 'adg.column.EPIDUR': '{"kind":"discrete","type":"int"}', 'adg.column.DISDATE': '{"kind":"date","type":"date"}', 'adg.column.DISDEST': '{"kind":"categorical","type":"string"}', 'adg.column.DISMETH': '{"kind":"categorical","type":"string"}', 'adg.column.SPELDUR': '{"kind":"discrete","type":"int"}', 'adg.column.MYDOB': '{"kind":"date","type":"date","stable":true}', 'adg.column.SEX': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.ETHNOS': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.STARTAGE': '{"kind":"derived","type":"smallint","expression":{"op":"age_years","from":"MYDOB","to":"EPISTART"}}', 'adg.column.MAINSPEF': '{"kind":"categorical","type":"string"}', 'adg.column.TRETSPEF': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_01': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_02': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_03': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_04': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_05': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_06': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_07': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_08': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_09': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_10': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_CONCAT': '{"kind":"derived","type":"string","expression":{"op":"concat","of":["DIAG_4_01","DIAG_4_02","DIAG_4_03","DIAG_4_04","DIAG_4_05","DIAG_4_06","DIAG_4_07","DIAG_4_08","DIAG_4_09","DIAG_4_10"],"separator":","}}', 'adg.column.DIAG_COUNT': '{"kind":"derived","type":"smallint","expression":{"op":"count_not_null","of":["DIAG_4_01","DIAG_4_02","DIAG_4_03","DIAG_4_04","DIAG_4_05","DIAG_4_06","DIAG_4_07","DIAG_4_08","DIAG_4_09","DIAG_4_10"]}}', 'adg.column.OPERTN_4_01': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_02': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_03': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_04': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_05': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_06': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_COUNT': '{"kind":"derived","type":"smallint","expression":{"op":"count_not_null","of":["OPERTN_4_01","OPERTN_4_02","OPERTN_4_03","OPERTN_4_04","OPERTN_4_05","OPERTN_4_06"]}}', 'adg.column.OPDATE_01': '{"kind":"date","type":"date"}', 'adg.column.GPPRAC': '{"kind":"excluded","type":"string","reason":"GP practice codes are too many and too small to publish (all suppressed)"}', 'adg.column.RESLADST': '{"kind":"categorical","type":"string"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "hes_apc"
) TO 'out/hes/apc/artificial_hes_apc.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "hes_apc_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "hes_apc_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table op of dataset "hes" (2/3) ====

-- adg 0.1.0: stage 6 (export) of dataset "hes_op", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Writes the artificial table to out/hes/op/ as parquet and csv.
-- Runs in .adg/hes/output.duckdb; `adg export specs/hes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "hes_op_qa" AS "q" JOIN "hes_op_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/hes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hes.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "hes_op_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/hes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hes.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "hes_op_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "hes_op_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "hes_op_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "hes_op_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "hes_op"
) TO 'out/hes/op/artificial_hes_op.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'hes_op', 'adg.spec_hash': '3ebc6fe4c8197af0ae7c3752acca13f09c2167ce1061972aefe6927d587c5a9b', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '2026', 'adg.column.TOKEN_PERSON_ID': '{"kind":"identifier","type":"string","pattern":"ART[0-9A-Z]{10}","per":"entity"}', 'adg.column.ATTENDKEY': '{"kind":"identifier","type":"bigint","pattern":"99999[0-9]{7}","per":"row"}', 'adg.column.FYEAR': '{"kind":"categorical","type":"string"}', 'adg.column.PROCODE3': '{"kind":"categorical","type":"string"}', 'adg.column.PROCODET': '{"kind":"categorical","type":"string"}', 'adg.column.SITETRET': '{"kind":"categorical","type":"string"}', 'adg.column.APPTDATE': '{"kind":"date","type":"date"}', 'adg.column.REQDATE': '{"kind":"date","type":"date"}', 'adg.column.WAITING': '{"kind":"discrete","type":"int"}', 'adg.column.ATTENDED': '{"kind":"categorical","type":"string"}', 'adg.column.FIRSTATT': '{"kind":"categorical","type":"string"}', 'adg.column.OUTCOME': '{"kind":"categorical","type":"string"}', 'adg.column.PRIORITY': '{"kind":"categorical","type":"string"}', 'adg.column.REFSOURC': '{"kind":"categorical","type":"string"}', 'adg.column.SERVTYPE': '{"kind":"categorical","type":"string"}', 'adg.column.STAFFTYP': '{"kind":"categorical","type":"string"}', 'adg.column.TRETSPEF': '{"kind":"categorical","type":"string"}', 'adg.column.MAINSPEF': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_01': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_02': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_03': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_04': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_05': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_4_06': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_01': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_02': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_03': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_04': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_05': '{"kind":"categorical","type":"string"}', 'adg.column.OPERTN_4_06': '{"kind":"categorical","type":"string"}', 'adg.column.APPTAGE': '{"kind":"derived","type":"smallint","expression":{"op":"age_years","from":"MYDOB","to":"APPTDATE"}}', 'adg.column.MYDOB': '{"kind":"date","type":"date","stable":true}', 'adg.column.SEX': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.ETHNOS': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.GPPRAC': '{"kind":"excluded","type":"string","reason":"GP practice codes are too many and too small to publish (all suppressed)"}', 'adg.column.RESLADST': '{"kind":"categorical","type":"string"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "hes_op"
) TO 'out/hes/op/artificial_hes_op.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "hes_op_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "hes_op_fields"
ORDER BY "ordinal" NULLS LAST;

-- ==== table ae of dataset "hes" (3/3) ====

-- adg 0.1.0: stage 6 (export) of dataset "hes_ae", DuckDB dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Writes the artificial table to out/hes/ae/ as parquet and csv.
-- Runs in .adg/hes/output.duckdb; `adg export specs/hes.yaml` runs it with progress and checks.

-- [1/11] Run in the time zone UTC
-- Fixed for every stage, so timestamps with a time zone fall into the same buckets and print the
-- same text on any machine.
SET TimeZone = 'UTC';

-- [2/11] QA must have checked this output
SELECT CASE WHEN NOT (EXISTS (SELECT 1 FROM "hes_ae_qa" AS "q" JOIN "hes_ae_provenance" AS "pv" ON "q"."generated_at" = "pv"."generated_at")) THEN error('specs/hes.yaml: QA has not checked this output (it was generated after the last adg qa). Run adg qa specs/hes.yaml, then export.') END AS "adg_check";

-- [3/11] No blocking QA check may fail
SELECT CASE WHEN EXISTS (SELECT 1 FROM "hes_ae_qa" AS "q" WHERE NOT ("q"."passed")) THEN error('specs/hes.yaml: export refused: blocking QA checks fail on this output. Run adg qa specs/hes.yaml to see them in the report.') END AS "adg_check";

-- [4/11] Provenance for the Parquet metadata: metadata hash
SET VARIABLE "adg_metadata_hash" = (SELECT coalesce(CAST("metadata_hash" AS VARCHAR), '') FROM "hes_ae_provenance");

-- [5/11] Provenance for the Parquet metadata: released at
SET VARIABLE "adg_released_at" = (SELECT coalesce(CAST("released_at" AS VARCHAR), '') FROM "hes_ae_provenance");

-- [6/11] Provenance for the Parquet metadata: reviewer
SET VARIABLE "adg_reviewer" = (SELECT coalesce(CAST("reviewer" AS VARCHAR), '') FROM "hes_ae_provenance");

-- [7/11] Provenance for the Parquet metadata: approver
SET VARIABLE "adg_approver" = (SELECT coalesce(CAST("approver" AS VARCHAR), '') FROM "hes_ae_provenance");

-- [8/11] Write PARQUET
COPY (
  SELECT
    *
  FROM "hes_ae"
) TO 'out/hes/ae/artificial_hes_ae.parquet' (FORMAT parquet, COMPRESSION zstd, KV_METADATA {'disclaimer': 'These data are artificially generated, any resemblance to real patients is coincidental.', 'adg.dataset': 'hes_ae', 'adg.spec_hash': 'cfceba705b88a9e5ef0da2476dad858d97532f7b50227027971c04c625f3d960', 'adg.metadata_hash': getvariable('adg_metadata_hash'), 'adg.released_at': getvariable('adg_released_at'), 'adg.reviewer': getvariable('adg_reviewer'), 'adg.approver': getvariable('adg_approver'), 'adg.seed': '2026', 'adg.column.TOKEN_PERSON_ID': '{"kind":"identifier","type":"string","pattern":"ART[0-9A-Z]{10}","per":"entity"}', 'adg.column.AEKEY': '{"kind":"identifier","type":"bigint","pattern":"99999[0-9]{7}","per":"row"}', 'adg.column.FYEAR': '{"kind":"categorical","type":"string"}', 'adg.column.PROCODE3': '{"kind":"categorical","type":"string"}', 'adg.column.PROCODET': '{"kind":"categorical","type":"string"}', 'adg.column.ARRIVALDATE': '{"kind":"date","type":"date"}', 'adg.column.ARRIVALTIME': '{"kind":"excluded","type":"string","reason":"a minute of arrival singles out attendances; HES publishes it only in hours"}', 'adg.column.ARRIVALAGE': '{"kind":"derived","type":"smallint","expression":{"op":"age_years","from":"MYDOB","to":"ARRIVALDATE"}}', 'adg.column.AEARRIVALMODE': '{"kind":"categorical","type":"string"}', 'adg.column.AEATTENDCAT': '{"kind":"categorical","type":"string"}', 'adg.column.AEATTENDDISP': '{"kind":"categorical","type":"string"}', 'adg.column.AEDEPTTYPE': '{"kind":"categorical","type":"string"}', 'adg.column.AEINCLOCTYPE': '{"kind":"categorical","type":"string"}', 'adg.column.AEPATGROUP': '{"kind":"categorical","type":"string"}', 'adg.column.AEREFSOURCE': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_01': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_02': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_03': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_04': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_05': '{"kind":"categorical","type":"string"}', 'adg.column.DIAG_06': '{"kind":"categorical","type":"string"}', 'adg.column.INVEST_01': '{"kind":"categorical","type":"string"}', 'adg.column.INVEST_02': '{"kind":"categorical","type":"string"}', 'adg.column.INVEST_03': '{"kind":"categorical","type":"string"}', 'adg.column.INVEST_04': '{"kind":"categorical","type":"string"}', 'adg.column.INVEST_05': '{"kind":"categorical","type":"string"}', 'adg.column.INVEST_06': '{"kind":"categorical","type":"string"}', 'adg.column.TREAT_01': '{"kind":"categorical","type":"string"}', 'adg.column.TREAT_02': '{"kind":"categorical","type":"string"}', 'adg.column.TREAT_03': '{"kind":"categorical","type":"string"}', 'adg.column.TREAT_04': '{"kind":"categorical","type":"string"}', 'adg.column.TREAT_05': '{"kind":"categorical","type":"string"}', 'adg.column.TREAT_06': '{"kind":"categorical","type":"string"}', 'adg.column.INITDUR': '{"kind":"discrete","type":"int"}', 'adg.column.TRETDUR': '{"kind":"discrete","type":"int"}', 'adg.column.CONCLDUR': '{"kind":"discrete","type":"int"}', 'adg.column.DEPDUR': '{"kind":"discrete","type":"int"}', 'adg.column.MYDOB': '{"kind":"date","type":"date","stable":true}', 'adg.column.SEX': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.ETHNOS': '{"kind":"categorical","type":"string","stable":true}', 'adg.column.GPPRAC': '{"kind":"excluded","type":"string","reason":"GP practice codes are too many and too small to publish (all suppressed)"}', 'adg.column.RESLADST': '{"kind":"categorical","type":"string"}', 'adg.tool_version': '0.1.0'});

-- [9/11] Write CSV
COPY (
  SELECT
    *
  FROM "hes_ae"
) TO 'out/hes/ae/artificial_hes_ae.csv' (FORMAT csv, HEADER true);

-- [10/11] Provenance for the README beside the files
SELECT
  *
FROM "hes_ae_provenance";

-- [11/11] What each field kept and lost, for the README
SELECT
  *
FROM "hes_ae_fields"
ORDER BY "ordinal" NULLS LAST;
