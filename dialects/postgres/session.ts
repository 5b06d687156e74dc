// PostgreSQL sessions: a server over the network (pg) and the embedded PGlite (tests, demos). Both
// normalise values the same way (see Row), count the bytes of every row read into JavaScript, and
// pass every engine error through one filter so that no record value reaches a message: PostgreSQL
// keeps values in an error's DETAIL ("Key (x)=(…) already exists"), HINT and CONTEXT fields, which are
// never read here, and the message itself goes through redactEngineMessage.
import { createWriteStream, openAsBlob } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import type { ClientConfig, CustomTypesConfig } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { PGlite } from '@electric-sql/pglite';
import { AdgError, usageError } from '../../compiler/errors.js';
import { redactEngineMessage } from '../../runner/redact.js';
import type { FileTransfer, Row, Session } from '../session.js';
import { postgres } from './index.js';

export interface PostgresOpenOptions {
  /** Server-side limit for every statement (statement_timeout); default: none. */
  readonly statementTimeoutMs?: number;
  /** Shown in pg_stat_activity; default "adg". */
  readonly applicationName?: string;
  /** How long to wait for the server to answer a connection; default 5000. */
  readonly connectTimeoutMs?: number;
  /** Where the URL came from, named in hints, e.g. "ADG_PG_URL" or "targets.warehouse.url". */
  readonly urlSource?: string;
  /** A role the session acts as (SET ROLE) right after connecting: one of those 00_grants.sql makes. */
  readonly role?: string;
}

/** A PostgreSQL error's SQLSTATE, when the error carries one. */
function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const CANCELLED_BY_USER = /canceling statement due to user request/;

// --- values -------------------------------------------------------------------------------------

const OID = { BOOL: 16, INT8: 20, INT2: 21, INT4: 23, OID: 26, FLOAT4: 700, FLOAT8: 701, TIMESTAMPTZ: 1184 } as const;

/**
 * Every value arrives as PostgreSQL's text. Integers and floats become numbers (an int8 beyond 2^53
 * stays exact text), booleans booleans, TIMESTAMPTZ ISO 8601 text; everything else stays PostgreSQL's
 * text: NUMERIC exactly, DATE 'YYYY-MM-DD', TIMESTAMP 'YYYY-MM-DD HH:MM:SS[.ffffff]', arrays, JSON.
 * The session sets DateStyle ISO and TimeZone UTC, so this text does not depend on the server.
 */
function parseText(oid: number, text: string): string | number | boolean {
  switch (oid) {
    case OID.BOOL:
      return text === 't' || text === 'true';
    case OID.INT8: {
      const n = Number(text);
      return Number.isSafeInteger(n) ? n : text;
    }
    case OID.INT2:
    case OID.INT4:
    case OID.OID:
      return Number(text);
    case OID.FLOAT4:
    case OID.FLOAT8:
      return Number.parseFloat(text);
    case OID.TIMESTAMPTZ:
      return isoTimestamptz(text);
    default:
      return text;
  }
}

/** '2024-01-02 03:04:05.123456+00' -> '2024-01-02T03:04:05.123456Z'; infinity, BC and 5-digit years stay as they are. */
function isoTimestamptz(text: string): string {
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::(\d\d))?(?::(\d\d))?$/.exec(text);
  if (!m) return text;
  const [, date, time, hours, minutes = '00', seconds] = m;
  if (seconds && seconds !== '00') return `${date}T${time}${hours}:${minutes}:${seconds}`;
  return `${date}T${time}${hours === '+00' && minutes === '00' ? 'Z' : `${hours}:${minutes}`}`;
}

/** Anything a driver's own parser may still produce (PGlite: BigInt, Date, arrays). */
function normaliseValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

/** fromEntries defines own properties, so a column named __proto__ stays a column. */
function rowOf(names: readonly string[], values: readonly unknown[]): Row {
  return Object.fromEntries(names.map((name, i) => [name, normaliseValue(values[i])]));
}

