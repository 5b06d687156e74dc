// A DuckDB database file opened for one stage. Every result that reaches JavaScript passes through
// query(), which counts the bytes read: the proof that a run only ever reads metadata-sized results.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, string | number | boolean | null>;

export interface OpenOptions {
  readonly readOnly?: boolean;
  /** Worker threads; default: DuckDB's (one per core). */
  readonly threads?: number;
}

export class DuckDBSession {
  /** Bytes of result data read into JavaScript so far (JSON size of every row returned). */
  bytesRead = 0;

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: OpenOptions = {}): Promise<DuckDBSession> {
    if (path !== ':memory:' && !options.readOnly) mkdirSync(dirname(path), { recursive: true });
    const config: Record<string, string> = {};
    if (options.readOnly) config.access_mode = 'READ_ONLY';
    if (options.threads) config.threads = String(options.threads);
    const instance = await DuckDBInstance.create(path, config);
    return new DuckDBSession(path, instance, await instance.connect());
  }

  /** Runs a statement whose result (a row count, a check) is not read into JavaScript. */
  async exec(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** Runs a query and reads its rows; only for metadata-sized results. */
  async query(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
    const rows = reader.getRowObjectsJS().map(normaliseRow);
    this.bytesRead += Buffer.byteLength(JSON.stringify(rows));
    return rows;
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/** fromEntries defines own properties, so a column named __proto__ stays a column. */
function normaliseRow(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, normaliseValue(value)]));
}

function normaliseValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}
