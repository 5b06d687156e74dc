// Entities, stable fields, synthetic identifiers, ordered dates and derived fields: the hospital fixture
// (specs/hospital.yaml) through the whole pipeline on DuckDB, then every structural promise checked on
// the artificial rows themselves, not through adg's own QA. (test/identity.test.ts runs the same spec
// on PGlite, the PostgreSQL server and Spark and requires byte-identical output.)
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { loadProjectSpec } from '../cli/artifacts.js';
import { parseSpec } from '../compiler/spec/load.js';
import { format, parsePattern } from '../compiler/spec/pattern.js';
import type { IdentifierField, Spec } from '../compiler/spec/model.js';
import { identifierText, permuted } from '../compiler/plan/structure.js';
import { col } from '../compiler/ir.js';
import { Printer } from '../compiler/print.js';
import { duckdb } from '../dialects/duckdb/index.js';
import type { Row } from '../dialects/session.js';
import { datasetPaths, loadProject } from '../runner/config.js';
import { scrape, type PipelineOptions } from '../runner/pipeline.js';
import { memoryRows, metadataRows, outputRows, REPO, releaseAndGenerate, sqlRows, tempProject, writeTable } from './helpers.js';
import { AdgErrors } from '../compiler/errors.js';

describe('identifier patterns', () => {
  it('make distinct values that match the pattern and carry the prefix, the same in SQL as in the reference', async () => {
    const patterns = ['TEST[0-9]{6}', 'ART-[A-Z]{2}[0-9]{3}', 'X[A-Z0-9]{4}.[a-z]{2}', '99999[0-9]{7}', 'T[0-9]'];
    for (const [k, source] of patterns.entries()) {
      const p = parsePattern(source, `field ${k}`);
      const numbers = fc.sample(fc.integer({ min: 0, max: Math.min(p.modulus, 2 ** 32) - 1 }), { numRuns: 300, seed: k });
      const values = numbers.map((n) => format(p, n));
      expect(new Set(values).size).toBe(new Set(numbers).size);
      for (const v of values) {
        expect(v).toMatch(new RegExp(p.regex));
        expect(v.startsWith(p.prefix)).toBe(true);
      }
      // The compiled expression, run by DuckDB, gives the reference's text for every number.
      const id: IdentifierField = { name: 'id', pattern: p, per: 'row', type: 'string', location: {} };
      const printer = new Printer(duckdb);
      const sql = `SELECT n, ${printer.expr(identifierText(id, col('m')), '')} AS v FROM (SELECT n, ${printer.expr(permuted(id, col('n')), '')} AS m FROM unnest([${numbers.join(', ')}]::BIGINT[]) AS t(n))`;
      const rows = await memoryRows(sql);
      for (const r of rows) expect(r.v).toBe(format(p, Number(r.n)));
    }
  });

  it('a pattern over all its values is a bijection', () => {
    const p = parsePattern('T[0-9]{2}-[A-Z]', 'xxx');
    const all = Array.from({ length: p.modulus }, (_, n) => format(p, n));
    expect(new Set(all).size).toBe(p.modulus);
  });

  it('refuses patterns without a prefix or a class, and unknown classes', () => {
    expect(() => parsePattern('[0-9]{8}')).toThrow(/literal prefix/);
    expect(() => parsePattern('TEST')).toThrow(/no character class/);
    expect(() => parsePattern('T[0-5]{3}')).toThrow(/not one of/);
    expect(() => parsePattern('T?[0-9]')).toThrow(/not allowed/);
  });
});

