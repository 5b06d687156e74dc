// `adg compile --dbt`: the dbt project of a spec, built by `dbt build` on DuckDB, the PostgreSQL server
// (ADG_PG_URL) and a local Spark session with Delta (.venv), with `adg review` and `adg release` run on
// dbt's scopes in between: nothing is generated before the release, and then the tables are those adg's
// own pipeline gives on DuckDB; a rerun gives the same tables; a run whose model fails leaves the
// previous ones. Under CI a missing dbt, venv or server fails the test instead of skipping it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectSpec } from '../cli/artifacts.js';
import { dbtProject } from '../compiler/dbt/project.js';
import { escapeJinja, RELEASED_GROUP, SOURCE_GROUP } from '../compiler/dbt/relations.js';
import { stageSchema } from '../compiler/dbt/adapters.js';
import { DBT_STAGES, type DbtStage } from '../compiler/dbt/plan.js';
import { SCRATCH_TABLES, tablesOf } from '../compiler/plan/names.js';
import type { Spec } from '../compiler/spec/model.js';
import type { StagePlaces } from '../compiler/plan/paths.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { DIALECTS, DIALECT_NAMES, type DialectName } from '../dialects/index.js';
import type { Backend } from '../dialects/engine.js';
import type { Row } from '../dialects/session.js';
import { PostgresBackend } from '../dialects/postgres/backend.js';
import { PostgresSession } from '../dialects/postgres/session.js';
import { postgresEngine } from '../dialects/postgres/target.js';
import { SparkSession, sparkPython } from '../dialects/spark/session.js';
import { sparkEngine } from '../dialects/spark/target.js';
import { datasetPaths, loadProject } from '../runner/config.js';
import { loadSource } from '../runner/load.js';
import { scrape, type PipelineOptions } from '../runner/pipeline.js';
import { release } from '../runner/release.js';
import { review } from '../runner/review.js';
import { adg } from './cli.helpers.js';
import { releaseAndGenerate, REPO, sqlRows } from './helpers.js';

const PYTHON = sparkPython();
const DBT = join(dirname(PYTHON), 'dbt');
const PG_URL = process.env.ADG_PG_URL;
const ENABLE_VENV = 'bash .ci/python.sh';
const ENABLE_PG = 'export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1)';
const project = loadProject(REPO);
const specPath = (name: string) => join(REPO, 'specs', `${name}.yaml`);

// ---- running dbt -------------------------------------------------------------------------------------

interface DbtRun {
  readonly code: number;
  readonly output: string;
  readonly seconds: number;
  /** The counts of dbt's last line: PASS=6 WARN=0 ERROR=0 SKIP=0 ... */
  readonly totals: Record<string, number>;
}

