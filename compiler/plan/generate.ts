// Generate: released metadata -> artificial rows. Reads the metadata database only; the plan is built
// from a view of the spec that has no source in it, so it cannot reference the source by construction.
//
// Sampling, per field: a 32-bit hash of (seed, field, row) picks an item from the field's exact integer
// alias table (compiler/plan/alias.ts): one read of the table by position and one of the values, no join
// and no sort. NULL is an item like any other. Every row's draws depend on its row number alone, and the
// query keeps rows in row-number order, so the output is the same at any thread count.
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  exists,
  fn,
  from,
  inList,
  int,
  isNotNull,
  isNull,
  not,
  op,
  agg,
  double,
  listAgg as listOf,
  nul,
  scalar,
  select,
  sub,
  text,
  eq,
  unionAll,
  type Cte,
  type From,
  type Expr,
  type SqlType,
  type Query,
  type Section,
  type SelectColumn,
} from '../ir.js';
import { columnOf, type Field, type OutputColumn, type Spec } from '../spec/model.js';
import { MAX_ROWS } from '../spec/schema.js';
import { isIntegerType, sqlType, temporalKind, type LogicalType } from '../spec/types.js';
import { addKey, entityKey, FIELD_MIX, mixSteps, ROW_MIX, rowKey, streamKey, uniform } from '../random.js';
import { cardinalityItems, entitySections, parentOrdinal, stableCut, stableCutsQuery } from './entities.js';
import { derivedExpr, identifierText, orderedValue, orderStatistics, permuted } from './structure.js';
import { vocabularyGenerateSections } from './vocabulary.js';
import { literalRows } from './common.js';
import { ALIAS_BITS, ALIAS_MASK, aliasQuery } from './alias.js';
import { ITEM_STATS } from './metadata.js';
import { metadataHashQuery } from './hash.js';
import { RELEASED_CATALOG, scopeSetup, TEMP, tablesOf } from './names.js';
import { releasedAssert, releaseRecordQuery } from './review.js';
import type { StagePlaces } from './paths.js';

/** Everything generate may know: no source. */
export type GenerationView = Pick<
  Spec,
  'file' | 'dataset' | 'description' | 'fields' | 'columns' | 'generation' | 'hash' | 'scrapeHash' | 'disclaimer' | 'timeZone' | 'entity' | 'identifiers' | 'derived' | 'orderedDates' | 'references' | 'vocabulary'
> & {
  /** The entity pool's name (a multi-table dataset's), which keys the entities' random streams; never its sources. */
  readonly pool?: string;
};

/** The released metadata's hash, as generate computed it at its start. */
const releasedHash = () => scalar(select([column(col('metadata_hash'))], { from: from(TEMP.releasedHash) }));

/** The spec's generated fields as a scratch table (ordinal, field, kind): what later statements join to the metadata. */
export function fieldsSection(view: Pick<GenerationView, 'fields'>, title: string): Section {
  const columns = [
    ['ordinal', 'bigint'],
    ['field', 'text'],
    ['kind', 'text'],
  ] as const;
  return { title, statement: { k: 'createTable', table: TEMP.fields, temp: true, query: literalRows(columns, view.fields.map((f) => [f.ordinal, f.name, f.kind])) } };
}

/** Whether a field places its value uniformly inside a bucket (needs a second random stream). */
function jitters(f: Field): boolean {
  return f.kind === 'continuous' || (f.kind === 'date' && f.granularity !== f.resolution);
}

export interface GenerateChoices {
  /** See Dialect.rowBlocks. */
  readonly rowBlocks: number;
  /** See Dialect.lookupLists. */
  readonly lookupLists: 'records' | 'subqueries';
}

