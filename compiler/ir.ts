// The plan IR: a small typed description of the SQL a stage runs. Plans are built from these nodes by
// compiler/plan/*, and printed to text by compiler/print.ts with one Dialect. Nothing here is
// engine-specific: a construct an engine spells its own way is a node (or a function name) the dialect renders.

/** Column types a plan uses. hash32 holds an unsigned 32-bit value in whatever integer type the engine has. */
export type SqlType =
  | 'text'
  | 'tinyint'
  | 'smallint'
  | 'int'
  | 'bigint'
  | 'float'
  | 'double'
  | `decimal(${number},${number})`
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'timestamptz'
  | 'hash32';

/** Calendar units for truncation, bucket widths and within-bucket steps. */
export type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

/** Scalar functions every dialect must render (TypeScript checks completeness in each dialect). */
export interface FunctionArgs {
  floor: [Expr];
  ceil: [Expr];
  log2: [Expr];
  least: [Expr, Expr];
  greatest: [Expr, Expr];
  coalesce: [Expr, Expr];
  /** Bitwise exclusive or of two hash32 values. */
  xor: [Expr, Expr];
  /** Logical shift right / left. */
  shr: [Expr, Expr];
  shl: [Expr, Expr];
  bitand: [Expr, Expr];
  /** Integer division of non-negative integers. */
  intdiv: [Expr, Expr];
  /** A session variable set by a setVariable statement (argument: its name as a text literal). */
  variable: [Expr];
  sha256: [Expr];
  /** Length of a text value in characters. */
  length: [Expr];
  /** 1 when the argument is not grouped in this grouping set, 0 when it is. */
  grouping: [Expr];
  /** Remainder of integer division of non-negative integers. */
  mod: [Expr, Expr];
  /** True when a double is neither NaN nor infinite (NULL for NULL). */
  isFinite: [Expr];
  /**
   * True when text matches a regular expression (a text literal). Patterns keep to the subset RE2,
   * PostgreSQL's ARE and Java agree on: anchors, [classes], {m,n}, ?, +, *, alternation, \. and \+.
   */
  matches: [Expr, Expr];
  /** Text with every match of a pattern (a text literal, same subset) replaced by a text literal. */
  replaceAll: [Expr, Expr, Expr];
  /** Substring from a 1-based position, of a length. */
  substr: [Expr, Expr, Expr];
  /** Round a double to a number of decimals (an integer expression). */
  round: [Expr, Expr];
  /** The time the statement runs (a timestamp with time zone). */
  now: [];
  /** x raised to a double power. */
  power: [Expr, Expr];
  log10: [Expr];
  /** A date as text, YYYY-MM-DD. */
  dateText: [Expr];
  /** A list read whole into memory once, so that reading it by position costs O(1) per row. */
  wholeList: [Expr];
  /** A timestamp (with or without time zone, in the session's zone) as text, YYYY-MM-DD HH:MM:SS. */
  timestampText: [Expr];
}
export type FunctionName = keyof FunctionArgs;

