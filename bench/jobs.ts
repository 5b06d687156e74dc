// One measurement = one job = one child process, so each reports its own peak memory and none
// inherits a warm DuckDB buffer pool or a bloated heap from the one before.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { FrequencyScan } from '../dialects/dialect.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import { PACKAGE_ROOT } from '../compiler/version.js';

export type Job =
  /** Plain SQL on a fresh database file (the floors, and building sources); setup runs untimed first. */
  | { readonly kind: 'sql'; readonly db: string; readonly statements: readonly string[]; readonly setup?: readonly string[]; readonly describe?: string; readonly read?: string }
  /** adg's scrape stage through the pipeline. */
  | { readonly kind: 'scrape'; readonly specFile: string; readonly paths: StagePaths }
  /** adg's scrape program compiled with a chosen frequency plan, executed statement by statement. */
  | { readonly kind: 'scrape-program'; readonly specFile: string; readonly paths: StagePaths; readonly frequencyScan: FrequencyScan }
  /** adg's generate stage through the pipeline (reads the released metadata of `paths.releasedDb`). */
  | { readonly kind: 'generate'; readonly specFile: string; readonly paths: StagePaths }
  /** Untimed preparation: review the scraped metadata (pack into `paths.exportDir`/review) and release it to `paths.releasedDb`. */
  | { readonly kind: 'release'; readonly specFile: string; readonly paths: StagePaths }
  /**
   * On a warehouse engine (bench/warehouse.ts): load the spec's source file (untimed), a stage, review
   * and release (untimed preparation; the review pack goes to `exportDir`), or plain SQL after untimed setup.
   */
  | {
      readonly kind: 'warehouse';
      readonly engine: 'postgres' | 'spark';
      readonly settings: Record<string, unknown>;
      readonly specFile: string;
      readonly action: 'load' | 'scrape' | 'release' | 'generate' | 'sql';
      /** A writable directory for the review pack (action 'release'). */
      readonly exportDir?: string;
      readonly setup?: readonly string[];
      readonly statements?: readonly string[];
      readonly read?: string;
    };

export interface JobResult {
  readonly seconds: number;
  /** Peak resident set of the child process, KiB. */
  readonly maxRssKiB: number;
  /** Rows the stage reports (source rows for a scrape, generated rows for a generate). */
  readonly rows?: number;
  /** Column types of the table written, to check a floor writes what adg writes. */
  readonly columnTypes?: readonly string[];
  /** Rows of the job's read query (setup jobs), untimed. */
  readonly read?: readonly Record<string, string | number | boolean | null>[];
}

const WORKER = join(PACKAGE_ROOT, 'bench', 'worker.ts');

/** Runs a job in a fresh Node process; its last stdout line is the JSON result. */
export function runJob(job: Job): JobResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(job)], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`bench worker (${job.kind}) exited with ${child.status ?? child.signal}`);
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as JobResult;
}
