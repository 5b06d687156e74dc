#!/usr/bin/env node
// adg: compile dataset specs to SQL and run them. Each command is a thin layer over compiler/ and runner/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { AdgError, formatError, usageError } from '../compiler/errors.js';
import { specJsonSchema } from '../compiler/spec/schema.js';
import type { Spec } from '../compiler/spec/model.js';
import { EXPORT_FORMATS, type ExportFormat } from '../compiler/plan/export.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { datasetPaths, loadProject, type PathOverrides, type Project } from '../runner/config.js';
import { exportData, generate, scrape, type PipelineOptions, type StageResult } from '../runner/pipeline.js';
import { columnStats, renderSpec } from '../runner/init.js';
import { checkArtifacts, loadProjectSpec, projectArtifacts, projectSpecFiles, SPECS_DIR, writeArtifacts } from './artifacts.js';
import { makeReporter, outputMode, scrapeFieldTable, stageLine, totalLine, type OutputMode } from './report.js';

interface GlobalOptions {
  json?: boolean;
  config?: string;
}

interface StageOptions {
  sourceDb?: string;
  metadataDb?: string;
  outputDb?: string;
  exportDir?: string;
  format?: string;
  threads?: string;
}

const program = new Command('adg')
  .description('Warehouse-native artificial data: compile a dataset spec to SQL that scrapes suppressed statistics and samples artificial rows inside the database.')
  .version(TOOL_VERSION)
  .option('--json', 'print one JSON document on stdout instead of progress and summaries')
  .option('--config <file>', 'project config (default: the nearest adg.config.yaml, else none)')
  .showHelpAfterError();

function globals(): GlobalOptions {
  return program.opts<GlobalOptions>();
}

function project(): Project {
  return loadProject(process.cwd(), globals().config);
}

/** Runs a command body; errors become a clear message and exit code 1. */
function action<A extends unknown[]>(body: (...args: A) => Promise<unknown> | unknown) {
  return async (...args: A) => {
    try {
      const out = await body(...args);
      if (globals().json && out !== undefined) process.stdout.write(`${JSON.stringify({ ok: true, ...(out as object) }, null, 2)}\n`);
    } catch (err) {
      if (globals().json) process.stdout.write(`${JSON.stringify({ ok: false, error: formatError(err) }, null, 2)}\n`);
      else process.stderr.write(`adg: ${formatError(err)}\n`);
      if (!(err instanceof AdgError) && process.env.ADG_DEBUG) console.error(err);
      process.exitCode = 1;
    }
  };
}

const pathOptions = {
  sourceDb: new Option('--source-db <path>', 'source database (table sources)'),
  metadataDb: new Option('--metadata-db <path>', 'metadata database (default .adg/<dataset>/metadata.duckdb)'),
  outputDb: new Option('--output-db <path>', 'output database (default .adg/<dataset>/output.duckdb)'),
  exportDir: new Option('--export-dir <dir>', 'export directory (default out/<dataset>)'),
  format: new Option('--format <list>', `export formats, comma-separated (${EXPORT_FORMATS.join(',')})`),
  threads: new Option('--threads <n>', 'DuckDB worker threads (default: one per core)'),
};

