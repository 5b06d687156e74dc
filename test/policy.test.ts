// The policy is what the spec says and cannot be quietly weakened: items are numbered after
// suppression, a field may only tighten the dataset policy, weak thresholds need a written reason that
// travels with the data, sources stay inside the project, generate refuses metadata scraped under
// another spec, and a re-scrape leaves nothing of the old metadata on disk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdgErrors, type AdgError } from '../compiler/errors.js';
import { parseSpec } from '../compiler/spec/load.js';
import { loadProject } from '../runner/config.js';
import { exportData, generate, scrape } from '../runner/pipeline.js';
import { metadataRows, pipelineOptions, specIn, sqlRows, tempProject, writeTable, type CellValue, releaseAndGenerate } from './helpers.js';

const errorsOf = (yaml: string): string[] => {
  try {
    parseSpec(yaml, 'specs/p.yaml');
    return [];
  } catch (err) {
    return err instanceof AdgErrors ? err.errors.map((e) => e.format()) : [(err as AdgError).format()];
  }
};

const base = (suppression: string, fields = '  ward: categorical\n') =>
  `version: 1\ndataset: p\nsource: {table: t}\nsuppression: ${suppression}\nfields:\n${fields}`;

describe('a spec cannot weaken its own policy', () => {
  it('a field may raise the threshold and coarsen the rounding, never the reverse', () => {
    expect(errorsOf(base('{preset: nhs-hes}', '  ward: {kind: categorical, suppression: {threshold: 10, round_to: 10}}\n'))).toEqual([]);
    expect(errorsOf(base('{preset: nhs-hes}', '  ward: {kind: categorical, suppression: {threshold: 10, round_to: 1}}\n'))).toEqual([
      'specs/p.yaml:6:68 fields.ward.suppression.round_to: a field may only coarsen the rounding (dataset round_to is 5)\n  hint: use 5 or more',
    ]);
    expect(errorsOf(base('{preset: nhs-hes}', '  ward: {kind: categorical, suppression: {threshold: 2}}\n'))[0]).toContain('a field may only raise the threshold');
  });

  it('a threshold below 3 needs an override_reason, and only such a threshold may have one', () => {
    expect(errorsOf(base('{threshold: 1, round_to: 1}'))).toEqual([
      'specs/p.yaml:4:26 suppression.threshold: a threshold of 1 publishes counts of single records\n  hint: use 3 or more, or say why this source is not sensitive in suppression.override_reason',
    ]);
    expect(errorsOf(base('{threshold: 2, round_to: 1, override_reason: "public register"}'))).toEqual([]);
    expect(errorsOf(base('{threshold: 8, round_to: 5, override_reason: "why not"}'))[0]).toContain('override_reason is only for a threshold below 3');
  });
});

