// Runs compiled stages on an engine (dialects/engine.ts): scrape (source -> metadata scope), generate
// (metadata scope -> output scope) and export (output scope -> files). Each stage checks its inputs
// first, runs its program statement by statement, and reads back only the program's metadata-sized
// results. A failure leaves the previous metadata, output and files as they were.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AdgError } from '../compiler/errors.js';
import { compileStage, generationView, type CompiledProgram, type CompileOptions } from '../compiler/compile.js';
import type { PrintedSection } from '../compiler/print.js';
import type { Stage } from '../compiler/ir.js';
import type { Spec } from '../compiler/spec/model.js';
import { tablesOf } from '../compiler/plan/names.js';
import type { LogicalType } from '../compiler/spec/types.js';
import { EXPORT_FORMATS, exportFileName, RECORDED, type ExportFormat, type Recorded } from '../compiler/plan/export.js';
import { describeScope, filePlaces, type Scope, type StagePaths, type StagePlaces } from '../compiler/plan/paths.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { checkSpecAgainstSource } from './catalog.js';
import { screenIdentifiers } from './identifier-screen.js';
import { withAllowedSource } from './source-path.js';
import type { Row } from '../dialects/session.js';
import type { Backend, EngineSession } from '../dialects/engine.js';
import { DuckDBBackend } from '../dialects/duckdb/backend.js';
import { crashPoint } from './crash.js';
import { beginExport, checkExportTarget } from './export-dir.js';
import { writeReadme } from './export-readme.js';
import { writeFilesFromRows } from './export-files.js';
import { logRun } from './runlog.js';

export interface Reporter {
  stageStarted(stage: Stage, from: string, to: string): void;
  sectionStarted(stage: Stage, index: number, total: number, title: string): void;
  sectionFinished(stage: Stage, index: number, total: number, title: string, seconds: number): void;
  warn(message: string): void;
}

export const silent: Reporter = { stageStarted() {}, sectionStarted() {}, sectionFinished() {}, warn() {} };

