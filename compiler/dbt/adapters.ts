// What differs between engines on the dbt side (the SQL differs only through the Dialect): the adapter
// to install, the profile a project expects, where the source table and the released scope are by
// default, where each stage's models go, and how a source file the engine reads in place is declared.
// One entry per dialect, like dialects/engines.ts.
import { RELEASED_CATALOG } from '../plan/names.js';
import { DEFAULT_SCHEMAS } from '../plan/paths.js';
import type { Dialect, DialectName } from '../../dialects/dialect.js';
import type { DbtStage } from './plan.js';

export interface DbtAdapter {
  /** The pip requirement of the adapter (beside dbt-core 1.11). */
  readonly install: string;
  /** Schema the source table is in unless the var adg_source_schema says otherwise: where `adg load` puts it. */
  readonly sourceSchema: string;
  /** The released scope as the generate models read it: the default of the var adg_released_schema, in a database the profile attaches (DuckDB: adg's released file). */
  readonly released: { readonly schema: string; readonly database?: string };
  /** Each stage's custom schema (dbt's <target schema>_<name>); none: the profile's own schema. */
  readonly stageSchemas: Readonly<Record<DbtStage, string | undefined>>;
  /** The flags that point `adg review` and `adg release` at this project's metadata and released scope (for the README). */
  readonly adgFlags: string;
  /** Where the released scope lives and how adg reaches dbt's metadata (for the README). */
  readonly releasedScope: string;
  /** How a source file the engine reads in place is declared in sources.yml, from the reader the dialect prints. */
  readonly fileSource?: (reader: string) => Record<string, unknown>;
  /** How dbt's table materialisation replaces a table on this engine (for the README). */
  readonly replaces: string;
  /** What a user of this adapter should know that the others need not (for the README). */
  readonly caveat?: string;
  /** The output of profiles.example.yml: every secret and machine path through env_var(). */
  readonly profile: string;
}

export const profileName = (dialect: DialectName) => `adg_${dialect}`;

/** Stage schemas beside the profile's: <schema>_metadata, <schema>_output. */
const WAREHOUSE_SCHEMAS = { scrape: 'metadata', generate: 'output' } as const;
const WAREHOUSE_RELEASED =
  "The released scope is a schema of the same database (the same catalog on Spark), named by the var `adg_released_schema`. An administrator creates it, with grants that let the role of `adg release` write it and dbt's role only read it: `adg release` refuses a schema that does not exist. `adg review` and `adg release` run with a target of `adg.config.yaml` on that database whose `metadata_schema` is dbt's metadata schema (`<target schema>_metadata`) and whose `released_schema` is the schema the var names.";

