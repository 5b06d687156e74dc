// The exact integer alias table of every field, built set-based from the released weights.
//
// The hash space is 2^32 values. Item j gets exactly c_j of them, c_j = ceil(C_j 2^32 / T) -
// ceil(C_{j-1} 2^32 / T) for cumulative weights C and total T: the share floor(h T / 2^32) gives it,
// so probabilities are weight / total up to the 32-bit quantisation. A field with k items gets 2^b
// buckets (2^b >= k) of S = 2^(32-b) hash values each; bucket j holds its own item j for the hashes
// below a threshold t_j and one other item (its alias) for the rest. A draw is then O(1): bucket =
// h >> (32 - b), item = bucket if h < bucket * S + t else alias. Nothing but integers, so every
// engine builds the same table.
//
// The table is Vose's alias table by the sweep of Hübschle-Schneider and Sanders ("Parallel Weighted
// Random Sampling"), in closed form. Light buckets (c < S, padding buckets have c = 0) lack d = S - c;
// heavy ones (c > S) have e = c - S to spare. Lay the lights' deficits end to end (light i covers
// [sigma_i, sigma_i + d_i)) and the heavies' excesses end to end (heavy j covers [A_j, B_j)), both in
// bucket order. Light i takes its filler from the heavy whose range holds sigma_i. A light whose range
// runs past B_j takes the overshoot from heavy j's own bucket, which is then filled by the next heavy:
// heavy j keeps t_j = S - overshoot_j and aliases the next heavy. Both look-ups are running maxima over
// the two sequences merged by position, so the whole table is window functions over sorted rows.
// Counting, for each item, its own t plus S - t of every bucket aliasing it gives back c exactly
// (test/alias.test.ts checks this for thousands of weight vectors, and against a sequential sweep).
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  eq,
  fn,
  from,
  int,
  isNotNull,
  nul,
  op,
  over,
  select,
  sub,
  unionAll,
  type Expr,
  type Query,
} from '../ir.js';
import { TEMP } from './names.js';

/** Packed bucket: (cut << ALIAS_BITS) | alias, cut = bucket * S + t <= 2^32: below 2^62. */
export const ALIAS_BITS = 30;
export const ALIAS_MASK = 2 ** ALIAS_BITS - 1;

/** ceil(C * 2^32 / T) in 64-bit integers, for C <= T < 2^47: two 16-bit steps so nothing overflows. */
function ceilScaled(c: Expr, total: Expr): Expr {
  const shifted = op('*', c, int(65536));
  const q = fn('intdiv', shifted, total);
  const r = fn('mod', shifted, total);
  return op('+', op('*', q, int(65536)), fn('intdiv', op('-', op('+', op('*', r, int(65536)), total), int(1)), total));
}

