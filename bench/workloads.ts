// The workloads: each pairs an adg stage with its floor. prepare() does the untimed setup (a source to
// read, metadata to generate from) and returns how to make the two jobs for a fresh run directory.
import { join, relative, resolve } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadSpec } from '../compiler/spec/load.js';
import type { Spec } from '../compiler/spec/model.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import { PACKAGE_ROOT } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { floorRowsSql, GENERATE_FLOOR_TABLE, generateFloorSql, scrapeFloorSql } from './floors.js';
import { runJob, type Job } from './jobs.js';
import { benchTarget, floorRowsSetup, generateFloor, itemCountsSql, releaseSetup, scrapeFloor, type WarehouseEngine } from './warehouse.js';
import { SYNTHETIC_TABLE, syntheticSource, valuesSource, wideSource } from './synthetic.js';

export interface WorkloadContext {
  /** Rows of the synthetic source. */
  readonly rows: number;
  /** Temp directory of this benchmark run (removed at the end). */
  readonly scratch: string;
  /** Progress and setup notes (stderr). */
  readonly log: (message: string) => void;
}

export interface PreparedWorkload {
  /** Both jobs write only inside `dir`, a fresh directory per measurement. */
  readonly adg: (dir: string) => Job;
  readonly floor: (dir: string) => Job;
  /** The ratio is adg / (floor x floorScale): 10 compares per-field times of 1,000 and 100 fields. */
  readonly floorScale?: number;
  /** The floor writes the output's columns: the report flags any difference in their types. */
  readonly sameColumns?: boolean;
  readonly notes: readonly string[];
}

export interface Workload {
  readonly name: string;
  /** What the floor is, in a few words (for the report). */
  readonly floor: string;
  /** Largest acceptable median(adg) / median(floor); undefined: a comparison, not a target. */
  readonly target?: number;
  /** Largest acceptable peak memory of adg, MiB. */
  readonly memoryTargetMiB?: number;
  prepare(ctx: WorkloadContext): PreparedWorkload;
  /** Why the workload cannot run on this machine (a warehouse engine that is not set up), if it cannot. */
  unavailable?(): string | undefined;
}

const FLIGHTS_SPEC = join(PACKAGE_ROOT, 'specs', 'flights.yaml');
const HES_SPEC = join(PACKAGE_ROOT, 'specs', 'hes.yaml');
const SOURCE_ALIAS = 'src';

const specAt = (file: string): Spec => loadSpec(file, relative(PACKAGE_ROOT, file));

/** Stage paths inside a run directory; metadata and source may live elsewhere (prepared once). */
function pathsIn(dir: string, shared: Partial<StagePaths> = {}): StagePaths {
  return {
    sourceDb: join(dir, 'source.duckdb'),
    metadataDb: join(dir, 'metadata.duckdb'),
    releasedDb: join(dir, 'released.duckdb'),
    outputDb: join(dir, 'output.duckdb'),
    exportDir: join(dir, 'export'),
    ...shared,
  };
}

function flightsParquet(spec: Spec): string {
  if (spec.source.kind !== 'file') throw new Error('specs/flights.yaml is expected to read a file');
  return duckdb.readFile(resolve(PACKAGE_ROOT, spec.source.path), spec.source.format);
}

const attachSource = (db: string) => `ATTACH ${duckdb.quoteString(db)} AS ${SOURCE_ALIAS} (READ_ONLY)`;

/**
 * Untimed scrape, review and release into the scratch directory: the released metadata a generate
 * workload reads (next to the scraped metadata, review pack in its export directory), and each field's item count.
 */
function prepareMetadata(ctx: WorkloadContext, name: string, specFile: string, sourceDb?: string): { metadataDb: string; releasedDb: string; rows: number; items: (field: string) => number } {
  const dir = join(ctx.scratch, `${name}-metadata`);
  mkdirSync(dir, { recursive: true });
  const paths = pathsIn(dir, sourceDb ? { sourceDb } : {});
  ctx.log(`${name}: scraping, reviewing and releasing metadata to generate from (untimed)`);
  const { rows } = runJob({ kind: 'scrape', specFile, paths });
  if (rows === undefined) throw new Error(`${name}: the source row count was suppressed`);
  runJob({ kind: 'release', specFile, paths });
  const counts = runJob({
    kind: 'sql',
    db: join(dir, 'counts.duckdb'),
    statements: [
      `ATTACH ${duckdb.quoteString(paths.metadataDb)} AS m (READ_ONLY)`,
      `CREATE TABLE counts AS SELECT field, count(*) AS n FROM m.${duckdb.quoteIdent(`${specAt(specFile).dataset}_metadata`)} WHERE stat IN ('value', 'bin', 'null') GROUP BY field`,
    ],
    read: 'SELECT field, n FROM counts',
  });
  const byField = new Map((counts.read ?? []).map((r) => [String(r.field), Number(r.n)]));
  return { metadataDb: paths.metadataDb, releasedDb: paths.releasedDb, rows, items: (field) => byField.get(field) ?? 100 };
}