export function generateSections(view: GenerationView, places: StagePlaces, toolVersion: string, choices: GenerateChoices): Section[] {
  const t = tablesOf(view.dataset, places);
  const md = (alias?: string) => from(t.releasedMetadata, alias);
  const sections: Section[] = [
    ...scopeSetup(places.released, 'read', RELEASED_CATALOG, 'the released metadata (the only input)'),
    ...scopeSetup(places.output, 'write', RELEASED_CATALOG, 'the output'),
    // A file scope is a database file beside others (the scrape's, the source): once the released
    // metadata is attached, the session is closed to every other file, whatever the rest of the SQL says.
    ...(places.released.kind === 'file'
      ? [{ title: 'Close the session to every other file: no file access, no extensions, no setting changes', statement: { k: 'isolate' as const } }]
      : []),
    fieldsSection(view, 'Fields to generate, matched to the metadata by name and kind'),
  ];

  sections.push({
    title: 'The metadata must come from a scrape of this spec as it is now',
    note: 'Scrape records the hash of what it depended on (source, fields, suppression policy, time zone); metadata scraped under another policy must not be generated from.',
    statement: {
      k: 'assert',
      failWhen: not(exists(select([column(int(1))], { from: md(), where: and(eq(col('stat'), text('depends_on')), eq(col('value'), text(view.scrapeHash))) }))),
      message: `${view.file}: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape ${view.file} again, then generate.`,
    },
  });
  sections.push(
    {
      title: 'The hash of the released metadata, computed once',
      note: 'What the releases log must name, and what the provenance records.',
      statement: { k: 'createTable', table: TEMP.releasedHash, temp: true, query: metadataHashQuery(t.releasedMetadata) },
    },
    releasedAssert(view, places, releasedHash()),
  );
  if (view.vocabulary) return [...sections, ...vocabularyGenerateSections(view, places, provenanceQuery(view, places, toolVersion))];
  const entities = view.generation.per === 'entity' ? entitySections(view, t.releasedMetadata, choices.rowBlocks) : undefined;
  sections.push(...(entities ? entities.before : rowPlanSections(view, md, choices.rowBlocks)));
  // The released items of every field, in published item order.
  const m = (name: string) => col(name, 'm');
  sections.push({
    title: 'Released items of every field, in published order',
    statement: {
      k: 'createTable',
      table: TEMP.items,
      temp: true,
      query: ((fieldItems: Query) =>
        entities
          ? unionAll([
              fieldItems,
              cardinalityItems(t.releasedMetadata),
              // Each parent's rows per entity, from its own released metadata (a foreign key's rows).
              ...view.references.map((r, k) => cardinalityItems(tablesOf(r.parent!.dataset, places).releasedMetadata, parentOrdinal(k))),
              // Stable fields whose entity value comes from another table's release (see homeDraws).
              ...homeItems(view, places),
            ])
          : fieldItems)(
        select(
          [
            column(col('ordinal', 'g')),
            column(m('item')),
            column(m('value')),
            column(m('lo')),
            column(m('hi')),
            column(m('n_rows')),
            ...placementColumns(view, m),
          ],
          {
            from: from(TEMP.fields, 'g'),
            joins: [{ type: 'inner', from: md('m'), on: and(eq(m('field'), col('field', 'g')), eq(m('kind'), col('kind', 'g'))) }],
            where: inList(m('stat'), ITEM_STATS.map(text)),
          },
        ),
      ),
    },
  });
  sections.push({
    title: 'Alias tables: per field, 2^b buckets of the 32-bit hash space, each with its own item below a threshold and one alias above it',
    note: 'Exact: every item gets ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T) hash values. Built by the sweep in closed form (compiler/plan/alias.ts), in integers only.',
    statement: { k: 'createTable', table: TEMP.alias, temp: true, query: aliasQuery() },
  });
  // What the sampling query draws: every field, and the entity draws of stable fields from another table.
  const sampling = { ...view, fields: [...view.fields, ...homeDraws(view)] };
  const lists = lookupLists(sampling, choices.lookupLists);
  if (choices.lookupLists === 'records') {
    sections.push(
      {
        title: 'Lookup lists of every field: its alias table and its values, in order',
        statement: { k: 'createTable', table: TEMP.fieldLists, temp: true, query: fieldListsQuery(view, places) },
      },
      {
        title: 'Lookup lists side by side: one row, one record per group of fields',
        note: 'Each draw reads a list by position: no join, O(1) per row whatever the number of items.',
        statement: { k: 'createTable', table: TEMP.lists, temp: true, query: listsQuery(sampling) },
      },
    );
  } else {
    sections.push({
      title: 'Lookup lists of every field: its alias table and its values, in order',
      note: 'A view: the sampling query reads each list once per statement as a scalar subquery, built in memory (a stored list would be read back from storage at every lookup).',
      statement: { k: 'createView', view: TEMP.fieldLists, temp: true, query: fieldListsQuery(view, places) },
    });
  }
  if (entities) sections.push(...entities.after);
  else sections.push(blocksSection());
  sections.push(...capacitySections(view));
  const stable = view.fields.filter((f) => f.stable);
  if (stable.length) {
    sections.push({
      title: `Stable fields (${stable.length}): the released share of rows that differ from their entity's value, as a cut on the hash`,
      statement: { k: 'createTable', table: TEMP.stableCuts, temp: true, query: stableCutsQuery(stable, t.releasedMetadata) },
    });
  }
  sections.push({
    title: `Sample ${view.fields.length} fields independently; replace the output and its provenance atomically`,
    note: 'One row hash per row, then one hash per field and stream; each value is two list reads. Row i of the output is draw i by construction: nothing reorders rows, so no sort is needed.',
    statement: {
      k: 'replace',
      tables: [
        { target: t.output, query: sampleQuery(view, lists) },
        { target: t.provenance, query: provenanceQuery(view, places, toolVersion) },
        { target: t.fieldSummary, query: fieldSummaryQuery(view, places) },
      ],
    },
  });
  sections.push({
    title: 'Summary: rows generated and items available per field',
    statement: {
      k: 'result',
      name: 'generate_summary',
      query: select(
        [
          column(col('ordinal', 'g')),
          column(col('field', 'g')),
          column(col('kind', 'g')),
          column(scalar(select([column(count())], { from: from(TEMP.items, 'i'), where: eq(col('ordinal', 'i'), col('ordinal', 'g')) })), 'items'),
          column(scalar(select([column(col('n'))], { from: from(TEMP.plan) })), 'rows'),
        ],
        { from: from(TEMP.fields, 'g'), orderBy: [asc(col('ordinal', 'g'))] },
      ),
    },
  });
  return sections;
}

/** The pseudo-field of a stable field's entity draw from its home table: an ordinal past every field's. */
const HOME_ORDINAL = 100_000;
const homeOrdinal = (f: Field) => HOME_ORDINAL + f.ordinal;

