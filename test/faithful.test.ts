// Faithful columns: point masses stay point masses, the outer bins reach the source's tails, edges are
// grid points rather than records' values, doubles keep the source's decimals, and the output has the
// source's columns and types (excluded ones as NULLs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { exportData, scrape } from '../runner/pipeline.js';
import { metadataRows, memoryRows, pipelineOptions, specIn, sqlRows, tempProject, VEGA, releaseAndGenerate } from './helpers.js';
import { adg } from './cli.helpers.js';

const q = duckdb.quoteIdent;

describe('continuous fields keep their shape', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  const db = join(t.root, 'data', 'source.duckdb');

  beforeAll(async () => {
    const s = await DuckDBSession.open(db);
    await s.exec(`CREATE TABLE uniform AS SELECT CAST(i * 1.5 AS DOUBLE) AS x FROM range(10001) r(i)`);
    // 10,000 incomes with cents, log-normal: nearly every value is held by one record.
    await s.exec(`CREATE TABLE income AS SELECT round(exp(10 + 0.8 * sqrt(-2 * ln((i + 0.5) / 10000)) * cos(i * 2.399963)), 2) AS income FROM range(10000) r(i)`);
    s.close();
  });

  it('zeros stay zeros: seattle-weather has 838 dry days of 1,461, so does the artificial data (about)', async () => {
    const spec = specIn(t.root, 'weather', `version: 1\ndataset: weather\nsource: {file: ${JSON.stringify(join(VEGA, 'seattle-weather.csv'))}}\ngeneration: {rows: 14610, seed: 3}\nfields:\n  precipitation: continuous\n`);
    const options = pipelineOptions(t.project, spec, { allowedSourceDirs: [VEGA] });
    await scrape(spec, options);
    const zero = (await metadataRows(options, 'weather')).find((m) => m.stat === 'value' && m.lo === 0);
    expect(zero?.n_rows).toBe(840);
    await releaseAndGenerate(spec, options);
    const [dry] = await sqlRows(options.paths.outputDb, `SELECT count(*) FILTER (precipitation = 0) AS n FROM weather`);
    expect(Number(dry!.n) / 14610).toBeCloseTo(838 / 1461, 1);
  });

  it.each([2, 3, 10])('%i bins of a uniform [0, 15000] field cover its p5..p95, and every bin is represented', async (bins) => {
    const spec = specIn(t.root, `tails${bins}`, `version: 1\ndataset: tails${bins}\nsource: {table: uniform}\ngeneration: {rows: 20000, seed: 5}\nfields:\n  x: {kind: continuous, bins: ${bins}}\n`);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await releaseAndGenerate(spec, options);
    const published = (await metadataRows(options, spec.dataset)).filter((m) => m.stat === 'bin');
    expect(published.length).toBe(bins);
    const [range] = await sqlRows(options.paths.outputDb, `SELECT min(x) AS lo, max(x) AS hi FROM ${q(spec.dataset)}`);
    expect(Number(range!.lo)).toBeLessThanOrEqual(750);
    expect(Number(range!.hi)).toBeGreaterThanOrEqual(14250);
    for (const b of published) {
      const [n] = await sqlRows(options.paths.outputDb, `SELECT count(*) AS n FROM ${q(spec.dataset)} WHERE x >= ${b.lo} AND x < ${b.hi}`);
      expect(Number(n!.n), `bin [${b.lo}, ${b.hi})`).toBeGreaterThan(0);
    }
  });

  it('edges are grid points, never a value only one record holds', async () => {
    const spec = specIn(t.root, 'income', `version: 1\ndataset: income\nsource: {table: income}\ngeneration: {rows: 5000}\nfields:\n  income: {kind: continuous, bins: 50}\n`);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    const edges = [...new Set((await metadataRows(options, 'income')).filter((m) => m.stat === 'bin').flatMap((m) => [Number(m.lo), Number(m.hi)]))];
    expect(edges.length).toBeGreaterThan(40);
    const held = await sqlRows(db, `SELECT income, count(*) AS n FROM income WHERE income IN (${edges.join(', ')}) GROUP BY income`);
    expect(held.filter((h) => Number(h.n) === 1)).toEqual([]);
    // One grid for all edges: a power of ten of about a tenth of a bin's width.
    const step = 10 ** Math.floor(Math.log10(Math.min(...edges.slice(1).map((e, i) => e - edges[i]!).filter((d) => d > 0))));
    expect(step).toBeGreaterThanOrEqual(10);
    for (const e of edges) expect(Math.abs(e / step - Math.round(e / step))).toBeLessThan(1e-9);
  });

  it('doubles keep the source decimals: incomes have cents, generated ones too, and no more', async () => {
    const spec = specIn(t.root, 'cents', `version: 1\ndataset: cents\nsource: {table: income}\ngeneration: {rows: 5000}\nfields:\n  income: continuous\n`);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    expect((await metadataRows(options, 'cents')).find((m) => m.stat === 'decimals')?.value).toBe('2');
    await releaseAndGenerate(spec, options);
    const [check] = await sqlRows(options.paths.outputDb, `SELECT count(*) FILTER (income <> round(income, 2)) AS more, count(*) FILTER (income <> round(income, 1)) AS cents FROM cents`);
    expect(check!.more).toBe(0);
    expect(Number(check!.cents)).toBeGreaterThan(4000);
  });
});

