// One function quotes every name and one escapes every literal; any text survives the trip through SQL.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';

const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => !s.includes('\0'));

describe('DuckDB quoting', () => {
  it('round-trips any name as a column and any text as a value', async () => {
    const session = await DuckDBSession.open(':memory:');
    try {
      await fc.assert(
        fc.asyncProperty(text, text, async (name, value) => {
          const q = duckdb.quoteIdent(name);
          const rows = await session.query(`SELECT ${duckdb.quoteString(value)} AS ${q}`);
          expect(Object.keys(rows[0]!)).toEqual([name]);
          expect(rows[0]![name]).toBe(value);
        }),
        { numRuns: 300 },
      );
    } finally {
      session.close();
    }
  });

  it('keeps hostile text inert', async () => {
    const session = await DuckDBSession.open(':memory:');
    try {
      await session.exec('CREATE TABLE t AS SELECT 1 AS x');
      const hostile = `x"; DROP TABLE t; --`;
      const rows = await session.query(`SELECT ${duckdb.quoteString(`'); DROP TABLE t; --`)} AS ${duckdb.quoteIdent(hostile)}`);
      expect(rows).toEqual([{ [hostile]: `'); DROP TABLE t; --` }]);
      expect(await session.query('SELECT x FROM t')).toEqual([{ x: 1 }]);
    } finally {
      session.close();
    }
  });

  it('refuses NUL, which SQL text cannot carry', () => {
    expect(() => duckdb.quoteIdent('a\0b')).toThrow(/NUL/);
    expect(() => duckdb.quoteString('a\0b')).toThrow(/NUL/);
  });

  it('writes doubles as DOUBLE literals, never DECIMAL', async () => {
    const session = await DuckDBSession.open(':memory:');
    try {
      await fc.assert(
        fc.asyncProperty(fc.double({ noNaN: true, noDefaultInfinity: true }), async (x) => {
          const [row] = await session.query(`SELECT typeof(${duckdb.doubleLiteral(x)}) AS t, ${duckdb.doubleLiteral(x)} AS v`);
          expect(row!.t).toBe('DOUBLE');
          expect(Object.is(row!.v, x) || (x === 0 && row!.v === 0)).toBe(true);
        }),
        { numRuns: 300 },
      );
    } finally {
      session.close();
    }
  });
});
