// Runs compiled stages against DuckDB database files: scrape (source -> metadata database), generate
// (metadata database -> output database) and export (output database -> files). Each stage checks
// its inputs first, runs its program statement by statement, and reads back only the program's
// metadata-sized results. A failure leaves the previous metadata, output and files as they were.
import { filePlaces } from '../compiler/plan/paths.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AdgError } from '../compiler/errors.js';
import { compileStage, generationView, type CompiledProgram } from '../compiler/compile.js';
import type { Stage } from '../compiler/ir.js';
import type { Spec } from '../compiler/spec/model.js';
import { tablesOf } from '../compiler/plan/names.js';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../compiler/plan/export.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { checkSpecAgainstSource, sourceColumns } from './catalog.js';
import { withFreshDatabase } from './fresh-database.js';
import { screenIdentifiers } from './identifier-screen.js';
import { withAllowedSource } from './source-path.js';
import { DuckDBSession, type Row } from './duckdb.js';
import { crashPoint } from './crash.js';
import { acquireLock } from './lock.js';
import { beginExport, checkExportTarget } from './export-dir.js';
import { writeReadme } from './export-readme.js';
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
  /** Directories outside the root that source files may be read from (absolute). */
  readonly allowedSourceDirs?: readonly string[];
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
  /** Items (values, bins, NULL) published and suppressed: counts of values, not of people. */
  readonly published: number;
  readonly suppressed: number;
  /** The band of the share of rows the suppressed items held ("none", "under 1%", ... "over 50%"). */
  readonly suppressedRows: string;
}

/** Detail a field lost that a user of the data would notice: said at scrape, with the reason. */
function lossWarnings(f: FieldScrape & { readonly publishedNonNull: number }): string[] {
  const lost = `${f.suppressed.toLocaleString('en-US')} value(s) suppressed, holding ${f.suppressedRows} of rows`;
  if (f.published === 0) return [`every value of "${f.field}" was suppressed: it will be generated as NULL (${lost})`];
  if (f.publishedNonNull === 0) {
    return f.suppressed > 0
      ? [`"${f.field}" will be entirely NULL: every non-NULL value was suppressed (${lost})`]
      : [`"${f.field}" is entirely NULL in the source (only its NULL count was published)`];
  }
  if (f.publishedNonNull === 1 && f.kind !== 'continuous') return [`"${f.field}" will be constant: only one value passed suppression (${lost})`];
  return [];
}

export interface ScrapeResult extends StageOutcome {
  readonly stage: 'scrape';
  readonly metadataDb: string;
  /** Generated fields that look like identifiers, with the reason (see compiler/identifiers.ts). */
  readonly identifiers: readonly { readonly field: string; readonly reason: string }[];
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

function compileFor(spec: Spec, stage: Stage, paths: StagePaths, formats?: readonly ExportFormat[]): CompiledProgram {
  return compileStage(spec, stage, { dialect: duckdb, places: filePlaces(paths), toolVersion: TOOL_VERSION, ...(formats ? { exportFormats: formats } : {}) });
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
    if (section.failure) session.ownMessages.add(section.failure);
    try {
      for (const sql of section.statements) {
        if (section.result) results[section.result] = await session.query(sql);
        else await session.exec(sql);
      }
    } catch (err) {
      // Engine errors arrive already filtered of values (see DuckDBSession).
      const message = (err as Error).message;
      throw new AdgError(
        message.startsWith(spec.file) ? message.slice(spec.file.length + 2) : `${program.stage} failed at step ${i + 1}/${total} (${section.title}): ${message}`,
        { file: spec.file },
        `nothing was replaced: ${unchanged} is as it was`,
      );
    }
    crashPoint(`${program.stage}:step ${i + 1}`);
    const seconds = (performance.now() - started) / 1000;
    steps.push({ title: section.title, seconds });
    reporter.sectionFinished(program.stage, i + 1, total, section.title, seconds);
  }
  return { results, steps };
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
  const engineSpec = withAllowedSource(spec, options.root, options.allowedSourceDirs ?? []);
  reporter.stageStarted('scrape', engineSpec.source.kind === 'file' ? engineSpec.source.path : paths.sourceDb, paths.metadataDb);

  const replaces = [tablesOf(spec.dataset).metadata.name];
  return withFreshDatabase(paths.metadataDb, { replaces, threads: options.threads, what: 'the metadata database' }, async (session) => {
    // The catalog check runs in the scrape's own session (a second engine instance costs more than the check).
    const columns = await sourceColumns(session, engineSpec, duckdb, paths.sourceDb);
    for (const c of columns) session.knownNames.add(c.name);
    checkSpecAgainstSource(spec, columns, duckdb);
    const program = compileFor(engineSpec, 'scrape', paths);
    const { results, steps } = await execute(session, program, spec, reporter, 'the previous metadata');
    const summary = results.scrape_summary ?? [];
    const fields = summary.map((r) => ({
      field: String(r.field),
      kind: String(r.kind),
      published: Number(r.published),
      suppressed: Number(r.suppressed),
      suppressedRows: String(r.suppressed_rows ?? 'none'),
      publishedNonNull: Number(r.published_non_null),
    }));
    const warnings = fields.flatMap((f) => lossWarnings(f));
    const identifiers = screenIdentifiers(spec, columns, results.identifier_screen ?? [], fields);
    warnings.push(...identifiers.map((i) => i.warning));
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
      fields: fields.map(({ field, kind, published, suppressed, suppressedRows }) => ({ field, kind, published, suppressed, suppressedRows })),
      identifiers: identifiers.map(({ field, reason }) => ({ field, reason })),
      valuesPublished: fields.reduce((a, f) => a + f.published, 0),
      valuesSuppressed: fields.reduce((a, f) => a + f.suppressed, 0),
      warnings,
      bytesRead: session.bytesRead,
    };
    await logRun(session, runRecord(spec, 'scrape', started, seconds, { publishedRows, valuesSuppressed: result.valuesSuppressed }));
    return result;
  });
}

