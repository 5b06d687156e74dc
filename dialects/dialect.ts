// What a SQL engine must say about itself for adg to compile to it. A dialect is data plus small
// rendering functions; the generic printer (compiler/print.ts) does the rest. Adding an engine means
// writing one of these, not editing the compiler.
import type { FileFormat, FunctionArgs, FunctionName, SqlType, TimeUnit } from '../compiler/ir.js';
import type { LogicalType } from '../compiler/spec/types.js';
import type { AccessPlan, GrantStep } from '../compiler/plan/grants.js';

export type DialectName = 'duckdb' | 'postgres' | 'spark';

export type FrequencyScan = 'per-field' | 'grouping-sets';

/** What a source column's engine type can be used as. */
export type TypeFamily = 'integer' | 'number' | 'text' | 'boolean' | 'date' | 'timestamp' | 'nested' | 'other';

/** A table a stage replaces: its name as printed, bare, and a staging name beside it. */
export interface ReplacedTable {
  readonly target: string;
  /** The table's own name, unqualified and unquoted (for RENAME TO). */
  readonly name: string;
  /** A sibling table to build into first, where the engine swaps by rename. */
  readonly staging: string;
  readonly query: string;
  readonly joinsAsWritten: boolean;
}

/** Rows a stage appends to a log table, as printed. */
export interface AppendedRows {
  readonly target: string;
  readonly query: string;
}

/** An aggregate's ORDER BY: as printed (keys with direction and nulls), and its keys alone (ascending). */
export interface AggregateOrder {
  readonly text: string;
  readonly keys: readonly string[];
}

type AsStrings<T extends readonly unknown[]> = { [I in keyof T]: string };
/** Renders one scalar function from its already-printed arguments. */
type FunctionRenderer<F extends FunctionName> = (...args: AsStrings<FunctionArgs[F]>) => string;

export interface Dialect {
  readonly name: DialectName;
  /** Human name for messages and file headers. */
  readonly title: string;

  // -- names and literals: the only way spec- or data-derived text reaches SQL --------------------------
  quoteIdent(name: string): string;
  quoteString(value: string): string;
  /** A literal of type double (engines differ on whether 1.5 is a decimal). */
  doubleLiteral(value: number): string;
  /** An integer literal of a 64-bit type (PostgreSQL and Spark type small literals as 32-bit, which overflow). */
  bigintLiteral(value: number): string;
  /** A text sort key compared by code point, whatever collation the database has (ORDER BY item numbers). */
  binaryOrder(expr: string): string;
  /** NULLS FIRST / NULLS LAST, spelled out: engines differ in the default. */
  nullsOrder(first: boolean): string;
  typeName(type: SqlType): string;
  /** Classifies a type name as the engine's catalog reports it (e.g. BIGINT, DECIMAL(10,2)). */
  typeFamily(engineType: string): TypeFamily;
  /**
   * A type name safe to print: nested and enumerated types spell their keys or members inside the
   * type (STRUCT("RAREKEY_..." ...), ENUM('a', ...)), and those are data, so only the outer name stays.
   */
  typeLabel(engineType: string): string;
  /** The spec type that keeps a source column's shape, or undefined when adg cannot output it. */
  logicalType(engineType: string): LogicalType | undefined;

  // -- functions ------------------------------------------------------------------------------------------
  readonly functions: { readonly [F in FunctionName]: FunctionRenderer<F> };
  dateTrunc(unit: TimeUnit, arg: string, type: 'date' | 'timestamp'): string;
  addUnits(unit: TimeUnit, start: string, count: string, type: 'date' | 'timestamp'): string;
  unitsBetween(unit: TimeUnit, from: string, to: string): string;
  parseTime(arg: string, format: string): string;
  /** A set-returning select item yielding 0..count-1. */
  series(count: string): string;
  stringAgg(arg: string, separator: string, order: AggregateOrder): string;
  /** The values of a group as a list in the given order (orderBy is printed ORDER BY items). */
  listAgg(arg: string, order: AggregateOrder, filter?: string): string;
  /** A set-returning select item yielding from..to-1. */
  seriesRange(from: string, to: string): string;
  /** A list (as listAgg made it) cast to a list of a type, in the form listElement reads by position. */
  castList(list: string, type: SqlType): string;
  /** The element at a 0-based position of a list of a type (castList's, or listAgg's of numbers): NULL past the end. */
  listElement(list: string, index: string, type: SqlType): string;
  /** A struct / row value from named members, and a member of one. */
  record(members: readonly (readonly [string, string])[], separator: string): string;
  member(record: string, name: string): string;
  /** Approximate count of distinct values (only used to propose specs). */
  approxDistinct(arg: string): string;
  /** Any value of the group (used where the group holds one). */
  anyValue(arg: string): string;
  /** A row number or count window; engines differ in its type (Spark: INT), so it is made BIGINT. */
  windowFunction(name: string, arg: string, spec: string): string;

