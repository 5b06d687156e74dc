// The counter-based generator: the TypeScript reference, an independent BigInt implementation and the
// SQL the compiler emits give the same bits; the streams are uniform, serially independent, and the
// fields of a row (which share one row hash) are independent of each other.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { addKey, FIELD_MIX, fieldHash, mix, mixSteps, ROW_MIX, rowHash, rowKey, streamKey } from '../compiler/random.js';
import { col, column, int, select, from, type Cte } from '../compiler/ir.js';
import { Printer } from '../compiler/print.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { memoryRows } from './helpers.js';

/** The mixers in exact BigInt arithmetic, written from their definition. */
function mixBig(m: typeof ROW_MIX, input: number): number {
  let x = BigInt(input >>> 0);
  for (const [shift, multiplier] of m.rounds) {
    x ^= x >> BigInt(shift);
    const product = x * BigInt(multiplier);
    // The property every engine relies on: the full product fits a signed 64-bit integer.
    if (product >= 2n ** 63n) throw new Error('product overflows signed 64 bits');
    x = product % 2n ** 32n;
  }
  return Number(x ^ (x >> BigInt(m.final)));
}

/** Chi-square p-value of counts against a uniform expectation. */
function pUniform(counts: ArrayLike<number>, n: number): number {
  const e = n / counts.length;
  let chi2 = 0;
  for (let i = 0; i < counts.length; i++) chi2 += (counts[i]! - e) ** 2 / e;
  return 1 - cdf(chi2, counts.length - 1);
}

const u32 = fc.integer({ min: 0, max: 0xffffffff });

describe('reference implementation', () => {
  it('matches exact BigInt arithmetic, and every product fits a signed 64-bit integer', () => {
    for (const m of [ROW_MIX, FIELD_MIX]) {
      for (const [, multiplier] of m.rounds) expect(multiplier % 2 === 1 && multiplier < 2 ** 31).toBe(true);
      fc.assert(fc.property(u32, (x) => mix(m, x) === mixBig(m, x)), { numRuns: 5000 });
    }
  });

  it('keys differ across seeds, datasets, fields and streams', () => {
    const keys = new Set([
      streamKey(1, 'd', 'f', 'value'),
      streamKey(2, 'd', 'f', 'value'),
      streamKey(1, 'e', 'f', 'value'),
      streamKey(1, 'd', 'g', 'value'),
      streamKey(1, 'd', 'f', 'jitter'),
      rowKey(1, 'd'),
    ]);
    expect(keys.size).toBe(6);
  });
});

describe('statistical quality', () => {
  const n = 2_000_000;
  // 16 fields of one dataset, as a spec would name them, each with its value and jitter stream.
  const names = Array.from({ length: 8 }, (_, f) => `field_${f}`);
  const keys = names.flatMap((name) => [streamKey(42, 'quality', name, 'value'), streamKey(42, 'quality', name, 'jitter')]);
  const streams = keys.map(() => new Uint32Array(n));
  const row = rowKey(42, 'quality');
  for (let i = 0; i < n; i++) {
    const H = rowHash(row, i);
    for (let s = 0; s < keys.length; s++) streams[s]![i] = fieldHash(H, keys[s]!);
  }

  it('every stream is uniform: 1,024 and 4,096 cells over 2M rows', () => {
    for (const h of streams) {
      for (const bits of [10, 12]) {
        const counts = new Float64Array(2 ** bits);
        for (const x of h) counts[x >>> (32 - bits)]!++;
        expect(pUniform(counts, n)).toBeGreaterThan(0.001);
      }
      // The low bits decide thresholds inside a bucket: they must be uniform too.
      const low = new Float64Array(4096);
      for (const x of h) low[x & 4095]!++;
      expect(pUniform(low, n)).toBeGreaterThan(0.001);
    }
  });

  it('the streams of a row are independent of each other: joint 64 x 64 cells for every pair', () => {
    const failures: string[] = [];
    for (let a = 0; a < streams.length; a++) {
      for (let b = a + 1; b < streams.length; b++) {
        const counts = new Float64Array(4096);
        const A = streams[a]!;
        const B = streams[b]!;
        for (let i = 0; i < n; i++) counts[((A[i]! >>> 26) << 6) | (B[i]! >>> 26)]!++;
        const p = pUniform(counts, n);
        if (p < 0.0001) failures.push(`${a}/${b}: p = ${p}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('consecutive rows are independent: joint 64 x 64 cells of each stream with itself one row later', () => {
    for (const h of streams) {
      const counts = new Float64Array(4096);
      for (let i = 0; i + 1 < n; i++) counts[((h[i]! >>> 26) << 6) | (h[i + 1]! >>> 26)]!++;
      expect(pUniform(counts, n - 1)).toBeGreaterThan(0.001);
    }
  });
});

describe('the SQL generator', () => {
  const n = 200_000;
  const row = rowKey(7, 'flights');
  const key = streamKey(7, 'flights', 'origin', 'value');

  it('computes the same row and field hashes as the reference, in signed 64-bit integers', async () => {
    const ctes: Cte[] = [{ name: 's0', query: select([column(col('i')), column(addKey(col('i'), row), 'x')], { from: { k: 'range', count: int(n), column: 'i', as: 'r' } }) }];
    const steps = [...mixSteps(ROW_MIX).map((step) => (x: string) => step(col(x))), (x: string) => addKey(col(x), key), ...mixSteps(FIELD_MIX).map((step) => (x: string) => step(col(x)))];
    steps.forEach((step, s) => ctes.push({ name: `s${s + 1}`, query: select([column(col('i')), column(step('x'), 'x')], { from: from({ name: `s${s}` }) }) }));
    const sql = new Printer(duckdb).query(select([column(col('i')), column(col('x'), 'h')], { with: ctes, from: from({ name: `s${steps.length}` }), orderBy: [{ expr: col('i') }] }), '');
    expect(sql).not.toMatch(/UBIGINT|HUGEINT/);
    const rows = await memoryRows(sql);
    expect(rows).toHaveLength(n);
    for (const [i, r] of rows.entries()) {
      const h = fieldHash(rowHash(row, i), key);
      if (r.h !== h) throw new Error(`row ${i}: SQL ${r.h} vs reference ${h}`);
    }
  });
});
