// No record value in any message, file name or type: engine errors are filtered, nested types are
// refused, a header the engine cannot tell from a record is asked for, and no name from a spec can
// break out of a comment in generated SQL.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { AdgError } from '../compiler/errors.js';
import { compileAll } from '../compiler/compile.js';
import { parseSpec } from '../compiler/spec/load.js';
import { DEFAULT_PATHS, filePlaces } from '../compiler/plan/paths.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { columnStats, proposeSpec } from '../runner/init.js';
import { scrape } from '../runner/pipeline.js';
import { redactEngineMessage } from '../runner/redact.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { pipelineOptions, specIn, tempProject } from './helpers.js';

describe('engine messages', () => {
  it.each([
    ['Conversion Error: Type DOUBLE with value 9.87654e+19 can\'t be cast because the value is out of range for the destination type INT64\n\nLINE 1: SELECT ...', "Type DOUBLE with value … can't be cast because the value is out of range for the destination type INT64"],
    ["Conversion Error: Could not convert string 'SECRETVAL_1' to INT32", "Could not convert string '…' to INT32"],
    ['Invalid Input Error: CSV Error on Line: 30001\nOriginal Line: 30001,SECRETVAL_2,x\nError when converting column "b".', 'CSV Error on Line: …'],
    ['Binder Error: Referenced column "ward" not found in FROM clause! Candidate bindings: "SECRET_COLUMN"', 'Referenced column "ward" not found in FROM clause! Candidate bindings: "…"'],
    ['Conversion Error: Unimplemented type for cast (STRUCT(RAREKEY_9 INTEGER) -> VARCHAR)', 'Unimplemented type for cast (STRUCT(…) -> VARCHAR)'],
    ['Conversion Error: Could not convert ENUM(\'RARE_MEMBER\', \'b\') value', 'Could not convert ENUM(…) value'],
  ])('%s', (raw, clean) => {
    expect(redactEngineMessage(raw, new Set(['ward']))).toBe(clean);
  });
});

describe('record values never reach a message', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('a failed cast in a scrape says why without the value', async () => {
    const db = join(t.root, 'data', 'source.duckdb');
    const s = await DuckDBSession.open(db);
    await s.exec(`CREATE TABLE t AS SELECT CAST(i AS DOUBLE) AS amount FROM range(100) r(i) UNION ALL SELECT 9.87654e+19`);
    s.close();
    const spec = specIn(t.root, 'cast', `version: 1\ndataset: cast\nsource: {table: t}\nfields:\n  amount: discrete\n`);
    const err = (await scrape(spec, pipelineOptions(t.project, spec)).catch((e: AdgError) => e)) as AdgError;
    expect(err.format()).toContain("can't be cast because the value is out of range for the destination type INT64");
    expect(err.format()).not.toMatch(/9\.87|98765/);
  });

  it('init on a CSV whose bad line comes after the sniffed sample prints neither the line nor its values', async () => {
    const path = join(t.root, 'late.csv');
    const lines = ['a,b', ...Array.from({ length: 30_000 }, (_, i) => `${i},${i % 13}`), '30001,SECRETVAL_ABC123'];
    writeFileSync(path, `${lines.join('\n')}\n`);
    const err = (await columnStats({ kind: 'file', path, format: 'csv' }, duckdb, '').catch((e: AdgError) => e)) as AdgError;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).not.toContain('SECRETVAL');
    expect(err.message).not.toContain('30001');
  });

  it('a nested type is excluded by init, refused by scrape, and its keys are named nowhere', async () => {
    const path = join(t.root, 'nested.json');
    const rows = Array.from({ length: 50 }, (_, i) => JSON.stringify({ ward: `w${i % 3}`, extra: i === 7 ? { RAREKEY_SECRET: 1 } : { common: i } }));
    writeFileSync(path, rows.join('\n'));
    const stats = await columnStats({ kind: 'file', path, format: 'json' }, duckdb, '');
    const p = proposeSpec('nested', { kind: 'file', path: 'nested.json', format: 'json' }, stats, { schemaPath: 'x' });
    expect(p.excluded).toEqual([{ name: 'extra', reason: 'nested type STRUCT: its keys and elements are data' }]);
    expect(p.text).not.toContain('RAREKEY');
    const spec = specIn(t.root, 'nested', `version: 1\ndataset: nested\nsource: {file: nested.json}\nfields:\n  ward: categorical\n  extra: categorical\n`);
    const err = (await scrape(spec, pipelineOptions(t.project, spec)).catch((e: AdgError) => e)) as AdgError;
    expect(err.format()).toBe(
      'specs/nested.yaml:6:3 fields.extra: field "extra" (STRUCT) is a nested type: its keys and elements are data, which adg does not publish\n  hint: set kind: excluded',
    );
    expect(err.kind).toBe('usage');
  });

  it('asks whether the first line of an all-text CSV is a header instead of taking a record for names', async () => {
    const path = join(t.root, 'noheader.csv');
    writeFileSync(path, 'Alice Smith,Diabetes\nBob Jones,Asthma\nCarol White,Flu\n');
    const err = (await columnStats({ kind: 'file', path, format: 'csv' }, duckdb, '').catch((e: AdgError) => e)) as AdgError;
    expect(err.kind).toBe('usage');
    expect(err.format()).toContain('every column is text');
    expect(err.format()).toContain('adg init --header or --no-header');
    expect(err.format()).not.toMatch(/Alice|Diabetes/);
    const stats = await columnStats({ kind: 'file', path, format: 'csv', header: false }, duckdb, '');
    expect(stats.map((s) => s.name)).toEqual(['column0', 'column1']);
    const p = proposeSpec('noheader', { kind: 'file', path: 'noheader.csv', format: 'csv', header: false }, stats, { schemaPath: 'x' });
    expect(p.text).toContain('header: false');
    expect(p.text).not.toMatch(/Alice|Diabetes/);
  });
});