/**
 * Stable fields whose home is another table of the pool (compiler/spec/load.ts): each entity's value is
 * drawn from the home table's released items with the pool's entity stream, exactly as the home table
 * draws it, so one entity has one value in every table. Each is sampled as a pseudo-field of its own.
 */
function homeDraws(view: Pick<GenerationView, 'fields'>): Field[] {
  return view.fields.filter((f) => f.home).map((f) => ({ ...f, ordinal: homeOrdinal(f), stable: false, home: undefined }));
}

/** The released items of each home draw, from its home table's released metadata. */
function homeItems(view: GenerationView, places: StagePlaces): Query[] {
  const draws = homeDraws(view);
  const byHome = new Map<string, Field[]>();
  for (const f of view.fields.filter((x) => x.home)) byHome.set(f.home!, [...(byHome.get(f.home!) ?? []), f]);
  const m = (name: string) => col(name, 'm');
  return [...byHome].map(([home, fields]) => {
    const pseudo = draws.filter((d) => fields.some((f) => homeOrdinal(f) === d.ordinal));
    const g = literalRows([['ordinal', 'bigint'], ['field', 'text'], ['kind', 'text']], pseudo.map((d) => [d.ordinal, d.name, d.kind]));
    return select([column(col('ordinal', 'g')), column(m('item')), column(m('value')), column(m('lo')), column(m('hi')), column(m('n_rows')), ...placementColumns({ fields: pseudo }, m)], {
      from: sub(g, 'g'),
      joins: [{ type: 'inner', from: from(tablesOf(home, places).releasedMetadata, 'm'), on: and(eq(m('field'), col('field', 'g')), eq(m('kind'), col('kind', 'g'))) }],
      where: inList(m('stat'), ITEM_STATS.map(text)),
    });
  });
}

/** Column names of a field's lists and intermediate values inside the sampling query. */
const names = (f: Field) => ({
  packed: `p${f.ordinal}`,
  bits: `b${f.ordinal}`,
  values: `v${f.ordinal}`,
  widths: `w${f.ordinal}`,
  hash: `h${f.ordinal}`,
  jitter: `j${f.ordinal}`,
  slot: `q${f.ordinal}`,
  item: `k${f.ordinal}`,
  decimals: `d${f.ordinal}`,
  // Stable fields: the entity's draws, and the stream deciding which rows disagree with it.
  entityHash: `g${f.ordinal}`,
  entityJitter: `t${f.ordinal}`,
  disagree: `z${f.ordinal}`,
});

/** Continuous doubles are rounded to the source's published decimals. */
const rounds = (f: Field) => f.kind === 'continuous' && !isIntegerType(f.type);

/**
 * Where a value is placed inside its item, per item: continuous fields as a number and a width (a bin
 * [lo, hi), or a single value of width 0: NaN, infinities, point masses), dates placed inside their
 * bucket as the bucket's length in resolution steps. Each field's arithmetic only touches its own rows.
 */
function placementColumns(view: Pick<GenerationView, 'fields'>, m: (name: string) => Expr): SelectColumn[] {
  const continuous = inList(col('kind', 'g'), [text('continuous')]);
  const num = caseWhen([[continuous, caseWhen([[isNotNull(m('lo')), m('lo')]], cast(m('value'), 'double'))]]);
  const width = caseWhen([[continuous, caseWhen([[eq(m('stat'), text('bin')), op('-', m('hi'), m('lo'))]], double(0))]]);
  const placed = view.fields.filter((f) => f.kind === 'date' && jitters(f));
  const span = placed.length
    ? caseWhen(
        placed.map((f) => {
          const start = cast(m('value'), sqlType(f.type));
          const end: Expr = { k: 'addUnits', unit: f.granularity!, start, count: int(1), type: temporalKind(f.type) };
          return [eq(col('ordinal', 'g'), int(f.ordinal)), cast({ k: 'unitsBetween', unit: f.resolution!, from: start, to: end }, 'double')] as const;
        }),
      )
    : nul('double');
  return [column(num, 'num'), column(caseWhen([[continuous, width]], span), 'width')];
}

/**
 * The lookup lists of every field, one row per field: its packed alias table, its bucket bits, its
 * values as text (continuous: lower edges and widths), widths of dates placed inside a bucket, and the
 * decimals of continuous doubles.
 */
function fieldListsQuery(view: GenerationView, places: StagePlaces): Query {
  const byOrdinal = [col('ordinal')];
  const values = select(
    [
      column(col('ordinal')),
      column(listOf(col('value'), [asc(col('item'))]), 'vs'),
      column(listOf(col('num'), [asc(col('item'))]), 'nums'),
      column(listOf(col('width'), [asc(col('item'))]), 'widths'),
    ],
    { from: from(TEMP.items), groupBy: byOrdinal },
  );
  const tables = select([column(col('ordinal')), column(listOf(col('packed'), [asc(col('bucket'))]), 'ps'), column(agg('max', col('b')), 'b')], {
    from: from(TEMP.alias),
    groupBy: byOrdinal,
  });
  const g = (name: string) => col(name, 'g');
  const released = tablesOf(view.dataset, places).releasedMetadata;
  const decimals = select([column(g('ordinal')), column(cast(col('value', 'm'), 'bigint'), 'd')], {
    from: from(TEMP.fields, 'g'),
    joins: [{ type: 'inner', from: from(released, 'm'), on: and(eq(col('field', 'm'), g('field')), eq(col('kind', 'm'), g('kind'))) }],
    where: eq(col('stat', 'm'), text('decimals')),
  });
  return select(
    [column(col('ordinal', 'a')), ...['ps', 'b'].map((c) => column(col(c, 'a'))), ...['vs', 'nums', 'widths'].map((c) => column(col(c, 'v'))), column(col('d', 'd'))],
    {
      from: sub(tables, 'a'),
      joins: [
        { type: 'left', from: sub(values, 'v'), on: eq(col('ordinal', 'v'), col('ordinal', 'a')) },
        { type: 'left', from: sub(decimals, 'd'), on: eq(col('ordinal', 'd'), col('ordinal', 'a')) },
      ],
    },
  );
}

