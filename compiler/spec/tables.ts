// Specs of several tables: each table becomes a part (a one-table spec of dataset <dataset>_<table>),
// then what ties the parts together: the entity pool they share, their foreign keys (parents first,
// no cycle) and the stable fields whose value each entity takes from an earlier table.
import type { z } from 'zod';
import { AdgErrors, usageError, type AdgError, type Location } from '../errors.js';
import type { Field, Spec } from './model.js';
import type { FieldSchema, SpecSchema } from './schema.js';
import { hashOf } from './digest.js';

type PathKey = string | number;
type FieldValue = z.output<typeof FieldSchema>;
type SpecInput = z.output<typeof SpecSchema>;

/** load.ts's normalisation of one table: a validated one-table spec, its fields, and where they are written. */
export type NormaliseTable = (
  input: SpecInput & { source: NonNullable<SpecInput['source']> },
  fieldValues: ReadonlyMap<string, FieldValue>,
  file: string,
  order: string[],
  locate: (path: PathKey[]) => Location,
  locateKey: (path: PathKey[]) => Location,
) => Spec;

/**
 * A spec of several tables: each table becomes a part, a one-table spec of dataset <dataset>_<table>
 * with the shared settings, so every stage compiles and runs per part; tables whose sources name an
 * entity share one pool of entities (counted across all their sources).
 */
export function multiTable(
  input: z.output<typeof SpecSchema>,
  tables: readonly (readonly [string, ReadonlyMap<string, FieldValue>])[],
  file: string,
  normalise: NormaliseTable,
  placesOf: (table: string) => { order: string[]; locate: (path: PathKey[]) => Location; locateKey: (path: PathKey[]) => Location },
  locate: (path: PathKey[]) => Location,
): Spec {
  const problems: AdgError[] = [];
  const parts: Spec[] = [];
  for (const [table, fields] of tables) {
    const t = input.tables![table]!;
    const where = placesOf(table);
    try {
      const { tables: _, ...shared } = input;
      parts.push({
        ...normalise({ ...shared, dataset: `${input.dataset}_${table}`, description: t.description ?? input.description, source: t.source, ordered_dates: t.ordered_dates, fields: {}, ...(t.vocabulary ? { vocabulary: true } : {}) } as Parameters<NormaliseTable>[0], fields, file, where.order, where.locate, where.locateKey),
        table,
      });
    } catch (err) {
      if (err instanceof AdgErrors) problems.push(...err.errors);
      else throw err;
    }
  }
  if (problems.length) throw new AdgErrors(problems);
  const pooled = parts.filter((p) => p.entity !== undefined);
  const keys = pooled.flatMap((p) => p.identifiers.filter((x) => x.name === p.entity).map((x) => ({ part: p, id: x })));
  for (const { part, id } of keys.slice(1)) {
    if (id.pattern.source !== keys[0]!.id.pattern.source || id.type !== keys[0]!.id.type) {
      problems.push(usageError(`the entity key of table ${part.table} has pattern "${id.pattern.source}" (${id.type}), table ${keys[0]!.part.table} "${keys[0]!.id.pattern.source}" (${keys[0]!.id.type})`, id.location, 'give the entity key the same pattern and type in every table, so one artificial entity has one key everywhere'));
    }
  }
  if (problems.length) throw new AdgErrors(problems);
  const resolved = resolveReferences(parts, problems);
  if (problems.length) throw new AdgErrors(problems);
  const withPool = resolved.map((p) =>
    p.entity === undefined || pooled.length < 2
      ? p
      : repool(p, { name: input.dataset, others: pooled.filter((o) => o !== p).map((o) => ({ dataset: o.dataset, source: o.source, entity: o.entity! })) }),
  );
  const homed = withHomes(withPool);
  const first = homed[0]!;
  return {
    ...first,
    dataset: input.dataset,
    description: input.description,
    sourceLocation: locate(['tables']),
    entity: undefined,
    fields: [],
    excluded: [],
    identifiers: [],
    derived: [],
    references: [],
    vocabulary: false,
    orderedDates: [],
    columns: [],
    parts: homed,
    hash: hashOf(homed.map((p) => p.hash)),
    scrapeHash: hashOf(homed.map((p) => p.scrapeHash)),
  };
}

