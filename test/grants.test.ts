// Isolation enforced by the engine: 00_grants.sql, run by an administrator on a real PostgreSQL server
// (ADG_PG_URL; under CI a missing server fails the test), makes three roles, and the whole pipeline
// runs with each stage under its own login acting as its role (the target's `role` setting). Then each
// boundary is tried and must fail with "permission denied": the generator cannot read the source or
// the metadata; the scraper cannot write the released or output schema; only the releaser writes the
// released schema; the releaser cannot read the source. Spark's Unity Catalog grants are checked as text.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectSpec } from '../cli/artifacts.js';
import { compileGrants } from '../compiler/grants.js';
import { parseSpec } from '../compiler/spec/load.js';
import type { AccessRole } from '../compiler/plan/grants.js';
import { filePlaces, type StagePlaces } from '../compiler/plan/paths.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import type { EngineSession } from '../dialects/engine.js';
import { postgres } from '../dialects/postgres/index.js';
import { POSTGRES_ROLES } from '../dialects/postgres/grants.js';
import type { PostgresBackend } from '../dialects/postgres/backend.js';
import { PgliteSession, PostgresSession } from '../dialects/postgres/session.js';
import { postgresEngine } from '../dialects/postgres/target.js';
import { spark } from '../dialects/spark/index.js';
import { sparkEngine } from '../dialects/spark/target.js';
import { datasetPaths, loadProject } from '../runner/config.js';
import { loadSource } from '../runner/load.js';
import { exportData, generate, scrape, type PipelineOptions } from '../runner/pipeline.js';
import { qa } from '../runner/qa.js';
import { release } from '../runner/release.js';
import { review } from '../runner/review.js';
import { REPO, tempProject } from './helpers.js';

const PG_URL = process.env.ADG_PG_URL;
const ENABLE = 'export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1)';
const project = loadProject(REPO);
const birdstrikes = () => loadProjectSpec(project, join(REPO, 'specs', 'birdstrikes.yaml'));

