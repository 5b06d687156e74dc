// The alias tables generate builds in SQL are exact: every item owns exactly the hash values its
// weight gives it (ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T)), and the closed form equals the
// sequential sweep bucket for bucket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aliasQuery, ALIAS_BITS } from '../compiler/plan/alias.js';
import { Printer } from '../compiler/print.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { countsOf, hashCounts, sweepAlias, type AliasTable } from './reference.js';

describe('alias tables', () => {
  let session: DuckDBSession;
  const sql = new Printer(duckdb).query(aliasQuery(), '');
  beforeAll(async () => {
    session = await DuckDBSession.open(':memory:');
  });
  afterAll(() => session.close());

  /** Builds every field's table in one statement, as generate does. */
  async function tablesFor(fields: readonly (readonly bigint[])[]): Promise<AliasTable[]> {
    const rows = fields.flatMap((weights, f) => weights.map((w, item) => `(${f + 1}, ${item}, ${w})`));
    await session.exec(`CREATE OR REPLACE TEMP TABLE adg_items AS SELECT * FROM (VALUES ${rows.join(', ')}) AS v(ordinal, item, n_rows)`);
    const out = await session.query(`SELECT ordinal, bucket, b, CAST(packed AS VARCHAR) AS packed FROM (${sql}) ORDER BY ordinal, bucket`);
    return fields.map((_, f) => {
      const mine = out.filter((r) => r.ordinal === f + 1);
      const bits = Number(mine[0]!.b);
      const S = 2n ** BigInt(32 - bits);
      return {
        bits,
        thresholds: mine.map((r) => (BigInt(String(r.packed)) >> BigInt(ALIAS_BITS)) - BigInt(Number(r.bucket)) * S),
        aliases: mine.map((r) => Number(BigInt(String(r.packed)) & BigInt(2 ** ALIAS_BITS - 1))),
      };
    });
  }

  const weights = fc.oneof(
    fc.array(fc.bigInt({ min: 1n, max: 1_000n }), { minLength: 1, maxLength: 70 }),
    fc.array(fc.bigInt({ min: 1n, max: 10n ** 13n }), { minLength: 1, maxLength: 300 }),
    // One dominant item among many tiny ones: long overshoot chains.
    fc.tuple(fc.bigInt({ min: 10n ** 9n, max: 10n ** 12n }), fc.array(fc.bigInt({ min: 1n, max: 50n }), { maxLength: 200 })).map(([big, rest]) => [...rest, big, ...rest]),
  );

  it('gives every item exactly its hash values, and equals the sequential sweep', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(weights, { minLength: 1, maxLength: 12 }), async (fields) => {
        const tables = await tablesFor(fields);
        fields.forEach((w, f) => {
          const table = tables[f]!;
          expect(2 ** table.bits).toBeGreaterThanOrEqual(w.length);
          expect(countsOf(table, w.length)).toEqual(hashCounts(w));
          const S = 2n ** BigInt(32 - table.bits);
          for (const t of table.thresholds) expect(t >= 0n && t <= S).toBe(true);
          for (const a of table.aliases) expect(a).toBeLessThan(w.length);
          const sweep = sweepAlias(hashCounts(w));
          expect(table.thresholds).toEqual(sweep.thresholds);
          expect(table.aliases.map((a, j) => (table.thresholds[j] === S ? j : a))).toEqual(sweep.aliases.map((a, j) => (sweep.thresholds[j] === S ? j : a)));
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('handles one item, powers of two and equal weights', async () => {
    const cases = [[5n], [1n, 1n], [3n, 3n, 3n, 3n], [1n, 1n, 1n], Array.from({ length: 1024 }, () => 7n), Array.from({ length: 1025 }, (_, i) => BigInt(i + 1))];
    const tables = await tablesFor(cases);
    cases.forEach((w, f) => expect(countsOf(tables[f]!, w.length)).toEqual(hashCounts(w)));
    expect(tables[0]!.bits).toBe(0);
    expect(tables[5]!.bits).toBe(11);
  });
});
