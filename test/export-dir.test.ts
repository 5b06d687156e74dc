// adg export deletes nothing it did not write: it refuses a path holding anything else, never holds the
// project, its spec, source or databases, survives a kill at every step of its swap, and reports a
// failure only with the previous export untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { formatError } from '../compiler/errors.js';
import { parseSpec } from '../compiler/spec/load.js';
import { datasetPaths } from '../runner/config.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { checkExportTarget, siblingsOf } from '../runner/export-dir.js';
import { MANIFEST } from '../runner/export-manifest.js';
import { runInterruptHandlers } from '../runner/interrupt.js';
import { exportData, scrape, type PipelineOptions, type Reporter } from '../runner/pipeline.js';
import { specIn, tempProject, releaseAndGenerate } from './helpers.js';
import { adg, adgWithEnv } from './cli.helpers.js';

const spec = (seed: number) => `version: 1
release: auto
dataset: people
source:
  file: data/people.csv
suppression:
  threshold: 5
  round_to: 5
generation:
  rows: 300
  seed: ${seed}
fields:
  ward: categorical
  age: discrete
`;

function writeSource(root: string): void {
  mkdirSync(join(root, 'data'), { recursive: true });
  const rows = Array.from({ length: 300 }, (_, i) => `${'ABCDE'[i % 5]},${20 + (i % 20)}`);
  writeFileSync(join(root, 'data', 'people.csv'), `ward,age\n${rows.join('\n')}\n`);
}

/** Every file and directory under a path (or the path itself), with the sha256 of each file. */
function tree(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    const name = relative(path, p) || '.';
    if (statSync(p).isDirectory()) {
      out[name] = 'dir';
      for (const e of readdirSync(p)) walk(join(p, e));
    } else out[name] = createHash('sha256').update(readFileSync(p)).digest('hex');
  };
  if (existsSync(path)) walk(path);
  return out;
}

/** The data files of an export (its manifest carries mtimes, so it differs from one export to the next). */
function exported(dir: string): Record<string, string> {
  const { [MANIFEST]: _manifest, ...files } = tree(dir);
  return files;
}

function manifestOf(dir: string): { files: { name: string }[]; complete: boolean } {
  return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
}

