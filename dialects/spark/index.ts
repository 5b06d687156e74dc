// Spark SQL 3.5 and 4.x with Delta Lake (Databricks), in ANSI mode. What differs from DuckDB, and why:
//   - string literals take backslash escapes, and `${...}` in SQL text is variable substitution, so
//     quotes, backslashes and dollars in literals are escaped;
//   - small integer literals are INT and ANSI mode fails on INT overflow: the kernel's literals are
//     BIGINT (42L); shifts, subscripts and substrings take INT arguments;
//   - ASC puts NULLs first: every ORDER BY says which;
//   - floor() returns BIGINT, element_at() fails past the end (try_element_at does not), row_number()
//     is INT: each is spelled to give DuckDB's type and result;
//   - EXISTS is allowed only in a WHERE clause, so checks filter a one-row table;
//   - no TEMP tables: session scratch tables are Delta tables in a scratch schema of their own, read
//     through a temporary view of the same name, and dropped when the stage ends (see scratchTable);
//   - output tables are Delta tables replaced with CREATE OR REPLACE TABLE (atomic per table);
//   - lookup lists are read as scalar subqueries (evaluated once per statement), never carried beside
//     every row: a projection copies every array it carries into each row it emits;
//   - no files: sources are tables (`adg load` copies a file source in), and export streams rows to the
//     client, where the files are written.
import type { Dialect, TypeFamily } from '../dialect.js';
import { Unsupported } from '../dialect.js';
import type { SqlType, TimeUnit } from '../../compiler/ir.js';
import { decimalType, type LogicalType } from '../../compiler/spec/types.js';
import { translateFormat } from '../time-format.js';
import { sparkGrants } from './grants.js';

const ENGINE = 'Spark SQL';

function rejectNul(text: string): void {
  if (text.includes('\0')) throw new Error('a name or literal contains a NUL character, which SQL cannot carry');
}

function quoteIdent(name: string): string {
  rejectNul(name);
  return `\`${name.replaceAll('`', '``')}\``;
}

/** Backslash escapes; `$` as \u0024 so that `${...}` inside a value is never substituted. */
function quoteString(value: string): string {
  rejectNul(value);
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('$', '\\u0024')}'`;
}

const TYPES: Record<Exclude<SqlType, `decimal(${number},${number})`>, string> = {
  text: 'STRING',
  tinyint: 'TINYINT',
  smallint: 'SMALLINT',
  int: 'INT',
  bigint: 'BIGINT',
  float: 'FLOAT',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  // Spark's TIMESTAMP is an instant shown in the session zone; a plain timestamp is TIMESTAMP_NTZ.
  timestamp: 'TIMESTAMP_NTZ',
  timestamptz: 'TIMESTAMP',
  hash32: 'BIGINT',
};

function typeName(type: SqlType): string {
  const decimal = /^decimal\((\d+),(\d+)\)$/.exec(type);
  return decimal ? `DECIMAL(${decimal[1]},${decimal[2]})` : TYPES[type as keyof typeof TYPES];
}

function typeFamily(engineType: string): TypeFamily {
  const t = engineType.toLowerCase();
  if (/^(array|map|struct)</.test(t)) return 'nested';
  if (/^(tinyint|smallint|int|integer|bigint|byte|short|long)$/.test(t)) return 'integer';
  if (/^(float|double|real|decimal|numeric)/.test(t)) return 'number';
  if (/^(string|varchar|char)/.test(t)) return 'text';
  if (t === 'boolean') return 'boolean';
  if (t === 'date') return 'date';
  if (t.startsWith('timestamp')) return 'timestamp';
  return 'other';
}

function typeLabel(engineType: string): string {
  const t = engineType.trim();
  if (/^(decimal|numeric|varchar|char)\s*\(\s*\d+(\s*,\s*\d+)?\s*\)$/i.test(t)) return t.toUpperCase();
  return (/^[A-Za-z_][A-Za-z0-9_]*/.exec(t)?.[0] ?? 'UNKNOWN').toUpperCase();
}

