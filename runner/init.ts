// `adg init`: a starter spec from the catalog (names, types) and in-warehouse counts: rows, non-NULL
// values, approximate distinct values, average text length, distinct date buckets, and how many values
// have an identifying shape (NHS number, e-mail, phone, postcode). No value of any record is read or
// written: the spec says why each field got its kind in words and rounded counts.
//
// Safe by default: every column that looks like an identifier (compiler/identifiers.ts) is proposed
// excluded with the reason, a person key is proposed as the entity (so counts are of people), and a
// date of birth is published by year only.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { Document, isMap, isPair, isScalar, type Pair, type Scalar } from 'yaml';
import { AdgError, usageError } from '../compiler/errors.js';
import { Printer } from '../compiler/print.js';
import { approxDistinct, agg, cast, col, column, count, fn, op, select, type Expr, type SelectColumn, type TimeUnit } from '../compiler/ir.js';
import { SOURCE_CATALOG } from '../compiler/plan/names.js';
import { sourceFrom } from '../compiler/plan/common.js';
import { PRESETS, DEFAULT_PRESET } from '../compiler/spec/presets.js';
import type { Source } from '../compiler/spec/model.js';
import type { FileFormat } from '../compiler/spec/schema.js';
import type { LogicalType } from '../compiler/spec/types.js';
import {
  digitsOnly,
  identifierName,
  isDateOfBirth,
  namedOrShaped,
  singlesOut,
  MIN_VALUES,
  SHAPES,
  shapeCounts,
  valueFamily,
  type ContentProfile,
} from '../compiler/identifiers.js';
import type { Dialect, TypeFamily } from '../dialects/dialect.js';
import { duckdb } from '../dialects/duckdb/index.js';
import type { SourceColumn } from './catalog.js';
import { sourceColumns } from '../dialects/duckdb/catalog.js';
import { datasetPaths, type Project } from './config.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { allowedSourcePath } from './source-path.js';

