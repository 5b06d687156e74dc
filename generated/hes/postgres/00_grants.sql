-- adg 0.1.0: roles and grants of dataset "hes_apc", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 596d835241343c89); do not edit, run `adg compile`.
-- Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the
-- source and writes schema adg_metadata; the releaser (review, release) reads that and writes
-- schema adg_released; the generator (generate, qa, export) reads that and writes schema
-- adg_output. An administrator runs it once, and again after a scope or the source changes: running
-- it again changes nothing.

-- [1/7] Roles adg_scraper, adg_releaser, adg_generator, if missing
-- Run this script as a superuser, or as a role with CREATEROLE that owns the database, the source
-- and these schemas (on PostgreSQL 16 and later, one that made the roles or holds ADMIN OPTION on
-- them): psql "$URL" -v ON_ERROR_STOP=1 -f 00_grants.sql. The roles are NOLOGIN: people and
-- services log in as themselves, and each login is granted the role of the stages it runs (GRANT
-- adg_generator TO some_login;), one role per login, or it could carry data across the boundary.
-- Set `role: adg_generator` in that login's adg target: the session then runs SET ROLE, so what a
-- stage may touch is what the role may, and the tables it makes are owned by the role, which any
-- login of the role can replace on the next run.
DO $adg$
DECLARE
  r TEXT;
BEGIN
  FOREACH r IN ARRAY ARRAY['adg_scraper', 'adg_releaser', 'adg_generator'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object THEN
        NULL; -- made meanwhile by another run of this script
      END;
    END IF;
  END LOOP;
END
$adg$;

-- [2/7] Make the administrator a member of the roles
-- ALTER DEFAULT PRIVILEGES FOR ROLE (below) is allowed only to a member of the role (a superuser
-- counts as one). The administrator could SET ROLE to them anyway, having made them.
GRANT "adg_scraper", "adg_releaser", "adg_generator" TO CURRENT_USER;

-- [3/7] Connect to this database and make TEMP tables
-- Every stage keeps its intermediate rows (raw counts, during a scrape) in TEMP tables, which live
-- only in its session. PUBLIC has both privileges by default; granted to the roles too, so that
-- revoking them from PUBLIC does not stop adg.
DO $adg$
BEGIN
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I', current_database(), 'adg_scraper', 'adg_releaser', 'adg_generator');
END
$adg$;

-- [4/7] Schema adg_metadata: written by adg_scraper (scrape), read by adg_releaser (review, release)
-- It holds the suppressed metadata scrape publishes and its run log (adg_runs). Made here, closed
-- to PUBLIC. The writer may create tables in it and owns the tables it makes (replacing one, by
-- DROP and RENAME, takes its owner: a table another role made here must first be handed over, ALTER
-- TABLE ... OWNER TO adg_scraper). The reader may only read: every table the writer makes from now
-- on (default privileges) and those already there.
CREATE SCHEMA IF NOT EXISTS "adg_metadata";

REVOKE ALL ON SCHEMA "adg_metadata" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_metadata" TO "adg_scraper";

GRANT USAGE ON SCHEMA "adg_metadata" TO "adg_releaser";

ALTER DEFAULT PRIVILEGES FOR ROLE "adg_scraper" IN SCHEMA "adg_metadata" GRANT SELECT ON TABLES TO "adg_releaser";

GRANT SELECT ON ALL TABLES IN SCHEMA "adg_metadata" TO "adg_releaser";

-- [5/7] Schema adg_released: written by adg_releaser (review, release), read by adg_generator (generate, qa, export)
-- It holds the metadata a reviewer and an approver signed off, copied by release, and the releases
-- log (adg_releases). Made here, closed to PUBLIC. The writer may create tables in it and owns the
-- tables it makes (replacing one, by DROP and RENAME, takes its owner: a table another role made
-- here must first be handed over, ALTER TABLE ... OWNER TO adg_releaser). The reader may only read:
-- every table the writer makes from now on (default privileges) and those already there.
CREATE SCHEMA IF NOT EXISTS "adg_released";

REVOKE ALL ON SCHEMA "adg_released" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_released" TO "adg_releaser";

GRANT USAGE ON SCHEMA "adg_released" TO "adg_generator";

ALTER DEFAULT PRIVILEGES FOR ROLE "adg_releaser" IN SCHEMA "adg_released" GRANT SELECT ON TABLES TO "adg_generator";

GRANT SELECT ON ALL TABLES IN SCHEMA "adg_released" TO "adg_generator";

-- [6/7] Schema adg_output: written by adg_generator (generate, qa, export), read by no other role
-- It holds the artificial table, its provenance, field summary and QA verdicts, and the run log
-- (adg_runs); export reads it as the generator. Made here, closed to PUBLIC. The writer may create
-- tables in it and owns the tables it makes (replacing one, by DROP and RENAME, takes its owner: a
-- table another role made here must first be handed over, ALTER TABLE ... OWNER TO adg_generator).
CREATE SCHEMA IF NOT EXISTS "adg_output";

REVOKE ALL ON SCHEMA "adg_output" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_output" TO "adg_generator";

-- [7/7] The source public.hes_apc_source: read by adg_scraper (scrape) only
-- The only grant on the source; for a file source, run adg load first: it makes this table.
-- adg_releaser and adg_generator get nothing here, but whatever PUBLIC may do they may too:
-- has_table_privilege('adg_generator', '<the source>', 'SELECT') must be false.
GRANT USAGE ON SCHEMA "public" TO "adg_scraper";

GRANT SELECT ON TABLE "public"."hes_apc_source" TO "adg_scraper";

-- adg 0.1.0: roles and grants of dataset "hes_op", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 3ebc6fe4c8197af0); do not edit, run `adg compile`.
-- Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the
-- source and writes schema adg_metadata; the releaser (review, release) reads that and writes
-- schema adg_released; the generator (generate, qa, export) reads that and writes schema
-- adg_output. An administrator runs it once, and again after a scope or the source changes: running
-- it again changes nothing.

