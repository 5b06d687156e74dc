// `adg init`: a starter spec from the catalog (names, types) and a few in-warehouse counts (rows, non-null
// values, approximate distinct values, average text length, distinct date buckets). No value of any
// record is read or written: the spec says why each field got its kind in words and rounded counts.
import { Document, isMap, isPair, isScalar, type Pair, type Scalar } from 'yaml';
import { AdgError } from '../compiler/errors.js';
import { Printer } from '../compiler/print.js';
import { approxDistinct, agg, cast, col, column, count, fn, select, type Expr, type SelectColumn, type TimeUnit } from '../compiler/ir.js';
import { sourceFrom } from '../compiler/plan/common.js';
import { PRESETS, DEFAULT_PRESET } from '../compiler/spec/presets.js';
import type { Source } from '../compiler/spec/model.js';
import type { Dialect, TypeFamily } from '../dialects/dialect.js';
import { sourceColumns, type SourceColumn } from './catalog.js';
import { DuckDBSession } from './duckdb.js';

export interface ColumnStats {
  readonly name: string;
  readonly type: string;
  readonly family: TypeFamily;
  readonly rows: number;
  readonly nonNull: number;
  readonly distinct: number;
  readonly avgLength?: number;
  /** Approximate distinct buckets per date granularity. */
  readonly buckets?: Partial<Record<TimeUnit, number>>;
}

export interface Proposal {
  readonly kind: 'categorical' | 'discrete' | 'date' | 'continuous' | 'excluded';
  readonly options: Record<string, string | number>;
  readonly why: string;
}

const DATE_UNITS: TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

/** About n, to two significant figures: enough to judge a kind, no exact counts in the spec. */
export function about(n: number): string {
  if (n < 100) return String(Math.round(n));
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return (Math.round(n / magnitude) * magnitude).toLocaleString('en-US');
}

/** The kind a column should have, with the reason in words. */
export function propose(c: ColumnStats, threshold: number): Proposal {
  const ratio = c.nonNull ? c.distinct / c.nonNull : 0;
  if (c.nonNull === 0) return { kind: 'categorical', options: {}, why: 'every value is NULL' };
  if (c.family === 'other') return { kind: 'excluded', options: { reason: `type ${c.type} is not supported` }, why: `unsupported type ${c.type}` };
  // Text that is nearly all distinct is an identifier or free text; an integer only if its name says id.
  const nearlyAllDistinct = c.nonNull >= 20 && ratio >= 0.9;
  const idName = /(^|[^a-z])(id|key|number|no|nr|ref|code|uuid|guid)$|_id$|^id/i.test(c.name.trim());
  if (nearlyAllDistinct && (c.family === 'text' || (c.family === 'integer' && idName))) {
    return { kind: 'excluded', options: { reason: 'identifier-like: nearly every value is distinct' }, why: 'nearly every value is distinct' };
  }
  if (c.family === 'text' && (c.avgLength ?? 0) >= 40) {
    return { kind: 'excluded', options: { reason: 'free text: long values that may hold anything' }, why: `values average about ${about(c.avgLength ?? 0)} characters` };
  }
  const values = `about ${about(c.distinct)} distinct values`;
  switch (c.family) {
    case 'boolean':
      return { kind: 'categorical', options: { type: 'boolean' }, why: 'true/false' };
    case 'text':
      return { kind: 'categorical', options: {}, why: `${values}${ratio > 0.5 ? '; most will be suppressed, consider excluded' : ''}` };
    case 'integer':
      return c.distinct <= 1000 && ratio < 0.05
        ? { kind: 'discrete', options: {}, why: values }
        : { kind: 'continuous', options: { type: 'integer' }, why: `${values}: published as percentile bins` };
    case 'number':
      return c.distinct <= 20
        ? { kind: 'categorical', options: { type: 'double' }, why: values }
        : { kind: 'continuous', options: {}, why: `${values}: published as percentile bins` };
    case 'date':
    case 'timestamp': {
      // The finest granularity whose average bucket clears the threshold twice over.
      const units = DATE_UNITS.filter((u) => c.family === 'timestamp' || !['minute', 'hour'].includes(u));
      const granularity = units.find((u) => (c.buckets?.[u] ?? Infinity) > 0 && c.nonNull / (c.buckets?.[u] ?? Infinity) >= 2 * threshold) ?? 'year';
      const options: Record<string, string> = { granularity };
      if (c.family === 'timestamp') Object.assign(options, { type: 'timestamp', resolution: 'minute' });
      return { kind: 'date', options, why: `about ${about(c.nonNull / (c.buckets?.[granularity as TimeUnit] ?? 1))} values per ${granularity} on average` };
    }
  }
}

