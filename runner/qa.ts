// adg qa: the artificial table checked in the engine against the released metadata (compiler/plan/qa.ts).
// The verdicts land in the output scope, bound to the output's provenance, so export can refuse output
// QA did not pass; the measurements go into the review pack's QA section.
import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { AdgError } from '../compiler/errors.js';
import { tablesOf } from '../compiler/plan/names.js';
import { describeScope } from '../compiler/plan/paths.js';
import { QA_CHECKS } from '../compiler/plan/qa.js';
import type { Spec } from '../compiler/spec/model.js';
import { TOOL_VERSION } from '../compiler/version.js';
import type { Row } from '../dialects/session.js';
import { backendOf, compileFor, execute, placesOf, requireTable, silent, type PipelineOptions, type StepTiming } from './pipeline.js';
import type { CheckResult, FieldQa, QaDocument, ReviewDocument } from './review-document.js';
import { readReviewFile, writeReviewPack } from './review-dir.js';
import { renderReviewPack } from './review-pack.js';
import { itemLabel, reviewDirOf } from './review.js';

/** A chi-square p-value below this is flagged (a warning: sound sampling does it once in a thousand fields). */
export const FREQUENCY_P = 0.001;
/** Items shown per field in the QA plots (the largest released ones). */
const PLOTTED_ITEMS = 60;

export interface QaResult {
  readonly stage: 'qa';
  readonly seconds: number;
  readonly steps: readonly StepTiming[];
  readonly blocking: number;
  readonly warnings: readonly string[];
  /** Failed checks by id, with the fields involved. */
  readonly failed: readonly { readonly check: string; readonly severity: string; readonly fields: readonly string[] }[];
  readonly rows: { readonly expected: number; readonly generated: number };
  /** Where the QA section was written (the review pack), if it was. */
  readonly report?: string;
  readonly bytesRead: number;
}

export async function qa(spec: Spec, options: PipelineOptions): Promise<QaResult> {
  const { reporter = silent } = options;
  const backend = backendOf(options);
  const places = placesOf(options);
  const t0 = performance.now();
  const t = tablesOf(spec.dataset);
  reporter.stageStarted('qa', describeScope(places.output), describeScope(places.output));
  await requireTable(backend, places.output, t.output.name, spec, 'no artificial table', `run adg generate ${spec.file} first`);
  return backend.stage('qa', places, { replaces: [t.qa.name], ...(options.threads ? { threads: options.threads } : {}) }, async (session) => {
    for (const f of spec.fields) session.knownNames.add(f.name);
    const program = compileFor(spec, 'qa', backend, places);
    const { results, steps } = await execute(session, program, spec, reporter, 'the previous QA verdicts');
    const document = qaDocument(spec, backend.dialect.title, results);
    const warnings = document.checks.filter((c) => c.status === 'fail').map((c) => `QA ${c.severity}: ${c.title} (${c.findings.map((f) => f.field ?? 'dataset').join(', ')})`);
    for (const w of warnings) reporter.warn(w);
    const report = writeQaSection(spec, options, document);
    const failed = document.checks.filter((c) => c.status === 'fail').map((c) => ({ check: c.id, severity: c.severity, fields: c.findings.map((f) => f.field ?? '(dataset)') }));
    return { stage: 'qa' as const, seconds: (performance.now() - t0) / 1000, steps, blocking: document.summary.blocking, warnings, failed, rows: document.rows, ...(report ? { report } : {}), bytesRead: session.bytesRead };
  });
}

/** Refuses to go on (adg run) after QA found blocking failures; the verdicts are recorded either way. */
export function requireCleanQa(spec: Spec, result: QaResult): void {
  if (result.blocking === 0) return;
  throw new AdgError(`QA found ${result.blocking} blocking check(s) failing on the artificial table, so it will not be exported`, { file: spec.file }, 'read the QA section of the review report; regenerate after fixing the spec or the release');
}

