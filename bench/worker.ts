// Child process of the benchmark: runs one job (argv[2], JSON), times only the work itself and prints
// the result as one JSON line. Loading the spec and reading back row counts stay outside the timing.
import { filePlaces } from '../compiler/plan/paths.js';
import { isAbsolute, relative, resolve } from 'node:path';
import { compileStage } from '../compiler/compile.js';
import { tablesOf } from '../compiler/plan/names.js';
import { loadSpec } from '../compiler/spec/load.js';
import type { Spec } from '../compiler/spec/model.js';
import { PACKAGE_ROOT, TOOL_VERSION } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { generate, scrape, type PipelineOptions } from '../runner/pipeline.js';
import { release } from '../runner/release.js';
import { review } from '../runner/review.js';
import type { Job, JobResult } from './jobs.js';
import { ENGINES } from '../dialects/engines.js';
import type { EngineDefinition, EngineSession } from '../dialects/engine.js';
import type { WarehouseBackend } from '../dialects/warehouse.js';
import { loadSource } from '../runner/load.js';

type Measured = Omit<JobResult, 'maxRssKiB'>;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

function specOf(file: string): Spec {
  return loadSpec(file, relative(PACKAGE_ROOT, file));
}

/** As runner/pipeline.ts does: the engine needs file sources as absolute paths. */
function runnable(spec: Spec): Spec {
  if (spec.source.kind !== 'file' || isAbsolute(spec.source.path)) return spec;
  return { ...spec, source: { ...spec.source, path: resolve(PACKAGE_ROOT, spec.source.path) } };
}

/** Review then release what was scraped, signed off by two bench names: the released metadata generate reads. */
async function reviewAndRelease(spec: Spec, options: PipelineOptions): Promise<void> {
  const reviewed = await review(spec, options);
  if (reviewed.blocking > 0) {
    const failed = reviewed.failed.filter((f) => f.severity === 'blocking').map((f) => `${f.check} (${f.fields.join(', ')})`);
    throw new Error(`${spec.file}: the review found blocking checks failing, so the bench cannot release it: ${failed.join('; ')}`);
  }
  await release(spec, options, { hash: reviewed.metadataHash, reviewer: 'Bench Reviewer', approver: 'Bench Approver' });
}

async function readBack<T>(db: string, read: (session: DuckDBSession) => Promise<T>): Promise<T> {
  const session = await DuckDBSession.open(db, { readOnly: true });
  try {
    return await read(session);
  } finally {
    session.close();
  }
}

const columnTypes = (db: string, table: string) =>
  readBack(db, async (s) => (await s.query(`DESCRIBE ${duckdb.quoteIdent(table)}`)).map((r) => String(r.column_type)));

async function run(job: Job): Promise<Measured> {
  switch (job.kind) {
    case 'sql': {
      if (job.setup?.length) {
        const session = await DuckDBSession.open(job.db);
        try {
          for (const sql of job.setup) await session.exec(sql);
        } finally {
          session.close();
        }
      }
      const { seconds } = await timed(async () => {
        const session = await DuckDBSession.open(job.db);
        try {
          for (const sql of job.statements) await session.exec(sql);
        } finally {
          session.close();
        }
      });
      return {
        seconds,
        ...(job.describe ? { columnTypes: await columnTypes(job.db, job.describe) } : {}),
        ...(job.read ? { read: await readBack(job.db, (s) => s.query(job.read!)) } : {}),
      };
    }
    case 'scrape': {
      const spec = specOf(job.specFile);
      const { value, seconds } = await timed(() => scrape(spec, { root: PACKAGE_ROOT, paths: job.paths }));
      return { seconds, rows: value.publishedRows ?? undefined };
    }
    case 'scrape-program': {
      const spec = runnable(specOf(job.specFile));
      const { seconds } = await timed(async () => {
        const program = compileStage(spec, 'scrape', { dialect: duckdb, places: filePlaces(job.paths), toolVersion: TOOL_VERSION, frequencyScan: job.frequencyScan });
        const session = await DuckDBSession.open(job.paths.metadataDb);
        try {
          for (const section of program.sections) {
            for (const sql of section.statements) {
              if (section.result) await session.query(sql);
              else await session.exec(sql);
            }
          }
        } finally {
          session.close();
        }
      });
      const metadata = duckdb.quoteIdent(tablesOf(spec.dataset).metadata.name);
      const rows = await readBack(job.paths.metadataDb, (s) => s.query(`SELECT n_rows FROM ${metadata} WHERE stat = 'rows'`));
      return { seconds, rows: Number(rows[0]?.n_rows) };
    }
    case 'release': {
      const spec = specOf(job.specFile);
      const { seconds } = await timed(() => reviewAndRelease(spec, { root: PACKAGE_ROOT, paths: job.paths }));
      return { seconds };
    }
    case 'warehouse':
      return runOnWarehouse(job);
    case 'generate': {
      const spec = specOf(job.specFile);
      const { value, seconds } = await timed(() => generate(spec, { root: PACKAGE_ROOT, paths: job.paths }));
      return { seconds, rows: value.rows, columnTypes: await columnTypes(job.paths.outputDb, tablesOf(spec.dataset).output.name) };
    }
  }
}

/** A job on PostgreSQL or Spark: the session is opened before the clock starts (a JVM start is not the work). */
async function runOnWarehouse(job: Extract<Job, { kind: 'warehouse' }>): Promise<Measured> {
  const engine = ENGINES[job.engine] as EngineDefinition<unknown>;
  const spec = specOf(job.specFile);
  const backend = engine.open(job.settings, { root: PACKAGE_ROOT, where: 'the benchmark' }) as WarehouseBackend<EngineSession>;
  // No DuckDB files on a warehouse; the export directory only holds the review pack (action 'release').
  const paths = { sourceDb: '', metadataDb: '', releasedDb: '', outputDb: '', exportDir: job.exportDir ?? '' };
  const places = engine.places(job.settings, spec.dataset, paths);
  try {
    const session = await backend.session();
    for (const sql of job.setup ?? []) await session.exec(sql);
    switch (job.action) {
      case 'load': {
        const { seconds } = await timed(() => loadSource(spec, backend, places, { root: PACKAGE_ROOT, replace: true }));
        return { seconds };
      }
      case 'scrape': {
        const { value, seconds } = await timed(() => scrape(spec, { root: PACKAGE_ROOT, paths, backend, places }));
        return { seconds, rows: value.publishedRows ?? undefined };
      }
      case 'release': {
        if (!job.exportDir) throw new Error('a warehouse release job needs an exportDir for the review pack');
        const { seconds } = await timed(() => reviewAndRelease(spec, { root: PACKAGE_ROOT, paths, backend, places }));
        return { seconds };
      }
      case 'generate': {
        const { value, seconds } = await timed(() => generate(spec, { root: PACKAGE_ROOT, paths, backend, places }));
        return { seconds, rows: value.rows };
      }
      case 'sql': {
        const { seconds } = await timed(async () => {
          for (const sql of job.statements ?? []) await session.exec(sql);
        });
        return { seconds, ...(job.read ? { read: await session.query(job.read) } : {}) };
      }
    }
  } finally {
    await backend.close();
  }
}

const job = JSON.parse(process.argv[2] ?? '') as Job;
const measured = await run(job);
// Read after the work: maxRSS is the peak over the whole process, KiB on Linux.
const result: JobResult = { ...measured, maxRssKiB: process.resourceUsage().maxRSS };
process.stdout.write(`${JSON.stringify(result)}\n`);
