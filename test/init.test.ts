// adg init: a starter spec from catalog types and in-warehouse counts, with a reason per field and no
// record-level value anywhere in it.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseSpec } from '../compiler/spec/load.js';
import { keepShape, propose, about, type ColumnStats } from '../runner/init.js';
import { memoryRows, REPO, tempProject, VEGA, writeTable } from './helpers.js';
import { adg } from './cli.helpers.js';

const stats = (over: Partial<ColumnStats>): ColumnStats => ({
  name: 'c',
  type: 'VARCHAR',
  family: 'text',
  rows: 10_000,
  nonNull: 10_000,
  distinct: 10,
  shapes: { nhsNumbers: 0, emails: 0, phones: 0, postcodes: 0 },
  ...over,
});

describe('kind proposals', () => {
  it('excludes identifier-like and free-text columns, with the reason', () => {
    expect(propose(stats({ name: 'patient_id', distinct: 9_990 }), 8)).toMatchObject({ kind: 'excluded', options: { reason: 'identifier: the name says it is a record or person key' } });
    expect(propose(stats({ name: 'code', distinct: 9_990 }), 8)).toMatchObject({ kind: 'excluded', options: { reason: 'identifier: 99% of its values are distinct: it singles out records' } });
    // A value per person, though values repeat over rows: 6,000 values over 15,000 rows, each with about one person.
    expect(propose(stats({ name: 'ref', nonNull: 15_000, distinct: 6_000, entityPairs: 6_100 }), 8).options.reason).toBe(
      'identifier: its values each belong to about 1.0 entities: they point at the people who hold them',
    );
    // Shared by many people (an airline at many airports): not an identifier.
    expect(propose(stats({ name: 'operator', nonNull: 15_000, distinct: 46, entityPairs: 900 }), 8).kind).toBe('categorical');
    expect(propose(stats({ name: 'record id', type: 'BIGINT', family: 'integer', distinct: 10_000 }), 8).kind).toBe('excluded');
    expect(propose(stats({ name: 'notes', distinct: 3_000, avgLength: 120 }), 8)).toMatchObject({ kind: 'excluded', options: { reason: expect.stringContaining('free text') } });
  });

  it('makes many-valued numbers continuous, few-valued integers discrete, dates dates', () => {
    expect(propose(stats({ name: 'gross', type: 'BIGINT', family: 'integer', distinct: 9_900 }), 8)).toMatchObject({ kind: 'continuous' });
    // The column's own type travels with the proposal where the kind's default would change it.
    expect(keepShape(propose(stats({ name: 'gross', type: 'BIGINT', family: 'integer', distinct: 9_900 }), 8), 'bigint').options.type).toBe('bigint');
    expect(keepShape(propose(stats({ name: 'age', type: 'INTEGER', family: 'integer', distinct: 90 }), 8), 'int').options.type).toBe('int');
    expect(keepShape(propose(stats({ name: 'n', type: 'BIGINT', family: 'integer', distinct: 90 }), 8), 'bigint').options.type).toBeUndefined();
    expect(propose(stats({ name: 'age', type: 'BIGINT', family: 'integer', distinct: 90 }), 8).kind).toBe('discrete');
    expect(propose(stats({ name: 'bmi', type: 'DOUBLE', family: 'number', distinct: 800 }), 8).kind).toBe('continuous');
    expect(keepShape(propose(stats({ name: 'flag', type: 'BOOLEAN', family: 'boolean', distinct: 2 }), 8), 'boolean')).toMatchObject({ kind: 'categorical', options: { type: 'boolean' } });
  });

  it('picks the finest date granularity whose buckets clear the threshold on average', () => {
    const buckets = { minute: 9_000, hour: 5_000, day: 1_000, week: 150, month: 36, year: 3 };
    // Threshold 8: the average bucket must hold 16 or more.
    expect(propose(stats({ type: 'DATE', family: 'date', buckets, nonNull: 20_000 }), 8).options.granularity).toBe('day');
    expect(propose(stats({ type: 'DATE', family: 'date', buckets, nonNull: 10_000 }), 8).options.granularity).toBe('week');
    expect(propose(stats({ type: 'DATE', family: 'date', buckets, nonNull: 2_000 }), 8).options.granularity).toBe('month');
  });

  it('rounds counts to two significant figures', () => {
    expect([about(7), about(867), about(1_109), about(2_999_999)]).toEqual(['7', '870', '1,100', '3,000,000']);
  });
});

