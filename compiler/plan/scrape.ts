// Scrape: source -> suppressed metadata table. Raw counts exist only in TEMP tables of the session;
// the metadata database receives nothing but rows that passed suppression.
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
  exists,
  fn,
  from,
  inList,
  int,
  isNotNull,
  isNull,
  not,
  nul,
  op,
  over,
  agg,
  scalar,
  select,
  sub,
  text,
  unionAll,
  ascText,
  type Expr,
  type From,
  type Order,
  type Query,
  type Section,
  type SelectColumn,
} from '../ir.js';
import type { Field, Spec } from '../spec/model.js';
import { isIntegerType, temporalKind } from '../spec/types.js';
import { digitsOnly, MIN_VALUES, SHAPES, shapeTests } from '../identifiers.js';
import { binSections, MAX_DECIMALS } from './bins.js';
import { describeSource, literalRows, sourceFrom, type LiteralValue } from './common.js';
import type { FrequencyScan } from '../../dialects/dialect.js';
import { METADATA_COLUMNS } from './metadata.js';
import { scopeSetup, SOURCE_CATALOG, TEMP, tablesOf } from './names.js';
import { passes, rounded } from './suppress.js';
import type { StagePlaces } from './paths.js';

const KEY = 'k';
const ENTITY = 'e';

/** The entity column when the policy counts distinct entities, else undefined (counts are rows). */
function countedEntity(spec: Spec): string | undefined {
  return spec.policy.count === 'entities' ? spec.entity : undefined;
}

/** The value a field is counted by: its category, integer, date bucket or number. */
function keyExpr(f: Field): Expr {
  const source = col(f.name);
  switch (f.kind) {
    case 'categorical':
      return source;
    case 'discrete':
      return cast(source, 'bigint');
    case 'continuous':
      // An integer output is binned on whole numbers, so every bin edge is an integer and every bin
      // holds one: generated integers then stay inside their published bin.
      return isIntegerType(f.type) ? fn('floor', cast(source, 'double')) : cast(source, 'double');
    case 'date': {
      const parsed: Expr = f.format ? { k: 'parseTime', arg: source, format: f.format } : source;
      return { k: 'dateTrunc', unit: f.granularity ?? 'day', arg: parsed, type: temporalKind(f.type) };
    }
  }
}

export interface ScrapeChoices {
  readonly frequencyScan: FrequencyScan;
  /** Parse the source once into a TEMP table first (row-oriented files). */
  readonly stageSource: boolean;
  /** Whether the engine reads a file source in place (else: the table `adg load` made of it). */
  readonly readsFiles: boolean;
}

