// The stages after scrape read the metadata only: no compiled review, release, generate, qa or export
// program, on any engine, names the source (its file, its table, the table `adg load` made of it, or the attached
// source database). Checked on the SQL text itself, comments included, for the repository's specs
// and for a table source with a hostile name; scrape must name it, or this test could not fail.
// On DuckDB, where scopes are files, the generate session is also closed to every other file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectArtifacts, projectSpecFiles, loadProjectSpec } from '../cli/artifacts.js';
import { loadedSourceTable, SOURCE_CATALOG } from '../compiler/plan/names.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { loadProject } from '../runner/config.js';
import { REPO, tempProject } from './helpers.js';

/** Every text by which a compiled program could reach a spec's source. */
/** Every name of a spec's sources: each table's, for a spec with tables. */
function sourceNames(spec: ReturnType<typeof loadProjectSpec>): string[] {
  return (spec.parts ?? [spec]).flatMap((part) => {
    const src = part.source;
    return [loadedSourceTable(part.dataset), SOURCE_CATALOG, src.kind === 'file' ? src.path : src.table];
  });
}

function check(root: string): { checked: number } {
  const project = loadProject(root);
  const specs = projectSpecFiles(project).map((file) => loadProjectSpec(project, file));
  const artifacts = projectArtifacts(project).filter((a) => a.path.startsWith('generated/'));
  let checked = 0;
  for (const spec of specs) {
    const names = sourceNames(spec);
    // The stage programs (00_grants.sql grants the scraper its read of the source: that is its job).
    const programs = artifacts.filter((a) => a.path.startsWith(`generated/${spec.dataset}/`) && /\/0[1-6]_[a-z]+\.sql$/.test(a.path));
    expect(programs.length, spec.dataset).toBe(18);
    for (const program of programs) {
      const named = names.filter((n) => program.content.includes(n));
      if (/\/01_scrape\.sql$/.test(program.path)) expect(named.length, `${program.path} reads its source`).toBeGreaterThan(0);
      else {
        expect(named, `${program.path} names its source`).toEqual([]);
        checked++;
      }
    }
  }
  return { checked };
}

describe('isolation in the compiled SQL', () => {
  it('no review, release, generate, qa or export program of a repository spec names its source, on any engine', () => {
    // every spec x 3 engines x (review, release, generate, qa, export)
    expect(check(REPO).checked).toBe(projectSpecFiles(loadProject(REPO)).length * 15);
  });

  const t = tempProject();
  afterAll(() => t.cleanup());

  it('nor for a table source with a hostile name', () => {
    mkdirSync(join(t.root, 'specs'));
    writeFileSync(
      join(t.root, 'specs', 'wards.yaml'),
      'version: 1\ndataset: wards\nsource: {table: "Ward \\"Stays\\" 2024", schema: clinical}\nsuppression: {threshold: 10, round_to: 5}\ngeneration: {rows: 100, seed: 1}\nfields:\n  ward: categorical\n  age: discrete\n',
    );
    expect(check(t.root).checked).toBe(15);
  });
});

describe('isolation in the DuckDB generate session', () => {
  const t = tempProject('adg-isolation-');
  afterAll(() => t.cleanup());

  it('every DuckDB generate and qa program closes the session to other files right after attaching the released metadata', () => {
    const programs = projectArtifacts(loadProject(REPO)).filter((a) => /^generated\/[^/]+\/duckdb\/0[45]_(generate|qa)\.sql$/.test(a.path));
    expect(programs).toHaveLength(projectSpecFiles(loadProject(REPO)).length * 2);
    for (const p of programs) {
      const attach = p.content.indexOf('ATTACH IF NOT EXISTS');
      const isolate = p.content.indexOf(duckdb.isolate().map((s) => `${s};`).join('\n\n'));
      expect(attach, p.path).toBeGreaterThan(0);
      expect(isolate, p.path).toBeGreaterThan(attach);
      // Nothing but the isolation between the attach and the next step.
      expect(p.content.slice(attach, isolate).match(/;/g), p.path).toHaveLength(1);
    }
  });

  it('after it, the session can read, write and attach no file, load no extension and undo nothing', async () => {
    const csv = join(t.root, 'elsewhere.csv');
    writeFileSync(csv, 'a\n1\n');
    const session = await DuckDBSession.open(':memory:');
    try {
      // Before: the file is there to read.
      expect(await session.query(`SELECT count(*) AS n FROM read_csv(${duckdb.quoteString(csv)})`)).toEqual([{ n: 1 }]);
      for (const sql of duckdb.isolate()) await session.exec(sql);
      const attempts = [
        `SELECT * FROM read_csv(${duckdb.quoteString(csv)})`,
        `COPY (SELECT 1) TO ${duckdb.quoteString(join(t.root, 'out.csv'))}`,
        `ATTACH ${duckdb.quoteString(join(t.root, 'other.duckdb'))} AS other`,
        'LOAD httpfs',
        'SET enable_external_access = true',
        'RESET lock_configuration',
      ];
      for (const sql of attempts) await expect(session.exec(sql), sql).rejects.toThrow();
      expect(existsSync(join(t.root, 'out.csv'))).toBe(false);
      expect(existsSync(join(t.root, 'other.duckdb'))).toBe(false);
      // Work inside the session goes on.
      expect(await session.query('SELECT 41 + 1 AS n')).toEqual([{ n: 42 }]);
    } finally {
      session.close();
    }
  });
});
