// A DuckDB database file opened for one stage. Every result that reaches JavaScript passes through
// query(), which counts the bytes read: the proof that a run only ever reads metadata-sized results.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, version, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { AdgError } from '../../compiler/errors.js';
import { redactEngineMessage } from '../../runner/redact.js';

/** The embedded engine's version, e.g. "v1.5.6". */
export const duckdbVersion = (): string => version();

import type { Row, Session } from '../session.js';
export type { Row };

export interface OpenOptions {
  readonly readOnly?: boolean;
  /** Worker threads; default: DuckDB's (one per core). */
  readonly threads?: number;
}

/**
 * Statements running now, in every session. DuckDB deadlocks when a connection is freed (by close(), or
 * by the process exiting) under a running statement, so an interrupt stops them all and waits for them.
 */
const running = new Set<Promise<unknown>>();
const openSessions = new Set<DuckDBSession>();
let stopping = false;

/** Ctrl-C: interrupts every running statement and refuses new ones; resolves once none is running. */
export async function stopAllStatements(): Promise<void> {
  stopping = true;
  for (const session of openSessions) session.interrupt();
  while (running.size) await Promise.allSettled([...running]);
}

export class DuckDBSession implements Session {
  /** Bytes of result data read into JavaScript so far (JSON size of every row returned). */
  bytesRead = 0;

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {
    openSessions.add(this);
  }

  private closed = false;
  /** This session's statement in flight, if any (a connection runs one at a time). */
  private pending: Promise<unknown> | undefined;

  static async open(path: string, options: OpenOptions = {}): Promise<DuckDBSession> {
    if (path !== ':memory:' && !options.readOnly) mkdirSync(dirname(path), { recursive: true });
    const config: Record<string, string> = {};
    if (options.readOnly) config.access_mode = 'READ_ONLY';
    if (options.threads) config.threads = String(options.threads);
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(path, config);
    } catch (err) {
      throw storageVersionError(path, (err as Error).message) ?? err;
    }
    return new DuckDBSession(path, instance, await instance.connect());
  }

  /** Runs a statement whose result (a row count, a check) is not read into JavaScript. */
  async exec(sql: string): Promise<void> {
    try {
      await this.statement(() => this.connection.run(sql));
    } catch (err) {
      throw this.engineError(err, sql);
    }
  }

  /** Runs a query and reads its rows; only for metadata-sized results. */
  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    let reader;
    try {
      reader = await this.statement(() => this.connection.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined));
    } catch (err) {
      throw this.engineError(err, sql);
    }
    const names = reader.columnNames();
    const rows = reader.getRowsJS().map((values) => rowOf(names, values));
    this.bytesRead += Buffer.byteLength(JSON.stringify(rows));
    return rows;
  }

  /** Names (fields, columns, tables) an engine message may show; anything else quoted is elided. */
  readonly knownNames = new Set<string>();

  /** Messages of adg's own checks (see PrintedSection.failure): adg's words, passed on as they are. */
  readonly ownMessages = new Set<string>();

  /** Every engine error leaves through here, with values removed (see runner/redact.ts). */
  private engineError(err: unknown, sql: string): AdgError {
    const message = err instanceof Error ? err.message : String(err);
    const own = [...this.ownMessages].find((m) => message.includes(m));
    if (own) return new AdgError(own);
    // A database file attached by a statement (the previous output, a source database) is named by it.
    const attached = /^\s*ATTACH\s+(?:DATABASE\s+)?(?:IF\s+NOT\s+EXISTS\s+)?'((?:[^']|'')*)'/i.exec(sql)?.[1]?.replaceAll("''", "'");
    return (attached && storageVersionError(attached, message)) || new AdgError(redactEngineMessage(message, this.knownNames));
  }

  /** Every statement runs through here: tracked until it settles, and refused once adg is stopping. */
  private statement<T>(start: () => Promise<T>): Promise<T> {
    if (stopping) return Promise.reject(new AdgError('interrupted'));
    const work = start();
    const settled = () => {
      running.delete(work);
      if (this.pending === work) this.pending = undefined;
    };
    running.add(work);
    this.pending = work;
    work.then(settled, settled);
    return work;
  }

  /** Stops the running statement (Ctrl-C); it then fails with an interrupt error. */
  interrupt(): void {
    if (!this.closed) this.connection.interrupt();
  }

  /** Closes now, or, under a running statement, interrupts it and closes once it has stopped. */
  close(): void {
    openSessions.delete(this);
    const pending = this.pending;
    if (!pending) return this.closeNow();
    this.interrupt();
    const later = () => this.closeNow();
    pending.then(later, later);
  }

  private closeNow(): void {
    if (this.closed) return;
    this.closed = true;
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/**
 * DuckDB reads only the storage versions it knows: a file written by a newer (or much older) engine
 * fails with a message about version numbers. Say which file, which engines, and what to do.
 */
function storageVersionError(path: string, message: string): AdgError | undefined {
  const found = /database file with version number (\d+), but we can only read versions between (\d+) and (\d+)/.exec(message);
  if (!found) return undefined;
  const [, fileVersion, lowest, highest] = found;
  const newer = Number(fileVersion) > Number(highest);
  return new AdgError(
    `${path} was written by ${newer ? 'a newer' : 'an older'} DuckDB (storage version ${fileVersion}) than the one adg embeds (DuckDB ${duckdbVersion()}, which reads storage versions ${lowest} to ${highest})`,
    {},
    newer
      ? 'upgrade adg to a release that embeds a newer DuckDB, or point this stage at a new file with --metadata-db, --released-db or --output-db'
      : 'open it with the DuckDB that wrote it and EXPORT DATABASE, or point this stage at a new file with --metadata-db, --released-db or --output-db',
  );
}

/** fromEntries defines own properties, so a column named __proto__ stays a column (row objects lose it). */
function rowOf(names: readonly string[], values: readonly unknown[]): Row {
  return Object.fromEntries(names.map((name, i) => [name, normaliseValue(values[i])]));
}

function normaliseValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}
