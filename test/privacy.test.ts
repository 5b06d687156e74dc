// The privacy model, tested: record-level data never reaches the client, generation cannot reach the
// source, and the metadata database holds nothing but suppressed aggregates.
import { filePlaces } from '../compiler/plan/paths.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { compileStage } from '../compiler/compile.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { datasetPaths } from '../runner/config.js';
import { exportData, scrape } from '../runner/pipeline.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { sqlRows, specIn, tempProject, releaseAndGenerate } from './helpers.js';

const spec = (name: string) => `version: 1
dataset: ${name}
source:
  table: src
  entity: person
suppression:
  preset: nhs-hes
  count: entities
generation:
  rows: 5000
  seed: 3
fields:
  person: excluded
  cat: categorical
  num: discrete
  amount: {kind: continuous, bins: 20}
  day: {kind: date, granularity: month}
`;

/** The same distinct values and people at any size: only the number of rows grows. */
async function makeSource(path: string, rows: number): Promise<void> {
  const s = await DuckDBSession.open(path);
  await s.exec(`CREATE OR REPLACE TABLE src AS SELECT
      'p' || (i % 500) AS person, 'c' || (i % 37) AS cat, i % 101 AS num,
      round((i % 1000) / 7.0, 1) AS amount, DATE '2019-01-01' + CAST(i % 730 AS INTEGER) AS day
    FROM range(${rows}) t(i)`);
  s.close();
}

describe('privacy model', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('bytes read by the client do not grow with the source row count (10k vs 1M rows)', async () => {
    const bytes: number[] = [];
    for (const [name, rows] of [['small', 10_000], ['large', 1_000_000]] as const) {
      const s = specIn(t.root, name, spec(name));
      const options = { root: t.root, paths: datasetPaths(t.project, name, { sourceDb: join(t.root, `${name}-source.duckdb`) }) };
      await makeSource(options.paths.sourceDb, rows);
      const stages = [await scrape(s, options), await releaseAndGenerate(s, options), await exportData(s, options)];
      bytes.push(stages.reduce((a, r) => a + r.bytesRead, 0));
    }
    const [small, large] = bytes as [number, number];
    expect(small).toBeGreaterThan(0);
    // 100 times the rows: only a few more digits in the published row count may show.
    expect(large - small).toBeLessThanOrEqual(16);
    expect(large).toBeLessThan(5_000);
  });

  describe('generation', () => {
    const s = specIn(t.root, 'isolated', spec('isolated'));
    const options = { root: t.root, paths: datasetPaths(t.project, 'isolated') };

    beforeAll(async () => {
      await makeSource(options.paths.sourceDb, 20_000);
      await scrape(s, options);
    });

    it('compiles to SQL that names no source: no source catalog, table or file', () => {
      for (const stage of ['generate', 'export'] as const) {
        const sql = compileStage(s, stage, { dialect: duckdb, places: filePlaces(options.paths), toolVersion: TOOL_VERSION }).text;
        expect(sql).not.toContain('adg_source');
        expect(sql).not.toContain(options.paths.sourceDb);
        expect(sql).not.toMatch(/"src"/);
      }
    });

    it('runs with the source database gone', async () => {
      renameSync(options.paths.sourceDb, `${options.paths.sourceDb}.away`);
      try {
        const g = await releaseAndGenerate(s, options);
        expect(g.rows).toBe(5000);
        await exportData(s, options);
      } finally {
        renameSync(`${options.paths.sourceDb}.away`, options.paths.sourceDb);
      }
    });

    it('leaves only the published metadata and the run log in the metadata database', async () => {
      const tables = await sqlRows(options.paths.metadataDb, `SELECT table_name FROM information_schema.tables ORDER BY 1`);
      expect(tables.map((r) => r.table_name)).toEqual(['adg_runs', 'isolated_metadata']);
      const columns = await sqlRows(options.paths.metadataDb, `SELECT column_name FROM information_schema.columns WHERE table_name = 'isolated_metadata'`);
      expect(columns.map((c) => c.column_name)).toEqual(['ordinal', 'field', 'kind', 'stat', 'item', 'value', 'lo', 'hi', 'n_rows', 'n_entities']);
      const people = await sqlRows(options.paths.metadataDb, `SELECT count(*) AS n FROM isolated_metadata WHERE value LIKE 'p%'`);
      expect(people[0]!.n).toBe(0);
    });
  });
});
