// How compiled SQL becomes dbt SQL: the plan is compiled with placeholder schemas for its scopes, and
// every relation it prints in them is swapped for the dbt call that names it: the source and the
// released scope as {{ source(...) }} (dbt only reads them: release is adg's, a person's sign-off),
// the tables the models build as {{ ref(...) }}. Everything else is kept as printed, with Jinja's
// delimiters escaped, since dbt renders every model, hook and test as a Jinja template.
import { Printer } from '../print.js';
import { schemaPlaces, type StagePlaces } from '../plan/paths.js';
import { sourceFrom } from '../plan/common.js';
import { loadedSourceTable, tablesOf } from '../plan/names.js';
import type { Spec } from '../spec/model.js';
import type { Dialect } from '../../dialects/dialect.js';

/** The dbt source group every project declares its source table in. */
export const SOURCE_GROUP = 'adg';

/** The dbt source group of the released scope: what adg release wrote, the generate models' only input. */
export const RELEASED_GROUP = 'adg_released';

/** Scope names that stand for dbt relations while the plan compiles; none may survive templating. */
const PLACEHOLDERS = {
  source: 'adg_dbt_placeholder_source',
  metadata: 'adg_dbt_placeholder_metadata',
  released: 'adg_dbt_placeholder_released',
  output: 'adg_dbt_placeholder_output',
  exportDir: 'adg_dbt_placeholder_export',
};

export function placeholderPlaces(dataset: string): StagePlaces {
  return schemaPlaces(PLACEHOLDERS, dataset);
}

/** The name the project's source table has in sources.yml (its identifier may differ: a spec's own table). */
export const sourceName = (dataset: string) => loadedSourceTable(dataset);

/** A Jinja string literal: '}' is written as an escape, since the lexer ends a block at '}}' even inside a string. */
export function jinjaString(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('}', '\\x7d')}'`;
}

/** Text Jinja renders as itself: every '{' that would open a tag, expression or comment becomes an expression yielding '{'. */
export function escapeJinja(text: string): string {
  return text.replace(/\{(?=[{%#])/g, "{{ '{' }}");
}

/** The dbt call that names a table of a source group. */
export const sourceCall = (group: string, table: string) => `{{ source(${jinjaString(group)}, ${jinjaString(table)}) }}`;

/** Printed relation -> the dbt call that names it, for one spec on one dialect compiled at placeholderPlaces. */
export function relationsOf(spec: Spec, dialect: Dialect): ReadonlyMap<string, string> {
  const places = placeholderPlaces(spec.dataset);
  const printer = new Printer(dialect);
  const relations = new Map<string, string>();
  const source = sourceFrom(spec, places.source, dialect.readsFiles);
  const sourceTable = sourceCall(SOURCE_GROUP, sourceName(spec.dataset));
  if (source.k === 'file') relations.set(dialect.readFile(source.path, source.format, source.header), sourceTable);
  else if (source.k === 'table') relations.set(printer.tableRef(source.table), sourceTable);
  const t = tablesOf(spec.dataset, places);
  for (const table of [t.releasedMetadata, t.releasedLog]) relations.set(printer.tableRef(table), sourceCall(RELEASED_GROUP, table.name));
  for (const table of [t.metadata, t.output, t.provenance, t.fieldSummary]) relations.set(printer.tableRef(table), `{{ ref(${jinjaString(table.name)}) }}`);
  return relations;
}

/** SQL as a dbt template: relations swapped for their dbt calls, the rest escaped. Fails if a placeholder is left. */
export function templated(sql: string, relations: ReadonlyMap<string, string>): string {
  const keys = [...relations.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  let out = '';
  let last = 0;
  for (const m of sql.matchAll(pattern)) {
    // A '{' just before a call would open a block with the call's own braces.
    out += escapeJinja(sql.slice(last, m.index)).replace(/\{$/, "{{ '{' }}") + relations.get(m[0])!;
    last = m.index + m[0].length;
  }
  out += escapeJinja(sql.slice(last));
  const left = Object.values(PLACEHOLDERS).find((p) => out.includes(p));
  // A scope named some other way than as a relation (or a spec that uses the placeholder's name itself).
  if (left) throw new Error(`dbt: the compiled SQL names ${left} other than as a relation adg knows`);
  return out;
}

/** The relations a template names, as dbt calls, in order of first use. */
export function callsIn(template: string): string[] {
  return [...new Set(template.match(/\{\{ (?:source|ref)\([^)]*\) \}\}/g) ?? [])];
}