export type Expr =
  | { readonly k: 'col'; readonly name: string; readonly table?: string }
  | { readonly k: 'lit'; readonly type: 'text' | 'bigint' | 'double' | 'boolean'; readonly value: string | number | boolean }
  | { readonly k: 'null'; readonly type?: SqlType }
  | { readonly k: 'star' }
  | { readonly k: 'op'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly k: 'not'; readonly arg: Expr }
  | { readonly k: 'isNull'; readonly arg: Expr; readonly negated: boolean }
  | { readonly k: 'in'; readonly arg: Expr; readonly list: readonly Expr[] }
  | { readonly k: 'fn'; readonly fn: FunctionName; readonly args: readonly Expr[] }
  | { readonly k: 'cast'; readonly arg: Expr; readonly type: SqlType }
  | { readonly k: 'case'; readonly whens: readonly (readonly [Expr, Expr])[]; readonly else?: Expr }
  | {
      readonly k: 'agg';
      readonly fn: AggregateName;
      readonly arg?: Expr;
      readonly distinct?: boolean;
      readonly orderBy?: readonly Order[];
      readonly separator?: string;
      /** Only the rows where this holds are aggregated (FILTER (WHERE ...)). */
      readonly filter?: Expr;
    }
  | { readonly k: 'window'; readonly fn: WindowName; readonly arg?: Expr; readonly partitionBy: readonly Expr[]; readonly orderBy: readonly Order[]; readonly running?: boolean }
  | { readonly k: 'subquery'; readonly query: Query }
  | { readonly k: 'exists'; readonly query: Query }
  /** Truncate a date/timestamp to the start of its unit (a date stays a date). */
  | { readonly k: 'dateTrunc'; readonly unit: TimeUnit; readonly arg: Expr; readonly type: 'date' | 'timestamp' }
  /** start + n units, n an integer expression. */
  | { readonly k: 'addUnits'; readonly unit: TimeUnit; readonly start: Expr; readonly count: Expr; readonly type: 'date' | 'timestamp' }
  /** Whole units from a to b. */
  | { readonly k: 'unitsBetween'; readonly unit: TimeUnit; readonly from: Expr; readonly to: Expr }
  /** Text parsed with a strptime format; NULL where it does not parse. */
  | { readonly k: 'parseTime'; readonly arg: Expr; readonly format: string }
  /** One output row per integer 0..n-1 (a set-returning select item). */
  | { readonly k: 'series'; readonly count: Expr }
  /** One output row per integer from..to-1 (a set-returning select item). */
  | { readonly k: 'seriesRange'; readonly from: Expr; readonly to: Expr }
  /** A list cast element by element (e.g. text[] to date[]), kept in the form `element` reads fastest. */
  | { readonly k: 'castList'; readonly arg: Expr; readonly type: SqlType }
  /**
   * Element of a list of a type by 0-based position: NULL past the end. The kernel's only lookup, O(1)
   * in every engine (the dialect picks a list form with offsets where elements vary in width).
   */
  | { readonly k: 'element'; readonly list: Expr; readonly index: Expr; readonly type: SqlType }
  /** A value made of named members (a struct / row), and one member of it. */
  | { readonly k: 'record'; readonly members: readonly (readonly [string, Expr])[] }
  | { readonly k: 'member'; readonly arg: Expr; readonly name: string };

export type BinaryOp = '+' | '-' | '*' | '/' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'and' | 'or' | '||';
export type AggregateName = 'count' | 'sum' | 'min' | 'max' | 'any' | 'avg' | 'approxDistinct' | 'stringAgg' | 'list';
export type WindowName = 'sum' | 'count' | 'rowNumber' | 'lead' | 'min' | 'max';

export interface Order {
  readonly expr: Expr;
  readonly desc?: boolean;
  readonly nullsFirst?: boolean;
  /** A text key: ordered by code point whatever the database's collation. */
  readonly text?: boolean;
}

export interface TableRef {
  /** Attached database (DuckDB catalog / PostgreSQL schema-per-scope); omitted for the current one. */
  readonly catalog?: string;
  readonly schema?: string;
  readonly name: string;
}

export type FileFormat = 'parquet' | 'csv' | 'json';

export type From =
  | { readonly k: 'table'; readonly table: TableRef; readonly as?: string }
  /** header: CSV only, whether the first line names the columns (undefined: the engine decides). */
  | { readonly k: 'file'; readonly path: string; readonly format: FileFormat; readonly header?: boolean; readonly as?: string }
  | { readonly k: 'query'; readonly query: Query; readonly as: string }
  /** A constant table; the first row's expressions fix the column types. */
  | { readonly k: 'values'; readonly rows: readonly (readonly Expr[])[]; readonly columns: readonly string[]; readonly as: string }
  /** Integers 0..count-1 in a column, in order (DuckDB range, PostgreSQL generate_series, Spark range). */
  | { readonly k: 'range'; readonly count: Expr; readonly column: string; readonly as: string };

export interface Join {
  readonly type: 'inner' | 'left' | 'cross';
  readonly from: From;
  readonly on?: Expr;
}

export interface SelectColumn {
  readonly expr: Expr;
  readonly as?: string;
}

export interface Cte {
  readonly name: string;
  readonly query: Query;
}

