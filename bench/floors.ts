// The floors: the plainest SQL that does the same bulk work as an adg stage, and nothing else.
// adg is reported as a ratio to these, measured in the same run on the same machine.
import type { Field, Spec } from '../compiler/spec/model.js';
import { sqlType } from '../compiler/spec/types.js';
import { duckdb } from '../dialects/duckdb/index.js';

const q = duckdb.quoteIdent;

/** The key adg counts a field by; mirrors keyExpr in compiler/plan/scrape.ts. */
function groupKey(f: Field): string {
  const c = q(f.name);
  switch (f.kind) {
    case 'categorical':
      return c;
    case 'discrete':
      return `CAST(${c} AS BIGINT)`;
    case 'continuous':
      return `CAST(${c} AS DOUBLE)`;
    case 'date':
      if (f.format) throw new Error(`floor for text dates (field "${f.name}") is not implemented`);
      return duckdb.dateTrunc(f.granularity ?? 'day', c, f.type === 'date' ? 'date' : 'timestamp');
  }
}

/** Scrape floor: one frequency table per field, UNION ALL, no suppression, no bins. */
export function scrapeFloorSql(spec: Spec, source: string): string {
  const perField = spec.fields.map((f) => {
    const key = groupKey(f);
    return `SELECT ${duckdb.quoteString(f.name)} AS field, CAST(${key} AS VARCHAR) AS value, count(*) AS n FROM ${source} GROUP BY ${key}`;
  });
  return `CREATE TABLE freq AS\n${perField.join('\nUNION ALL\n')}`;
}

/** One random value per output type, of plausible width (strings of a few characters, dates over years). */
const RANDOM_VALUE: Record<string, string> = {
  TIMESTAMP: `TIMESTAMP '2001-01-01' + to_minutes(CAST(random() * 260000 AS BIGINT))`,
  DATE: `DATE '2015-01-01' + CAST(random() * 3650 AS INTEGER)`,
  BIGINT: 'CAST(random() * 800 AS BIGINT)',
  DOUBLE: 'random() * 1000',
  VARCHAR: 'CAST(CAST(random() * 230 AS INTEGER) AS VARCHAR)',
  BOOLEAN: 'random() < 0.5',
};

/** The column type adg generates a field as. */
export function outputType(f: Field): string {
  return duckdb.typeName(sqlType(f.type));
}

export const GENERATE_FLOOR_TABLE = 't';

/** Generate floor: n rows of independent random columns with adg's output types. */
export function generateFloorSql(spec: Spec, rows: number): string {
  const columns = spec.fields.map((f) => `${RANDOM_VALUE[outputType(f)]} AS ${q(f.name)}`);
  return `CREATE TABLE ${GENERATE_FLOOR_TABLE} AS SELECT\n  ${columns.join(',\n  ')}\nFROM range(${rows})`;
}
