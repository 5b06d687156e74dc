// generated/ holds the compiled SQL of every spec (the golden files); schema/ and the README's spec
// reference are generated too. This test and `adg check` fail when any of them is stale.
import { filePlaces } from '../compiler/plan/paths.js';
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArtifacts, projectArtifacts, projectSpecFiles, loadProjectSpec } from '../cli/artifacts.js';
import { loadProject } from '../runner/config.js';
import { compileAll } from '../compiler/compile.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { relativePaths } from '../runner/config.js';
import { REPO, tempProject } from './helpers.js';
import { adg } from './cli.helpers.js';

const project = loadProject(REPO);

describe('generated files', () => {
  it('are what the specs compile to now (run `npm run adg -- compile` to refresh)', () => {
    const drifts = checkArtifacts(project, projectArtifacts(project));
    expect(drifts.map((d) => `${d.problem} ${d.path}\n${d.diff}`)).toEqual([]);
  });

  it('cover every spec and stage', () => {
    const files = projectArtifacts(project).map((a) => a.path);
    for (const spec of ['flights', 'birdstrikes', 'movies', 'admissions', 'hospital', 'hes']) {
      for (const dialect of ['duckdb', 'postgres', 'spark']) {
        for (const stage of ['01_scrape', '02_review', '03_release', '04_generate', '05_qa', '06_export']) expect(files).toContain(`generated/${spec}/${dialect}/${stage}.sql`);
      }
    }
    expect(files).toContain('schema/spec.schema.json');
    expect(files).toContain('README.md');
  });

  it('quote every name that comes from a spec, every time it appears', () => {
    const spec = loadProjectSpec(project, join(REPO, 'specs', 'birdstrikes.yaml'));
    const text = compileAll(spec, { dialect: duckdb, places: filePlaces(relativePaths(project, spec.dataset)), toolVersion: 'x' })
      .map((p) => p.text)
      .join('\n')
      // Comments and string literals may mention a name; SQL identifiers must be quoted.
      .replace(/--.*$/gm, '')
      .replace(/'(?:[^']|'')*'/g, "''");
    for (const f of spec.fields) {
      const bare = text.split(`"${f.name}"`).join('');
      expect(bare.includes(f.name), `${f.name} appears unquoted`).toBe(false);
    }
  });
});

describe('adg check', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('passes on a fresh compile, then reports a hand-edited file with a diff and an unexpected file', () => {
    cpSync(join(REPO, 'specs'), join(t.root, 'specs'), { recursive: true });
    // The copied specs read vega-datasets relative to the project root.
    cpSync(join(REPO, 'node_modules', 'vega-datasets', 'package.json'), join(t.root, 'node_modules', 'vega-datasets', 'package.json'));
    expect(adg(t.root, 'compile').code).toBe(0);
    expect(adg(t.root, 'check').code).toBe(0);
    expect(projectSpecFiles(loadProject(t.root))).toHaveLength(projectSpecFiles(project).length);

    const file = join(t.root, 'generated', 'movies', 'duckdb', '04_generate.sql');
    writeFileSync(file, readFileSync(file, 'utf8').replace('unnest(range("s", "e")) AS "i"', 'unnest(range("s", "e" + 1)) AS "i"'));
    writeFileSync(join(t.root, 'generated', 'movies', 'duckdb', '04_old.sql'), '-- left over\n');
    const r = adg(t.root, 'check');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stale      generated/movies/duckdb/04_generate.sql');
    expect(r.stderr).toContain('+      unnest(range("s", "e")) AS "i",');
    expect(r.stderr).toContain('unexpected generated/movies/duckdb/04_old.sql');
    expect(r.stderr).toContain('adg: 2 file(s) out of date');

    expect(adg(t.root, 'compile').stdout).toContain('removed  generated/movies/duckdb/04_old.sql');
    expect(adg(t.root, 'check').code).toBe(0);
  });

  it('prints one JSON document with --json', () => {
    const r = adg(t.root, '--json', 'check');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, drifts: [] });
  });
});