/** A field's lookup lists as named members, each read from its field-lists row by `of`. */
function listMembers(f: Field, of: (column: string) => Expr): [string, Expr][] {
  const n = names(f);
  const out: [string, Expr][] = [
    [n.packed, of('ps')],
    [n.bits, of('b')],
    // Values cast to the output type once, not per row.
    [n.values, f.kind === 'continuous' ? of('nums') : { k: 'castList', arg: of('vs'), type: sqlType(f.type) }],
  ];
  if (f.kind === 'continuous' || jitters(f)) out.push([n.widths, of('widths')]);
  if (rounds(f)) out.push([n.decimals, of('d')]);
  return out;
}

function listsQuery(view: GenerationView): Query {
  // One row of records; each field's members are its lists. A record carried through the sampling
  // query costs one column, however many lists it holds.
  const members = (f: Field) => listMembers(f, (c) => agg('any', col(c, 'a'), eq(col('ordinal', 'a'), int(f.ordinal))));
  // One record per group of fields, each built from its own fields' rows only: setting lists side by
  // side copies each list once per aggregate over its rows, so one record of every field would cost
  // fields^2 list copies (seconds at 400 fields); groups of LIST_GROUP keep it linear.
  const group = (fields: readonly Field[]): Query =>
    select([column({ k: 'record', members: fields.flatMap(members) }, groupName(fields[0]!))], {
      from: from(TEMP.fieldLists, 'a'),
      where: inList(col('ordinal', 'a'), fields.map((f) => int(f.ordinal))),
    });
  const groups = listGroups(view.fields);
  return select(
    groups.map((fields) => column(col(groupName(fields[0]!)))),
    {
      from: sub(group(groups[0]!), 'g1'),
      joins: groups.slice(1).map((fields, i) => ({ type: 'cross' as const, from: sub(group(fields), `g${i + 2}`) })),
    },
  );
}

/** The columns of the field-lists view that are lists (the others are numbers). */
const LIST_COLUMNS = ['ps', 'vs', 'nums', 'widths'];

/** Fields per record of lookup lists (see listsQuery). */
const LIST_GROUP = 16;
const groupName = (first: Field) => `adg_lists_${Math.ceil(first.ordinal / LIST_GROUP)}`;

/** Fields grouped by the record that carries their lists (LIST_GROUP consecutive ordinals each). */
function listGroups(fields: readonly Field[]): Field[][] {
  const groups = new Map<string, Field[]>();
  for (const f of fields) groups.set(groupName(f), [...(groups.get(groupName(f)) ?? []), f]);
  return [...groups.values()];
}

/** How the sampling query reads lookup lists (see Dialect.lookupLists). */
interface LookupLists {
  /** Columns carried through every step of the sampling query (records), or none (subqueries). */
  readonly carried: readonly string[];
  /** A field's list (or bit count) by member name. */
  readonly of: (f: Field, name: string) => Expr;
}

function lookupLists(view: GenerationView, mode: 'records' | 'subqueries'): LookupLists {
  if (mode === 'records') {
    // A member of the record of lookup lists of a field's group, carried through the sampling query.
    return { carried: listGroups(view.fields).map((fields) => groupName(fields[0]!)), of: (f, name) => ({ k: 'member', arg: col(groupName(f)), name }) };
  }
  // A scalar subquery per list: the engine evaluates it once per statement.
  return {
    carried: [],
    of: (f, name) => {
      // Each list read whole once (before any cast), so every position read is O(1).
      const read = (c: string) => (LIST_COLUMNS.includes(c) ? fn('wholeList', col(c, 'a')) : col(c, 'a'));
      const value = listMembers(f, read).find(([n]) => n === name)![1];
      return scalar(select([column(value)], { from: from(TEMP.fieldLists, 'a'), where: eq(col('ordinal', 'a'), int(f.ordinal)) }));
    },
  };
}

/**
 * The sampling query: a chain of projections, each computing one step for every field, carrying the
 * lookup lists along. Blocks (or, with entities, each entity's range of rows) are expanded next to the
 * lists, so the lists are shared by reference. Identifiers, ordered dates and derived fields follow
 * as projections of the sampled row (compiler/plan/structure.ts).
 */
