// What the source looks like, read from the engine's catalog (names and types only, no values), and
// whether the spec fits it. Problems are reported against the spec's own lines before anything runs.
import { existsSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { sql } from 'kysely';
import { AdgErrors, usageError, type AdgError } from '../compiler/errors.js';
import type { Field, Spec } from '../compiler/spec/model.js';
import { isIntegerType, isNumericType } from '../compiler/spec/types.js';
import type { Dialect, TypeFamily } from '../dialects/dialect.js';
import { SOURCE_CATALOG } from '../compiler/plan/names.js';
import type { DuckDBSession } from './duckdb.js';
import { kyselyOn } from './kysely.js';

export interface SourceColumn {
  readonly name: string;
  readonly type: string;
}

interface InformationSchema {
  'information_schema.columns': {
    table_catalog: string;
    table_schema: string;
    table_name: string;
    column_name: string;
    data_type: string;
    ordinal_position: number;
  };
  'information_schema.tables': { table_catalog: string; table_schema: string; table_name: string };
}

/**
 * Columns of the source in order, read in the given session (a table source's database is attached
 * there read-only). sourceDb is used for table sources; file paths are absolute here.
 */
export async function sourceColumns(
  session: DuckDBSession,
  spec: Pick<Spec, 'source' | 'sourceLocation'>,
  dialect: Dialect,
  sourceDb: string,
): Promise<SourceColumn[]> {
  const src = spec.source;
  if (src.kind === 'file') {
    if (!existsSync(src.path)) {
      throw usageError(`source file not found: ${src.path}`, { ...spec.sourceLocation, path: 'source.file' }, 'paths in a spec are relative to the project root');
    }
    if (src.format === 'csv' && src.header === undefined) await requireTellableHeader(session, src.path, dialect, spec.sourceLocation);
    const rows = await session.query(`DESCRIBE SELECT * FROM ${dialect.readFile(src.path, src.format, src.header)}`);
    return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  }
  if (!existsSync(sourceDb)) {
    throw usageError(`source database not found: ${sourceDb}`, spec.sourceLocation, 'set --source-db or source_db in adg.config.yaml');
  }
  for (const sql of dialect.attach(sourceDb, SOURCE_CATALOG, true)) await session.exec(sql);
  const db = kyselyOn<InformationSchema>(session);
  const schema = src.schema ?? 'main';
  const columns = await db
    .selectFrom('information_schema.columns')
    .select(['column_name', 'data_type'])
    .where('table_catalog', '=', SOURCE_CATALOG)
    .where('table_schema', '=', schema)
    .where('table_name', '=', src.table)
    .orderBy('ordinal_position')
    .execute();
  if (columns.length === 0) {
    const tables = await db
      .selectFrom('information_schema.tables')
      .select(sql<string>`table_schema || '.' || table_name`.as('name'))
      .where('table_catalog', '=', SOURCE_CATALOG)
      .orderBy('name')
      .execute();
    const names = tables.map((t) => t.name);
    const wanted = `${schema}.${src.table}`;
    throw usageError(
      `table ${wanted} not found in the source database ${sourceDb}`,
      { ...spec.sourceLocation, path: 'source.table' },
      names.length ? `did you mean ${closest(wanted, names)}? tables: ${names.slice(0, 20).join(', ')}` : 'the source database has no tables',
    );
  }
  return columns.map((c) => ({ name: c.column_name, type: c.data_type }));
}

/**
 * When every column of a CSV file is text, the engine cannot tell a header from a record: it takes the
 * first line as names, and a record's values would become field names in the spec and the output.
 */
async function requireTellableHeader(session: DuckDBSession, path: string, dialect: Dialect, location: Spec['sourceLocation']): Promise<void> {
  const types = await session.query(`SELECT c.type AS type FROM (SELECT unnest(Columns) AS c FROM sniff_csv(${dialect.quoteString(path)}))`);
  if (types.length > 0 && types.every((t) => dialect.typeFamily(String(t.type)) === 'text')) {
    throw usageError(
      `cannot tell whether the first line of ${path} names the columns: every column is text`,
      { ...location, path: 'source.header' },
      'say which it is: source.header: true or false in the spec (adg init --header or --no-header)',
    );
  }
}

/** Every way the spec does not fit the source, each against the spec line that says it. */
export function checkSpecAgainstSource(spec: Spec, columns: readonly SourceColumn[], dialect: Dialect): void {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const names = columns.map((c) => c.name);
  const problems: AdgError[] = [];
  const missing = (what: string, name: string, location: Field['location']) =>
    problems.push(
      usageError(`${what} "${name}" is not a column of the source`, location, `did you mean "${closest(name, names)}"? columns: ${names.join(', ')}`),
    );
  for (const f of spec.fields) {
    const column = byName.get(f.name);
    if (!column) {
      missing('field', f.name, f.location);
      continue;
    }
    const problem = kindProblem(f, dialect.typeFamily(column.type));
    if (problem) problems.push(usageError(`field "${f.name}" (${dialect.typeLabel(column.type)}) ${problem.message}`, f.location, problem.hint));
  }
  for (const x of spec.excluded) if (!byName.has(x.name)) missing('excluded field', x.name, x.location);
  if (spec.entity && !byName.has(spec.entity)) missing('entity', spec.entity, { ...spec.sourceLocation, path: 'source.entity' });
  if (problems.length) throw new AdgErrors(problems);
}

function kindProblem(f: Field, family: TypeFamily): { message: string; hint: string } | undefined {
  // A nested value's keys and elements are data: as text, a rare key would be published as part of a value.
  if (family === 'nested') return { message: 'is a nested type: its keys and elements are data, which adg does not publish', hint: 'set kind: excluded' };
  const numeric = family === 'integer' || family === 'number';
  const temporal = family === 'date' || family === 'timestamp';
  switch (f.kind) {
    case 'discrete':
    case 'continuous':
      return numeric ? undefined : { message: `cannot be ${f.kind}: it is not numeric`, hint: 'use kind: categorical' };
    case 'date':
      if (f.format) return family === 'text' ? undefined : { message: 'has a format, but is not text', hint: 'drop format: the column is already typed' };
      if (temporal) return undefined;
      return family === 'text'
        ? { message: 'is text, not a date', hint: "add format: with its strptime pattern, e.g. format: '%Y-%m-%d'" }
        : { message: 'is not a date or timestamp', hint: 'use kind: categorical or discrete' };
    case 'categorical': {
      const fits =
        f.type === 'string' ||
        (f.type === 'boolean' && family === 'boolean') ||
        (isIntegerType(f.type) && family === 'integer') ||
        (isNumericType(f.type) && !isIntegerType(f.type) && numeric) ||
        (f.type === 'date' && family === 'date') ||
        ((f.type === 'timestamp' || f.type === 'timestamptz') && temporal);
      return fits ? undefined : { message: `cannot be output as type ${f.type}`, hint: 'remove type (output as string) or pick a type that fits the column' };
    }
  }
}
