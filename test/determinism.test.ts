// Same spec, metadata and seed: byte-identical files, whatever the thread count. Another seed: other rows.
import { filePlaces } from '../compiler/plan/paths.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSpec } from '../compiler/spec/load.js';
import { datasetPaths } from '../runner/config.js';
import { exportData, scrape, type PipelineOptions } from '../runner/pipeline.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { tempProject, specIn, releaseAndGenerate } from './helpers.js';
import { compileStage } from '../compiler/compile.js';
import { duckdb } from '../dialects/duckdb/index.js';

/** A file's digest; the README's generation time is the one line allowed to differ. */
const digest = (path: string) =>
  createHash('sha256')
    .update(path.endsWith('README.md') ? readFileSync(path, 'utf8').replace(/^\| generated at \|.*$/m, '') : readFileSync(path))
    .digest('hex');

describe('determinism', () => {
  const t = tempProject();
  const yaml = (seed: number) => `version: 1
dataset: det
source:
  table: src
generation:
  rows: 300000
  seed: ${seed}
fields:
  cat: categorical
  num: discrete
  amount: continuous
  day: {kind: date, granularity: month}
  at: {kind: date, granularity: hour, resolution: second}
`;
  const spec = specIn(t.root, 'det', yaml(11));
  const base = { root: t.root, paths: datasetPaths(t.project, 'det') };
  /** Generates and exports into its own output database and directory, returning file digests. */
  async function run(name: string, seed: number, threads?: number): Promise<Record<string, string>> {
    const options: PipelineOptions = {
      ...base,
      paths: { ...base.paths, outputDb: join(t.root, `${name}.duckdb`), exportDir: join(t.root, 'out', name) },
      ...(threads ? { threads } : {}),
    };
    const s = seed === 11 ? spec : parseSpec(yaml(seed), 'specs/det.yaml');
    await releaseAndGenerate(s, options);
    const exported = await exportData(s, options);
    return Object.fromEntries(exported.files.map((f) => [f.format, digest(f.path)]));
  }

  let first: Record<string, string>;
  beforeAll(async () => {
    const source = await DuckDBSession.open(base.paths.sourceDb);
    await source.exec(`CREATE TABLE src AS SELECT
        'c' || (i % 37) AS cat, i % 101 AS num, sqrt(i) AS amount,
        DATE '2015-01-01' + CAST(i % 1500 AS INTEGER) AS day,
        TIMESTAMP '2020-01-01' + to_minutes(CAST(i % 50000 AS BIGINT)) AS at
      FROM range(100000) t(i)`);
    source.close();
    await scrape(spec, base);
    first = await run('a', 11);
  });
  afterAll(() => t.cleanup());

  it('same seed and metadata: byte-identical Parquet, CSV and README', async () => {
    expect(await run('b', 11)).toEqual(first);
  });

  it('the same bytes with one, two and eight threads: row i is draw i, with no sort', async () => {
    expect(await run('one-thread', 11, 1)).toEqual(first);
    expect(await run('two-threads', 11, 2)).toEqual(first);
    expect(await run('eight-threads', 11, 8)).toEqual(first);
    const sample = compileStage(spec, 'generate', { dialect: duckdb, places: filePlaces(base.paths), toolVersion: 'x' }).sections.find((x) => x.title.startsWith('Sample'))!;
    const output = sample.statements.find((sql) => sql.startsWith('CREATE OR REPLACE TABLE "det" AS'))!;
    expect(output).toBeDefined();
    expect(output).not.toMatch(/ORDER BY|JOIN \(|LEFT JOIN/);
  });

  it('another seed: different rows', async () => {
    const other = await run('c', 12);
    expect(other.parquet).not.toBe(first.parquet);
    expect(other.csv).not.toBe(first.csv);
  });
});