function sampleQuery(view: GenerationView, lookup: LookupLists): Query {
  const { seed } = view.generation;
  const lists = lookup.carried;
  const listOfField = lookup.of;
  const byEntity = view.generation.per === 'entity';
  const stable = view.fields.filter((f) => f.stable);
  // Stable fields drawn for the entity from their own release (local) or from their home table's (homed).
  const local = stable.filter((f) => !f.home);
  const homed = stable.filter((f) => f.home);
  const draws = homeDraws(view);
  const sampled = [...view.fields, ...draws];
  const streams = view.fields.flatMap((f) => [
    [names(f).hash, streamKey(seed, view.dataset, f.name, 'value')] as const,
    ...(f.kind === 'continuous' || jitters(f) ? [[names(f).jitter, streamKey(seed, view.dataset, f.name, 'jitter')] as const] : []),
    ...(f.stable ? [[names(f).disagree, streamKey(seed, view.dataset, f.name, 'disagree')] as const] : []),
  ]);
  // A stable field's draws from the entity's hash: the same on every row of the entity.
  // Keyed by the pool: a field of the same name draws alike for one entity in every table of the dataset.
  const pool = view.pool ?? view.dataset;
  const entityStreams = [
    ...local.flatMap((f) => [
      [names(f).entityHash, streamKey(seed, pool, f.name, 'value')] as const,
      ...(f.kind === 'continuous' || jitters(f) ? [[names(f).entityJitter, streamKey(seed, pool, f.name, 'jitter')] as const] : []),
    ]),
    // A home draw uses the very streams its home table's entity draw uses.
    ...draws.flatMap((d) => [[names(d).hash, streamKey(seed, pool, d.name, 'value')] as const, ...(jitters(d) ? [[names(d).jitter, streamKey(seed, pool, d.name, 'jitter')] as const] : [])]),
  ];
  // Numbers identifiers are made from: the row number, or the entity number; and per foreign key, the
  // entity's first row and rows in the parent table.
  const identifierInputs = view.identifiers.map((id) => (id.per === 'entity' ? 'en' : 'i'));
  const parentRows = view.references.flatMap((_, k) => [`p${k}s`, `p${k}n`]);
  const numbers = [...new Set(identifierInputs), ...parentRows];
  // A foreign key picks one of the entity's parent rows with a stream of its own.
  const referenceStreams = view.references.map((r, k) => [`r${k}`, streamKey(seed, view.dataset, r.name, 'value')] as const);
  const carry = (names: readonly string[]) => names.map((n) => column(col(n)));
  const ctes: Cte[] = [];
  const stage = (columns: SelectColumn[], keep: readonly string[]) => {
    const name = `adg_s${ctes.length}`;
    const previous = ctes.length ? from({ name: ctes[ctes.length - 1]!.name }) : undefined;
    ctes.push({ name, query: select([...columns, ...carry(keep)], previous ? { from: previous } : {}) });
  };
  // Rows: each block (entity) expanded into its row numbers (beside the lists, when they are carried).
  ctes.push({
    name: 'adg_s0',
    query: select([column({ k: 'seriesRange', from: col('s'), to: col('e') }, 'i'), ...(byEntity ? [column(col('en'))] : []), ...carry(parentRows), ...carry(lists)], {
      from: from(byEntity ? TEMP.entities : TEMP.blocks),
      ...(lists.length ? { joins: [{ type: 'cross' as const, from: from(TEMP.lists) }] } : {}),
    }),
  });
  const kept = [...numbers, ...lists];
  // Row hash H(i), and the entity hash from the entity number, one step per projection.
  const hashed = (x: Expr, y: Expr) => [column(x, 'x'), ...(stable.length ? [column(y, 'y')] : [])];
  stage(hashed(addKey(col('i'), rowKey(seed, view.dataset)), addKey(col('en'), entityKey(seed, pool))), kept);
  for (const step of mixSteps(ROW_MIX)) stage(hashed(step(col('x')), step(col('y'))), kept);
  // Field hashes from H (and from the entity hash, for stable fields).
  stage(
    [...streams, ...referenceStreams].map(([name, key]) => column(addKey(col('x'), key), name)).concat(entityStreams.map(([name, key]) => column(addKey(col('y'), key), name))),
    kept,
  );
  const all = [...streams, ...referenceStreams, ...entityStreams];
  for (const step of mixSteps(FIELD_MIX)) stage(all.map(([name]) => column(step(col(name)), name)), kept);
  // A stable field keeps its entity's draw, except on the released share of rows, which draw their own.
  const own = (f: Field) => op('<', col(names(f).disagree), stableCut(f));
  if (local.length) {
    const chosen = (f: Field, rowName: string, entityName: string) => column(caseWhen([[own(f), col(rowName)]], col(entityName)), rowName);
    const replaced = new Set(local.flatMap((f) => [names(f).hash, names(f).jitter, names(f).disagree, names(f).entityHash, names(f).entityJitter]));
    stage(
      local.flatMap((f) => [chosen(f, names(f).hash, names(f).entityHash), ...(f.kind === 'continuous' || jitters(f) ? [chosen(f, names(f).jitter, names(f).entityJitter)] : [])]),
      [...[...streams, ...referenceStreams, ...entityStreams].map(([n]) => n).filter((n) => !replaced.has(n)), ...kept],
    );
  }
  // A homed field's disagreement stream is read at the end, to pick its row's draw or its entity's.
  const disagreements = homed.map((f) => names(f).disagree);
  const hashes = [
    ...streams.map(([name]) => name).filter((n) => !n.startsWith('z')),
    ...referenceStreams.map(([name]) => name),
    ...draws.flatMap((d) => [names(d).hash, ...(jitters(d) ? [names(d).jitter] : [])]),
  ];
  // Bucket slot: the packed entry of the bucket holding h.
  const bucket = (f: Field) => fn('shr', col(names(f).hash), op('-', int(32), listOfField(f, names(f).bits)));
  const element = (list: Expr, index: Expr, type: SqlType): Expr => ({ k: 'element', list, index, type });
  stage(sampled.map((f) => column(element(listOfField(f, names(f).packed), bucket(f), 'bigint'), names(f).slot)), [...hashes, ...disagreements, ...kept]);
  // Item: the bucket's own item below the cut, its alias above.
  stage(
    sampled.map((f) => {
      const n = names(f);
      const cut = fn('shr', col(n.slot), int(ALIAS_BITS));
      return column(caseWhen([[op('<', col(n.hash), cut), bucket(f)]], fn('bitand', col(n.slot), int(ALIAS_MASK))), n.item);
    }),
    [...hashes, ...disagreements, ...kept],
  );
  // Each value (and width) read once: the output arithmetic uses them several times. Identifiers'
  // numbers are permuted here, once (their text reads the result once per character).
  const jitterHashes = hashes.filter((h) => h.startsWith('j'));
  stage(
    [
      ...sampled.flatMap((f) => {
        const n = names(f);
        const read = (name: string, type: SqlType) => element(listOfField(f, name), col(n.item), type);
        return [
          column(read(n.values, f.kind === 'continuous' ? 'double' : sqlType(f.type)), n.values),
          ...(f.kind === 'continuous' || jitters(f) ? [column(read(n.widths, 'double'), n.widths)] : []),
          ...(rounds(f) ? [column(listOfField(f, n.decimals), n.decimals)] : []),
        ];
      }),
      ...view.identifiers.map((id, k) => column(permuted(id, col(identifierInputs[k]!)), `m${k + 1}`)),
      // The parent row: the entity's first row there plus floor(u * its rows); none when it has no row there.
      ...view.references.map((r, k) =>
        column(
          caseWhen([[op('>', col(`p${k}n`), int(0)), permuted(r.parent!.identifier, op('+', col(`p${k}s`), cast(fn('floor', op('*', uniform(col(`r${k}`)), cast(col(`p${k}n`), 'double'))), 'bigint')))]], nul('bigint')),
          `f${k}`,
        ),
      ),
    ],
    [...jitterHashes, ...disagreements],
  );
  const identifierOf = new Map([
    ...view.identifiers.map((id, k) => [id.name, identifierText(id, col(`m${k + 1}`))] as const),
    ...view.references.map((r, k) => [r.name, identifierText(r.parent!.identifier, col(`f${k}`))] as const),
  ]);
  const drawOf = new Map(draws.map((d) => [d.name, d]));
  // A homed field: its row's own draw on the released share of rows, else its entity's home draw.
  const generatedValue = (f: Field): Expr => (f.home ? caseWhen([[own(f), outputExpr(f)]], outputExpr(drawOf.get(f.name)!)) : outputExpr(f));
  const valueOf = (c: OutputColumn): Expr =>
    'generated' in c ? generatedValue(c.generated) : 'identifier' in c ? identifierOf.get(c.identifier.name)! : 'reference' in c ? identifierOf.get(c.reference.name)! : nul(sqlType(columnOf(c).type));
  if (!view.orderedDates.length && !view.derived.length) {
    // The source's columns in spec order: generated fields, identifiers, and excluded ones as NULLs of their type.
    return select(
      view.columns.map((c) => column(valueOf(c), columnOf(c).name)),
      { with: ctes, from: from({ name: ctes[ctes.length - 1]!.name }) },
    );
  }
  // Output values under internal names (a field may be called x or i), then dates put in order, then
  // derived fields computed from the finished row.
  const rowColumns = view.columns.filter((c) => !('derived' in c));
  const internal = new Map(rowColumns.map((c, k) => [columnOf(c).name, `o${k + 1}`]));
  stage(rowColumns.map((c) => column(valueOf(c), internal.get(columnOf(c).name)!)), []);
  if (view.orderedDates.length) {
    const typeOf = (name: string) => view.fields.find((f) => f.name === name)!.type;
    const statistics = view.orderedDates.map((seq, s) => orderStatistics(seq.map((name) => col(internal.get(name)!)), typeOf(seq[0]!)).map((e, j) => [e, `r${s + 1}_${j + 1}`] as const));
    const inSequences = new Set(view.orderedDates.flat());
    stage(statistics.flat().map(([e, name]) => column(e, name)), [...internal.values()]);
    stage(
      [
        ...view.orderedDates.flatMap((seq, s) =>
          seq.map((name, p) => column(orderedValue(seq.map((n) => col(internal.get(n)!)), statistics[s]!.map(([, stat]) => col(stat)), p), internal.get(name)!)),
        ),
      ],
      [...internal].filter(([name]) => !inSequences.has(name)).map(([, column]) => column),
    );
  }
  const row = (name: string) => ({ expr: internal.has(name) ? col(internal.get(name)!) : derivedOf.get(name)!, type: typeOfColumn(view, name) });
  const derivedOf = new Map<string, Expr>();
  for (const d of view.derived) derivedOf.set(d.name, derivedExpr(d, row));
  return select(
    view.columns.map((c) => column('derived' in c ? derivedOf.get(c.derived.name)! : col(internal.get(columnOf(c).name)!), columnOf(c).name)),
    { with: ctes, from: from({ name: ctes[ctes.length - 1]!.name }) },
  );
}

