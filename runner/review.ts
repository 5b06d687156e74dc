// adg review: the disclosure checks run in the engine over the scraped metadata, and the review pack
// (out/<dataset>/review/) a person reads before signing off: report.html, REVIEW.md, review.json and
// the metadata hash. Nothing is written to the warehouse.
import { join } from 'node:path';
import { REVIEW_CHECKS, type CheckDefinition } from '../compiler/plan/checks.js';
import { tablesOf } from '../compiler/plan/names.js';
import { describeScope } from '../compiler/plan/paths.js';
import type { Spec } from '../compiler/spec/model.js';
import { TOOL_VERSION } from '../compiler/version.js';
import type { Row } from '../dialects/session.js';
import { backendOf, compileFor, execute, placesOf, requireTable, silent, type PipelineOptions, type StepTiming } from './pipeline.js';
import type { CheckResult, FieldReview, Finding, PublishedItem, QaDocument, ReleaseDiff, ReviewDocument } from './review-document.js';
import { renderReviewPack } from './review-pack.js';
import { readReviewFile, writeReviewPack } from './review-dir.js';

export interface ReviewResult {
  readonly stage: 'review';
  readonly seconds: number;
  readonly steps: readonly StepTiming[];
  readonly metadataHash: string;
  readonly blocking: number;
  readonly warnings: number;
  /** Failed checks, by id, with their severity and the fields involved (no values). */
  readonly failed: readonly { readonly check: string; readonly severity: string; readonly fields: readonly string[] }[];
  readonly reviewDir: string;
  readonly files: readonly { readonly path: string; readonly bytes: number }[];
  /** The exact commands to run next. */
  readonly nextSteps: readonly string[];
  readonly bytesRead: number;
}

/** Where a dataset's review pack lives: inside its export directory, kept across exports. */
export const reviewDirOf = (options: PipelineOptions) => join(options.paths.exportDir, 'review');

