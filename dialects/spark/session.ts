// Spark SQL sessions (with Delta Lake), driven through a small Python process around pyspark
// (dialects/spark/bridge.py) that speaks JSON lines over stdin/stdout. One request runs at a time; a
// cancel overtakes it. Every value is normalised as for the other engines (see Row), every row read
// into JavaScript is counted, and every engine message passes through the redaction filter: Spark's
// messages quote values ('RARE_SECRET'), the SQL text and stack traces, which must never reach a person.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { AdgError } from '../../compiler/errors.js';
import { redactEngineMessage } from '../../runner/redact.js';
import type { FileTransfer, Row, Session } from '../session.js';

export interface SparkOpenOptions {
  /** A local session's master URL; default local[2]. */
  readonly master?: string;
  /**
   * A local session's warehouse directory: its tables, their Delta logs and the Derby metastore that
   * lists them (one process at a time). Required unless remote is given; made absolute.
   */
  readonly warehouseDir?: string;
  /** A Spark Connect server, sc://host:port: no local JVM; the server owns the catalog and warehouse. */
  readonly remote?: string;
  /** Spark settings, over adg's (ANSI mode, UTC, Delta, …). */
  readonly conf?: Readonly<Record<string, string>>;
  /** The Python with pyspark and delta-spark; default ADG_PYTHON, else <package root>/.venv/bin/python. */
  readonly python?: string;
  /** How long the JVM may take to start; default 120 s. */
  readonly startupTimeoutMs?: number;
}

const SETUP_HINT = 'run `bash .ci/python.sh` to create the Python environment for Spark (or set ADG_PYTHON to a python with pyspark and delta-spark)';
const STDERR_LINES = 200;

// --- where things are ---------------------------------------------------------------------------

/** The directory holding package.json, from this file in the sources (dialects/spark) or in dist/dialects/spark. */
function packageRoot(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(import.meta.dirname, '..', '..');
  }
}

/** The bridge script: next to this file in the sources, from the package root in the compiled layout. */
export function bridgeScript(): string {
  const candidates = [join(import.meta.dirname, 'bridge.py'), join(packageRoot(), 'dialects', 'spark', 'bridge.py')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new AdgError(`adg's Spark bridge is missing (looked for ${candidates.join(' and ')})`, {}, 'reinstall adg');
  return found;
}

/** The Python that runs the bridge: ADG_PYTHON, else the repository's .venv (made by .ci/python.sh). */
export function sparkPython(): string {
  return process.env.ADG_PYTHON || join(packageRoot(), '.venv', 'bin', 'python');
}

// --- values and messages --------------------------------------------------------------------------

/** The bridge sends exact JSON (big integers and decimals as text); nested values become JSON text. */
function normaliseValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** fromEntries defines own properties, so a column named __proto__ stays a column. */
function rowOf(names: readonly string[], values: readonly unknown[]): Row {
  return Object.fromEntries(names.map((name, i) => [name, normaliseValue(values[i])]));
}

/** One positional parameter as JSON: a bigint keeps every digit (Python reads JSON integers exactly). */
function paramJson(value: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (value === undefined) return 'null';
  return JSON.stringify(value) ?? 'null';
}

/** Words Spark puts in double quotes that are no data: type names and the setting its messages name. */
const SPARK_WORDS = new Set([
  'STRING', 'VARCHAR', 'CHAR', 'BINARY', 'BOOLEAN', 'TINYINT', 'SMALLINT', 'INT', 'BIGINT', 'FLOAT', 'DOUBLE', 'DECIMAL',
  'DATE', 'TIMESTAMP', 'TIMESTAMP_NTZ', 'INTERVAL', 'ARRAY', 'MAP', 'STRUCT', 'VOID',
  'spark.sql.ansi.enabled', 'spark_catalog', 'default',
]);

/**
 * Spark's messages: the first line only (then the SQL text and a caret), identifiers in backticks kept
 * only when adg knows them (like double-quoted names), then the shared filter for values.
 */
export function redactSpark(message: string, knownNames: ReadonlySet<string> = new Set()): string {
  const names = new Set([...knownNames, ...SPARK_WORDS]);
  const first = (message.split(/\r?\n/)[0] ?? '').replace(/^\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d /, '');
  const text = first.replace(/`((?:[^`]|``)*)`?/g, (all, inner: string) => (names.has(inner.replaceAll('``', '`')) ? all : '`…`'));
  return redactEngineMessage(text, names);
}

