#!/usr/bin/env node
// adg: compile dataset specs to SQL and run them. Each command is a thin layer over compiler/ and runner/.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { AdgError, EXIT_CODES, usageError } from '../compiler/errors.js';
import { specJsonSchema } from '../compiler/spec/schema.js';
import type { Spec } from '../compiler/spec/model.js';
import { EXPORT_FORMATS, type ExportFormat } from '../compiler/plan/export.js';
import { partPlaces } from '../compiler/plan/paths.js';
import { PACKAGE_ROOT, TOOL_VERSION } from '../compiler/version.js';
import { datasetPaths, loadProject, requireDatabaseFile, type PathOverrides, type Project } from '../runner/config.js';
import { duckdbVersion } from '../dialects/duckdb/session.js';
import { exportData, generate, scrape, type PipelineOptions } from '../runner/pipeline.js';
import { review } from '../runner/review.js';
import { release } from '../runner/release.js';
import { qa, requireCleanQa } from '../runner/qa.js';
import { runAll, type RunStageResult } from '../runner/run.js';
import { initSpec, type InitFlags } from '../runner/init.js';
import { loadSource } from '../runner/load.js';
import { openTarget, resolveTarget, targetPlaces } from '../runner/targets.js';
import { writeDbtProjects } from './dbt.js';
import { checkArtifacts, loadProjectSpec, projectArtifacts, projectSpecFiles, SCHEMA_FILE, SPECS_DIR, writeArtifacts } from './artifacts.js';
import { fail, FailureWithDetails, finish, jsonRequested, reserveStdout } from './output.js';
import { makeReporter, outputMode, reviewNext, scrapeFieldTable, stageLine, totalLine, type CliReporter } from './report.js';
import { handleInterrupts, nowRunning, tracked } from './signals.js';

interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  config?: string;
}

interface StageOptions {
  target?: string;
  sourceDb?: string;
  metadataDb?: string;
  releasedDb?: string;
  outputDb?: string;
  exportDir?: string;
  format?: string;
  threads?: string;
  table?: string;
}

const json = jsonRequested(process.argv.slice(2));
if (json) reserveStdout();

/** The reporter of the stage command running now, so an interrupt can clear its status line. */
let activeReporter: CliReporter | undefined;
handleInterrupts((message, exitCode) => {
  activeReporter?.stop();
  fail(new AdgError(message), exitCode);
});

const EXIT_HELP = `
Exit codes:
  0    success
  1    failure: a stage failed, or adg check found stale files
  2    bad usage or spec: fix the command line, the spec or adg.config.yaml
  130  interrupted (Ctrl-C; 143 for SIGTERM): the previous metadata, output and export are intact

With --json, stdout carries exactly one JSON document, whose "ok" is true exactly when the exit code is 0.
NO_COLOR (set to anything) turns colour off; ADG_DEBUG=1 adds stack traces to errors.`;

/** With --json, commander's own help and version text go into the document instead of stdout. */
let commanderText = '';

// exitOverride and configureOutput come before any .command(): subcommands copy them when created.
const program = new Command('adg')
  .description('Warehouse-native artificial data: compile a dataset spec to SQL that scrapes suppressed statistics and samples artificial rows inside the database.')
  .version(`${TOOL_VERSION} (DuckDB ${duckdbVersion()})`, '-V, --version', 'print the adg version and its embedded DuckDB version')
  .option('--json', 'print one JSON document on stdout instead of progress and summaries')
  .option('-q, --quiet', 'print nothing but warnings and errors')
  .option('--config <file>', 'project config (default: the nearest adg.config.yaml, else none)')
  .addHelpText('after', EXIT_HELP)
  .exitOverride()
  .configureOutput({
    outputError: (text, write) => {
      const message = commanderMessage(text.trimEnd());
      write(`adg: ${message}\n${message.includes('hint:') ? '' : '  hint: see adg --help, or adg <command> --help\n'}`);
    },
    ...(json ? { writeOut: (text: string) => void (commanderText += text), writeErr: (text: string) => void (commanderText += text) } : {}),
  });

