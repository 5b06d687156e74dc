// Runs compiled stages against DuckDB database files: scrape (source -> metadata database), generate
// (metadata database -> output database) and export (output database -> files). Each stage checks
// its inputs first, runs its program statement by statement, and reads back only the program's
// metadata-sized results. A failure leaves the previous metadata, output and files as they were.
import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { AdgError } from '../compiler/errors.js';
import { compileStage, type CompiledProgram } from '../compiler/compile.js';
import type { Stage } from '../compiler/ir.js';
import type { Spec } from '../compiler/spec/model.js';
import { tablesOf } from '../compiler/plan/names.js';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../compiler/plan/export.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { checkSpecAgainstSource, sourceColumns } from './catalog.js';
import { DuckDBSession, type Row } from './duckdb.js';
import { fileSize, makeStagingDir, replaceDir, writeReadme } from './files.js';
import { kyselyOn } from './kysely.js';
import { logRun } from './runlog.js';

export interface Reporter {
  stageStarted(stage: Stage, from: string, to: string): void;
  sectionStarted(stage: Stage, index: number, total: number, title: string): void;
  sectionFinished(stage: Stage, index: number, total: number, title: string, seconds: number): void;
  warn(message: string): void;
}

const silent: Reporter = { stageStarted() {}, sectionStarted() {}, sectionFinished() {}, warn() {} };

export interface PipelineOptions {
  /** Project root: relative paths in the spec (source files) are resolved against it. */
  readonly root: string;
  /** Absolute paths of the databases and the export directory. */
  readonly paths: StagePaths;
  readonly formats?: readonly ExportFormat[];
  /** DuckDB worker threads (default: one per core). */
  readonly threads?: number;
  readonly reporter?: Reporter;
}

export interface StepTiming {
  readonly title: string;
  readonly seconds: number;
}

interface StageOutcome {
  readonly seconds: number;
  readonly steps: readonly StepTiming[];
  /** Bytes of results read back into the client during the stage. */
  readonly bytesRead: number;
  readonly warnings: readonly string[];
}

export interface FieldScrape {
  readonly field: string;
  readonly kind: string;
  readonly published: number;
  readonly suppressed: number;
}

export interface ScrapeResult extends StageOutcome {
  readonly stage: 'scrape';
  readonly metadataDb: string;
  /** The source row count as published (rounded), or null if it was suppressed. */
  readonly publishedRows: number | null;
  readonly fields: readonly FieldScrape[];
  readonly valuesPublished: number;
  readonly valuesSuppressed: number;
}

export interface GenerateResult extends StageOutcome {
  readonly stage: 'generate';
  readonly outputDb: string;
  readonly rows: number;
  readonly fields: readonly { readonly field: string; readonly kind: string; readonly items: number }[];
}

export interface ExportResult extends StageOutcome {
  readonly stage: 'export';
  readonly files: readonly { readonly path: string; readonly format: string; readonly bytes: number }[];
  readonly provenance: Row;
}

export type StageResult = ScrapeResult | GenerateResult | ExportResult;

/** The spec as the engine must see it: file sources resolved against the project root. */
function runnable(spec: Spec, root: string): Spec {
  if (spec.source.kind !== 'file' || isAbsolute(spec.source.path)) return spec;
  return { ...spec, source: { ...spec.source, path: resolve(root, spec.source.path) } };
}

function compileFor(spec: Spec, stage: Stage, paths: StagePaths, formats?: readonly ExportFormat[]): CompiledProgram {
  return compileStage(spec, stage, { dialect: duckdb, paths, toolVersion: TOOL_VERSION, ...(formats ? { exportFormats: formats } : {}) });
}