const PG_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number) => (text: string) => parseText(oid, text)) as unknown as CustomTypesConfig['getTypeParser'],
};

// --- messages -----------------------------------------------------------------------------------

/**
 * The one filter every engine error passes through. adg's own checks (RAISE EXCEPTION in a DO block)
 * come through as written; a cancelled statement says "interrupted"; anything else loses its values.
 */
function engineError(err: unknown, knownNames: ReadonlySet<string>, ownMessages: ReadonlySet<string>): AdgError {
  if (err instanceof AdgError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const own = [...ownMessages].find((m) => message.includes(m));
  if (own) return new AdgError(own);
  if (sqlState(err) === '57014' && CANCELLED_BY_USER.test(message)) return new AdgError('interrupted');
  return new AdgError(redactPostgres(message, knownNames));
}

/** PostgreSQL-specific cleanup before the shared filter: byte sequences in encoding errors are data. */
export function redactPostgres(message: string, knownNames: ReadonlySet<string> = new Set()): string {
  const text = message
    .replace(/^(?:ERROR|FATAL|PANIC):\s+/, '')
    .replace(/\b0x[0-9a-f]+\b/gi, '…')
    .replace(/\)=\((?:[^()]|\([^()]*\))*\)/g, ')=(…)');
  return redactEngineMessage(text, knownNames);
}

/** A file that cannot be read or written: say which and why, without the engine's words. */
function fileError(err: unknown, action: 'read' | 'write', file: string): AdgError | undefined {
  const code = sqlState(err);
  if (!code || !/^E[A-Z]+$/.test(code) || !(err as { syscall?: unknown }).syscall) return undefined;
  return new AdgError(`cannot ${action} ${file} (${code})`);
}

/** The URL with its password replaced by ***, for messages. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    for (const key of [...parsed.searchParams.keys()]) if (key.toLowerCase() === 'password') parsed.searchParams.set(key, '***');
    return parsed.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@').replace(/(password=)[^&\s]*/gi, '$1***');
  }
}

const DEFAULT_SOURCE = "the target's url";

interface Target {
  readonly where: string;
  readonly user: string;
  readonly database: string;
  readonly url: string;
  readonly source: string;
  readonly password: string | undefined;
}

/** Why a connection failed, in words, with what to check. Never the password. */
function connectError(err: unknown, target: Target, timeoutMs: number): AdgError {
  const { where, user, database, url, source } = target;
  const nested = (err as { errors?: unknown[] } | null)?.errors?.[0];
  const code = sqlState(err) ?? sqlState(nested);
  const raw = err instanceof Error ? err.message || (nested instanceof Error ? nested.message : '') : String(err);
  const using = `the url was ${url}${source === DEFAULT_SOURCE ? '' : ` (from ${source})`}`;
  const unreachable = (why: string, hint: string) =>
    new AdgError(`could not reach the PostgreSQL server at ${where} (${why})`, {}, `${hint}; ${using}`);
  switch (code) {
    case 'ECONNREFUSED':
      return unreachable('connection refused', 'is the server running and accepting TCP connections on that host and port?');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return unreachable('host name not found', `check the host name in ${source}`);
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
    case 'ECONNRESET':
      return unreachable(code === 'ECONNRESET' ? 'connection reset' : 'host unreachable', 'check the host and port, and that no firewall is in the way');
    case 'ENOENT':
      return unreachable('no such socket', 'is the server running, and is this its socket directory?');
    case '28P01':
      return new AdgError(`authentication failed for user "${user}" at ${where}`, {}, `check the user and password in ${source}; ${using}`);
    case '28000':
    case '42501':
      return new AdgError(`the PostgreSQL server at ${where} refused user "${user}": ${redactPostgres(raw, new Set([user, database]))}`, {}, `check the user in ${source} and the server's pg_hba.conf; ${using}`);
    case '3D000':
      return new AdgError(`database "${database}" does not exist on the PostgreSQL server at ${where}`, {}, `create it, or fix the database name in ${source}; ${using}`);
    case '53300':
      return new AdgError(`the PostgreSQL server at ${where} has no free connection slots`, {}, 'try again later, or raise max_connections');
    case '57P03':
      return new AdgError(`the PostgreSQL server at ${where} is starting up or shutting down`, {}, 'try again in a moment');
  }
  if (/password must be a string|password must be a non-empty string|no password/i.test(raw))
    return new AdgError(`the PostgreSQL server at ${where} asks user "${user}" for a password, and the url gives none`, {}, `put the password (percent-encoded) in ${source}, or set PGPASSWORD; ${using}`);
  if (/timeout/i.test(raw)) return unreachable(`no answer within ${Math.round(timeoutMs / 1000)} s`, 'check the host and port, and that no firewall drops the connection');
  if (/terminated unexpectedly|ended unexpectedly/i.test(raw))
    return unreachable('the server closed the connection', 'is a PostgreSQL server listening on that port?');
  if (/ssl|certificate|tls/i.test(raw)) return new AdgError(`could not connect to the PostgreSQL server at ${where} over SSL: ${scrub(raw, target.password)}`, {}, `check sslmode in ${source}; ${using}`);
  return new AdgError(`could not connect to the PostgreSQL server at ${where}: ${scrub(raw, target.password)}`, {}, using);
}