/** Commander's "error: unknown command 'runn'\n(Did you mean run?)" in adg's words: message, then hint. */
function commanderMessage(text: string): string {
  return text.replace(/^error: /, '').replace(/\n\(Did you mean (.*)\?\)$/, '\n  hint: did you mean $1?');
}

function globals(): GlobalOptions {
  return program.opts<GlobalOptions>();
}

function project(): Project {
  return loadProject(process.cwd(), globals().config);
}

/** A line for people on stdout: not with --json (the document is the output) nor with --quiet. */
function say(text: string): void {
  if (!json && !globals().quiet) process.stdout.write(`${text}\n`);
}

/** Runs a command body: what it returns goes into the JSON document; an error becomes a message and its exit code. */
function action<A extends unknown[]>(name: string, body: (...args: A) => Promise<object> | object) {
  return async (...args: A) => {
    nowRunning(name);
    try {
      finish(EXIT_CODES.ok, await body(...args));
    } catch (err) {
      fail(err);
    }
  };
}

/** A database flag as an absolute path; a URL is refused rather than taken for a relative path. */
function databaseFlag(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  requireDatabaseFile(value, flag);
  return resolve(value);
}

const pathOptions = {
  sourceDb: new Option('--source-db <path>', 'source database (table sources)'),
  metadataDb: new Option('--metadata-db <path>', 'metadata database (default .adg/<dataset>/metadata.duckdb)'),
  releasedDb: new Option('--released-db <path>', 'released metadata database (default .adg/<dataset>/released.duckdb)'),
  outputDb: new Option('--output-db <path>', 'output database (default .adg/<dataset>/output.duckdb)'),
  exportDir: new Option('--export-dir <dir>', 'export directory (default out/<dataset>)'),
  format: new Option('--format <list>', `export formats, comma-separated (${EXPORT_FORMATS.join(',')})`),
  threads: new Option('--threads <n>', 'DuckDB worker threads (default: one per core)'),
  target: new Option('--target <name>', 'where to run: a target of adg.config.yaml (default: its default_target, else the embedded DuckDB)'),
  table: new Option('--table <name>', 'a spec with tables: run on this table only (default: every table, in spec order)'),
};

/** The tables a stage runs on: every table of a multi-table spec (or the one --table names), or the spec itself. */
function partsToRun(spec: Spec, o: StageOptions): readonly Spec[] {
  if (!spec.parts) {
    if (o.table) throw usageError(`--table applies to specs with tables, and ${spec.file} has one table`, { file: spec.file }, 'delete --table');
    return [spec];
  }
  if (!o.table) return spec.parts;
  const part = spec.parts.find((x) => x.table === o.table);
  if (!part) throw usageError(`no table "${o.table}" in ${spec.file}`, { file: spec.file, path: 'tables' }, `use one of: ${spec.parts.map((x) => x.table).join(', ')}`);
  return [part];
}

