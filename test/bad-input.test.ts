// Bad input, through the CLI: each gets a clear message naming the spec file, the place and a fix,
// exits non-zero, and loses nothing that an earlier run produced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { sqlRows, tempProject, VEGA, writeTable } from './helpers.js';
import { adg } from './cli.helpers.js';

const birdstrikes = (fields: string, extra = '') => `version: 1
release: auto
dataset: birds
source:
  file: ${join(VEGA, 'birdstrikes.csv')}
${extra}fields:
${fields}`;

describe('bad input', () => {
  const t = tempProject();
  // The specs below read vega-datasets from outside the scratch project.
  writeFileSync(join(t.root, 'adg.config.yaml'), `allowed_source_dirs: [${JSON.stringify(VEGA)}]\n`);
  const write = (name: string, text: string) => {
    mkdirSync(join(t.root, 'specs'), { recursive: true });
    writeFileSync(join(t.root, 'specs', name), text);
    return `specs/${name}`;
  };
  afterAll(() => t.cleanup());

  it('malformed YAML: file:line:col', () => {
    const spec = write('yaml.yaml', birdstrikes('  Origin State: categorical\n  Phase of flight: [unclosed\n  Time of day: categorical\n'));
    const r = adg(t.root, 'scrape', spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^adg: specs\/yaml\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('unknown kind: the spec path, a suggestion and the valid kinds', () => {
    const spec = write('kind.yaml', birdstrikes('  Origin State: categorial\n'));
    const r = adg(t.root, 'run', spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('specs/kind.yaml:7:17 fields.Origin State: unknown kind "categorial"');
    expect(r.stderr).toContain('valid kinds: categorical, discrete, date, continuous, excluded');
  });

  it('unknown key in a field: the path and the valid keys', () => {
    const spec = write('key.yaml', birdstrikes('  Flight Date: {kind: date, granularty: month}\n'));
    const r = adg(t.root, 'compile', spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fields.Flight Date.granularty: unknown key "granularty"');
    expect(r.stderr).toContain('did you mean "granularity"?');
  });

  it('a source column that does not exist: the spec line, a suggestion and the columns', () => {
    const spec = write('column.yaml', birdstrikes('  Origin State: categorical\n  Cost Totl $: discrete\n'));
    const r = adg(t.root, 'scrape', spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('specs/column.yaml:8:3 fields.Cost Totl $: field "Cost Totl $" is not a column of the source');
    expect(r.stderr).toContain('did you mean "Cost Total $"?');
  });

  it('a kind the column cannot have: says why and what to use', () => {
    const spec = write('type.yaml', birdstrikes('  Origin State: discrete\n'));
    const r = adg(t.root, 'scrape', spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('field "Origin State" (VARCHAR) cannot be discrete: it is not numeric');
    expect(r.stderr).toContain('hint: use kind: categorical');
  });

  it('a missing spec file and an unknown export format', () => {
    expect(adg(t.root, 'run', 'specs/nope.yaml').stderr).toContain('cannot read spec');
    const spec = write('format.yaml', birdstrikes('  Origin State: categorical\n'));
    expect(adg(t.root, 'run', spec, '--format', 'xlsx').stderr).toContain('unknown export format "xlsx"');
  });

  describe('with a database source', () => {
    const db = join(t.root, 'data', 'source.duckdb');
    const hostile = 'x"; DROP TABLE t; --';
    const spec = () =>
      write(
        'ward.yaml',
        `version: 1
release: auto
dataset: ward
source:
  table: admissions
suppression:
  threshold: 5
  round_to: 5
generation:
  rows: 400
  seed: 1
fields:
  ${JSON.stringify(hostile)}: categorical
  nothing: categorical
  rare: categorical
  "Größe $": discrete
`,
      );

    beforeAll(async () => {
      const rows = Array.from({ length: 200 }, (_, i) => [
        i % 2 ? `it's "quoted"` : hostile,
        null,
        `only-once-${i}`,
        i % 4,
      ]);
      await writeTable(db, 'admissions', [[hostile, 'VARCHAR'], ['nothing', 'VARCHAR'], ['rare', 'VARCHAR'], ['Größe $', 'BIGINT']], rows);
      // A table the hostile name would drop if it were ever spliced into SQL unquoted.
      const s = await DuckDBSession.open(db);
      await s.exec('CREATE TABLE t AS SELECT 1 AS still_here');
      s.close();
    });

    it('hostile names and values are data, never SQL; all-NULL and all-suppressed fields are reported', async () => {
      const r = adg(t.root, 'run', spec());
      expect(r.stderr).toContain('"nothing" is entirely NULL in the source (only its NULL count was published)');
      expect(r.stderr).toContain('every value of "rare" was suppressed: it will be generated as NULL');
      expect(r.stderr).toContain('"rare" has no published values (all suppressed): generated as NULL');
      expect(r.stderr).toContain('"rare" looks like an identifier (100% of its values are distinct: it singles out records); none of its values passed suppression');
      expect(r.stdout).toContain('LOOKS LIKE AN IDENTIFIER: "rare" (100% of its values are distinct: it singles out records)');
      expect(r.code).toBe(0);
      expect((await sqlRows(db, 'SELECT * FROM t'))[0]!.still_here).toBe(1);
      const out = await sqlRows(join(t.root, '.adg', 'ward', 'output.duckdb'), 'SELECT * FROM ward');
      expect(out).toHaveLength(400);
      expect(new Set(out.map((row) => row[hostile]))).toEqual(new Set([hostile, `it's "quoted"`]));
      expect(out.every((row) => row.nothing === null && row.rare === null)).toBe(true);
      expect(new Set(out.map((row) => row['Größe $']))).toEqual(new Set([0, 1, 2, 3]));
      const csv = readFileSync(join(t.root, 'out', 'ward', 'artificial_ward.csv'), 'utf8');
      expect(csv.split('\n')[0]).toBe(`"x""; DROP TABLE t; --",nothing,rare,Größe $`);
    });

    it('a failed scrape (empty source) leaves the previous metadata intact', async () => {
      const before = await sqlRows(join(t.root, '.adg', 'ward', 'metadata.duckdb'), 'SELECT * FROM ward_metadata ORDER BY ordinal, stat, item');
      const s = await DuckDBSession.open(db);
      await s.exec('CREATE TABLE admissions_backup AS SELECT * FROM admissions; DELETE FROM admissions');
      s.close();
      const r = adg(t.root, 'scrape', 'specs/ward.yaml');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('specs/ward.yaml: source (table admissions) has no rows, so there is nothing to scrape');
      expect(r.stderr).toContain('nothing was replaced: the previous metadata is as it was');
      const after = await sqlRows(join(t.root, '.adg', 'ward', 'metadata.duckdb'), 'SELECT * FROM ward_metadata ORDER BY ordinal, stat, item');
      expect(after).toEqual(before);
      const restore = await DuckDBSession.open(db);
      await restore.exec('INSERT INTO admissions SELECT * FROM admissions_backup');
      restore.close();
    });

    it('a failed generate leaves the previous output and export intact', async () => {
      const outputDb = join(t.root, '.adg', 'ward', 'output.duckdb');
      const before = await sqlRows(outputDb, 'SELECT count(*) AS n FROM ward');
      const csvBefore = readFileSync(join(t.root, 'out', 'ward', 'artificial_ward.csv'), 'utf8');
      // Scale from a source row count that was suppressed: fails inside the program, after temp tables.
      await writeTable(db, 'admissions', [[hostile, 'VARCHAR'], ['nothing', 'VARCHAR'], ['rare', 'VARCHAR'], ['Größe $', 'BIGINT']], [['a', null, 'b', 1]]);
      write('ward.yaml', readFileSync(join(t.root, 'specs', 'ward.yaml'), 'utf8').replace('rows: 400', 'scale: 2'));
      // The whole gate, so that generate reads the new metadata (release: auto).
      const r = adg(t.root, 'run', 'specs/ward.yaml');
      expect(r.stderr).toContain('the source row count was suppressed');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('generation.scale needs the source row count, but it was suppressed or not scraped');
      expect(r.stderr).toContain('nothing was replaced');
      expect(await sqlRows(outputDb, 'SELECT count(*) AS n FROM ward')).toEqual(before);
      expect(readFileSync(join(t.root, 'out', 'ward', 'artificial_ward.csv'), 'utf8')).toBe(csvBefore);
    });
  });
});

describe('a failed run loses nothing', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  const files = (): Map<string, string> => {
    const out = new Map<string, string>();
    for (const dir of ['.adg', 'out']) {
      for (const e of readdirSync(join(t.root, dir), { recursive: true, withFileTypes: true })) {
        if (e.isFile()) out.set(join(e.parentPath, e.name), createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex'));
      }
    }
    return out;
  };
  const spec = (over: { kind?: string; threshold?: number; column?: string } = {}) =>
    writeFileSync(
      join(t.root, 'specs', 'keep.yaml'),
      `version: 1\nrelease: auto\ndataset: keep\nsource: {table: t}\nsuppression: {threshold: ${over.threshold ?? 5}, round_to: 5}\ngeneration: {rows: 300, seed: 2}\nfields:\n  ${over.column ?? 'ward'}: ${over.kind ?? 'categorical'}\n  age: discrete\n`,
    );

  it('leaves the previous metadata, output and export byte-identical after every kind of failure, with an adg: message and no stack trace', async () => {
    mkdirSync(join(t.root, 'specs'), { recursive: true });
    const db = join(t.root, 'data', 'source.duckdb');
    await writeTable(db, 't', [['ward', 'VARCHAR'], ['age', 'BIGINT']], Array.from({ length: 400 }, (_, i) => [`w${i % 4}`, i % 30]));
    spec();
    expect(adg(t.root, 'run', 'specs/keep.yaml').code).toBe(0);
    const before = files();
    expect(before.size).toBeGreaterThanOrEqual(6);
    const failures: [string, () => void, string[], number][] = [
      ['an unknown kind', () => spec({ kind: 'categorial' }), ['run', 'specs/keep.yaml'], 2],
      ['a column the source lacks', () => spec({ column: 'wrd' }), ['run', 'specs/keep.yaml'], 2],
      ['stale metadata', () => spec({ threshold: 50 }), ['generate', 'specs/keep.yaml'], 1],
      ['an unknown option', () => spec(), ['run', 'specs/keep.yaml', '--formt', 'csv'], 2],
      ['an export path holding the project', () => spec(), ['export', 'specs/keep.yaml', '--export-dir', '.'], 2],
    ];
    for (const [what, prepare, args, code] of failures) {
      prepare();
      const r = adg(t.root, ...args);
      expect(r.code, `${what}: ${r.stderr}`).toBe(code);
      expect(r.stderr, what).toMatch(/^adg: /m);
      expect(r.stderr, what).not.toMatch(/^\s+at /m);
      expect(files(), what).toEqual(before);
    }
    // An empty source fails inside the engine, after the scrape has started.
    spec();
    const s = await DuckDBSession.open(db);
    await s.exec('DELETE FROM t');
    s.close();
    expect(adg(t.root, 'run', 'specs/keep.yaml').code).toBe(1);
    expect(files()).toEqual(before);
  });
});