function qaDocument(spec: Spec, engine: string, results: Record<string, Row[]>): QaDocument {
  const verdicts = results.qa_verdicts ?? [];
  // A stable field's rows share their entity's draw, and ordering moves dates within a row: neither is
  // a set of independent draws from its released weights, so neither is tested (both are still plotted).
  const untested = new Set([...spec.fields.filter((f) => f.stable).map((f) => f.name), ...spec.orderedDates.flat()]);
  const fields = (results.qa_fields ?? []).map((r): FieldQa => {
    const cells = (results.qa_cells ?? []).filter((c) => Number(c.ordinal) === Number(r.ordinal));
    const rows = Number(r.rows ?? 0);
    const df = Number(r.degrees_of_freedom ?? 0);
    const chi = Number(r.chi_square ?? 0);
    const plotted = [...cells].sort((a, b) => Number(b.released_share) - Number(a.released_share)).slice(0, PLOTTED_ITEMS).sort((a, b) => Number(a.cell) - Number(b.cell));
    return {
      field: String(r.field),
      kind: String(r.kind),
      rows,
      tvd: Number(r.tvd ?? 0),
      chiSquare: chi,
      degreesOfFreedom: df,
      pValue: df > 0 && !untested.has(String(r.field)) ? 1 - chiSquareCdf(chi, df) : null,
      nullShare: { released: Number(r.null_released ?? 0), generated: Number(r.null_generated ?? 0) },
      items: plotted.map((c) => ({ label: itemLabel(c), released: Number(c.released_share), generated: rows > 0 ? Number(c.generated) / rows : 0 })),
      outsideRelease: Number(r.outside ?? 0),
    };
  });
  const checks: CheckResult[] = QA_CHECKS.map((c) => {
    const findings =
      c.id === 'frequencies'
        ? fields.filter((f) => f.pValue !== null && f.pValue < FREQUENCY_P).map((f) => ({ field: f.field, items: [], detail: `chi-square p-value ${f.pValue!.toExponential(2)} (TVD ${f.tvd.toFixed(4)})` }))
        : verdicts
            .filter((v) => v.check_id === c.id && v.passed !== true)
            .map((v) => ({ field: v.field === null ? null : String(v.field), items: [], detail: `${v.detail}: ${Number(v.measure)}` }));
    return { id: c.id, title: c.title, explains: c.explains, severity: c.severity, status: findings.length ? 'fail' : 'pass', findings };
  });
  const provenance = results.qa_provenance?.[0] ?? {};
  return {
    tool: 'adg',
    toolVersion: TOOL_VERSION,
    document: 'qa',
    dataset: spec.dataset,
    specFile: spec.file,
    engine,
    metadataHash: String(provenance.metadata_hash ?? ''),
    qaAt: new Date().toISOString(),
    generatedAt: String(provenance.generated_at ?? ''),
    rows: { expected: Number(provenance.expected_rows ?? 0), generated: Number(provenance.rows ?? 0) },
    summary: {
      blocking: checks.filter((c) => c.severity === 'blocking' && c.status === 'fail').length,
      warnings: checks.filter((c) => c.severity === 'warning' && c.status === 'fail').length,
    },
    checks,
    fields,
  };
}

/** Adds the QA section to the review pack of the metadata this output came from (if that pack is there). */
function writeQaSection(spec: Spec, options: PipelineOptions, document: QaDocument): string | undefined {
  const dir = reviewDirOf(options);
  const text = readReviewFile(dir, 'review.json');
  const review = text === undefined ? undefined : (JSON.parse(text) as ReviewDocument);
  if (!review || review.metadataHash !== document.metadataHash) {
    options.reporter?.warn(`the review pack in ${dir} is not of the released metadata: the QA section was not added to it (run adg review to rebuild it)`);
    return undefined;
  }
  writeReviewPack(dir, spec.dataset, renderReviewPack(review, document), options.root);
  return dir;
}