function synthetic(ctx: WorkloadContext) {
  ctx.log(`synthetic source: ${ctx.rows} rows (built once, cached in .bench/)`);
  const source = syntheticSource(ctx.rows);
  const notes = source.builtSeconds > 0 ? [`built the synthetic source in ${source.builtSeconds.toFixed(1)} s`] : [];
  return { ...source, notes };
}

const SCRAPE_FLOOR = 'per-field GROUP BY, UNION ALL';
const GENERATE_FLOOR = 'same columns and types, one hash per cell, 2-core scan';

const flightsScrape = (name: string, target: number | undefined, adg: (specFile: string, paths: StagePaths) => Job): Workload => ({
  name,
  floor: SCRAPE_FLOOR,
  ...(target ? { target } : {}),
  prepare() {
    const spec = specAt(FLIGHTS_SPEC);
    const floor = scrapeFloorSql(spec, flightsParquet(spec));
    return {
      adg: (dir) => adg(FLIGHTS_SPEC, pathsIn(dir)),
      floor: (dir) => ({ kind: 'sql', db: join(dir, 'floor.duckdb'), statements: [floor] }),
      notes: [],
    };
  },
});

const syntheticScrape = (name: string, target: number | undefined, adg: (specFile: string, paths: StagePaths) => Job): Workload => ({
  name,
  floor: SCRAPE_FLOOR,
  ...(target ? { target } : {}),
  prepare(ctx) {
    const { db, specFile, notes } = synthetic(ctx);
    const floor = scrapeFloorSql(specAt(specFile), `${SOURCE_ALIAS}.main.${duckdb.quoteIdent(SYNTHETIC_TABLE)}`);
    return {
      adg: (dir) => adg(specFile, pathsIn(dir, { sourceDb: db })),
      floor: (dir) => ({ kind: 'sql', db: join(dir, 'floor.duckdb'), statements: [attachSource(db), floor] }),
      notes,
    };
  },
});

/** adg's generate of a spec against the generate floor over as many rows. */
function generateWorkload(
  name: string,
  extra: Partial<Workload>,
  source: (ctx: WorkloadContext) => { specFile: string; db?: string; notes: string[]; rows?: number | ((metadataDb: string) => number) },
): Workload {
  return {
    name,
    floor: GENERATE_FLOOR,
    ...extra,
    prepare(ctx) {
      const { specFile, db, notes, rows: override } = source(ctx);
      const { metadataDb, releasedDb, rows, items } = prepareMetadata(ctx, name, specFile, db);
      const n = typeof override === 'function' ? override(metadataDb) : (override ?? rows);
      const floor = generateFloorSql(specAt(specFile), items);
      return {
        adg: (dir) => ({ kind: 'generate', specFile, paths: pathsIn(dir, { metadataDb, releasedDb }) }),
        floor: (dir) => ({ kind: 'sql', db: join(dir, 'floor.duckdb'), setup: [floorRowsSql(n)], statements: [floor], describe: GENERATE_FLOOR_TABLE }),
        sameColumns: true,
        notes,
      };
    },
  };
}

/** The flights spec asking for another row count (its metadata is the same: generation is not a scrape input). */
function flightsWithRows(ctx: WorkloadContext, rows: number): string {
  const file = join(ctx.scratch, `flights-${rows}.yaml`);
  writeFileSync(file, readFileSync(FLIGHTS_SPEC, 'utf8').replace(/generation:\n  scale: 1\n/, `generation:\n  rows: ${rows}\n`));
  return file;
}

/** Two adg runs of the same stage: the second is the first's baseline (per row, or per field when scaled). */
function adgVersusAdg(name: string, floor: string, target: number, floorScale: number, jobs: (ctx: WorkloadContext) => { adg: (dir: string) => Job; baseline: (dir: string) => Job; notes: string[] }): Workload {
  return {
    name,
    floor,
    target,
    prepare(ctx) {
      const { adg, baseline, notes } = jobs(ctx);
      return { adg, floor: baseline, floorScale, notes };
    },
  };
}

