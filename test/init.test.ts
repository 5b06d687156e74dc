// adg init: a starter spec from catalog types and in-warehouse counts, with a reason per field and no
// record-level value anywhere in it.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSpec } from '../compiler/spec/load.js';
import { propose, about, type ColumnStats } from '../runner/init.js';
import { memoryRows, tempProject, VEGA, writeTable } from './helpers.js';
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
    // One value per person, though values repeat over rows: 6,000 distinct over 15,000 rows of 6,000 people.
    expect(propose(stats({ name: 'ref', nonNull: 15_000, distinct: 6_000 }), 8, 6_000).options.reason).toContain('as many distinct values as there are entities');
    expect(propose(stats({ name: 'record id', type: 'BIGINT', family: 'integer', distinct: 10_000 }), 8).kind).toBe('excluded');
    expect(propose(stats({ name: 'notes', distinct: 3_000, avgLength: 120 }), 8)).toMatchObject({ kind: 'excluded', options: { reason: expect.stringContaining('free text') } });
  });

  it('makes many-valued numbers continuous, few-valued integers discrete, dates dates', () => {
    expect(propose(stats({ name: 'gross', type: 'BIGINT', family: 'integer', distinct: 9_900 }), 8)).toMatchObject({ kind: 'continuous', options: { type: 'integer' } });
    expect(propose(stats({ name: 'age', type: 'BIGINT', family: 'integer', distinct: 90 }), 8).kind).toBe('discrete');
    expect(propose(stats({ name: 'bmi', type: 'DOUBLE', family: 'number', distinct: 800 }), 8).kind).toBe('continuous');
    expect(propose(stats({ name: 'flag', type: 'BOOLEAN', family: 'boolean', distinct: 2 }), 8)).toMatchObject({ kind: 'categorical', options: { type: 'boolean' } });
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