describe('the output has the source shape', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  // Every source type the spec accepts, the type it comes out as, and data that gives each kind.
  const TYPES: readonly (readonly [column: string, source: string, sql: string, output: string])[] = [
    ['t_tinyint', 'TINYINT', 'CAST(i % 100 AS TINYINT)', 'TINYINT'],
    ['t_smallint', 'SMALLINT', 'CAST(i % 30000 AS SMALLINT)', 'SMALLINT'],
    ['t_int', 'INTEGER', 'CAST(i AS INTEGER)', 'INTEGER'],
    ['t_bigint', 'BIGINT', 'CAST(i % 40 AS BIGINT)', 'BIGINT'],
    ['t_hugeint', 'HUGEINT', 'CAST(i % 40 AS HUGEINT)', 'DECIMAL(38,0)'],
    ['t_utinyint', 'UTINYINT', 'CAST(i % 200 AS UTINYINT)', 'SMALLINT'],
    ['t_uinteger', 'UINTEGER', 'CAST(i * 1000 AS UINTEGER)', 'BIGINT'],
    ['t_float', 'FLOAT', 'CAST(i / 7 AS FLOAT)', 'FLOAT'],
    ['t_double', 'DOUBLE', 'i / 3.0', 'DOUBLE'],
    ['t_decimal', 'DECIMAL(10,2)', 'CAST(i * 1.25 AS DECIMAL(10,2))', 'DECIMAL(10,2)'],
    ['t_decimal_small', 'DECIMAL(4,1)', 'CAST((i % 50) / 10 AS DECIMAL(4,1))', 'DECIMAL(4,1)'],
    ['t_varchar', 'VARCHAR', "'v' || (i % 9)", 'VARCHAR'],
    ['t_boolean', 'BOOLEAN', 'i % 3 = 0', 'BOOLEAN'],
    ['t_date', 'DATE', "DATE '2020-01-01' + CAST(i % 700 AS INTEGER)", 'DATE'],
    ['t_timestamp', 'TIMESTAMP', "TIMESTAMP '2020-01-01' + to_minutes(i * 37)", 'TIMESTAMP'],
    ['t_timestamptz', 'TIMESTAMP WITH TIME ZONE', "TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_minutes(i * 37)", 'TIMESTAMP WITH TIME ZONE'],
    ['t_ssn', 'VARCHAR', "'S' || lpad(CAST(i AS VARCHAR), 8, '0')", 'VARCHAR'],
  ];

  it('init proposes every type, and the spec it writes generates every column with its source type, in order', async () => {
    const db = join(t.root, 'data', 'source.duckdb');
    const s = await DuckDBSession.open(db);
    await s.exec(`CREATE TABLE shapes AS SELECT ${TYPES.map(([name, , sql]) => `${sql} AS ${q(name)}`).join(', ')} FROM range(4000) r(i)`);
    s.close();
    const described = await sqlRows(db, `SELECT column_name, column_type FROM (DESCRIBE shapes)`);
    expect(described.map((d) => d.column_type)).toEqual(TYPES.map(([, source]) => source));
    expect(adg(t.root, 'init', '--table', 'shapes').code).toBe(0);
    // Made-up data: released without a person's sign-off.
    const specFile = join(t.root, 'specs', 'shapes.yaml');
    writeFileSync(specFile, readFileSync(specFile, 'utf8').replace(/^release: manual.*$/m, 'release: auto'));
    const run = adg(t.root, 'run', 'specs/shapes.yaml');
    expect(run.code, run.stderr).toBe(0);
    const output = await sqlRows(join(t.root, '.adg', 'shapes', 'output.duckdb'), `SELECT column_name, column_type FROM (DESCRIBE shapes)`);
    expect(output.map((d) => [d.column_name, d.column_type])).toEqual(TYPES.map(([name, , , type]) => [name, type]));
    // t_ssn is an identifier (a distinct value per row): present, as NULLs of its type.
    const [ssn] = await sqlRows(join(t.root, '.adg', 'shapes', 'output.duckdb'), `SELECT count(t_ssn) AS n, count(*) AS rows FROM shapes`);
    expect(ssn!.n).toBe(0);
    expect(Number(ssn!.rows)).toBeGreaterThan(3000);
    const parquet = join(t.root, 'out', 'shapes', 'artificial_shapes.parquet');
    const exported = await memoryRows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${duckdb.quoteString(parquet)}))`);
    expect(exported.map((d) => d.column_name)).toEqual(TYPES.map(([name]) => name));
  });

  it('generation.excluded_columns: drop leaves excluded fields out', async () => {
    const spec = specIn(t.root, 'dropped', `version: 1\ndataset: dropped\nsource: {table: shapes}\ngeneration: {rows: 10, excluded_columns: drop}\nfields:\n  t_ssn: excluded\n  t_varchar: categorical\n`);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await releaseAndGenerate(spec, options);
    await exportData(spec, options);
    const cols = await sqlRows(options.paths.outputDb, `SELECT column_name FROM (DESCRIBE dropped)`);
    expect(cols.map((c) => c.column_name)).toEqual(['t_varchar']);
  });
});
