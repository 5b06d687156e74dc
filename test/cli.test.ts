// The adg command behaves like a command-line tool: exit codes that mean something, --json that is
// always exactly one JSON document, --quiet and NO_COLOR, a live clock on a terminal, Ctrl-C that
// stops cleanly, an installable package, and plain words for database files adg cannot use.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_VERSION } from '../compiler/version.js';
import { DuckDBSession, duckdbVersion } from '../dialects/duckdb/session.js';
import { colorWanted, makeReporter, outputMode, TICK_MS, type ReportStream } from '../cli/report.js';
import { REPO, sqlRows, tempProject } from './helpers.js';
import { adg, spawnAdg } from './cli.helpers.js';

const SPEC = 'specs/t.yaml';

/** A project with a 300-row CSV and a spec over it (dataset t). */
function tinyProject(rows = 1000, extraFields = '') {
  const t = tempProject('adg-cli-');
  const lines = Array.from({ length: 300 }, (_, i) => `${'xyz'[i % 3]},${(i % 4) + 1},id-${i}`);
  writeFileSync(join(t.root, 't.csv'), ['a,b,c', ...lines].join('\n') + '\n');
  writeSpec(t.root, rows, extraFields);
  return t;
}

function writeSpec(root: string, rows: number, extraFields = '') {
  mkdirSync(join(root, 'specs'), { recursive: true });
  writeFileSync(join(root, SPEC), `version: 1\nrelease: auto\ndataset: t\nsource:\n  file: t.csv\ngeneration:\n  rows: ${rows}\nfields:\n  a: categorical\n  b: discrete\n${extraFields}`);
}

/** stdout as the one JSON document it must be (JSON.parse fails on anything before or after it). */
const documentOf = (stdout: string) => JSON.parse(stdout) as { ok: boolean; error?: string } & Record<string, unknown>;

