// DuckDB (1.5, @duckdb/node-api): the embedded default. Everything here was measured on DuckDB 1.5.6.
import type { Dialect, TypeFamily } from '../dialect.js';
import type { SqlType, TimeUnit } from '../../compiler/ir.js';
import { decimalType, type LogicalType } from '../../compiler/spec/types.js';

function quoteIdent(name: string): string {
  rejectNul(name);
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteString(value: string): string {
  rejectNul(value);
  return `'${value.replaceAll("'", "''")}'`;
}

function rejectNul(text: string): void {
  if (text.includes('\0')) throw new Error('a name or literal contains a NUL character, which SQL cannot carry');
}

const TYPES: Record<Exclude<SqlType, `decimal(${number},${number})`>, string> = {
  text: 'VARCHAR',
  tinyint: 'TINYINT',
  smallint: 'SMALLINT',
  int: 'INTEGER',
  bigint: 'BIGINT',
  float: 'FLOAT',
  double: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  timestamptz: 'TIMESTAMPTZ',
  // Multipliers are below 2^31 (compiler/random.ts): x * m < 2^63 fits a signed BIGINT.
  hash32: 'BIGINT',
};

function typeFamily(engineType: string): TypeFamily {
  const t = engineType.toUpperCase();
  if (/^(STRUCT|MAP|UNION|LIST)\b/.test(t) || /\]$/.test(t)) return 'nested';
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|INT\d*)$/.test(t)) return 'integer';
  if (/^(FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/.test(t)) return 'number';
  if (/^(VARCHAR|TEXT|STRING|JSON|UUID|ENUM)/.test(t)) return 'text';
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'DATE') return 'date';
  if (t.startsWith('TIMESTAMP')) return 'timestamp';
  return 'other';
}

/** Keeps only the outer name of a type whose parameters could be data (struct keys, enum members). */
function typeLabel(engineType: string): string {
  const t = engineType.trim();
  if (/\]$/.test(t)) return 'LIST';
  if (/^(DECIMAL|NUMERIC|VARCHAR|CHAR|BIT)\s*\(\s*\d+(\s*,\s*\d+)?\s*\)$/i.test(t)) return t.toUpperCase();
  const head = /^[A-Za-z_][A-Za-z0-9_ ]*/.exec(t)?.[0]?.trim() ?? 'UNKNOWN';
  return head.toUpperCase();
}

/** Spec types for DuckDB's types: the same, or the narrowest portable type that holds every value. */
function logicalType(engineType: string): LogicalType | undefined {
  const t = engineType.trim().toUpperCase();
  const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(t);
  if (decimal) return decimalType(Number(decimal[1]), Number(decimal[2]));
  const named: Record<string, LogicalType> = {
    VARCHAR: 'string',
    UUID: 'string',
    JSON: 'string',
    BOOLEAN: 'boolean',
    TINYINT: 'tinyint',
    SMALLINT: 'smallint',
    INTEGER: 'int',
    BIGINT: 'bigint',
    UTINYINT: 'smallint',
    USMALLINT: 'int',
    UINTEGER: 'bigint',
    HUGEINT: 'decimal(38,0)',
    UBIGINT: 'decimal(20,0)',
    FLOAT: 'float',
    DOUBLE: 'double',
    DATE: 'date',
    TIMESTAMP: 'timestamp',
    TIMESTAMP_S: 'timestamp',
    TIMESTAMP_MS: 'timestamp',
    TIMESTAMP_NS: 'timestamp',
    'TIMESTAMP WITH TIME ZONE': 'timestamptz',
  };
  if (t.startsWith('ENUM')) return 'string';
  return named[t];
}

/** Interval constructors by unit (to_weeks etc. take an integer count). */
const INTERVAL: Record<TimeUnit, string> = {
  year: 'to_years',
  month: 'to_months',
  week: 'to_weeks',
  day: 'to_days',
  hour: 'to_hours',
  minute: 'to_minutes',
  second: 'to_seconds',
};