interface BridgeError {
  readonly class: string;
  readonly message: string;
  readonly condition?: string;
  readonly sqlstate?: string;
}

interface Response {
  readonly id?: number | null;
  readonly ok?: boolean;
  readonly error?: BridgeError;
  readonly ready?: boolean;
  readonly columns?: string[];
  readonly rows?: unknown[][] | number;
  readonly spark?: string;
  readonly delta?: string;
}

interface Pending {
  readonly resolve: (response: Response) => void;
  readonly reject: (err: Error) => void;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), ms)));
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

// --- the session ----------------------------------------------------------------------------------

export class SparkSession implements Session, FileTransfer {
  bytesRead = 0;
  readonly knownNames = new Set<string>();
  readonly ownMessages = new Set<string>();
  /** Spark's version, e.g. "3.5.9", and Delta Lake's (local sessions). */
  sparkVersion = '';
  deltaVersion: string | undefined;

  private readonly pending = new Map<number, Pending>();
  private readonly stderrTail: string[] = [];
  private nextId = 0;
  /** Requests wait here for the one before to finish (a cancel does not). */
  private chain: Promise<unknown> = Promise.resolve();
  /** The request on the bridge now, if any. */
  private inFlight: number | undefined;
  private closing: Promise<void> | undefined;
  private exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exited: Promise<void>;
  private spawnError: Error | undefined;
  private onReady: Pending | undefined;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly python: string,
  ) {
    this.exited = new Promise((done) => {
      child.on('exit', (code, signal) => {
        this.exit = { code, signal };
        const err = this.deathError();
        this.onReady?.reject(err);
        for (const waiting of this.pending.values()) waiting.reject(err);
        this.pending.clear();
        done();
      });
    });
    child.on('error', (err) => {
      // spawn failed (no such python): 'exit' may not follow, so settle everything here too.
      this.spawnError = err;
      const failure = this.startError(err);
      this.onReady?.reject(failure);
      for (const waiting of this.pending.values()) waiting.reject(failure);
      this.pending.clear();
    });
    child.stdin.on('error', () => {
      // EPIPE when the process has died: its 'exit' reports that.
    });
    let partial = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) this.keepStderr(line);
      if (partial.length > 4000) (this.keepStderr(partial), (partial = ''));
    });
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', (line) => this.receive(line));
  }

  /** The process id of the bridge (Python; the JVM is its child). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Starts the bridge and its Spark session; resolves once Spark answers. */
  static async open(options: SparkOpenOptions): Promise<SparkSession> {
    const python = options.python ?? sparkPython();
    if (!options.python && !process.env.ADG_PYTHON && !existsSync(python))
      throw new AdgError(`no Python environment for Spark at ${python}`, {}, SETUP_HINT);
    const config: Record<string, unknown> = { conf: options.conf ?? {} };
    if (options.remote) config.remote = options.remote;
    else {
      if (!options.warehouseDir) throw new AdgError('a local Spark session needs a warehouse directory');
      const warehouse = resolve(options.warehouseDir);
      mkdirSync(warehouse, { recursive: true });
      Object.assign(config, { master: options.master ?? 'local[2]', warehouse_dir: warehouse });
    }
    const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUNBUFFERED: '1', PYTHONIOENCODING: 'utf-8' };
    // Inside another pyspark program these would make pyspark attach to its JVM instead of starting one.
    delete env.PYSPARK_GATEWAY_PORT;
    delete env.PYSPARK_GATEWAY_SECRET;
    const child = spawn(python, [bridgeScript(), JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const session = new SparkSession(child, python);
    const ready = new Promise<Response>((resolveReady, rejectReady) => (session.onReady = { resolve: resolveReady, reject: rejectReady }));
    const timeoutMs = options.startupTimeoutMs ?? 120_000;
    let answer: Response | 'timeout';
    try {
      answer = await withTimeout(ready, timeoutMs);
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    } finally {
      session.onReady = undefined;
    }
    if (answer === 'timeout') {
      child.kill('SIGKILL');
      throw new AdgError(`the Spark session did not start within ${Math.round(timeoutMs / 1000)} s${session.lastOutput()}`);
    }
    if (!answer.ready) {
      await withTimeout(session.exited, 10_000);
      child.kill('SIGKILL');
      throw session.startError(answer.error);
    }
    session.sparkVersion = answer.spark ?? '';
    session.deltaVersion = answer.delta;
    return session;
  }

  /** Runs a statement to its end; rows it returns are not read into JavaScript. */
  async exec(sql: string): Promise<void> {
    await this.request({ op: 'exec', sql });
  }

  /** Runs a query (positional ? parameters) and reads its rows; only for metadata-sized results. */
  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const response = await this.request({ op: 'query', sql }, params.length ? `[${params.map(paramJson).join(',')}]` : undefined);
    const names = response.columns ?? [];
    const rows = (Array.isArray(response.rows) ? response.rows : []).map((values) => rowOf(names, values));
    this.bytesRead += Buffer.byteLength(JSON.stringify(rows));
    return rows;
  }

  /** Writes a query's rows to a local CSV file with a header; NULL is an empty field, '' is "". */
  async copyOutCsv(query: string, file: string): Promise<void> {
    const path = resolve(file);
    mkdirSync(dirname(path), { recursive: true });
    await this.request({ op: 'copy_out_csv', sql: query, file: path });
  }

  /** Appends a local CSV file with a header (naming the table's columns) to an existing table. */
  async copyInCsv(table: string, file: string): Promise<void> {
    await this.request({ op: 'copy_in_csv', table, file: resolve(file) });
  }

  /** Cancels the running statement (its Spark jobs); it then fails with "interrupted". */
  interrupt(): void {
    if (this.inFlight === undefined || this.exit || this.spawnError) return;
    this.write({ id: ++this.nextId, op: 'cancel' });
  }

  /** Stops the session and its JVM, interrupting a running statement first; waits for the process to end. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.exit || this.spawnError) return;
      this.interrupt();
      await this.chain;
      const id = ++this.nextId;
      const answered = new Promise<Response>((resolveClose, rejectClose) => this.pending.set(id, { resolve: resolveClose, reject: rejectClose }));
      this.write({ id, op: 'close' });
      await withTimeout(answered.catch(() => undefined), 60_000);
      if ((await withTimeout(this.exited, 30_000)) === 'timeout') {
        this.child.kill('SIGKILL');
        await withTimeout(this.exited, 10_000);
      }
    })();
    return this.closing;
  }

  // --- protocol ---------------------------------------------------------------------------------

  /** Queues a request behind the ones before it and resolves with its (successful) response. */
  private request(fields: Record<string, unknown>, paramsJson?: string): Promise<Response> {
    const run = this.chain.then(() => this.send(fields, paramsJson));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async send(fields: Record<string, unknown>, paramsJson?: string): Promise<Response> {
    if (this.closing) throw new AdgError('the Spark session is closed');
    if (this.spawnError) throw this.startError(this.spawnError);
    if (this.exit) throw this.deathError();
    const id = ++this.nextId;
    const answered = new Promise<Response>((resolveRequest, rejectRequest) => this.pending.set(id, { resolve: resolveRequest, reject: rejectRequest }));
    let line = JSON.stringify({ id, ...fields });
    if (paramsJson) line = `${line.slice(0, -1)},"params":${paramsJson}}`;
    this.inFlight = id;
    try {
      this.child.stdin.write(`${line}\n`);
      const response = await answered;
      if (response.ok) return response;
      throw this.engineError(response.error);
    } finally {
      this.inFlight = undefined;
    }
  }

  private write(message: Record<string, unknown>): void {
    if (!this.child.stdin.writable) return;
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  private receive(line: string): void {
    let message: Response;
    try {
      message = JSON.parse(line) as Response;
    } catch {
      this.keepStderr(line); // not the protocol: keep it with the diagnostics
      return;
    }
    if (message.ready !== undefined && message.id === undefined) {
      this.onReady?.resolve(message);
      return;
    }
    if (typeof message.id !== 'number') return;
    const waiting = this.pending.get(message.id);
    if (!waiting) return; // a cancel's answer
    this.pending.delete(message.id);
    waiting.resolve(message);
  }

  private keepStderr(line: string): void {
    if (!line.trim()) return;
    this.stderrTail.push(line.length > 2000 ? line.slice(0, 2000) : line);
    if (this.stderrTail.length > STDERR_LINES) this.stderrTail.splice(0, this.stderrTail.length - STDERR_LINES);
  }

  // --- errors -----------------------------------------------------------------------------------

  /** Every engine error leaves through here: adg's own check messages as written, the rest redacted. */
  private engineError(error: BridgeError | undefined): AdgError {
    if (!error) return new AdgError('the Spark bridge answered with an error it did not describe');
    if (error.class === 'Cancelled') return new AdgError('interrupted');
    const own = [...this.ownMessages].find((m) => error.message.includes(m));
    if (own) return new AdgError(own);
    return new AdgError(redactSpark(error.message, this.knownNames));
  }

  /** The last lines Spark and Python printed (stack frames left out), each one redacted. */
  private lastOutput(count = 12): string {
    const lines = this.stderrTail
      .filter((line) => !/^\s+at |^\s*\.\.\. \d+ more|^\s*File "|^\s{4}/.test(line))
      .slice(-count)
      .map((line) => redactSpark(line, this.knownNames))
      .filter(Boolean);
    return lines.length ? `; its last output:\n    ${lines.join('\n    ')}` : '';
  }

  private deathError(): AdgError {
    const how = this.exit?.signal ? `was killed (${this.exit.signal})` : `exited with code ${this.exit?.code ?? '?'}`;
    const memory = this.stderrTail.some((line) => line.includes('OutOfMemoryError'));
    return new AdgError(
      `the Spark process (${this.python}) ${how}${this.lastOutput()}`,
      {},
      memory ? 'the JVM ran out of memory: give it more with conf spark.driver.memory (e.g. "4g")' : undefined,
    );
  }

  private startError(err: Error | BridgeError | undefined): AdgError {
    if (err instanceof Error) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES') return new AdgError(`cannot run the Python for Spark, ${this.python} (${code})`, {}, SETUP_HINT);
      return new AdgError(`cannot start the Spark bridge with ${this.python}: ${err.message}`, {}, SETUP_HINT);
    }
    if (err?.class === 'ModuleNotFoundError' || err?.class === 'ImportError')
      return new AdgError(`${this.python} lacks a module Spark needs: ${redactSpark(err.message)}`, {}, SETUP_HINT);
    const why = err ? redactSpark(err.message, this.knownNames) : 'no reason given';
    const java = /JAVA_GATEWAY_EXITED|JAVA_HOME|java/i.test(err?.message ?? '');
    return new AdgError(
      `the Spark session did not start: ${why}${this.lastOutput()}`,
      {},
      java ? 'Spark needs Java 8, 11 or 17 on PATH (or JAVA_HOME)' : undefined,
    );
  }
}
