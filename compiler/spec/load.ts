// YAML text -> validated, normalised Spec. Every problem is reported with file:line:col, the path
// inside the spec and what to do; all problems are collected before failing.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import { AdgError, AdgErrors, usageError, type Location } from '../errors.js';
import { DEFAULT_PRESET, PRESETS } from './presets.js';
import {
  DEFAULT_DISCLAIMER,
  FieldSchema,
  FILE_FORMATS,
  MIN_THRESHOLD_WITHOUT_REASON,
  SpecSchema,
  TableSchema,
  type FileFormat,
  type SpecInput,
} from './schema.js';
import type { DerivedField, ExcludedField, Field, IdentifierField, OutputColumn, ReferenceField, Source, Spec } from './model.js';
import { parsePattern, PatternError } from './pattern.js';
import { checkCapacity, checkDerived, checkOrderedDates, derivation, derivedType } from './structure.js';
import { hashOf } from './digest.js';
import { multiTable } from './tables.js';
import type { LogicalType } from './types.js';

type PathKey = string | number;

/** Reads a spec file; `shownAs` is how messages and compiled SQL name it (default: the path given). */
export function loadSpec(path: string, shownAs: string = path): Spec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw usageError(`cannot read spec: ${(err as Error).message}`, { file: shownAs }, 'check the path of the spec file');
  }
  return parseSpec(text, shownAs);
}

export function parseSpec(text: string, file: string): Spec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined, path?: PathKey[]): Location => {
    const pos = offset === undefined ? undefined : lines.linePos(offset);
    return { file, line: pos?.line, column: pos?.col, path: path?.length ? path.join('.') : undefined };
  };

  if (doc.errors.length > 0) {
    throw new AdgErrors(
      doc.errors.map(
        (e) => usageError(`invalid YAML: ${e.message.split('\n')[0]}`, at(e.pos[0]), 'fix the YAML syntax at this position'),
      ),
    );
  }
  const locate = (path: PathKey[]): Location => at(nodeAt(doc, path)?.range?.[0], path);
  /** Where a key itself is written (a field is named by its key). */
  const locateKey = (path: PathKey[]): Location =>
    at(keyNodeAt(doc, path.slice(0, -1), String(path[path.length - 1]))?.range?.[0] ?? nodeAt(doc, path)?.range?.[0], path);

  // Field names are arbitrary text, so fields are validated entry by entry (with the schema's own
  // FieldSchema) rather than as an object: an object-keyed record loses a field named __proto__.
  const raw = doc.toJS() as unknown;
  const rawTables = isPlainObject(raw) && isPlainObject(raw.tables) ? Object.entries(raw.tables) : [];
  const fieldMaps = (fields: unknown) => (isPlainObject(fields) ? new Map(Object.entries(fields)) : undefined);
  const withoutFields = (x: unknown) => (isPlainObject(x) && isPlainObject(x.fields) ? { ...x, fields: {} } : x);
  const stripped = isPlainObject(raw)
    ? { ...withoutFields(raw) as object, ...(rawTables.length ? { tables: Object.fromEntries(rawTables.map(([n, t]) => [n, withoutFields(t)])) } : {}) }
    : raw;
  const parsed = SpecSchema.safeParse(stripped);
  const issues: FlatIssue[] = parsed.success ? [] : flattenIssues(parsed.error.issues, []);
  const validated = (rawFields: Map<string, unknown> | undefined, path: PathKey[]) => {
    const fields = new Map<string, FieldValue>();
    for (const [name, value] of rawFields ?? []) {
      const field = FieldSchema.safeParse(value);
      if (field.success) fields.set(name, field.data);
      else issues.push(...flattenIssues(field.error.issues, [...path, name]));
    }
    return fields;
  };
  const single = isPlainObject(raw) ? validated(fieldMaps(raw.fields), ['fields']) : new Map<string, FieldValue>();
  const perTable = rawTables.map(([name, t]) => [name, validated(isPlainObject(t) ? fieldMaps(t.fields) : undefined, ['tables', name, 'fields'])] as const);
  if (issues.length || !parsed.success) {
    const ctx: IssueContext = { doc, locate, locateOffset: at };
    throw new AdgErrors(issues.map((i) => issueError(i, ctx)));
  }
  const input = parsed.data;
  if (!input.tables) {
    if (!input.source || !input.fields) {
      throw new AdgErrors([usageError('a spec names its source and fields, or several tables', locate([]), 'add source: and fields:, or tables: with a source and fields each')]);
    }
    return normalise({ ...input, source: input.source }, single, file, fieldOrder(doc, ['fields']), locate, locateKey);
  }
  if (input.source || input.fields || input.ordered_dates) {
    throw new AdgErrors([usageError('a spec with tables names each table\'s source, fields and ordered_dates inside it', locate(['tables']), 'move source, fields and ordered_dates under tables.<name>')]);
  }
  return multiTable(input, perTable, file, normalise, (table) => ({
    order: fieldOrder(doc, ['tables', table, 'fields']),
    locate: (path) => locate(['tables', table, ...path]),
    locateKey: (path) => locateKey(['tables', table, ...path]),
  }), locate);
}

