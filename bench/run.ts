// `npm run bench`: each workload's adg stage against its floor, as ratios measured in the same run.
// A report, not a gate: the exit code is 0 even when a target is missed (the table says MISSED).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeVersion, loadAverage, machineInfo } from './environment.js';
import { parseBenchArgs, USAGE, type BenchArgs } from './args.js';
import { measureWorkload, type WorkloadResult } from './measure.js';
import { reportJson, reportTable } from './report.js';
import { WORKLOADS, type WorkloadContext } from './workloads.js';

function parseOrExit(): BenchArgs {
  try {
    return parseBenchArgs(process.argv.slice(2), WORKLOADS.map((w) => w.name));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
}

const args = parseOrExit();
if (args.help) {
  process.stdout.write(`${USAGE}\n\nworkloads:\n${WORKLOADS.map((w) => `  ${w.name.padEnd(32)} vs ${w.floor}${w.target ? `, target <= ${w.target}` : ''}${w.memoryTargetMiB ? `, peak <= ${w.memoryTargetMiB} MB` : ''}`).join('\n')}\n`);
  process.exit(0);
}
const scratch = mkdtempSync(join(tmpdir(), 'adg-bench-'));
const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
// Ctrl-C also stops the running child; the handler then removes the temp databases before exiting.
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const ctx: WorkloadContext = { rows: args.rows, scratch, log: (message) => process.stderr.write(`${message}\n`) };
const t0 = performance.now();
const loadBefore = loadAverage();
const code = codeVersion();
try {
  const results: WorkloadResult[] = [];
  const skipped: string[] = [];
  for (const workload of WORKLOADS.filter((w) => args.only.includes(w.name))) {
    const why = workload.unavailable?.();
    if (why) {
      ctx.log(`${workload.name}: skipped: ${why}`);
      skipped.push(`${workload.name}: ${why}`);
      continue;
    }
    // A workload that fails (its preparation or a run) is reported, not the end of the whole run.
    try {
      results.push(measureWorkload(workload, args.repeat, ctx));
    } catch (err) {
      const why = `failed: ${(err as Error).message} (see the error above)`;
      ctx.log(`${workload.name}: ${why}`);
      skipped.push(`${workload.name}: ${why}`);
    }
  }
  const report = {
    machine: await machineInfo(),
    code,
    loadAverage: [loadBefore, loadAverage()] as const,
    repeat: args.repeat,
    syntheticRows: args.rows,
    totalSeconds: (performance.now() - t0) / 1000,
    results,
    skipped,
  };
  process.stdout.write(`${args.json ? reportJson(report) : reportTable(report)}\n`);
} finally {
  cleanUp();
}
