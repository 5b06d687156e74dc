// PostgreSQL (15 and later; PGlite in tests). What differs from DuckDB, and why:
//   - small integer literals are int4 and int4 arithmetic overflows or wraps (1 << 32 = 1), so the
//     kernel's literals are BIGINT; shift counts and array subscripts must be int4;
//   - text sorts by the database collation (en_US: 'a' < 'B'), so item order keys use COLLATE "C";
//   - ASC puts NULLs last but DESC first: every ORDER BY says which;
//   - a subquery is merged into its parent and a derived column duplicated at every use, so each step
//     of the sampling chain is fenced with OFFSET 0;
//   - an array read from a stored (TOASTed) value is decompressed at every subscript, so the sampling
//     query reads lookup lists as scalar subqueries over a view, built once per statement in memory;
//   - an array of variable-width elements (text, numeric) is read by walking from its first element,
//     O(n) per subscript (1.7 s of a 3M-row generate for two 300-item lists), so such lists are jsonb
//     arrays, which keep offsets;
//   - DDL is transactional: a stage builds its tables under staging names and renames them in one
//     transaction, so readers see the old tables until the commit and a failure changes nothing;
//   - no files: sources are tables (`adg load` copies a file source in), and export streams rows to the
//     client with COPY ... TO STDOUT, where the files are written.
import type { Dialect, TypeFamily } from '../dialect.js';
import { Unsupported } from '../dialect.js';
import type { SqlType, TimeUnit } from '../../compiler/ir.js';
import { decimalType, type LogicalType } from '../../compiler/spec/types.js';
import { translateFormat } from '../time-format.js';
import { postgresGrants } from './grants.js';

const ENGINE = 'PostgreSQL';

function rejectNul(text: string): void {
  if (text.includes('\0')) throw new Error('a name or literal contains a NUL character, which SQL cannot carry');
}

function quoteIdent(name: string): string {
  rejectNul(name);
  return `"${name.replaceAll('"', '""')}"`;
}

/** Standard-conforming strings (the default since 9.1): only the quote is special. */
function quoteString(value: string): string {
  rejectNul(value);
  return `'${value.replaceAll("'", "''")}'`;
}

const TYPES: Record<Exclude<SqlType, `decimal(${number},${number})`>, string> = {
  text: 'TEXT',
  // No one-byte integer in PostgreSQL.
  tinyint: 'SMALLINT',
  smallint: 'SMALLINT',
  int: 'INTEGER',
  bigint: 'BIGINT',
  float: 'REAL',
  double: 'DOUBLE PRECISION',
  boolean: 'BOOLEAN',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  timestamptz: 'TIMESTAMPTZ',
  hash32: 'BIGINT',
};

function typeName(type: SqlType): string {
  const decimal = /^decimal\((\d+),(\d+)\)$/.exec(type);
  return decimal ? `NUMERIC(${decimal[1]},${decimal[2]})` : TYPES[type as keyof typeof TYPES];
}

/** Element types a PostgreSQL array stores without offsets (see the header). */
const variableWidth = (type: SqlType) => type === 'text' || type.startsWith('decimal');

/** Types as the catalog reader reports them: information_schema names, numeric with its precision. */
function typeFamily(engineType: string): TypeFamily {
  const t = engineType.toLowerCase();
  if (t === 'array' || t === 'user-defined' || t.endsWith('[]') || t === 'json' || t === 'jsonb' || t === 'record') return 'nested';
  if (/^(smallint|integer|bigint|int[248]?)$/.test(t)) return 'integer';
  if (/^(real|double precision|numeric|decimal|float[48]?)/.test(t)) return 'number';
  if (/^(text|character varying|varchar|character|char|uuid|name|citext)/.test(t)) return 'text';
  if (t === 'boolean') return 'boolean';
  if (t === 'date') return 'date';
  if (t.startsWith('timestamp')) return 'timestamp';
  return 'other';
}