function pipelineOptions(p: Project, spec: Spec, o: StageOptions, reporter: CliReporter, part: Spec = spec): PipelineOptions {
  const overrides: PathOverrides = {
    sourceDb: databaseFlag(o.sourceDb, '--source-db'),
    metadataDb: databaseFlag(o.metadataDb, '--metadata-db'),
    releasedDb: databaseFlag(o.releasedDb, '--released-db'),
    outputDb: databaseFlag(o.outputDb, '--output-db'),
    exportDir: o.exportDir && resolve(o.exportDir),
  };
  const formats = o.format?.split(',').map((f) => f.trim()) as ExportFormat[] | undefined;
  const bad = formats?.find((f) => !EXPORT_FORMATS.includes(f));
  if (bad) throw usageError(`unknown export format "${bad}"`, {}, `use ${EXPORT_FORMATS.join(' or ')}`);
  const threads = o.threads === undefined ? undefined : Number(o.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw usageError(`--threads must be a positive integer, not "${o.threads}"`);
  const target = resolveTarget(p, o.target);
  // A table of a multi-table dataset shares the dataset's databases and schemas, with an export directory of its own.
  const shared = datasetPaths(p, spec.dataset, overrides);
  const paths = part.table ? { ...shared, exportDir: join(shared.exportDir, part.table) } : shared;
  const places = targetPlaces(target, spec.dataset, shared);
  return {
    root: p.root,
    allowedSourceDirs: p.allowedSourceDirs,
    paths,
    backend: openTarget(target, p.root),
    places: part.table ? partPlaces(places, part.table) : places,
    reporter,
    ...(formats ? { formats } : {}),
    ...(threads ? { threads } : {}),
  };
}

/** Every stage command shares this shape: load the spec, open the target, run, report, close. */
function stageCommand(name: string, summary: string, options: Option[], body: (spec: Spec, o: PipelineOptions, done: (r: RunStageResult) => void, flags: StageOptions) => Promise<object | void>) {
  const cmd = program.command(`${name} <spec>`).description(summary);
  for (const o of options) cmd.addOption(o);
  cmd.action(
    action(name, async (specPath: string, o: StageOptions) => {
      const p = project();
      const spec = loadProjectSpec(p, specPath);
      const reporter = (activeReporter = tracked(makeReporter(outputMode({ json, quiet: globals().quiet }))));
      let options: PipelineOptions | undefined;
      const results: RunStageResult[] = [];
      const done = (result: RunStageResult) => {
        results.push(result);
        say(stageLine(result));
        if (result.stage === 'scrape') say(scrapeFieldTable(result));
      };
      const parts = partsToRun(spec, o);
      const extras: object[] = [];
      try {
        for (const part of parts) {
          if (part.table) say(`\ntable ${part.table} (${part.dataset})`);
          options = pipelineOptions(p, spec, o, reporter, part);
          try {
            extras.push((await body(part, options, done, o)) ?? {});
          } finally {
            await options.backend?.close();
            options = undefined;
          }
        }
        if (results.length > 1) say(totalLine(results));
        const extra = parts.length === 1 ? extras[0] : { tables: parts.map((part, i) => ({ table: part.table, ...extras[i] })) };
        return { command: name, spec: spec.file, dataset: spec.dataset, stages: results, ...extra };
      } finally {
        reporter.stop();
        activeReporter = undefined;
        await options?.backend?.close();
      }
    }),
  );
  return cmd;
}

const { sourceDb, metadataDb, releasedDb, outputDb, exportDir, format, threads, target, table } = pathOptions;
const single = (stage: (spec: Spec, o: PipelineOptions) => Promise<RunStageResult>) => async (spec: Spec, o: PipelineOptions, done: (r: RunStageResult) => void) => void done(await stage(spec, o));
stageCommand('scrape', 'read the source and write suppressed metadata (the only stage that touches the source)', [table, target, sourceDb, metadataDb, threads], single(scrape));
stageCommand('review', 'run the disclosure checks over the metadata and write the review pack (out/<dataset>/review/)', [table, target, metadataDb, releasedDb, exportDir, threads], async (spec, o, done) => {
  const r = await review(spec, o);
  done(r);
  say(reviewNext(r));
});
stageCommand('release', 'sign off reviewed metadata: copy it to the released scope generate reads, and log who signed', [table, target, metadataDb, releasedDb, exportDir, threads], async (spec, o, done, flags) => {
  const f = flags as StageOptions & { hash?: string; reviewer?: string; approver?: string };
  // Each table of a multi-table dataset is reviewed, and so signed off, on its own hash.
  if (spec.table && !f.table) throw usageError('a spec with tables is released table by table: name the table whose hash this is', { file: spec.file }, `add --table ${spec.table} (the review prints the command for each table)`);
  done(await release(spec, o, { hash: f.hash ?? '', reviewer: f.reviewer ?? '', approver: f.approver ?? '' }));
})
  .addOption(new Option('--hash <sha256>', 'the metadata hash the review pack shows (what was reviewed)'))
  .addOption(new Option('--reviewer <name>', 'who reviewed the pack'))
  .addOption(new Option('--approver <name>', 'the senior member of staff who approves the release (not the reviewer)'));
stageCommand('generate', 'sample artificial rows from the released metadata alone', [table, target, releasedDb, outputDb, threads], single(generate));
stageCommand('qa', 'check the artificial table against the released metadata (export requires a clean QA)', [table, target, releasedDb, outputDb, exportDir, threads], async (spec, o, done) => {
  const r = await qa(spec, o);
  done(r);
  requireCleanQa(spec, r);
});
stageCommand('export', 'write the artificial table to Parquet/CSV with its disclaimer and provenance', [table, target, outputDb, exportDir, format, threads], single(exportData));
stageCommand('run', 'scrape, review, then (release: auto) release, generate, qa and export; a manual release stops after review', [table, target, sourceDb, metadataDb, releasedDb, outputDb, exportDir, format, threads], async (spec, o, done) => {
  const outcome = await runAll(spec, o, done);
  if (outcome.awaitingRelease) say(`\nstopped for sign-off (release: manual in ${spec.file}). Read the review pack, then run:\n${outcome.awaitingRelease.map((c) => `  ${c}`).join('\n')}`);
  return outcome.awaitingRelease ? { awaitingRelease: outcome.awaitingRelease } : {};
});

program
  .command('load <spec>')
  .description("copy a spec's source file into the source schema of a warehouse target (as <dataset>_source), for engines that do not read files")
  .requiredOption('--target <name>', 'a PostgreSQL or Spark target of adg.config.yaml')
  .option('--replace', 'replace the table if an earlier adg load made it')
  .action(
    action('load', async (specPath: string, o: { target: string; replace?: boolean }) => {
      const p = project();
      const spec = loadProjectSpec(p, specPath);
      const t = resolveTarget(p, o.target);
      const backend = openTarget(t, p.root);
      try {
        const places = targetPlaces(t, spec.dataset, datasetPaths(p, spec.dataset));
        const results = [];
        for (const part of spec.parts ?? [spec]) {
          const result = await loadSource(part, backend, places, { root: p.root, allowedSourceDirs: p.allowedSourceDirs, replace: o.replace ?? false });
          say(`loaded ${result.columns} columns into ${result.table} on ${backend.describe} in ${result.seconds.toFixed(1)} s (every row of the file, counted on both sides)`);
          results.push(result);
        }
        return { command: 'load', spec: spec.file, target: t.name, ...(results.length === 1 ? results[0] : { tables: results }) };
      } finally {
        await backend.close();
      }
    }),
  );

program
  .command('compile [specs...]')
  .description(`compile specs (default: all of ${SPECS_DIR}/) into generated/, and refresh schema/ and the README spec reference`)
  .option('--no-prune', 'keep files in generated/ that no spec produces any more')
  .option('--dbt <dir>', 'instead, write a dbt project per spec and engine into <dir>/<spec>/<engine>/ (scrape and generate as models)')
  .action(
    action('compile', (specs: string[], o: { prune: boolean; dbt?: string }) => {
      const p = project();
      const files = specs.length ? specs : projectSpecFiles(p);
      if (o.dbt !== undefined) {
        const projects = writeDbtProjects(p, files, o.dbt);
        for (const r of projects) say(`dbt      ${r.dir}: ${r.written} written, ${r.unchanged} unchanged${r.removed.length ? `, removed ${r.removed.join(', ')}` : ''}`);
        return { dbt: projects };
      }
      const report = writeArtifacts(p, projectArtifacts(p, files), o.prune && specs.length === 0);
      for (const f of report.written) say(`wrote    ${f}`);
      for (const f of report.removed) say(`removed  ${f}`);
      say(`${report.written.length} written, ${report.unchanged} unchanged, ${report.removed.length} removed`);
      return report;
    }),
  );

program
  .command('check')
  .description('fail if generated/, schema/ or the README spec reference differ from what the specs compile to now')
  .action(
    action('check', () => {
      const p = project();
      const drifts = checkArtifacts(p, projectArtifacts(p));
      if (drifts.length) {
        // The diffs are the failure's detail: on stderr, even with --quiet; with --json the document lists the files.
        if (!json) for (const d of drifts) process.stderr.write(`${d.problem.padEnd(10)} ${d.path}\n${d.diff}`);
        const listed = drifts.map(({ path, problem }) => ({ path, problem }));
        throw new FailureWithDetails(`${drifts.length} file(s) out of date`, { drifts: listed }, 'run adg compile and commit the result');
      }
      say('generated files are up to date');
      return { drifts: [] };
    }),
  );

program
  .command('schema')
  .description('print the JSON Schema of dataset specs (for editors; committed as schema/spec.schema.json)')
  .option('-o, --out <file>', 'write to a file instead of stdout')
  .action(
    action('schema', (o: { out?: string }) => {
      const schema = specJsonSchema();
      if (o.out) {
        writeFileSync(o.out, `${JSON.stringify(schema, null, 2)}\n`);
        return { out: o.out };
      }
      if (json) return { schema };
      // The schema is the output asked for, so --quiet does not hold it back.
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
      return {};
    }),
  );

program
  .command('init')
  .description('propose a starter spec from the catalog and in-warehouse counts (no record-level value is read or written)')
  .addOption(new Option('--file <path>', 'a Parquet, CSV or JSON file inside the project').conflicts('table'))
  .option('--table <name>', 'a table in the source database')
  .option('--schema <name>', 'schema of --table')
  .option('--source-db <path>', 'source database for --table')
  .option('--dataset <name>', 'dataset name (default: from the file or table name)')
  .option('--entity <column>', 'column identifying a person: counts are then per distinct entity (default: a person key init finds)')
  .option('--header', 'CSV: the first line names the columns')
  .option('--no-header', 'CSV: the first line is a record (columns are named column0, column1, ...)')
  .option('-o, --out <file>', `where to write the spec (default ${SPECS_DIR}/<dataset>.yaml)`)
  .option('--force', 'overwrite an existing spec')
  .action(
    action('init', async (o: InitFlags) => {
      if (!o.file && !o.table) throw usageError('say what to read: --file <path> or --table <name>');
      const p = project();
      const result = await initSpec(p, {
        ...o,
        sourceDb: databaseFlag(o.sourceDb, '--source-db'),
        schemaFile: existsSync(join(p.root, SCHEMA_FILE)) ? join(p.root, SCHEMA_FILE) : join(PACKAGE_ROOT, SCHEMA_FILE),
      });
      const shown = relative(process.cwd(), result.out);
      say(`wrote ${shown}: ${result.columns} columns, ${result.excluded.length} excluded`);
      for (const x of result.excluded) say(`  excluded ${x.name}: ${x.reason}`);
      if (result.entity) say(`  counting people by ${result.entity.name}${result.entity.suggested ? ' (suggested: check it names a person)' : ''}`);
      say(`Review every kind, then: adg run ${shown}`);
      return { spec: result.out, columns: result.columns, excluded: result.excluded, entity: result.entity ?? null };
    }),
  );

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Commands catch their own errors: what reaches here is commander's help, version or a usage error.
  if (!(err instanceof CommanderError)) fail(err);
  else if (err.exitCode === 0) finish(EXIT_CODES.ok, err.code === 'commander.version' ? { version: TOOL_VERSION, duckdb: duckdbVersion() } : { help: commanderText });
  else if (json) finish(EXIT_CODES.usage, { error: err.code === 'commander.help' ? 'say which command to run: see adg --help' : commanderMessage(err.message) });
  // Without --json commander has already printed the message.
  else finish(EXIT_CODES.usage);
}
