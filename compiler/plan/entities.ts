// Entities in generate: how many artificial entities, how many rows each, and which rows are whose.
//
// Rows per entity are sampled like a field: the released counts (exact values, and bands of counts as
// [lo, hi)) are the items of a pseudo-field numbered 0, drawn through the same alias tables from the
// entity's own hash, a band's count placed uniformly inside it. A running sum then gives each entity
// its range of row numbers [s, e), and the sampling query expands those ranges: entity after entity,
// in order, with no join from rows back to entities.
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  double,
  eq,
  fn,
  from,
  int,
  isNull,
  op,
  over,
  agg,
  scalar,
  select,
  sub,
  text,
  unionAll,
  type Expr,
  type Query,
  type Section,
  type TableRef,
} from '../ir.js';
import { MAX_ROWS } from '../spec/schema.js';
import type { Field } from '../spec/model.js';
import { addKey, entityKey, FIELD_MIX, mixSteps, ROW_MIX, streamKey, uniform } from '../random.js';
import { ALIAS_BITS, ALIAS_MASK } from './alias.js';
import { TEMP } from './names.js';
import type { GenerationView } from './generate.js';

/** The ordinal under which rows per entity are sampled (fields count from 1). */
export const ROWS_PER_ENTITY = 0;
const CARDINALITY_STREAM = '\u0000rows per entity';

/** The pseudo-field of a parent table's rows per entity (the k-th foreign key's, from 0): -1, -2, ... */
export const parentOrdinal = (k: number) => -(k + 1);

/** Released rows per entity as sampling items: exact counts by count, then bands by their edges. */
export function cardinalityItems(released: TableRef, ordinal = ROWS_PER_ENTITY): Query {
  const m = (name: string) => col(name, 'm');
  const order = [asc(caseWhen([[isNull(m('value')), int(1)]], int(0))), asc(cast(m('value'), 'bigint')), asc(m('lo')), asc(m('hi'))];
  return select(
    [
      column(int(ordinal), 'ordinal'),
      column(op('-', over('rowNumber', undefined, [], order), int(1)), 'item'),
      column(m('value')),
      column(m('lo')),
      column(m('hi')),
      column(m('n_entities'), 'n_rows'),
      column(fn('coalesce', m('lo'), cast(m('value'), 'double')), 'num'),
      column(caseWhen([[isNull(m('lo')), double(0)]], op('-', m('hi'), m('lo'))), 'width'),
    ],
    { from: from(released, 'm'), where: and(eq(m('stat'), text('cardinality')), op('>', m('n_entities'), int(0))) },
  );
}

/** The number of entities: generation.entities, or scale x the released entities (the sum over rows per entity). */
export function entityCount(view: GenerationView, released: TableRef): Expr {
  const { entities, scale } = view.generation;
  if (entities !== undefined) return int(entities);
  // A table of a multi-table dataset takes the pool's size, the same for every table.
  const stat = (name: string) => scalar(select([column(agg('sum', col('n_entities')))], { from: from(released), where: eq(col('stat'), text(name)) }));
  const total = fn('coalesce', stat('pool'), stat('cardinality'));
  return cast(fn('floor', op('+', op('*', double(scale ?? 1), cast(total, 'double')), double(0.5))), 'bigint');
}

/** A list of the rows-per-entity pseudo-field, read whole once from the lookup lists. */
const element = (list: Expr, index: Expr, type: 'bigint' | 'double'): Expr => ({ k: 'element', list, index, type });
/**
 * Per entity: its number en, its rows, and its range of row numbers [s, e), for this table (or, given
 * a parent's dataset and pseudo-field, exactly as the parent's own generate draws them).
 */
export function entitiesQuery(view: GenerationView, table: { readonly dataset: string; readonly ordinal: number } = { dataset: view.dataset, ordinal: ROWS_PER_ENTITY }): Query {
  const { seed } = view.generation;
  // Lists read whole once (so each read by position is O(1)); the bucket bits are a number.
  const listOf = (name: string) =>
    scalar(select([column(name === 'b' ? col(name, 'a') : fn('wholeList', col(name, 'a')))], { from: from(TEMP.fieldLists, 'a'), where: eq(col('ordinal', 'a'), int(table.ordinal)) }));
  const value = streamKey(seed, table.dataset, CARDINALITY_STREAM, 'value');
  const jitter = streamKey(seed, table.dataset, CARDINALITY_STREAM, 'jitter');
  let q: Query = select([column(col('g'), 'en')], { from: { k: 'range', count: scalar(select([column(col('entities'))], { from: from(TEMP.entityPlan) })), column: 'g', as: 'r' } });
  const step = (columns: [Expr, string][], keep: string[]) => {
    q = select([...columns.map(([e, n]) => column(e, n)), ...keep.map((n) => column(col(n)))], { from: sub(q, `adg_e${depth++}`) });
  };
  let depth = 0;
  step([[addKey(col('en'), entityKey(seed, view.pool ?? view.dataset)), 'y']], ['en']);
  for (const mix of mixSteps(ROW_MIX)) step([[mix(col('y')), 'y']], ['en']);
  step([[addKey(col('y'), value), 'h'], [addKey(col('y'), jitter), 'j']], ['en']);
  for (const mix of mixSteps(FIELD_MIX)) step([[mix(col('h')), 'h'], [mix(col('j')), 'j']], ['en']);
  const bucket = fn('shr', col('h'), op('-', int(32), listOf('b')));
  step([[element(listOf('ps'), bucket, 'bigint'), 'slot'], [bucket, 'bucket']], ['en', 'h', 'j']);
  step([[caseWhen([[op('<', col('h'), fn('shr', col('slot'), int(ALIAS_BITS))), col('bucket')]], fn('bitand', col('slot'), int(ALIAS_MASK))), 'item']], ['en', 'j']);
  step([[element(listOf('nums'), col('item'), 'double'), 'num'], [element(listOf('widths'), col('item'), 'double'), 'width']], ['en', 'j']);
  // A band [lo, hi) of counts: lo + floor(u * width), held below hi.
  const lo = cast(col('num'), 'bigint');
  const placed = fn('least', op('+', lo, cast(fn('floor', op('*', uniform(col('j')), col('width'))), 'bigint')), op('-', op('+', lo, cast(col('width'), 'bigint')), int(1)));
  step([[caseWhen([[eq(col('width'), double(0)), lo]], placed), 'n']], ['en']);
  const running = cast(over('sum', col('n'), [], [asc(col('en'))], true), 'bigint');
  return select([column(col('en')), column(col('n')), column(op('-', running, col('n')), 's'), column(running, 'e')], { from: sub(q, 'adg_e') });
}

