// The workloads: each pairs an adg stage with its floor. prepare() does the untimed setup (a source to
// read, metadata to generate from) and returns how to make the two jobs for a fresh run directory.
import { join, relative, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import { loadSpec } from '../compiler/spec/load.js';
import type { Spec } from '../compiler/spec/model.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import { PACKAGE_ROOT } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { GENERATE_FLOOR_TABLE, generateFloorSql, scrapeFloorSql } from './floors.js';
import { runJob, type Job } from './jobs.js';
import { SYNTHETIC_TABLE, syntheticSource } from './synthetic.js';

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
  readonly notes: readonly string[];
}

export interface Workload {
  readonly name: string;
  /** Largest acceptable median(adg) / median(floor). */
  readonly target: number;
  prepare(ctx: WorkloadContext): PreparedWorkload;
}

const FLIGHTS_SPEC = join(PACKAGE_ROOT, 'specs', 'flights.yaml');
const SOURCE_ALIAS = 'src';

const specAt = (file: string): Spec => loadSpec(file, relative(PACKAGE_ROOT, file));

/** Stage paths inside a run directory; metadata and source may live elsewhere (prepared once). */
function pathsIn(dir: string, shared: Partial<StagePaths> = {}): StagePaths {
  return {
    sourceDb: join(dir, 'source.duckdb'),
    metadataDb: join(dir, 'metadata.duckdb'),
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

/** Untimed scrape into the scratch directory: the metadata a generate workload reads. */
function prepareMetadata(ctx: WorkloadContext, name: string, specFile: string, sourceDb?: string): { metadataDb: string; rows: number } {
  const dir = join(ctx.scratch, `${name}-metadata`);
  mkdirSync(dir, { recursive: true });
  const paths = pathsIn(dir, sourceDb ? { sourceDb } : {});
  ctx.log(`${name}: scraping metadata to generate from (untimed)`);
  const { rows } = runJob({ kind: 'scrape', specFile, paths });
  if (rows === undefined) throw new Error(`${name}: the source row count was suppressed`);
  return { metadataDb: paths.metadataDb, rows };
}

function synthetic(ctx: WorkloadContext): { db: string; specFile: string; notes: string[] } {
  ctx.log(`synthetic source: ${ctx.rows} rows (built once, cached in .bench/)`);
  const source = syntheticSource(ctx.rows);
  const notes = source.builtSeconds > 0 ? [`built the synthetic source in ${source.builtSeconds.toFixed(1)} s`] : [];
  return { ...source, notes };
}

const flightsScrape = (name: string, adg: (specFile: string, paths: StagePaths) => Job): Workload => ({
  name,
  target: 1.2,
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

const syntheticScrape = (name: string, adg: (specFile: string, paths: StagePaths) => Job): Workload => ({
  name,
  target: 1.2,
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

export const WORKLOADS: readonly Workload[] = [
  flightsScrape('flights-scrape', (specFile, paths) => ({ kind: 'scrape', specFile, paths })),
  flightsScrape('flights-scrape-grouping-sets', (specFile, paths) => ({ kind: 'scrape-program', specFile, paths, frequencyScan: 'grouping-sets' })),
  {
    name: 'flights-generate',
    target: 2,
    prepare(ctx) {
      const { metadataDb, rows } = prepareMetadata(ctx, 'flights-generate', FLIGHTS_SPEC);
      const floor = generateFloorSql(specAt(FLIGHTS_SPEC), rows);
      return {
        adg: (dir) => ({ kind: 'generate', specFile: FLIGHTS_SPEC, paths: pathsIn(dir, { metadataDb }) }),
        floor: (dir) => ({ kind: 'sql', db: join(dir, 'floor.duckdb'), statements: [floor], describe: GENERATE_FLOOR_TABLE }),
        notes: [],
      };
    },
  },
  syntheticScrape('synthetic-scrape', (specFile, paths) => ({ kind: 'scrape', specFile, paths })),
  syntheticScrape('synthetic-scrape-grouping-sets', (specFile, paths) => ({ kind: 'scrape-program', specFile, paths, frequencyScan: 'grouping-sets' })),
  {
    name: 'synthetic-generate',
    target: 2,
    prepare(ctx) {
      const { db, specFile, notes } = synthetic(ctx);
      const { metadataDb, rows } = prepareMetadata(ctx, 'synthetic-generate', specFile, db);
      const floor = generateFloorSql(specAt(specFile), rows);
      return {
        adg: (dir) => ({ kind: 'generate', specFile, paths: pathsIn(dir, { metadataDb }) }),
        floor: (dir) => ({ kind: 'sql', db: join(dir, 'floor.duckdb'), statements: [floor], describe: GENERATE_FLOOR_TABLE }),
        notes,
      };
    },
  },
];
