// How the CLI talks: live progress on a terminal, one plain line per step when piped, nothing but a
// JSON document with --json. Summaries use the same words in every mode.
import { relative } from 'node:path';
import type { ExportResult, GenerateResult, Reporter, ScrapeResult, StageResult } from '../runner/pipeline.js';

export type OutputMode = 'tty' | 'plain' | 'json';

export function outputMode(json: boolean, stream: NodeJS.WriteStream = process.stderr): OutputMode {
  if (json) return 'json';
  return stream.isTTY && !process.env.CI ? 'tty' : 'plain';
}

const n = (x: number) => x.toLocaleString('en-US');
const secs = (s: number) => `${s.toFixed(2)} s`;
const shown = (p: string) => relative(process.cwd(), p) || '.';
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

export function makeReporter(mode: OutputMode, err: NodeJS.WriteStream = process.stderr): Reporter {
  if (mode === 'json') return { stageStarted() {}, sectionStarted() {}, sectionFinished() {}, warn() {} };
  if (mode === 'plain') {
    return {
      stageStarted: (stage, from, to) => err.write(`${stage}: ${shown(from)} -> ${shown(to)}\n`),
      sectionStarted() {},
      sectionFinished: (stage, i, total, title, s) => err.write(`${stage} [${i}/${total}] ${s.toFixed(3)} s  ${title}\n`),
      warn: (message) => err.write(`warning: ${message}\n`),
    };
  }
  // One status line, rewritten in place: the step running now and how far the stage has come.
  const status = (text: string) => err.write(`\x1b[2K\r${text.slice(0, Math.max(40, (err.columns || 100) - 1))}`);
  return {
    stageStarted: (stage, from, to) => err.write(`\x1b[2K\r${stage.padEnd(9)}${shown(from)} -> ${shown(to)}\n`),
    sectionStarted: (_stage, i, total, title) => status(`  [${'#'.repeat(Math.round(((i - 1) / total) * 20)).padEnd(20, '.')}] ${i}/${total} ${title}`),
    sectionFinished: (_stage, i, total) => {
      if (i === total) err.write('\x1b[2K\r');
    },
    warn: (message) => err.write(`\x1b[2K\r\x1b[33mwarning:\x1b[0m ${message}\n`),
  };
}

/** The line printed when a stage is done. */
export function stageLine(result: StageResult): string {
  const head = `${result.stage.padEnd(9)}${secs(result.seconds).padStart(8)}  `;
  switch (result.stage) {
    case 'scrape':
      return head + scrapeLine(result);
    case 'generate':
      return head + generateLine(result);
    case 'export':
      return head + exportLine(result);
  }
}

function scrapeLine(r: ScrapeResult): string {
  const rows = r.publishedRows === null ? 'source rows suppressed' : `${n(r.publishedRows)} source rows (published, rounded)`;
  return `${rows}, ${r.fields.length} fields, ${n(r.valuesPublished)} values published, ${n(r.valuesSuppressed)} suppressed -> ${shown(r.metadataDb)}`;
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
  const lines = r.fields.map(
    (f) => `  ${f.field.padEnd(width)}  ${f.kind.padEnd(11)}  ${String(f.published).padStart(7)} published  ${String(f.suppressed).padStart(7)} suppressed`,
  );
  return lines.join('\n');
}

export function totalLine(results: readonly StageResult[]): string {
  const total = results.reduce((a, r) => a + r.seconds, 0);
  return `${'total'.padEnd(9)}${secs(total).padStart(8)}`;
}