export interface Select {
  readonly k: 'select';
  readonly with?: readonly Cte[];
  readonly columns: readonly SelectColumn[];
  readonly from?: From;
  readonly joins?: readonly Join[];
  readonly where?: Expr;
  readonly groupBy?: readonly Expr[];
  /** GROUP BY GROUPING SETS ((a), (b), ...): one aggregation per set in a single pass. */
  readonly groupingSets?: readonly (readonly Expr[])[];
  readonly orderBy?: readonly Order[];
}

export interface UnionAll {
  readonly k: 'union';
  readonly parts: readonly Query[];
  /** EXCEPT ALL instead: the rows of the first part not matched, with multiplicity, by the others. */
  readonly except?: boolean;
}

export type Query = Select | UnionAll;

export type Statement =
  /** The session's time zone: every stage runs in a fixed one, so timestamps with time zone bucket and print alike everywhere. */
  | { readonly k: 'timeZone'; readonly name: string }
  | { readonly k: 'attach'; readonly path: string; readonly alias: string; readonly readOnly: boolean }
  | { readonly k: 'createSchema'; readonly name: string }
  /** From here on the session reaches only the databases it has attached: no files, no extensions, no settings. */
  | { readonly k: 'isolate' }
  /** A view recomputed at each use. */
  | { readonly k: 'createView'; readonly view: TableRef; readonly query: Query; readonly temp: boolean }
  /**
   * CREATE OR REPLACE TABLE ... AS. joinsAsWritten asks the engine to keep the join order and build
   * sides as written (lookup tables on the build side), where its optimiser would otherwise guess.
   */
  | { readonly k: 'createTable'; readonly table: TableRef; readonly query: Query; readonly temp: boolean; readonly joinsAsWritten?: boolean }
  /**
   * Replace these tables with these queries, all or nothing: a failure anywhere leaves every previous
   * table as it was. The mechanism is the dialect's: one transaction where DDL is transactional,
   * staging tables swapped in at the end where it is not.
   */
  | {
      readonly k: 'replace';
      readonly tables: readonly { readonly target: TableRef; readonly query: Query; readonly joinsAsWritten?: boolean }[];
      /** Rows appended to log tables (which ensureTable made) in the same unit of work as the replacement. */
      readonly appends?: readonly { readonly target: TableRef; readonly query: Query }[];
    }
  /** A bookkeeping table (a log) made empty with these columns if it does not exist; never replaced. */
  | { readonly k: 'ensureTable'; readonly table: TableRef; readonly columns: readonly (readonly [string, SqlType])[] }
  /** Fails the program with message when failWhen is true. */
  | { readonly k: 'assert'; readonly failWhen: Expr; readonly message: string }
  /** A result the runner reads back: always metadata-sized, never record-level. */
  | { readonly k: 'result'; readonly name: string; readonly query: Query }
  | { readonly k: 'setVariable'; readonly name: string; readonly value: Expr }
  | { readonly k: 'copy'; readonly query: Query; readonly path: string; readonly format: 'parquet' | 'csv'; readonly metadata?: readonly (readonly [string, Expr])[] };

export interface Section {
  readonly title: string;
  /** Why this statement exists, printed as a comment above it. */
  readonly note?: string;
  readonly statement: Statement;
}

/** The stages in pipeline order: review reads the metadata, release copies it to where generate reads. */
export const STAGES = ['scrape', 'review', 'release', 'generate', 'qa', 'export'] as const;
export type Stage = (typeof STAGES)[number];

export interface Program {
  readonly stage: Stage;
  /** e.g. 01_scrape.sql */
  readonly file: string;
  /** Comment lines at the top of the file. */
  readonly header: readonly string[];
  readonly sections: readonly Section[];
}

// ---- constructors: plans read like the SQL they build -------------------------------------------------

