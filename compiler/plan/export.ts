// Export: the artificial table -> Parquet and CSV files, written by the engine itself. Every file
// carries the disclaimer and its provenance (Parquet key-value metadata; the CSV via the README the
// runner writes beside it).
import { cast, col, column, fn, from, scalar, select, star, text, type Expr, type Section } from '../ir.js';
import type { GenerationView } from './generate.js';
import { tablesOf } from './names.js';
import { qaGate } from './qa.js';
import type { StagePlaces } from './paths.js';
import { columnOf, type OutputColumn } from '../spec/model.js';

export type ExportFormat = 'parquet' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['parquet', 'csv'];
/** What the files record of where the rows came from: the released metadata and who signed it off. */
export const RECORDED = ['metadata_hash', 'released_at', 'reviewer', 'approver'] as const;
export type Recorded = Readonly<Record<(typeof RECORDED)[number], string>>;
const variableOf = (name: string) => `adg_${name}`;

/** File names say what the data is: artificial_<dataset>.parquet. */
export function exportFileName(dataset: string, format: ExportFormat): string {
  return `artificial_${dataset}.${format}`;
}

/** Where the client-side export stages the rows it streams from an engine that writes no files. */
export const STREAMED_ROWS_FILE = 'rows.csv';

export function exportSections(
  view: GenerationView,
  places: StagePlaces,
  toolVersion: string,
  formats: readonly ExportFormat[] = EXPORT_FORMATS,
  through: 'engine' | 'client' = 'engine',
  /** The provenance, when the client writes the files from rows another engine streamed (else read from the provenance table). */
  recorded?: Recorded,
): Section[] {
  const t = tablesOf(view.dataset, places);
  const rows = select([column(star)], { from: from(t.output) });
  const gate = recorded === undefined ? qaGate(view, places) : [];
  const results: Section[] = [
    {
      title: 'Provenance for the README beside the files',
      statement: { k: 'result', name: 'provenance', query: select([column(star)], { from: from(t.provenance) }) },
    },
    {
      title: 'What each field kept and lost, for the README',
      statement: { k: 'result', name: 'fields', query: select([column(star)], { from: from(t.fieldSummary), orderBy: [{ expr: col('ordinal') }] }) },
    },
  ];
  if (through === 'client') {
    // The engine writes no files the client can reach: the rows (artificial only) stream to the
    // client, which writes the same Parquet and CSV files as DuckDB does (runner/export.ts).
    return [
      ...gate,
      {
        title: 'Stream the artificial rows to the client, which writes the files',
        statement: { k: 'copy', query: rows, path: `${places.exportDir}/${STREAMED_ROWS_FILE}`, format: 'csv' },
      },
      ...results,
    ];
  }
  const kv: (readonly [string, Expr])[] = [
    ['disclaimer', text(view.disclaimer)],
    ['adg.dataset', text(view.dataset)],
    ['adg.spec_hash', text(view.hash)],
    ...RECORDED.map((name): readonly [string, Expr] => [`adg.${name}`, recorded !== undefined ? text(recorded[name]) : fn('variable', text(variableOf(name)))]),
    ['adg.seed', text(String(view.generation.seed))],
    // Per column: how it was made (kind, type, description), so a reader of the file alone knows.
    ...view.columns.map((c): readonly [string, Expr] => {
      return [`adg.column.${columnOf(c).name}`, text(JSON.stringify(columnAbout(c)))];
    }),
    ['adg.tool_version', text(toolVersion)],
  ];
  if (recorded !== undefined) {
    // Files only: the provenance and field summary were read from the engine that generated the rows.
    return formats.map(
      (format): Section => ({
        title: `Write ${format.toUpperCase()}`,
        statement: {
          k: 'copy',
          query: rows,
          path: `${places.exportDir}/${exportFileName(view.dataset, format)}`,
          format,
          ...(format === 'parquet' ? { metadata: kv } : {}),
        },
      }),
    );
  }
  return [
    ...gate,
    ...RECORDED.map(
      (name): Section => ({
        title: `Provenance for the Parquet metadata: ${name.replaceAll('_', ' ')}`,
        statement: { k: 'setVariable', name: variableOf(name), value: scalar(select([column(fn('coalesce', cast(col(name), 'text'), text('')))], { from: from(t.provenance) })) },
      }),
    ),
    ...formats.map(
      (format): Section => ({
        title: `Write ${format.toUpperCase()}`,
        statement: {
          k: 'copy',
          query: rows,
          path: `${places.exportDir}/${exportFileName(view.dataset, format)}`,
          format,
          ...(format === 'parquet' ? { metadata: kv } : {}),
        },
      }),
    ),
    ...results,
  ];
}

/** How a column was made, as the file's key-value metadata says it. */
function columnAbout(c: OutputColumn): object {
  const { type } = columnOf(c);
  const described = (d?: string) => (d ? { description: d } : {});
  if ('generated' in c) return { kind: c.generated.kind, type, ...(c.generated.stable ? { stable: true } : {}), ...described(c.generated.description) };
  if ('excluded' in c) return { kind: 'excluded', type, ...(c.excluded.reason ? { reason: c.excluded.reason } : {}), ...described(c.excluded.description) };
  if ('identifier' in c) return { kind: 'identifier', type, pattern: c.identifier.pattern.source, per: c.identifier.per, ...described(c.identifier.description) };
  if ('reference' in c) return { kind: 'reference', type, table: c.reference.table, field: c.reference.field, ...described(c.reference.description) };
  return { kind: 'derived', type, expression: c.derived.expression, ...described(c.derived.description) };
}