export async function review(spec: Spec, options: PipelineOptions): Promise<ReviewResult> {
  const { reporter = silent } = options;
  const backend = backendOf(options);
  const places = placesOf(options);
  const t0 = performance.now();
  reporter.stageStarted('review', describeScope(places.metadata), reviewDirOf(options));
  await requireTable(backend, places.metadata, tablesOf(spec.dataset).metadata.name, spec, 'no scraped metadata', `run adg scrape ${spec.file} first`);
  const previousRelease = (await backend.tableExists(places.released, tablesOf(spec.dataset).released.name)) && (await backend.tableExists(places.released, tablesOf(spec.dataset).releases.name));
  return backend.stage('review', places, { replaces: [], ...(options.threads ? { threads: options.threads } : {}) }, async (session) => {
    for (const f of spec.fields) session.knownNames.add(f.name);
    const program = compileFor(spec, 'review', backend, places, { previousRelease });
    const { results, steps } = await execute(session, program, spec, reporter, 'the previous review pack');
    const document = reviewDocument(spec, backend.dialect.title, results);
    const reviewDir = reviewDirOf(options);
    const previousQa = readReviewFile(reviewDir, 'qa.json');
    const earlier = previousQa === undefined ? undefined : (JSON.parse(previousQa) as QaDocument);
    // A QA of output from other metadata does not belong in this review.
    const qa = earlier?.metadataHash === document.metadataHash ? earlier : undefined;
    const files = writeReviewPack(reviewDir, spec.dataset, renderReviewPack(document, qa), options.root);
    const failed = document.checks.filter((c) => c.status === 'fail').map((c) => ({ check: c.id, severity: c.severity, fields: [...new Set(c.findings.map((f) => f.field ?? '(dataset)'))] }));
    return {
      stage: 'review' as const,
      seconds: (performance.now() - t0) / 1000,
      steps,
      metadataHash: document.metadataHash,
      blocking: document.summary.blocking,
      warnings: document.summary.warnings,
      failed,
      reviewDir,
      files,
      nextSteps: document.nextSteps,
      bytesRead: session.bytesRead,
    };
  });
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** How an item is shown: the value, NULL, a bin [lo, hi) or a point mass. */
export function itemLabel(r: Row): string {
  if (r.stat === 'null') return 'NULL';
  if (r.stat === 'bin') return `[${num(r.lo)}, ${num(r.hi)})`;
  return r.value === null || r.value === undefined ? String(num(r.lo)) : String(r.value);
}

function checkResults(definitions: readonly CheckDefinition[], findings: readonly Row[]): CheckResult[] {
  return definitions.map((d) => {
    const own = findings.filter((f) => f.check_id === d.id);
    // One finding per field and detail, with its item numbers together.
    const grouped = new Map<string, { field: string | null; items: number[]; detail: string }>();
    for (const f of own) {
      const field = f.field === null ? null : String(f.field);
      const key = JSON.stringify([field, f.detail]);
      const entry = grouped.get(key) ?? { field, items: [], detail: String(f.detail) };
      if (f.item !== null && f.item !== undefined) entry.items.push(Number(f.item));
      grouped.set(key, entry);
    }
    const list: Finding[] = [...grouped.values()].map((g) => ({ ...g, items: g.items.sort((a, b) => a - b) }));
    return { id: d.id, title: d.title, explains: d.explains, severity: d.severity, status: list.length ? 'fail' : 'pass', findings: list };
  });
}

function reviewDocument(spec: Spec, engine: string, results: Record<string, Row[]>): ReviewDocument {
  const metadata = results.metadata ?? [];
  const checks = checkResults(REVIEW_CHECKS, results.findings ?? []);
  const fields: FieldReview[] = spec.fields.map((f) => {
    const own = metadata.filter((r) => r.field === f.name && r.kind === f.kind);
    const items: PublishedItem[] = own
      .filter((r) => r.stat === 'null' || r.stat === 'value' || r.stat === 'bin')
      .sort((a, b) => Number(a.item) - Number(b.item))
      .map((r) => ({ item: Number(r.item), label: itemLabel(r), stat: r.stat as PublishedItem['stat'], value: r.value === null ? null : String(r.value), lo: num(r.lo), hi: num(r.hi), rows: Number(r.n_rows), entities: num(r.n_entities) }));
    const lost = own.find((r) => r.stat === 'suppressed');
    const suppressed = lost ? (JSON.parse(String(lost.value)) as { items: number; rows: string }) : { items: 0, rows: 'none' };
    const disagree = own.find((r) => r.stat === 'disagree');
    const stable = f.stable ? `Stable per entity: ${disagree ? `${Number(disagree.n_rows)} rows differ from their entity's most common value (${num(disagree.n_entities) ?? 0} entities)` : 'no disagreement passed suppression, so each entity keeps one value'}.` : '';
    const description = [f.description, stable].filter(Boolean).join(' ');
    return {
      ordinal: f.ordinal,
      field: f.name,
      kind: f.kind,
      type: f.type,
      ...(description ? { description } : {}),
      policy: { threshold: f.policy.threshold, roundTo: f.policy.roundTo },
      items,
      suppressed,
      failed: checks.filter((c) => c.findings.some((x) => x.field === f.name)).map((c) => c.id),
    };
  });
  // Rows per entity are published too (the entity's own counts): shown like a field, weighted by entities.
  const perEntity = metadata.filter((r) => r.stat === 'cardinality').sort((a, b) => (num(a.lo) ?? Number(a.value)) - (num(b.lo) ?? Number(b.value)));
  if (perEntity.length) {
    const pool = metadata.find((r) => r.stat === 'pool');
    fields.unshift({
      ordinal: 0,
      field: `rows per entity (${spec.entity})`,
      kind: 'entity',
      type: 'bigint',
      description: `Entities by their number of rows, exact where enough share a count, else in power-of-two bands.${pool ? ` The dataset's tables share a pool of ${Number(pool.n_entities)} entities; 0 rows: entities of the pool this table lacks.` : ''}`,
      policy: { threshold: spec.policy.threshold, roundTo: spec.policy.roundTo },
      items: perEntity.map((r, i) => ({ item: i, label: r.value === null ? `[${num(r.lo)}, ${num(r.hi)}) rows` : `${r.value} rows`, stat: r.value === null ? 'bin' : 'value', value: r.value === null ? null : String(r.value), lo: num(r.lo), hi: num(r.hi), rows: Number(r.n_entities), entities: num(r.n_entities) })),
      suppressed: { items: 0, rows: 'see the scrape summary' },
      failed: [],
    });
  }
  const rows = metadata.find((r) => r.stat === 'rows');
  const metadataHash = String(results.metadata_hash?.[0]?.metadata_hash ?? '');
  const blocking = checks.filter((c) => c.severity === 'blocking' && c.status === 'fail').length;
  const d = spec.policy;
  const tableFlag = spec.table ? ` --table ${spec.table}` : '';
  return {
    tool: 'adg',
    toolVersion: TOOL_VERSION,
    document: 'review',
    dataset: spec.dataset,
    specFile: spec.file,
    specHash: spec.hash,
    ...(spec.description ? { description: spec.description } : {}),
    engine,
    metadataHash,
    reviewedAt: new Date().toISOString(),
    release: spec.release,
    policy: { threshold: d.threshold, roundTo: d.roundTo, count: d.count, ...(d.preset ? { preset: d.preset } : {}), ...(d.overrideReason ? { overrideReason: d.overrideReason } : {}) },
    summary: {
      blocking,
      warnings: checks.filter((c) => c.severity === 'warning' && c.status === 'fail').length,
      fields: fields.length,
      itemsPublished: fields.reduce((a, f) => a + f.items.length, 0),
      itemsSuppressed: fields.reduce((a, f) => a + f.suppressed.items, 0),
      publishedRows: rows ? Number(rows.n_rows) : null,
    },
    checks,
    fields,
    diff: releaseDiff(results),
    checklist: [
      'Every blocking check passes, and each warning has been read and judged acceptable (or the spec changed and the data scraped again).',
      'No field publishes an identifier, a free-text value or a value that points at a person, place or event.',
      'The suppression policy is the one agreed for this data (threshold, rounding, what is counted).',
      'The tails of ordered fields do not single out the few records at the extremes.',
      'Against the last release, no count moved by an amount that points at the records that changed.',
      'The metadata hash on this page is the one being released.',
    ],
    nextSteps:
      blocking > 0
        ? [`# resolve the blocking findings (exclude or coarsen fields in ${spec.file}), then`, `adg scrape ${spec.file}${tableFlag}`, `adg review ${spec.file}${tableFlag}`]
        : [`release ${spec.file}${tableFlag} --hash ${metadataHash} --reviewer "<your name>" --approver "<senior approver>"`, `generate ${spec.file}${tableFlag}`, `qa ${spec.file}${tableFlag}`, `export ${spec.file}${tableFlag}`].map((c) => `adg ${c}`),
  };
}

function releaseDiff(results: Record<string, Row[]>): ReleaseDiff | null {
  const previous = results.previous_release?.[0];
  if (!previous) return null;
  const byField = new Map<string, { field: string; appeared: string[]; vanished: string[]; moved: { label: string; before: number; after: number }[] }>();
  for (const r of results.diff ?? []) {
    const field = String(r.field) || '(dataset)';
    const entry = byField.get(field) ?? { field, appeared: [], vanished: [], moved: [] };
    const label =
      r.stat === 'rows'
        ? 'source rows'
        : r.stat === 'cardinality'
          ? `entities with ${r.value ?? `${num(r.lo)} to ${Number(num(r.hi)) - 1}`} rows`
          : r.stat === 'pool'
            ? 'entities in the pool'
            : r.stat === 'disagree'
              ? 'rows differing from their entity\'s value'
              : itemLabel(r);
    if (r.change === 'appeared') entry.appeared.push(label);
    else if (r.change === 'vanished') entry.vanished.push(label);
    else entry.moved.push({ label, before: Number(r.before), after: Number(r.after) });
    byField.set(field, entry);
  }
  return { previousHash: String(previous.metadata_hash), releasedAt: String(previous.released_at), fields: [...byField.values()] };
}