export function scrapeSections(spec: Spec, places: StagePlaces, choices: ScrapeChoices): Section[] {
  const t = tablesOf(spec.dataset, places);
  const source = () => sourceFrom(spec, places.source, choices.readsFiles);
  const src = (): From => (choices.stageSource ? from(TEMP.source) : source());
  const entity = spec.entity;
  const continuous = spec.fields.filter((f) => f.kind === 'continuous');
  const sections: Section[] = [];

  if (spec.source.kind === 'table' || !choices.readsFiles) sections.push(...scopeSetup(places.source, 'read', SOURCE_CATALOG, 'the source database'));
  sections.push(...scopeSetup(places.metadata, 'write', SOURCE_CATALOG, 'the metadata'));

  if (choices.stageSource) {
    const needed = [...spec.fields.map((f) => f.name), ...spec.identifiers.filter((x) => x.name !== entity).map((x) => x.name), ...(entity ? [entity] : [])];
    sections.push({
      title: "Parse the source once into session memory (only the spec's columns)",
      note: 'A row-oriented file is parsed whole by every scan; a TEMP table is parsed once and scanned by column.',
      statement: { k: 'createTable', table: TEMP.source, temp: true, query: select(needed.map((n) => column(col(n))), { from: source() }) },
    });
  }

  // Field catalog: names, kinds and policies as a table, so every later statement joins instead of
  // repeating per-field constants.
  const dataset = spec.policy;
  sections.push({
    title: 'Field catalog: kind and suppression policy of each field',
    statement: {
      k: 'createTable',
      table: TEMP.fields,
      temp: true,
      query: literalRows(
        [
          ['ordinal', 'bigint'],
          ['field', 'text'],
          ['kind', 'text'],
          ['threshold', 'bigint'],
          ['round_to', 'bigint'],
          ['bins', 'bigint'],
        ],
        [
          [0, null, 'dataset', dataset.threshold, dataset.roundTo, null],
          ...spec.fields.map((f) => [f.ordinal, f.name, f.kind, f.policy.threshold, f.policy.roundTo, f.bins ?? null]),
        ],
      ),
    },
  });

  sections.push({
    title: 'Raw frequencies (session scratch, dropped after the stage, never published)',
    note:
      choices.frequencyScan === 'per-field'
        ? 'One GROUP BY per field: on columnar storage each reads a single column. Continuous fields are counted by exact value here and binned below.'
        : 'One pass with GROUPING SETS, one set per field. Continuous fields are counted by exact value here and binned below.',
    statement: {
      k: 'createTable',
      table: TEMP.raw,
      temp: true,
      query: choices.frequencyScan === 'per-field' ? perFieldFrequencies(spec, src) : groupingSetFrequencies(spec, src),
    },
  });

  sections.push({
    title: 'Refuse an empty source',
    statement: {
      k: 'assert',
      failWhen: exists(select([column(int(1))], { from: from(TEMP.raw), where: and(eq(col('ordinal'), int(0)), eq(col('n_rows'), int(0))) })),
      message: `${spec.file}: source (${describeSource(spec)}) has no rows, so there is nothing to scrape. Point source at a table or file with data.`,
    },
  });

  if (continuous.length) {
    sections.push(...binSections({ spec, ordinals: continuous.map((f) => f.ordinal), src, keyOf: keyExpr, byEntity: countedEntity(spec) }));
  }

  if (entity) {
    if (spec.entityPool) sections.push(...poolSections(spec, src, places, choices.readsFiles));
    const perEntity = select([column(col(ENTITY)), column(count(), 'per')], {
      from: sub(select([column(col(entity), ENTITY)], { from: src() }), 's'),
      where: isNotNull(col(ENTITY)),
      groupBy: [col(ENTITY)],
    });
    sections.push({
      title: 'Raw entity cardinalities: how many entities have each number of rows',
      statement: {
        k: 'createTable',
        table: TEMP.rawCardinality,
        temp: true,
        query: ((counts: Query) =>
          spec.entityPool
            ? unionAll([counts, select([column(int(0), 'value'), column(op('-', col('n_entities'), col('present')), 'n_entities')], { from: from(TEMP.pool), where: op('>', col('n_entities'), col('present')) })])
            : counts)(select([column(col('per'), 'value'), column(count(), 'n_entities')], { from: sub(perEntity, 'p'), groupBy: [col('per')] })),
      },
    });
  }

  if (entity) sections.push(...entityStructureSections(spec, src));
  sections.push(...reservedPrefixSections(spec, src));

  sections.push(candidatesSection(spec, continuous.length > 0));
  sections.push({
    title: 'Publish only the rows that passed suppression, replacing the previous metadata atomically',
    note: 'Items are numbered after suppression, so their numbers leave no gap where a suppressed value sat. The policy each count passed and the hash of what the metadata depends on are published with it.',
    statement: { k: 'replace', tables: [{ target: t.metadata, query: publishedQuery(spec) }] },
  });
  sections.push({
    title: 'Summary for the operator: items published and suppressed per field (no counts of people)',
    statement: {
      k: 'result',
      name: 'scrape_summary',
      query: select(
        [
          column(col('ordinal', 'f')),
          column(col('field', 'f')),
          column(col('kind', 'f')),
          column(agg('sum', caseWhen([[col('passes', 'c'), int(1)]], int(0))), 'published'),
          column(agg('sum', caseWhen([[not(col('passes', 'c')), int(1)]], int(0))), 'suppressed'),
          column(
            agg('sum', caseWhen([[and(col('passes', 'c'), op('<>', col('stat', 'c'), text('null'))), int(1)]], int(0))),
            'published_non_null',
          ),
          column(
            scalar(select([column(col('n_rows'))], { from: from(TEMP.candidates), where: and(eq(col('stat'), text('rows')), col('passes')) })),
            'published_rows',
          ),
          column(col('band', 'l'), 'suppressed_rows'),
        ],
        {
          from: from(TEMP.fields, 'f'),
          joins: [
            { type: 'left', from: from(TEMP.candidates, 'c'), on: eq(col('ordinal', 'c'), col('ordinal', 'f')) },
            { type: 'left', from: sub(lossQuery(), 'l'), on: eq(col('ordinal', 'l'), col('ordinal', 'f')) },
          ],
          where: op('>', col('ordinal', 'f'), int(0)),
          groupBy: [col('ordinal', 'f'), col('field', 'f'), col('kind', 'f'), col('band', 'l')],
          orderBy: [asc(col('ordinal', 'f'))],
        },
      ),
    },
  });
  sections.push(identifierScreenSection(spec));
  return sections;
}