/** SET ROLE refused: the role is missing, or not granted to the login. Names both, never the password. */
function roleError(err: unknown, role: string, user: string, where: string): AdgError {
  const raw = redactPostgres(err instanceof Error ? err.message : String(err), new Set([role, user]));
  const q = postgres.quoteIdent;
  return new AdgError(
    `user "${user}" cannot act as role "${role}" at ${where}: ${raw}`,
    {},
    `an administrator makes the role (generated/<dataset>/postgres/00_grants.sql) and grants it to the login: GRANT ${q(role)} TO ${q(user)};`,
  );
}

/** Last defence for messages adg did not write: the password, should it appear, is replaced. */
function scrub(message: string, password: string | undefined): string {
  const line = message.split(/\r?\n/)[0] ?? '';
  return password && password.length >= 4 ? line.replaceAll(password, '***') : line;
}

// --- statements in flight -------------------------------------------------------------------------

/** Tracks the statements of one session, so that interrupt() and close() know whether one is running. */
class Running {
  private readonly statements = new Set<Promise<unknown>>();

  get busy(): boolean {
    return this.statements.size > 0;
  }

  snapshot(): ReadonlySet<Promise<unknown>> {
    return new Set(this.statements);
  }

  anyOf(statements: ReadonlySet<Promise<unknown>>): boolean {
    return [...statements].some((s) => this.statements.has(s));
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.statements.add(work);
    const settled = () => this.statements.delete(work);
    work.then(settled, settled);
    return work;
  }

  /** Resolves once nothing runs, or after ms (whichever is first). */
  async idle(ms: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    while (this.busy) {
      const done = await Promise.race([Promise.allSettled([...this.statements]).then(() => false), limit.then(() => true)]);
      if (done) break;
    }
    clearTimeout(timer);
  }
}

function copyOutSql(query: string, target: string): string {
  // The query on lines of its own: a trailing comment or semicolon cannot swallow the closing parenthesis.
  return `COPY (\n${query.trim().replace(/;+\s*$/, '')}\n) TO ${target} (FORMAT csv, HEADER true)`;
}

/**
 * Where COPY TO STDOUT writes. A stream that fails midway would stop reading, and pg-copy-streams
 * would leave the connection stuck in the COPY: so a write error is kept, the statement cancelled
 * (onFailure), and the rest of the data read and dropped until the server ends the COPY.
 */
class FileSink extends Writable {
  failure: unknown;