/** This table's entities beside each parent's: per foreign key k, the parent's first row (p{k}s) and rows (p{k}n) of the entity. */
function withParents(view: GenerationView): Query {
  const own = sub(entitiesQuery(view), 'c');
  return select(
    [
      ...['en', 'n', 's', 'e'].map((c) => column(col(c, 'c'))),
      ...view.references.flatMap((_, k) => [column(col('s', `p${k}`), `p${k}s`), column(col('n', `p${k}`), `p${k}n`)]),
    ],
    {
      from: own,
      joins: view.references.map((r, k) => ({
        type: 'inner' as const,
        from: sub(entitiesQuery(view, { dataset: r.parent!.dataset, ordinal: parentOrdinal(k) }), `p${k}`),
        on: eq(col('en', `p${k}`), col('en', 'c')),
      })),
    },
  );
}

export function entitySections(view: GenerationView, released: TableRef, rowBlocks: number): { before: Section[]; after: Section[] } {
  const planned = select([column(entityCount(view, released), 'entities')]);
  return {
    before: [
      {
        title: `Entities to generate: ${view.generation.entities !== undefined ? `${view.generation.entities} (generation.entities)` : `${view.generation.scale} x the released entities (generation.scale)`}`,
        statement: { k: 'createTable', table: TEMP.entityPlan, temp: true, query: planned },
      },
      {
        title: 'Rows per entity must be released, and the entities within what the 32-bit counter supports',
        statement: {
          k: 'assert',
          failWhen: op(
            'or',
            { k: 'exists', query: select([column(int(1))], { from: from(TEMP.entityPlan), where: op('or', isNull(col('entities')), op('or', op('<', col('entities'), int(1)), op('>', col('entities'), int(MAX_ROWS)))) }) },
            op('=', scalar(select([column(count())], { from: from(released), where: eq(col('stat'), text('cardinality')) })), int(0)),
          ),
          message: `${view.file}: no rows per entity were released (all suppressed, or not scraped), or generation asks for fewer than 1 or more than ${MAX_ROWS} entities. Scrape again with source.entity set, or adjust generation.entities or generation.scale.`,
        },
      },
    ],
    after: [
      {
        title: 'Each entity: its number of rows (drawn from the released rows per entity) and its range of row numbers',
        note: "Drawn from the entity hash with the same alias tables as every field; a running sum gives each entity [s, e). A parent table's entities are drawn again here from its released metadata, exactly as its own generate draws them, so a foreign key names one of the entity's rows there.",
        statement: { k: 'createTable', table: TEMP.entities, temp: true, query: view.references.length ? withParents(view) : entitiesQuery(view) },
      },
      {
        title: 'Rows to generate: the sum of the rows of every entity',
        statement: {
          k: 'createTable',
          table: TEMP.plan,
          temp: true,
          query: select([column(col('n')), column(col('entities')), column(fn('greatest', int(1), fn('intdiv', col('n'), int(rowBlocks))), 'block')], {
            from: sub(select([column(fn('coalesce', agg('sum', col('n')), int(0)), 'n'), column(count(), 'entities')], { from: from(TEMP.entities) }), 'planned'),
          }),
        },
      },
    ],
  };
}

/** The share of a stable field's rows that differ from their entity's value, as a cut on the 32-bit hash. */
export function stableCutsQuery(fields: readonly Field[], released: TableRef): Query {
  const m = (name: string) => col(name, 'm');
  const rowsOf = (f: Field, stat: string) =>
    scalar(select([column(agg('sum', m('n_rows')))], { from: from(released, 'm'), where: and(eq(m('field'), text(f.name)), eq(m('kind'), text(f.kind)), eq(m('stat'), text(stat))) }));
  const parts = fields.map((f) => {
    const share = op('/', cast(fn('coalesce', rowsOf(f, 'disagree'), int(0)), 'double'), cast(fn('greatest', int(1), fn('coalesce', agg('sum', col('n_rows', 'i')), int(1))), 'double'));
    return select([column(int(f.ordinal), 'ordinal'), column(cast(fn('floor', op('*', fn('least', double(1), share), double(2 ** 32))), 'bigint'), 'cut')], {
      from: from(TEMP.items, 'i'),
      where: eq(col('ordinal', 'i'), int(f.ordinal)),
    });
  });
  return unionAll(parts);
}

/** A stable field's cut, read once per statement. */
export const stableCut = (f: Field): Expr => scalar(select([column(col('cut'))], { from: from(TEMP.stableCuts), where: eq(col('ordinal'), int(f.ordinal)) }));

