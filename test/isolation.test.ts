// The stages after scrape read the metadata only: no compiled generate or export program, on any
// engine, names the source (its file, its table, the table `adg load` made of it, or the attached
// source database). Checked on the SQL text itself, comments included, for the repository's specs
// and for a table source with a hostile name; scrape must name it, or this test could not fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectArtifacts, projectSpecFiles, loadProjectSpec } from '../cli/artifacts.js';
import { loadedSourceTable, SOURCE_CATALOG } from '../compiler/plan/names.js';
import { loadProject } from '../runner/config.js';
import { REPO, tempProject } from './helpers.js';

/** Every text by which a compiled program could reach a spec's source. */
function sourceNames(spec: ReturnType<typeof loadProjectSpec>): string[] {
  const src = spec.source;
  const names = [loadedSourceTable(spec.dataset), SOURCE_CATALOG];
  if (src.kind === 'file') names.push(src.path);
  else names.push(src.table);
  return names;
}

function check(root: string): { checked: number } {
  const project = loadProject(root);
  const specs = projectSpecFiles(project).map((file) => loadProjectSpec(project, file));
  const artifacts = projectArtifacts(project).filter((a) => a.path.startsWith('generated/'));
  let checked = 0;
  for (const spec of specs) {
    const names = sourceNames(spec);
    const programs = artifacts.filter((a) => a.path.startsWith(`generated/${spec.dataset}/`));
    expect(programs.length, spec.dataset).toBeGreaterThanOrEqual(9);
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
  it('no generate or export program of a repository spec names its source, on any engine', () => {
    // 4 specs x 3 engines x (generate, export)
    expect(check(REPO).checked).toBe(24);
  });

  const t = tempProject();
  afterAll(() => t.cleanup());

  it('nor for a table source with a hostile name', () => {
    mkdirSync(join(t.root, 'specs'));
    writeFileSync(
      join(t.root, 'specs', 'wards.yaml'),
      'version: 1\ndataset: wards\nsource: {table: "Ward \\"Stays\\" 2024", schema: clinical}\nsuppression: {threshold: 10, round_to: 5}\ngeneration: {rows: 100, seed: 1}\nfields:\n  ward: categorical\n  age: discrete\n',
    );
    expect(check(t.root).checked).toBe(6);
  });
});
