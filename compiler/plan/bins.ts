// Continuous fields: what scrape publishes of numbers, from the exact-value counts in TEMP.raw.
//
//  1. Point masses: an exact value held by at least k records (entities) is published as a value of
//     its own, so a field whose zeros are 60% of it keeps its zeros. NaN and infinities likewise.
//  2. The grid: every other value is floored to a grid of 10^g chosen from the field's spread
//     (p95 - p5 over about ten grid steps per bin) and never finer than its decimals. Published edges
//     are grid points, never one record's exact value; and since values are floored (exactly, in
//     doubles) before they are counted, a bin's count is the count of records inside its [lo, hi).
//  3. Bins: equal-frequency raw bins of the gridded values; an inner edge is the lowest value of a raw
//     bin (not the first) that clears the threshold on its own, as before. The outer edges are the
//     gridded values at rank k from each end (per entity when counting entities), the upper one a grid
//     step up: every published bin is represented, the output spans the source's p5..p95 at any bin
//     count, and values beyond the outer edges fold into the outer bins. (With fewer than 2k records
//     the two ranks can cross: then there are no bins.)
//  4. Decimals: the most decimals any value has (0-6; more means none), published so generation can
//     round doubles to the source's precision.
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  desc,
  double,
  eq,
  fn,
  from,
  inList,
  int,
  isNotNull,
  nul,
  op,
  over,
  agg,
  select,
  sub,
  unionAll,
  type Expr,
  type From,
  type Query,
  type Section,
} from '../ir.js';
import type { Field, Spec } from '../spec/model.js';
import { TEMP } from './names.js';

export const MAX_DECIMALS = 6;

const ENTITY = 'e';

/** The measure a count is tested by: distinct entities when the policy counts them, else rows. */
const tested = (byEntity: boolean, alias: string) => col(byEntity ? 'n_entities' : 'n_rows', alias);

/** 10^k for an integer expression k (exact in doubles up to 10^22). */
const pow10 = (k: Expr) => fn('power', double(10), cast(k, 'double'));

/**
 * x floored to the grid 10^g: the largest grid point (k * 10^g, or k / 10^-g below 1, computed in
 * doubles) at or below x. floor(x * 100) puts 0.29 at 0.28 (0.29 * 100 is 28.999...), so the
 * neighbouring points are checked: membership of [lo, hi) is then exact in double comparisons.
 */
export function snap(x: Expr, g: Expr): Expr {
  const coarse = op('>=', g, int(0));
  const m = caseWhen([[coarse, pow10(g)]], pow10(op('-', int(0), g)));
  const point = (k: Expr) => caseWhen([[coarse, op('*', k, m)]], op('/', k, m));
  const k0 = fn('floor', caseWhen([[coarse, op('/', x, m)]], op('*', x, m)));
  const up = op('+', k0, double(1));
  const down = op('-', k0, double(1));
  return caseWhen([[op('<=', point(up), x), point(up)], [op('<=', point(k0), x), point(k0)]], point(down));
}

/**
 * Decimals of a double, 0..MAX_DECIMALS, or MAX_DECIMALS + 1 for more: the fewest d for which x rounded
 * half up to d decimals is x again. Rounded as floor(x * 10^d + 0.5) / 10^d: four IEEE operations, the
 * same on every engine (engines' round() differ: some round the double, some its decimal expansion).
 */
function decimalsOf(x: Expr): Expr {
  const roundTo = (d: number) => op('/', fn('floor', op('+', op('*', x, double(10 ** d)), double(0.5))), double(10 ** d));
  const whens = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => [eq(x, roundTo(d)), int(d)] as const);
  return caseWhen(whens, int(MAX_DECIMALS + 1));
}

export interface BinInputs {
  readonly spec: Spec;
  readonly ordinals: readonly number[];
  /** The source as a FROM item (or its staged TEMP copy). */
  readonly src: () => From;
  /** The exact value a field is counted by (as in TEMP.raw). */
  readonly keyOf: (f: Field) => Expr;
  /** The entity column when counting entities. */
  readonly byEntity?: string;
}