-- [1/7] Roles adg_scraper, adg_releaser, adg_generator, if missing
-- Run this script as a superuser, or as a role with CREATEROLE that owns the database, the source
-- and these schemas (on PostgreSQL 16 and later, one that made the roles or holds ADMIN OPTION on
-- them): psql "$URL" -v ON_ERROR_STOP=1 -f 00_grants.sql. The roles are NOLOGIN: people and
-- services log in as themselves, and each login is granted the role of the stages it runs (GRANT
-- adg_generator TO some_login;), one role per login, or it could carry data across the boundary.
-- Set `role: adg_generator` in that login's adg target: the session then runs SET ROLE, so what a
-- stage may touch is what the role may, and the tables it makes are owned by the role, which any
-- login of the role can replace on the next run.
DO $adg$
DECLARE
  r TEXT;
BEGIN
  FOREACH r IN ARRAY ARRAY['adg_scraper', 'adg_releaser', 'adg_generator'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object THEN
        NULL; -- made meanwhile by another run of this script
      END;
    END IF;
  END LOOP;
END
$adg$;

-- [2/7] Make the administrator a member of the roles
-- ALTER DEFAULT PRIVILEGES FOR ROLE (below) is allowed only to a member of the role (a superuser
-- counts as one). The administrator could SET ROLE to them anyway, having made them.
GRANT "adg_scraper", "adg_releaser", "adg_generator" TO CURRENT_USER;

-- [3/7] Connect to this database and make TEMP tables
-- Every stage keeps its intermediate rows (raw counts, during a scrape) in TEMP tables, which live
-- only in its session. PUBLIC has both privileges by default; granted to the roles too, so that
-- revoking them from PUBLIC does not stop adg.
DO $adg$
BEGIN
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I', current_database(), 'adg_scraper', 'adg_releaser', 'adg_generator');
END
$adg$;

-- [4/7] Schema adg_metadata: written by adg_scraper (scrape), read by adg_releaser (review, release)
-- It holds the suppressed metadata scrape publishes and its run log (adg_runs). Made here, closed
-- to PUBLIC. The writer may create tables in it and owns the tables it makes (replacing one, by
-- DROP and RENAME, takes its owner: a table another role made here must first be handed over, ALTER
-- TABLE ... OWNER TO adg_scraper). The reader may only read: every table the writer makes from now
-- on (default privileges) and those already there.
CREATE SCHEMA IF NOT EXISTS "adg_metadata";

REVOKE ALL ON SCHEMA "adg_metadata" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_metadata" TO "adg_scraper";

GRANT USAGE ON SCHEMA "adg_metadata" TO "adg_releaser";

ALTER DEFAULT PRIVILEGES FOR ROLE "adg_scraper" IN SCHEMA "adg_metadata" GRANT SELECT ON TABLES TO "adg_releaser";

GRANT SELECT ON ALL TABLES IN SCHEMA "adg_metadata" TO "adg_releaser";

-- [5/7] Schema adg_released: written by adg_releaser (review, release), read by adg_generator (generate, qa, export)
-- It holds the metadata a reviewer and an approver signed off, copied by release, and the releases
-- log (adg_releases). Made here, closed to PUBLIC. The writer may create tables in it and owns the
-- tables it makes (replacing one, by DROP and RENAME, takes its owner: a table another role made
-- here must first be handed over, ALTER TABLE ... OWNER TO adg_releaser). The reader may only read:
-- every table the writer makes from now on (default privileges) and those already there.
CREATE SCHEMA IF NOT EXISTS "adg_released";

REVOKE ALL ON SCHEMA "adg_released" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_released" TO "adg_releaser";

GRANT USAGE ON SCHEMA "adg_released" TO "adg_generator";

ALTER DEFAULT PRIVILEGES FOR ROLE "adg_releaser" IN SCHEMA "adg_released" GRANT SELECT ON TABLES TO "adg_generator";

GRANT SELECT ON ALL TABLES IN SCHEMA "adg_released" TO "adg_generator";

-- [6/7] Schema adg_output: written by adg_generator (generate, qa, export), read by no other role
-- It holds the artificial table, its provenance, field summary and QA verdicts, and the run log
-- (adg_runs); export reads it as the generator. Made here, closed to PUBLIC. The writer may create
-- tables in it and owns the tables it makes (replacing one, by DROP and RENAME, takes its owner: a
-- table another role made here must first be handed over, ALTER TABLE ... OWNER TO adg_generator).
CREATE SCHEMA IF NOT EXISTS "adg_output";

REVOKE ALL ON SCHEMA "adg_output" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_output" TO "adg_generator";

-- [7/7] The source public.hes_op_source: read by adg_scraper (scrape) only
-- The only grant on the source; for a file source, run adg load first: it makes this table.
-- adg_releaser and adg_generator get nothing here, but whatever PUBLIC may do they may too:
-- has_table_privilege('adg_generator', '<the source>', 'SELECT') must be false.
GRANT USAGE ON SCHEMA "public" TO "adg_scraper";

GRANT SELECT ON TABLE "public"."hes_op_source" TO "adg_scraper";

-- adg 0.1.0: roles and grants of dataset "hes_ae", PostgreSQL dialect.
-- Compiled from specs/hes.yaml (spec sha256 cfceba705b88a9e5); do not edit, run `adg compile`.
-- Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the
-- source and writes schema adg_metadata; the releaser (review, release) reads that and writes
-- schema adg_released; the generator (generate, qa, export) reads that and writes schema
-- adg_output. An administrator runs it once, and again after a scope or the source changes: running
-- it again changes nothing.

-- [1/7] Roles adg_scraper, adg_releaser, adg_generator, if missing
-- Run this script as a superuser, or as a role with CREATEROLE that owns the database, the source
-- and these schemas (on PostgreSQL 16 and later, one that made the roles or holds ADMIN OPTION on
-- them): psql "$URL" -v ON_ERROR_STOP=1 -f 00_grants.sql. The roles are NOLOGIN: people and
-- services log in as themselves, and each login is granted the role of the stages it runs (GRANT
-- adg_generator TO some_login;), one role per login, or it could carry data across the boundary.
-- Set `role: adg_generator` in that login's adg target: the session then runs SET ROLE, so what a
-- stage may touch is what the role may, and the tables it makes are owned by the role, which any
-- login of the role can replace on the next run.
DO $adg$
DECLARE
  r TEXT;
BEGIN
  FOREACH r IN ARRAY ARRAY['adg_scraper', 'adg_releaser', 'adg_generator'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object THEN
        NULL; -- made meanwhile by another run of this script
      END;
    END IF;
  END LOOP;
END
$adg$;

-- [2/7] Make the administrator a member of the roles
-- ALTER DEFAULT PRIVILEGES FOR ROLE (below) is allowed only to a member of the role (a superuser
-- counts as one). The administrator could SET ROLE to them anyway, having made them.
GRANT "adg_scraper", "adg_releaser", "adg_generator" TO CURRENT_USER;

-- [3/7] Connect to this database and make TEMP tables
-- Every stage keeps its intermediate rows (raw counts, during a scrape) in TEMP tables, which live
-- only in its session. PUBLIC has both privileges by default; granted to the roles too, so that
-- revoking them from PUBLIC does not stop adg.
DO $adg$
BEGIN
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I', current_database(), 'adg_scraper', 'adg_releaser', 'adg_generator');
END
$adg$;

-- [4/7] Schema adg_metadata: written by adg_scraper (scrape), read by adg_releaser (review, release)
-- It holds the suppressed metadata scrape publishes and its run log (adg_runs). Made here, closed
-- to PUBLIC. The writer may create tables in it and owns the tables it makes (replacing one, by
-- DROP and RENAME, takes its owner: a table another role made here must first be handed over, ALTER
-- TABLE ... OWNER TO adg_scraper). The reader may only read: every table the writer makes from now
-- on (default privileges) and those already there.
CREATE SCHEMA IF NOT EXISTS "adg_metadata";

REVOKE ALL ON SCHEMA "adg_metadata" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_metadata" TO "adg_scraper";

GRANT USAGE ON SCHEMA "adg_metadata" TO "adg_releaser";

ALTER DEFAULT PRIVILEGES FOR ROLE "adg_scraper" IN SCHEMA "adg_metadata" GRANT SELECT ON TABLES TO "adg_releaser";

GRANT SELECT ON ALL TABLES IN SCHEMA "adg_metadata" TO "adg_releaser";

-- [5/7] Schema adg_released: written by adg_releaser (review, release), read by adg_generator (generate, qa, export)
-- It holds the metadata a reviewer and an approver signed off, copied by release, and the releases
-- log (adg_releases). Made here, closed to PUBLIC. The writer may create tables in it and owns the
-- tables it makes (replacing one, by DROP and RENAME, takes its owner: a table another role made
-- here must first be handed over, ALTER TABLE ... OWNER TO adg_releaser). The reader may only read:
-- every table the writer makes from now on (default privileges) and those already there.
CREATE SCHEMA IF NOT EXISTS "adg_released";

REVOKE ALL ON SCHEMA "adg_released" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_released" TO "adg_releaser";

GRANT USAGE ON SCHEMA "adg_released" TO "adg_generator";

ALTER DEFAULT PRIVILEGES FOR ROLE "adg_releaser" IN SCHEMA "adg_released" GRANT SELECT ON TABLES TO "adg_generator";

GRANT SELECT ON ALL TABLES IN SCHEMA "adg_released" TO "adg_generator";

-- [6/7] Schema adg_output: written by adg_generator (generate, qa, export), read by no other role
-- It holds the artificial table, its provenance, field summary and QA verdicts, and the run log
-- (adg_runs); export reads it as the generator. Made here, closed to PUBLIC. The writer may create
-- tables in it and owns the tables it makes (replacing one, by DROP and RENAME, takes its owner: a
-- table another role made here must first be handed over, ALTER TABLE ... OWNER TO adg_generator).
CREATE SCHEMA IF NOT EXISTS "adg_output";

REVOKE ALL ON SCHEMA "adg_output" FROM PUBLIC;

GRANT USAGE, CREATE ON SCHEMA "adg_output" TO "adg_generator";

-- [7/7] The source public.hes_ae_source: read by adg_scraper (scrape) only
-- The only grant on the source; for a file source, run adg load first: it makes this table.
-- adg_releaser and adg_generator get nothing here, but whatever PUBLIC may do they may too:
-- has_table_privilege('adg_generator', '<the source>', 'SELECT') must be false.
GRANT USAGE ON SCHEMA "public" TO "adg_scraper";

GRANT SELECT ON TABLE "public"."hes_ae_source" TO "adg_scraper";
