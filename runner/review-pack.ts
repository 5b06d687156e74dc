// The review pack: what a reviewer reads before signing off a release. report.html (one self-contained
// page: inline CSS and SVG, no script, no network), REVIEW.md (a summary to paste in a pull request),
// review.json and qa.json (the documents themselves) and metadata.sha256. Pure: it returns the contents
// and the caller writes them. Both reports are rendered from the documents alone, so they hold nothing
// that is not published metadata or artificial data. HTML escaping is Handlebars' own ({{ }}, never
// {{{ }}}); the Markdown is escaped value by value, since names, labels and details are free text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { commentText } from '../compiler/print.js';
import { PACKAGE_ROOT } from '../compiler/version.js';
import { markdownText as md } from './export-readme.js';
import { comparisonChart, distributionChart } from './review-charts.js';
import type { CheckResult, Finding, QaDocument, ReviewDocument } from './review-document.js';
import { count, percent, pValue, statistic } from './review-format.js';

export interface ReviewPack {
  readonly 'report.html': string;
  readonly 'REVIEW.md': string;
  readonly 'review.json': string;
  readonly 'metadata.sha256': string;
  readonly 'qa.json'?: string;
}

/** Item numbers a finding lists before it says how many more there are (review.json has them all). */
const LISTED_ITEMS = 12;
/** Labels a diff lists per field and kind of change before it says how many more. */
const LISTED_CHANGES = 30;

let reportTemplate: Handlebars.TemplateDelegate | undefined;
let summaryTemplate: Handlebars.TemplateDelegate | undefined;

const template = (name: string, noEscape: boolean) =>
  Handlebars.compile(readFileSync(join(PACKAGE_ROOT, 'templates', name), 'utf8'), { noEscape, strict: true });

