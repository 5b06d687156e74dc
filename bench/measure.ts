// Repeated, interleaved measurements of one workload: adg and its floor take turns, each run in a fresh
// child process and a fresh directory, so drift on a noisy machine hits both sides alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runJob, type JobResult } from './jobs.js';
import type { PreparedWorkload, Workload, WorkloadContext } from './workloads.js';

export interface SideResult {
  readonly runs: readonly number[];
  readonly medianSeconds: number;
  /** Largest peak RSS over the runs, MiB. */
  readonly peakRssMiB: number;
}

export interface WorkloadResult {
  readonly workload: string;
  /** What the floor is. */
  readonly floorIs: string;
  readonly rows: number | null;
  readonly target?: number;
  readonly memoryTargetMiB?: number;
  readonly adg: SideResult;
  readonly floor: SideResult;
  /** adg / (floor x floorScale). */
  readonly ratio: number;
  /** Whether every target of the workload was met (a comparison without targets passes). */
  readonly passed: boolean;
  readonly adgRowsPerSecond: number | null;
  readonly notes: readonly string[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function side(results: readonly JobResult[]): SideResult {
  const runs = results.map((r) => r.seconds);
  return { runs, medianSeconds: median(runs), peakRssMiB: Math.max(...results.map((r) => r.maxRssKiB)) / 1024 };
}

type Side = 'adg' | 'floor';

function measureOnce(prepared: PreparedWorkload, which: Side, ctx: WorkloadContext, name: string, round: number): JobResult {
  const dir = mkdtempSync(join(ctx.scratch, `${name}-${which}-`));
  try {
    const result = runJob(prepared[which](dir));
    ctx.log(`${name}: ${which} run ${round}: ${result.seconds.toFixed(2)} s, ${(result.maxRssKiB / 1024).toFixed(0)} MB peak`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function measureWorkload(workload: Workload, repeat: number, ctx: WorkloadContext): WorkloadResult {
  const prepared = workload.prepare(ctx);
  const results: Record<Side, JobResult[]> = { adg: [], floor: [] };
  for (let round = 1; round <= repeat; round++) {
    // Alternate who goes first (ABBA...), so neither side always gets the colder caches.
    const order: Side[] = round % 2 ? ['adg', 'floor'] : ['floor', 'adg'];
    for (const which of order) results[which].push(measureOnce(prepared, which, ctx, workload.name, round));
  }
  const adg = side(results.adg);
  const floor = side(results.floor);
  const ratio = adg.medianSeconds / (floor.medianSeconds * (prepared.floorScale ?? 1));
  const rows = results.adg[0]?.rows ?? null;
  const timeMet = workload.target === undefined || ratio <= workload.target;
  const memoryMet = workload.memoryTargetMiB === undefined || adg.peakRssMiB <= workload.memoryTargetMiB;
  return {
    workload: workload.name,
    floorIs: workload.floor,
    rows,
    ...(workload.target !== undefined ? { target: workload.target } : {}),
    ...(workload.memoryTargetMiB !== undefined ? { memoryTargetMiB: workload.memoryTargetMiB } : {}),
    adg,
    floor,
    ratio,
    passed: timeMet && memoryMet,
    adgRowsPerSecond: rows === null ? null : rows / adg.medianSeconds,
    notes: [...prepared.notes, ...(prepared.sameColumns ? typeMismatch(results.adg[0], results.floor[0]) : [])],
  };
}

/** A generate floor must write the same column types as adg, or it measures different work. */
function typeMismatch(adg: JobResult | undefined, floor: JobResult | undefined): string[] {
  const a = adg?.columnTypes?.join(', ');
  const f = floor?.columnTypes?.join(', ');
  return a && f && a !== f ? [`column types differ: adg (${a}) vs floor (${f})`] : [];
}