/** Runs a program section by section, reading only the sections marked as results. */
async function execute(
  session: DuckDBSession,
  program: CompiledProgram,
  spec: Spec,
  reporter: Reporter,
  unchanged: string,
): Promise<{ results: Record<string, Row[]>; steps: StepTiming[] }> {
  const results: Record<string, Row[]> = {};
  const steps: StepTiming[] = [];
  const total = program.sections.length;
  for (const [i, section] of program.sections.entries()) {
    const started = performance.now();
    reporter.sectionStarted(program.stage, i + 1, total, section.title);
    try {
      for (const sql of section.statements) {
        if (section.result) results[section.result] = await session.query(sql);
        else await session.exec(sql);
      }
    } catch (err) {
      const message = cleanEngineMessage((err as Error).message);
      throw new AdgError(
        message.startsWith(spec.file) ? message.slice(spec.file.length + 2) : `${program.stage} failed at step ${i + 1}/${total} (${section.title}): ${message}`,
        { file: spec.file },
        `nothing was replaced: ${unchanged} is as it was`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    steps.push({ title: section.title, seconds });
    reporter.sectionFinished(program.stage, i + 1, total, section.title, seconds);
  }
  return { results, steps };
}

function cleanEngineMessage(message: string): string {
  return message.replace(/^(Invalid Input|Binder|Catalog|Conversion|Parser|IO|Constraint) Error: /, '').split('\n')[0]!;
}

async function tableExists(session: DuckDBSession, name: string): Promise<boolean> {
  const db = kyselyOn<{ 'information_schema.tables': { table_name: string; table_type: string } }>(session);
  const found = await db.selectFrom('information_schema.tables').select('table_name').where('table_name', '=', name).execute();
  return found.length > 0;
}

export async function scrape(spec: Spec, options: PipelineOptions): Promise<ScrapeResult> {
  const { paths, reporter = silent } = options;
  const started = new Date();
  const t0 = performance.now();
  const engineSpec = runnable(spec, options.root);
  reporter.stageStarted('scrape', engineSpec.source.kind === 'file' ? engineSpec.source.path : paths.sourceDb, paths.metadataDb);

  const created = !existsSync(paths.metadataDb);
  const session = await DuckDBSession.open(paths.metadataDb, { threads: options.threads });
  try {
    // The catalog check runs in the scrape's own session (a second engine instance costs more than
    // the check); a metadata file created just for a check that fails is removed again.
    checkSpecAgainstSource(spec, await sourceColumns(session, engineSpec, duckdb, paths.sourceDb), duckdb);
  } catch (err) {
    session.close();
    if (created) for (const f of [paths.metadataDb, `${paths.metadataDb}.wal`]) rmSync(f, { force: true });
    throw err;
  }
  try {
    const program = compileFor(engineSpec, 'scrape', paths);
    const { results, steps } = await execute(session, program, spec, reporter, 'the previous metadata');
    const summary = results.scrape_summary ?? [];
    const fields = summary.map((r) => ({
      field: String(r.field),
      kind: String(r.kind),
      published: Number(r.published),
      suppressed: Number(r.suppressed),
      publishedNonNull: Number(r.published_non_null),
    }));
    const warnings = fields.flatMap((f) =>
      f.published === 0
        ? [`every value of "${f.field}" was suppressed: it will be generated as NULL`]
        : f.publishedNonNull === 0
          ? [`"${f.field}" is entirely NULL in the source (only its NULL count was published)`]
          : [],
    );
    const rowsValue = summary[0]?.published_rows ?? null;
    const publishedRows = rowsValue === null ? null : Number(rowsValue);
    if (publishedRows === null) warnings.push('the source row count was suppressed: set generation.rows to generate');
    for (const w of warnings) reporter.warn(w);
    const seconds = (performance.now() - t0) / 1000;
    const result: ScrapeResult = {
      stage: 'scrape',
      metadataDb: paths.metadataDb,
      seconds,
      steps,
      publishedRows,
      fields: fields.map(({ field, kind, published, suppressed }) => ({ field, kind, published, suppressed })),
      valuesPublished: fields.reduce((a, f) => a + f.published, 0),
      valuesSuppressed: fields.reduce((a, f) => a + f.suppressed, 0),
      warnings,
      bytesRead: session.bytesRead,
    };
    await logRun(session, runRecord(spec, 'scrape', started, seconds, { publishedRows, valuesSuppressed: result.valuesSuppressed }));
    return result;
  } finally {
    session.close();
  }
}

export async function generate(spec: Spec, options: PipelineOptions): Promise<GenerateResult> {
  const { paths, reporter = silent } = options;
  const started = new Date();
  const t0 = performance.now();
  reporter.stageStarted('generate', paths.metadataDb, paths.outputDb);
  await requireTable(paths.metadataDb, tablesOf(spec.dataset).metadata.name, spec, 'no published metadata', 'run adg scrape first (or release metadata to this path)');

  const session = await DuckDBSession.open(paths.outputDb, { threads: options.threads });
  try {
    // The generate plan is compiled from the spec without its source (see generationView).
    const program = compileFor(spec, 'generate', paths);
    const { results, steps } = await execute(session, program, spec, reporter, `the previous output in ${paths.outputDb}`);
    const summary = results.generate_summary ?? [];
    const fields = summary.map((r) => ({ field: String(r.field), kind: String(r.kind), items: Number(r.items) }));
    const warnings = fields
      .filter((f) => f.items === 0)
      .map((f) => `"${f.field}" has no published values (all suppressed, or not scraped as ${f.kind}: was the spec changed since the scrape?): generated as NULL`);
    for (const w of warnings) reporter.warn(w);
    const rows = Number(summary[0]?.rows ?? 0);
    const seconds = (performance.now() - t0) / 1000;
    await logRun(session, runRecord(spec, 'generate', started, seconds, { rows, seed: spec.generation.seed }));
    return { stage: 'generate', outputDb: paths.outputDb, seconds, steps, rows, fields, warnings, bytesRead: session.bytesRead };
  } finally {
    session.close();
  }
}

export async function exportData(spec: Spec, options: PipelineOptions): Promise<ExportResult> {
  const { paths, reporter = silent } = options;
  const formats = options.formats ?? EXPORT_FORMATS;
  const started = new Date();
  const t0 = performance.now();
  reporter.stageStarted('export', paths.outputDb, paths.exportDir);
  await requireTable(paths.outputDb, tablesOf(spec.dataset).output.name, spec, 'no artificial table', 'run adg generate first');

  const staging = makeStagingDir(paths.exportDir);
  const session = await DuckDBSession.open(paths.outputDb, { threads: options.threads });
  try {
    const program = compileFor(spec, 'export', { ...paths, exportDir: staging }, formats);
    const { results, steps } = await execute(session, program, spec, reporter, `the previous export in ${paths.exportDir}`);
    const provenance = results.provenance?.[0] ?? {};
    const names = formats.map((format) => ({ name: exportFileName(spec.dataset, format), format }));
    writeReadme(staging, provenance, names);
    replaceDir(staging, paths.exportDir);
    const files = [...names, { name: 'README.md', format: 'markdown' }].map(({ name, format }) => {
      const path = join(paths.exportDir, name);
      return { path, format, bytes: fileSize(path) };
    });
    const seconds = (performance.now() - t0) / 1000;
    await logRun(session, runRecord(spec, 'export', started, seconds, { files: files.map((f) => f.path) }));
    return { stage: 'export', seconds, steps, files, provenance, warnings: [], bytesRead: session.bytesRead };
  } finally {
    session.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** All three stages in order; stops at the first failure. */
export async function runAll(spec: Spec, options: PipelineOptions): Promise<[ScrapeResult, GenerateResult, ExportResult]> {
  const s = await scrape(spec, options);
  const g = await generate(spec, options);
  const e = await exportData(spec, options);
  return [s, g, e];
}

async function requireTable(dbPath: string, table: string, spec: Spec, what: string, hint: string): Promise<void> {
  if (existsSync(dbPath)) {
    const session = await DuckDBSession.open(dbPath, { readOnly: true });
    try {
      if (await tableExists(session, table)) return;
    } finally {
      session.close();
    }
  }
  throw new AdgError(`${what} for dataset "${spec.dataset}" in ${dbPath}`, { file: spec.file }, hint);
}

function runRecord(spec: Spec, stage: Stage, startedAt: Date, seconds: number, detail: object) {
  return { stage, dataset: spec.dataset, specFile: spec.file, specHash: spec.hash, toolVersion: TOOL_VERSION, startedAt, seconds, detail };
}
