// What the runner needs of an engine connection: run a statement, read a small result, close. Each
// engine's driver implements it (dialects/<engine>/session.ts); the runner never sees pg, PGlite,
// DuckDB or the Spark bridge directly.

export type Row = Record<string, string | number | boolean | null>;

export interface Session {
  /** Runs a statement whose result (a row count, a check) is not read into JavaScript. */
  exec(sql: string): Promise<void>;
  /** Runs a query and reads its rows; only for metadata-sized results. Values are normalised (see Row). */
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Bytes of result data read into JavaScript so far (JSON size of every row returned). */
  readonly bytesRead: number;
  /** Names (fields, columns, tables) an engine message may show; anything else quoted is elided. */
  readonly knownNames: Set<string>;
  /** Messages of adg's own checks: adg's words, passed on as they are. */
  readonly ownMessages: Set<string>;
  /** Stops the running statement (Ctrl-C); it then fails. */
  interrupt(): void;
  /** Closes the connection (interrupting a running statement first). */
  close(): void | Promise<void>;
}

/** A session that can move artificial rows (never source rows) between the engine and local files. */
export interface FileTransfer {
  /** Writes the rows of a query to a local CSV file with a header row. */
  copyOutCsv(query: string, file: string): Promise<void>;
  /** Loads a local CSV file with a header row into an existing table (used to load test sources). */
  copyInCsv(table: string, file: string): Promise<void>;
}