// ---- generated SQL: no name from a spec can end a comment -------------------------------------------------

/** Statements of a SQL text with comments removed, by the standard lexical rules (quotes, -- and block comments). */
function statementsOf(sql: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < sql.length; ) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      for (; j < sql.length; j++) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j++;
          else break;
        }
      }
      current += sql.slice(i, j + 1);
      i = j + 1;
    } else if (sql.startsWith('--', i)) {
      // A line comment ends at a line feed or carriage return, as in PostgreSQL's and DuckDB's lexers.
      while (i < sql.length && sql[i] !== '\n' && sql[i] !== '\r') i++;
    } else if (sql.startsWith('/*', i)) {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (ch === ';') {
      out.push(current.trim());
      current = '';
      i++;
    } else {
      current += ch;
      i++;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.map((s) => s.replace(/\s+/g, ' '));
}

describe('generated SQL with hostile names', () => {
  // Every general category that could end a line or reorder text, plus quotes and comment markers.
  const hostile = fc
    .array(
      fc.oneof(
        fc.constantFrom('\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\t', '\u202e', '\u2066', '\u200b', '\ufeff', "'", '"', '--', '/*', '*/', ';', '\\', 'é', '名', '🙂'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }).filter((s) => !s.includes('\0')),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => `x${parts.join('')}`);

  it('parse to exactly the statements adg runs, in any file, for names of every character class', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await fc.assert(
        fc.asyncProperty(hostile, hostile, hostile, async (file, table, field) => {
          const yaml = `version: 1\ndataset: h\nsource: {table: ${JSON.stringify(table)}}\ngeneration: {rows: 10}\nfields:\n  ${JSON.stringify(field)}: categorical\n`;
          const spec = parseSpec(yaml, file);
          for (const program of compileAll(spec, { dialect: duckdb, places: filePlaces(DEFAULT_PATHS), toolVersion: 'x' })) {
            const expected = program.sections.flatMap((s) => s.statements).map((s) => s.replace(/\s+/g, ' ').trim());
            expect(statementsOf(program.text)).toEqual(expected);
            expect((await connection.extractStatements(program.text)).count).toBe(expected.length);
            // Nothing that ends a line or reorders text is left raw in a comment.
            for (const line of program.text.split('\n').filter((l) => l.startsWith('--'))) {
              expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
            }
          }
        }),
        { numRuns: 60, seed: 20261130 },
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('the finding: a newline in source.table no longer turns a comment into a COPY', () => {
    const table = "t\nCOPY (SELECT 1) TO '/tmp/x.csv'; --";
    const spec = parseSpec(`version: 1\ndataset: h\nsource: {table: ${JSON.stringify(table)}}\nfields:\n  a: categorical\n`, 'specs/h.yaml');
    const [scrapeProgram] = compileAll(spec, { dialect: duckdb, places: filePlaces(DEFAULT_PATHS), toolVersion: 'x' });
    expect(statementsOf(scrapeProgram!.text).some((s) => s.startsWith('COPY'))).toBe(false);
    expect(scrapeProgram!.text).toContain('t\\u{A}COPY');
  });
});
