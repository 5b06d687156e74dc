// A 1,000-field spec end to end: scrape and export stay correct when the plan is wide (list
// records of 16 fields, one CASE per field), not only when it is the demo's handful of columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { exportData, scrape } from '../runner/pipeline.js';
import { pointMass, memoryRows, metadataRows, pipelineOptions, specIn, sqlRows, tempProject, releaseAndGenerate } from './helpers.js';

const q = duckdb.quoteIdent;
const FIELDS = 1000;
const ROWS = 2000;
const KINDS = ['categorical', 'discrete', 'continuous', 'date'] as const;

function column(j: number): string {
  switch (KINDS[j % 4]!) {
    case 'categorical':
      return `'v' || ((i * ${j + 7}) % ${2 + (j % 9)})`;
    case 'discrete':
      return `(i * ${j + 3}) % ${3 + (j % 7)}`;
    case 'continuous':
      return `((i * ${j + 11}) % 1009) / 7.0`;
    case 'date':
      return `DATE '2020-01-01' + CAST((i * ${j + 1}) % 40 AS INTEGER)`;
  }
}

describe(`a ${FIELDS}-field spec`, () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  const db = join(t.root, 'data', 'source.duckdb');
  const fields = Array.from({ length: FIELDS }, (_, j) => `c${j}`);
  const yaml = [
    'version: 1',
    'dataset: wide',
    'source: {table: wide}',
    `generation: {rows: ${ROWS}, seed: 11}`,
    'fields:',
    ...fields.map((f, j) => `  ${f}: ${KINDS[j % 4]}`),
    '',
  ].join('\n');

  beforeAll(async () => {
    const s = await DuckDBSession.open(db);
    await s.exec(`CREATE TABLE wide AS SELECT ${fields.map((f, j) => `${column(j)} AS ${q(f)}`).join(', ')} FROM range(${ROWS}) r(i)`);
    s.close();
  });

  it('generates every field from its own published items and exports all of them', async () => {
    const spec = specIn(t.root, 'wide', yaml);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await releaseAndGenerate(spec, options);

    const meta = await metadataRows(options, 'wide');
    const output = await sqlRows(options.paths.outputDb, `SELECT * FROM wide`);
    expect(output.length).toBe(ROWS);
    expect(Object.keys(output[0]!)).toEqual(fields);

    // Every categorical/discrete/date value drawn is a published value of that field; every continuous
    // value lies in a published bin or is a published point mass. Field j never receives field j±1's values.
    for (const [j, field] of fields.entries()) {
      const mine = meta.filter((m) => m.field === field);
      // Dates compare as days (the metadata holds bucket starts, the output a DATE read back as an ISO
      // string), continuous point masses as numbers.
      const kind = KINDS[j % 4];
      const day = (v: unknown) => (kind === 'date' ? String(v).slice(0, 10) : kind === 'continuous' ? String(Number(v)) : String(v));
      const values = new Set(mine.filter((m) => m.stat === 'value').map((m) => day(kind === 'continuous' ? pointMass(m) : m.value)));
      const bins = mine.filter((m) => m.stat === 'bin').map((m) => [Number(m.lo), Number(m.hi)] as const);
      for (const row of output) {
        const v = row[field];
        if (v === null) continue;
        const text = day(v);
        const ok = values.has(text) || (KINDS[j % 4] === 'continuous' && bins.some(([lo, hi]) => Number(v) >= lo && Number(v) <= hi));
        if (!ok) expect.fail(`${field} (${KINDS[j % 4]}) drew ${text}, which is not published for it`);
      }
    }

    // Fields are drawn independently: c0 and c36 are both i % 2 in the source, equal on every row; in the
    // output they agree about half the time.
    const [source] = await sqlRows(db, `SELECT count(*) FILTER (c0 = c36) AS same FROM wide`);
    expect(Number(source!.same)).toBe(ROWS);
    const [pair] = await sqlRows(options.paths.outputDb, `SELECT count(*) FILTER (c0 = c36) AS same FROM wide`);
    expect(Number(pair!.same) / ROWS).toBeGreaterThan(0.45);
    expect(Number(pair!.same) / ROWS).toBeLessThan(0.55);

    const exported = await exportData(spec, options);
    const parquet = exported.files.find((f) => f.format === 'parquet')!.path;
    const [{ n }] = (await memoryRows(`SELECT count(*) AS n FROM (DESCRIBE SELECT * FROM read_parquet(${duckdb.quoteString(parquet)}))`)) as [{ n: unknown }];
    expect(Number(n)).toBe(FIELDS);
  }, 180_000);
});
