// One spec, the same result on every engine: for one source loaded into each engine and one seed, the
// published metadata is identical (every column, doubles compared as numbers) and the exported
// artificial CSV is byte-identical (so every row, in order, and an order-free digest agree too).
// Engines: DuckDB (the reference), PGlite, the PostgreSQL server (ADG_PG_URL) and local Spark with
// Delta (.venv); under CI a missing server or venv fails the test.
// Specs: the repository's birdstrikes, movies, hospital (entities, stable fields, synthetic identifiers, ordered dates, derived fields), omop (a shared pool, foreign keys, a vocabulary) and hes (stable fields shared across tables), every table of each, and a stress spec with every field kind,
// NULLs, NaN and infinities, unicode values and hostile column names.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectSpec } from '../cli/artifacts.js';
import type { Spec } from '../compiler/spec/model.js';
import { partPlaces, type StagePlaces } from '../compiler/plan/paths.js';
import type { Backend } from '../dialects/engine.js';
import { PostgresBackend } from '../dialects/postgres/backend.js';
import { PgliteSession, PostgresSession } from '../dialects/postgres/session.js';
import { postgresEngine } from '../dialects/postgres/target.js';
import { sparkPython } from '../dialects/spark/session.js';
import { sparkEngine } from '../dialects/spark/target.js';
import type { EngineSession } from '../dialects/engine.js';
import type { WarehouseBackend } from '../dialects/warehouse.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import type { Row } from '../dialects/session.js';
import { datasetPaths, loadProject } from '../runner/config.js';
import { loadSource } from '../runner/load.js';
import { exportData, generate, scrape, type PipelineOptions } from '../runner/pipeline.js';
import { qa } from '../runner/qa.js';
import { release } from '../runner/release.js';
import { review } from '../runner/review.js';
import { metadataRows, REPO, specIn, sqlRows, tempProject, writeStressSource, STRESS_SPEC } from './helpers.js';
import { duckdb } from '../dialects/duckdb/index.js';

const PG_URL = process.env.ADG_PG_URL;
const ENABLE = 'export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1)';

interface Engine {
  readonly name: string;
  readonly places: (schemas: Record<string, string>, dataset: string, paths: StagePaths) => StagePlaces;
  open(): Backend;
  /** One session for every spec (a Spark JVM takes seconds to start); closed after the last. */
  readonly shared?: boolean;
}

const pgPlaces = (schemas: Record<string, string>, dataset: string, paths: StagePaths) => postgresEngine.places({ url: 'unused', ...schemas }, dataset, paths);
const engines: Engine[] = [{ name: 'PGlite', places: pgPlaces, open: () => new PostgresBackend(() => PgliteSession.open(), 'PGlite') }];
if (PG_URL) engines.push({ name: 'PostgreSQL server', places: pgPlaces, open: () => new PostgresBackend(() => PostgresSession.open(PG_URL), 'PostgreSQL') });
const sparkWarehouse = mkdtempSync(join(tmpdir(), 'adg-identity-spark-'));
const SPARK = existsSync(sparkPython());
if (SPARK) {
  const settings = { master: 'local[2]', warehouse_dir: sparkWarehouse };
  let shared: Backend | undefined;
  engines.push({
    name: 'Spark',
    shared: true,
    places: (schemas, dataset, paths) => sparkEngine.places({ ...settings, ...schemas }, dataset, paths),
    open: () => (shared ??= sparkEngine.open(settings, { root: REPO, where: 'the identity test' })),
  });
}
const ENABLE_SPARK = 'bash .ci/python.sh';