/** Reads the catalog and the counts, in one pass over the source. */
export async function columnStats(source: Source, dialect: Dialect, sourceDb: string): Promise<ColumnStats[]> {
  const session = await DuckDBSession.open(':memory:');
  try {
    const columns = await sourceColumns(session, { source, sourceLocation: {} }, dialect, sourceDb);
    const items: SelectColumn[] = [column(count(), 'rows')];
    const families = columns.map((c) => dialect.typeFamily(c.type));
    columns.forEach((c, j) => items.push(...statColumns(c, j, families[j]!)));
    const query = new Printer(dialect).query(select(items, { from: sourceFrom({ source }) }), '');
    const [row] = await session.query(query);
    if (!row) throw new AdgError('the source returned no statistics');
    const num = (key: string) => Number(row[key] ?? 0);
    return columns.map((c, j) => ({
      name: c.name,
      type: c.type,
      family: families[j]!,
      rows: num('rows'),
      nonNull: num(`n${j}`),
      distinct: num(`d${j}`),
      ...(families[j] === 'text' ? { avgLength: num(`len${j}`) } : {}),
      ...(families[j] === 'date' || families[j] === 'timestamp'
        ? { buckets: Object.fromEntries(DATE_UNITS.map((u) => [u, num(`${u}${j}`)])) }
        : {}),
    }));
  } finally {
    session.close();
  }
}

function statColumns(c: SourceColumn, j: number, family: TypeFamily): SelectColumn[] {
  if (family === 'other') return [column(count(col(c.name)), `n${j}`), column(count(col(c.name)), `d${j}`)];
  const x = col(c.name);
  const cols = [column(count(x), `n${j}`), column(approxDistinct(x), `d${j}`)];
  if (family === 'text') cols.push(column(agg('avg', fn('length', cast(x, 'text'))), `len${j}`));
  if (family === 'date' || family === 'timestamp') {
    for (const unit of DATE_UNITS) {
      const truncated: Expr = { k: 'dateTrunc', unit, arg: x, type: 'timestamp' };
      cols.push(column(approxDistinct(truncated), `${unit}${j}`));
    }
  }
  return cols;
}

/** The starter spec as YAML text, with a comment on every field saying why it got its kind. */
export function renderSpec(dataset: string, source: Source, stats: ColumnStats[], entity?: string): string {
  const threshold = PRESETS[DEFAULT_PRESET].threshold;
  const proposals = stats.map((s) => [s, s.name === entity ? entityProposal() : propose(s, threshold)] as const);
  const fields = Object.fromEntries(
    proposals.map(([s, p]) => [s.name, Object.keys(p.options).length ? { kind: p.kind, ...p.options } : p.kind]),
  );
  const sourceValue =
    source.kind === 'file'
      ? { file: source.path, ...(entity ? { entity } : {}) }
      : { table: source.table, ...(source.schema ? { schema: source.schema } : {}), ...(entity ? { entity } : {}) };
  const doc = new Document({
    version: 1,
    dataset,
    description: `Starter spec proposed by adg init: review every kind before the first scrape.`,
    source: sourceValue,
    suppression: { preset: DEFAULT_PRESET, ...(entity ? { count: 'entities' } : {}) },
    generation: { scale: 1, seed: 1 },
    fields,
  });
  doc.commentBefore = ' yaml-language-server: $schema=../schema/spec.schema.json';
  const fieldMap = doc.get('fields', true);
  if (isMap(fieldMap)) {
    fieldMap.items.forEach((pair, i) => {
      const proposal = proposals[i]?.[1];
      if (!proposal || !isPair(pair)) return;
      const target = (isScalar(pair.value) ? pair.value : pair.key) as Scalar | Pair['key'];
      if (isScalar(target)) target.comment = ` ${proposals[i]![0].type}: ${proposal.why}`;
      else if (isScalar(pair.key)) pair.key.commentBefore = ` ${proposals[i]![0].type}: ${proposal.why}`;
    });
  }
  return doc.toString({ lineWidth: 0 });
}

function entityProposal(): Proposal {
  return { kind: 'excluded', options: { reason: 'entity key: counts are taken per distinct value of it' }, why: 'the entity key' };
}