/**
 * Foreign keys: each names a table of the dataset with the same entity and a per-row identifier of it.
 * Tables are put in an order where every parent comes before its children (so a child's QA finds its
 * parent's rows); a cycle of foreign keys has no such order and is an error.
 */
function resolveReferences(parts: readonly Spec[], problems: AdgError[]): Spec[] {
  const byTable = new Map(parts.map((p) => [p.table!, p]));
  const withParents = parts.map((part) => {
    const references = part.references.map((r) => {
      const parent = byTable.get(r.table);
      const id = parent?.identifiers.find((x) => x.name === r.field);
      const at = (message: string, hint: string) => problems.push(usageError(message, r.location, hint));
      if (!parent) at(`field "${r.name}" refers to table "${r.table}", which is not a table of this spec`, `use one of: ${[...byTable.keys()].join(', ')}`);
      else if (!id || id.per !== 'row') at(`field "${r.name}" refers to ${r.table}.${r.field}, which is not an identifier per row of that table`, `name a field of kind identifier (per: row) of ${r.table}`);
      else if (!part.entity || !parent.entity || part.generation.per !== 'entity' || parent.generation.per !== 'entity') at(`field "${r.name}" links rows of one entity, so both ${part.table} and ${r.table} need source.entity and rows grouped per entity`, 'name the entity in both sources and give each an identifier per entity or a stable field');
      return parent && id ? { ...r, type: id.type, parent: { dataset: parent.dataset, identifier: id } } : r;
    });
    return { ...part, references, columns: part.columns.map((c) => ('reference' in c ? { reference: references.find((r) => r.name === c.reference.name)! } : c)) };
  });
  // Parents first: a depth-first order over the references, refusing a cycle.
  const ordered: Spec[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (part: Spec, path: string[]): void => {
    if (state.get(part.table!) === 'done') return;
    if (state.get(part.table!) === 'visiting') {
      const cycle = [...path.slice(path.indexOf(part.table!)), part.table!];
      problems.push(usageError(`a cycle of foreign keys: ${cycle.join(' -> ')}`, part.references[0]?.location ?? {}, 'a child refers to its parent, never back: remove one of the references'));
      return;
    }
    state.set(part.table!, 'visiting');
    for (const r of part.references) {
      const parent = withParents.find((p) => p.table === r.table);
      if (parent) visit(parent, [...path, part.table!]);
    }
    state.set(part.table!, 'done');
    ordered.push(part);
  };
  for (const part of withParents) visit(part, []);
  return ordered;
}

/**
 * A stable field (not continuous) that an earlier table of the pool also has, alike in kind, type and
 * buckets, takes its entity's value from that table's distribution: one patient, one sex everywhere.
 */
function withHomes(parts: readonly Spec[]): Spec[] {
  const homes = new Map<string, { dataset: string; field: Field }>();
  return parts.map((part) => {
    if (!part.entityPool) return part;
    const fields = part.fields.map((f) => {
      if (!f.stable || f.kind === 'continuous') return f;
      const home = homes.get(f.name);
      if (!home) {
        homes.set(f.name, { dataset: part.dataset, field: f });
        return f;
      }
      const alike = home.field.kind === f.kind && home.field.type === f.type && home.field.granularity === f.granularity && home.field.resolution === f.resolution;
      return alike ? { ...f, home: home.dataset } : f;
    });
    const changed = fields.some((f, i) => f !== part.fields[i]);
    if (!changed) return part;
    const byName = new Map(fields.map((f) => [f.name, f]));
    return {
      ...part,
      fields,
      columns: part.columns.map((c) => ('generated' in c ? { generated: byName.get(c.generated.name)! } : c)),
      hash: hashOf({ spec: part.hash, homes: fields.filter((f) => f.home).map((f) => [f.name, f.home]) }),
    };
  });
}

/** A part that shares its entity pool: what its scrape depends on includes the other tables' keys. */
function repool(part: Spec, pool: NonNullable<Spec['entityPool']>): Spec {
  return { ...part, entityPool: pool, scrapeHash: hashOf({ scrape: part.scrapeHash, pool }), hash: hashOf({ spec: part.hash, pool }) };
}