  // -- row sources ----------------------------------------------------------------------------------------
  /** header: CSV only; undefined lets the engine detect it. */
  readFile(path: string, format: FileFormat, header?: boolean): string;
  /** A FROM item with integers 0..count-1 in column `column`. */
  range(count: string, column: string, alias: string): string;
  /**
   * Whether the engine reads source files in place. Those that do not read a file spec's source from
   * the table `adg load` made of it (compiler/plan/paths.ts).
   */
  readonly readsFiles: boolean;
  /** Where the export writes: files the engine writes itself, or rows the runner streams to files. */
  readonly exportsThrough: 'engine' | 'client';

  // -- plan choices this engine makes differently (each measured; see bench/) -------------------------------
  /**
   * How to compute many per-field frequency tables from one source: per-field GROUP BYs joined by
   * UNION ALL (cheap where storage is columnar: each reads one column), or one GROUPING SETS pass.
   */
  readonly frequencyScan: FrequencyScan;
  /** Whether a source can be scanned column by column cheaply; if not, scrape parses it once into a TEMP table. */
  columnar(source: { kind: 'table' } | { kind: 'file'; format: FileFormat }): boolean;
  /**
   * How many blocks of rows generate splits its rows into (see compiler/plan/generate.ts): the sampling
   * query expands each block into its rows next to the per-field lookup lists, so an engine that copies
   * a list per batch of input rows copies it once per block batch, not once per row batch.
   */
  readonly rowBlocks: number;
  /**
   * How the sampling query reaches each field's lookup lists: 'records' carries one row of list records
   * beside every block of rows (DuckDB shares them by reference); 'subqueries' reads each list as a
   * scalar subquery the engine evaluates once per statement (PostgreSQL, Spark).
   */
  readonly lookupLists: 'records' | 'subqueries';
  /**
   * Text appended to a subquery so the optimiser evaluates it as written instead of merging it into
   * its parent (PostgreSQL duplicates a derived column at every use when it merges; '' where the
   * optimiser does not).
   */
  readonly fence: string;
  /**
   * How a correlated scalar subquery is printed: as written, or with its one column aggregated (anyValue)
   * where the engine accepts a correlated scalar subquery only if it aggregates (Spark 3.5). adg's read
   * one row by construction (a metadata row by field, kind and stat), so the aggregate changes nothing.
   */
  readonly correlatedScalars: 'as-written' | 'aggregated';

  // -- statements: each returns the SQL statements (without semicolons) to run in order ---------------------
  setTimeZone(name: string): string[];
  attach(path: string, alias: string, readOnly: boolean): string[];
  /** Appended to CREATE TABLE of bookkeeping tables: the table format where the engine needs one named. */
  readonly storageClause: string;
  /**
   * Closes the session to everything but the databases it has attached (after attaching a file scope
   * to read): no file reads or writes, no extension loading, no settings changes.
   */
  isolate(): string[];
  /** Creates a schema (a scope: metadata, output) if it does not exist. */
  createSchema(name: string): string[];
  /** A view recomputed at each use (temp: lives with the session). */
  createView(view: string, query: string, temp: boolean): string[];
  createTable(table: string, query: string, options: { temp: boolean; joinsAsWritten: boolean }): string[];
  /**
   * Removes what session scratch tables and views (createTable, createView with temp) leave outside the
   * session once a program is done: nothing where they are temporary and end with the session. Printed
   * after the last step of a program that makes one; the backend runs it after every stage, failed or not.
   */
  dropScratch(tables: readonly string[]): string[];
  /** Replaces every target with its query atomically and appends rows to logs in the same unit of work (see the replace statement of the IR). */
  replaceTables(tables: readonly ReplacedTable[], appends: readonly AppendedRows[]): string[];
  assert(failWhen: string, message: string): string[];
  setVariable(name: string, value: string): string[];
  copy(query: string, path: string, format: 'parquet' | 'csv', metadata: readonly (readonly [string, string])[]): string[];

  // -- isolation ---------------------------------------------------------------------------------------------
  /**
   * The administrator's script (00_grants.sql) that makes the engine enforce an access plan: principals,
   * scopes and grants. Absent where isolation is not a matter of grants (DuckDB: a file per scope, and a
   * session closed to every other file).
   */
  grants?(plan: AccessPlan): GrantStep[];
}

/** Something an engine cannot do: `adg compile` says so (naming the spec) instead of emitting SQL that fails later. */
export class Unsupported extends Error {
  constructor(
    readonly engine: string,
    readonly what: string,
    readonly hint?: string,
  ) {
    super(`${engine} cannot ${what}`);
  }
}
