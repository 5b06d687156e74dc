// The counter-based generator: the TypeScript reference, the SQL the compiler emits, and the portable
// split-multiply form other engines will use all give the same bits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { draw, drawIndex, triple32, mulmod32, streamKey, counterInput, MIX_STEPS, scaledIndex } from '../compiler/random.js';
import { col, column, int, select, from, type Cte } from '../compiler/ir.js';
import { Printer } from '../compiler/print.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { memoryRows } from './helpers.js';

/** triple32 written independently with Math.imul (32-bit wrapping multiply), as published. */
function triple32Imul(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 17;
  x = Math.imul(x, 0xed5ad4bb) >>> 0;
  x ^= x >>> 11;
  x = Math.imul(x, 0xac4c1b51) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x31848bab) >>> 0;
  x ^= x >>> 14;
  return x >>> 0;
}

/** draw() via the Math.imul form: proven equal above, and several times faster for 3M-draw tests. */
const fastDraw = (key: number, i: number) => triple32Imul((key + i) >>> 0);

/** Chi-square p-value of n draws of a stream counted into equal cells. */
function uniformity(h: (i: number) => number, n: number, cells: number): number {
  const counts = new Array<number>(cells).fill(0);
  for (let i = 0; i < n; i++) counts[Math.floor(h(i) * 2 ** -32 * cells)]! += 1;
  const e = n / cells;
  return 1 - cdf(counts.reduce((a, c) => a + (c - e) ** 2 / e, 0), cells - 1);
}

const u32 = fc.integer({ min: 0, max: 0xffffffff });

describe('reference implementation', () => {
  it('mulmod32 equals exact 64-bit arithmetic', () => {
    fc.assert(fc.property(u32, u32, (x, m) => mulmod32(x, m) === Number((BigInt(x) * BigInt(m)) % 2n ** 32n)), { numRuns: 2000 });
  });

  it('triple32 matches an independent Math.imul implementation', () => {
    fc.assert(fc.property(u32, (x) => triple32(x) === triple32Imul(x)), { numRuns: 5000 });
    fc.assert(fc.property(u32, fc.nat(), (key, i) => draw(key, i) === fastDraw(key, i)), { numRuns: 5000 });
  });

  it('keys differ across seeds, datasets, fields and streams', () => {
    const keys = new Set([
      streamKey(1, 'd', 'f', 'value'),
      streamKey(2, 'd', 'f', 'value'),
      streamKey(1, 'e', 'f', 'value'),
      streamKey(1, 'd', 'g', 'value'),
      streamKey(1, 'd', 'f', 'jitter'),
    ]);
    expect(keys.size).toBe(5);
  });

  // Sensitive enough to reject two-round lowbias32 on sequential counters (chi2/dof 1.75 at 1,000 cells).
  it('draws are uniform: 3M draws into 1,000 and 4,096 cells, several keys', () => {
    for (const key of [0, 0x12345678, streamKey(42, 'uniformity', 'x', 'value')]) {
      for (const cells of [1000, 4096]) expect(uniformity((i) => fastDraw(key, i), 3_000_000, cells)).toBeGreaterThan(0.001);
    }
  });

  it('streams of different keys are independent: joint 64 x 64 cells over 3M rows, adjacent keys included', () => {
    const pairs = [[0, 1], [0, 2 ** 31], [streamKey(1, 'd', 'a', 'value'), streamKey(1, 'd', 'a', 'jitter')]] as const;
    for (const [a, b] of pairs) {
      const joint = (i: number) => (Math.floor(fastDraw(a, i) * 2 ** -32 * 64) * 64 + Math.floor(fastDraw(b, i) * 2 ** -32 * 64)) * 2 ** 20;
      expect(uniformity(joint, 3_000_000, 4096)).toBeGreaterThan(0.001);
    }
  });
});

describe('the SQL generator', () => {
  const key = streamKey(7, 'flights', 'origin', 'value');
  const n = 200_000;

  /** The compiler's own hash steps over range(n), printed for DuckDB. */
  function hashQuery(total: number): string {
    const ctes: Cte[] = [{ name: 'h0', query: select([column(col('i')), column(counterInput(col('i'), key), 'h')], { from: { k: 'range', count: int(n), column: 'i', as: 'r' } }) }];
    MIX_STEPS.forEach((step, s) => ctes.push({ name: `h${s + 1}`, query: select([column(col('i')), column(step(col('h')), 'h')], { from: from({ name: `h${s}` }) }) }));
    const last = `h${MIX_STEPS.length}`;
    return new Printer(duckdb).query(
      select([column(col('i')), column(col('h')), column(scaledIndex(col('h'), int(total)), 'r')], { with: ctes, from: from({ name: last }), orderBy: [{ expr: col('i') }] }),
      '',
    );
  }

  it('computes the same h and r as the reference for 200,000 rows', async () => {
    const total = 2_999_995;
    const rows = await memoryRows(hashQuery(total));
    expect(rows).toHaveLength(n);
    for (const [i, row] of rows.entries()) {
      const h = draw(key, i);
      if (row.h !== h || row.r !== drawIndex(h, total)) throw new Error(`row ${i}: SQL (${row.h}, ${row.r}) vs reference (${h}, ${drawIndex(h, total)})`);
    }
  });

  it('the portable split form (products < 2^48, for engines without unsigned 64-bit) gives the same bits', async () => {
    // mulmod32(x, m) = (x * (m & 0xFFFF) + ((x * (m >> 16)) & 0xFFFF) << 16) & 0xFFFFFFFF, all in signed BIGINT.
    const split = (x: string, m: number) => `((${x} * ${m & 0xffff} + (((${x} * ${m >>> 16}) & 65535) << 16)) & 4294967295)`;
    const sql = `
      WITH a AS (SELECT i, (i + ${key}) & 4294967295 AS x FROM range(${n}) r(i)),
      b AS (SELECT i, ${split('xor(x, x >> 17)', 0xed5ad4bb)} AS x FROM a),
      c AS (SELECT i, ${split('xor(x, x >> 11)', 0xac4c1b51)} AS x FROM b),
      d AS (SELECT i, ${split('xor(x, x >> 15)', 0x31848bab)} AS x FROM c)
      SELECT i, typeof(x) AS t, xor(x, x >> 14) AS h FROM d ORDER BY i`;
    const rows = await memoryRows(sql);
    expect(rows[0]!.t).toBe('BIGINT');
    for (const [i, row] of rows.entries()) if (row.h !== draw(key, i)) throw new Error(`row ${i}: ${row.h} vs ${draw(key, i)}`);
  });
});