function dbt(args: readonly string[], cwd: string, env: Record<string, string>): Promise<DbtRun> {
  const t0 = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(DBT, [...args, '--no-use-colors'], { cwd, env: { ...process.env, DO_NOT_TRACK: '1', DBT_SEND_ANONYMOUS_USAGE_STATS: 'false', ...env } });
    let output = '';
    child.stdout.on('data', (b: Buffer) => void (output += b.toString()));
    child.stderr.on('data', (b: Buffer) => void (output += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const done_ = /Done\. (.*)$/m.exec(output)?.[1] ?? '';
      const totals = Object.fromEntries([...done_.matchAll(/([A-Z-]+)=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
      done({ code: code ?? -1, output, seconds: (performance.now() - t0) / 1000, totals });
    });
  });
}

// ---- the engines ---------------------------------------------------------------------------------------

interface Engine {
  readonly name: DialectName;
  readonly specs: readonly string[];
  /** Why it cannot run here and how to enable it, or nothing. */
  readonly missing?: string;
  /** The schema dbt builds under (the profile's), and the environment its profile reads. */
  readonly schema: string;
  readonly env: Record<string, string>;
  /** The schema of the released scope, for the var adg_released_schema. */
  readonly releasedSchema: string;
  /** A condition that fails while a query runs (to make a model fail on purpose). */
  readonly failure: string;
  /** The profile's output: the example's, with what this machine needs. */
  profile(example: Record<string, unknown>): Record<string, unknown>;
  /** Puts the spec's source where the project reads it, and makes the released scope (as an administrator would); returns the schema for the var adg_source_schema. */
  load(spec: Spec): Promise<string | undefined>;
  /** adg's own options on dbt's scopes: its metadata as scrape's models wrote it, the released scope its generate models read. */
  adgOn(spec: Spec): PipelineOptions;
  /** Rows of queries, in one session. */
  read(queries: readonly string[]): Promise<Row[][]>;
  cleanup(): Promise<void>;
}

const suffix = randomBytes(3).toString('hex');
const work = mkdtempSync(join(tmpdir(), 'adg-dbt-'));
const venvMissing = existsSync(DBT) ? undefined : `no dbt at ${DBT} (to run it: ${ENABLE_VENV})`;

/** Where adg writes a review pack and where it is told its unused scopes are, for runs on dbt's scopes. */
const adgPaths = (spec: Spec, engine: DialectName, files: { metadataDb?: string; releasedDb?: string } = {}) => {
  const dir = join(work, `adg-${engine}-${spec.dataset}`);
  return datasetPaths(project, spec.dataset, { metadataDb: join(dir, 'metadata.duckdb'), releasedDb: join(dir, 'released.duckdb'), outputDb: join(dir, 'output.duckdb'), exportDir: join(dir, 'out'), ...files });
};

function duckdbEngine(): Engine {
  const file = join(work, 'duckdb', 'adg.duckdb');
  // adg's DuckDB scopes are files: dbt's own (the metadata in its main schema) and the released file its profile attaches.
  const released = join(work, 'duckdb', 'released.duckdb');
  return {
    name: 'duckdb',
    specs: ['birdstrikes', 'movies', 'hospital'],
    ...(venvMissing ? { missing: venvMissing } : {}),
    schema: 'main',
    releasedSchema: 'main',
    env: { ADG_DUCKDB_PATH: file, ADG_RELEASED_DB: released },
    failure: `CAST(${DIALECTS.duckdb.quoteString('not a number')} AS BIGINT) = 1`,
    profile: (example) => example,
    // dbt-duckdb reads a file source in place, as adg's DuckDB scrape does.
    load: async () => void mkdirSync(dirname(file), { recursive: true }),
    adgOn: (spec) => ({ root: REPO, allowedSourceDirs: project.allowedSourceDirs, paths: adgPaths(spec, 'duckdb', { metadataDb: file, releasedDb: released }) }),
    read: async (queries) => Promise.all(queries.map((q) => sqlRows(file, q))),
    cleanup: async () => undefined,
  };
}

function postgresEngine_(): Engine {
  const schema = `adg_dbt_${suffix}`;
  const url = PG_URL ? new URL(PG_URL) : undefined;
  const backend = (): Backend => new PostgresBackend(() => PostgresSession.open(PG_URL!), 'PostgreSQL');
  const read = async (queries: readonly string[]) => {
    const session = await PostgresSession.open(PG_URL!);
    try {
      const out: Row[][] = [];
      for (const q of queries) out.push(await session.query(q));
      return out;
    } finally {
      await session.close();
    }
  };
  const schemas = { url: 'unused', source_schema: `${schema}_src`, metadata_schema: stageSchema('postgres', 'scrape', schema), released_schema: `${schema}_released`, output_schema: stageSchema('postgres', 'generate', schema) };
  return {
    name: 'postgres',
    specs: ['birdstrikes', 'movies', 'hospital'],
    ...(venvMissing ? { missing: venvMissing } : !url ? { missing: `ADG_PG_URL is not set (to run it: ${ENABLE_PG})` } : {}),
    schema,
    releasedSchema: schemas.released_schema,
    failure: `CAST(${DIALECTS.postgres.quoteString('not a number')} AS BIGINT) = 1`,
    env: url
      ? {
          ADG_PG_HOST: url.hostname,
          ADG_PG_PORT: url.port || '5432',
          ADG_PG_USER: decodeURIComponent(url.username),
          ADG_PG_PASSWORD: decodeURIComponent(url.password),
          ADG_PG_DATABASE: url.pathname.slice(1),
          ADG_PG_SCHEMA: schema,
        }
      : {},
    profile: (example) => example,
    load: async (spec) => {
      const places = postgresEngine.places(schemas, spec.dataset, datasetPaths(project, spec.dataset));
      await loadInto(spec, backend(), places);
      await read([`CREATE SCHEMA IF NOT EXISTS ${DIALECTS.postgres.quoteIdent(schemas.released_schema)}`]);
      return schemas.source_schema;
    },
    adgOn: (spec) => {
      const paths = adgPaths(spec, 'postgres');
      return { root: REPO, paths, backend: backend(), places: postgresEngine.places(schemas, spec.dataset, paths) };
    },
    read,
    cleanup: async () => {
      if (!PG_URL) return;
      const session = await PostgresSession.open(PG_URL);
      try {
        for (const s of [schema, schemas.source_schema, schemas.released_schema, ...DBT_STAGES.map((stage) => stageSchema('postgres', stage, schema))]) {
          await session.exec(`DROP SCHEMA IF EXISTS ${DIALECTS.postgres.quoteIdent(s)} CASCADE`);
        }
      } finally {
        await session.close();
      }
    },
  };
}

function sparkEngine_(): Engine {
  // One JVM at a time may use the warehouse (its Derby metastore): adg's sessions and dbt's take turns.
  const warehouse = join(work, 'spark-warehouse');
  const schema = `adg_dbt_${suffix}`;
  const settings = { master: 'local[2]', warehouse_dir: warehouse };
  const schemas = { ...settings, source_schema: `${schema}_src`, metadata_schema: stageSchema('spark', 'scrape', schema), released_schema: `${schema}_released`, output_schema: stageSchema('spark', 'generate', schema) };
  const read = async (queries: readonly string[]) => {
    const session = await SparkSession.open({ warehouseDir: warehouse });
    try {
      const out: Row[][] = [];
      for (const q of queries) out.push(await session.query(q));
      return out;
    } finally {
      await session.close();
    }
  };
  return {
    name: 'spark',
    specs: ['birdstrikes'],
    ...(venvMissing ? { missing: venvMissing } : {}),
    schema,
    releasedSchema: schemas.released_schema,
    env: { ADG_SPARK_WAREHOUSE: warehouse, ADG_SPARK_SCHEMA: schema, SPARK_LOCAL_IP: '127.0.0.1' },
    // dbt-spark turns ANSI mode off, where an invalid cast is NULL: raise_error fails in any mode.
    failure: `raise_error(${DIALECTS.spark.quoteString('failing on purpose')}) IS NULL`,
    profile: (example) => {
      const params = example.server_side_parameters as Record<string, string>;
      // Delta's jars from the venv's ivy cache (.ci/python.sh fetched them), and small-machine settings as adg's bridge has them.
      return {
        ...example,
        server_side_parameters: {
          ...params,
          'spark.jars.ivy': join(dirname(dirname(PYTHON)), 'ivy'),
          'spark.sql.shuffle.partitions': '4',
          'spark.databricks.delta.snapshotPartitions': '2',
          'spark.ui.enabled': 'false',
          'spark.ui.showConsoleProgress': 'false',
        },
      };
    },
    load: async (spec) => {
      const places = sparkEngine.places(schemas, spec.dataset, datasetPaths(project, spec.dataset));
      await loadInto(spec, sparkEngine.open(settings, { root: REPO, where: 'the dbt test' }), places);
      await read([`CREATE SCHEMA IF NOT EXISTS ${DIALECTS.spark.quoteIdent(schemas.released_schema)}`]);
      return schemas.source_schema;
    },
    adgOn: (spec) => {
      const paths = adgPaths(spec, 'spark');
      return { root: REPO, paths, backend: sparkEngine.open(settings, { root: REPO, where: 'the dbt test' }), places: sparkEngine.places(schemas, spec.dataset, paths) };
    },
    read,
    cleanup: async () => undefined,
  };
}

async function loadInto(spec: Spec, backend: Backend, places: StagePlaces): Promise<void> {
  try {
    await loadSource(spec, backend, places, { root: REPO, allowedSourceDirs: project.allowedSourceDirs, replace: true });
  } finally {
    await backend.close();
  }
}

// ---- tables, as comparable values ------------------------------------------------------------------------

/** A value as every driver would give it: numbers as numbers, dates and times as 'YYYY-MM-DD[ HH:MM:SS]' (DuckDB's driver gives ISO instants). */
function canonical(v: Row[string]): Row[string] {
  if (typeof v !== 'string') return v;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  const time = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d*[1-9])?)\.?0*Z?$/.exec(v);
  return time ? (time[2] === '00:00:00' ? time[1]! : `${time[1]} ${time[2]}`) : v;
}