export interface ColumnStats {
  readonly name: string;
  /** The type as it may be printed (see Dialect.typeLabel): nested type parameters are data. */
  readonly type: string;
  readonly family: TypeFamily;
  readonly rows: number;
  readonly nonNull: number;
  readonly distinct: number;
  readonly avgLength?: number;
  /** Approximate distinct buckets per date granularity. */
  readonly buckets?: Partial<Record<TimeUnit, number>>;
  /** Rows whose value has each identifying shape (text and integer columns). */
  readonly shapes?: Readonly<Record<(typeof SHAPES)[number], number>>;
  /** The spec type that keeps the column's shape (undefined: adg cannot output it). */
  readonly logical?: LogicalType;
  /** Approximate distinct (value, entity) pairs, when an entity is known (text columns). */
  readonly entityPairs?: number;
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

/** The content profile of a column, given the distinct entities of the source (if an entity is known). */
export function profileOf(c: ColumnStats): ContentProfile | undefined {
  if (!c.shapes || c.nonNull === 0) return undefined;
  const share = (n: number) => n / c.nonNull;
  return {
    enoughValues: c.nonNull >= MIN_VALUES,
    distinctPerRow: c.distinct / c.nonNull,
    ...(c.entityPairs !== undefined && c.distinct >= MIN_VALUES ? { entitiesPerValue: c.entityPairs / c.distinct } : {}),
    nhsNumbers: share(c.shapes.nhsNumbers),
    emails: share(c.shapes.emails),
    phones: share(c.shapes.phones),
    postcodes: share(c.shapes.postcodes),
  };
}

const excluded = (reason: string, why = reason): Proposal => ({ kind: 'excluded', options: { reason }, why });

/** A kind's output type when the spec names none. */
function defaultType(kind: Proposal['kind'], granularity?: string): string {
  switch (kind) {
    case 'discrete':
      return 'integer';
    case 'continuous':
      return 'double';
    case 'date':
      return granularity === 'hour' || granularity === 'minute' ? 'timestamp' : 'date';
    default:
      return 'string';
  }
}

/** The proposal with the column's own type, where the kind's default would change its shape. */
export function keepShape(p: Proposal, logical: LogicalType | undefined): Proposal {
  const type = logical === 'bigint' && p.kind === 'discrete' ? 'integer' : logical;
  if (!type || type === defaultType(p.kind, String(p.options.granularity ?? ''))) {
    const { type: _dropped, ...options } = p.options;
    return { ...p, options };
  }
  const options: Record<string, string | number> = { ...p.options, type };
  // A timestamp placed inside its bucket needs a resolution finer than a day.
  if (p.kind === 'date' && type !== 'date' && !options.resolution) Object.assign(options, { resolution: 'minute' });
  return { ...p, options };
}

/** The kind a column should have, with the reason in words. */
export function propose(c: ColumnStats, threshold: number): Proposal {
  if (c.family === 'nested') return excluded(`nested type ${c.type}: its keys and elements are data`);
  if (c.family === 'other') return excluded(`type ${c.type} is not supported`);
  const family = valueFamily(c.family);
  const profile = profileOf(c);
  const identifier = namedOrShaped(c.name, family, profile);
  if (identifier) return excluded(`identifier: ${identifier}`);
  if (isDateOfBirth(c.name)) {
    return c.family === 'date' || c.family === 'timestamp'
      ? { kind: 'date', options: { granularity: 'year' }, why: 'a date of birth: published by year only, never by day' }
      : excluded('date of birth not stored as a date: declare kind date with a format and granularity year to keep it');
  }
  if (c.nonNull === 0) return { kind: 'categorical', options: {}, why: 'every value is NULL' };
  const ratio = c.distinct / c.nonNull;
  if (c.family === 'text' && (c.avgLength ?? 0) >= 40) {
    return excluded('free text: long values that may hold anything', `values average about ${about(c.avgLength ?? 0)} characters`);
  }
  const distinctive = singlesOut(family, profile);
  if (distinctive) return excluded(`identifier: ${distinctive}`);
  const values = `about ${about(c.distinct)} distinct values`;
  switch (c.family) {
    case 'boolean':
      return { kind: 'categorical', options: {}, why: 'true/false' };
    case 'text':
      return { kind: 'categorical', options: {}, why: `${values}${ratio > 0.5 ? '; most will be suppressed, consider excluded' : ''}` };
    case 'integer':
      return c.distinct <= 1000 && ratio < 0.05
        ? { kind: 'discrete', options: {}, why: values }
        : { kind: 'continuous', options: {}, why: `${values}: published as percentile bins` };
    case 'number':
      return c.distinct <= 20
        ? { kind: 'categorical', options: {}, why: values }
        : { kind: 'continuous', options: {}, why: `${values}: published as percentile bins` };
    case 'date':
    case 'timestamp': {
      // The finest granularity whose average bucket clears the threshold twice over.
      const units = DATE_UNITS.filter((u) => c.family === 'timestamp' || !['minute', 'hour'].includes(u));
      const granularity = units.find((u) => (c.buckets?.[u] ?? Infinity) > 0 && c.nonNull / (c.buckets?.[u] ?? Infinity) >= 2 * threshold) ?? 'year';
      const options: Record<string, string> = { granularity };
      if (c.family === 'timestamp') Object.assign(options, { resolution: 'minute' });
      return { kind: 'date', options, why: `about ${about(c.nonNull / (c.buckets?.[granularity as TimeUnit] ?? 1))} values per ${granularity} on average` };
    }
  }
}

/**
 * The column to count people by, when none was given: a key (by name, or NHS numbers by content)
 * whose values repeat across rows, so it names a person rather than a row. Person-like names first.
 */
export function suggestEntity(stats: readonly ColumnStats[]): ColumnStats | undefined {
  const keyish = stats.filter((c) => {
    if (c.family !== 'text' && c.family !== 'integer') return false;
    const named = identifierName(c.name);
    const nhs = (c.shapes?.nhsNumbers ?? 0) >= 0.5 * c.nonNull && c.nonNull > 0;
    return (named === 'key' || named === 'nhs-number' || named === 'record-number' || nhs) && c.nonNull >= MIN_VALUES && c.distinct < 0.9 * c.nonNull;
  });
  const personLike = (c: ColumnStats) => (/(patient|person|pid|hesid|nhs|subject|member|client)/i.test(c.name) ? 0 : 1);
  return [...keyish].sort((a, b) => personLike(a) - personLike(b) || a.distinct / a.nonNull - b.distinct / b.nonNull || (a.name < b.name ? -1 : 1))[0];
}

/** Reads the catalog and the counts, in one pass over the source. */
export async function columnStats(source: Source, dialect: Dialect, sourceDb: string): Promise<ColumnStats[]> {
  const session = await DuckDBSession.open(':memory:');
  try {
    const columns = await sourceColumns(session, { source, sourceLocation: {} }, dialect, sourceDb);
    for (const c of columns) session.knownNames.add(c.name);
    const families = columns.map((c) => dialect.typeFamily(c.type));
    const items: SelectColumn[] = [column(count(), 'rows')];
    columns.forEach((c, j) => items.push(...statColumns(c, j, families[j]!)));
    const query = new Printer(dialect).query(select(items, { from: sourceFrom({ source, dataset: 'init' }, { kind: 'file', path: '' }, true) }), '');
    const [row] = await session.query(query);
    if (!row) throw new AdgError('the source returned no statistics');
    const num = (key: string) => Number(row[key] ?? 0);
    return columns.map((c, j) => {
      const family = families[j]!;
      return {
        name: c.name,
        type: dialect.typeLabel(c.type),
        family,
        ...(dialect.logicalType(c.type) ? { logical: dialect.logicalType(c.type)! } : {}),
        rows: num('rows'),
        nonNull: num(`n${j}`),
        distinct: num(`d${j}`),
        ...(family === 'text' ? { avgLength: num(`len${j}`) } : {}),
        ...(family === 'date' || family === 'timestamp' ? { buckets: Object.fromEntries(DATE_UNITS.map((u) => [u, num(`${u}${j}`)])) } : {}),
        ...(family === 'text' || family === 'integer'
          ? { shapes: Object.fromEntries(SHAPES.map((shape) => [shape, num(`s${j}_${shape}`)])) as ColumnStats['shapes'] }
          : {}),
      };
    });
  } finally {
    session.close();
  }
}

/**
 * With an entity known: approximate distinct (value, entity) pairs of each text column, so a column
 * whose values mostly belong to one entity each is seen for what it is (a second pass, counts only).
 */
export async function withEntityPairs(source: Source, dialect: Dialect, sourceDb: string, stats: readonly ColumnStats[], entity: string): Promise<ColumnStats[]> {
  const text = stats.filter((c) => c.family === 'text' && c.name !== entity);
  if (text.length === 0) return [...stats];
  const session = await DuckDBSession.open(':memory:');
  try {
    for (const c of stats) session.knownNames.add(c.name);
    if (source.kind === 'table') for (const sql of dialect.attach(sourceDb, SOURCE_CATALOG, true)) await session.exec(sql);
    const pair = (name: string) => op('||', op('||', cast(col(name), 'text'), { k: 'lit', type: 'text', value: '\u0001' }), cast(col(entity), 'text'));
    const items = text.map((c, j) => column(approxDistinct(pair(c.name)), `p${j}`));
    const [row] = await session.query(new Printer(dialect).query(select(items, { from: sourceFrom({ source, dataset: 'init' }, { kind: 'file', path: '' }, true) }), ''));
    const pairs = new Map(text.map((c, j) => [c.name, Number(row?.[`p${j}`] ?? 0)]));
    return stats.map((c) => (pairs.has(c.name) ? { ...c, entityPairs: pairs.get(c.name)! } : c));
  } finally {
    session.close();
  }
}

function statColumns(c: SourceColumn, j: number, family: TypeFamily): SelectColumn[] {
  const x = col(c.name);
  // Nested values are never read: their distinct count would need their content.
  if (family === 'other' || family === 'nested') return [column(count(x), `n${j}`), column(count(x), `d${j}`)];
  const cols = [column(count(x), `n${j}`), column(approxDistinct(x), `d${j}`)];
  if (family === 'text') cols.push(column(agg('avg', fn('length', cast(x, 'text'))), `len${j}`));
  if (family === 'text' || family === 'integer') {
    const asText = cast(x, 'text');
    cols.push(...shapeCounts(asText, digitsOnly(asText), { k: 'lit', type: 'bigint', value: 1 }, `s${j}_`));
  }
  if (family === 'date' || family === 'timestamp') {
    for (const unit of DATE_UNITS) {
      const truncated: Expr = { k: 'dateTrunc', unit, arg: x, type: 'timestamp' };
      cols.push(column(approxDistinct(truncated), `${unit}${j}`));
    }
  }
  return cols;
}

export interface InitProposal {
  /** The spec as YAML text. */
  readonly text: string;
  /** The entity the spec counts by, and whether init chose it. */
  readonly entity?: { readonly name: string; readonly suggested: boolean };
  /** Columns proposed as excluded, with the reason (for the summary printed after init). */
  readonly excluded: readonly { readonly name: string; readonly reason: string }[];
}

/** The starter spec, with a comment on every field saying why it got its kind. */
export function proposeSpec(dataset: string, source: Source, stats: readonly ColumnStats[], options: { entity?: string; schemaPath: string }): InitProposal {
  const threshold = PRESETS[DEFAULT_PRESET].threshold;
  const suggested = options.entity ? undefined : suggestEntity(stats);
  const entity = options.entity ?? suggested?.name;
  const proposals = stats.map((s) => [s, keepShape(s.name === entity ? entityProposal(!!suggested) : propose(s, threshold), s.logical)] as const);
  const fields = Object.fromEntries(proposals.map(([s, p]) => [s.name, Object.keys(p.options).length ? { kind: p.kind, ...p.options } : p.kind]));
  const header = source.kind === 'file' && source.header !== undefined ? { header: source.header } : {};
  const sourceValue =
    source.kind === 'file'
      ? { file: source.path, ...header, ...(entity ? { entity } : {}) }
      : { table: source.table, ...(source.schema ? { schema: source.schema } : {}), ...(entity ? { entity } : {}) };
  const doc = new Document({
    version: 1,
    dataset,
    description: `Starter spec proposed by adg init: review every kind before the first scrape.`,
    source: sourceValue,
    suppression: { preset: DEFAULT_PRESET, ...(entity ? { count: 'entities' } : {}) },
    release: 'manual',
    generation: { scale: 1, seed: 1 },
    fields,
  });
  doc.commentBefore = ` yaml-language-server: $schema=${options.schemaPath}`;
  const releaseNode = doc.get('release', true);
  if (isScalar(releaseNode)) releaseNode.comment = ' a reviewer and an approver sign off each release (adg release); auto only for data that is not sensitive';
  if (suggested) {
    const entityNode = doc.getIn(['source', 'entity'], true);
    if (isScalar(entityNode)) {
      entityNode.comment = ` suggested by adg init: a key whose values repeat across rows (about ${about(suggested.nonNull / Math.max(1, suggested.distinct))} rows each), so counts are of people; check it names a person`;
    }
  }
  const fieldMap = doc.get('fields', true);
  if (isMap(fieldMap)) {
    fieldMap.items.forEach((pair, i) => {
      const entry = proposals[i];
      if (!entry || !isPair(pair)) return;
      const [stats, proposal] = entry;
      const comment = ` ${stats.type}: ${proposal.why}`;
      const target = (isScalar(pair.value) ? pair.value : pair.key) as Scalar | Pair['key'];
      if (isScalar(target)) target.comment = comment;
      else if (isScalar(pair.key)) pair.key.commentBefore = comment;
    });
  }
  return {
    text: doc.toString({ lineWidth: 0 }),
    ...(entity ? { entity: { name: entity, suggested: !!suggested } } : {}),
    excluded: proposals.filter(([, p]) => p.kind === 'excluded').map(([s, p]) => ({ name: s.name, reason: String(p.options.reason) })),
  };
}

function entityProposal(suggested: boolean): Proposal {
  return excluded('entity key: counts are taken per distinct value of it', suggested ? 'the entity key (suggested)' : 'the entity key');
}

export interface InitFlags {
  readonly file?: string;
  readonly table?: string;
  readonly schema?: string;
  readonly sourceDb?: string;
  readonly dataset?: string;
  readonly entity?: string;
  readonly header?: boolean;
  readonly out?: string;
  readonly force?: boolean;
}

export interface InitResult {
  readonly out: string;
  readonly columns: number;
  readonly excluded: InitProposal['excluded'];
  readonly entity?: InitProposal['entity'];
}

/** A dataset name from a file or table name: snake_case, starting with a letter. */
function datasetName(named: string): string {
  return named.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').slice(0, 63) || 'dataset';
}

/**
 * `adg init` end to end: the source checked like a spec's (inside the project), its counts, the
 * proposal written to the spec file with a $schema path that resolves from where the spec is.
 */
export async function initSpec(project: Project, flags: InitFlags & { schemaFile: string }): Promise<InitResult> {
  const dataset = datasetName(flags.dataset ?? (flags.file ? basename(flags.file, extname(flags.file)) : flags.table!));
  let source: Source;
  let engineSource: Source;
  if (flags.file) {
    const format = extname(flags.file).slice(1).toLowerCase();
    if (!['parquet', 'csv', 'json'].includes(format)) throw usageError(`cannot tell the format of ${flags.file}`, {}, 'use a .parquet, .csv or .json file');
    if (flags.header !== undefined && format !== 'csv') throw usageError(`--header and --no-header are for CSV files, not ${format}`);
    const real = allowedSourcePath(resolve(flags.file), project.root, project.allowedSourceDirs, {});
    const header = flags.header !== undefined ? { header: flags.header } : {};
    source = { kind: 'file', path: relative(project.root, resolve(flags.file)), format: format as FileFormat, ...header };
    engineSource = { kind: 'file', path: real, format: format as FileFormat, ...header };
  } else {
    source = engineSource = { kind: 'table', table: flags.table!, ...(flags.schema ? { schema: flags.schema } : {}) };
  }
  const sourceDb = datasetPaths(project, dataset, flags.sourceDb ? { sourceDb: flags.sourceDb } : {}).sourceDb;
  let stats = await columnStats(engineSource, duckdb, sourceDb);
  if (flags.entity && !stats.some((s) => s.name === flags.entity)) {
    throw usageError(`--entity "${flags.entity}" is not a column of the source`, {}, `columns: ${stats.map((s) => s.name).join(', ')}`);
  }
  const entity = flags.entity ?? suggestEntity(stats)?.name;
  if (entity) stats = await withEntityPairs(engineSource, duckdb, sourceDb, stats, entity);
  const out = resolve(flags.out ?? join(project.root, 'specs', `${dataset}.yaml`));
  if (existsSync(out) && !flags.force) throw usageError(`${relative(process.cwd(), out)} already exists`, {}, 'use --force to overwrite it, or -o to write elsewhere');
  const schemaPath = relative(dirname(out), flags.schemaFile).split(sep).join('/');
  const proposal = proposeSpec(dataset, source, stats, { ...(flags.entity ? { entity: flags.entity } : {}), schemaPath });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, proposal.text);
  return { out, columns: stats.length, excluded: proposal.excluded, ...(proposal.entity ? { entity: proposal.entity } : {}) };
}