describe('published metadata', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  const db = join(t.root, 'data', 'source.duckdb');

  beforeAll(async () => {
    // Values in alphabetical order alternate between common and rare, so suppression leaves holes.
    const rows: CellValue[][] = [];
    for (const [value, n] of [['a', 20], ['b', 2], ['c', 20], ['d', 3], ['e', 20], ['f', 1]] as const) {
      for (let i = 0; i < n; i++) rows.push([value, i % 7, 1000 + i]);
    }
    await writeTable(db, 't', [['ward', 'VARCHAR'], ['n', 'BIGINT'], ['x', 'DOUBLE']], rows);
  });

  it('numbers items after suppression: no gap shows where a suppressed value sat', async () => {
    const spec = specIn(t.root, 'gaps', `version: 1\ndataset: gaps\nsource: {table: t}\ngeneration: {rows: 100}\nfields:\n  ward: categorical\n  n: discrete\n`);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    const items = (await metadataRows(options, 'gaps')).filter((m) => ['null', 'value', 'bin'].includes(String(m.stat)));
    const ward = items.filter((m) => m.field === 'ward');
    expect(ward.map((m) => [m.item, m.value])).toEqual([
      [0, 'a'],
      [1, 'c'],
      [2, 'e'],
    ]);
    for (const field of ['ward', 'n']) {
      const numbers = items.filter((m) => m.field === field).map((m) => Number(m.item));
      expect(numbers).toEqual(numbers.map((_, i) => i));
    }
  });

  it('records the policy of every count and the hash of what the scrape depended on', async () => {
    const spec = specIn(
      t.root,
      'weak',
      `version: 1\ndataset: weak\nsource: {table: t}\nsuppression: {threshold: 2, round_to: 1, override_reason: "published register: not personal data"}\ngeneration: {rows: 100}\nfields:\n  ward: categorical\n`,
    );
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await releaseAndGenerate(spec, options);
    const exported = await exportData(spec, options);
    const rows = await metadataRows(options, 'weak');
    const policy = rows.filter((m) => m.stat === 'policy').map((m) => [m.field, JSON.parse(String(m.value))]);
    expect(policy).toEqual([
      [null, { count: 'rows', override_reason: 'published register: not personal data', preset: null, round_to: 1, threshold: 2 }],
      ['ward', { round_to: 1, threshold: 2 }],
    ]);
    expect(rows.find((m) => m.stat === 'depends_on')?.value).toBe(spec.scrapeHash);
    expect(JSON.parse(String(exported.provenance.policy)).override_reason).toBe('published register: not personal data');
    const readme = readFileSync(join(options.paths.exportDir, 'README.md'), 'utf8');
    expect(readme).toContain('published register: not personal data');
    expect(readme).toMatch(/published only if at least 2\s+records/);
  });

  it('generate refuses metadata scraped under another policy, and leaves the output as it was', async () => {
    const yaml = (k: number) => `version: 1\ndataset: stale\nsource: {table: t}\nsuppression: {threshold: ${k}, round_to: 1}\ngeneration: {rows: 100}\nfields:\n  ward: categorical\n`;
    const before = specIn(t.root, 'stale', yaml(3));
    const options = pipelineOptions(t.project, before);
    await scrape(before, options);
    await releaseAndGenerate(before, options);
    const output = readFileSync(options.paths.outputDb);
    const after = specIn(t.root, 'stale', yaml(30));
    await expect(generate(after, options)).rejects.toThrow(
      'the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape specs/stale.yaml again, then generate.',
    );
    expect(readFileSync(options.paths.outputDb).equals(output)).toBe(true);
    // A generation-only change (seed, rows, disclaimer) needs no new scrape.
    const reseeded = specIn(t.root, 'stale', yaml(3).replace('rows: 100', 'rows: 50, seed: 9'));
    expect((await generate(reseeded, options)).rows).toBe(50);
  });

  it('a re-scrape under a stricter policy leaves no old rare value in the metadata file, not even in free pages', async () => {
    const rare: CellValue[][] = Array.from({ length: 40 }, (_, i) => [`RAREVALUE_${String(i).padStart(3, '0')}`, 0, 0]);
    const common: CellValue[][] = Array.from({ length: 400 }, (_, i) => [`common_${i % 4}`, 0, 0]);
    const rareDb = join(t.root, 'rare.duckdb');
    // Each rare value three times: published under threshold 3, suppressed under 8.
    await writeTable(rareDb, 't', [['ward', 'VARCHAR'], ['n', 'BIGINT'], ['x', 'DOUBLE']], [...rare, ...rare, ...rare, ...common]);
    const yaml = (k: number) => `version: 1\ndataset: rescrape\nsource: {table: t}\nsuppression: {threshold: ${k}, round_to: 1}\nfields:\n  ward: categorical\n`;
    const spec3 = specIn(t.root, 'rescrape', yaml(3));
    const options = { ...pipelineOptions(t.project, spec3), paths: { ...pipelineOptions(t.project, spec3).paths, sourceDb: rareDb } };
    await scrape(spec3, options);
    expect(readFileSync(options.paths.metadataDb).toString('latin1')).toContain('RAREVALUE_');
    await scrape(specIn(t.root, 'rescrape', yaml(8)), options);
    expect(readFileSync(options.paths.metadataDb).toString('latin1')).not.toContain('RAREVALUE_');
    const values = await sqlRows(options.paths.metadataDb, `SELECT value FROM rescrape_metadata WHERE stat = 'value'`);
    expect(values.map((v) => v.value).sort()).toEqual(['common_0', 'common_1', 'common_2', 'common_3']);
  });
});

describe('sources stay inside the project', () => {
  const outside = tempProject('adg-outside-');
  const t = tempProject();
  afterAll(() => {
    t.cleanup();
    outside.cleanup();
  });
  const secret = join(outside.root, 'secret.csv');
  beforeAll(() => {
    writeFileSync(secret, 'a,b\n1,2\n');
    mkdirSync(join(t.root, 'data'), { recursive: true });
  });

  const attempt = (file: string, allowed: string[] = []) => {
    const spec = specIn(t.root, 'escape', `version: 1\ndataset: escape\nsource: {file: ${JSON.stringify(file)}, format: csv}\nfields:\n  a: discrete\n`);
    return scrape(spec, pipelineOptions(t.project, spec, { allowedSourceDirs: allowed }));
  };

  it.each([
    ['an absolute path', () => secret],
    ['a path through ..', () => join('..', outside.root.split('/').pop()!, 'secret.csv')],
    ['/etc/passwd', () => '/etc/passwd'],
  ])('refuses %s, naming source.file and what to do', async (_, file) => {
    const err = await attempt(file()).catch((e: AdgError) => e);
    expect((err as AdgError).kind).toBe('usage');
    expect((err as AdgError).format()).toMatch(/^specs\/escape\.yaml:3:\d+ source\.file: source file .* is outside the project/);
    expect((err as AdgError).format()).toContain('allowed_source_dirs in adg.config.yaml');
  });

  it('refuses a symlink inside the project that points outside it', async () => {
    symlinkSync(secret, join(t.root, 'data', 'link.csv'));
    await expect(attempt('data/link.csv')).rejects.toThrow('is outside the project');
  });

  it('reads a directory that adg.config.yaml allows', async () => {
    writeFileSync(join(t.root, 'adg.config.yaml'), `allowed_source_dirs: [${JSON.stringify(outside.root)}]\n`);
    const project = loadProject(t.root);
    expect(project.allowedSourceDirs).toEqual([outside.root]);
    const r = await attempt(secret, [...project.allowedSourceDirs]);
    expect(r.publishedRows).toBeNull();
  });
});