type FieldValue = z.output<typeof FieldSchema>;

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

// ---- normalisation and checks the schema cannot express -------------------------------------------

function normalise(
  input: z.output<typeof SpecSchema> & { source: NonNullable<z.output<typeof SpecSchema>['source']> },
  fieldValues: ReadonlyMap<string, FieldValue>,
  file: string,
  order: string[],
  locate: (path: PathKey[]) => Location,
  locateKey: (path: PathKey[]) => Location,
): Spec {
  const problems: AdgError[] = [];
  const fail = (path: PathKey[], message: string, hint?: string) => problems.push(usageError(message, locate(path), hint));

  const s = input.suppression ?? {};
  const custom = s.threshold !== undefined || s.round_to !== undefined;
  if (s.preset && custom) {
    fail(['suppression'], 'use either preset or threshold/round_to, not both', 'delete preset to use your own values');
  }
  if (custom && (s.threshold === undefined || s.round_to === undefined)) {
    fail(['suppression'], 'a custom policy needs both threshold and round_to', 'add the missing one, e.g. round_to: 1 for no rounding');
  }
  const preset = custom ? undefined : (s.preset ?? DEFAULT_PRESET);
  const base = preset ? PRESETS[preset] : { threshold: s.threshold ?? 1, roundTo: s.round_to ?? 1 };
  const vocabulary = (input as { vocabulary?: boolean }).vocabulary === true;
  // A vocabulary is about no one: its one count (rows) is of rows.
  const count = vocabulary ? 'rows' : (s.count ?? 'rows');
  if (base.threshold < MIN_THRESHOLD_WITHOUT_REASON && !s.override_reason) {
    fail(
      ['suppression', 'threshold'],
      `a threshold of ${base.threshold} publishes counts of ${base.threshold === 1 ? 'single records' : 'two records'}`,
      `use ${MIN_THRESHOLD_WITHOUT_REASON} or more, or say why this source is not sensitive in suppression.override_reason`,
    );
  }
  if (s.override_reason && base.threshold >= MIN_THRESHOLD_WITHOUT_REASON) {
    fail(['suppression', 'override_reason'], `override_reason is only for a threshold below ${MIN_THRESHOLD_WITHOUT_REASON}`, 'delete it: this policy needs no override');
  }
  const timeZone = input.time_zone ?? 'UTC';
  if (!isTimeZone(timeZone)) {
    fail(['time_zone'], `unknown time zone "${timeZone}"`, 'use an IANA name such as UTC or Europe/London');
  }
  const entity = input.source.entity;
  if (count === 'entities' && !entity) {
    fail(['suppression', 'count'], 'count: entities needs source.entity', 'name the column that identifies a person in source.entity');
  }

  const source = normaliseSource(input.source, fail);
  const fields: Field[] = [];
  const excluded: ExcludedField[] = [];
  const identifiers: IdentifierField[] = [];
  const derived: DerivedField[] = [];
  const references: ReferenceField[] = [];
  const columns: OutputColumn[] = [];
  for (const name of order) {
    const raw = fieldValues.get(name);
    if (raw === undefined) continue;
    const value = typeof raw === 'string' ? { kind: raw } : raw;
    const path = ['fields', name];
    const location = locateKey(path);
    if (name.length === 0 || name.length > 255) {
      fail(path, `a field name must have 1 to 255 characters, not ${name.length}`, 'use the source column name');
      continue;
    }
    const description = 'description' in value ? value.description : undefined;
    if (value.kind === 'excluded') {
      const x = value as { reason?: string; type?: LogicalType };
      const column = { name, reason: x.reason, type: x.type ?? 'string', description, location } as const;
      excluded.push(column);
      columns.push({ excluded: column });
      continue;
    }
    if (value.kind === 'identifier') {
      const x = value as { pattern: string; per?: 'entity' | 'row'; type?: LogicalType };
      const per = x.per ?? (name === entity ? 'entity' : 'row');
      if (name === entity && per === 'row') fail([...path, 'per'], `"${name}" is the entity key: its identifier is per entity`, 'delete per (or write per: entity)');
      if (per === 'entity' && !entity) fail([...path, 'per'], 'per: entity needs source.entity', 'name the column that identifies a person in source.entity, or use per: row');
      try {
        // An entity's key is salted alike in every table, so one artificial entity has one key everywhere.
        const pattern = parsePattern(x.pattern, name === entity ? '\u0000entity' : name);
        const type = x.type ?? 'string';
        if (type !== 'string' && pattern.parts.some((p) => ('alphabet' in p ? /[^0-9]/.test(p.alphabet) : /[^0-9]/.test(p.literal)))) {
          fail([...path, 'pattern'], `an identifier of type ${type} has a pattern of digits only`, 'use classes [0-9] and a digit prefix, or type: string');
        }
        const column = { name, pattern, per, type, location, ...(description ? { description } : {}) } as const;
        identifiers.push(column);
        columns.push({ identifier: column });
      } catch (err) {
        if (!(err instanceof PatternError)) throw err;
        fail([...path, 'pattern'], `invalid identifier pattern: ${err.message}`, 'e.g. pattern: "TEST[0-9]{8}"');
      }
      continue;
    }
    if (value.kind === 'reference') {
      const x = value as { table: string; field: string };
      const column = { name, table: x.table, field: x.field, type: 'string' as LogicalType, location, ...(description ? { description } : {}) };
      references.push(column);
      columns.push({ reference: column });
      continue;
    }
    if (value.kind === 'derived') {
      const x = value as { expression: Record<string, unknown>; type?: LogicalType };
      const expression = derivation(x.expression);
      const type = x.type ?? derivedType(expression);
      const column = { name, expression, type, location, ...(description ? { description } : {}) } as const;
      derived.push(column);
      columns.push({ derived: column });
      continue;
    }
    if (name === entity) {
      fail(path, `"${name}" is the entity key (source.entity) and must not be published`, 'set it to kind: identifier (an artificial key per entity) or kind: excluded');
      continue;
    }
    const stable = 'stable' in value && value.stable === true;
    if (stable && !entity) {
      fail([...path, 'stable'], 'a stable field is stable per entity, and this table has no entity', 'name the column that identifies a person in source.entity, or delete stable');
    }
    const override = 'suppression' in value ? value.suppression : undefined;
    // A field may only tighten the dataset policy: a lower threshold or a finer rounding would publish
    // what the dataset's rule suppresses.
    if (override?.threshold !== undefined && override.threshold < base.threshold) {
      fail([...path, 'suppression', 'threshold'], `a field may only raise the threshold (dataset threshold is ${base.threshold})`, `use ${base.threshold} or more`);
    }
    if (override?.round_to !== undefined && override.round_to < base.roundTo) {
      fail([...path, 'suppression', 'round_to'], `a field may only coarsen the rounding (dataset round_to is ${base.roundTo})`, `use ${base.roundTo} or more`);
    }
    const policy = { threshold: override?.threshold ?? base.threshold, roundTo: override?.round_to ?? base.roundTo };
    const field = { ordinal: fields.length + 1, name, kind: value.kind, policy, stable, location, ...(description ? { description } : {}) };
    const typed = (value as { type?: LogicalType }).type;
    const add = (f: Field) => {
      fields.push(f);
      columns.push({ generated: f });
    };
    switch (value.kind) {
      case 'categorical':
        add({ ...field, type: typed ?? 'string' });
        break;
      case 'discrete':
        add({ ...field, type: typed ?? 'integer' });
        break;
      case 'continuous':
        add({ ...field, type: typed ?? 'double', bins: ('bins' in value && value.bins) || 100 });
        break;
      case 'date': {
        const v = value as { granularity?: Field['granularity']; resolution?: Field['resolution']; format?: string };
        const granularity = v.granularity ?? 'day';
        const type = typed ?? (granularity === 'hour' || granularity === 'minute' ? 'timestamp' : 'date');
        const resolution = v.resolution ?? (type === 'date' ? 'day' : 'second');
        if (type === 'date' && resolution !== 'day') {
          fail([...path, 'resolution'], `a date output has day resolution, not ${resolution}`, 'set type: timestamp or drop resolution');
        }
        if (type === 'date' && (granularity === 'hour' || granularity === 'minute')) {
          fail([...path, 'granularity'], `granularity ${granularity} needs timestamp output`, 'set type: timestamp or use a granularity of day or coarser');
        }
        add({ ...field, type, granularity, resolution, format: v.format });
        break;
      }
    }
  }
  if (fields.length === 0 && !vocabulary) {
    fail(['fields'], 'no field is generated: every field is excluded', 'give at least one field a kind other than excluded');
  }
  if (vocabulary && columns.length > 0) {
    fail(['fields'], 'a vocabulary table is copied verbatim, so it has no fields', 'delete its fields (or drop vocabulary: true to generate it)');
  }
  const gen = input.generation ?? {};
  if ([gen.rows, gen.entities, gen.scale].filter((x) => x !== undefined).length > 1) {
    fail(['generation'], `use one of ${entity ? 'entities' : 'rows'} or scale, not both`, 'delete one of them');
  }
  // Rows come in groups per entity when the spec asks for entities or for anything stable per entity.
  const perEntity = [...fields.filter((f) => f.stable).map((f) => f.name), ...identifiers.filter((x) => x.per === 'entity').map((x) => x.name)];
  const per: 'row' | 'entity' = entity && (gen.entities !== undefined || perEntity.length > 0) ? 'entity' : 'row';
  if (per === 'entity' && gen.rows !== undefined) {
    fail(['generation', 'rows'], `rows come in groups per entity here (${perEntity.length ? `${perEntity[0]} is per entity` : 'generation.entities'}), so their number follows from the entities, each with rows drawn from the published rows per entity`, 'set generation.entities (or generation.scale) instead');
  }
  if (!entity && gen.entities !== undefined) {
    fail(['generation', 'entities'], 'generation.entities needs source.entity', 'name the column that identifies a person in source.entity, or set generation.rows');
  }
  checkDerived(derived, columns, fail);
  const orderedDates = checkOrderedDates(input.ordered_dates ?? [], fields, fail);
  checkCapacity(identifiers, (x) => (x.per === 'entity' ? gen.entities : per === 'row' ? gen.rows : undefined), fail);
  // Data about people is sensitive by definition: a person signs off each release.
  if (input.release === 'auto' && entity && !input.release_reason) {
    fail(['release'], `release: auto is only for sources that are not about people, and this spec counts entities by source.entity (${entity}), which usually means people`, 'use release: manual (a reviewer and an approver sign off each release with adg release), or say why these people are not real in release_reason');
  }
  if (input.release_reason && input.release !== 'auto') {
    fail(['release_reason'], 'release_reason explains release: auto, which this spec does not use', 'delete it');
  }
  if (problems.length) throw new AdgErrors(problems);

  const policy = { ...base, preset, count, ...(s.override_reason ? { overrideReason: s.override_reason } : {}) };
  const body = {
    dataset: input.dataset,
    description: input.description,
    source,
    entity,
    policy,
    fields,
    excluded,
    identifiers,
    derived,
    references,
    vocabulary,
    orderedDates,
    generation: {
      per,
      rows: gen.rows,
      entities: gen.entities,
      scale: gen.rows === undefined && gen.entities === undefined ? (gen.scale ?? 1) : undefined,
      seed: gen.seed ?? 0,
      excludedColumns: gen.excluded_columns ?? 'keep',
    },
    columns: gen.excluded_columns === 'drop' ? columns.filter((c) => !('excluded' in c)) : columns,
    disclaimer: input.disclaimer ?? DEFAULT_DISCLAIMER,
    timeZone,
    release: input.release ?? 'manual',
  };
  // What a scrape's result depends on: not descriptions, disclaimer, output types or generation settings.
  const scraped = {
    source,
    entity,
    policy,
    timeZone,
    fields: fields.map((f) => ({
      ordinal: f.ordinal,
      name: f.name,
      kind: f.kind,
      policy: f.policy,
      ...(f.stable ? { stable: true } : {}),
      ...(f.kind === 'date' ? { granularity: f.granularity, format: f.format, type: f.type } : {}),
      ...(f.kind === 'continuous' ? { bins: f.bins, type: f.type } : {}),
    })),
  };
  return { file, sourceLocation: locate(['source']), ...body, hash: hashOf(body), scrapeHash: hashOf(scraped) };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function normaliseSource(
  src: NonNullable<SpecInput['source']>,
  fail: (path: PathKey[], message: string, hint?: string) => void,
): Source {
  if ('table' in src) return { kind: 'table', schema: src.schema, table: src.table };
  const ext = extname(src.file).slice(1).toLowerCase();
  const guessed = (ext === 'ndjson' ? 'json' : ext === 'tsv' ? 'csv' : ext) as FileFormat;
  const format = src.format ?? guessed;
  if (!(FILE_FORMATS as readonly string[]).includes(format)) {
    fail(['source', 'file'], `cannot tell the format of "${src.file}"`, `add format: one of ${FILE_FORMATS.join(', ')}`);
  }
  if (src.header !== undefined && format !== 'csv') {
    fail(['source', 'header'], `header applies to CSV files, not ${format}`, 'delete header');
  }
  return { kind: 'file', path: src.file, format, ...(src.header !== undefined ? { header: src.header } : {}) };
}


/** Field names in the order the YAML lists them (JS objects would move integer-like keys first). */
function fieldOrder(doc: Document, path: PathKey[]): string[] {
  const fields = doc.getIn(path, true);
  if (!isMap(fields)) return [];
  return fields.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
}

function nodeAt(doc: Document, path: PathKey[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
    if (!pair) break;
    node = pair.value ?? pair.key;
  }
  return node as Node | undefined;
}

function keyNodeAt(doc: Document, path: PathKey[], key: string): Node | undefined {
  const parent = path.length ? nodeAt(doc, path) : doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.key as Node | undefined) ?? undefined;
}

