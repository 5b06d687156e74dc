// One error type for everything a user can get wrong: it names the file, the place inside it and what to do.

export interface Location {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Dotted path inside the spec, e.g. fields.origin.kind. */
  readonly path?: string;
}

/**
 * What went wrong, which decides the exit code: a spec or command line that cannot work as written
 * (fix the input: exit 2), or a run that failed (exit 1).
 */
export type ErrorKind = 'usage' | 'failure';

export const EXIT_CODES = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export class AdgError extends Error {
  constructor(
    message: string,
    readonly location: Location = {},
    readonly hint?: string,
    readonly kind: ErrorKind = 'failure',
  ) {
    super(message);
    this.name = 'AdgError';
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }

  /** "specs/x.yaml:3:9 fields.a.kind: message\n  hint: ..." */
  format(): string {
    const { file, line, column, path } = this.location;
    const where = [file && [file, line, column].filter((p) => p !== undefined).join(':'), path].filter(Boolean);
    const head = where.length ? `${where.join(' ')}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }
}

/** Several problems found at once (a spec is checked completely before anything runs). */
export class AdgErrors extends AdgError {
  constructor(readonly errors: AdgError[]) {
    // Usage when every problem is in the input; a single runtime failure makes the whole a failure.
    super(errors.map((e) => e.message).join('; '), errors[0]?.location ?? {}, undefined, errors.every((e) => e.kind === 'usage') ? 'usage' : 'failure');
    this.name = 'AdgErrors';
  }

  override format(): string {
    return this.errors.map((e) => e.format()).join('\n');
  }
}

export function formatError(err: unknown): string {
  if (err instanceof AdgError) return err.format();
  if (err instanceof Error) return err.message;
  return String(err);
}

/** A problem with the spec, config or command line: the user must change the input (exit code 2). */
export function usageError(message: string, location: Location = {}, hint?: string): AdgError {
  return new AdgError(message, location, hint, 'usage');
}

/** The exit code for any error. */
export function exitCodeOf(err: unknown): number {
  return err instanceof AdgError ? err.exitCode : EXIT_CODES.failure;
}
