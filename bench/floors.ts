// The floors: the plainest SQL that does the same bulk work as an adg stage, and nothing else.
// adg is reported as a ratio to these, measured in the same run on the same machine.
import type { SqlType } from '../compiler/ir.js';
import { columnOf, type Field, type Spec } from '../compiler/spec/model.js';
import { sqlType } from '../compiler/spec/types.js';
import type { Dialect } from '../dialects/dialect.js';
import { duckdb } from '../dialects/duckdb/index.js';

const q = duckdb.quoteIdent;

/** The key adg counts a field by; mirrors keyExpr in compiler/plan/scrape.ts. */
function groupKey(f: Field, d: Dialect): string {
  const c = d.quoteIdent(f.name);
  switch (f.kind) {
    case 'categorical':
      return c;
    case 'discrete':
      return `CAST(${c} AS ${d.typeName('bigint')})`;
    case 'continuous':
      return `CAST(${c} AS ${d.typeName('double')})`;
    case 'date':
      if (f.format) throw new Error(`floor for text dates (field "${f.name}") is not implemented`);
      return d.dateTrunc(f.granularity ?? 'day', c, f.type === 'date' ? 'date' : 'timestamp');
  }
}

/** Scrape floor: one frequency table per field, UNION ALL, no suppression, no bins (any engine). */
export function scrapeFloorSql(spec: Spec, source: string, d: Dialect = duckdb, table = 'freq'): string {
  const perField = spec.fields.map((f) => {
    const key = groupKey(f, d);
    return `SELECT ${d.quoteString(f.name)} AS field, CAST(${key} AS ${d.typeName('text')}) AS value, count(*) AS n FROM ${source} GROUP BY ${key}`;
  });
  return `CREATE TABLE ${table}${d.storageClause ? ` ${d.storageClause}` : ''} AS\n${perField.join('\nUNION ALL\n')}`;
}

/** The row numbers the generate floor reads: materialised (untimed), so DuckDB scans them on every core. */
export const FLOOR_ROWS_TABLE = 'adg_floor_rows';
export const floorRowsSql = (rows: number) => `CREATE TABLE ${FLOOR_ROWS_TABLE} AS SELECT i FROM range(${rows}) r(i)`;

/**
 * One cell of the generate floor: a value of the column's output type derived from one hash of the row
 * number (DuckDB's built-in hash, as cheap as hashing gets), with as many distinct values as the field
 * published (text columns as digits of the hash, the plainest text SQL writes).
 */
function floorCell(type: SqlType, column: number, cardinality: number): string {
  const h = `hash(i, ${column})`;
  const pick = `CAST(${h} % ${Math.max(1, cardinality)} AS BIGINT)`;
  const typeName = duckdb.typeName(type);
  if (type === 'text') return `CAST(${pick} AS VARCHAR)`;
  if (type === 'boolean') return `${pick} % 2 = 0`;
  if (type === 'date') return `DATE '2000-01-01' + CAST(${pick} AS INTEGER)`;
  if (type === 'timestamp' || type === 'timestamptz') return `CAST(TIMESTAMP '2000-01-01' + to_seconds(${h} % 300000000) AS ${typeName})`;
  if (type === 'double' || type === 'float' || type.startsWith('decimal')) return `CAST(CAST(${h} % 100000000 AS DOUBLE) / 100 AS ${typeName})`;
  return `CAST(${pick} AS ${typeName})`;
}

/** The column type adg generates a field as. */
export function outputType(f: Field): string {
  return duckdb.typeName(sqlType(f.type));
}

export const GENERATE_FLOOR_TABLE = 't';

/**
 * Generate floor: the output's columns, in order and of the same types (excluded ones as NULLs), each
 * cell from one hash of its row number, read from a materialised row table.
 */
export function generateFloorSql(spec: Spec, cardinality: (field: string) => number): string {
  const columns = spec.columns.map((c, j) =>
    'generated' in c
      ? `${floorCell(sqlType(c.generated.type), j, cardinality(c.generated.name))} AS ${q(c.generated.name)}`
      : `CAST(NULL AS ${duckdb.typeName(sqlType(columnOf(c).type))}) AS ${q(columnOf(c).name)}`,
  );
  return `CREATE TABLE ${GENERATE_FLOOR_TABLE} AS SELECT\n  ${columns.join(',\n  ')}\nFROM ${FLOOR_ROWS_TABLE}`;
}