describe('structure of the artificial hospital (specs/hospital.yaml) on DuckDB', () => {
  const t = tempProject();
  let spec: Spec;
  let options: PipelineOptions;
  let rows: Row[];
  let metadata: Row[];

  beforeAll(async () => {
    spec = loadProjectSpec(loadProject(REPO), join(REPO, 'specs', 'hospital.yaml'));
    options = { root: REPO, paths: datasetPaths(t.project, spec.dataset, { metadataDb: join(t.root, 'm.duckdb'), releasedDb: join(t.root, 'r.duckdb'), outputDb: join(t.root, 'o.duckdb'), exportDir: join(t.root, 'out') }) };
    await scrape(spec, options);
    await releaseAndGenerate(spec, options);
    rows = await outputRows(options, spec.dataset);
    metadata = await metadataRows(options, spec.dataset);
  }, 120_000);
  afterAll(() => t.cleanup());

  const byPatient = () => {
    const groups = new Map<string, Row[]>();
    for (const r of rows) groups.set(String(r.nhs_number), [...(groups.get(String(r.nhs_number)) ?? []), r]);
    return groups;
  };

  it('has as many patients as were released, each episode with its patient and every per-patient identifier the same across its episodes', () => {
    const released = metadata.filter((m) => m.stat === 'cardinality').reduce((s, m) => s + Number(m.n_entities), 0);
    const groups = byPatient();
    expect(groups.size).toBe(released);
    for (const episodes of groups.values()) {
      for (const key of ['patient_id', 'hospital_number'] as const) expect(new Set(episodes.map((e) => e[key])).size).toBe(1);
    }
    expect(new Set(rows.map((r) => r.patient_id)).size).toBe(groups.size);
    expect(new Set(rows.map((r) => r.hospital_number)).size).toBe(groups.size);
  });

  it('identifiers are unique, match their pattern and carry the reserved prefix', () => {
    for (const id of spec.identifiers) {
      const values = rows.map((r) => String(r[id.name]));
      for (const v of values) expect(v).toMatch(new RegExp(id.pattern.regex));
      expect(new Set(values).size).toBe(id.per === 'row' ? rows.length : byPatient().size);
    }
  });

  it('episodes per patient follow the released distribution (chi-square at a fixed seed)', () => {
    const items = metadata.filter((m) => m.stat === 'cardinality');
    expect(items.some((m) => m.value === null)).toBe(true); // the long tail is banded, not dropped
    const total = items.reduce((s, m) => s + Number(m.n_entities), 0);
    // The released probability of each count: exact items, and bands spread evenly over [lo, hi).
    const top = Math.max(...items.map((m) => (m.value !== null ? Number(m.value) + 1 : Number(m.hi))));
    const p = new Array<number>(top).fill(0);
    const banded = new Array<boolean>(top).fill(false);
    for (const m of items) {
      const w = Number(m.n_entities) / total;
      if (m.value !== null) p[Number(m.value)]! += w;
      else for (let c = Number(m.lo); c < Number(m.hi); c++) (p[c]! += w / (Number(m.hi) - Number(m.lo))), (banded[c] = true);
    }
    // Cells: a count no band covers on its own, and each run of counts bands cover as one.
    const cellOf: number[] = [];
    let cells = 0;
    for (let c = 1; c < top; c++) cellOf[c] = banded[c] && banded[c - 1] ? cells - 1 : cells++;
    const expected = new Array<number>(cells).fill(0);
    const observed = new Array<number>(cells).fill(0);
    const counts = [...byPatient().values()].map((e) => e.length);
    for (let c = 1; c < top; c++) expected[cellOf[c]!]! += p[c]! * counts.length;
    for (const c of counts) {
      expect(c, 'a patient has a number of episodes the release allows').toBeLessThan(top);
      observed[cellOf[c]!]! += 1;
    }
    const used = expected.map((e, k) => [e, observed[k]!] as const).filter(([e]) => e > 0);
    const chi = used.reduce((s, [e, o]) => s + (o - e) ** 2 / e, 0);
    expect(1 - cdf(chi, used.length - 1)).toBeGreaterThan(0.001);
  });

  it('stable fields are constant per patient but for the released share of episodes', () => {
    const groups = [...byPatient().values()];
    for (const f of spec.fields.filter((x) => x.stable)) {
      const disagree = metadata.find((m) => m.field === f.name && m.stat === 'disagree');
      const key = (r: Row) => (f.kind === 'date' ? String(r[f.name]).slice(0, 4) : String(r[f.name]));
      let off = 0;
      for (const episodes of groups) {
        const tally = new Map<string, number>();
        for (const e of episodes) tally.set(key(e), (tally.get(key(e)) ?? 0) + 1);
        off += episodes.length - Math.max(...tally.values());
      }
      const released = disagree ? Number(disagree.n_rows) / rows.length : 0;
      if (!disagree) expect(off, `${f.name}: no disagreement was released, so every patient keeps one value`).toBe(0);
      // Rows that draw their own value may draw the entity's value again: the share is at most the released one.
      else expect(off / rows.length).toBeLessThanOrEqual(released * 1.5 + 0.002);
    }
    expect(spec.fields.filter((x) => x.stable).map((x) => x.name)).toEqual(['date_of_birth', 'sex', 'ethnicity']);
  });

  it('ordered dates are ordered in every row, and the derived age equals its expression', () => {
    for (const r of rows) {
      if (r.admission_date !== null && r.discharge_date !== null) expect(String(r.admission_date) <= String(r.discharge_date)).toBe(true);
      const age = (from: string, to: string) => Number(to.slice(0, 4)) - Number(from.slice(0, 4)) - (to.slice(5, 10) < from.slice(5, 10) ? 1 : 0);
      const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
      const expected = r.date_of_birth === null || r.admission_date === null ? null : age(iso(r.date_of_birth), iso(r.admission_date));
      expect(r.age_on_admission === null ? null : Number(r.age_on_admission)).toBe(expected);
    }
  });
});