export interface PipelineOptions {
  /** Project root: relative paths in the spec (source files) are resolved against it. */
  readonly root: string;
  /** Absolute paths of the DuckDB databases and the export directory. */
  readonly paths: StagePaths;
  /** The engine the stages run on (default: embedded DuckDB on `paths`). */
  readonly backend?: Backend;
  /** Where the stages read and write on that engine (default: the DuckDB files of `paths`). */
  readonly places?: StagePlaces;
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

export const backendOf = (options: PipelineOptions): Backend => options.backend ?? new DuckDBBackend();
export const placesOf = (options: PipelineOptions): StagePlaces => options.places ?? filePlaces(options.paths);

export function compileFor(spec: Spec, stage: Stage, backend: Backend, places: StagePlaces, extra: Partial<CompileOptions> = {}): CompiledProgram {
  return compileStage(spec, stage, { dialect: backend.dialect, places, toolVersion: TOOL_VERSION, ...extra });
}

/** Runs printed sections in order and returns the rows of those marked as results (no progress, no crash points). */
export async function runSections(session: EngineSession, sections: readonly PrintedSection[]): Promise<Record<string, Row[]>> {
  const results: Record<string, Row[]> = {};
  for (const section of sections) {
    for (const sql of section.statements) {
      if (section.result) results[section.result] = await session.query(sql);
      else await session.exec(sql);
    }
  }
  return results;
}

/** Runs a program section by section, reading only the sections marked as results. */
export async function execute(
  session: EngineSession,
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
      if (section.copyOut) {
        if (!session.copyOutCsv) throw new Error('this engine cannot stream rows to the client');
        await session.copyOutCsv(section.copyOut.query, section.copyOut.path);
      } else {
        for (const sql of section.statements) {
          if (section.result) results[section.result] = await session.query(sql);
          else await session.exec(sql);
        }
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

export async function scrape(spec: Spec, options: PipelineOptions): Promise<ScrapeResult> {
  const { reporter = silent } = options;
  const backend = backendOf(options);
  const places = placesOf(options);
  const started = new Date();
  const t0 = performance.now();
  const engineSpec = withAllowedSource(spec, options.root, options.allowedSourceDirs ?? []);
  const from = engineSpec.source.kind === 'file' && backend.dialect.readsFiles ? engineSpec.source.path : describeScope(places.source);
  reporter.stageStarted('scrape', from, describeScope(places.metadata));

  const replaces = [tablesOf(spec.dataset).metadata.name];
  return backend.stage('scrape', places, { replaces, ...(options.threads ? { threads: options.threads } : {}) }, async (session) => {
    // The catalog check runs in the scrape's own session (a second engine instance costs more than the check).
    const columns = await backend.sourceColumns(session, engineSpec, places);
    for (const c of columns) session.knownNames.add(c.name);
    checkSpecAgainstSource(spec, columns, backend.dialect);
    const program = compileFor(engineSpec, 'scrape', backend, places);
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
    const rowsValue = summary[0]?.published_rows ?? results.vocabulary_rows?.[0]?.n_rows ?? null;
    const publishedRows = rowsValue === null ? null : Number(rowsValue);
    if (publishedRows === null) warnings.push('the source row count was suppressed: set generation.rows to generate');
    for (const w of warnings) reporter.warn(w);
    const seconds = (performance.now() - t0) / 1000;
    const result: ScrapeResult = {
      stage: 'scrape',
      metadataDb: describeScope(places.metadata),
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
    await logRun(backend.kysely(session), backend.dialect, backend.schemaOf(places.metadata), runRecord(spec, 'scrape', started, seconds, { publishedRows, valuesSuppressed: result.valuesSuppressed }));
    return result;
  });
}

export async function generate(spec: Spec, options: PipelineOptions): Promise<GenerateResult> {
  const { reporter = silent } = options;
  const backend = backendOf(options);
  const places = placesOf(options);
  const started = new Date();
  const t0 = performance.now();
  reporter.stageStarted('generate', describeScope(places.released), describeScope(places.output));
  await requireTable(backend, places.released, tablesOf(spec.dataset).released.name, spec, 'no released metadata', `generate reads only reviewed, signed-off metadata: run adg review ${spec.file}, then adg release with the hash it shows`);

  const t = tablesOf(spec.dataset);
  const replaces = [t.output.name, t.provenance.name, t.fieldSummary.name];
  return backend.stage('generate', places, { replaces, ...(options.threads ? { threads: options.threads } : {}) }, async (session) => {
    for (const f of spec.fields) session.knownNames.add(f.name);
    // The generate plan is compiled from the spec without its source (see generationView).
    const program = compileFor(spec, 'generate', backend, places);
    const { results, steps } = await execute(session, program, spec, reporter, `the previous output in ${describeScope(places.output)}`);
    const summary = results.generate_summary ?? [];
    const fields = summary.map((r) => ({ field: String(r.field), kind: String(r.kind), items: Number(r.items) }));
    const warnings = fields
      .filter((f) => f.items === 0)
      .map((f) => `"${f.field}" has no published values (all suppressed): generated as NULL`);
    for (const w of warnings) reporter.warn(w);
    const rows = Number(summary[0]?.rows ?? 0);
    const seconds = (performance.now() - t0) / 1000;
    await logRun(backend.kysely(session), backend.dialect, backend.schemaOf(places.output), runRecord(spec, 'generate', started, seconds, { rows, seed: spec.generation.seed }));
    return { stage: 'generate', outputDb: describeScope(places.output), seconds, steps, rows, fields, warnings, bytesRead: session.bytesRead };
  });
}

export async function exportData(spec: Spec, options: PipelineOptions): Promise<ExportResult> {
  const { paths, reporter = silent } = options;
  const backend = backendOf(options);
  const places = placesOf(options);
  const formats = options.formats ?? EXPORT_FORMATS;
  const started = new Date();
  const t0 = performance.now();
  reporter.stageStarted('export', describeScope(places.output), paths.exportDir);
  checkExportTarget(spec, options.root, paths);
  await requireTable(backend, places.output, tablesOf(spec.dataset).output.name, spec, 'no artificial table', 'run adg generate first');

  // Everything that can fail (the engine, the README, the run log) happens while the files are in
  // staging; the swap is the last step, so a failure leaves the previous export as it was.
  const unchanged = `the previous export in ${paths.exportDir}`;
  const staged = beginExport(paths.exportDir, spec.dataset, options.root);
  try {
    return await backend.stage('export', places, { replaces: [], ...(options.threads ? { threads: options.threads } : {}) }, async (session) => {
      const program = compileFor(spec, 'export', backend, { ...places, exportDir: staged.dir }, { exportFormats: formats });
      const { results, steps } = await execute(session, program, spec, reporter, unchanged);
      const provenance = results.provenance?.[0] ?? {};
      const streamed = program.sections.find((s) => s.copyOut)?.copyOut?.path;
      if (streamed) {
        // The engine streamed the artificial rows here: the same files DuckDB writes are written from them.
        try {
          // A vocabulary's columns are not in the spec: the engine's catalog says what they are.
          const columns = spec.vocabulary ? await outputColumns(backend, session, spec, places) : undefined;
          await writeFilesFromRows(spec, streamed, staged.dir, formats, Object.fromEntries(RECORDED.map((name) => [name, String(provenance[name] ?? '')])) as Recorded, columns);
        } catch (err) {
          throw new AdgError(`export failed writing the files: ${(err as Error).message}`, { file: spec.file }, `nothing was replaced: ${unchanged} is as it was`);
        } finally {
          rmSync(streamed, { force: true });
        }
      }
      crashPoint('export:writing');
      const names = formats.map((format) => ({ name: exportFileName(spec.dataset, format), format }));
      writeReadme(staged.dir, { view: generationView(spec), provenance, fields: results.fields ?? [], files: names });
      const written = [...names, { name: 'README.md', format: 'markdown' }];
      const seconds = (performance.now() - t0) / 1000;
      try {
        await logRun(backend.kysely(session), backend.dialect, backend.schemaOf(places.output), runRecord(spec, 'export', started, seconds, { files: written.map((f) => join(paths.exportDir, f.name)) }));
      } catch (err) {
        throw new AdgError(`export failed recording the run log in ${describeScope(places.output)}: ${(err as Error).message}`, { file: spec.file }, `nothing was replaced: ${unchanged} is as it was`);
      }
      const sizes = new Map(staged.seal().map((f) => [f.name, f.size]));
      staged.swapIn();
      const files = written.map(({ name, format }) => ({ path: join(paths.exportDir, name), format, bytes: sizes.get(name) ?? 0 }));
      return { stage: 'export' as const, seconds, steps, files, provenance, warnings: [], bytesRead: session.bytesRead };
    });
  } finally {
    staged.close();
  }
}

export async function requireTable(backend: Backend, scope: Scope, table: string, spec: Spec, what: string, hint: string): Promise<void> {
  if (await backend.tableExists(scope, table)) return;
  throw new AdgError(`${what} for dataset "${spec.dataset}" in ${describeScope(scope)}`, { file: spec.file }, hint);
}

export function runRecord(spec: Spec, stage: Stage, startedAt: Date, seconds: number, detail: object) {
  return { stage, dataset: spec.dataset, specFile: spec.file, specHash: spec.hash, toolVersion: TOOL_VERSION, startedAt, seconds, detail };
}

/** The output table's columns as spec types, read from the engine's catalog (a vocabulary's, which the spec does not list). */
async function outputColumns(backend: Backend, session: EngineSession, spec: Spec, places: StagePlaces): Promise<{ name: string; type: LogicalType }[]> {
  const columns = await backend.sourceColumns(session, { ...spec, source: { kind: 'table', table: tablesOf(spec.dataset).output.name, schema: backend.schemaOf(places.output) } }, places);
  return columns.map((c) => ({ name: c.name, type: backend.dialect.logicalType(c.type) ?? 'string' }));
}