function typeLabel(engineType: string): string {
  const t = engineType.trim();
  if (/^(numeric|decimal|character varying|varchar|character|char)\s*\(\s*\d+(\s*,\s*\d+)?\s*\)$/i.test(t)) return t.toUpperCase();
  return (/^[A-Za-z_][A-Za-z0-9_ -]*/.exec(t)?.[0]?.trim() ?? 'UNKNOWN').toUpperCase();
}

function logicalType(engineType: string): LogicalType | undefined {
  const t = engineType.trim().toLowerCase();
  const decimal = /^(?:numeric|decimal)\((\d+),\s*(\d+)\)$/.exec(t);
  if (decimal) return decimalType(Number(decimal[1]), Number(decimal[2]));
  if (/^(character varying|varchar|character|char|text|uuid|name|citext)/.test(t)) return 'string';
  const named: Record<string, LogicalType> = {
    boolean: 'boolean',
    smallint: 'smallint',
    integer: 'int',
    bigint: 'bigint',
    real: 'float',
    'double precision': 'double',
    // Unconstrained numeric holds any precision: kept as a double is the honest narrowest portable type.
    numeric: 'double',
    date: 'date',
    'timestamp without time zone': 'timestamp',
    'timestamp with time zone': 'timestamptz',
  };
  return named[t];
}

const INTERVAL_FIELD: Record<TimeUnit, string> = {
  year: 'years',
  month: 'months',
  week: 'weeks',
  day: 'days',
  hour: 'hours',
  minute: 'mins',
  second: 'secs',
};

const SECONDS: Partial<Record<TimeUnit, number>> = { week: 604800, day: 86400, hour: 3600, minute: 60, second: 1 };

const int4 = (x: string) => `CAST(${x} AS INTEGER)`;

function unitsBetween(unit: TimeUnit, from: string, to: string): string {
  const a = `CAST(${from} AS TIMESTAMP)`;
  const b = `CAST(${to} AS TIMESTAMP)`;
  const seconds = SECONDS[unit];
  if (seconds) return `CAST(floor(EXTRACT(EPOCH FROM (${b} - ${a})) / ${seconds}) AS BIGINT)`;
  const months = `(CAST(EXTRACT(YEAR FROM age(${b}, ${a})) AS BIGINT) * 12 + CAST(EXTRACT(MONTH FROM age(${b}, ${a})) AS BIGINT))`;
  return unit === 'month' ? months : `CAST(EXTRACT(YEAR FROM age(${b}, ${a})) AS BIGINT)`;
}