/** flights on a warehouse engine: scrape (vs the per-field GROUP BY) and generate (vs hashed columns), each on that engine. */
function warehouseWorkloads(engine: WarehouseEngine): Workload[] {
  const target = () => {
    const t = benchTarget(engine);
    if ('unavailable' in t) throw new Error(t.unavailable);
    return t.settings;
  };
  const job = (action: Extract<Job, { kind: 'warehouse' }>['action'], extra: Partial<Extract<Job, { kind: 'warehouse' }>> = {}): Job => ({ kind: 'warehouse', engine, settings: target(), specFile: FLIGHTS_SPEC, action, ...extra });
  let loaded = false;
  const load = (ctx: WorkloadContext) => {
    if (loaded) return;
    ctx.log(`${engine}: loading flights into the engine (untimed)`);
    runJob(job('load'));
    loaded = true;
  };
  const unavailable = () => {
    const t = benchTarget(engine);
    return 'unavailable' in t ? t.unavailable : undefined;
  };
  return [
    {
      name: `${engine}-flights-scrape`,
      floor: `${SCRAPE_FLOOR}, on ${engine}`,
      target: 1.5,
      unavailable,
      prepare(ctx) {
        load(ctx);
        const floor = scrapeFloor(engine, specAt(FLIGHTS_SPEC));
        return { adg: () => job('scrape'), floor: () => job('sql', { setup: floor.setup, statements: [floor.statement] }), notes: [] };
      },
    },
    {
      name: `${engine}-flights-generate`,
      floor: `same columns and types, one hash per cell, on ${engine}`,
      target: 2,
      unavailable,
      prepare(ctx) {
        load(ctx);
        ctx.log(`${engine}-flights-generate: scraping, reviewing and releasing metadata to generate from (untimed)`);
        const { rows } = runJob(job('scrape'));
        // The review pack needs a real directory; the released schema is created first (release refuses a missing one).
        const exportDir = join(ctx.scratch, `${engine}-flights-export`);
        mkdirSync(exportDir, { recursive: true });
        runJob(job('release', { exportDir, setup: releaseSetup(engine) }));
        const counts = runJob(job('sql', { read: itemCountsSql(engine, 'flights') }));
        const items = new Map((counts.read ?? []).map((r) => [String(r.field), Number(r.n)]));
        const spec = specAt(FLIGHTS_SPEC);
        const statement = generateFloor(engine, spec, (f) => items.get(f) ?? 100);
        return { adg: () => job('generate'), floor: () => job('sql', { setup: floorRowsSetup(engine, rows ?? 0), statements: [statement] }), notes: [] };
      },
    },
  ];
}