/** The output type of a column by name. */
function typeOfColumn(view: GenerationView, name: string): LogicalType {
  return columnOf(view.columns.find((c) => columnOf(c).name === name)!).type;
}

/** The output value of a field from its item and, where it is placed inside a bucket, its jitter hash. */
function outputExpr(f: Field): Expr {
  const n = names(f);
  const value = col(n.values);
  const width = col(n.widths);
  const u = uniform(col(n.jitter));
  switch (f.kind) {
    case 'categorical':
    case 'discrete':
      return value;
    case 'date':
      if (!jitters(f)) return value;
      return { k: 'addUnits', unit: f.resolution!, start: value, count: cast(fn('floor', op('*', u, cast(width, 'double'))), 'bigint'), type: temporalKind(f.type) };
    case 'continuous': {
      if (isIntegerType(f.type)) {
        // Integer bins have integer edges (scrape bins floor(x)): lo + floor(u * width), held below
        // lo + width even where u * width rounds up; a single value (width 0) is itself. An integer
        // column cannot hold NaN or infinity: those become NULL.
        const lo = cast(value, 'bigint');
        const inBin = fn('least', op('+', lo, cast(fn('floor', op('*', u, width)), 'bigint')), op('-', op('+', lo, cast(width, 'bigint')), int(1)));
        return cast(caseWhen([[not(fn('isFinite', value)), nul('bigint')], [eq(width, double(0)), lo]], inBin), sqlType(f.type));
      }
      // lo + u * width can round up to the upper edge itself; that draw goes to lo, so every value
      // stays in [lo, hi). A single value (width 0) is itself, NaN and infinities included.
      const x = op('+', value, op('*', u, width));
      const placed = caseWhen([[op('<', x, op('+', value, width)), x]], value);
      // Rounded down to the source's decimals, kept inside [lo, x] (so inside its bin).
      const m = fn('power', double(10), cast(col(n.decimals), 'double'));
      const rounded = fn('greatest', fn('least', op('/', fn('floor', op('*', placed, m)), m), placed), value);
      const result = caseWhen([[op('or', isNull(col(n.decimals)), eq(width, double(0))), placed]], rounded);
      return f.type === 'double' ? result : cast(result, sqlType(f.type));
    }
  }
}

