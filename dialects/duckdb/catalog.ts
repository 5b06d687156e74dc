// DuckDB's catalog: the columns of a source (a file read in place, or a table of the attached source
// database), names and types only, no values.
import { existsSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import { sql } from 'kysely';
import { usageError } from '../../compiler/errors.js';
import type { Spec } from '../../compiler/spec/model.js';
import type { Dialect } from '../dialect.js';
import { SOURCE_CATALOG } from '../../compiler/plan/names.js';
import type { SourceColumn } from '../engine.js';
import type { DuckDBSession } from './session.js';
import { kyselyOn } from '../../runner/kysely.js';

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