/** Metadata rows as comparable values: numbers as numbers (engines print doubles differently), the rest as is. */
function comparable(rows: readonly Row[]): Row[] {
  const normal = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v])));
  // Rows without an item (cardinalities) have no published order: compare as a sorted set.
  return normal.map((r) => [JSON.stringify(r), r] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

const ORDER = 'ORDER BY ordinal, stat, item';

interface TableRun {
  readonly metadata: Row[];
  readonly metadataHash: string;
  readonly csv: Buffer;
  /** What review found and QA judged: the same verdicts on every engine. */
  readonly review: { readonly hash: string; readonly failed: unknown };
  readonly qa: { readonly failed: unknown; readonly rows: unknown };
}

/** The same metadata, hash, verdicts and bytes as the reference run of the table. */
function expectSame(result: TableRun, reference: TableRun): void {
  expect(result.metadata.length).toBeGreaterThan(0);
  expect(result.metadata).toEqual(reference.metadata);
  // The hash of equal metadata is equal: provenance and the exported files carry it.
  expect(result.metadataHash).toMatch(/^[0-9a-f]{64}$/);
  expect(result.metadataHash).toBe(reference.metadataHash);
  // The same review findings, the same hash to sign off, the same QA verdicts.
  expect(result.review).toEqual(reference.review);
  expect(result.review.hash).toBe(reference.metadataHash);
  expect(result.qa).toEqual(reference.qa);
  // Row for row: the first rows as values, then every byte and the order-free digest.
  const firstLines = (csv: Buffer) => csv.toString('utf8').split('\n').slice(0, 6);
  expect(firstLines(result.csv)).toEqual(firstLines(reference.csv));
  expect(digest(result.csv)).toBe(digest(reference.csv));
  expect(result.csv.equals(reference.csv)).toBe(true);
}

/** One run per table: a spec's own, or each of a multi-table spec's, in its order. */
type EngineRun = TableRun[];

const partsOf = (spec: Spec) => spec.parts ?? [spec];

/** A table's options: a multi-table spec's tables share the scopes, each with its own export directory. */
function forPart(part: Spec, run: PipelineOptions): PipelineOptions {
  if (!part.table) return run;
  return { ...run, paths: { ...run.paths, exportDir: join(run.paths.exportDir, part.table) }, ...(run.places ? { places: partPlaces(run.places, part.table) } : {}) };
}

/** Scrape, review, release (under test names), generate, QA and export: the whole gate. */
async function gated(spec: Spec, run: PipelineOptions): Promise<Pick<TableRun, 'review' | 'qa'>> {
  await scrape(spec, run);
  const reviewed = await review(spec, run);
  await release(spec, run, { hash: reviewed.metadataHash, reviewer: 'Identity Reviewer', approver: 'Identity Approver' });
  await generate(spec, run);
  const checked = await qa(spec, run);
  await exportData(spec, run);
  return { review: { hash: reviewed.metadataHash, failed: reviewed.failed }, qa: { failed: checked.failed, rows: checked.rows } };
}

async function runOn(spec: Spec, options: PipelineOptions, backend: Backend, places: StagePlaces, root: string): Promise<EngineRun> {
  // Every table's source first: a table of an entity pool counts the pool across all of them.
  for (const part of partsOf(spec)) await loadSource(part, backend, places, { root, allowedSourceDirs: options.allowedSourceDirs ?? [], replace: true });
  const session = await (backend as WarehouseBackend<EngineSession>).session();
  const q = backend.dialect.quoteIdent;
  // An administrator makes the released scope (with its grants): release does not.
  await session.exec(`CREATE SCHEMA IF NOT EXISTS ${q(backend.schemaOf(places.released)!)}`);
  const runs: TableRun[] = [];
  for (const part of partsOf(spec)) {
    const run = forPart(part, { ...options, backend, places, formats: ['csv'] as const });
    const verdicts = await gated(part, run);
    const metadata = await session.query(`SELECT * FROM ${q(backend.schemaOf(places.metadata)!)}.${q(`${part.dataset}_metadata`)} ${ORDER}`);
    const [provenance] = await session.query(`SELECT metadata_hash FROM ${q(backend.schemaOf(places.output)!)}.${q(`${part.dataset}_provenance`)}`);
    runs.push({ metadata: comparable(metadata), metadataHash: String(provenance!.metadata_hash), csv: readFileSync(join(run.paths.exportDir, `artificial_${part.dataset}.csv`)), ...verdicts });
  }
  return runs;
}

const digest = (csv: Buffer) => {
  // Order-free: the sorted hashes of the lines (a difference in row order alone would still show in the bytes).
  const lines = csv.toString('utf8').split('\n').slice(1).filter(Boolean);
  return createHash('sha256').update(lines.map((l) => createHash('sha256').update(l).digest('hex')).sort().join('\n')).digest('hex');
};

const stress = tempProject('adg-identity-');
const repoProject = loadProject(REPO);
const cases: { name: string; spec: () => Spec; root: string; project: typeof repoProject }[] = [
  ...['birdstrikes', 'movies', 'hospital', 'omop', 'hes'].map((name) => ({ name, spec: () => loadProjectSpec(repoProject, join(REPO, 'specs', `${name}.yaml`)), root: REPO, project: repoProject })),
  { name: 'stress', spec: () => specIn(stress.root, 'stress', STRESS_SPEC), root: stress.root, project: stress.project },
];

describe('identical metadata and artificial rows on every engine', () => {
  if (!PG_URL) {
    if (process.env.CI) it('needs ADG_PG_URL', () => void expect.fail(`ADG_PG_URL is missing: CI must run the identity test on the PostgreSQL server (${ENABLE})`));
    else console.warn(`identity test: PostgreSQL server skipped (ADG_PG_URL is not set; to run it: ${ENABLE}); PGlite runs`);
  }
  if (!SPARK) {
    if (process.env.CI) it('needs the Spark venv', () => void expect.fail(`no Python environment for Spark: CI must run the identity test on Spark (${ENABLE_SPARK})`));
    else console.warn(`identity test: Spark skipped (no .venv; to run it: ${ENABLE_SPARK})`);
  }
  const spark = engines.find((e) => e.name === 'Spark');
  beforeAll(async () => {
    await writeStressSource(join(stress.root, 'data', 'stress.parquet'));
    // A table of the user's in the schema where adg keeps its Spark scratch tables: it must outlive every stage.
    if (spark) {
      const session = await (spark.open() as WarehouseBackend<EngineSession>).session();
      await session.exec('CREATE SCHEMA IF NOT EXISTS adg_scratch');
      await session.exec('CREATE TABLE IF NOT EXISTS adg_scratch.user_notes USING DELTA AS SELECT 1 AS n');
    }
  });
  afterAll(async () => {
    stress.cleanup();
    for (const e of engines) if (e.shared) await e.open().close();
    rmSync(sparkWarehouse, { recursive: true, force: true });
  });

  describe.each(cases)('$name', ({ spec: specOf, root, project }) => {
    const dir = mkdtempSync(join(tmpdir(), 'adg-identity-run-'));
    const suffix = randomBytes(3).toString('hex');
    let spec: Spec;
    let reference: EngineRun;
    const optionsFor = (engine: string): PipelineOptions => ({
      root,
      allowedSourceDirs: project.allowedSourceDirs,
      paths: datasetPaths(project, spec.dataset, {
        metadataDb: join(dir, 'metadata.duckdb'),
        releasedDb: join(dir, 'released.duckdb'),
        outputDb: join(dir, 'output.duckdb'),
        exportDir: join(dir, `export-${engine.replace(/\W+/g, '-')}`),
      }),
    });

    beforeAll(async () => {
      spec = specOf();
      reference = [];
      for (const part of partsOf(spec)) {
        const options = forPart(part, optionsFor('duckdb'));
        const verdicts = await gated(part, { ...options, formats: ['csv'] });
        const [provenance] = await sqlRows(options.paths.outputDb, `SELECT metadata_hash FROM ${duckdb.quoteIdent(`${part.dataset}_provenance`)}`);
        reference.push({ metadata: comparable(await metadataRows(options, part.dataset)), metadataHash: String(provenance!.metadata_hash), csv: readFileSync(join(options.paths.exportDir, `artificial_${part.dataset}.csv`)), ...verdicts });
      }
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each(engines)('on $name', async (engine) => {
      const backend = engine.open();
      const schemas = { source_schema: `adg_it_${suffix}_src`, metadata_schema: `adg_it_${suffix}_meta`, released_schema: `adg_it_${suffix}_rel`, output_schema: `adg_it_${suffix}_out` };
      const options = optionsFor(engine.name);
      const places = engine.places(schemas, spec.dataset, options.paths);
      try {
        const results = await runOn(spec, options, backend, places, root);
        expect(results).toHaveLength(reference.length);
        for (const [k, result] of results.entries()) expectSame(result, reference[k]!);
      } finally {
        if (engine.name !== 'PGlite') {
          const session = await (backend as WarehouseBackend<EngineSession>).session();
          for (const s of Object.values(schemas)) await session.exec(`DROP SCHEMA IF EXISTS ${backend.dialect.quoteIdent(s)} CASCADE`);
        }
        if (!engine.shared) await backend.close();
      }
    }, 600_000);
  });

  it.runIf(SPARK)('Spark: a table of the user\'s beside adg\'s scratch tables outlives every stage', async () => {
    const session = await (spark!.open() as WarehouseBackend<EngineSession>).session();
    expect(await session.query('SELECT n FROM adg_scratch.user_notes')).toEqual([{ n: 1 }]);
    const left = (await session.query('SHOW TABLES IN adg_scratch')).filter((r) => r.isTemporary !== true).map((r) => String(r.tableName));
    expect(left).toEqual(['user_notes']);
  });
});
