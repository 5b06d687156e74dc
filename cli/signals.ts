// Ctrl-C (and kill): say what is left as it was, stop DuckDB, abandon what the running stage half wrote
// (runner/interrupt.ts) and exit 128 + the signal number (130 for Ctrl-C). Each stage swaps its target
// in whole at its very end, so stopping it at any moment leaves the previous one intact. A second
// Ctrl-C while DuckDB winds down ends the process at once (the next run clears what is left).
import { constants } from 'node:os';
import { relative } from 'node:path';
import type { Stage } from '../compiler/ir.js';
import type { Reporter } from '../runner/pipeline.js';
import { stopAllStatements } from '../dialects/duckdb/session.js';
import { runInterruptHandlers } from '../runner/interrupt.js';

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
const REPLACES: Record<Stage, string> = { scrape: 'metadata', review: 'review pack', release: 'release', generate: 'output', qa: 'QA verdicts', export: 'export' };

let running = { what: 'adg', intact: 'the previous output' };

/** Names what an interrupt would stop now (a command that has not reached a stage yet). */
export function nowRunning(what: string): void {
  running = { what, intact: 'the previous output' };
}

/** The reporter, also noting each stage as it starts so that an interrupt can name what it left intact. */
export function tracked<R extends Reporter>(reporter: R): R {
  return {
    ...reporter,
    stageStarted: (stage, from, to) => {
      running = { what: stage, intact: `the previous ${REPLACES[stage]} in ${relative(process.cwd(), to) || '.'}` };
      reporter.stageStarted(stage, from, to);
    },
  };
}

/** Installs the SIGINT and SIGTERM handlers; `report` says the message and writes the JSON document if any. */
export function handleInterrupts(report: (message: string, exitCode: number) => void): void {
  const stop = async (signal: 'SIGINT' | 'SIGTERM') => {
    for (const s of SIGNALS) process.removeListener(s, stop);
    const exitCode = 128 + constants.signals[signal];
    report(`interrupted: ${running.what} stopped; ${running.intact} is intact`, exitCode);
    // The process must not exit under a running DuckDB statement (the engine deadlocks).
    await stopAllStatements();
    runInterruptHandlers();
    process.exit(exitCode);
  };
  for (const s of SIGNALS) process.on(s, stop);
}
