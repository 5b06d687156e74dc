// Shared test fixtures: temporary projects, source tables built from rows, and pipeline runs.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseSpec } from '../compiler/spec/load.js';
import type { Spec } from '../compiler/spec/model.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession, type Row } from '../dialects/duckdb/session.js';
import { datasetPaths, loadProject, type Project } from '../runner/config.js';
import { generate, type GenerateResult, type PipelineOptions } from '../runner/pipeline.js';
import { qa } from '../runner/qa.js';
import { release } from '../runner/release.js';
import { review } from '../runner/review.js';

export const REPO = resolve(import.meta.dirname, '..');
export const VEGA = join(REPO, 'node_modules', 'vega-datasets', 'data');

/** A scratch project directory, removed by the returned cleanup. */
export function tempProject(prefix = 'adg-test-'): { root: string; project: Project; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return { root, project: loadProject(root), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export type CellValue = string | number | boolean | null;
export type ColumnType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'TIMESTAMP' | 'BOOLEAN';

/** Writes a table into a DuckDB database file, column types given explicitly. */
export async function writeTable(
  dbPath: string,
  table: string,
  columns: readonly (readonly [string, ColumnType])[],
  rows: readonly (readonly CellValue[])[],
): Promise<void> {
  const session = await DuckDBSession.open(dbPath);
  try {
    const q = duckdb.quoteIdent;
    await session.exec(`CREATE OR REPLACE TABLE ${q(table)} (${columns.map(([n, t]) => `${q(n)} ${t}`).join(', ')})`);
    // Numbers go in as text too: a bare literal like -0.00020019206645371427 is read as a DECIMAL and
    // loses its last digit on the way to DOUBLE.
    const literal = (v: CellValue, type: ColumnType) =>
      v === null ? 'NULL' : typeof v === 'string' || typeof v === 'number' ? `CAST(${duckdb.quoteString(String(v))} AS ${type})` : String(v);
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      if (chunk.length === 0) break;
      const values = chunk.map((r) => `(${r.map((v, j) => literal(v, columns[j]![1])).join(', ')})`).join(',\n');
      await session.exec(`INSERT INTO ${q(table)} VALUES ${values}`);
    }
  } finally {
    session.close();
  }
}

/** Runs SQL on a database file (read-only unless asked) and returns its rows: for test assertions only. */
export async function sqlRows(dbPath: string, sql: string, readOnly = true): Promise<Row[]> {
  const session = await DuckDBSession.open(dbPath, { readOnly });
  try {
    return await session.query(sql);
  } finally {
    session.close();
  }
}

/** In-memory query, e.g. over Parquet/CSV files. */
export async function memoryRows(sql: string): Promise<Row[]> {
  const session = await DuckDBSession.open(':memory:');
  try {
    return await session.query(sql);
  } finally {
    session.close();
  }
}

/** A spec from YAML text written into the project's specs/ folder (so its file name is realistic). */
export function specIn(root: string, name: string, yaml: string): Spec {
  mkdirSync(join(root, 'specs'), { recursive: true });
  const file = join(root, 'specs', `${name}.yaml`);
  writeFileSync(file, yaml);
  return parseSpec(yaml, `specs/${name}.yaml`);
}

export function pipelineOptions(project: Project, spec: Spec, extra: Partial<PipelineOptions> = {}): PipelineOptions {
  return { root: project.root, paths: datasetPaths(project, spec.dataset), ...extra };
}

/** Published metadata rows of a dataset (what a reviewer would see). */
export async function metadataRows(options: PipelineOptions, dataset: string): Promise<Row[]> {
  return sqlRows(options.paths.metadataDb, `SELECT * FROM ${duckdb.quoteIdent(`${dataset}_metadata`)} ORDER BY ordinal, stat, item, value`);
}

export async function outputRows(options: PipelineOptions, dataset: string): Promise<Row[]> {
  return sqlRows(options.paths.outputDb, `SELECT * FROM ${duckdb.quoteIdent(dataset)}`);
}

/** The number of a continuous value row: point masses are published as lo = hi, NaN and infinities by name. */
export const pointMass = (m: Row): number => (m.lo !== null && m.lo !== undefined ? Number(m.lo) : Number(m.value));

/**
 * A stress spec for cross-engine tests: every field kind, NULLs, NaN and infinities, unicode and
 * hostile column names (quotes, spaces, a semicolon, a backtick), text dates with a format.
 */
export const STRESS_SPEC = `version: 1
dataset: stress
source:
  file: data/stress.parquet
suppression: {threshold: 10, round_to: 5}
generation: {seed: 4242, scale: 2}
fields:
  person id: {kind: excluded, reason: a key}
  'Ward "name" ☃': categorical
  sel;ect: discrete
  'naïve \`value\`': {kind: continuous, bins: 8}
  amount: {kind: continuous, bins: 5}
  admitted: {kind: date, granularity: month}
  text date: {kind: date, format: '%d/%m/%Y', granularity: day}
  seen at: {kind: date, granularity: hour}
  flag: {kind: categorical, type: boolean}
  code: {kind: categorical, type: int}
`;

/** The stress source: 3,000 rows made deterministically in DuckDB and written as Parquet. */
export async function writeStressSource(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const session = await DuckDBSession.open(':memory:');
  try {
    await session.exec(`COPY (
      SELECT
        'p' || (i % 700) AS "person id",
        CASE WHEN i % 23 = 0 THEN NULL
             ELSE (['Zoë', '東京', 'a,b', 'quote"d', 'new' || chr(10) || 'line', '', 'plain', 'emoji 🩺', 'back\\slash', 'rare ' || i])[CASE WHEN i % 97 = 0 THEN 10 ELSE 1 + (hash(i) % 9)::INT END] END AS "Ward ""name"" ☃",
        CASE WHEN i % 17 = 0 THEN NULL ELSE (hash(i * 3) % 40)::BIGINT - 5 END AS "sel;ect",
        CASE WHEN i % 101 = 0 THEN 'NaN'::DOUBLE WHEN i % 103 = 0 THEN 'Infinity'::DOUBLE WHEN i % 107 = 0 THEN '-Infinity'::DOUBLE
             WHEN i % 11 = 0 THEN NULL WHEN i % 5 = 0 THEN 0.0 ELSE (hash(i * 7) % 1000000) / 997.0 - 300 END AS "naïve \`value\`",
        CAST(((hash(i * 11) % 100000) / 100.0) AS DECIMAL(10, 2)) AS amount,
        CASE WHEN i % 13 = 0 THEN NULL ELSE DATE '2019-01-01' + CAST(hash(i * 13) % 900 AS INTEGER) END AS admitted,
        CASE WHEN i % 19 = 0 THEN NULL ELSE strftime(DATE '2020-03-01' + CAST(hash(i * 17) % 40 AS INTEGER), '%d/%m/%Y') END AS "text date",
        TIMESTAMP '2021-06-01 00:00:00' + INTERVAL (hash(i * 19) % 200) HOUR + INTERVAL (hash(i) % 60) MINUTE AS "seen at",
        CASE WHEN i % 29 = 0 THEN NULL ELSE hash(i * 23) % 3 = 0 END AS flag,
        CAST(hash(i * 29) % 12 AS INTEGER) * 100 AS code
      FROM range(3000) t(i)
    ) TO ${duckdb.quoteString(path)} (FORMAT parquet)`);
  } finally {
    session.close();
  }
}

/**
 * The gate as a test passes it: review the metadata, release it under test names (nothing changes
 * when it is already the latest release), generate, and QA the output so that export may run.
 */
export async function releaseAndGenerate(spec: Spec, options: PipelineOptions): Promise<GenerateResult> {
  const reviewed = await review(spec, options);
  await release(spec, options, { hash: reviewed.metadataHash, reviewer: 'Test Reviewer', approver: 'Test Approver' });
  const generated = await generate(spec, options);
  const checked = await qa(spec, options);
  if (checked.blocking) throw new Error(`QA failed on ${spec.file}: ${JSON.stringify(checked.failed)}`);
  return generated;
}