describe('bad structure is a compile-time error naming the place', () => {
  const base = (fields: string, extra = '') => `version: 1
dataset: ward
source: {table: visits, entity: patient}
generation: {entities: 1000}
${extra}
fields:
  patient: {kind: identifier, pattern: "TEST[0-9]{6}"}
  admitted: date
  discharged: date
  sex: categorical
${fields}`;
  const errorsOf = (yaml: string) => {
    try {
      parseSpec(yaml, 'specs/ward.yaml');
    } catch (err) {
      return (err as AdgErrors).errors.map((e) => e.format()).join('\n');
    }
    return '';
  };

  it('a derived field referring to an unknown field, or to a derived field below it (a cycle)', () => {
    expect(errorsOf(base('  los: {kind: derived, expression: {age_years: {from: admited, to: discharged}}}'))).toMatch(/fields\.los\.expression\.age_years\.from: derived field "los" refers to "admited", which is not a field/);
    const cycle = errorsOf(base('  a: {kind: derived, expression: {concat: {of: [b, sex]}}}\n  b: {kind: derived, expression: {concat: {of: [a]}}}'));
    expect(cycle).toMatch(/fields\.a\.expression\.concat\.of\.0: derived field "a" refers to "b", a derived field at or below it/);
  });

  it('an identifier pattern too small for the entities asked for', () => {
    expect(errorsOf(base('  visit: {kind: identifier, pattern: "V[0-9]{2}", per: entity}'))).toMatch(/fields\.visit\.pattern: pattern "V\[0-9\]\{2\}" makes 100 distinct values, fewer than the 1000 entities/);
  });

  it('a stable field on a table without the entity', () => {
    const yaml = 'version: 1\ndataset: ward\nsource: {table: visits}\nfields:\n  sex: {kind: categorical, stable: true}\n';
    expect(errorsOf(yaml)).toMatch(/fields\.sex\.stable: a stable field is stable per entity, and this table has no entity/);
  });

  it('ordered dates that are not dates, and rows asked for where rows are grouped per entity', () => {
    expect(errorsOf(base('', 'ordered_dates: [[admitted, sex]]'))).toMatch(/ordered_dates\.0\.1: "sex" is categorical, and only dates are ordered/);
    expect(errorsOf(base('').replace('{entities: 1000}', '{rows: 1000}'))).toMatch(/generation\.rows: rows come in groups per entity here/);
  });
});

describe('the reserved prefix', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('scrape refuses a source whose identifier column already has values with the prefix', async () => {
    const db = join(t.root, 'visits.duckdb');
    await writeTable(db, 'visits', [['patient', 'VARCHAR'], ['sex', 'VARCHAR']], Array.from({ length: 50 }, (_, i) => [i === 7 ? 'TEST000123' : i === 8 ? 'TEST12' : `p${i % 20}`, i % 2 ? 'F' : 'M']));
    const spec = parseSpec('version: 1\ndataset: ward\nsource: {table: visits, entity: patient}\nfields:\n  patient: {kind: identifier, pattern: "TEST[0-9]{6}"}\n  sex: {kind: categorical, stable: true}\n', 'specs/ward.yaml');
    const options = { root: t.root, paths: datasetPaths(t.project, 'ward', { sourceDb: db }) };
    await expect(scrape(spec, options)).rejects.toThrow(/fields\.patient: some source values start with "TEST" and have 10 characters, the shape the pattern reserves/);
    // Nothing was published, and the message names no value.
    expect(await sqlRows(db, 'SELECT count(*) AS n FROM visits')).toEqual([{ n: 50 }]);
  });
});

