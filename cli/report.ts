// How the CLI talks: live progress on a terminal, one plain line per step when piped, only warnings
// with --quiet, nothing but a JSON document with --json. Summaries use the same words in every mode.
import { relative } from 'node:path';
import type { ExportResult, GenerateResult, Reporter, ScrapeResult } from '../runner/pipeline.js';
import type { QaResult } from '../runner/qa.js';
import type { ReleaseResult } from '../runner/release.js';
import type { ReviewResult } from '../runner/review.js';
import type { RunStageResult } from '../runner/run.js';

export type OutputMode = 'tty' | 'plain' | 'quiet' | 'json';

/** What a reporter writes to: stderr, or a fake terminal in tests. */
export type ReportStream = Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'>;

/** A reporter the CLI stops when a command ends, however it ends. */
export interface CliReporter extends Reporter {
  /** Stops the clock and clears the status line. */
  stop(): void;
}

export function outputMode(flags: { json?: boolean; quiet?: boolean }, stream: ReportStream = process.stderr): OutputMode {
  if (flags.json) return 'json';
  if (flags.quiet) return 'quiet';
  return stream.isTTY && !process.env.CI ? 'tty' : 'plain';
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function colorWanted(stream: ReportStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  return !!stream.isTTY && !env.NO_COLOR;
}

const n = (x: number) => x.toLocaleString('en-US');
const secs = (s: number) => `${s.toFixed(2)} s`;
const shown = (p: string) => relative(process.cwd(), p) || '.';
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
const noop = () => {};

export function makeReporter(mode: OutputMode, err: ReportStream = process.stderr, color = colorWanted(err)): CliReporter {
  const warning = color ? '\x1b[33mwarning:\x1b[0m' : 'warning:';
  if (mode === 'json') return { stageStarted: noop, sectionStarted: noop, sectionFinished: noop, warn: noop, stop: noop };
  if (mode === 'quiet') return { stageStarted: noop, sectionStarted: noop, sectionFinished: noop, warn: (message) => err.write(`${warning} ${message}\n`), stop: noop };
  if (mode === 'plain') {
    return {
      stageStarted: (stage, from, to) => err.write(`${stage}: ${shown(from)} -> ${shown(to)}\n`),
      sectionStarted: noop,
      sectionFinished: (stage, i, total, title, s) => err.write(`${stage} [${i}/${total}] ${s.toFixed(3)} s  ${title}\n`),
      warn: (message) => err.write(`${warning} ${message}\n`),
      stop: noop,
    };
  }
  return liveReporter(err, warning);
}

/** Elapsed time on the status line: tenths of a second, then minutes. */
const clock = (ms: number) => {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${String(Math.floor(s % 60)).padStart(2, '0')} s`;
};

/** How often the clock on the status line moves while a step runs. */
export const TICK_MS = 500;

/**
 * One status line, rewritten in place: the step running now, how far the stage has come, and how long
 * the step and the stage have taken so far, ticking while a long step runs. The line is overwritten
 * with a carriage return and spaces, so a terminal gets no escape sequence but the warning colour.
 */
function liveReporter(err: ReportStream, warning: string): CliReporter {
  let onScreen = 0;
  let stageStarted = Date.now();
  let step: { label: string; title: string; started: number } | undefined;
  let timer: NodeJS.Timeout | undefined;

  const show = (text: string) => {
    const line = text.slice(0, Math.max(40, (err.columns || 100) - 1));
    err.write(`\r${line.padEnd(onScreen)}`);
    onScreen = line.length;
  };
  const clear = () => {
    if (onScreen) err.write(`\r${' '.repeat(onScreen)}\r`);
    onScreen = 0;
  };
  const draw = () => {
    if (step) show(`${step.label}  ${clock(Date.now() - step.started)} (stage ${clock(Date.now() - stageStarted)})  ${step.title}`);
  };
  const stopClock = () => {
    if (timer) clearInterval(timer);
    timer = undefined;
    step = undefined;
  };

  return {
    stageStarted: (stage, from, to) => {
      clear();
      err.write(`${stage.padEnd(9)}${shown(from)} -> ${shown(to)}\n`);
      stageStarted = Date.now();
    },
    sectionStarted: (_stage, i, total, title) => {
      step = { label: `  [${'#'.repeat(Math.round(((i - 1) / total) * 20)).padEnd(20, '.')}] ${i}/${total}`, title, started: Date.now() };
      draw();
      // unref: a forgotten clock must never keep the process alive.
      timer ??= setInterval(draw, TICK_MS).unref();
    },
    sectionFinished: (_stage, i, total) => {
      stopClock();
      if (i === total) clear();
    },
    warn: (message) => {
      clear();
      err.write(`${warning} ${message}\n`);
      draw();
    },
    stop: () => {
      stopClock();
      clear();
    },
  };
}

/** The line printed when a stage is done. */
export function stageLine(result: RunStageResult): string {
  const head = `${result.stage.padEnd(9)}${secs(result.seconds).padStart(8)}  `;
  switch (result.stage) {
    case 'scrape':
      return head + scrapeLine(result);
    case 'review':
      return head + reviewLine(result);
    case 'release':
      return head + releaseLine(result);
    case 'generate':
      return head + generateLine(result);
    case 'qa':
      return head + qaLine(result);
    case 'export':
      return head + exportLine(result);
  }
}

function failedChecks(failed: ReviewResult['failed']): string {
  return failed.map((f) => `\n${' '.repeat(19)}${f.severity === 'blocking' ? 'BLOCKING' : 'warning '} ${f.check}: ${f.fields.join(', ')}`).join('');
}

function reviewLine(r: ReviewResult): string {
  const verdict = r.blocking ? `${r.blocking} blocking check(s) FAIL` : 'no blocking check fails';
  return `${verdict}, ${r.warnings} warning(s); metadata hash ${r.metadataHash} -> ${shown(r.reviewDir)}/report.html${failedChecks(r.failed)}`;
}

/** What to run after a review. */
export function reviewNext(r: ReviewResult): string {
  return `next:\n${r.nextSteps.map((c) => `  ${c}`).join('\n')}`;
}

function releaseLine(r: ReleaseResult): string {
  if (r.unchanged) return `${r.metadataHash.slice(0, 16)}... is already the latest release in ${shown(r.releasedTo)}: nothing changed`;
  return `released ${r.metadataHash.slice(0, 16)}... (reviewer ${r.reviewer}, approver ${r.approver}) -> ${shown(r.releasedTo)}`;
}

function qaLine(r: QaResult): string {
  const verdict = r.blocking ? `${r.blocking} blocking check(s) FAIL: export will refuse this output` : 'all blocking checks pass';
  return `${n(r.rows.generated)} rows checked, ${verdict}${r.report ? ` -> ${shown(r.report)}/report.html` : ''}${failedChecks(r.failed)}`;
}

function scrapeLine(r: ScrapeResult): string {
  const rows = r.publishedRows === null ? 'source rows suppressed' : `${n(r.publishedRows)} source rows (published, rounded)`;
  const line = `${rows}, ${r.fields.length} fields, ${n(r.valuesPublished)} values published, ${n(r.valuesSuppressed)} suppressed -> ${shown(r.metadataDb)}`;
  // Identifiers stay in the summary (not only among the warnings above it), so `run` cannot bury them.
  const identifiers = r.identifiers.map((i) => `\n${' '.repeat(19)}LOOKS LIKE AN IDENTIFIER: "${i.field}" (${i.reason})`);
  return line + identifiers.join('');
}

function generateLine(r: GenerateResult): string {
  const rate = r.seconds > 0 ? `, ${n(Math.round(r.rows / r.seconds))} rows/s` : '';
  return `${n(r.rows)} rows x ${r.fields.length} fields${rate} -> ${shown(r.outputDb)}`;
}

function exportLine(r: ExportResult): string {
  return r.files.map((f) => `${shown(f.path)} (${size(f.bytes)})`).join(', ');
}

/** Per-field detail after a scrape (plain and tty modes). */
export function scrapeFieldTable(r: ScrapeResult): string {
  const width = Math.max(5, ...r.fields.map((f) => f.field.length));
  const identifiers = new Set(r.identifiers.map((i) => i.field));
  const lines = r.fields.map(
    (f) =>
      `  ${f.field.padEnd(width)}  ${f.kind.padEnd(11)}  ${String(f.published).padStart(7)} published  ${String(f.suppressed).padStart(7)} suppressed  (rows lost: ${f.suppressedRows})${identifiers.has(f.field) ? '  looks like an identifier' : ''}`,
  );
  return lines.join('\n');
}

export function totalLine(results: readonly RunStageResult[]): string {
  const total = results.reduce((a, r) => a + r.seconds, 0);
  return `${'total'.padEnd(9)}${secs(total).padStart(8)}`;
}