/**
 * The identifier screen (compiler/identifiers.ts) over each non-continuous field's raw values: shares
 * in whole percent, computed here so that neither values nor counts of people reach the operator.
 */
function identifierScreenSection(spec: Spec): Section {
  const r = (name: string) => col(name, 'r');
  const present = isNotNull(r('value'));
  const nonNull = agg('sum', caseWhen([[present, r('n_rows')]], int(0)));
  const share = (x: Expr, of: Expr) =>
    caseWhen([[op('>', of, int(0)), op('/', fn('floor', op('*', op('/', cast(x, 'double'), cast(of, 'double')), double(100))), double(100))]], double(0));
  const tests = shapeTests(r('value'), digitsOnly(r('value')));
  const distinct = count(r('value'));
  // Counting entities, each value's distinct entities are at hand: a value shared by few entities
  // points at them. (Counting rows, that would need another pass over the source.)
  const entitiesPerValue = countedEntity(spec)
    ? caseWhen([[op('>=', distinct, int(MIN_VALUES)), op('/', fn('floor', op('*', op('/', cast(agg('sum', caseWhen([[present, r('n_entities')]], int(0))), 'double'), cast(distinct, 'double')), double(100))), double(100))]])
    : nul('double');
  const columns: SelectColumn[] = [
    column(col('ordinal', 'f')),
    column(col('field', 'f')),
    column(op('>=', nonNull, int(MIN_VALUES)), 'enough_values'),
    column(share(distinct, nonNull), 'distinct_per_row'),
    column(entitiesPerValue, 'entities_per_value'),
    ...SHAPES.map((shape) => column(share(agg('sum', caseWhen([[and(present, tests[shape]), r('n_rows')]], int(0))), nonNull), shape)),
  ];
  return {
    title: 'Identifier screen: shares of distinct values and of identifying shapes per field (no values, no counts)',
    statement: {
      k: 'result',
      name: 'identifier_screen',
      query: select(columns, {
        from: from(TEMP.fields, 'f'),
        joins: [{ type: 'inner', from: from(TEMP.raw, 'r'), on: eq(r('ordinal'), col('ordinal', 'f')) }],
        where: and(op('>', col('ordinal', 'f'), int(0)), op('<>', col('kind', 'f'), text('continuous'))),
        groupBy: [col('ordinal', 'f'), col('field', 'f')],
        orderBy: [asc(col('ordinal', 'f'))],
      }),
    },
  };
}

/** Bands a share of suppressed rows is published in: coarse, so no count of people can be read back from it. */
const LOSS_BANDS: readonly (readonly [number, string])[] = [
  [0.01, 'under 1%'],
  [0.05, '1-5%'],
  [0.1, '5-10%'],
  [0.25, '10-25%'],
  [0.5, '25-50%'],
];

/**
 * Per field: how many items were suppressed and the band of the share of rows they held (the detail the
 * artificial data lost), from the raw counts in session memory.
 */
function lossQuery(): Query {
  const isItem = inList(col('stat'), [text('null'), text('value'), text('bin')]);
  const lost = agg('sum', caseWhen([[and(isItem, not(col('passes'))), col('raw_rows')]], int(0)));
  const all = agg('sum', caseWhen([[isItem, col('raw_rows')]], int(0)));
  const share = op('/', cast(lost, 'double'), cast(fn('greatest', all, int(1)), 'double'));
  const band = caseWhen([[eq(lost, int(0)), text('none')], ...LOSS_BANDS.map(([upper, label]) => [op('<', share, double(upper)), text(label)] as const)], text('over 50%'));
  return select(
    [column(col('ordinal')), column(agg('sum', caseWhen([[and(isItem, not(col('passes'))), int(1)]], int(0))), 'items'), column(band, 'band')],
    { from: from(TEMP.candidates), where: op('>', col('ordinal'), int(0)), groupBy: [col('ordinal')] },
  );
}