export const postgres: Dialect = {
  name: 'postgres',
  title: 'PostgreSQL',
  quoteIdent,
  quoteString,
  doubleLiteral: (value) => `CAST(${quoteString(String(value))} AS DOUBLE PRECISION)`,
  bigintLiteral: (value) => `CAST(${value} AS BIGINT)`,
  binaryOrder: (expr) => `${expr} COLLATE "C"`,
  nullsOrder: (first) => (first ? 'NULLS FIRST' : 'NULLS LAST'),
  typeName,
  typeFamily,
  typeLabel,
  logicalType,

  functions: {
    floor: (x) => `floor(${x})`,
    ceil: (x) => `ceil(${x})`,
    log2: (x) => `(ln(${x}) / ln(2.0))`,
    least: (a, b) => `least(${a}, ${b})`,
    greatest: (a, b) => `greatest(${a}, ${b})`,
    coalesce: (a, b) => `coalesce(${a}, ${b})`,
    xor: (a, b) => `(${a} # ${b})`,
    shr: (a, b) => `(${a} >> ${int4(b)})`,
    shl: (a, b) => `(CAST(${a} AS BIGINT) << ${int4(b)})`,
    bitand: (a, b) => `(${a} & ${b})`,
    // div() truncates numeric too (sum() of BIGINT is NUMERIC here).
    intdiv: (a, b) => `CAST(div(${a}, ${b}) AS BIGINT)`,
    variable: (name) => `current_setting('adg.' || ${name})`,
    sha256: (x) => `encode(sha256(convert_to(${x}, 'UTF8')), 'hex')`,
    length: (x) => `char_length(${x})`,
    grouping: (x) => `grouping(${x})`,
    mod: (a, b) => `mod(${a}, ${b})`,
    isFinite: (x) => `(${x} NOT IN (CAST('NaN' AS DOUBLE PRECISION), CAST('Infinity' AS DOUBLE PRECISION), CAST('-Infinity' AS DOUBLE PRECISION)))`,
    matches: (x, pattern) => `(${x} ~ ${pattern})`,
    replaceAll: (x, pattern, replacement) => `regexp_replace(${x}, ${pattern}, ${replacement}, 'g')`,
    substr: (x, start, length) => `substr(${x}, ${int4(start)}, ${int4(length)})`,
    round: (x, digits) => `CAST(round(CAST(${x} AS NUMERIC), ${int4(digits)}) AS DOUBLE PRECISION)`,
    power: (x, y) => `power(${x}, ${y})`,
    now: () => 'now()',
    log10: (x) => `log10(${x})`,
    // A list over 2 kB is TOASTed; read by position straight from the table, each read would detoast it
    // whole (measured: 10 s for 20k reads of a 100k list). A slice of all of it is a fresh, detoasted copy.
    wholeList: (x) => `(${x})[:]`,
    dateText: (x) => `to_char(${x}, 'YYYY-MM-DD')`,
    timestampText: (x) => `to_char(${x}, 'YYYY-MM-DD HH24:MI:SS')`,
  },
  dateTrunc: (unit, arg, type) => (type === 'date' ? `CAST(date_trunc('${unit}', ${arg}) AS DATE)` : `date_trunc('${unit}', ${arg})`),
  addUnits: (unit, start, count, type) => {
    if (type === 'date' && unit === 'day') return `(${start} + ${int4(count)})`;
    const sum = `(${start} + make_interval(${INTERVAL_FIELD[unit]} => ${int4(count)}))`;
    return type === 'date' ? `CAST(${sum} AS DATE)` : sum;
  },
  unitsBetween,
  parseTime: (arg, format) => {
    let parts;
    try {
      parts = translateFormat(format);
    } catch (err) {
      throw new Unsupported(ENGINE, `parse the date format ${JSON.stringify(format)}: ${(err as Error).message}`);
    }
    return `CASE WHEN ${arg} ~ ${quoteString(parts.regex)} THEN CAST(to_timestamp(${arg}, ${quoteString(parts.postgres)}) AS TIMESTAMP) END`;
  },
  series: (count) => `generate_series(CAST(0 AS BIGINT), (${count}) - 1)`,
  listAgg: (arg, order, filter) => `array_agg(${arg}${order.text ? ` ORDER BY ${order.text}` : ''})${filter ? ` FILTER (WHERE ${filter})` : ''}`,
  seriesRange: (from, to) => `generate_series(${from}, (${to}) - 1)`,
  castList: (list, type) => (variableWidth(type) ? `to_jsonb(CAST(${list} AS ${typeName(type)}[]))` : `CAST(${list} AS ${typeName(type)}[])`),
  listElement: (list, index, type) => {
    if (!variableWidth(type)) return `(${list})[${int4(index)} + 1]`;
    const text = `(${list} ->> ${int4(index)})`;
    return type === 'text' ? text : `CAST(${text} AS ${typeName(type)})`;
  },
  record: (members) => `ROW(${members.map(([, value]) => value).join(', ')})`,
  member: (record, name) => `(${record}).${quoteIdent(name)}`,
  stringAgg: (arg, separator, order) => `string_agg(${arg}, ${quoteString(separator)}${order.text ? ` ORDER BY ${order.text}` : ''})`,
  // Only used to propose specs; exact is affordable there.
  approxDistinct: (arg) => `count(DISTINCT ${arg})`,
  // any_value arrived in PostgreSQL 16.
  anyValue: (arg) => `min(${arg})`,
  windowFunction: (name, arg, spec) => `${name}(${arg}) OVER (${spec})`,

  readFile: (path) => {
    throw new Unsupported(ENGINE, `read the file ${path}`, 'load it into a table first: adg load <spec> --target <name>');
  },
  range: (count, column, alias) => `generate_series(CAST(0 AS BIGINT), (${count}) - 1) AS ${quoteIdent(alias)}(${quoteIdent(column)})`,
  readsFiles: false,
  exportsThrough: 'client',

  // A heap table is read whole by every scan: one pass with GROUPING SETS reads it once.
  frequencyScan: 'grouping-sets',
  columnar: () => true,
  rowBlocks: 1_048_576,
  lookupLists: 'subqueries',
  fence: '\nOFFSET 0',
  correlatedScalars: 'as-written',

  // With the session's settings, JIT off: the planner cannot know a temporary table's size, so the
  // sampling statement's cost estimate always crosses jit_above_cost, and compiling its expressions took
  // 9.3 s of a 9.3 s statement (6,400 rows) in the measurement.
  setTimeZone: (name) => [`SET TIME ZONE ${quoteString(name)}`, 'SET jit = off'],
  attach: (path) => {
    throw new Unsupported(ENGINE, `attach the database file ${path}`, 'PostgreSQL scopes are schemas: see targets in adg.config.yaml');
  },
  // Scopes are schemas, never files; which of them a session reaches is a matter of grants.
  isolate: () => [],
  storageClause: '',
  // Not CREATE SCHEMA IF NOT EXISTS: PostgreSQL checks the database's CREATE privilege before it looks
  // for the schema, so a role that may only write an existing schema (00_grants.sql) would be refused.
  createSchema: (name) => {
    const body = `BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = ${quoteString(name)}) THEN CREATE SCHEMA ${quoteIdent(name)}; END IF; END`;
    if (body.includes('$adg$')) throw new Error('a schema name contains the text $adg$, which would end its block');
    return [`DO $adg$ ${body} $adg$`];
  },
  // Session scratch is dropped in pg_temp only: an unqualified DROP could reach a table of the same name
  // in the user's schemas.
  createView: (view, query, temp) => [`DROP VIEW IF EXISTS ${temp ? `pg_temp.${view}` : view}`, `CREATE ${temp ? 'TEMP ' : ''}VIEW ${view} AS\n${query}`],
  createTable: (table, query, { temp }) => [`DROP TABLE IF EXISTS ${temp ? `pg_temp.${table}` : table}`, `CREATE ${temp ? 'TEMP ' : ''}TABLE ${table} AS\n${query}`],
  // TEMP tables end with the session (and the runner discards them after every stage).
  dropScratch: () => [],
  // Built under staging names, swapped in by rename at the end of one transaction: readers keep the old
  // tables until the commit, and a failure (or a lost connection) rolls everything back.
  replaceTables: (tables, appends) => [
    'BEGIN',
    ...tables.flatMap((t) => [`DROP TABLE IF EXISTS ${t.staging}`, `CREATE TABLE ${t.staging} AS\n${t.query}`]),
    ...tables.flatMap((t) => [`DROP TABLE IF EXISTS ${t.target}`, `ALTER TABLE ${t.staging} RENAME TO ${quoteIdent(t.name)}`]),
    ...appends.map((a) => `INSERT INTO ${a.target}\n${a.query}`),
    'COMMIT',
  ],
  assert: (failWhen, message) => {
    const body = `BEGIN IF ${failWhen} THEN RAISE EXCEPTION USING MESSAGE = ${quoteString(message)}; END IF; END`;
    if (body.includes('$adg$')) throw new Error('a check contains the text $adg$, which would end its block');
    return [`DO $adg$ ${body} $adg$`];
  },
  setVariable: (name, value) => [`SELECT set_config('adg.' || ${quoteString(name)}, CAST(${value} AS TEXT), false)`],
  copy: (query) => [`COPY (\n${query}\n) TO STDOUT (FORMAT csv, HEADER true)`],
  grants: (plan) => postgresGrants(plan, { quoteIdent, quoteString }),
};