describe('exit codes and --json', () => {
  const t = tinyProject();
  afterAll(() => t.cleanup());

  it('adg --json check with stale files: ok false, exit 1, the drifts in the document', () => {
    expect(adg(t.root, 'compile').code).toBe(0);
    expect(documentOf(adg(t.root, '--json', 'check').stdout)).toEqual({ ok: true, drifts: [] });
    const file = join(t.root, 'generated', 't', 'duckdb', '04_generate.sql');
    writeFileSync(file, `${readFileSync(file, 'utf8')}-- edited by hand\n`);

    const r = adg(t.root, '--json', 'check');
    expect(r.code).toBe(1);
    const doc = documentOf(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.drifts).toEqual([{ path: 'generated/t/duckdb/04_generate.sql', problem: 'stale' }]);
    expect(doc.error).toContain('1 file(s) out of date');

    const plain = adg(t.root, 'check');
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain('adg: 1 file(s) out of date');
    expect(adg(t.root, 'compile').code).toBe(0);
  });

  it('a spec mistake exits 2, a failed stage exits 1, and ok is true exactly when the code is 0', () => {
    writeFileSync(join(t.root, 'specs', 'bad.yaml'), 'version: 1\nrelease: auto\ndataset: bad\nsource:\n  file: t.csv\nfields:\n  a: categorial\n');
    const usage = adg(t.root, '--json', 'run', 'specs/bad.yaml');
    expect(usage.code).toBe(2);
    expect(documentOf(usage.stdout)).toMatchObject({ ok: false, error: expect.stringContaining('unknown kind "categorial"') });
    expect(adg(t.root, 'run', 'specs/bad.yaml').stderr).toMatch(/^adg: specs\/bad\.yaml:7:6 fields\.a: unknown kind/);
    rmSync(join(t.root, 'specs', 'bad.yaml'));

    // Generate before any scrape: the run fails, the input is fine.
    const failure = adg(t.root, '--json', 'generate', SPEC);
    expect(failure.code).toBe(1);
    expect(documentOf(failure.stdout)).toMatchObject({ ok: false, error: expect.stringContaining('no released metadata') });

    const ok = adg(t.root, '--json', 'run', SPEC);
    expect(ok.code).toBe(0);
    expect(documentOf(ok.stdout)).toMatchObject({ ok: true, command: 'run', dataset: 't' });
  });

  it('commander errors exit 2 with an adg: message, and with --json as one JSON document', () => {
    for (const [args, message] of [
      [['--bogus', 'check'], "unknown option '--bogus'"],
      [['run'], "missing required argument 'spec'"],
      [['runn', SPEC], "unknown command 'runn'\n  hint: did you mean run?"],
      [['run', SPEC, '--threads'], "option '--threads <n>' argument missing"],
    ] as const) {
      const plain = adg(t.root, ...args);
      expect(plain.code, args.join(' ')).toBe(2);
      expect(plain.stdout).toBe('');
      expect(plain.stderr.startsWith(`adg: ${message}`), plain.stderr).toBe(true);
      const json = adg(t.root, '--json', ...args);
      expect(json.code).toBe(2);
      expect(documentOf(json.stdout)).toEqual({ ok: false, error: message });
      expect(json.stderr).toBe('');
    }
    const none = adg(t.root);
    expect(none.code).toBe(2);
    expect(documentOf(adg(t.root, '--json').stdout)).toEqual({ ok: false, error: 'say which command to run: see adg --help' });
  });

  it('--help documents the exit codes; --version names adg and its DuckDB', () => {
    const help = adg(t.root, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toMatch(/2 +bad usage or spec/);
    expect(help.stdout).toMatch(/130 +interrupted/);
    expect(adg(t.root, '--version').stdout).toBe(`${TOOL_VERSION} (DuckDB ${duckdbVersion()})\n`);
    expect(documentOf(adg(t.root, '--json', '--version').stdout)).toEqual({ ok: true, version: TOOL_VERSION, duckdb: duckdbVersion() });
    expect(documentOf(adg(t.root, '--json', '--help').stdout)).toMatchObject({ ok: true, help: expect.stringContaining('Exit codes:') });
  });

  it('--json prints one document and nothing else on stdout, for every command', () => {
    for (const args of [['compile'], ['check'], ['schema'], ['scrape', SPEC], ['run', SPEC], ['init', '--file', 't.csv', '--dataset', 'again']]) {
      const r = adg(t.root, '--json', ...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(documentOf(r.stdout).ok).toBe(true);
    }
    expect(documentOf(adg(t.root, '--json', 'schema').stdout).schema).toMatchObject({ type: 'object' });
  });
});

describe("the README's commands", () => {
  it('npm run -s adg -- --json check, exactly as the README gives it, prints clean JSON', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const command = 'npm run -s adg -- --json check';
    expect(readme).toContain(command);
    const [npm, ...args] = command.split(' ');
    const r = spawnSync(npm!, args, { cwd: REPO, encoding: 'utf8' });
    const doc = documentOf(r.stdout);
    expect(doc.ok).toBe(r.status === 0);
    expect(Array.isArray(doc.drifts)).toBe(true);
  });
});

describe('what a scrape lost, per field', () => {
  const t = tinyProject();
  afterAll(() => t.cleanup());

  it('scrape and run print items published and suppressed and the share of rows lost for every field', () => {
    // c has a different value in every row: all of it is lost, and the run says so next to the field.
    writeSpec(t.root, 1000, '  c: categorical\n');
    for (const command of ['scrape', 'run']) {
      const r = adg(t.root, command, SPEC);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^ {2}a +categorical +3 published +0 suppressed +\(rows lost: none\)$/m);
      expect(r.stdout).toMatch(/^ {2}b +discrete +4 published +0 suppressed +\(rows lost: none\)$/m);
      expect(r.stdout).toMatch(/^ {2}c +categorical +0 published +300 suppressed +\(rows lost: over 50%\) +looks like an identifier$/m);
      expect(r.stderr).toContain('warning: every value of "c" was suppressed');
    }
  });
});