export const WORKLOADS: readonly Workload[] = [
  ...warehouseWorkloads('postgres'),
  ...warehouseWorkloads('spark'),
  flightsScrape('flights-scrape', 1.2, (specFile, paths) => ({ kind: 'scrape', specFile, paths })),
  flightsScrape('flights-scrape-grouping-sets', undefined, (specFile, paths) => ({ kind: 'scrape-program', specFile, paths, frequencyScan: 'grouping-sets' })),
  generateWorkload('flights-generate', { target: 1.3 }, () => ({ specFile: FLIGHTS_SPEC, notes: [] })),
  generateWorkload('flights-generate-100m', { memoryTargetMiB: 3072 }, (ctx) => ({ specFile: flightsWithRows(ctx, 100_000_000), notes: [], rows: 100_000_000 })),
  syntheticScrape('synthetic-scrape', 1.2, (specFile, paths) => ({ kind: 'scrape', specFile, paths })),
  syntheticScrape('synthetic-scrape-grouping-sets', undefined, (specFile, paths) => ({ kind: 'scrape-program', specFile, paths, frequencyScan: 'grouping-sets' })),
  adgVersusAdg('synthetic-scrape-entities', 'adg counting rows', 2, 1, (ctx) => {
    const { db, specFile, entitySpecFile, notes } = synthetic(ctx);
    return {
      adg: (dir) => ({ kind: 'scrape', specFile: entitySpecFile, paths: pathsIn(dir, { sourceDb: db }) }),
      baseline: (dir) => ({ kind: 'scrape', specFile, paths: pathsIn(dir, { sourceDb: db }) }),
      notes,
    };
  }),
  // HES admitted patient care as one table: 1M artificial patients, each with episodes drawn from the
  // fixture's published episodes per patient (about 3.4 each), with synthetic keys, stable
  // demographics, ordered dates and derived ages and code counts. The floor writes the same columns
  // and rows (its identifier and derived columns as NULLs: the structure is what this measures).
  generateWorkload('hes-apc-generate', { target: 2 }, (ctx) => {
    const patients = 1_000_000;
    const specFile = hesApcSpec(ctx, patients);
    // The floor writes as many rows as adg is expected to: patients times the released mean episodes.
    const rows = (metadataDb: string) => Math.round(patients * releasedMeanRows(ctx, metadataDb, 'hes_apc_bench'));
    return { specFile, notes: [`${patients.toLocaleString('en')} patients, each with episodes drawn from the fixture's released episodes per patient`], rows };
  }),
  generateWorkload('synthetic-generate', { target: 1.3 }, (ctx) => {
    const { db, specFile, notes } = synthetic(ctx);
    return { specFile, db, notes };
  }),
  adgVersusAdg('values-1m-vs-10', 'the same rows of a 10-value field', 1.5, 1, (ctx) => {
    const { db, manySpec, fewSpec, builtSeconds } = valuesSource(ctx.rows);
    const many = prepareMetadata(ctx, 'values-many', manySpec, db);
    const few = prepareMetadata(ctx, 'values-few', fewSpec, db);
    return {
      adg: (dir) => ({ kind: 'generate', specFile: manySpec, paths: pathsIn(dir, { metadataDb: many.metadataDb, releasedDb: many.releasedDb }) }),
      baseline: (dir) => ({ kind: 'generate', specFile: fewSpec, paths: pathsIn(dir, { metadataDb: few.metadataDb, releasedDb: few.releasedDb }) }),
      notes: builtSeconds ? [`built the values source in ${builtSeconds.toFixed(1)} s`] : [],
    };
  }),
  // The same two fields against the generate floor: writing a million distinct strings is itself
  // slower than writing ten, so these show how much of the difference is the kernel's.
  generateWorkload('values-1m-generate', {}, (ctx) => {
    const { db, manySpec } = valuesSource(ctx.rows);
    return { specFile: manySpec, db, notes: [] };
  }),
  generateWorkload('values-10-generate', {}, (ctx) => {
    const { db, fewSpec } = valuesSource(ctx.rows);
    return { specFile: fewSpec, db, notes: [] };
  }),
  adgVersusAdg('wide-generate-1000-vs-100', '100 fields, per field', 1.5, 10, (ctx) => {
    const { db, spec1000, spec100 } = wideSource(20_000);
    const wide = prepareMetadata(ctx, 'wide-1000', spec1000, db);
    const narrow = prepareMetadata(ctx, 'wide-100', spec100, db);
    return {
      adg: (dir) => ({ kind: 'generate', specFile: spec1000, paths: pathsIn(dir, { metadataDb: wide.metadataDb, releasedDb: wide.releasedDb }) }),
      baseline: (dir) => ({ kind: 'generate', specFile: spec100, paths: pathsIn(dir, { metadataDb: narrow.metadataDb, releasedDb: narrow.releasedDb }) }),
      notes: [],
    };
  }),
  adgVersusAdg('wide-scrape-1000-vs-100', '100 fields, per field', 1.5, 10, () => {
    const { db, spec1000, spec100 } = wideSource(20_000);
    return {
      adg: (dir) => ({ kind: 'scrape', specFile: spec1000, paths: pathsIn(dir, { sourceDb: db }) }),
      baseline: (dir) => ({ kind: 'scrape', specFile: spec100, paths: pathsIn(dir, { sourceDb: db }) }),
      notes: [],
    };
  }),
];

/** specs/hes.yaml's APC table as a one-table spec asking for `patients` entities. */
function hesApcSpec(ctx: WorkloadContext, patients: number): string {
  const hes = parseYaml(readFileSync(HES_SPEC, 'utf8')) as Record<string, unknown> & { tables: Record<string, Record<string, unknown>> };
  const { tables, generation, ...shared } = hes;
  const apc = tables.apc!;
  const spec = { ...shared, dataset: 'hes_apc_bench', generation: { entities: patients, seed: (generation as { seed: number }).seed }, source: apc.source, ordered_dates: apc.ordered_dates, fields: apc.fields };
  const file = join(ctx.scratch, 'hes-apc-bench.yaml');
  writeFileSync(file, stringifyYaml(spec));
  return file;
}

/** Rows per entity as released: the mean of the exact counts and of each band's midpoint, weighted by entities. */
function releasedMeanRows(ctx: WorkloadContext, metadataDb: string, dataset: string): number {
  const [mean] =
    runJob({
      kind: 'sql',
      db: join(ctx.scratch, `${dataset}-mean.duckdb`),
      statements: [
        `ATTACH ${duckdb.quoteString(metadataDb)} AS m (READ_ONLY)`,
        `CREATE OR REPLACE TABLE mean AS SELECT sum(n_entities * coalesce(CAST(value AS DOUBLE), (lo + hi - 1) / 2)) / sum(n_entities) AS r FROM m.${duckdb.quoteIdent(`${dataset}_metadata`)} WHERE stat = 'cardinality'`,
      ],
      read: 'SELECT r FROM mean',
    }).read ?? [];
  return Number(mean?.r ?? 1);
}