export function renderReviewPack(doc: ReviewDocument, qa: QaDocument | undefined): ReviewPack {
  // A QA of other metadata would put its measurements beside the wrong review.
  if (qa && (qa.dataset !== doc.dataset || qa.metadataHash !== doc.metadataHash)) {
    throw new Error(`the QA is of ${qa.dataset} metadata ${qa.metadataHash}, the review of ${doc.dataset} metadata ${doc.metadataHash}: run adg qa again`);
  }
  reportTemplate ??= template('review-report.html.hbs', false);
  summaryTemplate ??= template('review-summary.md.hbs', true);
  const pack: ReviewPack = {
    'report.html': reportTemplate(reportContext(doc, qa)),
    'REVIEW.md': summaryTemplate(summaryContext(doc, qa)),
    'review.json': json(doc),
    'metadata.sha256': `${doc.metadataHash}  ${doc.dataset}_metadata\n`,
  };
  return qa ? { ...pack, 'qa.json': json(qa) } : pack;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** The banner: a review refuses release while a blocking check fails; a QA only reports it. */
function verdict({ blocking, warnings }: { blocking: number; warnings: number }, refusesRelease: boolean) {
  const fails = plural(blocking, 'blocking check fails', 'blocking checks fail');
  return {
    blocked: blocking > 0,
    text: blocking === 0 ? 'No blocking check fails' : refusesRelease ? `${fails}: release is refused until ${blocking === 1 ? 'it is' : 'they are'} resolved` : fails,
    warnings: warnings ? `${plural(warnings, 'warning', 'warnings')} to read` : 'No warnings',
  };
}

function releaseText(doc: ReviewDocument): string {
  return doc.release === 'auto'
    ? 'automatic: the spec declares the source non-sensitive, so adg releases this metadata automatically after a clean review (no blocking check fails), without a sign-off.'
    : 'manual: nothing is released until a reviewer has read this report, ticked the checklist and run adg release with the metadata hash.';
}

function policySentence(doc: ReviewDocument): string {
  const { threshold, roundTo, count: counted } = doc.policy;
  const of = counted === 'entities' ? 'distinct people (entities)' : 'rows';
  return `Counts below ${count(threshold)} were dropped, the rest rounded to the nearest ${count(roundTo)}; every count is of ${of}.`;
}

/** Each field's anchor in the report and the published labels of its items, by field name. */
interface FieldIndex {
  readonly anchors: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, ReadonlyMap<number, string>>;
}

function fieldIndex(doc: ReviewDocument): FieldIndex {
  return {
    anchors: new Map(doc.fields.map((f) => [f.field, `field-${f.ordinal}`])),
    labels: new Map(doc.fields.map((f) => [f.field, new Map(f.items.map((i) => [i.item, i.label]))])),
  };
}

/** Item numbers with their published labels, cut to LISTED_ITEMS. */
function itemsText(finding: Finding, { labels }: FieldIndex): string {
  const known = finding.field === null ? undefined : labels.get(finding.field);
  const shown = finding.items.slice(0, LISTED_ITEMS).map((i) => (known?.has(i) ? `${i} (${known.get(i)})` : String(i)));
  const more = finding.items.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? `, and ${count(more)} more` : ''}`;
}

function checkRows(checks: readonly CheckResult[], prefix: string, index: FieldIndex) {
  return checks.map((c, i) => ({
    anchor: `${prefix}-${i}`,
    id: c.id,
    title: c.title,
    explains: c.explains,
    severity: c.severity,
    failed: c.status === 'fail',
    findings: c.findings.map((f) => ({
      field: f.field ?? '',
      anchor: f.field === null ? '' : (index.anchors.get(f.field) ?? ''),
      items: itemsText(f, index),
      detail: f.detail,
    })),
  }));
}

function listed(labels: readonly string[]) {
  return { shown: labels.slice(0, LISTED_CHANGES), more: labels.length > LISTED_CHANGES ? count(labels.length - LISTED_CHANGES) : '' };
}

function reportContext(doc: ReviewDocument, qa: QaDocument | undefined) {
  const index = fieldIndex(doc);
  const checks = checkRows(doc.checks, 'check', index);
  const checkRef = (id: string) => {
    const c = checks.find((r) => r.id === id);
    return { title: c?.title ?? id, anchor: c?.anchor ?? '' };
  };
  return {
    dataset: doc.dataset,
    description: doc.description ?? '',
    specFile: doc.specFile,
    specHash: doc.specHash,
    engine: doc.engine,
    reviewedAt: doc.reviewedAt,
    toolVersion: doc.toolVersion,
    metadataHash: doc.metadataHash,
    release: { auto: doc.release === 'auto', text: releaseText(doc) },
    verdict: verdict(doc.summary, true),
    policy: { sentence: policySentence(doc), preset: doc.policy.preset ?? '', overrideReason: doc.policy.overrideReason ?? '' },
    summary: {
      fields: count(doc.summary.fields),
      itemsPublished: count(doc.summary.itemsPublished),
      itemsSuppressed: count(doc.summary.itemsSuppressed),
      publishedRows: doc.summary.publishedRows === null ? 'suppressed' : count(doc.summary.publishedRows),
    },
    checks,
    fields: doc.fields.map((f) => ({
      anchor: index.anchors.get(f.field)!,
      field: f.field,
      kind: f.kind,
      type: f.type,
      description: f.description ?? '',
      threshold: count(f.policy.threshold),
      roundTo: count(f.policy.roundTo),
      published: count(f.items.length),
      rows: count(f.items.reduce((sum, i) => sum + i.rows, 0)),
      suppressedItems: count(f.suppressed.items),
      suppressedRows: f.suppressed.rows,
      failed: f.failed.map(checkRef),
      hasNull: f.items.some((i) => i.stat === 'null'),
      chart: distributionChart(f.items),
    })),
    diff: doc.diff && {
      previousHash: doc.diff.previousHash,
      releasedAt: doc.diff.releasedAt,
      fields: doc.diff.fields.map((f) => ({
        field: f.field,
        anchor: index.anchors.get(f.field) ?? '',
        appeared: listed(f.appeared),
        vanished: listed(f.vanished),
        moved: listed(f.moved.map((m) => `${m.label}: ${count(m.before)} → ${count(m.after)}`)),
      })),
    },
    checklist: doc.checklist,
    nextSteps: doc.nextSteps,
    qa: qa ? qaContext(qa, doc, index) : null,
  };
}

function qaContext(qa: QaDocument, doc: ReviewDocument, index: FieldIndex) {
  const published = new Map(doc.fields.map((f) => [f.field, f.items.length]));
  return {
    qaAt: qa.qaAt,
    generatedAt: qa.generatedAt,
    engine: qa.engine,
    expected: count(qa.rows.expected),
    generated: count(qa.rows.generated),
    rowsMatch: qa.rows.expected === qa.rows.generated,
    verdict: verdict(qa.summary, false),
    checks: checkRows(qa.checks, 'qa-check', index),
    fields: qa.fields.map((f, i) => {
      const total = published.get(f.field) ?? 0;
      return {
        anchor: `qa-field-${i}`,
        field: f.field,
        kind: f.kind,
        rows: count(f.rows),
        tvd: f.tvd.toFixed(3),
        chiSquare: statistic(f.chiSquare),
        degreesOfFreedom: count(f.degreesOfFreedom),
        pValue: pValue(f.pValue),
        nullReleased: percent(f.nullShare.released),
        nullGenerated: percent(f.nullShare.generated),
        outsideRelease: count(f.outsideRelease),
        // The QA lists at most its report limit of items.
        shown: f.items.length < total ? `the first ${count(f.items.length)} of ${count(total)} items` : '',
        chart: comparisonChart(f.items),
      };
    }),
  };
}

/** A fenced code block that no backtick run in its lines can close; each line kept on its own line. */
function codeBlock(lines: readonly string[]): string {
  const text = lines.map(commentText);
  const longest = text.reduce((a, l) => Math.max(a, ...(l.match(/`+/g) ?? []).map((run) => run.length)), 0);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}sh`, ...text, fence].join('\n');
}

function summaryContext(doc: ReviewDocument, qa: QaDocument | undefined) {
  const index = fieldIndex(doc);
  const v = verdict(doc.summary, true);
  return {
    dataset: md(doc.dataset),
    specFile: md(doc.specFile),
    specHash: doc.specHash,
    engine: md(doc.engine),
    reviewedAt: md(doc.reviewedAt),
    toolVersion: md(doc.toolVersion),
    metadataHash: doc.metadataHash,
    release: releaseText(doc),
    verdict: { ...v, text: md(v.text) },
    policy: md(policySentence(doc)),
    overrideReason: md(doc.policy.overrideReason ?? ''),
    checks: doc.checks.map((c) => ({ id: md(c.id), title: md(c.title), severity: c.severity, status: c.status, findings: count(c.findings.length) })),
    blocking: doc.checks
      .filter((c) => c.severity === 'blocking' && c.status === 'fail')
      .flatMap((c) => c.findings.map((f) => ({ check: md(c.title), field: md(f.field ?? ''), items: md(itemsText(f, index)), detail: md(f.detail) }))),
    qa: qa
      ? {
          expected: count(qa.rows.expected),
          generated: count(qa.rows.generated),
          verdict: verdict(qa.summary, false),
          fields: qa.fields.map((f) => ({
            field: md(f.field),
            tvd: f.tvd.toFixed(3),
            chiSquare: statistic(f.chiSquare),
            degreesOfFreedom: count(f.degreesOfFreedom),
            pValue: pValue(f.pValue),
            nulls: `${percent(f.nullShare.released)} / ${percent(f.nullShare.generated)}`,
          })),
        }
      : null,
    nextSteps: codeBlock(doc.nextSteps),
  };
}