// ---- zod issues -> messages a person can act on ------------------------------------------------------

interface FlatIssue {
  readonly issue: z.core.$ZodIssue;
  readonly path: PathKey[];
}

/** Unions report every branch; keep the branch that got furthest, so the message fits what was written. */
function flattenIssues(issues: readonly z.core.$ZodIssue[], prefix: PathKey[]): FlatIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...(issue.path as PathKey[])];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ issue, path }];
    const branches = issue.errors.map((errs) => flattenIssues(errs, path));
    const score = (b: FlatIssue[]) => Math.max(...b.map((i) => i.path.length)) * 100 - b.length;
    const best = branches.reduce((a, b) => (score(b) > score(a) ? b : a));
    return best;
  });
}

interface IssueContext {
  readonly doc: Document;
  readonly locate: (path: PathKey[]) => Location;
  readonly locateOffset: (offset: number | undefined, path?: PathKey[]) => Location;
}

function issueError(flat: FlatIssue, { doc, locate, locateOffset }: IssueContext): AdgError {
  const { issue, path } = flat;
  const value = doc.getIn(path);
  const last = path[path.length - 1];
  const isKind = last === 'kind' || (path[0] === 'fields' && path.length === 2);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const allowed = allowedKeys(doc.getIn([...path, 'kind']), path);
      const suggestion = allowed.length ? closest(key, allowed) : undefined;
      return usageError(
        `unknown key "${key}"`,
        locateOffset(keyNodeAt(doc, path, key)?.range?.[0], [...path, key]),
        `${suggestion ? `did you mean "${suggestion}"? ` : ''}valid keys here: ${allowed.join(', ')}`,
      );
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      const given = String(value);
      const what = isKind ? 'kind' : 'value';
      return usageError(
        `unknown ${what} "${given}"`,
        locate(path),
        `${isKind || choices.length > 1 ? `did you mean "${closest(given, choices)}"? ` : ''}valid ${isKind ? 'kinds' : 'choices'}: ${choices.join(', ')}`,
      );
    }
    case 'invalid_union': {
      const noMatch = issue as { note?: string; options?: unknown[] };
      if (noMatch.note === 'No matching discriminator') {
        const choices = (noMatch.options ?? []).map(String);
        const given = String(doc.getIn(path) ?? '(missing)');
        return usageError(`unknown kind "${given}"`, locate(path), `did you mean "${closest(given, choices)}"? valid kinds: ${choices.join(', ')}`);
      }
      return usageError(issue.message, locate(path));
    }
    case 'invalid_type':
      if (value === undefined) {
        return usageError(`missing required key "${String(last)}"`, locate(path.slice(0, -1)), `add ${String(last)}: (${issue.expected})`);
      }
      return usageError(`expected ${issue.expected}, got ${JSON.stringify(value)}`, locate(path));
    default:
      return usageError(issue.message, locate(path));
  }
}

/** The keys a strict object at this path accepts (kind: the field's kind, for field options). */
function allowedKeys(kind: unknown, path: PathKey[]): string[] {
  const top = Object.keys(SpecSchema.shape);
  if (path.length === 0) return top;
  const section = path[0];
  if ((section === 'fields' && path.length === 2) || (section === 'tables' && path[2] === 'fields' && path.length === 4)) return typeof kind === 'string' ? fieldKeys(kind) : ['kind'];
  if (section === 'source' || (section === 'tables' && path[2] === 'source')) return ['file', 'format', 'header', 'table', 'schema', 'entity'];
  if (section === 'tables' && path.length === 2) return Object.keys(TableSchema.shape);
  if (section === 'suppression') return ['preset', 'threshold', 'round_to', 'count', 'override_reason'];
  if (section === 'generation') return ['rows', 'entities', 'scale', 'seed', 'excluded_columns'];
  if (section === 'fields' && path[2] === 'suppression') return ['threshold', 'round_to'];
  return [];
}

function fieldKeys(kind: string): string[] {
  const union = FieldSchema.options[1];
  const option = union.options.find((o) => o.shape.kind.value === kind);
  return option ? Object.keys(option.shape) : ['kind'];
}