/** The metadata table: rows that passed suppression (items renumbered), policies and the dependency hash. */
function publishedQuery(spec: Spec): Query {
  const isItem = isNotNull(col('item'));
  const passed = select(
    METADATA_COLUMNS.map(([name]) =>
      name === 'item'
        ? column(caseWhen([[isItem, op('-', over('rowNumber', undefined, [col('ordinal'), isItem], [asc(col('item'))]), int(1))]]), 'item')
        : column(col(name)),
    ),
    { from: from(TEMP.candidates), where: col('passes') },
  );
  const policyRow = (ordinal: number, field: string | null, kind: string, policy: object): LiteralValue[] =>
    [ordinal, field, kind, 'policy', null, canonicalJson(policy), null, null, null, null];
  const d = spec.policy;
  const described = literalRows(
    METADATA_COLUMNS.map(([name, type]) => [name, type] as const),
    [
      [0, null, 'dataset', 'depends_on', null, spec.scrapeHash, null, null, null, null],
      policyRow(0, null, 'dataset', { threshold: d.threshold, round_to: d.roundTo, count: d.count, preset: d.preset ?? null, override_reason: d.overrideReason ?? null }),
      ...spec.fields.map((f) => policyRow(f.ordinal, f.name, f.kind, { threshold: f.policy.threshold, round_to: f.policy.roundTo })),
    ],
  );
  // Decimals of continuous fields (0-6; none when a field has more), for rounding generated doubles.
  const decimals = select(
    METADATA_COLUMNS.map(([name]) => {
      const x = (e: Expr) => column(e, name);
      switch (name) {
        case 'ordinal':
          return x(col('ordinal', 'g'));
        case 'field':
          return x(col('field', 'f'));
        case 'kind':
          return x(col('kind', 'f'));
        case 'stat':
          return x(text('decimals'));
        case 'value':
          return x(cast(col('decimals', 'g'), 'text'));
        case 'item':
        case 'n_rows':
        case 'n_entities':
          return x(nul('bigint'));
        default:
          return x(nul('double'));
      }
    }),
    {
      from: from(TEMP.grid, 'g'),
      joins: [{ type: 'inner', from: from(TEMP.fields, 'f'), on: eq(col('ordinal', 'f'), col('ordinal', 'g')) }],
      where: op('<=', col('decimals', 'g'), int(MAX_DECIMALS)),
    },
  );
  // What suppression took from each field: items (a count of values, not of people) and a band of rows.
  const l = (name: string) => col(name, 'l');
  const loss = select(
    METADATA_COLUMNS.map(([name]) => {
      const x = (e: Expr) => column(e, name);
      switch (name) {
        case 'ordinal':
          return x(l('ordinal'));
        case 'field':
          return x(col('field', 'f'));
        case 'kind':
          return x(col('kind', 'f'));
        case 'stat':
          return x(text('suppressed'));
        case 'value':
          return x(op('||', op('||', op('||', op('||', text('{"items":'), cast(l('items'), 'text')), text(',"rows":"')), l('band')), text('"}')));
        case 'item':
        case 'n_rows':
        case 'n_entities':
          return x(nul('bigint'));
        default:
          return x(nul('double'));
      }
    }),
    { from: sub(lossQuery(), 'l'), joins: [{ type: 'inner', from: from(TEMP.fields, 'f'), on: eq(col('ordinal', 'f'), l('ordinal')) }] },
  );
  const continuous = spec.fields.some((f) => f.kind === 'continuous');
  return select(
    // Typed as the metadata table says, whatever each engine infers (PostgreSQL's sum() is NUMERIC).
    METADATA_COLUMNS.map(([name, type]) => column(cast(col(name), type), name)),
    { from: sub(unionAll([passed, described, loss, ...(continuous ? [decimals] : [])]), 'm'), orderBy: [asc(col('ordinal')), ascText(col('stat')), asc(col('item'))] },
  );
}

/** JSON with keys in sorted order: the same policy always prints the same text. */
function canonicalJson(value: object): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/**
 * A key as published text, spelled out where engines differ: dates as YYYY-MM-DD and timestamps as
 * YYYY-MM-DD HH:MM:SS (in the stage's time zone); integers, text and booleans print alike everywhere.
 */
export function keyText(f: Field, key: Expr): Expr {
  if (f.kind !== 'date') return cast(key, 'text');
  return temporalKind(f.type) === 'date' ? fn('dateText', key) : fn('timestampText', key);
}

/** Item order of a field's keys, NULL first: text by code point on every engine. */
function keyOrder(f: Field, key: Expr): Order {
  return f.kind === 'categorical' && f.type === 'string' ? ascText(key, true) : asc(key, true);
}

/** Columns every raw frequency row has: (ordinal, value, num, n_rows, n_entities, item). */
function rawColumns(f: Field | undefined, key: Expr, entities: Expr, item: Expr): SelectColumn[] {
  const continuous = f?.kind === 'continuous';
  return [
    column(int(f?.ordinal ?? 0), 'ordinal'),
    column(f && !continuous ? keyText(f, key) : nul('text'), 'value'),
    column(continuous ? key : nul('double'), 'num'),
    column(count(), 'n_rows'),
    column(entities, 'n_entities'),
    column(item, 'item'),
  ];
}