/** Rows as a sorted list of JSON lines of canonical values (engines type integers, doubles and dates their own ways). */
function comparable(rows: readonly Row[], drop: readonly string[] = []): string[] {
  return rows.map((r) => JSON.stringify(Object.entries(r).filter(([k]) => !drop.includes(k)).map(([k, v]) => [k, canonical(v)]))).sort();
}

/** Equal lists of rows, or a short account of how they differ (a diff of 20,000 rows helps no one). */
function expectSameRows(actual: readonly string[], expected: readonly string[], what: string): void {
  const missing = expected.filter((r, i) => r !== actual[i]);
  expect({ what, rows: actual.length, firstDifferent: missing.slice(0, 2), actualThere: actual.filter((r, i) => r !== expected[i]).slice(0, 2) }).toEqual({
    what,
    rows: expected.length,
    firstDifferent: [],
    actualThere: [],
  });
}

type Tables = Record<string, Row[]>;

/** The four tables a project builds, read from the schemas dbt put them in. */
async function builtTables(engine: Engine, spec: Spec): Promise<Tables> {
  const t = tablesOf(spec.dataset);
  const q = DIALECTS[engine.name].quoteIdent;
  const where: [string, DbtStage][] = [
    [t.metadata.name, 'scrape'],
    [t.output.name, 'generate'],
    [t.provenance.name, 'generate'],
    [t.fieldSummary.name, 'generate'],
  ];
  const rows = await engine.read(where.map(([table, stage]) => `SELECT * FROM ${q(stageSchema(engine.name, stage, engine.schema))}.${q(table)}`));
  return Object.fromEntries(where.map(([table], i) => [table, rows[i]!]));
}

