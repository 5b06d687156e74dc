// What the numbers were measured on: the machine, how busy it was, and which code (a ratio is only
// comparable to another measured on the same commit).
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { PACKAGE_ROOT } from '../compiler/version.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';

export interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  readonly duckdb: string;
}

export async function machineInfo(): Promise<MachineInfo> {
  const session = await DuckDBSession.open(':memory:');
  try {
    const [row] = await session.query('SELECT version() AS v');
    const cpu = cpus();
    return {
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      memoryGiB: totalmem() / 2 ** 30,
      platform: `${process.platform}-${process.arch}`,
      node: process.version,
      duckdb: String(row?.v),
    };
  } finally {
    session.close();
  }
}

/** 1-minute load average: above the core count, something else competed for the CPUs. */
export const loadAverage = (): number => loadavg()[0] ?? 0;

/** The commit measured, with "+dirty" when the working tree differs from it. */
export function codeVersion(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: PACKAGE_ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown';
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+dirty' : ''}`;
}
