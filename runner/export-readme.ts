// README.md beside exported files: what the data is and is not. The disclaimer, the spec's description,
// every column with its kind, type, policy and what suppression took from it (with the caveats a user
// of the data should know), the excluded columns, the suppression rule and the provenance. Markdown,
// so no HTML escaping; every value is escaped for Markdown instead, since names and reasons are free text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { commentText } from '../compiler/print.js';
import { PACKAGE_ROOT } from '../compiler/version.js';
import type { GenerationView } from '../compiler/plan/generate.js';
import type { Field } from '../compiler/spec/model.js';
import { describeDerivation } from '../compiler/spec/structure.js';
import type { Row } from '../dialects/duckdb/session.js';

let readmeTemplate: Handlebars.TemplateDelegate | undefined;

/** Text that stays on its line and in its table cell, shows no markup and cannot reorder what follows. */
export function markdownText(value: string): string {
  return commentText(value).replaceAll('|', '\\|').replaceAll('`', "'").replaceAll('<', '&lt;');
}

function escaped(value: unknown): unknown {
  if (typeof value === 'string') return markdownText(value);
  if (Array.isArray(value)) return value.map(escaped);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escaped(v)]));
  return value;
}

/** The dataset policy as generate recorded it (JSON from the released metadata). */
function policyOf(provenance: Row): Record<string, unknown> | undefined {
  if (typeof provenance.policy !== 'string') return undefined;
  const policy = JSON.parse(provenance.policy) as Record<string, unknown>;
  return { ...policy, counted: policy.count === 'entities' ? 'distinct people' : 'records' };
}

interface Released {
  readonly items: number;
  readonly nonNull: number;
  readonly bins: number;
  readonly suppressedItems: number;
  readonly suppressedRows: string;
}

function releasedOf(row: Row | undefined): Released {
  const lost = row?.suppressed ? (JSON.parse(String(row.suppressed)) as { items: number; rows: string }) : { items: 0, rows: 'none' };
  return { items: Number(row?.items ?? 0), nonNull: Number(row?.non_null_items ?? 0), bins: Number(row?.bins ?? 0), suppressedItems: lost.items, suppressedRows: lost.rows };
}

/** What a user of a column should know before relying on it. */
function caveats(f: Field, r: Released): string[] {
  const out: string[] = [];
  if (r.items === 0) out.push('all NULL: every value was suppressed');
  else if (r.nonNull === 0) out.push('all NULL: every non-NULL value was suppressed');
  else if (r.nonNull === 1 && f.kind !== 'continuous') out.push('constant: only one value passed suppression');
  if (r.suppressedRows !== 'none') out.push(`values holding ${r.suppressedRows} of rows were too rare to publish and never appear`);
  if (f.kind === 'continuous' && r.bins > 0) out.push(`exact values kept: ${r.nonNull - r.bins}; the rest drawn uniformly inside ${r.bins} bins, so extremes are not reproduced`);
  if (f.kind === 'date') out.push(`drawn by ${f.granularity}, placed uniformly inside it`);
  return out;
}

export interface ReadmeInputs {
  readonly view: GenerationView;
  readonly provenance: Row;
  readonly fields: readonly Row[];
  readonly files: readonly { name: string; format: string }[];
}

export function writeReadme(dir: string, { view, provenance, fields, files }: ReadmeInputs): void {
  readmeTemplate ??= Handlebars.compile(readFileSync(join(PACKAGE_ROOT, 'templates', 'export-readme.md.hbs'), 'utf8'), {
    noEscape: true,
    strict: false,
  });
  const released = new Map(fields.map((r) => [String(r.field), r]));
  const columns = view.columns.map((c) => {
    if ('excluded' in c) return { name: c.excluded.name, kind: 'excluded', type: c.excluded.type, description: c.excluded.description ?? '', excluded: true, reason: c.excluded.reason ?? '' };
    if ('identifier' in c) {
      const id = c.identifier;
      return { name: id.name, kind: 'identifier', type: id.type, description: id.description ?? '', made: `synthetic, one per ${id.per}: pattern ${id.pattern.source} (every value starts with ${id.pattern.prefix})` };
    }
    if ('reference' in c) return { name: c.reference.name, kind: 'reference', type: c.reference.type, description: c.reference.description ?? '', made: `a key of ${c.reference.table}.${c.reference.field}: one of the same entity's rows there (NULL when it has none)` };
    if ('derived' in c) return { name: c.derived.name, kind: 'derived', type: c.derived.type, description: c.derived.description ?? '', made: `computed from the row: ${describeDerivation(c.derived.expression)}` };
    const f = c.generated;
    const r = releasedOf(released.get(f.name));
    return {
      name: f.name,
      kind: f.kind,
      type: f.type,
      description: f.description ?? '',
      policy: `${f.policy.threshold} / ${f.policy.roundTo}`,
      published: r.items,
      suppressed: r.suppressedItems,
      caveats: caveats(f, r).join('; '),
    };
  });
  const context = {
    ...provenance,
    description: view.description ?? '',
    policy: policyOf(provenance),
    files,
    columns,
    excluded: columns.filter((c) => c.kind === 'excluded'),
    structure: structureOf(view),
    generated_at: provenance.generated_at ? String(provenance.generated_at) : '',
  };
  writeFileSync(join(dir, 'README.md'), readmeTemplate(escaped(context)));
}

/** The relationships the spec declares, in words: what the reader may rely on across columns and rows. */
function structureOf(view: GenerationView): string[] {
  const lines: string[] = [];
  if (view.generation.per === 'entity') lines.push(`rows come in groups, one per artificial entity (${view.entity}); each group's size was drawn from the published rows per entity`);
  const stable = view.fields.filter((f) => f.stable).map((f) => f.name);
  if (stable.length) lines.push(`stable per entity: ${stable.join(', ')} (one value per entity, differing on about the published share of its rows)`);
  for (const s of view.orderedDates) lines.push(`dates in order in every row: ${s.join(' ≤ ')} (NULLs stay NULL)`);
  for (const d of view.derived) lines.push(`${d.name} = ${describeDerivation(d.expression)}`);
  return lines;
}
