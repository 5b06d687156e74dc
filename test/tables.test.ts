// Multi-table specs on DuckDB: specs/hes.yaml (three tables sharing one pool of patients) and
// specs/omop.yaml (a pool of persons, foreign keys to visits, and concept as a vocabulary), run table by
// table as `adg run` does, then checked on the artificial rows themselves. test/identity.test.ts runs
// omop on PGlite, the PostgreSQL server and Spark and requires the same bytes.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectSpec } from '../cli/artifacts.js';
import { AdgErrors } from '../compiler/errors.js';
import { parseSpec } from '../compiler/spec/load.js';
import type { Spec } from '../compiler/spec/model.js';
import { datasetPaths, loadProject } from '../runner/config.js';
import type { PipelineOptions } from '../runner/pipeline.js';
import { runAll } from '../runner/run.js';
import { memoryRows, REPO, sqlRows, tempProject } from './helpers.js';
import { duckdb } from '../dialects/duckdb/index.js';

async function runTables(spec: Spec, dir: string): Promise<PipelineOptions> {
  const shared = datasetPaths(loadProject(REPO), spec.dataset, { metadataDb: join(dir, 'm.duckdb'), releasedDb: join(dir, 'r.duckdb'), outputDb: join(dir, 'o.duckdb'), exportDir: join(dir, 'out') });
  for (const part of spec.parts!) {
    const outcome = await runAll(part, { root: REPO, paths: { ...shared, exportDir: join(shared.exportDir, part.table!) } });
    expect(outcome.awaitingRelease, `${part.table} releases automatically (fictional fixture)`).toBeUndefined();
  }
  return { root: REPO, paths: shared };
}

const q = duckdb.quoteIdent;

describe('HES: APC, OP and A&E share one pool of artificial patients', () => {
  const t = tempProject();
  let spec: Spec;
  let options: PipelineOptions;
  const rows = (sql: string) => sqlRows(options.paths.outputDb, sql);
  beforeAll(async () => {
    spec = loadProjectSpec(loadProject(REPO), join(REPO, 'specs', 'hes.yaml'));
    options = await runTables(spec, t.root);
  }, 300_000);
  afterAll(() => t.cleanup());

  it('has at least 30 real HES fields per table, and every table exported', () => {
    expect(spec.parts!.map((p) => p.table)).toEqual(['apc', 'op', 'ae']);
    for (const part of spec.parts!) expect(part.columns.length, part.table).toBeGreaterThanOrEqual(30);
  });

  it('every table generates the same pool of patients, and one patient has one key in every table', async () => {
    const [pools] = await rows(`SELECT count(DISTINCT entities) AS distinct_pools, min(entities) AS pool FROM (${spec.parts!.map((p) => `SELECT entities FROM ${q(`${p.dataset}_provenance`)}`).join(' UNION ALL ')})`);
    expect(pools!.distinct_pools).toBe(1);
    const [m] = await sqlRows(options.paths.metadataDb, `SELECT n_entities FROM hes_apc_metadata WHERE stat = 'pool'`);
    expect(pools!.pool).toBe(m!.n_entities);
    const [overlap] = await rows(`SELECT
        (SELECT count(DISTINCT TOKEN_PERSON_ID) FROM hes_apc) AS apc,
        (SELECT count(*) FROM (SELECT TOKEN_PERSON_ID FROM hes_apc INTERSECT SELECT TOKEN_PERSON_ID FROM hes_op INTERSECT SELECT TOKEN_PERSON_ID FROM hes_ae)) AS everywhere,
        (SELECT count(DISTINCT TOKEN_PERSON_ID) FROM (SELECT TOKEN_PERSON_ID FROM hes_apc UNION ALL SELECT TOKEN_PERSON_ID FROM hes_op UNION ALL SELECT TOKEN_PERSON_ID FROM hes_ae)) AS patients`);
    // Some patients are in one table only (the zero rows the pool published), many in all three.
    expect(Number(overlap!.everywhere)).toBeGreaterThan(0);
    expect(Number(overlap!.patients)).toBeLessThanOrEqual(Number(pools!.pool));
    expect(Number(overlap!.apc)).toBeLessThan(Number(overlap!.patients));
  });

  it('episodes are unique, dates ordered and derived code counts true in every row', async () => {
    const [apc] = await rows(`SELECT count(*) AS n, count(DISTINCT EPIKEY) AS keys,
        count(*) FILTER (WHERE ELECDATE > ADMIDATE OR ADMIDATE > EPISTART OR EPISTART > EPIEND OR EPIEND > DISDATE) AS disordered,
        count(*) FILTER (WHERE DIAG_COUNT <> (${Array.from({ length: 10 }, (_, i) => `(DIAG_4_${String(i + 1).padStart(2, '0')} IS NOT NULL)::INT`).join(' + ')})) AS miscounted,
        count(*) FILTER (WHERE DIAG_4_CONCAT IS DISTINCT FROM nullif(concat_ws(',', ${Array.from({ length: 10 }, (_, i) => `DIAG_4_${String(i + 1).padStart(2, '0')}`).join(', ')}), '')) AS misjoined
      FROM hes_apc`);
    expect(apc).toMatchObject({ keys: apc!.n, disordered: 0, miscounted: 0, misjoined: 0 });
  });
});