export const DBT_ADAPTERS: Readonly<Record<DialectName, DbtAdapter>> = {
  duckdb: {
    install: 'dbt-duckdb==1.11.1',
    sourceSchema: 'main',
    // adg's DuckDB scopes are files: it reads the metadata from the main schema of dbt's file, and
    // release writes the released scope as a file of its own, which the profile attaches.
    released: { schema: 'main', database: RELEASED_CATALOG },
    stageSchemas: { scrape: undefined, generate: 'output' },
    adgFlags: '--metadata-db "$ADG_DUCKDB_PATH" --released-db "$ADG_RELEASED_DB"',
    releasedScope:
      "adg's DuckDB scopes are database files, and adg reads a metadata file's `main` schema: the scrape model is therefore built in the profile's own schema (keep it `main`), and `adg review` and `adg release` are given dbt's file as their `--metadata-db` (absolute paths: adg and dbt run from different directories). `adg release` writes the released scope into a file of its own, its `--released-db`, which the profile attaches as `adg_released` from `ADG_RELEASED_DB` (read-write only because DuckDB cannot attach a missing file read-only and the scrape runs before the first release; no model writes to it).",
    replaces: 'built under a temporary name and swapped in by rename, in one transaction',
    // dbt-duckdb's external source: source() renders as the reader itself (read through str.format, hence the doubled braces).
    fileSource: (reader) => ({ meta: { external_location: reader.replaceAll('{', '{{').replaceAll('}', '}}') } }),
    profile: `type: duckdb
path: "{{ env_var('ADG_DUCKDB_PATH', 'adg.duckdb') }}"
threads: 1
config_options:
  # A file adg's embedded DuckDB can read too (newer DuckDB writes a newer storage format by default).
  storage_compatibility_version: v1.0.0
# The released scope: the file adg release writes (its --released-db), read by the generate models.
# Not read_only: DuckDB cannot attach a missing file read-only, and scrape runs before the first
# release; no model writes to it.
attach:
  - path: "{{ env_var('ADG_RELEASED_DB') }}"
    alias: ${RELEASED_CATALOG}`,
  },
  postgres: {
    install: 'dbt-postgres==1.11.0',
    sourceSchema: DEFAULT_SCHEMAS.postgres.source,
    released: { schema: DEFAULT_SCHEMAS.postgres.released },
    stageSchemas: WAREHOUSE_SCHEMAS,
    adgFlags: '--target <your target>',
    releasedScope: WAREHOUSE_RELEASED,
    replaces: 'built under a temporary name and swapped in by rename, in one transaction',
    profile: `type: postgres
host: "{{ env_var('ADG_PG_HOST', 'localhost') }}"
port: "{{ env_var('ADG_PG_PORT', '5432') | as_number }}"
user: "{{ env_var('ADG_PG_USER') }}"
password: "{{ env_var('ADG_PG_PASSWORD') }}"
dbname: "{{ env_var('ADG_PG_DATABASE') }}"
schema: "{{ env_var('ADG_PG_SCHEMA', 'analytics') }}"
threads: 1`,
  },
  spark: {
    install: 'dbt-spark[session]==1.11.0',
    sourceSchema: DEFAULT_SCHEMAS.spark.source,
    released: { schema: DEFAULT_SCHEMAS.spark.released },
    stageSchemas: WAREHOUSE_SCHEMAS,
    adgFlags: '--target <your target>',
    releasedScope: WAREHOUSE_RELEASED,
    replaces: '`CREATE OR REPLACE TABLE ... USING delta`: one new Delta version, written whole or not at all',
    caveat:
      'dbt-spark 1.11 sets `spark.sql.ansi.enabled` to false before every statement, whatever the profile says, and adg writes its Spark SQL for ANSI mode. The tables come out the same (adg\'s tests compare them with adg\'s own run), but a value that ANSI mode would stop at with an error (an overflow, a text that is no number) becomes NULL instead.',
    profile: `# A local Spark session with Delta Lake (pyspark 3.5 and delta-spark 3.3 in the same Python).
# On Databricks use dbt-databricks instead, with token: "{{ env_var('DATABRICKS_TOKEN') }}".
type: spark
method: session
host: NA
schema: "{{ env_var('ADG_SPARK_SCHEMA', 'analytics') }}"
threads: 1
server_side_parameters:
  spark.master: "local[2]"
  spark.jars.packages: "io.delta:delta-spark_2.12:3.3.3"
  spark.sql.extensions: "io.delta.sql.DeltaSparkSessionExtension"
  spark.sql.catalog.spark_catalog: "org.apache.spark.sql.delta.catalog.DeltaCatalog"
  # No spark.sql.ansi.enabled: dbt-spark sets it to false before every statement (see README.md).
  spark.sql.session.timeZone: "UTC"
  # Scratch tables (CREATE TABLE without USING) as Parquet, not Hive text tables (Spark 4's default).
  spark.sql.legacy.createHiveTableByDefault: "false"
  spark.sql.warehouse.dir: "{{ env_var('ADG_SPARK_WAREHOUSE') }}"
  # The metastore adg's own Spark target keeps in its warehouse directory, so that dbt sees adg load's table.
  spark.hadoop.javax.jdo.option.ConnectionURL: "jdbc:derby:;databaseName={{ env_var('ADG_SPARK_WAREHOUSE') }}/metastore_db;create=true"
  spark.driver.extraJavaOptions: "-Dderby.system.home={{ env_var('ADG_SPARK_WAREHOUSE') }} -Duser.timezone=UTC"`,
  },
};

/** The schema a stage's models land in, for a profile whose schema is targetSchema. */
export function stageSchema(dialect: DialectName, stage: DbtStage, targetSchema: string): string {
  const custom = DBT_ADAPTERS[dialect].stageSchemas[stage];
  return custom === undefined ? targetSchema : `${targetSchema}_${custom}`;
}

/**
 * Model configs that make dbt write tables as adg does: the table format and properties of the
 * dialect's storage clause (Spark: USING DELTA with column mapping, which names with spaces need).
 */
export function storageConfig(dialect: Dialect): Record<string, unknown> {
  const format = /\bUSING\s+(\w+)/i.exec(dialect.storageClause)?.[1];
  const properties = [...dialect.storageClause.matchAll(/'([^']*)'\s*=\s*'([^']*)'/g)].map((m) => [m[1]!, m[2]!] as const);
  return {
    ...(format ? { '+file_format': format.toLowerCase() } : {}),
    ...(properties.length ? { '+tblproperties': Object.fromEntries(properties) } : {}),
  };
}