/** The source row count plus one GROUP BY per field, joined by UNION ALL. */
function perFieldFrequencies(spec: Spec, src: () => From): Query {
  const byEntity = countedEntity(spec);
  const rows = select(rawColumns(undefined, nul(), byEntity ? count(col(byEntity), true) : nul('bigint'), int(0)), { from: src() });
  if (!byEntity) {
    return unionAll([
      rows,
      ...spec.fields.map((f) =>
        select(rawColumns(f, col(KEY), nul('bigint'), over('rowNumber', undefined, [], [keyOrder(f, col(KEY))])), {
          from: sub(select([column(keyExpr(f), KEY)], { from: src() }), 's'),
          groupBy: [col(KEY)],
        }),
      ),
    ]);
  }
  // Counting entities: first (value, entity) pairs with their rows, then per value the rows and the
  // entities. Two plain GROUP BYs are several times faster than count(DISTINCT) per group (which keeps
  // a hash set per value); an entity of NULL counts rows but no entity.
  const pairs = (f: Field) =>
    select([column(col(KEY)), column(col(ENTITY)), column(count(), 'n')], {
      from: sub(select([column(keyExpr(f), KEY), column(col(byEntity), ENTITY)], { from: src() }), 's'),
      groupBy: [col(KEY), col(ENTITY)],
    });
  return unionAll([
    rows,
    ...spec.fields.map((f) => {
      const columns = rawColumns(f, col(KEY), count(col(ENTITY)), over('rowNumber', undefined, [], [keyOrder(f, col(KEY))]));
      return select(
        columns.map((c) => (c.as === 'n_rows' ? column(cast(agg('sum', col('n')), 'bigint'), 'n_rows') : c)),
        { from: sub(pairs(f), 'p'), groupBy: [col(KEY)] },
      );
    }),
  ]);
}

/**
 * The same rows from one pass: GROUPING SETS with one set per field plus the empty set (the row count).
 * grouping(k_f) = 0 marks the rows of field f; every other key is NULL there, so ordering by all keys
 * in turn orders each field's values.
 */
function groupingSetFrequencies(spec: Spec, src: () => From): Query {
  const byEntity = countedEntity(spec);
  const key = (f: Field) => `k${f.ordinal}`;
  const grouped = (f: Field) => eq(fn('grouping', col(key(f))), int(0));
  const pick = (value: (f: Field) => Expr | undefined, type: 'text' | 'double') => {
    const whens = spec.fields.flatMap((f) => {
      const v = value(f);
      return v ? [[grouped(f), v] as const] : [];
    });
    return whens.length ? caseWhen(whens) : nul(type);
  };
  const pass = select(
    [
      column(caseWhen(spec.fields.map((f) => [grouped(f), int(f.ordinal)] as const), int(0)), 'ordinal'),
      column(pick((f) => (f.kind === 'continuous' ? undefined : keyText(f, col(key(f)))), 'text'), 'value'),
      column(pick((f) => (f.kind === 'continuous' ? col(key(f)) : undefined), 'double'), 'num'),
      column(count(), 'n_rows'),
      column(byEntity ? count(col(ENTITY), true) : nul('bigint'), 'n_entities'),
      ...spec.fields.map((f) => column(col(key(f)))),
    ],
    {
      from: sub(
        select([...spec.fields.map((f) => column(keyExpr(f), key(f))), ...(byEntity ? [column(col(byEntity), ENTITY)] : [])], { from: src() }),
        's',
      ),
      groupingSets: [...spec.fields.map((f) => [col(key(f))]), []],
    },
  );
  const item = over('rowNumber', undefined, [col('ordinal')], spec.fields.map((f) => keyOrder(f, col(key(f)))));
  return select(
    [
      ...['ordinal', 'value', 'num', 'n_rows', 'n_entities'].map((c) => column(col(c))),
      column(caseWhen([[eq(col('ordinal'), int(0)), int(0)]], item), 'item'),
    ],
    { from: sub(pass, 'g') },
  );
}

/** NaN and the infinities as text every engine casts back to the same double. */
function nonFiniteText(x: Expr): Expr {
  return caseWhen([[eq(x, cast(text('NaN'), 'double')), text('NaN')], [op('>', x, int(0)), text('Infinity')]], text('-Infinity'));
}

