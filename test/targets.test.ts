// Targets (adg.config.yaml) and what goes wrong with them, through the CLI as a user meets it: unknown
// target or engine, a missing ${VAR}, a password written into the file, a wrong password, an unreachable
// server, a source table missing from the target, a source column the spec cannot use, and the
// connection lost in the middle of generate (the previous output is still there and readable).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBackend } from '../dialects/postgres/backend.js';
import { PostgresSession } from '../dialects/postgres/session.js';
import { postgresEngine } from '../dialects/postgres/target.js';
import { datasetPaths } from '../runner/config.js';
import { generate, scrape, type Reporter } from '../runner/pipeline.js';
import { adg, adgWithEnv } from './cli.helpers.js';
import { releaseAndGenerate, specIn, tempProject } from './helpers.js';

const PG_URL = process.env.ADG_PG_URL;
const ENABLE = 'export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1)';

const SPEC = `version: 1
release: auto
dataset: wards
source: {table: wards}
suppression: {threshold: 3, round_to: 1}
generation: {rows: 2000, seed: 7}
fields:
  ward: categorical
  stay: discrete
`;

describe('targets in adg.config.yaml', () => {
  const t = tempProject('adg-targets-');
  afterAll(() => t.cleanup());
  beforeAll(() => {
    specIn(t.root, 'wards', SPEC);
  });
  const config = (text: string) => writeFileSync(join(t.root, 'adg.config.yaml'), text);

  it('an unknown target names the targets there are', () => {
    config('targets:\n  warehouse: {engine: postgres, url: "${ADG_TEST_URL}"}\n');
    const r = adg(t.root, 'scrape', 'specs/wards.yaml', '--target', 'warehous');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('adg.config.yaml targets: unknown target "warehous"');
    expect(r.stderr).toContain('targets in');
    expect(r.stderr).toContain('warehouse (or duckdb, the embedded default)');
  });

  it('an unknown engine names the engines', () => {
    config('targets:\n  lake: {engine: snowflake}\n');
    const r = adg(t.root, 'generate', 'specs/wards.yaml', '--target', 'lake');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets.lake.engine: unknown engine "snowflake" in target "lake"');
    expect(r.stderr).toContain('engine is one of: duckdb, postgres, spark');
  });

  it('a default_target that is not defined is refused', () => {
    config('default_target: nowhere\ntargets:\n  warehouse: {engine: postgres, url: x}\n');
    const r = adg(t.root, 'scrape', 'specs/wards.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('default_target: default_target "nowhere" is not one of the targets');
  });

  it('a missing ${VAR} names the variable and the setting', () => {
    config('targets:\n  warehouse: {engine: postgres, url: "${ADG_NOT_SET_ANYWHERE}"}\n');
    const r = adg(t.root, 'scrape', 'specs/wards.yaml', '--target', 'warehouse');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets.warehouse.url: environment variable ADG_NOT_SET_ANYWHERE is not set');
    expect(r.stderr).toContain('export ADG_NOT_SET_ANYWHERE=');
  });

  it('a password written into the file is refused, and never printed', () => {
    config('targets:\n  warehouse: {engine: postgres, url: "postgresql://adg:hunter2@localhost/adg"}\n');
    const r = adg(t.root, 'scrape', 'specs/wards.yaml', '--target', 'warehouse');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets.warehouse.url: a secret is written into the config file');
    expect(r.stderr + r.stdout).not.toContain('hunter2');
  });

  it('unknown settings of an engine are named with the keys it takes', () => {
    config('targets:\n  warehouse: {engine: postgres, url: "x", schema: public}\n');
    const r = adg(t.root, 'scrape', 'specs/wards.yaml', '--target', 'warehouse');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('postgres targets take no key "schema"');
    expect(r.stderr).toContain('source_schema');
  });

  it('a Spark scope named adg_scratch is refused before anything runs (adg drops that schema after every stage)', () => {
    config('targets:\n  lake: {engine: spark, output_schema: ADG_Scratch}\n');
    const r = adg(t.root, 'scrape', 'specs/wards.yaml', '--target', 'lake');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('targets.lake.output_schema');
    expect(r.stderr).toContain('adg_scratch is where adg keeps');
  });

  it('an unreachable server fails in seconds with a clear message and no stack trace', () => {
    config('targets:\n  warehouse: {engine: postgres, url: "${ADG_TEST_URL}"}\n');
    const started = Date.now();
    const r = adgWithEnv({ ADG_TEST_URL: 'postgresql://adg:${PW}@127.0.0.1:1/adg'.replace('${PW}', 'pw') }, t.root, 'scrape', 'specs/wards.yaml', '--target', 'warehouse');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('could not reach the PostgreSQL server at 127.0.0.1:1');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('targets on the PostgreSQL server', () => {
  if (!PG_URL) {
    if (process.env.CI) it('needs ADG_PG_URL', () => void expect.fail(`ADG_PG_URL is missing: CI must run these tests (${ENABLE})`));
    else it.skip(`needs ADG_PG_URL (${ENABLE})`, () => {});
    return;
  }
  const t = tempProject('adg-targets-pg-');
  const schema = `adg_t_${process.pid}`;
  let admin: PostgresSession;
  beforeAll(async () => {
    specIn(t.root, 'wards', SPEC);
    writeFileSync(
      join(t.root, 'adg.config.yaml'),
      `targets:\n  warehouse: {engine: postgres, url: "\${ADG_PG_URL}", source_schema: ${schema}, metadata_schema: ${schema}_meta, released_schema: ${schema}_rel, output_schema: ${schema}_out}\n`,
    );
    admin = await PostgresSession.open(PG_URL);
    await admin.exec(`CREATE SCHEMA ${schema}`);
    // An administrator makes the released scope; release does not.
    await admin.exec(`CREATE SCHEMA ${schema}_rel`);
    await admin.exec(`CREATE TABLE ${schema}.wards AS SELECT (ARRAY['north', 'south', 'east'])[1 + i % 3] AS ward, i % 7 AS stay, jsonb_build_object('k', i) AS extra FROM generate_series(1, 500) i`);
  });
  afterAll(async () => {
    for (const s of [schema, `${schema}_meta`, `${schema}_rel`, `${schema}_out`]) await admin.exec(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.close();
    t.cleanup();
  });

  it('runs scrape, generate and export with --target', () => {
    const r = adg(t.root, 'run', 'specs/wards.yaml', '--target', 'warehouse');
    expect(r.stderr).not.toContain('adg:');
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain(`-> schema ${schema}_out`);
    expect(r.stdout).toContain('artificial_wards.csv');
  });

  it('planted rare values reach no byte adg writes: messages, files, metadata, run log', async () => {
    const rare = ['RARE_SECRET_WARD', '987654321'];
    await admin.exec(`CREATE TABLE ${schema}.planted AS SELECT ward, stay FROM ${schema}.wards UNION ALL SELECT 'RARE_SECRET_WARD', 987654321`);
    writeFileSync(join(t.root, 'specs', 'planted.yaml'), SPEC.replace('dataset: wards', 'dataset: planted').replace('{table: wards}', '{table: planted}'));
    const r = adg(t.root, 'run', 'specs/planted.yaml', '--target', 'warehouse', '--export-dir', 'out/planted');
    expect(r.code).toBe(0);
    const files = ['artificial_planted.csv', 'README.md', ...['report.html', 'REVIEW.md', 'review.json', 'qa.json', 'metadata.sha256'].map((f) => join('review', f))];
    const written = [r.stdout, r.stderr, ...files.map((f) => readFileSync(join(t.root, 'out', 'planted', f), 'utf8'))];
    written.push(readFileSync(join(t.root, 'out', 'planted', 'artificial_planted.parquet')).toString('latin1'));
    for (const table of [`${schema}_meta.planted_metadata`, `${schema}_meta.adg_runs`, `${schema}_out.planted`, `${schema}_out.planted_provenance`, `${schema}_out.planted_fields`, `${schema}_out.planted_qa`, `${schema}_out.adg_runs`, `${schema}_rel.planted_metadata`, `${schema}_rel.adg_releases`]) {
      written.push(JSON.stringify(await admin.query(`SELECT * FROM ${table}`)));
    }
    for (const text of written) for (const value of rare) expect(text).not.toContain(value);
    // The planted values were there to find: the source holds them.
    expect(JSON.stringify(await admin.query(`SELECT * FROM ${schema}.planted WHERE stay = 987654321`))).toContain('RARE_SECRET_WARD');
  });

  it('adg load copies a file source whole and reports no exact source row count', async () => {
    mkdirSync(join(t.root, 'data'), { recursive: true });
    const lines = Array.from({ length: 1237 }, (_, i) => `${['north', 'south'][i % 2]},${i % 9}`);
    writeFileSync(join(t.root, 'data', 'stays.csv'), `ward,stay\n${lines.join('\n')}\n`);
    writeFileSync(join(t.root, 'specs', 'stays.yaml'), SPEC.replace('dataset: wards', 'dataset: stays').replace('{table: wards}', '{file: data/stays.csv}'));
    for (const json of [false, true]) {
      const r = adg(t.root, 'load', 'specs/stays.yaml', '--target', 'warehouse', '--replace', ...(json ? ['--json'] : []));
      expect(r.stderr).not.toContain('adg:');
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(/1,?237/);
    }
    expect(await admin.query(`SELECT count(*) AS n FROM ${schema}.stays_source`)).toEqual([{ n: 1237 }]);
  });

  it('a wrong password: a clear message in seconds, without the password', () => {
    const bad = PG_URL.replace(/:\/\/([^:@]+):([^@]*)@/, '://$1:wrong-pass-xyz@');
    const started = Date.now();
    const r = adgWithEnv({ ADG_PG_URL: bad }, t.root, 'scrape', 'specs/wards.yaml', '--target', 'warehouse');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('authentication failed for user "adg"');
    expect(r.stderr).not.toContain('wrong-pass-xyz');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('a source table missing from the target names it and where it was looked for', () => {
    mkdirSync(join(t.root, 'specs'), { recursive: true });
    writeFileSync(join(t.root, 'specs', 'gone.yaml'), SPEC.replace('dataset: wards', 'dataset: gone').replace('{table: wards}', '{table: wardz}'));
    const r = adg(t.root, 'scrape', 'specs/gone.yaml', '--target', 'warehouse');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`source.table: source table ${schema}.wardz not found on PostgreSQL`);
    expect(r.stderr).toContain('did you mean "wards"?');
  });

  it('a source column type the spec cannot use is named with its type before anything runs', () => {
    writeFileSync(join(t.root, 'specs', 'extra.yaml'), SPEC.replace('dataset: wards', 'dataset: extra').replace('  stay: discrete', '  stay: discrete\n  extra: discrete'));
    const r = adg(t.root, 'scrape', 'specs/extra.yaml', '--target', 'warehouse');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fields.extra: field "extra" (JSONB) is a nested type');
  });

  it('the connection lost mid-generate leaves the previous output there and readable', async () => {
    const spec = specIn(t.root, 'wards', SPEC);
    const backend = () => postgresEngine.open({ url: PG_URL }, { root: t.root, where: 'test' }) as PostgresBackend;
    const paths = datasetPaths(t.project, 'wards');
    const places = postgresEngine.places({ url: PG_URL, source_schema: schema, metadata_schema: `${schema}_meta`, released_schema: `${schema}_rel`, output_schema: `${schema}_out` }, 'wards', paths);
    const first = backend();
    await scrape(spec, { root: t.root, paths, backend: first, places });
    await releaseAndGenerate(spec, { root: t.root, paths, backend: first, places });
    await first.close();
    const before = await admin.query(`SELECT * FROM ${schema}_out.wards`);
    expect(before.length).toBe(2000);

    // Kill the session's server process as the sampling statement starts.
    const doomed = backend();
    const killer: Reporter = {
      stageStarted() {},
      sectionFinished() {},
      warn() {},
      sectionStarted: (_stage, _i, _n, title) => {
        if (!title.startsWith('Sample')) return;
        void doomed.session().then((s) => admin.query('SELECT pg_terminate_backend($1)', [(s as PostgresSession).backendPid]));
      },
    };
    await expect(generate({ ...spec, generation: { ...spec.generation, seed: 8 } }, { root: t.root, paths, backend: doomed, places, reporter: killer })).rejects.toThrow(
      /generate failed at step \d+\/\d+ \(Sample.*nothing was replaced|connection/s,
    );
    await doomed.close();
    const after = await admin.query(`SELECT * FROM ${schema}_out.wards`);
    expect(after).toEqual(before);
  });
});