describe('the export directory', () => {
  const t = tempProject('adg-export-dir-');
  const root = t.root;
  const specs = { old: specIn(root, 'old', spec(1)), new: specIn(root, 'new', spec(2)) };
  const outputDb = (which: string) => join(root, '.adg', 'people', `${which}.duckdb`);
  const options = (which: 'old' | 'new', exportDir: string, extra: Partial<PipelineOptions> = {}): PipelineOptions => ({
    root,
    paths: datasetPaths(t.project, 'people', { outputDb: outputDb(which), exportDir: join(root, exportDir) }),
    ...extra,
  });
  /** `adg export` of one of the two outputs, through the CLI. */
  const cliExport = (which: 'old' | 'new', exportDir: string, ...more: string[]) =>
    adg(root, 'export', `specs/${which}.yaml`, '--output-db', outputDb(which), '--export-dir', exportDir, ...more);
  const parentOf = (dir: string) => readdirSync(join(root, dir, '..'));
  const reference = { old: {} as Record<string, string>, new: {} as Record<string, string> };

  beforeAll(async () => {
    writeSource(root);
    await scrape(specs.old, options('old', 'unused'));
    for (const which of ['old', 'new'] as const) {
      await releaseAndGenerate(specs[which], options(which, 'unused'));
      await exportData(specs[which], options(which, `reference/${which}/people`));
      reference[which] = exported(join(root, 'reference', which, 'people'));
    }
    expect(reference.new).not.toEqual(reference.old);
  });
  afterAll(() => t.cleanup());

  it("a directory of the user's notes at the export path is refused and left byte-identical", () => {
    const dir = join(root, 'cases', 'notes', 'people');
    mkdirSync(join(dir, 'drafts'), { recursive: true });
    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    writeFileSync(join(dir, 'drafts', 'plan.md'), '# plan\n');
    const before = tree(dir);
    const r = cliExport('old', 'cases/notes/people');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases/notes/people holds files adg did not write (drafts, notes.txt)');
    expect(r.stderr).toContain('hint: adg replaces only what it wrote itself: choose another --export-dir, or move them away');
    expect(tree(dir)).toEqual(before);
    expect(parentOf('cases/notes/people')).toEqual(['people']);
  });

  it('a regular file at the export path is refused and left unchanged', () => {
    mkdirSync(join(root, 'cases', 'file'), { recursive: true });
    const file = join(root, 'cases', 'file', 'people');
    writeFileSync(file, 'not a directory\n');
    const r = cliExport('old', 'cases/file/people');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases/file/people is a file, not an export adg wrote');
    expect(readFileSync(file, 'utf8')).toBe('not a directory\n');
    expect(parentOf('cases/file/people')).toEqual(['people']);
  });

  it('an export of adg with a file the user added is refused and left byte-identical', async () => {
    await exportData(specs.old, options('old', 'cases/added/people'));
    const dir = join(root, 'cases', 'added', 'people');
    writeFileSync(join(dir, 'notes.txt'), 'my notes\n');
    const before = tree(dir);
    const r = cliExport('new', 'cases/added/people');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases/added/people holds files adg did not write (notes.txt)');
    expect(tree(dir)).toEqual(before);
  });

  it('an export file the user changed is refused and left byte-identical', async () => {
    await exportData(specs.old, options('old', 'cases/changed/people'));
    const dir = join(root, 'cases', 'changed', 'people');
    appendFileSync(join(dir, 'artificial_people.csv'), 'Z,99\n');
    const before = tree(dir);
    const r = cliExport('new', 'cases/changed/people');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cases/changed/people holds files changed since adg wrote them (artificial_people.csv)');
    expect(tree(dir)).toEqual(before);
  });

  it.each([
    ['the spec', 'specs', 'would contain the spec specs/old.yaml'],
    ['the source file', 'data', 'would contain the source data/people.csv'],
    ['the metadata database', '.adg', 'would contain the metadata database .adg/people/metadata.duckdb, the output database .adg/people/old.duckdb'],
    ['the project root', '.', 'would contain the project root'],
    ['a database, through a symbolic link', 'cases/link', 'would contain the metadata database .adg/people/metadata.duckdb'],
  ])('an export directory holding %s is refused and nothing changes', (_what, exportDir, message) => {
    mkdirSync(join(root, 'cases'), { recursive: true });
    if (exportDir === 'cases/link') symlinkSync(join(root, '.adg', 'people'), join(root, 'cases', 'link'));
    const before = tree(root);
    const r = cliExport('old', exportDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('hint: adg replaces its export directory as a whole');
    expect(tree(root)).toEqual(before);
  });

  // Checked without the CLI: were the check ever lost, an export to the parent would replace the whole temp dir.
  it('an export directory above the project root is refused', () => {
    const paths = datasetPaths(t.project, 'people', { exportDir: dirname(root) });
    expect(() => checkExportTarget(specs.old, root, paths)).toThrow(`the export directory ${dirname(root)} would contain the project root`);
  });

  it('an export directory holding the source database of a table source is refused', () => {
    const tableSpec = parseSpec(spec(1).replace('  file: data/people.csv', '  table: people'), 'specs/table.yaml');
    const paths = datasetPaths(t.project, 'people', { exportDir: join(root, 'data') });
    expect(() => checkExportTarget(tableSpec, root, paths)).toThrow('would contain the source database data/source.duckdb');
  });

  it('repeated exports replace cleanly and leave nothing but the export directory in its parent', async () => {
    const dir = join(root, 'cases', 'repeat', 'people');
    for (const which of ['old', 'new', 'old'] as const) {
      await exportData(specs[which], options(which, 'cases/repeat/people'));
      expect(exported(dir)).toEqual(reference[which]);
      expect(parentOf('cases/repeat/people')).toEqual(['people']);
    }
    const r = cliExport('new', 'cases/repeat/people');
    expect(r.code).toBe(0);
    expect(exported(dir)).toEqual(reference.new);
    expect(manifestOf(dir).files.map((f) => f.name)).toEqual(['README.md', 'artificial_people.csv', 'artificial_people.parquet']);
    expect(parentOf('cases/repeat/people')).toEqual(['people']);
  });

  it('a failing run log fails the export before the swap: the previous export is byte-identical', async () => {
    await exportData(specs.old, options('old', 'cases/runlog/people'));
    const dir = join(root, 'cases', 'runlog', 'people');
    const before = tree(dir);
    const broken = join(root, '.adg', 'people', 'broken.duckdb');
    writeFileSync(broken, readFileSync(outputDb('new')));
    const s = await DuckDBSession.open(broken);
    await s.exec('DROP TABLE adg_runs; CREATE TABLE adg_runs (run_id VARCHAR)');
    s.close();
    const r = adg(root, 'export', 'specs/new.yaml', '--output-db', broken, '--export-dir', 'cases/runlog/people');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('export failed recording the run log');
    expect(r.stderr).toContain('nothing was replaced');
    expect(tree(dir)).toEqual(before);
    expect(parentOf('cases/runlog/people')).toEqual(['people']);
  });

  it('a failing engine (the provenance table is gone) leaves the previous export byte-identical', async () => {
    await exportData(specs.old, options('old', 'cases/engine/people'));
    const dir = join(root, 'cases', 'engine', 'people');
    const before = tree(dir);
    const broken = join(root, '.adg', 'people', 'no-provenance.duckdb');
    writeFileSync(broken, readFileSync(outputDb('new')));
    const s = await DuckDBSession.open(broken);
    await s.exec('DROP TABLE people_provenance');
    s.close();
    const o = options('new', 'cases/engine/people');
    const err = await exportData(specs.new, { ...o, paths: { ...o.paths, outputDb: broken } }).catch((e: unknown) => e);
    expect(formatError(err)).toContain('hint: nothing was replaced');
    expect(tree(dir)).toEqual(before);
    expect(parentOf('cases/engine/people')).toEqual(['people']);
  });

  // After each kill: where the export and the previous one are, before the rerun recovers.
  it.each([
    { point: 'export:writing', final: 'old', previous: 'none' },
    { point: 'export:staged', final: 'old', previous: 'none' },
    { point: 'export:moved-aside', final: 'none', previous: 'old' },
    { point: 'export:moved-in', final: 'new', previous: 'old' },
    { point: 'export:removing-previous', final: 'new', previous: 'half removed' },
  ] as const)('a kill at $point: the data can be found, and the next export recovers', async ({ point, final, previous }) => {
    const at = `cases/${point.replace(':', '-')}/people`;
    const dir = join(root, at);
    const sibling = siblingsOf(dir);
    await exportData(specs.old, options('old', at));

    const killed = adgWithEnv({ ADG_CRASH_AT: point }, root, 'export', 'specs/new.yaml', '--output-db', outputDb('new'), '--export-dir', at);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(sibling.lock)).toBe(true);
    if (final === 'none') expect(existsSync(dir)).toBe(false);
    else expect(exported(dir)).toEqual(reference[final]);
    if (previous === 'none') expect(existsSync(sibling.previous)).toBe(false);
    else if (previous === 'old') expect(exported(sibling.previous)).toEqual(reference.old);
    else expect(readdirSync(sibling.previous)).toEqual([MANIFEST]);

    await exportData(specs.new, options('new', at));
    expect(exported(dir)).toEqual(reference.new);
    expect(manifestOf(dir).complete).toBe(true);
    expect(parentOf(at)).toEqual(['people']);
  });

  it('a second export while another adg holds the lock is refused; a lock whose process is gone is taken over', async () => {
    const at = 'cases/locked/people';
    const dir = join(root, at);
    await exportData(specs.old, options('old', at));
    const { lock } = siblingsOf(dir);
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(lock, `${other.pid}`);
      const before = tree(dir);
      await expect(exportData(specs.new, options('new', at))).rejects.toThrow(`another adg process (pid ${other.pid}) is writing cases/locked/people`);
      expect(tree(dir)).toEqual(before);
      expect(readFileSync(lock, 'utf8')).toBe(`${other.pid}`);
    } finally {
      other.kill('SIGKILL');
    }

    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lock, `${gone}`);
    await exportData(specs.new, options('new', at));
    expect(exported(dir)).toEqual(reference.new);
    expect(parentOf(at)).toEqual(['people']);
  });

  it('Ctrl-C during an export removes the staging directory and the lock', async () => {
    const at = 'cases/interrupted/people';
    const dir = join(root, at);
    await exportData(specs.old, options('old', at));
    const before = tree(dir);
    let seen: string[] = [];
    const reporter: Reporter = {
      stageStarted() {},
      sectionFinished() {},
      warn() {},
      sectionStarted(_stage, index) {
        if (index !== 2) return;
        expect(existsSync(siblingsOf(dir).staging)).toBe(true);
        runInterruptHandlers();
        seen = readdirSync(join(dir, '..'));
      },
    };
    // In the CLI the process exits here; in-process, the export runs on into the missing staging directory and fails.
    const err = await exportData(specs.new, options('new', at, { reporter })).catch((e: unknown) => e);
    expect(formatError(err)).toContain('nothing was replaced');
    expect(seen).toEqual(['people']);
    expect(tree(dir)).toEqual(before);
    expect(parentOf(at)).toEqual(['people']);
  });
});

describe('export_dir: . in adg.config.yaml', () => {
  const t = tempProject('adg-export-root-');
  afterAll(() => t.cleanup());

  it('adg run fails at once with exit code 2, and the project (.git, spec, source) is intact', () => {
    writeSource(t.root);
    specIn(t.root, 'people', spec(1));
    writeFileSync(join(t.root, 'adg.config.yaml'), 'export_dir: .\n');
    mkdirSync(join(t.root, '.git'));
    writeFileSync(join(t.root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    const before = tree(t.root);
    const r = adg(t.root, 'run', 'specs/people.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('adg: the export directory . would contain the project root');
    expect(r.stdout).toBe('');
    expect(tree(t.root)).toEqual(before);
  });
});