export const col = (name: string, table?: string): Expr => (table ? { k: 'col', name, table } : { k: 'col', name });
export const text = (value: string): Expr => ({ k: 'lit', type: 'text', value });
export const int = (value: number): Expr => {
  if (!Number.isSafeInteger(value)) throw new Error(`not a safe integer literal: ${value}`);
  return { k: 'lit', type: 'bigint', value };
};
export const double = (value: number): Expr => {
  if (!Number.isFinite(value)) throw new Error(`not a finite double literal: ${value}`);
  return { k: 'lit', type: 'double', value };
};
export const bool = (value: boolean): Expr => ({ k: 'lit', type: 'boolean', value });
export const nul = (type?: SqlType): Expr => (type ? { k: 'null', type } : { k: 'null' });
export const star: Expr = { k: 'star' };
export const op = (o: BinaryOp, left: Expr, right: Expr): Expr => ({ k: 'op', op: o, left, right });
export const and = (...parts: Expr[]): Expr => parts.reduce((a, b) => op('and', a, b));
export const eq = (a: Expr, b: Expr): Expr => op('=', a, b);
export const not = (arg: Expr): Expr => ({ k: 'not', arg });
export const isNull = (arg: Expr): Expr => ({ k: 'isNull', arg, negated: false });
export const isNotNull = (arg: Expr): Expr => ({ k: 'isNull', arg, negated: true });
export const inList = (arg: Expr, list: readonly Expr[]): Expr => ({ k: 'in', arg, list });
export const fn = <F extends FunctionName>(name: F, ...args: FunctionArgs[F]): Expr => ({
  k: 'fn',
  fn: name,
  args,
});
export const cast = (arg: Expr, type: SqlType): Expr => ({ k: 'cast', arg, type });
export const caseWhen = (whens: (readonly [Expr, Expr])[], otherwise?: Expr): Expr =>
  otherwise ? { k: 'case', whens, else: otherwise } : { k: 'case', whens };
export const count = (arg?: Expr, distinct = false): Expr =>
  arg ? { k: 'agg', fn: 'count', arg, distinct } : { k: 'agg', fn: 'count' };
export const agg = (name: Exclude<AggregateName, 'count' | 'stringAgg'>, arg: Expr, filter?: Expr): Expr => ({ k: 'agg', fn: name, arg, ...(filter ? { filter } : {}) });
export const approxDistinct = (arg: Expr): Expr => ({ k: 'agg', fn: 'approxDistinct', arg });
export const stringAgg = (arg: Expr, separator: string, orderBy: Order[]): Expr => ({ k: 'agg', fn: 'stringAgg', arg, separator, orderBy });
/** The values of a group as a list, in an order; only rows where filter holds, if given. */
export const listAgg = (arg: Expr, orderBy: Order[], filter?: Expr): Expr => ({ k: 'agg', fn: 'list', arg, orderBy, ...(filter ? { filter } : {}) });
export const over = (
  name: WindowName,
  arg: Expr | undefined,
  partitionBy: Expr[],
  orderBy: Order[] = [],
  running = false,
): Expr => ({ k: 'window', fn: name, ...(arg ? { arg } : {}), partitionBy, orderBy, running });
export const scalar = (query: Query): Expr => ({ k: 'subquery', query });
export const exists = (query: Query): Expr => ({ k: 'exists', query });
export const asc = (expr: Expr, nullsFirst = false): Order => ({ expr, nullsFirst });
/** Ascending by a text key, in code point order. */
export const ascText = (expr: Expr, nullsFirst = false): Order => ({ expr, nullsFirst, text: true });
export const desc = (expr: Expr): Order => ({ expr, desc: true });

export const table = (name: string, catalog?: string, schema?: string): TableRef => ({
  name,
  ...(catalog ? { catalog } : {}),
  ...(schema ? { schema } : {}),
});
export const from = (t: TableRef, as?: string): From => (as ? { k: 'table', table: t, as } : { k: 'table', table: t });
export const sub = (query: Query, as: string): From => ({ k: 'query', query, as });
export const column = (expr: Expr, as?: string): SelectColumn => (as ? { expr, as } : { expr });
export const select = (columns: SelectColumn[], rest: Omit<Select, 'k' | 'columns'> = {}): Select => ({ k: 'select', columns, ...rest });
export const unionAll = (parts: Query[]): Query => (parts.length === 1 ? parts[0]! : { k: 'union', parts });