  constructor(
    private readonly handle: FileHandle,
    private readonly onFailure: () => void,
  ) {
    super({ highWaterMark: 1 << 20 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.failure) return done();
    this.handle.write(chunk).then(
      () => done(),
      (err: unknown) => {
        this.failure = err;
        this.onFailure();
        done();
      },
    );
  }
}

// --- PostgreSQL server ----------------------------------------------------------------------------

export class PostgresSession implements Session, FileTransfer {
  bytesRead = 0;
  readonly knownNames = new Set<string>();
  readonly ownMessages = new Set<string>();

  private readonly running = new Running();
  private closed = false;
  private cancelling: Promise<void> | undefined;
  private lost: Error | undefined;

  private constructor(
    private readonly client: pg.Client,
    private readonly config: ClientConfig,
    private readonly target: Target,
    /** The server process running this session's statements (what pg_cancel_backend stops). */
    readonly backendPid: number,
  ) {}

  /**
   * Connects to postgresql://user:password@host:port/database[?sslmode=…]. Fails within the connect
   * timeout (default 5 s) with an AdgError that names the host, port, user or database, never the password.
   */
  static async open(url: string, options: PostgresOpenOptions = {}): Promise<PostgresSession> {
    const timeoutMs = options.connectTimeoutMs ?? 5000;
    const source = options.urlSource ?? DEFAULT_SOURCE;
    const config: ClientConfig = {
      connectionString: url,
      connectionTimeoutMillis: timeoutMs,
      application_name: options.applicationName ?? 'adg',
      keepAlive: true,
      types: PG_TYPES,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    };
    let client: pg.Client;
    try {
      client = new pg.Client(config);
    } catch {
      throw usageError(`not a PostgreSQL url: ${maskUrl(url)}`, {}, `expected postgresql://user:password@host:port/database, in ${source}`);
    }
    const host = client.host || 'localhost';
    const target: Target = {
      where: host.startsWith('/') ? `${host}/.s.PGSQL.${client.port}` : `${host.includes(':') ? `[${host}]` : host}:${client.port}`,
      user: client.user ?? '',
      database: client.database ?? '',
      url: maskUrl(url),
      source,
      password: typeof client.password === 'string' ? client.password : undefined,
    };
    // An error after connecting (the server restarts) would otherwise be an unhandled 'error' event.
    let session: PostgresSession | undefined;
    client.on('error', (err) => {
      if (session) session.lost = err;
    });
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => undefined);
      throw connectError(err, target, timeoutMs);
    }
    let pid: number;
    try {
      // Text of dates and times that does not depend on the server's settings (see parseText).
      const result = await client.query<{ pid: number }>(
        "SELECT pg_backend_pid() AS pid, set_config('TimeZone', 'UTC', false), set_config('DateStyle', 'ISO, YMD', false)",
      );
      pid = Number(result.rows[0]?.pid);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw engineError(err, new Set(), new Set());
    }
    if (options.role) {
      // Outside any transaction, so it holds for the session: a stage's ROLLBACK does not undo it.
      try {
        await client.query(`SET ROLE ${postgres.quoteIdent(options.role)}`);
      } catch (err) {
        await client.end().catch(() => undefined);
        throw roleError(err, options.role, target.user, target.where);
      }
    }
    session = new PostgresSession(client, config, target, pid);
    return session;
  }

  async exec(sql: string): Promise<void> {
    await this.statement(() => this.client.query(sql));
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.statement(() => this.client.query({ text: sql, values: params.length ? [...params] : undefined, rowMode: 'array' }));
    // A string of several statements answers with one result each: the last is the query's.
    const last = Array.isArray(result) ? (result as pg.QueryArrayResult[])[result.length - 1] : result;
    const names = (last?.fields ?? []).map((f) => f.name);
    const rows = (last?.rows ?? []).map((values) => rowOf(names, values));
    this.bytesRead += Buffer.byteLength(JSON.stringify(rows));
    return rows;
  }

  /** Streams the rows of a query into a CSV file with a header row; on failure no file is left. */
  async copyOutCsv(query: string, file: string): Promise<void> {
    const handle = await open(file, 'w').catch((err: unknown) => {
      throw fileError(err, 'write', file) ?? err;
    });
    try {
      await this.statement(async () => {
        const sink = new FileSink(handle, () => this.cancel());
        await pipeline(this.client.query(copyTo(copyOutSql(query, 'STDOUT'))), sink).catch((err: unknown) => {
          throw sink.failure ?? err;
        });
        if (sink.failure) throw sink.failure;
      }, 'write', file);
    } catch (err) {
      await rm(file, { force: true });
      throw err;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  /** Streams a CSV file with a header row into an existing table (already-quoted SQL name). */
  async copyInCsv(table: string, file: string): Promise<void> {
    const handle = await open(file, 'r').catch((err: unknown) => {
      throw fileError(err, 'read', file) ?? err;
    });
    try {
      await this.statement(() => pipeline(handle.createReadStream(), this.client.query(copyFrom(`COPY ${table} FROM STDIN (FORMAT csv, HEADER true)`))), 'read', file);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  /**
   * Cancels the running statement from a second, short connection (pg_cancel_backend); it then fails
   * with "interrupted". A cancel that reaches the server before the statement does cancels nothing,
   * so it is sent again (up to 5 times, a second apart) while the statement runs on.
   */
  interrupt(): void {
    if (this.closed || !this.running.busy) return;
    const statements = this.running.snapshot();
    void (async () => {
      for (let attempt = 0; attempt < 5 && this.running.anyOf(statements); attempt++) {
        this.cancel();
        await this.cancelling;
        await this.running.idle(1000);
      }
    })();
  }

  /** Closes the connection; a running statement is cancelled first (and given 5 s to stop). */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.running.busy) {
      this.interrupt();
      await this.running.idle(5000);
    }
    this.closed = true;
    await this.cancelling;
    await this.client.end().catch(() => undefined);
  }

  /** Cancels whatever the backend runs now; the next statement waits until the cancel is done. */
  private cancel(): void {
    this.cancelling ??= this.cancelBackend().finally(() => (this.cancelling = undefined));
  }

  private async cancelBackend(): Promise<void> {
    const { statement_timeout: _, ...config } = this.config;
    const canceller = new pg.Client({ ...config, application_name: `${config.application_name ?? 'adg'} (cancel)` });
    canceller.on('error', () => undefined);
    try {
      await canceller.connect();
      await canceller.query('SELECT pg_cancel_backend($1)', [this.backendPid]);
    } catch {
      // Nothing more to do: the statement runs on, and close() ends the connection anyway.
    } finally {
      await canceller.end().catch(() => undefined);
    }
  }

  /** Every statement runs through here: tracked for interrupt() and close(), its errors filtered. */
  private async statement<T>(start: () => Promise<T>, fileAction?: 'read' | 'write', file?: string): Promise<T> {
    if (this.closed) throw new AdgError('the PostgreSQL session is closed');
    // A cancel still on its way must not stop this statement.
    if (this.cancelling) await this.cancelling;
    try {
      return await this.running.track(start());
    } catch (err) {
      if (fileAction && file) {
        const problem = fileError(err, fileAction, file);
        if (problem) throw problem;
      }
      if (this.lost && !(err instanceof pg.DatabaseError))
        throw new AdgError(`lost the connection to the PostgreSQL server at ${this.target.where}`, {}, 'was the server restarted? run again');
      throw engineError(err, this.knownNames, this.ownMessages);
    }
  }
}

// --- PGlite ---------------------------------------------------------------------------------------

/**
 * PostgreSQL compiled to WebAssembly, in this process: in memory, or in a data directory. For tests and
 * demos. It runs a statement without returning to the event loop, so interrupt() cannot stop one that
 * is running: the statement it was called under fails with "interrupted" once it returns.
 */
export class PgliteSession implements Session, FileTransfer {
  bytesRead = 0;
  readonly knownNames = new Set<string>();
  readonly ownMessages = new Set<string>();

  private readonly running = new Running();
  private closed = false;
  private interrupted = false;

  private constructor(private readonly db: PGlite) {}

  /** An in-memory database, or one kept in dataDir, acting as role if given. PGlite is loaded only here. */
  static async open(dataDir?: string, options: { readonly role?: string } = {}): Promise<PgliteSession> {
    let db: PGlite;
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      db = new PGlite(dataDir);
      await db.waitReady;
      await db.exec("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'");
    } catch (err) {
      throw new AdgError(`could not open PGlite${dataDir ? ` in ${dataDir}` : ''}: ${redactPostgres(err instanceof Error ? err.message : String(err))}`);
    }
    if (options.role) {
      try {
        await db.exec(`SET ROLE ${postgres.quoteIdent(options.role)}`);
      } catch (err) {
        await db.close().catch(() => undefined);
        throw roleError(err, options.role, 'postgres', 'PGlite');
      }
    }
    return new PgliteSession(db);
  }

  async exec(sql: string): Promise<void> {
    await this.statement(() => this.db.exec(sql));
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.statement(() => this.db.query<unknown[]>(sql, [...params], { rowMode: 'array', parsers: this.parsers() }));
    const names = result.fields.map((f) => f.name);
    const rows = result.rows.map((values) => rowOf(names, values));
    this.bytesRead += Buffer.byteLength(JSON.stringify(rows));
    return rows;
  }

  /** PGlite holds the whole result in memory (as a Blob) before it is written to the file. */
  async copyOutCsv(query: string, file: string): Promise<void> {
    const result = await this.statement(() => this.db.query(copyOutSql(query, "'/dev/blob'")));
    const blob = result.blob ?? new Blob([]);
    try {
      await pipeline(Readable.fromWeb(blob.stream() as Parameters<typeof Readable.fromWeb>[0]), createWriteStream(file));
    } catch (err) {
      await rm(file, { force: true });
      throw fileError(err, 'write', file) ?? err;
    }
  }

  async copyInCsv(table: string, file: string): Promise<void> {
    // openAsBlob's errors name no system call: open the file first, for a clear message.
    await open(file, 'r').then(
      (handle) => handle.close(),
      (err: unknown) => {
        throw fileError(err, 'read', file) ?? err;
      },
    );
    const blob = await openAsBlob(file);
    await this.statement(() => this.db.query(`COPY ${table} FROM '/dev/blob' (FORMAT csv, HEADER true)`, [], { blob: blob as unknown as Blob }));
  }

  interrupt(): void {
    if (!this.closed && this.running.busy) this.interrupted = true;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.interrupt();
    await this.running.idle(60_000);
    this.closed = true;
    await this.db.close().catch(() => undefined);
  }

  /** Text parsers for every type PGlite knows (its own would give BigInt, Date, arrays, objects). */
  private parsers(): Record<number, (text: string) => unknown> {
    const parsers: Record<number, (text: string) => unknown> = {};
    for (const key of Object.keys(this.db.parsers)) {
      const oid = Number(key);
      if (Number.isInteger(oid)) parsers[oid] = (text) => parseText(oid, text);
    }
    return parsers;
  }

  private async statement<T>(start: () => Promise<T>): Promise<T> {
    if (this.closed) throw new AdgError('the PGlite session is closed');
    if (!this.running.busy) this.interrupted = false;
    try {
      const result = await this.running.track(start());
      if (this.interrupted) throw new AdgError('interrupted');
      return result;
    } catch (err) {
      throw engineError(err, this.knownNames, this.ownMessages);
    } finally {
      if (!this.running.busy) this.interrupted = false;
    }
  }
}