describe('--quiet and NO_COLOR', () => {
  const t = tinyProject();
  afterAll(() => t.cleanup());

  it('--quiet prints nothing but warnings and errors', () => {
    const quiet = adg(t.root, '--quiet', 'run', SPEC);
    expect(quiet).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(adg(t.root, '-q', 'compile')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(adg(t.root, '-q', 'check')).toMatchObject({ code: 0, stdout: '', stderr: '' });

    // c has a different value in every row: every value is suppressed, which is worth a warning.
    writeSpec(t.root, 1000, '  c: categorical\n');
    const warned = adg(t.root, '--quiet', 'scrape', SPEC);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toBe('');
    expect(warned.stderr).toContain('warning: every value of "c" was suppressed');
    expect(warned.stderr).not.toMatch(/scrape\s*\[|published/);
    expect(adg(t.root, '--quiet', 'generate', 'specs/nope.yaml').stderr).toMatch(/^adg: .*cannot read spec/);
  });

  it('a terminal gets colour, but not when NO_COLOR is set to anything; an empty NO_COLOR does not count', () => {
    const tty = fakeTerminal();
    expect(colorWanted(tty, {})).toBe(true);
    expect(colorWanted(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(tty, { NO_COLOR: '' })).toBe(true);
    expect(colorWanted({ ...tty, isTTY: false }, {})).toBe(false);
    expect(outputMode({ quiet: true }, tty)).toBe('quiet');
    expect(outputMode({ json: true, quiet: true }, tty)).toBe('json');

    const coloured = fakeTerminal();
    makeReporter('tty', coloured, colorWanted(coloured, {})).warn('careful');
    expect(coloured.text()).toContain('\x1b[33mwarning:\x1b[0m careful');

    const plain = fakeTerminal();
    const reporter = makeReporter('tty', plain, colorWanted(plain, { NO_COLOR: '1' }));
    reporter.stageStarted('generate', '/tmp/a', '/tmp/b');
    reporter.sectionStarted('generate', 1, 2, 'first step');
    reporter.warn('careful');
    reporter.sectionFinished('generate', 1, 2, 'first step', 0.1);
    reporter.sectionStarted('generate', 2, 2, 'second step');
    reporter.sectionFinished('generate', 2, 2, 'second step', 0.1);
    reporter.stop();
    expect(plain.text()).toContain('warning: careful');
    expect(plain.text()).not.toContain('\x1b');
  });
});

describe('progress on a terminal', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the elapsed time of the running step and of the stage, ticking while the step runs, and stops with it', () => {
    vi.useFakeTimers();
    const tty = fakeTerminal();
    const reporter = makeReporter('tty', tty, false);
    reporter.stageStarted('generate', '/tmp/m', '/tmp/o');
    vi.advanceTimersByTime(2000);
    reporter.sectionStarted('generate', 15, 16, 'Sample 5 fields independently');
    expect(tty.lastLine()).toMatch(/15\/16 +0\.0 s \(stage 2\.0 s\) +Sample 5 fields/);

    vi.advanceTimersByTime(3 * TICK_MS);
    expect(tty.lastLine()).toMatch(/15\/16 +1\.5 s \(stage 3\.5 s\) +Sample/);
    vi.advanceTimersByTime(60_000);
    expect(tty.lastLine()).toMatch(/15\/16 +1 min 01 s \(stage 1 min 03 s\)/);

    reporter.sectionFinished('generate', 15, 16, 'Sample 5 fields independently', 61.5);
    const written = tty.writes.length;
    vi.advanceTimersByTime(10 * TICK_MS);
    expect(tty.writes.length).toBe(written);
    expect(vi.getTimerCount()).toBe(0);

    // A stage that fails mid-step: stop() ends the clock and clears the line.
    reporter.sectionStarted('generate', 16, 16, 'Summary');
    reporter.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(tty.lastLine().trim()).toBe('');
  });

  it('never keeps the process alive: the clock is unref-ed', () => {
    const spy = vi.spyOn(globalThis, 'setInterval');
    const reporter = makeReporter('tty', fakeTerminal(), false);
    reporter.sectionStarted('scrape', 1, 3, 'step');
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    reporter.stop();
    spy.mockRestore();
  });
});

describe('Ctrl-C', () => {
  const t = tinyProject(1000);
  afterAll(() => t.cleanup());

  it('SIGINT during a long generate exits 130, says what it left intact, and the previous output keeps its rows', async () => {
    expect(adg(t.root, 'run', SPEC).code).toBe(0);
    const outputDb = join(t.root, '.adg', 't', 'output.duckdb');
    expect(await sqlRows(outputDb, 'SELECT count(*) AS n FROM t')).toEqual([{ n: 1000 }]);

    writeSpec(t.root, 50_000_000);
    const child = spawnAdg(t.root, ['generate', SPEC]);
    let stderr = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    await new Promise<void>((started) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/generate \[\d+\/\d+\]/.test(stderr)) started();
      });
    });
    const sent = performance.now();
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    // It stops in well under a second, not after the 50 million rows.
    expect(performance.now() - sent).toBeLessThan(5_000);
    expect(stderr).toContain('adg: interrupted: generate stopped; the previous output in .adg/t/output.duckdb is intact');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await sqlRows(outputDb, 'SELECT count(*) AS n FROM t')).toEqual([{ n: 1000 }]);
  });
});