/** The statements of a script, comments dropped. */
const statementsOf = (text: string) =>
  text
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('00_grants.sql as compiled', () => {
  it('Spark (Unity Catalog): each group gets its one scope to write, the one before it to read, and the source goes to the scrapers alone', () => {
    const spec = birdstrikes();
    const places = sparkEngine.places({}, spec.dataset, datasetPaths(project, spec.dataset));
    const grants = compileGrants(spec, { dialect: spark, places, toolVersion: TOOL_VERSION })!;
    expect(grants.file).toBe('00_grants.sql');
    expect(statementsOf(grants.text).filter((s) => s.startsWith('GRANT'))).toEqual([
      'GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_metadata` TO `adg-scrapers`',
      'GRANT USE SCHEMA, SELECT ON SCHEMA `adg_metadata` TO `adg-releasers`',
      'GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_released` TO `adg-releasers`',
      'GRANT USE SCHEMA, SELECT ON SCHEMA `adg_released` TO `adg-generators`',
      'GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA `adg_output` TO `adg-generators`',
      'GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-scrapers`',
      'GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-releasers`',
      'GRANT USE SCHEMA, CREATE TABLE ON SCHEMA `adg_scratch` TO `adg-generators`',
      'GRANT USE SCHEMA ON SCHEMA `default` TO `adg-scrapers`',
      'GRANT SELECT ON TABLE `default`.`birdstrikes_source` TO `adg-scrapers`',
    ]);
    expect(grants.text).toContain('GRANT USE CATALOG ON CATALOG <catalog>');
  });

  it('quotes every name from the spec and the target, and keeps a newline in a name out of the comments\' way', () => {
    const spec = parseSpec('version: 1\ndataset: wards\nsource: {table: "Ward \\"Stays\\"\\n2024", schema: clinical}\nsuppression: {threshold: 10, round_to: 5}\nfields:\n  ward: categorical\n', 'specs/wards.yaml');
    for (const [dialect, places] of [
      [postgres, postgresEngine.places({ url: 'x', output_schema: 'Out"put' }, spec.dataset, datasetPaths(project, spec.dataset))],
      [spark, sparkEngine.places({ output_schema: 'Out`put' }, spec.dataset, datasetPaths(project, spec.dataset))],
    ] as const) {
      const text = compileGrants(spec, { dialect, places, toolVersion: 'x' })!.text;
      const q = dialect.quoteIdent;
      expect(text).toContain(`GRANT SELECT ON TABLE ${q('clinical')}.${q('Ward "Stays"\n2024')} TO`);
      expect(text).toContain(` ON SCHEMA ${q(dialect === postgres ? 'Out"put' : 'Out`put')} TO`);
      // The newline is escaped in comments (a comment line cannot end early), and only the quoted name in the GRANT spans lines.
      expect(text).toContain('The source clinical.Ward "Stays"\\u{A}2024: read by');
      expect(text.split('\n').filter((line) => line.startsWith('2024'))).toEqual([`2024${q('x').slice(-1)} TO ${q(dialect === postgres ? 'adg_scraper' : 'adg-scrapers')};`]);
    }
  });

  it('is not made for DuckDB, whose scopes are files', () => {
    const spec = birdstrikes();
    expect(compileGrants(spec, { dialect: duckdb, places: filePlaces(datasetPaths(project, spec.dataset)), toolVersion: 'x' })).toBeUndefined();
  });

  it('refuses scopes that share a schema: one role\'s grants would reach another\'s tables', () => {
    const spec = birdstrikes();
    const places = postgresEngine.places({ url: 'x', metadata_schema: 'public' }, spec.dataset, datasetPaths(project, spec.dataset));
    expect(() => compileGrants(spec, { dialect: postgres, places, toolVersion: 'x' })).toThrow('share the schema "public"');
  });
});

describe('the role setting', () => {
  it('a role the session cannot take is named, with what to do (PGlite)', async () => {
    await expect(PgliteSession.open(undefined, { role: 'adg_no_such_role' })).rejects.toThrow('cannot act as role "adg_no_such_role" at PGlite: role "adg_no_such_role" does not exist');
  });
});

describe('00_grants.sql on the PostgreSQL server', () => {
  if (!PG_URL) {
    if (process.env.CI) it('needs ADG_PG_URL', () => void expect.fail(`ADG_PG_URL is missing: CI must run the grants test on the PostgreSQL server (${ENABLE})`));
    else it.skip(`needs ADG_PG_URL (${ENABLE})`, () => {});
    return;
  }
  // Schemas and logins of this run only; the three roles are the script's own, cluster-wide and idempotent.
  const tag = `adg_g${randomBytes(4).toString('hex')}`;
  const schemas = { source_schema: `${tag}_src`, metadata_schema: `${tag}_meta`, released_schema: `${tag}_rel`, output_schema: `${tag}_out` };
  const logins: Record<AccessRole, string> = { scraper: `${tag}_scrape`, releaser: `${tag}_release`, generator: `${tag}_generate` };
  const password = randomBytes(12).toString('hex');
  const t = tempProject('adg-grants-');
  const spec = birdstrikes();
  const paths = datasetPaths(project, spec.dataset, { exportDir: join(t.root, 'out') });
  const places: StagePlaces = postgresEngine.places({ url: PG_URL, ...schemas }, spec.dataset, paths);
  const q = postgres.quoteIdent;
  const urlOf = (login: string) => {
    const url = new URL(PG_URL);
    url.username = login;
    url.password = password;
    return url.toString();
  };
  /** A backend per role: its own login, acting as its role. */
  const as = (role: AccessRole, actingAs = POSTGRES_ROLES[role]) =>
    postgresEngine.open({ url: urlOf(logins[role]), ...schemas, role: actingAs }, { root: REPO, where: `the ${role} test target` }) as PostgresBackend;
  const backends = { scraper: as('scraper'), releaser: as('releaser'), generator: as('generator') };
  const options = (role: AccessRole): PipelineOptions => ({ root: REPO, allowedSourceDirs: project.allowedSourceDirs, paths, places, backend: backends[role], formats: ['csv'] });
  const sessionOf = (role: AccessRole): Promise<EngineSession> => backends[role].session();
  const denied = async (role: AccessRole, sql: string, why: string | RegExp = /permission denied|must be owner/) => expect((await sessionOf(role)).exec(sql)).rejects.toThrow(why);
  const [src, meta, rel, out] = [schemas.source_schema, schemas.metadata_schema, schemas.released_schema, schemas.output_schema].map(q);
  let admin: PostgresSession;

  beforeAll(async () => {
    admin = await PostgresSession.open(PG_URL);
    const loader = postgresEngine.open({ url: PG_URL, ...schemas }, { root: REPO, where: 'the admin test target' });
    try {
      await loadSource(spec, loader, places, { root: REPO, allowedSourceDirs: project.allowedSourceDirs, replace: true });
    } finally {
      await loader.close();
    }
    // Open to PUBLIC like the default source schema, public: what keeps the source from the other roles is the grant on the table.
    await admin.exec(`GRANT USAGE ON SCHEMA ${q(schemas.source_schema)} TO PUBLIC`);
    // The administrator runs the script; twice, since running it again must change nothing and fail on nothing.
    const grants = compileGrants(spec, { dialect: postgres, places, toolVersion: TOOL_VERSION })!;
    await admin.exec(grants.text);
    await admin.exec(grants.text);
    for (const role of ['scraper', 'releaser', 'generator'] as const) {
      await admin.exec(`CREATE ROLE ${q(logins[role])} LOGIN PASSWORD ${postgres.quoteString(password)}`);
      await admin.exec(`GRANT ${q(POSTGRES_ROLES[role])} TO ${q(logins[role])}`);
    }
  });

  afterAll(async () => {
    for (const b of Object.values(backends)) await b.close();
    if (admin) {
      for (const s of Object.values(schemas)) await admin.exec(`DROP SCHEMA IF EXISTS ${q(s)} CASCADE`);
      for (const login of Object.values(logins)) await admin.exec(`DROP ROLE IF EXISTS ${q(login)}`);
      await admin.close();
    }
    t.cleanup();
  });

  it('runs the whole pipeline with each stage under its role: scrape, review and release, generate, qa and export', async () => {
    await scrape(spec, options('scraper'));
    const reviewed = await review(spec, options('releaser'));
    expect(reviewed.blocking).toBe(0);
    await release(spec, options('releaser'), { hash: reviewed.metadataHash, reviewer: 'Grants Reviewer', approver: 'Grants Approver' });
    const generated = await generate(spec, options('generator'));
    expect(generated.rows).toBe(20_000);
    expect((await qa(spec, options('generator'))).blocking).toBe(0);
    const exported = await exportData(spec, options('generator'));
    expect(exported.files.map((f) => f.format)).toEqual(['csv', 'markdown']);
    // Every table is owned by the role that wrote it, not by the login: SET ROLE took effect.
    const owners = await admin.query(`SELECT schemaname, tablename, tableowner FROM pg_catalog.pg_tables WHERE schemaname IN ($1, $2, $3) ORDER BY 1, 2`, [
      schemas.metadata_schema,
      schemas.released_schema,
      schemas.output_schema,
    ]);
    const ownerOf = { [schemas.metadata_schema]: 'adg_scraper', [schemas.released_schema]: 'adg_releaser', [schemas.output_schema]: 'adg_generator' };
    expect(owners.map((r) => `${r.schemaname}.${r.tablename}`)).toEqual([
      `${schemas.metadata_schema}.adg_runs`,
      `${schemas.metadata_schema}.birdstrikes_metadata`,
      `${schemas.output_schema}.adg_runs`,
      `${schemas.output_schema}.birdstrikes`,
      `${schemas.output_schema}.birdstrikes_fields`,
      `${schemas.output_schema}.birdstrikes_provenance`,
      `${schemas.output_schema}.birdstrikes_qa`,
      `${schemas.released_schema}.adg_releases`,
      `${schemas.released_schema}.birdstrikes_metadata`,
    ]);
    for (const r of owners) expect(r.tableowner, `${r.schemaname}.${r.tablename}`).toBe(ownerOf[String(r.schemaname)]);
    // A second scrape replaces the metadata the first made (DROP and RENAME need the owner: the role, whatever the login).
    await scrape(spec, options('scraper'));
  });

  it('the generator cannot read the source, nor the metadata', async () => {
    await denied('generator', `SELECT count(*) FROM ${src}.${q('birdstrikes_source')}`, 'permission denied for table birdstrikes_source');
    await denied('generator', `SELECT count(*) FROM ${meta}.${q('birdstrikes_metadata')}`, `permission denied for schema ${schemas.metadata_schema}`);
    await denied('generator', `SELECT count(*) FROM ${meta}.${q('adg_runs')}`);
    // What it does read, it may: the released copy.
    expect(await (await sessionOf('generator')).query(`SELECT count(*) > 0 AS ok FROM ${rel}.${q('birdstrikes_metadata')}`)).toEqual([{ ok: true }]);
  });

  it('the scraper cannot create or write tables in the released or the output schema', async () => {
    for (const schema of [rel, out]) {
      await denied('scraper', `CREATE TABLE ${schema}.${q('forged')} (n INTEGER)`);
      await denied('scraper', `CREATE TABLE ${schema}.${q('forged')} AS SELECT * FROM ${src}.${q('birdstrikes_source')}`);
    }
    await denied('scraper', `INSERT INTO ${rel}.${q('birdstrikes_metadata')} SELECT * FROM ${meta}.${q('birdstrikes_metadata')}`);
    await denied('scraper', `INSERT INTO ${rel}.${q('adg_releases')} (dataset) VALUES ('birdstrikes')`);
    await denied('scraper', `INSERT INTO ${out}.${q('birdstrikes_provenance')} SELECT * FROM ${out}.${q('birdstrikes_provenance')}`);
    await denied('scraper', `DROP TABLE ${out}.${q('birdstrikes')}`);
  });

  it('only the releaser writes the released schema: the generator cannot insert into its metadata or log, nor create tables there', async () => {
    await denied('generator', `INSERT INTO ${rel}.${q('birdstrikes_metadata')} SELECT * FROM ${rel}.${q('birdstrikes_metadata')}`);
    await denied('generator', `INSERT INTO ${rel}.${q('adg_releases')} SELECT * FROM ${rel}.${q('adg_releases')}`);
    await denied('generator', `UPDATE ${rel}.${q('adg_releases')} SET reviewer = 'someone else'`);
    await denied('generator', `DELETE FROM ${rel}.${q('birdstrikes_metadata')}`);
    await denied('generator', `CREATE TABLE ${rel}.${q('forged')} (n INTEGER)`);
    await denied('generator', `DROP TABLE ${rel}.${q('adg_releases')}`);
    await denied('generator', `ALTER TABLE ${rel}.${q('birdstrikes_metadata')} RENAME TO ${q('gone')}`);
  });

  it('the releaser cannot read the source, nor write the metadata it reviews', async () => {
    await denied('releaser', `SELECT count(*) FROM ${src}.${q('birdstrikes_source')}`, 'permission denied for table birdstrikes_source');
    await denied('releaser', `INSERT INTO ${meta}.${q('birdstrikes_metadata')} SELECT * FROM ${meta}.${q('birdstrikes_metadata')}`);
    await denied('releaser', `CREATE TABLE ${out}.${q('forged')} (n INTEGER)`);
  });

  it('CREATE SCHEMA IF NOT EXISTS is refused to a role that may write an existing schema (why createSchema checks pg_namespace first)', async () => {
    await expect((await sessionOf('scraper')).exec(`CREATE SCHEMA IF NOT EXISTS ${meta}`)).rejects.toThrow('permission denied for database');
  });

  it('a login cannot act as a role it was not granted: a clear message, without the password', async () => {
    const wrong = as('generator', POSTGRES_ROLES.scraper);
    try {
      const err = await wrong.session().then(
        () => undefined,
        (e: unknown) => e as Error & { hint?: string },
      );
      expect(err?.message).toContain(`user "${logins.generator}" cannot act as role "adg_scraper"`);
      expect(err?.message).toContain('permission denied to set role "adg_scraper"');
      expect(`${err?.message} ${err?.hint}`).not.toContain(password);
    } finally {
      await wrong.close();
    }
  });
});