/** Every count that could be published, with its suppression verdict and published (rounded) values. */
function candidatesSection(spec: Spec, hasBins: boolean): Section {
  const byEntity = countedEntity(spec) !== undefined;
  const c = (name: string) => col(name, 'c');
  const f = (name: string) => col(name, 'f');
  const row = (ordinal: Expr, stat: Expr, item: Expr, value: Expr, lo: Expr, hi: Expr, rows: Expr, entities: Expr) =>
    [
      column(ordinal, 'ordinal'),
      column(stat, 'stat'),
      column(item, 'item'),
      column(value, 'value'),
      column(lo, 'lo'),
      column(hi, 'hi'),
      column(rows, 'n_rows'),
      column(entities, 'n_entities'),
    ];
  const raw = (name: string) => col(name, 'r');
  const parts: Query[] = [
    select(row(int(0), text('rows'), nul('bigint'), nul('text'), nul('double'), nul('double'), raw('n_rows'), raw('n_entities')), {
      from: from(TEMP.raw, 'r'),
      where: eq(raw('ordinal'), int(0)),
    }),
    // Values and NULLs; for continuous fields the NULL row, NaN and infinities, and point masses (an
    // exact value that clears the threshold on its own); their other values are published as bins.
    select(
      row(
        raw('ordinal'),
        caseWhen([[and(isNull(raw('value')), isNull(raw('num'))), text('null')]], text('value')),
        raw('item'),
        // A point mass is a number: published as lo = hi (engines print doubles differently as text);
        // NaN and the infinities as their names.
        caseWhen([[isNull(raw('num')), raw('value')], [fn('isFinite', raw('num')), nul('text')]], nonFiniteText(raw('num'))),
        caseWhen([[fn('isFinite', raw('num')), raw('num')]], nul('double')),
        caseWhen([[fn('isFinite', raw('num')), raw('num')]], nul('double')),
        raw('n_rows'),
        raw('n_entities'),
      ),
      {
        from: from(TEMP.raw, 'r'),
        joins: [{ type: 'inner', from: from(TEMP.fields, 'rf'), on: eq(col('ordinal', 'rf'), raw('ordinal')) }],
        where: and(
          op('>', raw('ordinal'), int(0)),
          op('or', op('or', isNull(raw('num')), not(fn('isFinite', raw('num')))), op('>=', byEntity ? raw('n_entities') : raw('n_rows'), col('threshold', 'rf'))),
        ),
      },
    ),
  ];
  if (hasBins) {
    const b = (name: string) => col(name, 'b');
    parts.push(
      select(row(b('ordinal'), text('bin'), b('item'), nul('text'), b('lo'), b('hi'), b('n_rows'), b('n_entities')), {
        from: from(TEMP.rawBins, 'b'),
      }),
    );
  }
  if (spec.entity) {
    const k = (name: string) => col(name, 'k');
    parts.push(
      select(row(int(0), text('cardinality'), nul('bigint'), k('value'), k('lo'), k('hi'), nul('bigint'), k('n_entities')), {
        from: from(TEMP.cardinalityBands, 'k'),
      }),
    );
    if (spec.entityPool) {
      parts.push(select(row(int(0), text('pool'), nul('bigint'), nul('text'), nul('double'), nul('double'), nul('bigint'), col('n_entities', 'pl')), { from: from(TEMP.pool, 'pl') }));
    }
    if (spec.fields.some((f) => f.stable)) {
      const d = (name: string) => col(name, 'd');
      parts.push(
        select(row(d('ordinal'), text('disagree'), nul('bigint'), nul('text'), nul('double'), nul('double'), d('n_rows'), d('n_entities')), {
          from: from(TEMP.disagreements, 'd'),
        }),
      );
    }
  }
  const tested = byEntity
    ? c('n_entities')
    : caseWhen([[inList(c('stat'), [text('cardinality'), text('pool')]), c('n_entities')]], c('n_rows'));
  const isItem = inList(c('stat'), [text('null'), text('value'), text('bin')]);
  // NULL first, then values in value order, then bins in edge order.
  const itemOrder = over(
    'rowNumber',
    undefined,
    [c('ordinal'), isItem],
    [asc(caseWhen([[eq(c('stat'), text('null')), int(0)], [eq(c('stat'), text('value')), int(1)]], int(2))), asc(c('item'))],
  );
  const counted = select(
    [
      column(c('ordinal')),
      column(f('field')),
      column(f('kind')),
      column(c('stat')),
      column(caseWhen([[isItem, op('-', itemOrder, int(1))]]), 'item'),
      column(c('value')),
      column(c('lo')),
      column(c('hi')),
      column(tested, 'tested'),
      column(c('n_rows'), 'raw_rows'),
      column(f('threshold')),
      column(rounded(c('n_rows'), f('round_to')), 'n_rows'),
      column(rounded(c('n_entities'), f('round_to')), 'n_entities'),
    ],
    {
      from: sub(unionAll(parts), 'c'),
      joins: [{ type: 'inner', from: from(TEMP.fields, 'f'), on: eq(f('ordinal'), c('ordinal')) }],
    },
  );
  const query = select(
    [
      ...METADATA_COLUMNS.map(([name]) => column(col(name))),
      column(col('raw_rows')),
      column(passes(col('tested'), [col('n_rows'), col('n_entities')], col('threshold')), 'passes'),
    ],
    { from: sub(counted, 'counted') },
  );
  return {
    title: 'Suppression: every candidate count with its verdict (session scratch, dropped after the stage)',
    note: `Tested on the raw ${byEntity ? 'count of distinct entities' : 'row count'} (cardinalities: on entities), then rounded half up; a count that rounds below the threshold is dropped too.`,
    statement: { k: 'createTable', table: TEMP.candidates, temp: true, query },
  };
}

