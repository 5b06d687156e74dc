// How a command ends. stdout carries the result: summaries for people, or with --json exactly one JSON
// document whose `ok` is true exactly when the exit code is 0. Exit codes: 0 success, 1 failure,
// 2 bad usage or spec (see compiler/errors.ts), 130 interrupted.
import { AdgError, exitCodeOf, formatError, type Location } from '../compiler/errors.js';

/** A failure that carries details for the JSON document (`adg check`: the stale files). */
export class FailureWithDetails extends AdgError {
  constructor(
    message: string,
    readonly details: object,
    hint?: string,
    location: Location = {},
  ) {
    super(message, location, hint, 'failure');
  }
}

/** --json anywhere before `--`: known before commander parses, so its own errors can be JSON too. */
export function jsonRequested(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).includes('--json');
}

let writeDocument: ((text: string) => void) | undefined;
let finished = false;

/** In --json mode stdout is kept for the one document: anything else written there goes to stderr. */
export function reserveStdout(): void {
  const stdout = process.stdout.write.bind(process.stdout);
  writeDocument = (text) => stdout(text);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
}

/** Ends the command with an exit code and, in --json mode, its document; only the first call counts. */
export function finish(code: number, details: object = {}): void {
  if (finished) return;
  finished = true;
  process.exitCode = code;
  writeDocument?.(`${JSON.stringify({ ok: code === 0, ...details }, null, 2)}\n`);
}

/** Ends the command with an error: `adg: message` on stderr, or the JSON document. Never a stack trace unless ADG_DEBUG is set. */
export function fail(err: unknown, code = exitCodeOf(err)): void {
  // An interrupt has already ended the command: the stage failing under it is no news.
  if (finished) return;
  if (process.env.ADG_DEBUG) console.error(err);
  if (writeDocument) finish(code, { error: formatError(err), ...(err instanceof FailureWithDetails ? err.details : {}) });
  else {
    process.stderr.write(`adg: ${formatError(err)}\n`);
    finish(code);
  }
}
