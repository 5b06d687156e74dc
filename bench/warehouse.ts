// Benchmarks on the warehouse engines (PostgreSQL, Spark): flights' scrape and generate against each
// engine's own floors, measured in the same run: the plainest per-field GROUP BY, and a CREATE TABLE AS
// of as many hashed columns of the output's types from the engine's row generator. Runs in child
// processes like every job (bench/worker.ts); the session is opened before the clock starts, so a
// Spark JVM's start-up is not counted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlType } from '../compiler/ir.js';
import { columnOf, type Spec } from '../compiler/spec/model.js';
import { sqlType } from '../compiler/spec/types.js';
import { PACKAGE_ROOT } from '../compiler/version.js';
import { loadedSourceTable } from '../compiler/plan/names.js';
import { ENGINES } from '../dialects/engines.js';
import { sparkPython } from '../dialects/spark/session.js';
import { scrapeFloorSql } from './floors.js';

export type WarehouseEngine = 'postgres' | 'spark';

const SCHEMAS = { source_schema: 'adg_bench', metadata_schema: 'adg_bench_metadata', released_schema: 'adg_bench_released', output_schema: 'adg_bench_output' };

/** The target settings the benchmark uses, or why the engine cannot be measured here. */
export function benchTarget(engine: WarehouseEngine): { settings: Record<string, unknown> } | { unavailable: string } {
  if (engine === 'postgres') {
    const url = process.env.ADG_PG_URL;
    return url ? { settings: { url, ...SCHEMAS } } : { unavailable: 'ADG_PG_URL is not set (export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1))' };
  }
  if (!existsSync(sparkPython())) return { unavailable: 'no Python environment for Spark (bash .ci/python.sh)' };
  return { settings: { master: 'local[2]', warehouse_dir: join(PACKAGE_ROOT, '.bench', 'spark'), ...SCHEMAS } };
}

/** How each engine spells the few things its generate floor needs (benchmark data, not compiler code). */
const SPELLINGS: Record<WarehouseEngine, { rows: (n: number) => string; hash: (i: string, j: number) => string; days: (x: string) => string; seconds: (x: string) => string }> = {
  postgres: {
    rows: (n) => `SELECT i FROM generate_series(CAST(0 AS BIGINT), ${n - 1}) AS g(i)`,
    hash: (i, j) => `hashint8extended(${i}, ${j})`,
    days: (x) => `DATE '2000-01-01' + CAST(${x} AS INTEGER)`,
    seconds: (x) => `TIMESTAMP '2000-01-01' + make_interval(secs => ${x})`,
  },
  spark: {
    rows: (n) => `SELECT id AS i FROM range(${n})`,
    hash: (i, j) => `xxhash64(${i}, ${j})`,
    days: (x) => `date_add(DATE '2000-01-01', CAST(${x} AS INT))`,
    seconds: (x) => `timestamp_seconds(946684800 + ${x})`,
  },
};

export const FLOOR_ROWS = 'adg_floor_rows';
export const FLOOR_TABLE = 'adg_floor';
export const SCRAPE_FLOOR_TABLE = 'adg_floor_freq';

const qualified = (engine: WarehouseEngine, table: string) => `${ENGINES[engine].dialect.quoteIdent(SCHEMAS.output_schema)}.${ENGINES[engine].dialect.quoteIdent(table)}`;

function floorCell(engine: WarehouseEngine, type: SqlType, column: number, cardinality: number): string {
  const d = ENGINES[engine].dialect;
  const s = SPELLINGS[engine];
  const h = s.hash('i', column);
  const pick = `abs(${h} % ${Math.max(1, cardinality)})`;
  if (type === 'text') return `CAST(${pick} AS ${d.typeName('text')})`;
  if (type === 'boolean') return `${pick} % 2 = 0`;
  if (type === 'date') return s.days(pick);
  if (type === 'timestamp' || type === 'timestamptz') return `CAST(${s.seconds(`abs(${h} % 300000000)`)} AS ${d.typeName(type)})`;
  if (type === 'double' || type === 'float' || type.startsWith('decimal')) return `CAST(CAST(abs(${h} % 100000000) AS ${d.typeName('double')}) / 100 AS ${d.typeName(type)})`;
  return `CAST(${pick} AS ${d.typeName(type)})`;
}

/** Untimed, before a release: release refuses a released schema that does not exist (an administrator's to create). */
export function releaseSetup(engine: WarehouseEngine): string[] {
  return ENGINES[engine].dialect.createSchema(SCHEMAS.released_schema);
}

/** Untimed: the row numbers the generate floor reads, as a table. */
export function floorRowsSetup(engine: WarehouseEngine, rows: number): string[] {
  const d = ENGINES[engine].dialect;
  const t = qualified(engine, FLOOR_ROWS);
  return [...d.createSchema(SCHEMAS.output_schema), `DROP TABLE IF EXISTS ${t}`, `CREATE TABLE ${t}${d.storageClause ? ` ${d.storageClause}` : ''} AS ${SPELLINGS[engine].rows(rows)}`, `DROP TABLE IF EXISTS ${qualified(engine, FLOOR_TABLE)}`];
}

/** Timed: the output's columns, of its types, each from one hash of the row number. */
export function generateFloor(engine: WarehouseEngine, spec: Spec, cardinality: (field: string) => number): string {
  const d = ENGINES[engine].dialect;
  const columns = spec.columns.map((c, j) =>
    'generated' in c
      ? `${floorCell(engine, sqlType(c.generated.type), j, cardinality(c.generated.name))} AS ${d.quoteIdent(c.generated.name)}`
      : `CAST(NULL AS ${d.typeName(sqlType(columnOf(c).type))}) AS ${d.quoteIdent(columnOf(c).name)}`,
  );
  return `CREATE TABLE ${qualified(engine, FLOOR_TABLE)}${d.storageClause ? ` ${d.storageClause}` : ''} AS SELECT\n  ${columns.join(',\n  ')}\nFROM ${qualified(engine, FLOOR_ROWS)}`;
}

/** Timed: the plainest per-field GROUP BY over the loaded source (untimed: dropping the last one). */
export function scrapeFloor(engine: WarehouseEngine, spec: Spec): { setup: string[]; statement: string } {
  const d = ENGINES[engine].dialect;
  const source = `${d.quoteIdent(SCHEMAS.source_schema)}.${d.quoteIdent(loadedSourceTable(spec.dataset))}`;
  return {
    setup: [...d.createSchema(SCHEMAS.output_schema), `DROP TABLE IF EXISTS ${qualified(engine, SCRAPE_FLOOR_TABLE)}`],
    statement: scrapeFloorSql(spec, source, d, qualified(engine, SCRAPE_FLOOR_TABLE)),
  };
}

/** Untimed: published items per field, for the floor's cardinalities. */
export function itemCountsSql(engine: WarehouseEngine, dataset: string): string {
  const d = ENGINES[engine].dialect;
  return `SELECT field, count(*) AS n FROM ${d.quoteIdent(SCHEMAS.metadata_schema)}.${d.quoteIdent(`${dataset}_metadata`)} WHERE stat IN ('value', 'bin', 'null') GROUP BY field`;
}
