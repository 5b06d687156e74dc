// Benchmark sources, built once per recipe into .bench/ and reused: a synthetic table of N rows x 20
// columns shaped like hospital episodes (skewed categories, long-tailed counts, normal and log-normal
// measurements, dates over years, some NULLs, a person key), a table with a million-value field beside
// a ten-value one, and a table 1,000 columns wide; plus the specs that read them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PACKAGE_ROOT } from '../compiler/version.js';
import { runJob } from './jobs.js';

export const SYNTHETIC_TABLE = 'synthetic';
const CACHE_DIR = join(PACKAGE_ROOT, '.bench');

/** Uniform in (0, 1]: safe under ln(). */
const U = '(1 - random())';
const normal = `(sqrt(-2 * ln(${U})) * cos(2 * pi() * random()))`;
/** Integer in [0, n), skewed towards 0 (higher power = more skew), like real category frequencies. */
const skewed = (n: number, power: number) => `CAST(floor(pow(random(), ${power}) * ${n}) AS BIGINT)`;
const withNulls = (share: number, expr: string) => (share > 0 ? `CASE WHEN random() < ${share} THEN NULL ELSE ${expr} END` : expr);

type SpecField = string | Record<string, string | number>;

interface Column {
  readonly name: string;
  readonly sql: string;
  readonly field: SpecField;
}

const categorical = (name: string, prefix: string, n: number, power: number, nulls = 0): Column => ({
  name,
  sql: withNulls(nulls, `'${prefix}' || ${skewed(n, power)}`),
  field: 'categorical',
});
const discrete = (name: string, expr: string, nulls = 0): Column => ({ name, sql: withNulls(nulls, `CAST(${expr} AS BIGINT)`), field: 'discrete' });
const continuous = (name: string, expr: string, nulls = 0): Column => ({
  name,
  sql: withNulls(nulls, `CAST(${expr} AS DOUBLE)`),
  field: { kind: 'continuous', bins: 100 },
});
const days = (name: string, from: string, expr: string, nulls = 0): Column => ({
  name,
  sql: withNulls(nulls, `DATE '${from}' + CAST(${expr} AS INTEGER)`),
  field: { kind: 'date', granularity: 'day' },
});
const seconds = (name: string, from: string, years: number, nulls = 0): Column => ({
  name,
  sql: withNulls(nulls, `TIMESTAMP '${from}' + to_seconds(CAST(floor(random() * ${years * 365 * 86400}) AS BIGINT))`),
  field: { kind: 'date', granularity: 'hour' },
});

const COLUMNS: readonly Column[] = [
  categorical('region', 'R', 10, 1.5),
  categorical('admission_method', 'AM', 25, 2),
  categorical('specialty', 'SP', 80, 2, 0.01),
  categorical('provider', 'PRV', 400, 2),
  categorical('procedure_code', 'P', 1500, 3, 0.1),
  categorical('diagnosis_code', 'D', 5000, 3, 0.02),
  discrete('n_diagnoses', skewed(20, 2)),
  discrete('age', `greatest(0, least(104, round(50 + 20 * ${normal})))`),
  discrete('length_of_stay', `floor(-ln(${U}) * 8)`, 0.03),
  discrete('waiting_days', skewed(2000, 2), 0.05),
  discrete('ward_code', `100 + floor(random() * 800)`),
  continuous('weight_kg', `round(75 + 15 * ${normal}, 1)`, 0.08),
  continuous('bmi', `round(26 + 5 * ${normal}, 2)`),
  continuous('cost', `round(exp(7 + 1.2 * ${normal}), 2)`),
  continuous('lab_value', `round(5 + 1.5 * ${normal}, 3)`, 0.2),
  days('admission_date', '2015-01-01', 'floor(random() * 3652)'),
  days('discharge_date', '2015-01-01', `floor(random() * 3652 - ln(${U}) * 8)`, 0.02),
  days('birth_date', '1920-01-01', 'floor(pow(random(), 0.8) * 36500)'),
  seconds('arrival_time', '2019-01-01', 5),
  seconds('triage_time', '2021-01-01', 3, 0.05),
];

/** A person key: about one person per three rows, so entity counting has real work to do. */
const PATIENT = `'p' || CAST(hash(range) % ${Math.round(1 / 3 * 1e7)} AS VARCHAR)`;

function buildSql(rows: number): string {
  const columns = COLUMNS.map((c) => `${c.sql} AS "${c.name}"`);
  return `CREATE TABLE ${SYNTHETIC_TABLE} AS SELECT\n  ${columns.join(',\n  ')},\n  ${PATIENT} AS patient\nFROM range(${rows})`;
}

export interface SyntheticSource {
  readonly db: string;
  readonly specFile: string;
  /** Seconds spent building it now; 0 when the cached file was reused. */
  readonly builtSeconds: number;
}

