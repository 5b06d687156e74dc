// The counter-based generator: the TypeScript reference, the SQL the compiler emits, and the portable
// split-multiply form other engines will use all give the same bits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { draw, drawIndex, lowbias32, mulmod32, streamKey, counterInput, MIX_STEPS, scaledIndex } from '../compiler/random.js';
import { col, column, int, select, from, type Cte } from '../compiler/ir.js';
import { Printer } from '../compiler/print.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { memoryRows } from './helpers.js';

/** lowbias32 written independently with Math.imul (32-bit wrapping multiply). */
function lowbias32Imul(input: number): number {
  let x = input >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

const u32 = fc.integer({ min: 0, max: 0xffffffff });

describe('reference implementation', () => {
  it('mulmod32 equals exact 64-bit arithmetic', () => {
    fc.assert(fc.property(u32, u32, (x, m) => mulmod32(x, m) === Number((BigInt(x) * BigInt(m)) % 2n ** 32n)), { numRuns: 2000 });
  });

  it('lowbias32 matches an independent Math.imul implementation', () => {
    fc.assert(fc.property(u32, (x) => lowbias32(x) === lowbias32Imul(x)), { numRuns: 5000 });
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

  it('draws are uniform: chi-square over 1,000 cells of 500,000 draws', () => {
    const cells = new Array<number>(1000).fill(0);
    const key = streamKey(42, 'uniformity', 'x', 'value');
    const n = 500_000;
    for (let i = 0; i < n; i++) cells[drawIndex(draw(key, i), 1000)]! += 1;
    const expected = n / 1000;
    const chi2 = cells.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    expect(1 - cdf(chi2, 999)).toBeGreaterThan(0.001);
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
      b AS (SELECT i, xor(x, x >> 16) AS x FROM a),
      c AS (SELECT i, ${split('x', 0x7feb352d)} AS x FROM b),
      d AS (SELECT i, xor(x, x >> 15) AS x FROM c),
      e AS (SELECT i, ${split('x', 0x846ca68b)} AS x FROM d)
      SELECT i, typeof(x) AS t, xor(x, x >> 16) AS h FROM e ORDER BY i`;
    const rows = await memoryRows(sql);
    expect(rows[0]!.t).toBe('BIGINT');
    for (const [i, row] of rows.entries()) if (row.h !== draw(key, i)) throw new Error(`row ${i}: ${row.h} vs ${draw(key, i)}`);
  });
});