/** (ordinal, bucket, b, packed) for every field with published items, from TEMP.items (ordinal, item, n_rows). */
export function aliasQuery(): Query {
  const running = (x: Expr) => over('sum', x, [col('ordinal')], [asc(col('bucket'))], true);
  const weights = select(
    [
      column(col('ordinal')),
      column(col('item')),
      column(cast(over('sum', col('n_rows'), [col('ordinal')], [asc(col('item'))], true), 'bigint'), 'cum'),
      column(col('n_rows')),
      column(cast(over('sum', col('n_rows'), [col('ordinal')]), 'bigint'), 'total'),
    ],
    { from: from(TEMP.items) },
  );
  const hashCounts = select(
    [
      column(col('ordinal')),
      column(col('item')),
      column(op('-', ceilScaled(col('cum'), col('total')), ceilScaled(op('-', col('cum'), col('n_rows')), col('total'))), 'c'),
    ],
    { from: sub(weights, 'w') },
  );
  // The fewest b with 2^b >= k buckets. Engines' log2 may miss a power of two by an ulp (Spark divides
  // natural logarithms), so the estimate is corrected by one step either way, in integers.
  const estimate = select(
    [column(col('ordinal')), column(count(), 'k'), column(cast(fn('ceil', fn('log2', cast(count(), 'double'))), 'bigint'), 'b0')],
    { from: from(TEMP.items), groupBy: [col('ordinal')] },
  );
  const correction = caseWhen(
    [
      [op('<', fn('shl', int(1), col('b0')), col('k')), int(1)],
      [and(op('>', col('b0'), int(0)), op('>=', fn('shl', int(1), op('-', col('b0'), int(1))), col('k'))), int(-1)],
    ],
    int(0),
  );
  const sizes = select([column(col('ordinal')), column(op('+', col('b0'), correction), 'b')], { from: sub(estimate, 'e') });
  const buckets = select(
    [
      column(col('ordinal', 'z')),
      column(col('b', 'z')),
      column(fn('shl', int(1), op('-', int(32), col('b', 'z'))), 's'),
      column({ k: 'series', count: fn('shl', int(1), col('b', 'z')) }, 'bucket'),
    ],
    { from: sub(sizes, 'z') },
  );
  const withCounts = select(
    [
      column(col('ordinal', 'k')),
      column(col('bucket', 'k')),
      column(col('b', 'k')),
      column(col('s', 'k')),
      column(fn('coalesce', col('c', 'h'), int(0)), 'c'),
    ],
    {
      from: sub(buckets, 'k'),
      joins: [{ type: 'left', from: sub(hashCounts, 'h'), on: and(eq(col('ordinal', 'h'), col('ordinal', 'k')), eq(col('item', 'h'), col('bucket', 'k'))) }],
    },
  );
  const deficit = op('-', col('s'), col('c'));
  const excess = op('-', col('c'), col('s'));
  const lights = select(
    [column(col('ordinal')), column(col('bucket')), column(deficit, 'd'), column(op('-', cast(running(deficit), 'bigint'), deficit), 'sigma')],
    { from: from({ name: 'adg_bucket_counts' }), where: op('<', col('c'), col('s')) },
  );
  const heavies = select(
    [
      column(col('ordinal')),
      column(col('bucket')),
      column(op('-', cast(running(excess), 'bigint'), excess), 'a'),
      column(cast(running(excess), 'bigint'), 'b_end'),
      column(over('lead', col('bucket'), [col('ordinal')], [asc(col('bucket'))]), 'next'),
    ],
    { from: from({ name: 'adg_bucket_counts' }), where: op('>', col('c'), col('s')) },
  );
  // Merged by position, heavies first on ties: a light starting where a heavy's range starts is
  // that heavy's; one starting where a heavy's range ends is the next one's.
  const lightAlias = select(
    [column(col('ordinal')), column(col('light'), 'bucket'), column(col('alias'))],
    {
      from: sub(
        select(
          [
            column(col('ordinal')),
            column(col('light')),
            column(over('max', col('heavy'), [col('ordinal')], [asc(col('pos')), asc(col('side'))], true), 'alias'),
          ],
          {
            from: sub(
              unionAll([
                select([column(col('ordinal')), column(col('a'), 'pos'), column(int(0), 'side'), column(col('bucket'), 'heavy'), column(nul('bigint'), 'light')], { from: from({ name: 'adg_heavies' }) }),
                select([column(col('ordinal')), column(col('sigma'), 'pos'), column(int(1), 'side'), column(nul('bigint'), 'heavy'), column(col('bucket'), 'light')], { from: from({ name: 'adg_lights' }) }),
              ]),
              'events',
            ),
          },
        ),
        'merged',
      ),
      where: isNotNull(col('light')),
    },
  );
  const overshoot = select(
    [column(col('ordinal')), column(col('heavy'), 'bucket'), column(fn('greatest', int(0), op('-', fn('coalesce', col('reach'), int(0)), col('pos'))), 'overshoot')],
    {
      from: sub(
        select(
          [
            column(col('ordinal')),
            column(col('heavy')),
            column(col('pos')),
            column(over('max', col('reach'), [col('ordinal')], [asc(col('pos')), asc(col('side'))], true), 'reach'),
          ],
          {
            from: sub(
              unionAll([
                select([column(col('ordinal')), column(col('b_end'), 'pos'), column(int(0), 'side'), column(col('bucket'), 'heavy'), column(nul('bigint'), 'reach')], { from: from({ name: 'adg_heavies' }) }),
                select([column(col('ordinal')), column(col('sigma'), 'pos'), column(int(1), 'side'), column(nul('bigint'), 'heavy'), column(op('+', col('sigma'), col('d')), 'reach')], { from: from({ name: 'adg_lights' }) }),
              ]),
              'events',
            ),
          },
        ),
        'merged',
      ),
      where: isNotNull(col('heavy')),
    },
  );
  const c = (name: string) => col(name, 'c');
  const light = op('<', c('c'), c('s'));
  const heavy = op('>', c('c'), c('s'));
  const spill = fn('coalesce', col('overshoot', 'o'), int(0));
  const threshold = caseWhen([[light, c('c')], [heavy, op('-', c('s'), spill)]], c('s'));
  const alias = caseWhen(
    [
      [light, col('alias', 'l')],
      [and(heavy, op('>', spill, int(0))), fn('coalesce', col('next', 'h'), c('bucket'))],
    ],
    c('bucket'),
  );
  const cut = op('+', op('*', c('bucket'), c('s')), threshold);
  return {
    ...select(
      [
        column(c('ordinal')),
        column(c('bucket')),
        column(c('b')),
        column(op('+', op('*', cut, int(2 ** ALIAS_BITS)), alias), 'packed'),
      ],
      {
        from: from({ name: 'adg_bucket_counts' }, 'c'),
        joins: [
          { type: 'left', from: from({ name: 'adg_light_alias' }, 'l'), on: and(eq(col('ordinal', 'l'), c('ordinal')), eq(col('bucket', 'l'), c('bucket'))) },
          { type: 'left', from: from({ name: 'adg_heavies' }, 'h'), on: and(eq(col('ordinal', 'h'), c('ordinal')), eq(col('bucket', 'h'), c('bucket'))) },
          { type: 'left', from: from({ name: 'adg_overshoot' }, 'o'), on: and(eq(col('ordinal', 'o'), c('ordinal')), eq(col('bucket', 'o'), c('bucket'))) },
        ],
      },
    ),
    with: [
      { name: 'adg_bucket_counts', query: withCounts },
      { name: 'adg_lights', query: lights },
      { name: 'adg_heavies', query: heavies },
      { name: 'adg_light_alias', query: lightAlias },
      { name: 'adg_overshoot', query: overshoot },
    ],
  };
}
