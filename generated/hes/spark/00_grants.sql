-- adg 0.1.0: roles and grants of dataset "hes_apc", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the
-- source and writes schema adg_metadata; the releaser (review, release) reads that and writes
-- schema adg_released; the generator (generate, qa, export) reads that and writes schema
-- adg_output. An administrator runs it once, and again after a scope or the source changes: running
-- it again changes nothing.

-- [1/6] Schemas of the scopes and of scratch tables, if missing
-- Run in the catalog the targets use (USE CATALOG <catalog>), as its owner or a metastore admin,
-- and let each group use that catalog: GRANT USE CATALOG ON CATALOG <catalog> TO `adg-scrapers`,
-- then `adg-releasers`, then `adg-generators` (the catalog is the session's, so it is not named
-- here). Put the identity that runs a stage (a service principal, or a person) in one of these
-- groups only. A table belongs to the principal that made it, and only its owner may replace it:
-- run each stage under one principal, or make the group own the tables (ALTER TABLE ... OWNER TO
-- the group). This file is golden-tested only: a local Spark session has no Unity Catalog.
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

CREATE SCHEMA IF NOT EXISTS `adg_released`;

CREATE SCHEMA IF NOT EXISTS `adg_output`;

CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

-- [2/6] Schema adg_metadata: written by adg-scrapers (scrape), read by adg-releasers (review, release)
-- It holds the suppressed metadata scrape publishes and its run log (adg_runs). The writer may
-- create, replace and append to tables; the reader may only select.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_metadata` TO `adg-scrapers`;

GRANT USE SCHEMA, SELECT ON SCHEMA `adg_metadata` TO `adg-releasers`;

-- [3/6] Schema adg_released: written by adg-releasers (review, release), read by adg-generators (generate, qa, export)
-- It holds the metadata a reviewer and an approver signed off, copied by release, and the releases
-- log (adg_releases). The writer may create, replace and append to tables; the reader may only
-- select.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_released` TO `adg-releasers`;

GRANT USE SCHEMA, SELECT ON SCHEMA `adg_released` TO `adg-generators`;

-- [4/6] Schema adg_output: written by adg-generators (generate, qa, export), read by no other group
-- It holds the artificial table, its provenance, field summary and QA verdicts, and the run log
-- (adg_runs); export reads it as the generator. The writer may create, replace and append to
-- tables.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_output` TO `adg-generators`;

-- [5/6] Schema adg_scratch: each stage's scratch tables
-- Every stage writes its intermediate tables here (raw counts, during a scrape) and drops them when
-- it ends. Each group may create tables, and reads only those it made (an owner holds every
-- privilege on its table): no SELECT or MODIFY on the schema, so no group reads another's.
GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-scrapers`;

GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-releasers`;

GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-generators`;

-- [6/6] The source default.hes_apc_source: read by adg-scrapers (scrape) only
-- The only grant on the source; for a file source, run adg load first: it makes this table.
GRANT USE SCHEMA ON SCHEMA `default` TO `adg-scrapers`;

GRANT SELECT ON TABLE `default`.`hes_apc_source` TO `adg-scrapers`;

-- adg 0.1.0: roles and grants of dataset "hes_op", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the
-- source and writes schema adg_metadata; the releaser (review, release) reads that and writes
-- schema adg_released; the generator (generate, qa, export) reads that and writes schema
-- adg_output. An administrator runs it once, and again after a scope or the source changes: running
-- it again changes nothing.

-- [1/6] Schemas of the scopes and of scratch tables, if missing
-- Run in the catalog the targets use (USE CATALOG <catalog>), as its owner or a metastore admin,
-- and let each group use that catalog: GRANT USE CATALOG ON CATALOG <catalog> TO `adg-scrapers`,
-- then `adg-releasers`, then `adg-generators` (the catalog is the session's, so it is not named
-- here). Put the identity that runs a stage (a service principal, or a person) in one of these
-- groups only. A table belongs to the principal that made it, and only its owner may replace it:
-- run each stage under one principal, or make the group own the tables (ALTER TABLE ... OWNER TO
-- the group). This file is golden-tested only: a local Spark session has no Unity Catalog.
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

CREATE SCHEMA IF NOT EXISTS `adg_released`;

CREATE SCHEMA IF NOT EXISTS `adg_output`;

CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

-- [2/6] Schema adg_metadata: written by adg-scrapers (scrape), read by adg-releasers (review, release)
-- It holds the suppressed metadata scrape publishes and its run log (adg_runs). The writer may
-- create, replace and append to tables; the reader may only select.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_metadata` TO `adg-scrapers`;

GRANT USE SCHEMA, SELECT ON SCHEMA `adg_metadata` TO `adg-releasers`;

-- [3/6] Schema adg_released: written by adg-releasers (review, release), read by adg-generators (generate, qa, export)
-- It holds the metadata a reviewer and an approver signed off, copied by release, and the releases
-- log (adg_releases). The writer may create, replace and append to tables; the reader may only
-- select.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_released` TO `adg-releasers`;