/**
 * What generation needs of entities, counted per entity and suppressed like every count:
 *  - rows per entity: an exact count of rows where enough entities have it; the entities whose count is
 *    too rare pooled into power-of-two bands [2^b, 2^(b+1)), and the bands too rare pooled into one tail
 *    band. So a patient with 300 episodes is neither published nor dropped: the tail keeps them, its
 *    edges powers of two, never anyone's exact count (the tail too is suppressed if too few share it).
 *  - per stable field: rows whose value (bucket) differs from their entity's most common one, and
 *    entities with any such row.
 */
function entityStructureSections(spec: Spec, src: () => From): Section[] {
  const { threshold, roundTo } = spec.policy;
  const clears = (n: Expr) => passes(n, [rounded(n, int(roundTo))], int(threshold));
  // Band b holds [2^b, 2^(b+1)); zero rows (an entity of the pool absent from this table) is band -1, [0, 1).
  const bandOf = (c: Expr) => caseWhen([[op('<', c, int(1)), int(-1)], ...Array.from({ length: 32 }, (_, b) => [op('<', c, int(2 ** (b + 1))), int(b)] as const)], int(32));
  const edge = (b: Expr) => fn('floor', fn('power', double(2), cast(b, 'double')));
  const k = (name: string) => col(name, 'k');
  const rare = select([column(bandOf(k('value')), 'b'), column(agg('sum', k('n_entities')), 'n')], {
    from: from(TEMP.rawCardinality, 'k'),
    where: not(clears(k('n_entities'))),
    groupBy: [bandOf(k('value'))],
  });
  // Passing bands; the failing ones pooled into one tail (lo_b..hi_b); a tail too small to publish joins
  // the highest passing band, so its entities are still drawn, from the wider band.
  const r = (name: string) => col(name, 'r');
  const pooled = select([column(agg('min', col('b')), 'lo_b'), column(agg('max', col('b')), 'hi_b'), column(agg('sum', col('n')), 'n'), column(count(), 'bands')], {
    from: from(TEMP.rareBands),
    where: not(clears(col('n'))),
  });
  const top = scalar(select([column(agg('max', col('b')))], { from: from(TEMP.rareBands), where: clears(col('n')) }));
  const t = (name: string) => col(name, 't');
  const tailFolds = and(op('>', t('bands'), int(0)), not(clears(t('n'))), isNotNull(top));
  const band = (loB: Expr, hiB: Expr, n: Expr) => [column(nul('text'), 'value'), column(edge(loB), 'lo'), column(edge(op('+', hiB, int(1))), 'hi'), column(n, 'n_entities')];
  const kept = select(band(r('b'), r('b'), r('n')), {
    from: from(TEMP.rareBands, 'r'),
    joins: [{ type: 'cross', from: sub(pooled, 't') }],
    where: and(clears(r('n')), not(and(tailFolds, eq(r('b'), top)))),
  });
  const folded = select(band(fn('least', r('b'), t('lo_b')), fn('greatest', r('b'), t('hi_b')), op('+', r('n'), t('n'))), {
    from: from(TEMP.rareBands, 'r'),
    joins: [{ type: 'cross', from: sub(pooled, 't') }],
    where: and(tailFolds, eq(r('b'), top)),
  });
  const tail = select(band(t('lo_b'), t('hi_b'), t('n')), { from: sub(pooled, 't'), where: and(op('>', t('bands'), int(0)), not(tailFolds)) });
  const exact = select([column(cast(k('value'), 'text'), 'value'), column(nul('double'), 'lo'), column(nul('double'), 'hi'), column(k('n_entities'))], {
    from: from(TEMP.rawCardinality, 'k'),
    where: clears(k('n_entities')),
  });
  const sections: Section[] = [];
  sections.push(
    {
      title: 'Rows per entity too rare to publish exactly, per power-of-two band (session scratch)',
      statement: { k: 'createTable', table: TEMP.rareBands, temp: true, query: rare },
    },
    {
      title: 'Rows per entity: exact where enough entities share the count; the rest in power-of-two bands, and one tail band of the bands too rare',
      note: 'Nobody is dropped: an entity with a rare number of rows is counted in a band whose edges are powers of two, not its own count; a tail too small to publish widens the highest band instead.',
      statement: { k: 'createTable', table: TEMP.cardinalityBands, temp: true, query: unionAll([exact, kept, folded, tail]) },
    },
  );
  const stable = spec.fields.filter((f) => f.stable);
  if (stable.length) {
    const perField = stable.map((f) => {
      const pairs = select([column(col(ENTITY)), column(count(), 'n')], {
        from: sub(select([column(col(spec.entity!), ENTITY), column(keyText(f, keyExpr(f)), 'v')], { from: src() }), 's'),
        where: isNotNull(col(ENTITY)),
        groupBy: [col(ENTITY), col('v')],
      });
      const perEntity = select([column(op('-', agg('sum', col('n')), agg('max', col('n'))), 'off')], { from: sub(pairs, 'p'), groupBy: [col(ENTITY)] });
      return select(
        [
          column(int(f.ordinal), 'ordinal'),
          column(fn('coalesce', agg('sum', col('off')), int(0)), 'n_rows'),
          column(agg('sum', caseWhen([[op('>', col('off'), int(0)), int(1)]], int(0))), 'n_entities'),
        ],
        { from: sub(perEntity, 'e') },
      );
    });
    sections.push({
      title: `Stable fields (${stable.length}): rows that differ from their entity's most common value, and entities with any`,
      note: "A NULL counts as a value. Published only if it clears suppression; if not, generation keeps each entity's value on every row.",
      statement: { k: 'createTable', table: TEMP.disagreements, temp: true, query: unionAll(perField) },
    });
  }
  return sections;
}