/** Sections that leave TEMP.grid (ordinal, g, decimals) and TEMP.rawBins (ordinal, item, lo, hi, n_rows, n_entities). */
export function binSections(inputs: BinInputs): Section[] {
  const { ordinals, byEntity } = inputs;
  const counting = !!byEntity;
  const r = (name: string) => col(name, 'r');
  const f = (name: string) => col(name, 'f');
  // Finite exact values that are not point masses: what the bins are made of.
  const restOf = (extra: Expr[] = []) =>
    select(
      [column(r('ordinal')), column(r('num')), column(r('n_rows')), column(r('n_entities')), column(f('threshold')), column(f('bins'))],
      {
        from: from(TEMP.raw, 'r'),
        joins: [{ type: 'inner', from: from(TEMP.fields, 'f'), on: eq(f('ordinal'), r('ordinal')) }],
        where: and(inList(r('ordinal'), ordinals.map(int)), fn('isFinite', r('num')), ...extra),
      },
    );
  const rest = restOf([op('<', tested(counting, 'r'), f('threshold'))]);

  // Spread (p5..p95 of the values to bin, by rows) and decimals (of every finite value).
  const spreadQuery = select(
    [
      column(col('ordinal')),
      column({ k: 'agg', fn: 'min', arg: col('num'), filter: op('>=', col('cum'), op('*', double(0.05), col('total'))) }, 'p5'),
      column({ k: 'agg', fn: 'min', arg: col('num'), filter: op('>=', col('cum'), op('*', double(0.95), col('total'))) }, 'p95'),
    ],
    {
      from: sub(
        select(
          [
            column(col('ordinal')),
            column(col('num')),
            column(cast(over('sum', col('n_rows'), [col('ordinal')], [asc(col('num'))], true), 'double'), 'cum'),
            column(cast(over('sum', col('n_rows'), [col('ordinal')]), 'double'), 'total'),
          ],
          { from: sub(rest, 'rest') },
        ),
        'ranked',
      ),
      groupBy: [col('ordinal')],
    },
  );
  const places = select([column(col('ordinal')), column(agg('max', decimalsOf(col('num'))), 'decimals')], { from: sub(restOf(), 'all_finite'), groupBy: [col('ordinal')] });
  const s = (name: string) => col(name, 's');
  const p = (name: string) => col(name, 'p');
  const finest = op('-', int(0), fn('least', fn('coalesce', p('decimals'), int(0)), int(MAX_DECIMALS)));
  // About ten grid steps per bin of the p5..p95 spread, never finer than the data's decimals.
  // (Held above 10^-7, below any grid the decimals allow, so a spread of a few ulps takes no log of 0.)
  const perStep = fn('greatest', op('/', op('-', s('p95'), s('p5')), op('*', cast(f('bins'), 'double'), double(10))), double(1e-7));
  const fromSpread = fn('least', int(15), cast(fn('floor', fn('log10', perStep)), 'bigint'));
  const grid = select(
    [
      column(f('ordinal')),
      column(caseWhen([[op('>', s('p95'), s('p5')), fn('greatest', finest, fromSpread)]], finest), 'g'),
      column(p('decimals')),
    ],
    {
      from: from(TEMP.fields, 'f'),
      joins: [
        { type: 'left', from: sub(spreadQuery, 's'), on: eq(s('ordinal'), f('ordinal')) },
        { type: 'left', from: sub(places, 'p'), on: eq(p('ordinal'), f('ordinal')) },
      ],
      where: inList(f('ordinal'), ordinals.map(int)),
    },
  );

  // The values to bin, floored to the grid, with their row counts.
  const g = (name: string) => col(name, 'g');
  const gridded = select(
    [column(col('ordinal', 'rest')), column(snap(col('num', 'rest'), g('g')), 'num'), column(cast(agg('sum', col('n_rows', 'rest')), 'bigint'), 'n_rows')],
    {
      from: sub(rest, 'rest'),
      joins: [{ type: 'inner', from: from(TEMP.grid, 'g'), on: eq(g('ordinal'), col('ordinal', 'rest')) }],
      groupBy: [col('ordinal', 'rest'), snap(col('num', 'rest'), g('g'))],
    },
  );

  const sections: Section[] = [
    { title: 'Grid of every continuous field: a power of ten from its spread, and its decimals', statement: { k: 'createTable', table: TEMP.grid, temp: true, query: grid } },
    {
      title: 'Values to bin (not point masses), floored to the grid',
      statement: { k: 'createTable', table: TEMP.gridded, temp: true, query: gridded },
    },
  ];
  if (byEntity) {
    sections.push({
      title: 'Entities of the values to bin (distinct entity per gridded value)',
      note: 'Distinct counts do not add up, so entity counts of bins come from this pass over the source.',
      statement: { k: 'createTable', table: TEMP.entityValues, temp: true, query: entityValues(inputs) },
    });
  }
  sections.push(
    { title: 'Outer edges: the gridded values at rank k from each end', statement: { k: 'createTable', table: TEMP.outer, temp: true, query: outerEdges(counting) } },
    {
      title: 'Percentile bins: published edges and raw counts of every continuous field',
      note:
        'Raw bins of equal frequency; inner edges are the lowest values of raw bins (not the first) that clear the threshold on their own; the outer edges close the first and last bin. Each raw bin is counted into the published bin that holds it.',
      statement: { k: 'createTable', table: TEMP.rawBins, temp: true, query: binsQuery(counting) },
    },
  );
  return sections;
}

