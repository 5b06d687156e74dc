// Running the real CLI in a child process, as a user would.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from './helpers.js';

/** tsx's loader, resolved from the repository (the child runs in a scratch project directory). */
const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function adg(cwd: string, ...args: string[]): CliResult {
  const r = spawnSync(process.execPath, ['--import', TSX, join(REPO, 'cli', 'main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI with extra environment (ADG_CRASH_AT for kill tests), and the signal that ended it, if any. */
export function adgWithEnv(env: Record<string, string>, cwd: string, ...args: string[]): CliResult & { signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, ['--import', TSX, join(REPO, 'cli', 'main.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1', ...env },
  });
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI as a child process still running, for tests that talk to it while it works (Ctrl-C). */
export function spawnAdg(cwd: string, args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, join(REPO, 'cli', 'main.ts'), ...args], { cwd, env: { ...process.env, CI: '1', NO_COLOR: '1', ...env } });
}