describe('adg init', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('writes a valid spec for birdstrikes.csv that names no value of the data', async () => {
    writeFileSync(join(t.root, 'adg.config.yaml'), `allowed_source_dirs: [${JSON.stringify(VEGA)}]\n`);
    const r = adg(t.root, 'init', '--file', join(VEGA, 'birdstrikes.csv'), '--dataset', 'strikes');
    expect(r.code).toBe(0);
    const text = readFileSync(join(t.root, 'specs', 'strikes.yaml'), 'utf8');
    const spec = parseSpec(text, 'specs/strikes.yaml');
    expect(spec.fields.length + spec.excluded.length).toBe(14);
    expect(text).toContain('# VARCHAR: about 6 distinct values');
    // No value of any text column appears in the spec (column names may).
    const csv = `read_csv('${join(VEGA, 'birdstrikes.csv')}')`;
    const textColumns = (await memoryRows(`DESCRIBE SELECT * FROM ${csv}`)).filter((c) => c.column_type === 'VARCHAR').map((c) => `"${String(c.column_name)}"`);
    const values = await memoryRows(`SELECT DISTINCT v FROM (UNPIVOT (SELECT ${textColumns.join(', ')} FROM ${csv}) ON COLUMNS(*) INTO NAME k VALUE v) WHERE length(v) > 3`);
    expect(values.length).toBeGreaterThan(100);
    const leaked = values.map((x) => String(x.v)).filter((v) => text.includes(v));
    expect(leaked).toEqual([]);
    expect(adg(t.root, 'init', '--file', join(VEGA, 'birdstrikes.csv'), '--dataset', 'strikes').stderr).toContain('already exists');
  });

  it('reads a table, takes an entity key, and the spec it writes runs', async () => {
    await writeTable(
      join(t.root, 'data', 'source.duckdb'),
      'visits',
      [['visit_id', 'BIGINT'], ['patient', 'VARCHAR'], ['ward', 'VARCHAR'], ['admitted', 'DATE']],
      Array.from({ length: 3000 }, (_, i) => [i, `p${i % 300}`, `w${i % 7}`, `2021-0${1 + (i % 9)}-1${i % 10}`]),
    );
    expect(adg(t.root, 'init', '--table', 'visits', '--entity', 'patient').code).toBe(0);
    const text = readFileSync(join(t.root, 'specs', 'visits.yaml'), 'utf8');
    const spec = parseSpec(text, 'specs/visits.yaml');
    expect(spec.entity).toBe('patient');
    expect(spec.policy.count).toBe('entities');
    expect(spec.excluded.map((x) => x.name)).toEqual(['visit_id', 'patient']);
    const run = adg(t.root, 'run', 'specs/visits.yaml');
    expect(run.stderr).toBe(run.stderr.replace(/adg: /, ''));
    expect(run.code).toBe(0);
  });
});

describe('adg init, safely', () => {
  const t = tempProject();
  const outside = tempProject('adg-outside-');
  afterAll(() => {
    t.cleanup();
    outside.cleanup();
  });

  it('refuses a file outside the project, unless adg.config.yaml allows its directory', () => {
    const secret = join(outside.root, 'secret.csv');
    writeFileSync(secret, 'name,diagnosis\nAlice,1\n');
    const r = adg(t.root, 'init', '--file', secret);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is outside the project');
    expect(r.stderr).not.toContain('Alice');
  });

  it('writes a $schema path that resolves from wherever -o puts the spec', () => {
    const csv = join(t.root, 'data', 'wards.csv');
    mkdirSync(join(t.root, 'data'), { recursive: true });
    writeFileSync(csv, ['ward,beds', ...Array.from({ length: 50 }, (_, i) => `w${i % 5},${i}`)].join('\n'));
    for (const out of ['deep/down/here/wards.yaml', 'wards.yaml']) {
      expect(adg(t.root, 'init', '--file', csv, '-o', out).code).toBe(0);
      const schema = /\$schema=(\S+)/.exec(readFileSync(join(t.root, out), 'utf8'))?.[1];
      expect(existsSync(resolve(dirname(join(t.root, out)), schema!)), `${out}: ${schema}`).toBe(true);
    }
  });

  it('asks for --header or --no-header on an all-text CSV, and takes either', () => {
    const csv = join(t.root, 'people.csv');
    writeFileSync(csv, Array.from({ length: 40 }, (_, i) => `Person ${i},${['Asthma', 'Flu'][i % 2]}`).join('\n'));
    const asked = adg(t.root, 'init', '--file', csv);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('adg init --header or --no-header');
    expect(asked.stderr).not.toMatch(/Person|Asthma/);
    const r = adg(t.root, 'init', '--file', csv, '--no-header', '--dataset', 'people');
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(t.root, 'specs', 'people.yaml'), 'utf8');
    expect(text).toContain('header: false');
    expect(text).toContain('column0');
    expect(text).not.toMatch(/Person|Asthma/);
    expect(adg(t.root, 'run', 'specs/people.yaml').code).toBe(0);
  });

  it('the committed hospital spec is exactly what init proposes for the fixture', () => {
    const fixture = join(REPO, 'specs', 'fixtures', 'hospital', 'admissions.parquet');
    mkdirSync(join(t.root, 'specs', 'fixtures', 'hospital'), { recursive: true });
    copyFileSync(fixture, join(t.root, 'specs', 'fixtures', 'hospital', 'admissions.parquet'));
    mkdirSync(join(t.root, 'schema'), { recursive: true });
    copyFileSync(join(REPO, 'schema', 'spec.schema.json'), join(t.root, 'schema', 'spec.schema.json'));
    const r = adg(t.root, 'init', '--file', 'specs/fixtures/hospital/admissions.parquet', '-o', 'specs/admissions.yaml');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('excluded nhs_number: entity key');
    expect(readFileSync(join(t.root, 'specs', 'admissions.yaml'), 'utf8')).toBe(readFileSync(join(REPO, 'specs', 'admissions.yaml'), 'utf8'));
  });
});
