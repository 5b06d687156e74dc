// The benchmark's output: a table for people, or one JSON document for tools.
import type { MachineInfo } from './environment.js';
import type { WorkloadResult } from './measure.js';

export interface Report {
  readonly machine: MachineInfo;
  /** Commit measured (see codeVersion). */
  readonly code: string;
  /** 1-minute load average before and after the run. */
  readonly loadAverage: readonly [number, number];
  readonly repeat: number;
  readonly syntheticRows: number;
  readonly totalSeconds: number;
  readonly results: readonly WorkloadResult[];
  /** Workloads this machine could not run, with why (an engine that is not set up). */
  readonly skipped: readonly string[];
}

const fixed = (x: number, digits: number) => x.toFixed(digits);
const grouped = (x: number | null) => (x === null ? '-' : Math.round(x).toLocaleString('en-US'));

export function reportTable(report: Report): string {
  const header = ['workload', 'rows', 'adg s', 'floor s', 'ratio', 'target', '', 'peak MB adg / floor', 'floor'];
  const body = report.results.map((r) => [
    r.workload,
    grouped(r.rows),
    fixed(r.adg.medianSeconds, 2),
    fixed(r.floor.medianSeconds, 2),
    fixed(r.ratio, 2),
    [r.target !== undefined ? `<= ${r.target}` : '', r.memoryTargetMiB !== undefined ? `<= ${r.memoryTargetMiB} MB` : ''].filter(Boolean).join(', ') || '-',
    r.target === undefined && r.memoryTargetMiB === undefined ? '' : r.passed ? 'ok' : 'MISSED',
    `${fixed(r.adg.peakRssMiB, 0)} / ${fixed(r.floor.peakRssMiB, 0)}`,
    r.floorIs,
  ]);
  const rows = [header, ...body];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  // Names and markers read left to right; numbers line up on the right.
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 || i === 6 || i === 8 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  const m = report.machine;
  const out = [
    `adg benchmark: medians of ${report.repeat} runs each, ratio = adg / floor measured in the same run`,
    `${m.cpus} x ${m.cpuModel}, ${fixed(m.memoryGiB, 0)} GiB, ${m.platform}, node ${m.node}, DuckDB ${m.duckdb}; code ${report.code}`,
    `load average ${fixed(report.loadAverage[0], 2)} before, ${fixed(report.loadAverage[1], 2)} after (the benchmark alone holds it near ${m.cpus}; more means other work competed)`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...body.map(line),
  ];
  const notes = report.results.flatMap((r) => [
    `${r.workload}: adg runs ${r.adg.runs.map((s) => fixed(s, 2)).join(' ')} s; floor runs ${r.floor.runs.map((s) => fixed(s, 2)).join(' ')} s`,
    ...r.notes.map((n) => `${r.workload}: ${n}`),
  ]);
  const missed = report.results.filter((r) => !r.passed);
  const judged = report.results.filter((r) => r.target !== undefined || r.memoryTargetMiB !== undefined);
  out.push('', ...notes, '');
  out.push(
    missed.length
      ? `MISSED ${missed.length} of ${judged.length} targets: ${missed.map((r) => `${r.workload} (ratio ${fixed(r.ratio, 2)}, peak ${fixed(r.adg.peakRssMiB, 0)} MB)`).join(', ')}`
      : `all ${judged.length} targets met`,
  );
  for (const s of report.skipped) out.push(`skipped ${s}`);
  out.push(`total ${fixed(report.totalSeconds, 0)} s`);
  return out.join('\n');
}

export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