function pipelineOptions(p: Project, spec: Spec, o: StageOptions, mode: OutputMode): PipelineOptions {
  const overrides: PathOverrides = {
    sourceDb: o.sourceDb && resolve(o.sourceDb),
    metadataDb: o.metadataDb && resolve(o.metadataDb),
    outputDb: o.outputDb && resolve(o.outputDb),
    exportDir: o.exportDir && resolve(o.exportDir),
  };
  const formats = o.format?.split(',').map((f) => f.trim()) as ExportFormat[] | undefined;
  const bad = formats?.find((f) => !EXPORT_FORMATS.includes(f));
  if (bad) throw usageError(`unknown export format "${bad}"`, {}, `use ${EXPORT_FORMATS.join(' or ')}`);
  const threads = o.threads === undefined ? undefined : Number(o.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw usageError(`--threads must be a positive integer, not "${o.threads}"`);
  return {
    root: p.root,
    paths: datasetPaths(p, spec.dataset, overrides),
    reporter: makeReporter(mode),
    ...(formats ? { formats } : {}),
    ...(threads ? { threads } : {}),
  };
}

/** scrape, generate, export and run share this shape. */
function stageCommand(name: string, summary: string, options: Option[], stages: ((spec: Spec, o: PipelineOptions) => Promise<StageResult>)[]) {
  const cmd = program.command(`${name} <spec>`).description(summary);
  for (const o of options) cmd.addOption(o);
  cmd.action(
    action(async (specPath: string, o: StageOptions) => {
      const p = project();
      const spec = loadProjectSpec(p, specPath);
      const mode = outputMode(!!globals().json);
      const options = pipelineOptions(p, spec, o, mode);
      const results: StageResult[] = [];
      for (const stage of stages) {
        const result = await stage(spec, options);
        results.push(result);
        if (mode !== 'json') {
          process.stdout.write(`${stageLine(result)}\n`);
          if (result.stage === 'scrape' && stages.length === 1) process.stdout.write(`${scrapeFieldTable(result)}\n`);
        }
      }
      if (mode !== 'json' && results.length > 1) process.stdout.write(`${totalLine(results)}\n`);
      return mode === 'json' ? { command: name, spec: spec.file, dataset: spec.dataset, stages: results } : undefined;
    }),
  );
}

const { sourceDb, metadataDb, outputDb, exportDir, format, threads } = pathOptions;
stageCommand('scrape', 'read the source and write suppressed metadata (the only stage that touches the source)', [sourceDb, metadataDb, threads], [scrape]);
stageCommand('generate', 'sample artificial rows from the metadata alone', [metadataDb, outputDb, threads], [generate]);
stageCommand('export', 'write the artificial table to Parquet/CSV with its disclaimer and provenance', [outputDb, exportDir, format, threads], [exportData]);
stageCommand('run', 'scrape, generate and export in one go', [sourceDb, metadataDb, outputDb, exportDir, format, threads], [scrape, generate, exportData]);

program
  .command('compile [specs...]')
  .description(`compile specs (default: all of ${SPECS_DIR}/) into generated/, and refresh schema/ and the README spec reference`)
  .option('--no-prune', 'keep files in generated/ that no spec produces any more')
  .action(
    action((specs: string[], o: { prune: boolean }) => {
      const p = project();
      const files = specs.length ? specs : projectSpecFiles(p);
      const report = writeArtifacts(p, projectArtifacts(p, files), o.prune && specs.length === 0);
      if (!globals().json) {
        for (const f of report.written) process.stdout.write(`wrote    ${f}\n`);
        for (const f of report.removed) process.stdout.write(`removed  ${f}\n`);
        process.stdout.write(`${report.written.length} written, ${report.unchanged} unchanged, ${report.removed.length} removed\n`);
      }
      return report;
    }),
  );

program
  .command('check')
  .description('fail if generated/, schema/ or the README spec reference differ from what the specs compile to now')
  .action(
    action(() => {
      const p = project();
      const drifts = checkArtifacts(p, projectArtifacts(p));
      if (!globals().json) {
        for (const d of drifts) process.stderr.write(`${d.problem.padEnd(10)} ${d.path}\n${d.diff}`);
        process.stdout.write(drifts.length ? `${drifts.length} file(s) out of date: run \`npm run adg -- compile\` and commit the result\n` : 'generated files are up to date\n');
      }
      if (drifts.length) process.exitCode = 1;
      return { drifts: drifts.map(({ path, problem }) => ({ path, problem })) };
    }),
  );

program
  .command('schema')
  .description('print the JSON Schema of dataset specs (for editors; committed as schema/spec.schema.json)')
  .option('-o, --out <file>', 'write to a file instead of stdout')
  .action(
    action((o: { out?: string }) => {
      const text = `${JSON.stringify(specJsonSchema(), null, 2)}\n`;
      if (o.out) writeFileSync(o.out, text);
      else process.stdout.write(text);
      return undefined;
    }),
  );

program
  .command('init')
  .description('propose a starter spec from the catalog and in-warehouse counts (no record-level value is read or written)')
  .addOption(new Option('--file <path>', 'a Parquet, CSV or JSON file').conflicts('table'))
  .option('--table <name>', 'a table in the source database')
  .option('--schema <name>', 'schema of --table')
  .option('--source-db <path>', 'source database for --table')
  .option('--dataset <name>', 'dataset name (default: from the file or table name)')
  .option('--entity <column>', 'column identifying a person: counts are then per distinct entity')
  .option('-o, --out <file>', `where to write the spec (default ${SPECS_DIR}/<dataset>.yaml)`)
  .option('--force', 'overwrite an existing spec')
  .action(
    action(async (o: { file?: string; table?: string; schema?: string; sourceDb?: string; dataset?: string; entity?: string; out?: string; force?: boolean }) => {
      if (!o.file && !o.table) throw usageError('say what to read: --file <path> or --table <name>');
      const p = project();
      const named = o.dataset ?? (o.file ? basename(o.file, extname(o.file)) : o.table!);
      const dataset = named.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+/, '').slice(0, 63) || 'dataset';
      const format = o.file ? (extname(o.file).slice(1).toLowerCase() as 'parquet' | 'csv' | 'json') : undefined;
      if (format && !EXPORT_FORMATS.concat(['json' as ExportFormat]).includes(format as ExportFormat)) {
        throw usageError(`cannot tell the format of ${o.file}`, {}, 'use a .parquet, .csv or .json file');
      }
      const sourceDbPath = datasetPaths(p, dataset, { sourceDb: o.sourceDb && resolve(o.sourceDb) }).sourceDb;
      const shownFile = o.file ? relative(p.root, resolve(o.file)) : undefined;
      const source = o.file
        ? ({ kind: 'file', path: shownFile!, format: format! } as const)
        : ({ kind: 'table', table: o.table!, ...(o.schema ? { schema: o.schema } : {}) } as const);
      const engineSource = o.file ? ({ ...source, path: resolve(o.file) } as typeof source) : source;
      const stats = await columnStats(engineSource, duckdb, sourceDbPath);
      if (o.entity && !stats.some((s) => s.name === o.entity)) {
        throw usageError(`--entity "${o.entity}" is not a column of the source`, {}, `columns: ${stats.map((s) => s.name).join(', ')}`);
      }
      const out = resolve(o.out ?? join(p.root, SPECS_DIR, `${dataset}.yaml`));
      if (existsSync(out) && !o.force) throw usageError(`${relative(process.cwd(), out)} already exists`, {}, 'use --force to overwrite it, or -o to write elsewhere');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, renderSpec(dataset, source, stats, o.entity));
      if (!globals().json) {
        process.stdout.write(`wrote ${relative(process.cwd(), out)}: ${stats.length} columns. Review every kind, then: adg run ${relative(process.cwd(), out)}\n`);
      }
      return { spec: out, columns: stats.length };
    }),
  );

await program.parseAsync(process.argv);