function createTable(table: string, query: string, temp: boolean, joinsAsWritten: boolean): string[] {
  const create = `CREATE OR REPLACE ${temp ? 'TEMP ' : ''}TABLE ${table} AS\n${query}`;
  // The optimiser's estimate collapses after a few range-filtered lookup joins and it then builds hash
  // tables on the millions-of-rows side (measured 5.7x slower); keep the order and sides as written
  // (DuckDB's documented recipe for forcing a join order).
  return joinsAsWritten
    ? [`SET disabled_optimizers = 'join_order,build_side_probe_side'`, create, 'RESET disabled_optimizers']
    : [create];
}

export const duckdb: Dialect = {
  name: 'duckdb',
  title: 'DuckDB',
  quoteIdent,
  quoteString,
  // A plain 1.5 is DECIMAL in DuckDB, and DECIMAL arithmetic on millions of rows is ~50x slower than
  // DOUBLE (measured); exponent notation is always DOUBLE.
  doubleLiteral: (value) => value.toExponential(),
  // Integer literals take the type the expression needs.
  bigintLiteral: (value) => String(value),
  // Text compares by code point unless a collation is asked for.
  binaryOrder: (expr) => expr,
  nullsOrder: (first) => (first ? 'NULLS FIRST' : 'NULLS LAST'),
  typeName: (type) => (type.startsWith('decimal(') ? type.toUpperCase() : TYPES[type as keyof typeof TYPES]),
  typeFamily,
  typeLabel,
  logicalType,

  functions: {
    floor: (x) => `floor(${x})`,
    ceil: (x) => `ceil(${x})`,
    log2: (x) => `log2(${x})`,
    least: (a, b) => `least(${a}, ${b})`,
    greatest: (a, b) => `greatest(${a}, ${b})`,
    coalesce: (a, b) => `coalesce(${a}, ${b})`,
    xor: (a, b) => `xor(${a}, ${b})`,
    shr: (a, b) => `(${a} >> ${b})`,
    shl: (a, b) => `(${a} << ${b})`,
    bitand: (a, b) => `(${a} & ${b})`,
    intdiv: (a, b) => `(${a} // ${b})`,
    variable: (name) => `getvariable(${name})`,
    sha256: (x) => `sha256(${x})`,
    length: (x) => `length(${x})`,
    grouping: (x) => `grouping(${x})`,
    mod: (a, b) => `(${a} % ${b})`,
    isFinite: (x) => `isfinite(${x})`,
    // RE2 partial match: the patterns anchor themselves.
    matches: (x, pattern) => `regexp_matches(${x}, ${pattern})`,
    replaceAll: (x, pattern, replacement) => `regexp_replace(${x}, ${pattern}, ${replacement}, 'g')`,
    substr: (x, start, length) => `substr(${x}, ${start}, ${length})`,
    round: (x, digits) => `round(${x}, ${digits})`,
    power: (x, y) => `pow(${x}, ${y})`,
    now: () => 'current_timestamp',
    log10: (x) => `log10(${x})`,
    wholeList: (x) => x,
    dateText: (x) => `strftime(${x}, '%Y-%m-%d')`,
    timestampText: (x) => `strftime(${x}, '%Y-%m-%d %H:%M:%S')`,
  },
  dateTrunc: (unit, arg, type) =>
    type === 'date' ? `CAST(date_trunc('${unit}', ${arg}) AS DATE)` : `date_trunc('${unit}', ${arg})`,
  addUnits: (unit, start, count, type) => {
    if (type === 'date' && unit === 'day') return `(${start} + CAST(${count} AS INTEGER))`;
    const sum = `${start} + ${INTERVAL[unit]}(${count})`;
    return type === 'date' ? `CAST(${sum} AS DATE)` : `(${sum})`;
  },
  unitsBetween: (unit, from, to) => `date_diff('${unit}', ${from}, ${to})`,
  parseTime: (arg, format) => `try_strptime(${arg}, ${quoteString(format)})`,
  series: (count) => `unnest(range(${count}))`,
  listAgg: (arg, order, filter) => `list(${arg}${order.text ? ` ORDER BY ${order.text}` : ''})${filter ? ` FILTER (WHERE ${filter})` : ''}`,
  seriesRange: (from, to) => `unnest(range(${from}, ${to}))`,
  castList: (list, type) => `CAST(${list} AS ${duckdb.typeName(type)}[])`,
  // Lists count from 1; past the end gives NULL.
  listElement: (list, index) => `${list}[${index} + 1]`,
  record: (members, separator) => `struct_pack(${members.map(([name, value]) => `${quoteIdent(name)} := ${value}`).join(separator)})`,
  member: (record, name) => `${record}.${quoteIdent(name)}`,
  stringAgg: (arg, separator, order) =>
    `string_agg(${arg}, ${quoteString(separator)}${order.text ? ` ORDER BY ${order.text}` : ''})`,

  approxDistinct: (arg) => `approx_count_distinct(${arg})`,
  anyValue: (arg) => `any_value(${arg})`,
  windowFunction: (name, arg, spec) => `${name}(${arg}) OVER (${spec})`,
  readFile: (path, format, header) =>
    `read_${format}(${quoteString(path)}${format === 'csv' && header !== undefined ? `, header = ${header}` : ''})`,
  range: (count, column, alias) => `range(${count}) AS ${quoteIdent(alias)}(${quoteIdent(column)})`,
  readsFiles: true,
  exportsThrough: 'engine',

  // Columnar storage: a per-field GROUP BY reads one column, so UNION ALL costs no extra I/O and was
  // faster than GROUPING SETS on tables (0.14 s vs 0.18 s on flights-3m; equal on Parquet). See bench/.
  frequencyScan: 'per-field',
  // CSV and JSON are parsed whole on every scan: 13 per-field scans of birdstrikes.csv took 0.83 s,
  // one parse into a TEMP table then 13 scans 0.08 s.
  columnar: (source) => source.kind === 'table' || source.format === 'parquet',
  // A constant list next to each row is copied per 2,048-row vector (1.6 s per 10M rows for a 1M-entry
  // list); expanded from blocks by unnest it is shared, not copied (0.28 s). DuckDB scans a table in
  // parallel by row groups of 122,880 rows: 983,040 blocks make 8 of them, enough for 8 threads.
  rowBlocks: 983_040,
  lookupLists: 'records',
  fence: '',
  correlatedScalars: 'as-written',

  // Needs ICU, which DuckDB's Node package bundles.
  setTimeZone: (name) => [`SET TimeZone = ${quoteString(name)}`],
  // IF NOT EXISTS: the runner may have attached it already to read the catalog in the same session.
  attach: (path, alias, readOnly) => [`ATTACH IF NOT EXISTS ${quoteString(path)} AS ${quoteIdent(alias)}${readOnly ? ' (READ_ONLY)' : ''}`],
  isolate: () => [
    'SET enable_external_access = false',
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    'SET lock_configuration = true',
  ],
  storageClause: '',
  createSchema: (name) => [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}`],
  createView: (view, query, temp) => [`CREATE OR REPLACE ${temp ? 'TEMP ' : ''}VIEW ${view} AS\n${query}`],
  createTable: (table, query, { temp, joinsAsWritten }) => createTable(table, query, temp, joinsAsWritten),
  // TEMP tables end with the connection.
  dropScratch: () => [],
  // DuckDB's DDL is transactional: the new tables are built inside one transaction, so a failure
  // rolls back to the previous tables, and the stage commits (and syncs) once.
  replaceTables: (tables, appends) => [
    'BEGIN TRANSACTION',
    ...tables.flatMap((t) => createTable(t.target, t.query, false, t.joinsAsWritten)),
    ...appends.map((a) => `INSERT INTO ${a.target}\n${a.query}`),
    'COMMIT',
  ],
  assert: (failWhen, message) => [`SELECT CASE WHEN ${failWhen} THEN error(${quoteString(message)}) END AS ${quoteIdent('adg_check')}`],
  setVariable: (name, value) => [`SET VARIABLE ${quoteIdent(name)} = ${value}`],
  copy: (query, path, format, metadata) => {
    const kv = metadata.map(([k, v]) => `${quoteString(k)}: ${v}`).join(', ');
    const options =
      format === 'parquet'
        ? `FORMAT parquet, COMPRESSION zstd${kv ? `, KV_METADATA {${kv}}` : ''}`
        : 'FORMAT csv, HEADER true';
    return [`COPY (\n${query}\n) TO ${quoteString(path)} (${options})`];
  },
};
