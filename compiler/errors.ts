// One error type for everything a user can get wrong: it names the file, the place inside it and what to do.

export interface Location {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Dotted path inside the spec, e.g. fields.origin.kind. */
  readonly path?: string;
}

export class AdgError extends Error {
  constructor(
    message: string,
    readonly location: Location = {},
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'AdgError';
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
    super(errors.map((e) => e.message).join('; '), errors[0]?.location ?? {});
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
