// What differs between engines on the dbt side (the SQL differs only through the Dialect): the adapter
// to install, the profile a project expects, where the source table is by default, and how a source
// file the engine reads in place is declared. One entry per dialect, like dialects/engines.ts.
import { DEFAULT_SCHEMAS } from '../plan/paths.js';
import type { Dialect, DialectName } from '../../dialects/dialect.js';

export interface DbtAdapter {
  /** The pip requirement of the adapter (beside dbt-core 1.11). */
  readonly install: string;
  /** Schema the source table is in unless the var adg_source_schema says otherwise: where `adg load` puts it. */
  readonly sourceSchema: string;
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

export const DBT_ADAPTERS: Readonly<Record<DialectName, DbtAdapter>> = {
  duckdb: {
    install: 'dbt-duckdb==1.11.1',
    sourceSchema: 'main',
    replaces: 'built under a temporary name and swapped in by rename, in one transaction',
    // dbt-duckdb's external source: source() renders as the reader itself (read through str.format, hence the doubled braces).
    fileSource: (reader) => ({ meta: { external_location: reader.replaceAll('{', '{{').replaceAll('}', '}}') } }),
    profile: `type: duckdb
path: "{{ env_var('ADG_DUCKDB_PATH', 'adg.duckdb') }}"
threads: 1
config_options:
  # A file adg's embedded DuckDB can read too (newer DuckDB writes a newer storage format by default).
  storage_compatibility_version: v1.0.0`,
  },
  postgres: {
    install: 'dbt-postgres==1.11.0',
    sourceSchema: DEFAULT_SCHEMAS.postgres.source,
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