/** (ordinal, num gridded, e): one row per entity and gridded value to bin. */
function entityValues(inputs: BinInputs): Query {
  const { spec, ordinals, src, keyOf, byEntity } = inputs;
  const continuous = spec.fields.filter((x) => ordinals.includes(x.ordinal));
  const values = unionAll(
    continuous.map((x) => select([column(int(x.ordinal), 'ordinal'), column(keyOf(x), 'num'), column(col(byEntity!), ENTITY)], { from: src() })),
  );
  const v = (name: string) => col(name, 'v');
  const r = (name: string) => col(name, 'r');
  const f = (name: string) => col(name, 'f');
  const g = (name: string) => col(name, 'g');
  // Only values that are not point masses (their exact value's entities fall short of k).
  return select([column(v('ordinal')), column(snap(v('num'), g('g')), 'num'), column(v(ENTITY), ENTITY)], {
    from: sub(values, 'v'),
    joins: [
      { type: 'inner', from: from(TEMP.raw, 'r'), on: and(eq(r('ordinal'), v('ordinal')), eq(r('num'), v('num'))) },
      { type: 'inner', from: from(TEMP.fields, 'f'), on: eq(f('ordinal'), v('ordinal')) },
      { type: 'inner', from: from(TEMP.grid, 'g'), on: eq(g('ordinal'), v('ordinal')) },
    ],
    where: and(isNotNull(v(ENTITY)), fn('isFinite', v('num')), op('<', r('n_entities'), f('threshold'))),
    groupBy: [v('ordinal'), snap(v('num'), g('g')), v(ENTITY)],
  });
}

/** (ordinal, lo, hi): the gridded value at rank k from the bottom, and the one from the top plus a grid step. */
function outerEdges(byEntity: boolean): Query {
  const f = (name: string) => col(name, 'f');
  const step = fn('power', double(10), cast(col('g', 'g'), 'double'));
  // Per value: how many records (entities) sit at or below it, and at or above it. An entity counts
  // at its own lowest (highest) value, so cumulative counts of entities are exact.
  const ends: Query = byEntity
    ? select(
        [
          column(col('ordinal')),
          column(col('num')),
          column(agg('sum', col('low')), 'low'),
          column(agg('sum', col('high')), 'high'),
        ],
        {
          from: sub(
            unionAll([
              select([column(col('ordinal')), column(agg('min', col('num')), 'num'), column(int(1), 'low'), column(int(0), 'high')], { from: from(TEMP.entityValues), groupBy: [col('ordinal'), col(ENTITY)] }),
              select([column(col('ordinal')), column(agg('max', col('num')), 'num'), column(int(0), 'low'), column(int(1), 'high')], { from: from(TEMP.entityValues), groupBy: [col('ordinal'), col(ENTITY)] }),
            ]),
            'ends',
          ),
          groupBy: [col('ordinal'), col('num')],
        },
      )
    : select([column(col('ordinal')), column(col('num')), column(col('n_rows'), 'low'), column(col('n_rows'), 'high')], { from: from(TEMP.gridded) });
  const ranked = select(
    [
      column(col('ordinal')),
      column(col('num')),
      column(over('sum', col('low'), [col('ordinal')], [asc(col('num'))], true), 'up'),
      column(over('sum', col('high'), [col('ordinal')], [desc(col('num'))], true), 'down'),
    ],
    { from: sub(ends, 'ends') },
  );
  const k = (name: string) => col(name, 'k');
  return select(
    [
      column(k('ordinal')),
      column({ k: 'agg', fn: 'min', arg: k('num'), filter: op('>=', k('up'), f('threshold')) }, 'lo'),
      column(op('+', { k: 'agg', fn: 'max', arg: k('num'), filter: op('>=', k('down'), f('threshold')) }, agg('max', step)), 'hi'),
    ],
    {
      from: sub(ranked, 'k'),
      joins: [
        { type: 'inner', from: from(TEMP.fields, 'f'), on: eq(f('ordinal'), k('ordinal')) },
        { type: 'inner', from: from(TEMP.grid, 'g'), on: eq(col('ordinal', 'g'), k('ordinal')) },
      ],
      groupBy: [k('ordinal')],
    },
  );
}

