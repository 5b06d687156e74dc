// Pieces more than one stage's plan uses.
import { cast, col, column, from, int, nul, select, text, table, type Expr, type From, type Query, type SqlType } from '../ir.js';
import type { Spec } from '../spec/model.js';
import { loadedSourceTable, SOURCE_CATALOG } from './names.js';
import type { Scope } from './paths.js';

/**
 * The source as a FROM item: a file read in place, a table in the attached source database, or a
 * table of the source schema. Where the engine does not read files, a file source is the table
 * `adg load` made of it.
 */
export function sourceFrom(spec: Pick<Spec, 'source' | 'dataset'>, scope: Scope, readsFiles: boolean, as?: string): From {
  const src = spec.source;
  if (src.kind === 'file') {
    if (readsFiles) return { k: 'file', path: src.path, format: src.format, ...(src.header !== undefined ? { header: src.header } : {}), ...(as ? { as } : {}) };
    return from(table(loadedSourceTable(spec.dataset), undefined, scope.kind === 'schema' ? scope.name : undefined), as);
  }
  return from(scope.kind === 'schema' ? table(src.table, undefined, src.schema ?? scope.name) : table(src.table, SOURCE_CATALOG, src.schema), as);
}

export type LiteralValue = string | number | null;

/** A small constant table; the first row carries explicit types so NULLs and numbers type correctly. */
export function literalRows(columns: readonly (readonly [string, SqlType])[], rows: readonly LiteralValue[][]): Query {
  const lit = (v: LiteralValue, type: SqlType, typed: boolean): Expr => {
    if (v === null) return typed ? nul(type) : nul();
    const raw = typeof v === 'number' ? int(v) : text(v);
    return typed && !(typeof v === 'number' && type === 'bigint') && !(typeof v === 'string' && type === 'text') ? cast(raw, type) : raw;
  };
  // No rows: the columns, typed, of a query that returns none.
  if (rows.length === 0) return select(columns.map(([name, type]) => column(nul(type), name)), { where: { k: 'lit', type: 'boolean', value: false } });
  const values = rows.map((row, r) => columns.map(([, type], i) => lit(row[i] ?? null, type, r === 0)));
  return select(
    columns.map(([name]) => column(col(name))),
    { from: { k: 'values', rows: values, columns: columns.map(([name]) => name), as: 'v' } },
  );
}

/** How the source is named in comments and messages. */
export function describeSource(spec: Pick<Spec, 'source'>): string {
  const src = spec.source;
  return src.kind === 'file' ? `${src.format} file ${src.path}` : `table ${[src.schema, src.table].filter(Boolean).join('.')}`;
}