/** Per generated field, as released: items published (and how many are not NULL), what suppression took, decimals. */
function fieldSummaryQuery(view: GenerationView, places: StagePlaces): Query {
  const t = tablesOf(view.dataset, places);
  const g = (name: string) => col(name, 'g');
  const released = (stat: string) =>
    scalar(select([column(col('value', 'm'))], { from: from(t.releasedMetadata, 'm'), where: and(eq(col('field', 'm'), g('field')), eq(col('kind', 'm'), g('kind')), eq(col('stat', 'm'), text(stat))) }));
  const items = (where: Expr) => scalar(select([column(count())], { from: from(TEMP.items, 'i'), where: and(eq(col('ordinal', 'i'), g('ordinal')), where) }));
  return select(
    [
      column(g('ordinal')),
      column(g('field')),
      column(g('kind')),
      column(items({ k: 'lit', type: 'boolean', value: true }), 'items'),
      column(items(op('or', isNotNull(col('value', 'i')), isNotNull(col('lo', 'i')))), 'non_null_items'),
      column(items(isNotNull(col('lo', 'i'))), 'bins'),
      column(released('suppressed'), 'suppressed'),
      column(released('decimals'), 'decimals'),
    ],
    { from: from(TEMP.fields, 'g'), orderBy: [asc(g('ordinal'))] },
  );
}

/** One row saying what the output came from: the spec, the released metadata (by its hash) and the release. */
function provenanceQuery(view: GenerationView, places: StagePlaces, toolVersion: string): Query {
  const t = tablesOf(view.dataset, places);
  const digest = select([column(col('metadata_hash'))], { from: from(TEMP.releasedHash) });
  return select(
    [
      column(text(view.dataset), 'dataset'),
      column(text(view.file), 'spec_file'),
      column(text(view.hash), 'spec_hash'),
      column(col('metadata_hash', 'm')),
      column(int(view.generation.seed), 'seed'),
      column(scalar(select([column(col('n'))], { from: from(TEMP.plan) })), 'rows'),
      column(view.generation.per === 'entity' ? scalar(select([column(col('entities'))], { from: from(TEMP.plan) })) : nul('bigint'), 'entities'),
      // Entities of a shared pool may have no row in this table: those with rows carry its identifiers.
      column(view.generation.per === 'entity' ? scalar(select([column(count())], { from: from(TEMP.entities), where: op('>', col('n'), int(0)) })) : nul('bigint'), 'entities_with_rows'),
      column(text(toolVersion), 'tool_version'),
      column(text(view.disclaimer), 'disclaimer'),
      column(fn('now'), 'generated_at'),
      // The sign-off this output rests on (released_at, reviewer, approver from the releases log).
      ...['released_at', 'reviewer', 'approver'].map((name) => column(col(name, 'r'), name)),
      // The dataset's suppression policy as released (threshold, rounding, any override and its reason).
      column(
        scalar(select([column(col('value'))], { from: from(t.releasedMetadata), where: and(eq(col('stat'), text('policy')), eq(col('ordinal'), int(0))) })),
        'policy',
      ),
    ],
    { from: sub(digest, 'm'), joins: [{ type: 'left', from: sub(releaseRecordQuery(view.dataset, places, releasedHash()), 'r'), on: eq(col('metadata_hash', 'r'), col('metadata_hash', 'm')) }] },
  );
}