/** The published bins: [outer lo, e1), [e1, e2), ..., [em, outer hi), with rows and (entity mode) entities. */
function binsQuery(byEntity: boolean): Query {
  const r = (name: string) => col(name, 'r');
  const f = (name: string) => col(name, 'f');
  const ranked = select(
    [
      column(r('ordinal')),
      column(r('num')),
      column(r('n_rows')),
      // Window sums of BIGINT are 128-bit in DuckDB; back to BIGINT they divide ~3x faster.
      column(op('-', cast(over('sum', r('n_rows'), [r('ordinal')], [asc(r('num'))], true), 'bigint'), r('n_rows')), 'start'),
      column(cast(over('sum', r('n_rows'), [r('ordinal')]), 'bigint'), 'total'),
      column(f('bins')),
      column(f('threshold')),
    ],
    { from: from(TEMP.gridded, 'r'), joins: [{ type: 'inner', from: from(TEMP.fields, 'f'), on: eq(f('ordinal'), r('ordinal')) }] },
  );
  // At most total / (2k) raw bins, so most raw bins clear the threshold on their own.
  const nbins = fn('least', col('bins'), fn('greatest', int(2), fn('intdiv', col('total'), op('*', int(2), col('threshold')))));
  const valueBins = select(
    [column(col('ordinal')), column(col('num')), column(col('n_rows')), column(cast(fn('intdiv', op('*', col('start'), nbins), col('total')), 'bigint'), 'bin')],
    { from: sub(ranked, 'ranked') },
  );
  const v = (name: string) => col(name, 'v');
  const entitiesPerBin = select(
    [column(col('ordinal', 'x')), column(col('bin', 'x')), column(count(col(ENTITY, 'ev'), true), 'n_entities')],
    {
      from: from(TEMP.entityValues, 'ev'),
      joins: [{ type: 'inner', from: from({ name: 'adg_value_bins' }, 'x'), on: and(eq(col('ordinal', 'x'), col('ordinal', 'ev')), eq(col('num', 'x'), col('num', 'ev'))) }],
      groupBy: [col('ordinal', 'x'), col('bin', 'x')],
    },
  );
  const rawBins = select(
    [
      column(v('ordinal')),
      column(v('bin')),
      column(agg('min', v('num')), 'lo'),
      column(cast(agg('sum', v('n_rows')), 'bigint'), 'n_rows'),
      column(byEntity ? agg('max', col('n_entities', 'd')) : nul('bigint'), 'n_entities'),
      column(op('-', over('rowNumber', undefined, [v('ordinal')], [asc(v('bin'))]), int(1)), 'pos'),
    ],
    {
      from: from({ name: 'adg_value_bins' }, 'v'),
      ...(byEntity ? { joins: [{ type: 'left' as const, from: sub(entitiesPerBin, 'd'), on: and(eq(col('ordinal', 'd'), v('ordinal')), eq(col('bin', 'd'), v('bin'))) }] } : {}),
      groupBy: [v('ordinal'), v('bin')],
    },
  );
  // Inner edges: lowest values of raw bins (not the first) that clear the threshold on their own,
  // strictly inside the outer edges; numbered 1..m.
  const b = (name: string) => col(name, 'b');
  const o = (name: string) => col(name, 'o');
  const inner = select(
    [column(b('ordinal')), column(b('pos')), column(b('lo')), column(over('rowNumber', undefined, [b('ordinal')], [asc(b('pos'))]), 'edge')],
    {
      from: from({ name: 'adg_raw_bin_stats' }, 'b'),
      joins: [
        { type: 'inner', from: from(TEMP.fields, 'f'), on: eq(f('ordinal'), b('ordinal')) },
        { type: 'inner', from: from(TEMP.outer, 'o'), on: eq(o('ordinal'), b('ordinal')) },
      ],
      where: and(op('>=', b('pos'), int(1)), op('>=', tested(byEntity, 'b'), f('threshold')), op('>', b('lo'), o('lo')), op('<', b('lo'), o('hi'))),
    },
  );
  // Each raw bin's published bin: the number of inner edges at or below it (0..m).
  const e = (name: string) => col(name, 'e');
  const binMap = select([column(b('ordinal')), column(b('bin')), column(count(e('edge')), 'item')], {
    from: from({ name: 'adg_raw_bin_stats' }, 'b'),
    joins: [{ type: 'left', from: from({ name: 'adg_inner_edges' }, 'e'), on: and(eq(e('ordinal'), b('ordinal')), op('<=', e('pos'), b('pos'))) }],
    groupBy: [b('ordinal'), b('bin')],
  });
  // Every edge by number: 0 = outer lo, 1..m inner, m + 1 = outer hi.
  const m = select([column(col('ordinal')), column(count(), 'm')], { from: from({ name: 'adg_inner_edges' }), groupBy: [col('ordinal')] });
  const allEdges = unionAll([
    select([column(o('ordinal')), column(int(0), 'edge'), column(o('lo'), 'at')], { from: from(TEMP.outer, 'o'), where: op('<', o('lo'), o('hi')) }),
    select([column(col('ordinal')), column(col('edge')), column(col('lo'), 'at')], { from: from({ name: 'adg_inner_edges' }) }),
    select([column(o('ordinal')), column(op('+', fn('coalesce', col('m', 'n'), int(0)), int(1)), 'edge'), column(o('hi'), 'at')], {
      from: from(TEMP.outer, 'o'),
      joins: [{ type: 'left', from: sub(m, 'n'), on: eq(col('ordinal', 'n'), o('ordinal')) }],
      where: op('<', o('lo'), o('hi')),
    }),
  ]);
  const rows = select(
    [column(col('ordinal', 'map')), column(col('item', 'map')), column(cast(agg('sum', col('n_rows', 's')), 'bigint'), 'n_rows')],
    {
      from: from({ name: 'adg_bin_map' }, 'map'),
      joins: [{ type: 'inner', from: from({ name: 'adg_raw_bin_stats' }, 's'), on: and(eq(col('ordinal', 's'), col('ordinal', 'map')), eq(col('bin', 's'), col('bin', 'map'))) }],
      groupBy: [col('ordinal', 'map'), col('item', 'map')],
    },
  );
  const entitiesPerItem = select(
    [column(col('ordinal', 'x')), column(col('item', 'map')), column(count(col(ENTITY, 'ev'), true), 'n_entities')],
    {
      from: from(TEMP.entityValues, 'ev'),
      joins: [
        { type: 'inner', from: from({ name: 'adg_value_bins' }, 'x'), on: and(eq(col('ordinal', 'x'), col('ordinal', 'ev')), eq(col('num', 'x'), col('num', 'ev'))) },
        { type: 'inner', from: from({ name: 'adg_bin_map' }, 'map'), on: and(eq(col('ordinal', 'map'), col('ordinal', 'x')), eq(col('bin', 'map'), col('bin', 'x'))) },
      ],
      groupBy: [col('ordinal', 'x'), col('item', 'map')],
    },
  );
  const c = (name: string) => col(name, 'c');
  const published = select(
    [
      column(c('ordinal')),
      column(c('item')),
      column(col('at', 'lower'), 'lo'),
      column(col('at', 'upper'), 'hi'),
      column(c('n_rows')),
      column(byEntity ? col('n_entities', 'd') : nul('bigint'), 'n_entities'),
    ],
    {
      from: sub(rows, 'c'),
      joins: [
        { type: 'inner', from: from({ name: 'adg_all_edges' }, 'lower'), on: and(eq(col('ordinal', 'lower'), c('ordinal')), eq(col('edge', 'lower'), c('item'))) },
        { type: 'inner', from: from({ name: 'adg_all_edges' }, 'upper'), on: and(eq(col('ordinal', 'upper'), c('ordinal')), eq(col('edge', 'upper'), op('+', c('item'), int(1)))) },
        ...(byEntity
          ? [{ type: 'left' as const, from: sub(entitiesPerItem, 'd'), on: and(eq(col('ordinal', 'd'), c('ordinal')), eq(col('item', 'd'), c('item'))) }]
          : []),
      ],
    },
  );
  return {
    ...published,
    with: [
      { name: 'adg_value_bins', query: valueBins },
      { name: 'adg_raw_bin_stats', query: rawBins },
      { name: 'adg_inner_edges', query: inner },
      { name: 'adg_bin_map', query: binMap },
      { name: 'adg_all_edges', query: allEdges },
    ],
  };
}