describe('database files adg cannot use', () => {
  const t = tinyProject();
  afterAll(() => t.cleanup());
  beforeAll(() => {
    expect(adg(t.root, 'run', SPEC).code).toBe(0);
  });

  it('a database from a newer DuckDB: names the file and both engines, with a hint', async () => {
    const future = join(t.root, 'future.duckdb');
    copyFileSync(join(t.root, '.adg', 't', 'metadata.duckdb'), future);
    bumpStorageVersion(future, 999_999n);
    const err = await DuckDBSession.open(future, { readOnly: true }).then(
      () => undefined,
      (e: unknown) => e as { format(): string; kind: string },
    );
    expect(err?.format()).toContain(`${future} was written by a newer DuckDB (storage version 999999) than the one adg embeds (DuckDB ${duckdbVersion()}`);
    expect(err?.format()).toContain('hint: upgrade adg');

    // Through the CLI: a released metadata database (attached) and a previous output database (opened).
    copyFileSync(join(t.root, '.adg', 't', 'released.duckdb'), future);
    bumpStorageVersion(future, 999_999n);
    const metadata = adg(t.root, 'generate', SPEC, '--released-db', future, '--output-db', join(t.root, 'o2.duckdb'));
    expect(metadata.code).toBe(1);
    expect(metadata.stderr).toContain(`adg: ${future} was written by a newer DuckDB`);
    expect(metadata.stderr).toContain('--metadata-db, --released-db or --output-db');

    copyFileSync(join(t.root, '.adg', 't', 'output.duckdb'), future);
    bumpStorageVersion(future, 999_999n);
    const output = adg(t.root, 'generate', SPEC, '--output-db', future);
    expect(output.code).toBe(1);
    expect(output.stderr).toContain(`adg: ${future} was written by a newer DuckDB (storage version 999999)`);
  });

  it('a PostgreSQL URL as --source-db or source_db is refused with exit 2 and pointed at targets, not taken for a file', () => {
    for (const url of ['postgres://user@host/db', 'postgresql://user:secret@host:5432/db']) {
      const r = adg(t.root, 'scrape', SPEC, '--source-db', url);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('adg: PostgreSQL sources are targets, not paths: --source-db must be a DuckDB database file');
      expect(r.stderr).toContain('and pass --target warehouse');
      expect(r.stderr).not.toContain('secret');
    }
    expect(adg(t.root, 'init', '--table', 'x', '--source-db', 'mysql://h/db').stderr).toContain('mysql:// sources are targets, not paths');
    expect(existsSync(join(t.root, 'postgres:'))).toBe(false);

    writeFileSync(join(t.root, 'adg.config.yaml'), 'source_db: postgresql://user@host/db\n');
    const r = adg(t.root, '--json', 'scrape', SPEC);
    expect(r.code).toBe(2);
    expect(documentOf(r.stdout).error).toContain('adg.config.yaml source_db: PostgreSQL sources are targets, not paths: source_db must be a DuckDB database file');
    rmSync(join(t.root, 'adg.config.yaml'));
  });
});

describe('installable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'adg-install-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('npm pack ships no tests or bench; the globally installed adg reports its versions and runs a spec', () => {
    const npm = (cwd: string, ...args: string[]) => {
      const r = spawnSync('npm', args, { cwd, encoding: 'utf8' });
      expect(r.status, `npm ${args.join(' ')}\n${r.stderr}`).toBe(0);
      return r.stdout;
    };
    const [packed] = JSON.parse(npm(REPO, 'pack', '--json', '--pack-destination', dir)) as [{ filename: string; files: { path: string }[] }];
    const files = packed.files.map((f) => f.path);
    expect(files.filter((f) => /^(test|bench|specs|generated)\//.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/cli/main.js', 'templates/export-readme.md.hbs', 'schema/spec.schema.json', 'README.md', 'package.json']));

    const prefix = join(dir, 'prefix');
    npm(dir, 'install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, packed.filename));
    const bin = join(prefix, 'bin', 'adg');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${TOOL_VERSION} (DuckDB ${duckdbVersion()})\n`);

    const t = tinyProject();
    try {
      const run = spawnSync(bin, ['run', SPEC], { cwd: t.root, encoding: 'utf8', env: { ...process.env, CI: '1' } });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^total /m);
      // The README beside the export comes from the installed package's templates/.
      expect(readFileSync(join(t.root, 'out', 't', 'README.md'), 'utf8')).toContain(TOOL_VERSION);
      expect(readFileSync(join(t.root, 'out', 't', 'artificial_t.csv'), 'utf8').split('\n')[0]).toBe('a,b');
    } finally {
      t.cleanup();
    }
  });
});

/** A stand-in for a terminal: isTTY, a width, and every write kept. */
function fakeTerminal() {
  const writes: string[] = [];
  const stream = {
    isTTY: true,
    columns: 120,
    writes,
    write: (chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    },
    text: () => writes.join(''),
    /** What the status line shows now: the text after the last carriage return. */
    lastLine: () => writes.join('').split('\r').filter((s) => s !== '').at(-1) ?? '',
  };
  return stream as typeof stream & ReportStream;
}

/**
 * Makes a database file claim a storage version this DuckDB cannot read: the 8-byte little-endian
 * version follows the "DUCK" magic at byte 12, and the header block's checksum (its first 8 bytes,
 * DuckDB's checksum of the rest of the 4096-byte block) is recomputed so the version check is reached.
 */
function bumpStorageVersion(file: string, version: bigint): void {
  const bytes = readFileSync(file);
  expect(bytes.subarray(8, 12).toString()).toBe('DUCK');
  bytes.writeBigUInt64LE(version, 12);
  const mask = (1n << 64n) - 1n;
  let checksum = 5381n;
  for (let at = 8; at < 4096; at += 8) checksum ^= (bytes.readBigUInt64LE(at) * 0xbf58476d1ce4e5b9n) & mask;
  bytes.writeBigUInt64LE(checksum, 0);
  writeFileSync(file, bytes);
}