describe('OMOP: persons, visits, conditions and measurements, with concept as a vocabulary', () => {
  const t = tempProject();
  let spec: Spec;
  let options: PipelineOptions;
  const rows = (sql: string) => sqlRows(options.paths.outputDb, sql);
  beforeAll(async () => {
    spec = loadProjectSpec(loadProject(REPO), join(REPO, 'specs', 'omop.yaml'));
    options = await runTables(spec, t.root);
  }, 300_000);
  afterAll(() => t.cleanup());

  it('every visit, condition and measurement belongs to a person who exists', async () => {
    for (const table of ['omop_visit_occurrence', 'omop_condition_occurrence', 'omop_measurement']) {
      const [r] = await rows(`SELECT count(*) AS n, count(*) FILTER (WHERE person_id NOT IN (SELECT person_id FROM omop_person)) AS orphans FROM ${q(table)}`);
      expect(Number(r!.n), table).toBeGreaterThan(0);
      expect(r!.orphans, table).toBe(0);
    }
    const [p] = await rows('SELECT count(*) AS n, count(DISTINCT person_id) AS ids FROM omop_person');
    expect(p!.ids).toBe(p!.n);
  });

  it("every foreign key resolves to a visit of the same person", async () => {
    for (const table of ['omop_condition_occurrence', 'omop_measurement']) {
      const [r] = await rows(`SELECT count(c.visit_occurrence_id) AS keyed, count(v.visit_occurrence_id) AS resolved, count(*) FILTER (WHERE v.person_id = c.person_id) AS same_person
        FROM ${q(table)} c LEFT JOIN omop_visit_occurrence v ON v.visit_occurrence_id = c.visit_occurrence_id`);
      expect(Number(r!.keyed), table).toBeGreaterThan(0);
      expect(r!.resolved, table).toBe(r!.keyed);
      expect(r!.same_person, table).toBe(r!.keyed);
    }
  });

  it('the vocabulary is identical to its source, with its real columns and types', async () => {
    const source = `read_parquet(${duckdb.quoteString(join(REPO, 'specs/fixtures/omop/concept.parquet'))})`;
    const attach = `ATTACH ${duckdb.quoteString(options.paths.outputDb)} AS o (READ_ONLY)`;
    const [diff] = await memoryRows(`${attach}; SELECT (SELECT count(*) FROM (SELECT * FROM ${source} EXCEPT ALL SELECT * FROM o.omop_concept)) AS missing, (SELECT count(*) FROM (SELECT * FROM o.omop_concept EXCEPT ALL SELECT * FROM ${source})) AS extra, (SELECT count(*) FROM o.omop_concept) AS n`);
    expect(diff).toMatchObject({ missing: 0, extra: 0 });
    expect(Number(diff!.n)).toBeGreaterThan(100);
    const types = await memoryRows(`${attach}; SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = 'o' AND table_name = 'omop_person' ORDER BY ordinal_position`);
    expect(types.slice(0, 3)).toEqual([{ column_name: 'person_id', data_type: 'INTEGER' }, { column_name: 'gender_concept_id', data_type: 'INTEGER' }, { column_name: 'year_of_birth', data_type: 'INTEGER' }]);
  });
});

describe('bad multi-table specs are compile-time errors naming the place', () => {
  const errorsOf = (yaml: string) => {
    try {
      parseSpec(yaml, 'specs/bad.yaml');
    } catch (err) {
      return (err as AdgErrors).errors.map((e) => e.format()).join('\n');
    }
    return '';
  };
  const table = (name: string, fields: string, entity = 'pid') => `  ${name}:\n    source: {table: ${name}${entity ? `, entity: ${entity}` : ''}}\n    fields:\n      ${entity ? 'pid: {kind: identifier, pattern: "TEST[0-9]{6}"}\n      ' : ''}${name}_id: {kind: identifier, pattern: "R[0-9]{8}"}\n${fields}`;
  const spec = (...tables: string[]) => `version: 1\ndataset: bad\ngeneration: {entities: 100}\ntables:\n${tables.join('\n')}\n`;

  it('a cycle of foreign keys', () => {
    const errors = errorsOf(spec(table('a', '      b_ref: {kind: reference, table: b, field: b_id}\n      x: categorical'), table('b', '      a_ref: {kind: reference, table: a, field: a_id}\n      x: categorical')));
    expect(errors).toMatch(/a cycle of foreign keys: a -> b -> a/);
  });

  it('a foreign key to a table without the entity, or to a field that is not a row identifier', () => {
    expect(errorsOf(spec(table('a', '      x: categorical', ''), table('b', '      a_ref: {kind: reference, table: a, field: a_id}\n      x: categorical')).replace('{entities: 100}', '{scale: 1}'))).toMatch(/tables\.b\.fields\.a_ref: field "a_ref" links rows of one entity, so both b and a need source\.entity/);
    expect(errorsOf(spec(table('a', '      x: categorical'), table('b', '      a_ref: {kind: reference, table: a, field: x}\n      x: categorical')))).toMatch(/refers to a\.x, which is not an identifier per row of that table/);
    expect(errorsOf(spec(table('a', '      x: categorical'), table('b', '      a_ref: {kind: reference, table: c, field: c_id}\n      x: categorical')))).toMatch(/refers to table "c", which is not a table of this spec/);
  });

  it('an entity key with different patterns in two tables, and a vocabulary with fields', () => {
    const other = table('b', '      x: categorical').replace('TEST[0-9]{6}', 'TEST[0-9]{7}');
    expect(errorsOf(spec(table('a', '      x: categorical'), other))).toMatch(/the entity key of table b has pattern "TEST\[0-9\]\{7\}"/);
    expect(errorsOf(spec(table('a', '      x: categorical'), '  v:\n    source: {table: v}\n    vocabulary: true\n    fields:\n      code: categorical'))).toMatch(/tables\.v\.fields: a vocabulary table is copied verbatim, so it has no fields/);
  });
});