/** A source database built once per recipe (its SQL) and cached under .bench/. */
function cachedDatabase(name: string, sql: string): { db: string; builtSeconds: number } {
  mkdirSync(CACHE_DIR, { recursive: true });
  // The recipe's hash is in the name, so editing a column never reuses a stale file.
  const recipe = createHash('sha256').update(sql).digest('hex').slice(0, 8);
  const db = join(CACHE_DIR, `${name}-${recipe}.duckdb`);
  let builtSeconds = 0;
  if (!existsSync(db)) {
    // Built under another name and renamed, so an interrupted build is never mistaken for a cache hit.
    const partial = `${db}.partial`;
    rmSync(partial, { force: true });
    builtSeconds = runJob({ kind: 'sql', db: partial, statements: [sql] }).seconds;
    renameSync(partial, db);
  }
  return { db, builtSeconds };
}

function writeSpec(file: string, spec: object): string {
  const path = join(CACHE_DIR, file);
  writeFileSync(path, `# Written by bench/synthetic.ts on every run; do not edit.\n${stringify(spec)}`);
  return path;
}

/** The cached source for n rows (built if missing) and its spec; counting entities, a second spec. */
export function syntheticSource(rows: number): SyntheticSource & { readonly entitySpecFile: string } {
  const { db, builtSeconds } = cachedDatabase(`synthetic-${rows}`, buildSql(rows));
  const fields = Object.fromEntries(COLUMNS.map((c) => [c.name, c.field]));
  const base = { version: 1, description: 'Benchmark source written by bench/synthetic.ts.', generation: { scale: 1, seed: 42 } };
  const specFile = writeSpec('synthetic.yaml', { ...base, dataset: 'synthetic', source: { table: SYNTHETIC_TABLE }, fields });
  const entitySpecFile = writeSpec('synthetic-entities.yaml', {
    ...base,
    dataset: 'synthetic_entities',
    source: { table: SYNTHETIC_TABLE, entity: 'patient' },
    suppression: { preset: 'nhs-hes', count: 'entities' },
    fields: { ...fields, patient: 'excluded' },
  });
  return { db, specFile, entitySpecFile, builtSeconds };
}

/** A field with a million published values and one with ten, over the same rows. */
export function valuesSource(rows: number): { db: string; manySpec: string; fewSpec: string; builtSeconds: number } {
  const sql = `CREATE TABLE ${VALUES_TABLE} AS SELECT 'v' || (range % 1000000) AS many, 'w' || (range % 10) AS few FROM range(${rows})`;
  const { db, builtSeconds } = cachedDatabase(`values-${rows}`, sql);
  const spec = (field: string) => ({ version: 1, dataset: `values_${field}`, source: { table: VALUES_TABLE }, generation: { rows, seed: 7 }, fields: { [field]: 'categorical' } });
  return { db, manySpec: writeSpec('values-many.yaml', spec('many')), fewSpec: writeSpec('values-few.yaml', spec('few')), builtSeconds };
}

export const VALUES_TABLE = 'values_source';
export const WIDE_TABLE = 'wide';
const WIDE_KINDS = ['categorical', 'discrete', 'continuous', 'date'] as const;

/** A wide table of `rows` x 1,000 columns of every kind; specs of all of them and of the first 100. */
export function wideSource(rows: number): { db: string; spec1000: string; spec100: string; builtSeconds: number } {
  const column = (j: number) => {
    switch (WIDE_KINDS[j % 4]!) {
      case 'categorical':
        return `'v' || ((range * ${j + 7}) % ${5 + (j % 50)})`;
      case 'discrete':
        return `(range * ${j + 3}) % ${10 + (j % 90)}`;
      case 'continuous':
        return `((range * ${j + 11}) % 10007) / 7.0`;
      case 'date':
        return `DATE '2020-01-01' + CAST((range * ${j + 1}) % 700 AS INTEGER)`;
    }
  };
  const sql = `CREATE TABLE ${WIDE_TABLE} AS SELECT ${Array.from({ length: 1000 }, (_, j) => `${column(j)} AS c${j}`).join(', ')} FROM range(${rows})`;
  const { db, builtSeconds } = cachedDatabase(`wide-${rows}`, sql);
  const spec = (n: number) => ({
    version: 1,
    dataset: `wide_${n}`,
    source: { table: WIDE_TABLE },
    generation: { rows, seed: 3 },
    fields: Object.fromEntries(Array.from({ length: n }, (_, j) => [`c${j}`, WIDE_KINDS[j % 4]])),
  });
  return { db, spec1000: writeSpec('wide-1000.yaml', spec(1000)), spec100: writeSpec('wide-100.yaml', spec(100)), builtSeconds };
}