interface Reference {
  readonly metadata: Row[];
  readonly output: Row[];
  readonly provenance: Row;
}

/** What adg's own pipeline writes on DuckDB for the spec, signed off in between: the reference. */
async function adgOnDuckdb(spec: Spec): Promise<Reference> {
  const dir = join(work, `reference-${spec.dataset}`);
  const paths = datasetPaths(project, spec.dataset, { metadataDb: join(dir, 'metadata.duckdb'), releasedDb: join(dir, 'released.duckdb'), outputDb: join(dir, 'output.duckdb'), exportDir: join(dir, 'out') });
  const options = { root: REPO, allowedSourceDirs: project.allowedSourceDirs, paths };
  await scrape(spec, options);
  await releaseAndGenerate(spec, options);
  const q = DIALECTS.duckdb.quoteIdent;
  const t = tablesOf(spec.dataset);
  return {
    metadata: await sqlRows(paths.metadataDb, `SELECT * FROM ${q(t.metadata.name)}`),
    output: await sqlRows(paths.outputDb, `SELECT * FROM ${q(t.output.name)}`),
    provenance: (await sqlRows(paths.outputDb, `SELECT * FROM ${q(t.provenance.name)}`))[0]!,
  };
}

/** adg review and adg release, on the scopes of dbt's project: the sign-off between its scrape and generate models. */
async function signOff(engine: Engine, spec: Spec): Promise<{ hash: string; unchanged: boolean }> {
  const options = engine.adgOn(spec);
  try {
    const reviewed = await review(spec, options);
    expect(reviewed.blocking, JSON.stringify(reviewed.failed)).toBe(0);
    const released = await release(spec, options, { hash: reviewed.metadataHash, reviewer: SIGNERS.reviewer, approver: SIGNERS.approver });
    return { hash: released.metadataHash, unchanged: released.unchanged };
  } finally {
    await options.backend?.close();
  }
}

const SIGNERS = { reviewer: 'Dana Reviewer', approver: 'Sam Approver' };

/** A copy of a project whose artificial-table model fails while it runs (an error inside its query). */
function failingCopy(dir: string, spec: Spec, engine: Engine): string {
  const copy = `${dir}-failing`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(dir, copy, { recursive: true });
  const model = join(copy, 'models', 'generate', `${spec.dataset}.sql`);
  const text = readFileSync(model, 'utf8');
  const at = text.indexOf('\n\n');
  const failing = `SELECT * FROM (\n${text.slice(at + 2).trimEnd()}\n) AS ${DIALECTS[engine.name].quoteIdent('adg_all')}\nWHERE ${engine.failure}\n`;
  writeFileSync(model, `${text.slice(0, at)}\n\n${failing}`);
  return copy;
}

// ---- the tests ---------------------------------------------------------------------------------------------

const compiled = join(work, 'projects');