export async function generate(spec: Spec, options: PipelineOptions): Promise<GenerateResult> {
  const { paths, reporter = silent } = options;
  const started = new Date();
  const t0 = performance.now();
  reporter.stageStarted('generate', paths.metadataDb, paths.outputDb);
  await requireTable(paths.metadataDb, tablesOf(spec.dataset).metadata.name, spec, 'no published metadata', 'run adg scrape first (or release metadata to this path)');

  const t = tablesOf(spec.dataset);
  const replaces = [t.output.name, t.provenance.name, t.fieldSummary.name];
  return withFreshDatabase(paths.outputDb, { replaces, threads: options.threads, what: 'the output database' }, async (session) => {
    for (const f of spec.fields) session.knownNames.add(f.name);
    // The generate plan is compiled from the spec without its source (see generationView).
    const program = compileFor(spec, 'generate', paths);
    const { results, steps } = await execute(session, program, spec, reporter, `the previous output in ${paths.outputDb}`);
    const summary = results.generate_summary ?? [];
    const fields = summary.map((r) => ({ field: String(r.field), kind: String(r.kind), items: Number(r.items) }));
    const warnings = fields
      .filter((f) => f.items === 0)
      .map((f) => `"${f.field}" has no published values (all suppressed): generated as NULL`);
    for (const w of warnings) reporter.warn(w);
    const rows = Number(summary[0]?.rows ?? 0);
    const seconds = (performance.now() - t0) / 1000;
    await logRun(session, runRecord(spec, 'generate', started, seconds, { rows, seed: spec.generation.seed }));
    return { stage: 'generate', outputDb: paths.outputDb, seconds, steps, rows, fields, warnings, bytesRead: session.bytesRead };
  });
}

export async function exportData(spec: Spec, options: PipelineOptions): Promise<ExportResult> {
  const { paths, reporter = silent } = options;
  const formats = options.formats ?? EXPORT_FORMATS;
  const started = new Date();
  const t0 = performance.now();
  reporter.stageStarted('export', paths.outputDb, paths.exportDir);
  checkExportTarget(spec, options.root, paths);
  await requireTable(paths.outputDb, tablesOf(spec.dataset).output.name, spec, 'no artificial table', 'run adg generate first');

  // Everything that can fail (the engine, the README, the run log) happens while the files are in
  // staging; the swap is the last step, so a failure leaves the previous export as it was.
  const unchanged = `the previous export in ${paths.exportDir}`;
  const staged = beginExport(paths.exportDir, spec.dataset, options.root);
  // The run log is written into the output database: no generate may swap it meanwhile.
  const outputLock = acquireLock(`${paths.outputDb}.adg-lock`, 'the output database');
  try {
    const session = await DuckDBSession.open(paths.outputDb, { threads: options.threads });
    try {
      const program = compileFor(spec, 'export', { ...paths, exportDir: staged.dir }, formats);
      const { results, steps } = await execute(session, program, spec, reporter, unchanged);
      crashPoint('export:writing');
      const provenance = results.provenance?.[0] ?? {};
      const names = formats.map((format) => ({ name: exportFileName(spec.dataset, format), format }));
      writeReadme(staged.dir, { view: generationView(spec), provenance, fields: results.fields ?? [], files: names });
      const written = [...names, { name: 'README.md', format: 'markdown' }];
      const seconds = (performance.now() - t0) / 1000;
      try {
        await logRun(session, runRecord(spec, 'export', started, seconds, { files: written.map((f) => join(paths.exportDir, f.name)) }));
      } catch (err) {
        throw new AdgError(`export failed recording the run log in ${paths.outputDb}: ${(err as Error).message}`, { file: spec.file }, `nothing was replaced: ${unchanged} is as it was`);
      }
      const sizes = new Map(staged.seal().map((f) => [f.name, f.size]));
      staged.swapIn();
      const files = written.map(({ name, format }) => ({ path: join(paths.exportDir, name), format, bytes: sizes.get(name) ?? 0 }));
      return { stage: 'export', seconds, steps, files, provenance, warnings: [], bytesRead: session.bytesRead };
    } finally {
      session.close();
    }
  } finally {
    outputLock.release();
    staged.close();
  }
}

/** All three stages in order; stops at the first failure, and before the first if the export would be refused. */
export async function runAll(spec: Spec, options: PipelineOptions): Promise<[ScrapeResult, GenerateResult, ExportResult]> {
  checkExportTarget(spec, options.root, options.paths);
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