/**
 * No source value of an identifier column may have the shape of an artificial one (its reserved prefix,
 * at its fixed length): artificial values then cannot collide with real ones. (A numeric key 9 cannot
 * collide with 9-digit artificial keys that start with 9.)
 */
function reservedPrefixSections(spec: Spec, src: () => From): Section[] {
  return spec.identifiers.map((id) => ({
    title: `Identifier ${id.name}: no source value starts with the reserved prefix at the pattern's length`,
    statement: {
      k: 'assert' as const,
      failWhen: exists(
        select([column(int(1))], {
          from: src(),
          where: and(
            eq(fn('substr', cast(col(id.name), 'text'), int(1), int(id.pattern.prefix.length)), text(id.pattern.prefix)),
            eq(fn('length', cast(col(id.name), 'text')), int(id.pattern.length)),
          ),
        }),
      ),
      message: `${spec.file}: fields.${id.name}: some source values start with "${id.pattern.prefix}" and have ${id.pattern.length} characters, the shape the pattern reserves for artificial values, so artificial and real identifiers could collide. Choose a prefix no real value of that length has (e.g. TEST or ART).`,
    },
  }));
}

/**
 * The entity pool of a multi-table dataset: every distinct entity of every table that names one. This
 * table's rows per entity then include zero (the pool's entities it does not have), and the pool's
 * size is published, so every table generates the same artificial entities.
 */
function poolSections(spec: Spec, src: () => From, places: StagePlaces, readsFiles: boolean): Section[] {
  const keys = (from: From, entity: string) => select([column(cast(col(entity), 'text'), ENTITY)], { from, where: isNotNull(col(entity)) });
  const others = spec.entityPool!.others.map((o) => keys(sourceFrom(o, places.source, readsFiles), o.entity));
  const pool = select([column(col(ENTITY))], { from: sub(unionAll([keys(src(), spec.entity!), ...others]), 'k'), groupBy: [col(ENTITY)] });
  const present = select([column(col(ENTITY))], { from: sub(keys(src(), spec.entity!), 'k'), groupBy: [col(ENTITY)] });
  const counted = (q: Query) => scalar(select([column(count())], { from: sub(q, 'c') }));
  return [
    {
      title: `The entity pool: distinct entities across the ${spec.entityPool!.others.length + 1} tables that name one`,
      note: 'Only its size leaves the stage, suppressed like every count.',
      statement: { k: 'createTable', table: TEMP.pool, temp: true, query: select([column(counted(pool), 'n_entities'), column(counted(present), 'present')]) },
    },
  ];
}