GRANT USE SCHEMA, SELECT ON SCHEMA `adg_released` TO `adg-generators`;

-- [4/6] Schema adg_output: written by adg-generators (generate, qa, export), read by no other group
-- It holds the artificial table, its provenance, field summary and QA verdicts, and the run log
-- (adg_runs); export reads it as the generator. The writer may create, replace and append to
-- tables.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_output` TO `adg-generators`;

-- [5/6] Schema adg_scratch: each stage's scratch tables
-- Every stage writes its intermediate tables here (raw counts, during a scrape) and drops them when
-- it ends. Each group may create tables, and reads only those it made (an owner holds every
-- privilege on its table): no SELECT or MODIFY on the schema, so no group reads another's.
GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-scrapers`;

GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-releasers`;

GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-generators`;

-- [6/6] The source default.hes_op_source: read by adg-scrapers (scrape) only
-- The only grant on the source; for a file source, run adg load first: it makes this table.
GRANT USE SCHEMA ON SCHEMA `default` TO `adg-scrapers`;

GRANT SELECT ON TABLE `default`.`hes_op_source` TO `adg-scrapers`;

-- adg 0.1.0: roles and grants of dataset "hes_ae", Spark SQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the
-- source and writes schema adg_metadata; the releaser (review, release) reads that and writes
-- schema adg_released; the generator (generate, qa, export) reads that and writes schema
-- adg_output. An administrator runs it once, and again after a scope or the source changes: running
-- it again changes nothing.

-- [1/6] Schemas of the scopes and of scratch tables, if missing
-- Run in the catalog the targets use (USE CATALOG <catalog>), as its owner or a metastore admin,
-- and let each group use that catalog: GRANT USE CATALOG ON CATALOG <catalog> TO `adg-scrapers`,
-- then `adg-releasers`, then `adg-generators` (the catalog is the session's, so it is not named
-- here). Put the identity that runs a stage (a service principal, or a person) in one of these
-- groups only. A table belongs to the principal that made it, and only its owner may replace it:
-- run each stage under one principal, or make the group own the tables (ALTER TABLE ... OWNER TO
-- the group). This file is golden-tested only: a local Spark session has no Unity Catalog.
CREATE SCHEMA IF NOT EXISTS `adg_metadata`;

CREATE SCHEMA IF NOT EXISTS `adg_released`;

CREATE SCHEMA IF NOT EXISTS `adg_output`;

CREATE SCHEMA IF NOT EXISTS `adg_scratch`;

-- [2/6] Schema adg_metadata: written by adg-scrapers (scrape), read by adg-releasers (review, release)
-- It holds the suppressed metadata scrape publishes and its run log (adg_runs). The writer may
-- create, replace and append to tables; the reader may only select.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_metadata` TO `adg-scrapers`;

GRANT USE SCHEMA, SELECT ON SCHEMA `adg_metadata` TO `adg-releasers`;

-- [3/6] Schema adg_released: written by adg-releasers (review, release), read by adg-generators (generate, qa, export)
-- It holds the metadata a reviewer and an approver signed off, copied by release, and the releases
-- log (adg_releases). The writer may create, replace and append to tables; the reader may only
-- select.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_released` TO `adg-releasers`;

GRANT USE SCHEMA, SELECT ON SCHEMA `adg_released` TO `adg-generators`;

-- [4/6] Schema adg_output: written by adg-generators (generate, qa, export), read by no other group
-- It holds the artificial table, its provenance, field summary and QA verdicts, and the run log
-- (adg_runs); export reads it as the generator. The writer may create, replace and append to
-- tables.
GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_output` TO `adg-generators`;

-- [5/6] Schema adg_scratch: each stage's scratch tables
-- Every stage writes its intermediate tables here (raw counts, during a scrape) and drops them when
-- it ends. Each group may create tables, and reads only those it made (an owner holds every
-- privilege on its table): no SELECT or MODIFY on the schema, so no group reads another's.
GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-scrapers`;

GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-releasers`;

GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-generators`;

-- [6/6] The source default.hes_ae_source: read by adg-scrapers (scrape) only
-- The only grant on the source; for a file source, run adg load first: it makes this table.
GRANT USE SCHEMA ON SCHEMA `default` TO `adg-scrapers`;

GRANT SELECT ON TABLE `default`.`hes_ae_source` TO `adg-scrapers`;
