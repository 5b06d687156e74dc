// Command-line flags of `npm run bench -- [--repeat N] [--rows N] [--only name[,name]] [--json]`.
import { parseArgs } from 'node:util';

export interface BenchArgs {
  readonly repeat: number;
  /** Rows of the synthetic source. */
  readonly rows: number;
  /** Workloads to run, in the benchmark's order. */
  readonly only: readonly string[];
  readonly json: boolean;
  readonly help: boolean;
}

export const USAGE = `usage: npm run bench -- [--repeat N (3)] [--rows N (10000000)] [--only workload[,workload]]... [--json] [--help]

Runs each workload's adg stage and its floor in turn (ABBA order), each in a fresh process and
directory, and reports medians, the ratio adg / floor measured in the same run, peak memory, the
machine (cores, memory, load average before and after) and the commit. Sources are built once into
.bench/. A report, not a gate: the exit code is 0 even when a target is missed.`;

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${flag} must be a positive integer, got "${value}"`);
  return n;
}

export function parseBenchArgs(argv: readonly string[], workloads: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      repeat: { type: 'string' },
      rows: { type: 'string' },
      only: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const asked = (values.only ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const unknown = asked.filter((name) => !workloads.includes(name));
  if (unknown.length) throw new Error(`unknown workload ${unknown.join(', ')}; workloads: ${workloads.join(', ')}`);
  return {
    repeat: positiveInt('repeat', values.repeat, 3),
    rows: positiveInt('rows', values.rows, 10_000_000),
    only: asked.length ? workloads.filter((name) => asked.includes(name)) : workloads,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