describe('adg compile --dbt', () => {
  it('compiles every repository spec on every engine from the same plan as generated/', () => {
    for (const name of ['admissions', 'birdstrikes', 'flights', 'movies', 'hospital']) {
      const spec = loadProjectSpec(project, specPath(name));
      for (const dialect of DIALECT_NAMES) {
        const files = dbtProject(spec, { dialect: DIALECTS[dialect], toolVersion: TOOL_VERSION, specName: name });
        const paths = files.map((f) => f.path);
        expect(paths).toEqual(
          expect.arrayContaining([
            'dbt_project.yml',
            'README.md',
            'profiles.example.yml',
            'models/sources.yml',
            `models/scrape/${spec.dataset}_metadata.sql`,
            `models/generate/${spec.dataset}.sql`,
            `models/generate/${spec.dataset}_provenance.sql`,
            `models/generate/${spec.dataset}_fields.sql`,
            `tests/${spec.dataset}_row_count.sql`,
            `tests/${spec.dataset}_metadata_suppressed.sql`,
          ]),
        );
        const text = files.map((f) => f.content).join('\n');
        // No secret in any file; the source is read by the scrape model only; the generate models read the released scope only, never the scrape model.
        expect(text).not.toMatch(/password:\s*[^"\s{]/);
        const t = tablesOf(spec.dataset);
        const generate = files.filter((x) => x.path.startsWith('models/generate/')).map((f) => f.content).join('\n');
        expect(generate).not.toContain(`source('${SOURCE_GROUP}',`);
        expect(generate).not.toContain(`ref('${t.metadata.name}')`);
        for (const table of [t.released, t.releases]) expect(generate).toContain(`{{ source('${RELEASED_GROUP}', '${table.name}') }}`);
      }
    }
  });

  it.skipIf(!!venvMissing)('escapes Jinja so that dbt renders compiled SQL as itself', async () => {
    const texts = ["{{ x }}", '{%raw%}', '{#c#}', '{{{', "'{{'}}", 'a { b } {} %} #}', '{\n{'];
    const script = `import json,sys,jinja2\nenv=jinja2.Environment()\nprint(json.dumps([env.from_string(t).render() for t in json.load(sys.stdin)]))`;
    const out = await new Promise<string>((done, fail) => {
      const child = spawn(PYTHON, ['-c', script]);
      let text = '';
      child.stdout.on('data', (b: Buffer) => void (text += b.toString()));
      child.on('error', fail);
      child.on('close', () => done(text));
      child.stdin.end(JSON.stringify(texts.map(escapeJinja)));
    });
    expect(JSON.parse(out)).toEqual(texts);
  });

  it('writes DIR/<spec>/<engine>/ from the command line, and a rewrite changes nothing', () => {
    const first = adg(REPO, 'compile', '--dbt', compiled, specPath('birdstrikes'), specPath('movies'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const spec of ['birdstrikes', 'movies']) for (const engine of DIALECT_NAMES) expect(existsSync(join(compiled, spec, engine, 'dbt_project.yml'))).toBe(true);
    const again = adg(REPO, '--json', 'compile', '--dbt', compiled, specPath('birdstrikes'));
    const report = JSON.parse(again.stdout) as { dbt: { written: number; removed: string[] }[] };
    expect(report.dbt.map((r) => [r.written, r.removed.length])).toEqual(DIALECT_NAMES.map(() => [0, 0]));
  });
});

const engines = [duckdbEngine(), postgresEngine_(), sparkEngine_()];

describe.each(engines)('dbt build on $name', (engine) => {
  if (engine.missing) {
    if (process.env.CI) it('needs its engine', () => void expect.fail(`CI must run the dbt test on ${engine.name}: ${engine.missing}`));
    else {
      console.warn(`dbt test on ${engine.name} skipped: ${engine.missing}`);
      it.skip(`on ${engine.name}`, () => undefined);
    }
    return;
  }
  afterAll(() => engine.cleanup());

  describe.each(engine.specs)('%s', (name) => {
    let spec: Spec;
    let dir: string;
    let env: Record<string, string>;
    let vars: string[] = [];
    let reference: Reference;
    let first: Tables;
    let second: Tables;
    const timings: string[] = [];

    beforeAll(async () => {
      spec = loadProjectSpec(project, specPath(name));
      if (!existsSync(join(compiled, name))) adg(REPO, 'compile', '--dbt', compiled, specPath(name));
      dir = join(compiled, name, engine.name);
      const profiles = join(work, `profiles-${engine.name}`);
      mkdirSync(profiles, { recursive: true });
      const example = parse(readFileSync(join(dir, 'profiles.example.yml'), 'utf8')) as Record<string, { target: string; outputs: Record<string, Record<string, unknown>> }>;
      for (const p of Object.values(example)) for (const [k, v] of Object.entries(p.outputs)) p.outputs[k] = engine.profile(v);
      writeFileSync(join(profiles, 'profiles.yml'), stringify(example));
      const t0 = performance.now();
      const sourceSchema = await engine.load(spec);
      timings.push(`load ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      env = { ...engine.env, DBT_PROFILES_DIR: profiles };
      vars = ['--vars', JSON.stringify({ ...(sourceSchema ? { adg_source_schema: sourceSchema } : {}), adg_released_schema: engine.releasedSchema })];
      reference = await adgOnDuckdb(spec);
    }, 300_000);
    afterAll(() => console.log(`dbt ${engine.name} ${name}: ${timings.join(', ')}`));

    const build = async (project: string, what: string, select: string[] = []) => {
      const run = await dbt(['build', ...select, ...vars], project, env);
      timings.push(`${what} ${run.seconds.toFixed(1)} s`);
      return run;
    };

    it('builds the metadata but generates nothing while nothing is released', async () => {
      const run = await build(dir, 'build before release');
      expect(run.code).not.toBe(0);
      // The artificial table's model fails on its first read of the released scope; its row count test, provenance and field summary are skipped.
      expect(run.totals, run.output).toEqual(expect.objectContaining({ ERROR: 1, SKIP: 3 }));
      const t = tablesOf(spec.dataset);
      const failure = run.output.slice(run.output.indexOf(`Failure in model ${spec.dataset} (models/generate/${spec.dataset}.sql)`));
      expect(failure, run.output).toContain(t.released.name);
      const [metadata] = await engine.read([`SELECT count(*) AS n FROM ${DIALECTS[engine.name].quoteIdent(stageSchema(engine.name, 'scrape', engine.schema))}.${DIALECTS[engine.name].quoteIdent(t.metadata.name)}`]);
      expect(Number(metadata![0]!.n)).toBe(reference.metadata.length);
    }, 600_000);

    it('is signed off by adg review and adg release on the scopes of the dbt project', async () => {
      const t0 = performance.now();
      const released = await signOff(engine, spec);
      timings.push(`review and release ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      // The same metadata as adg's own scrape, by hash, and a new release.
      expect(released).toEqual({ hash: reference.provenance.metadata_hash, unchanged: false });
    }, 600_000);

    it('builds and tests the generate models once released', async () => {
      // The scrape was built and tested before the release: only what reads the release runs again.
      const run = await build(dir, 'build', ['--select', 'generate']);
      // Three models, the row count test, and the on-run-end hooks where scratch tables need dropping.
      const passes = 4 + DIALECTS[engine.name].dropScratch(SCRATCH_TABLES).length;
      expect(run.totals, run.output).toEqual(expect.objectContaining({ PASS: passes, ERROR: 0, SKIP: 0, WARN: 0 }));
      expect(run.code, run.output).toBe(0);
      first = await builtTables(engine, spec);
    }, 600_000);

    it("gives the tables adg's own pipeline gives on DuckDB, from the release", () => {
      const t = tablesOf(spec.dataset);
      expectSameRows(comparable(first[t.output.name]!), comparable(reference.output), t.output.name);
      expectSameRows(comparable(first[t.metadata.name]!), comparable(reference.metadata), t.metadata.name);
      const provenance = first[t.provenance.name]![0]!;
      expect({ metadata_hash: provenance.metadata_hash, reviewer: provenance.reviewer, approver: provenance.approver }).toEqual({ metadata_hash: reference.provenance.metadata_hash, ...SIGNERS });
    });

    it('gives the same tables when built again from the scrape, with every model and test', async () => {
      const run = await build(dir, 'rebuild');
      expect(run.code, run.output).toBe(0);
      // Four models, two data tests, and the on-run-end hooks.
      expect(run.totals, run.output).toEqual(expect.objectContaining({ PASS: 6 + DIALECTS[engine.name].dropScratch(SCRATCH_TABLES).length, ERROR: 0, SKIP: 0 }));
      second = await builtTables(engine, spec);
      for (const [table, rows] of Object.entries(first)) expectSameRows(comparable(second[table]!, ['generated_at']), comparable(rows, ['generated_at']), table);
    }, 600_000);

    it('leaves the previous tables when a model fails', async () => {
      const run = await build(failingCopy(dir, spec, engine), 'failing build', ['--select', 'generate']);
      expect(run.code).not.toBe(0);
      // The artificial table's model fails; its row count test, provenance and field summary are skipped.
      expect(run.totals, run.output).toEqual(expect.objectContaining({ ERROR: 1, SKIP: 3 }));
      const after = await builtTables(engine, spec);
      for (const [table, rows] of Object.entries(second)) expectSameRows(comparable(after[table]!), comparable(rows), table);
    }, 600_000);
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