function logicalType(engineType: string): LogicalType | undefined {
  const t = engineType.trim().toLowerCase();
  const decimal = /^decimal\((\d+),\s*(\d+)\)$/.exec(t);
  if (decimal) return decimalType(Number(decimal[1]), Number(decimal[2]));
  if (/^(string|varchar|char)/.test(t)) return 'string';
  const named: Record<string, LogicalType> = {
    boolean: 'boolean',
    tinyint: 'tinyint',
    smallint: 'smallint',
    int: 'int',
    bigint: 'bigint',
    float: 'float',
    double: 'double',
    date: 'date',
    timestamp: 'timestamptz',
    timestamp_ntz: 'timestamp',
  };
  return named[t];
}

const UNIT: Record<TimeUnit, string> = { year: 'YEAR', month: 'MONTH', week: 'WEEK', day: 'DAY', hour: 'HOUR', minute: 'MINUTE', second: 'SECOND' };
const int = (x: string) => `CAST(${x} AS INT)`;

/** An aggregate ordered by keys: sort (key..., value) records and keep the values (no ORDER BY inside aggregates before Spark 4). */
function orderedList(arg: string, keys: readonly string[], filter?: string): string {
  const record = `named_struct(${[...keys.map((k, i) => `'k${i}', ${k}`), `'v', ${arg}`].join(', ')})`;
  const collected = `collect_list(${record})${filter ? ` FILTER (WHERE ${filter})` : ''}`;
  return `transform(array_sort(${collected}), adg_x -> adg_x.v)`;
}

/** The schema of session scratch tables (see scratchTable): adg's own, dropped with its tables after every stage. */
export const SCRATCH_SCHEMA = 'adg_scratch';
const SCRATCH = quoteIdent(SCRATCH_SCHEMA);

/**
 * Delta tables, with column mapping by name: without it Delta refuses column names with spaces, commas
 * or parentheses ("Cost Total $"), which are normal input. Mapping needs reader 2 / writer 5, which
 * Databricks and Delta 2.0+ read.
 */
const DELTA = "USING DELTA TBLPROPERTIES ('delta.columnMapping.mode' = 'name', 'delta.minReaderVersion' = '2', 'delta.minWriterVersion' = '5')";

/**
 * A session scratch table: written out to a Delta table in a scratch schema of adg's own (never the
 * metadata or output schema), and read through a temporary view of the same name, so scratch tables are
 * unqualified everywhere (CREATE OR REPLACE TEMPORARY VIEW touches temporary views only). Not a view,
 * cached or not: Spark expands a view into its whole query at every use (a cache is matched only after
 * analysis), so scratch tables that read each other, several times each, analyse into an exponentially
 * larger plan (scraping 10,000 rows: a 30,000-line plan at the percentile bins, minutes of analysis,
 * then out of heap). A table cuts the lineage: every use is one scan. In the platform's default table
 * format (no USING): Delta on Databricks, where Unity Catalog makes managed tables in Delta only;
 * Parquet in a local session, where a Delta transaction log per scratch table cost 16 s of a 47 s
 * flights scrape (measured). Raw counts are on disk while the stage runs; dropScratch removes each
 * of them after every stage.
 */