/** Without entities: how many rows (generation.rows, or scale x the released source rows). */
function rowPlanSections(view: GenerationView, md: (alias?: string) => From, rowBlocks: number): Section[] {
  const sections: Section[] = [];
  const { rows, scale } = view.generation;
  if (rows === undefined) {
    sections.push({
      title: 'The published source row count must exist to scale from',
      statement: {
        k: 'assert',
        failWhen: not(exists(select([column(int(1))], { from: md(), where: eq(col('stat'), text('rows')) }))),
        message: `${view.file}: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.`,
      },
    });
  }
  const n =
    rows !== undefined
      ? int(rows)
      : scalar(
          select([column(cast(fn('floor', op('+', op('*', { k: 'lit', type: 'double', value: scale ?? 1 }, col('n_rows')), { k: 'lit', type: 'double', value: 0.5 })), 'bigint'))], {
            from: md(),
            where: eq(col('stat'), text('rows')),
          }),
        );
  sections.push(
    {
      title: `Rows to generate: ${rows !== undefined ? `${rows} (generation.rows)` : `${scale} x the published source row count (generation.scale)`}`,
      statement: {
        k: 'createTable',
        table: TEMP.plan,
        temp: true,
        // block: rows per block, so that about rowBlocks blocks cover the output (one row each when fewer).
        query: select([column(col('n')), column(fn('greatest', int(1), fn('intdiv', col('n'), int(rowBlocks))), 'block')], {
          from: sub(select([column(n, 'n')]), 'planned'),
        }),
      },
    },
    {
      title: 'Row count within what the 32-bit counter supports',
      statement: {
        k: 'assert',
        failWhen: exists(
          select([column(int(1))], {
            from: from(TEMP.plan),
            where: op('or', op('<', col('n'), int(1)), op('>', col('n'), int(MAX_ROWS))),
          }),
        ),
        message: `${view.file}: generation would produce fewer than 1 or more than ${MAX_ROWS} rows. Adjust generation.rows or generation.scale.`,
      },
    },
  );

  return sections;
}

/** Blocks of row numbers, about rowBlocks of them, each a range [s, e). */
function blocksSection(): Section {
  return {
    title: 'Blocks of row numbers',
    note: 'The sampling query expands each block into its rows beside the lookup lists (see Dialect.rowBlocks); a materialised table is scanned in parallel.',
    statement: {
      k: 'createTable',
      table: TEMP.blocks,
      temp: true,
      query: select(
        [column(op('*', col('g'), col('block', 'p')), 's'), column(fn('least', op('+', op('*', col('g'), col('block', 'p')), col('block', 'p')), col('n', 'p')), 'e')],
        {
          from: { k: 'range', count: scalar(select([column(fn('intdiv', op('-', op('+', col('n'), col('block')), int(1)), col('block')))], { from: from(TEMP.plan) })), column: 'g', as: 'r' },
          joins: [{ type: 'cross', from: from(TEMP.plan, 'p') }],
        },
      ),
    },
  };
}

/**
 * Rows (entities) within what the 32-bit counter supports, and within what each identifier pattern can
 * make; said at compile time when the count is in the spec, checked here when it follows from the metadata.
 */
function capacitySections(view: GenerationView): Section[] {
  const count = (per: 'entity' | 'row') => col(per === 'entity' ? 'entities' : 'n');
  const sections: Section[] = [];
  if (view.generation.per === 'entity') {
    sections.push({
      title: 'Row count within what the 32-bit counter supports',
      statement: {
        k: 'assert',
        failWhen: exists(select([column(int(1))], { from: from(TEMP.plan), where: op('or', op('<', col('n'), int(1)), op('>', col('n'), int(MAX_ROWS))) })),
        message: `${view.file}: the entities would have fewer than 1 or more than ${MAX_ROWS} rows in all. Adjust generation.entities or generation.scale.`,
      },
    });
  }
  for (const id of view.identifiers) {
    sections.push({
      title: `Identifier ${id.name}: the pattern has a value for every ${id.per}`,
      statement: {
        k: 'assert',
        failWhen: exists(select([column(int(1))], { from: from(TEMP.plan), where: op('>', count(id.per), int(id.pattern.modulus)) })),
        message: `${view.file}: fields.${id.name}: pattern "${id.pattern.source}" makes ${id.pattern.modulus} distinct values, fewer than the ${id.per === 'entity' ? 'entities' : 'rows'} to generate. Add characters or widen a class, or generate fewer.`,
      },
    });
  }
  return sections;
}