function scratchTable(table: string, query: string): string[] {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${SCRATCH}`,
    `DROP TABLE IF EXISTS ${SCRATCH}.${table}`,
    `CREATE TABLE ${SCRATCH}.${table} AS\n${query}`,
    `CREATE OR REPLACE TEMPORARY VIEW ${table} AS SELECT * FROM ${SCRATCH}.${table}`,
  ];
}

export const spark: Dialect = {
  name: 'spark',
  title: 'Spark SQL',
  quoteIdent,
  quoteString,
  // An exponent makes a DOUBLE literal (1.5 alone is DECIMAL).
  doubleLiteral: (value) => value.toExponential(),
  bigintLiteral: (value) => `${value}L`,
  // Strings compare by UTF-8 bytes, which is code point order.
  binaryOrder: (expr) => expr,
  nullsOrder: (first) => (first ? 'NULLS FIRST' : 'NULLS LAST'),
  typeName,
  typeFamily,
  typeLabel,
  logicalType,

  functions: {
    // floor/ceil return BIGINT on Spark (saturating past 2^63); kept DOUBLE as on the other engines.
    // From 2^52 up every double is a whole number (and NaN and the infinities are their own floor).
    floor: (x) => `CASE WHEN abs(${x}) < 4.5e15 THEN CAST(floor(${x}) AS DOUBLE) ELSE ${x} END`,
    ceil: (x) => `CASE WHEN abs(${x}) < 4.5e15 THEN CAST(ceil(${x}) AS DOUBLE) ELSE ${x} END`,
    log2: (x) => `log2(${x})`,
    least: (a, b) => `least(${a}, ${b})`,
    greatest: (a, b) => `greatest(${a}, ${b})`,
    coalesce: (a, b) => `coalesce(${a}, ${b})`,
    xor: (a, b) => `(${a} ^ ${b})`,
    shr: (a, b) => `shiftright(${a}, ${int(b)})`,
    shl: (a, b) => `shiftleft(CAST(${a} AS BIGINT), ${int(b)})`,
    bitand: (a, b) => `(${a} & ${b})`,
    intdiv: (a, b) => `(${a} div ${b})`,
    variable: () => {
      throw new Unsupported(ENGINE, 'read session variables in Spark 3.5');
    },
    sha256: (x) => `sha2(${x}, 256)`,
    length: (x) => `char_length(${x})`,
    grouping: (x) => `grouping(${x})`,
    mod: (a, b) => `(${a} % ${b})`,
    isFinite: (x) => `(NOT isnan(${x}) AND abs(${x}) <> double('Infinity'))`,
    // Java regular expressions, partial match like RE2's regexp_matches.
    matches: (x, pattern) => `(${x} RLIKE ${pattern})`,
    replaceAll: (x, pattern, replacement) => `regexp_replace(${x}, ${pattern}, ${replacement})`,
    substr: (x, start, length) => `substr(${x}, ${int(start)}, ${int(length)})`,
    round: (x, digits) => `round(${x}, ${int(digits)})`,
    power: (x, y) => `power(${x}, ${y})`,
    now: () => 'current_timestamp()',
    log10: (x) => `log10(${x})`,
    wholeList: (x) => x,
    dateText: (x) => `date_format(${x}, 'yyyy-MM-dd')`,
    timestampText: (x) => `date_format(${x}, 'yyyy-MM-dd HH:mm:ss')`,
  },
  dateTrunc: (unit, arg, type) =>
    type === 'date' ? `CAST(date_trunc('${UNIT[unit]}', ${arg}) AS DATE)` : `date_trunc('${UNIT[unit]}', ${arg})`,
  addUnits: (unit, start, count, type) => {
    if (type === 'date' && unit === 'day') return `date_add(${start}, ${int(count)})`;
    const sum = `timestampadd(${UNIT[unit]}, ${count}, ${start})`;
    return type === 'date' ? `CAST(${sum} AS DATE)` : sum;
  },
  unitsBetween: (unit, from, to) => `timestampdiff(${UNIT[unit]}, ${from}, ${to})`,
  parseTime: (arg, format) => {
    let parts;
    try {
      parts = translateFormat(format);
    } catch (err) {
      throw new Unsupported(ENGINE, `parse the date format ${JSON.stringify(format)}: ${(err as Error).message}`);
    }
    return `CAST(try_to_timestamp(${arg}, ${quoteString(parts.java)}) AS TIMESTAMP_NTZ)`;
  },
  // sequence(a, b) with b < a counts down (sequence(0, -1) is [0, -1]): an empty range is NULL, which explodes to no row.
  series: (count) => `explode(CASE WHEN (${count}) > 0 THEN sequence(0L, (${count}) - 1) END)`,
  listAgg: (arg, order, filter) =>
    order.keys.length ? orderedList(arg, order.keys, filter) : `collect_list(${arg})${filter ? ` FILTER (WHERE ${filter})` : ''}`,
  seriesRange: (from, to) => `explode(CASE WHEN (${to}) > (${from}) THEN sequence(${from}, (${to}) - 1) END)`,
  castList: (list, type) => `CAST(${list} AS ARRAY<${spark.typeName(type)}>)`,
  listElement: (list, index) => `try_element_at(${list}, ${int(index)} + 1)`,
  record: (members, separator) => `named_struct(${members.map(([name, value]) => `${quoteString(name)}, ${value}`).join(separator)})`,
  member: (record, name) => `${record}.${quoteIdent(name)}`,
  stringAgg: (arg, separator, order) => `array_join(${orderedList(arg, order.keys)}, ${quoteString(separator)})`,
  approxDistinct: (arg) => `approx_count_distinct(${arg})`,
  anyValue: (arg) => `any_value(${arg})`,
  windowFunction: (name, arg, spec) => {
    const call = `${name}(${arg}) OVER (${spec})`;
    return name === 'row_number' || name === 'count' ? `CAST(${call} AS BIGINT)` : call;
  },

  readFile: (path) => {
    throw new Unsupported(ENGINE, `read the file ${path} in place with the spec's types`, 'load it into a table first: adg load <spec> --target <name>');
  },
  // range() takes only constants; sequence() takes any expression.
  range: (count, column, alias) => `(SELECT explode(CASE WHEN (${count}) > 0 THEN sequence(0L, (${count}) - 1) END) AS ${quoteIdent(column)}) AS ${quoteIdent(alias)}`,
  readsFiles: false,
  exportsThrough: 'client',

  // Delta tables are columnar: one column per scan.
  frequencyScan: 'per-field',
  columnar: () => true,
  rowBlocks: 262_144,
  lookupLists: 'subqueries',
  fence: '',
  correlatedScalars: 'aggregated',

  setTimeZone: (name) => [`SET TIME ZONE ${quoteString(name)}`],
  attach: (path) => {
    throw new Unsupported(ENGINE, `attach the database file ${path}`, 'Spark scopes are schemas: see targets in adg.config.yaml');
  },
  // Scopes are schemas, never files; which of them a session reaches is a matter of grants.
  isolate: () => [],
  storageClause: DELTA,
  createSchema: (name) => [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}`],
  // A session view is read by dozens of scalar subqueries in one statement (the lookup lists): Spark
  // plans and runs its whole query inside each, so it is a scratch table too (its inputs do not change
  // while the program runs, so every use would read the same rows). 18 s of planning down to 6 s.
  createView: (view, query, temp) => (temp ? scratchTable(view, query) : [`CREATE OR REPLACE TEMPORARY VIEW ${view} AS\n${query}`]),
  createTable: (table, query, { temp }) => (temp ? scratchTable(table, query) : [`CREATE OR REPLACE TABLE ${table} ${DELTA} AS\n${query}`]),
  // Each of adg's own scratch tables by name, never the schema with whatever else it holds.
  dropScratch: (tables) => tables.map((t) => `DROP TABLE IF EXISTS ${SCRATCH}.${quoteIdent(t)}`),
  // Each replacement is atomic (a new Delta version); a failure leaves every table not yet replaced as
  // it was. Log rows go last: a log row never names a replacement that did not happen.
  replaceTables: (tables, appends) => [
    ...tables.map((t) => `CREATE OR REPLACE TABLE ${t.target} ${DELTA} AS\n${t.query}`),
    ...appends.map((a) => `INSERT INTO ${a.target}\n${a.query}`),
  ],
  assert: (failWhen, message) => [`SELECT raise_error(${quoteString(message)}) AS ${quoteIdent('adg_check')} FROM (SELECT 1 AS ${quoteIdent('one')}) AS ${quoteIdent('adg_once')} WHERE ${failWhen}`],
  setVariable: () => {
    throw new Unsupported(ENGINE, 'set session variables in Spark 3.5');
  },
  // Rows the runner streams to files on the client.
  copy: (query) => [query],
  grants: (plan) => sparkGrants(plan, { quoteIdent }, SCRATCH_SCHEMA),
};
