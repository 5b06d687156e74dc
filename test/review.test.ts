// The disclosure gate on DuckDB: every review check on metadata built to pass and metadata built to
// fail, the release's refusals (each leaving everything as it was), the diff against the last release,
// and QA with the export it gates.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Spec } from '../compiler/spec/model.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { PostgresBackend } from '../dialects/postgres/backend.js';
import { PgliteSession } from '../dialects/postgres/session.js';
import { postgresEngine } from '../dialects/postgres/target.js';
import { exportData, generate, scrape, type PipelineOptions } from '../runner/pipeline.js';
import { qa } from '../runner/qa.js';
import { release } from '../runner/release.js';
import { review } from '../runner/review.js';
import type { ReviewDocument } from '../runner/review-document.js';
import { pipelineOptions, specIn, sqlRows, tempProject, writeTable, type CellValue, type ColumnType } from './helpers.js';

/** A valid NHS number from nine digits (modulus 11), or undefined when none exists for them. */
function nhsNumber(nine: string): string | undefined {
  const sum = [...nine].reduce((a, d, i) => a + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? undefined : `${nine}${check}`;
}
const validNhs = Array.from({ length: 40 }, (_, i) => nhsNumber(String(401_023_210 + i * 7))).filter((x): x is string => !!x).slice(0, 6);
const invalidNhs = validNhs.map((n) => `${n.slice(0, 9)}${(Number(n[9]) + 1) % 10}`);

const COLUMNS: (readonly [string, ColumnType])[] = [
  ['ward', 'VARCHAR'],
  ['nhs', 'VARCHAR'],
  ['not_nhs', 'VARCHAR'],
  ['email', 'VARCHAR'],
  ['postcode', 'VARCHAR'],
  ['district', 'VARCHAR'],
  ['phone', 'VARCHAR'],
  ['birth', 'VARCHAR'],
  ['note', 'VARCHAR'],
  ['ref', 'VARCHAR'],
  ['age', 'BIGINT'],
  ['date_of_birth', 'DATE'],
  ['weight', 'DOUBLE'],
  ['patient', 'VARCHAR'],
];

/**
 * 1,200 rows. Identifying values repeat 10+ times each, so they pass suppression (threshold 8): only
 * review can stop them. ref has 100 values of 12 rows: identifier-like. age has one value of 9 rows at
 * its top: a thin tail (every other value holds 100+).
 */
function sourceRows(): CellValue[][] {
  return Array.from({ length: 1200 }, (_, i) => [
    ['north', 'south', 'east', 'west'][i % 4]!,
    validNhs[i % validNhs.length]!,
    invalidNhs[i % invalidNhs.length]!,
    `person${i % 5}@example.org`,
    ['LS1 4AP', 'M13 9PL', 'SW1A 1AA'][i % 3]!,
    ['LS1', 'M13', 'SW1A'][i % 3]!,
    ['07700 900123', '0113 496 0000'][i % 2]!,
    ['1980-02-03', '1975-11-30', '2001-07-14'][i % 3]!,
    i % 2 ? 'the patient said that she had been waiting since the early morning' : 'seen and discharged with advice about the fall on the stairs',
    `R${String(i % 100).padStart(4, '0')}`,
    i < 9 ? 120 : 20 + (i % 10),
    `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
    40 + ((i * 37) % 600) / 10,
    `p${i % 300}`,
  ]);
}

const CLEAN = `version: 1
dataset: clean
source: {table: people}
generation: {rows: 500, seed: 5}
fields:
  ward: categorical
  not_nhs: categorical
  district: categorical
  weight: {kind: continuous, bins: 10}
  nhs: {kind: excluded, reason: NHS number}
  patient: excluded
`;

const RISKY = `version: 1
dataset: risky
source: {table: people, entity: patient}
generation: {rows: 500, seed: 5}
fields:
  ward: categorical
  nhs: categorical
  email: categorical
  postcode: categorical
  phone: categorical
  birth: categorical
  note: categorical
  ref: categorical
  age: discrete
  date_of_birth: {kind: date, granularity: day}
`;

const t = tempProject('adg-review-');
let clean: Spec;
let risky: Spec;
let cleanOptions: PipelineOptions;
let riskyOptions: PipelineOptions;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const SIGNERS = { reviewer: 'Rita Reviewer', approver: 'Abe Approver' };

async function sql(path: string, statement: string): Promise<void> {
  const s = await DuckDBSession.open(path);
  try {
    await s.exec(statement);
  } finally {
    s.close();
  }
}

const reviewOf = (options: PipelineOptions) => JSON.parse(readFileSync(join(options.paths.exportDir, 'review', 'review.json'), 'utf8')) as ReviewDocument;
const failing = (doc: ReviewDocument) => Object.fromEntries(doc.checks.filter((c) => c.status === 'fail').map((c) => [c.id, [...new Set(c.findings.map((f) => f.field))].sort()]));

beforeAll(async () => {
  await writeTable(join(t.root, 'data', 'source.duckdb'), 'people', COLUMNS, sourceRows());
  clean = specIn(t.root, 'clean', CLEAN);
  risky = specIn(t.root, 'risky', RISKY);
  cleanOptions = pipelineOptions(t.project, clean);
  riskyOptions = pipelineOptions(t.project, risky);
  await scrape(clean, cleanOptions);
  await scrape(risky, riskyOptions);
});
afterAll(() => t.cleanup());

describe('review checks', () => {
  it('pass on clean metadata: invalid NHS numbers, postcode districts and plain values are fine', async () => {
    const r = await review(clean, cleanOptions);
    expect(r.blocking).toBe(0);
    expect(failing(reviewOf(cleanOptions))).toEqual({});
    expect(r.metadataHash).toMatch(/^[0-9a-f]{64}$/);
    // The pack: report, summary, document and hash, the hash as the file names it.
    const dir = join(cleanOptions.paths.exportDir, 'review');
    for (const f of ['report.html', 'REVIEW.md', 'review.json', 'metadata.sha256']) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 'metadata.sha256'), 'utf8')).toBe(`${r.metadataHash}  clean_metadata\n`);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    for (const f of clean.fields) expect(html).toContain(`data-field="${f.name}"`);
  });

  it('fail on risky metadata, each check on exactly the fields built to fail it', async () => {
    const r = await review(risky, riskyOptions);
    const doc = reviewOf(riskyOptions);
    expect(failing(doc)).toEqual({
      'nhs-number': ['nhs'],
      email: ['email'],
      postcode: ['postcode'],
      phone: ['phone'],
      'date-of-birth': ['birth', 'date_of_birth'],
      'free-text': ['note'],
      'identifier-like': ['ref'],
      tail: ['age'],
    });
    expect(r.blocking).toBe(4);
    // The tail finding names the highest value's item; severities are as documented.
    const tail = doc.checks.find((c) => c.id === 'tail')!;
    expect(tail.severity).toBe('warning');
    expect(tail.findings[0]!.detail).toContain('highest value');
    expect(doc.checks.find((c) => c.id === 'nhs-number')!.severity).toBe('blocking');
    // The next steps say to fix the spec, not to release.
    expect(doc.nextSteps.join('\n')).not.toContain('adg release');
  });

  it('catch a published count below the threshold or off the rounding grid, edited into the metadata after the scrape', async () => {
    const spec = specIn(t.root, 'edited', CLEAN.replace('dataset: clean', 'dataset: edited'));
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await sql(options.paths.metadataDb, `UPDATE edited_metadata SET n_rows = 7 WHERE field = 'ward' AND item = 0`);
    await sql(options.paths.metadataDb, `UPDATE edited_metadata SET n_rows = n_rows + 1 WHERE field = 'district' AND item = 1`);
    await review(spec, options);
    const doc = reviewOf(options);
    const suppression = doc.checks.find((c) => c.id === 'suppression')!;
    expect(suppression.status).toBe('fail');
    expect(suppression.findings.map((f) => [f.field, f.items, f.detail])).toEqual([
      ['district', [1], 'a published row count is not a multiple of the rounding base 5'],
      ['ward', [0], 'a published row count is below the threshold 8'],
    ]);
  });

  it('catch an excluded field, the entity column or an unknown field in the metadata', async () => {
    const spec = specIn(t.root, 'stray', CLEAN.replace('dataset: clean', 'dataset: stray'));
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    for (const field of ['nhs', 'patient', 'mystery']) {
      await sql(options.paths.metadataDb, `INSERT INTO stray_metadata SELECT ordinal, '${field}', kind, stat, item, value, lo, hi, n_rows, n_entities FROM stray_metadata WHERE field = 'ward'`);
    }
    await review(spec, options);
    const excluded = reviewOf(options).checks.find((c) => c.id === 'excluded-fields')!;
    const said = (detail: string) => (detail.startsWith('the spec excludes this field') ? 'excluded' : detail.startsWith('the metadata publishes a field the spec does not generate') ? 'unknown' : detail);
    expect(excluded.findings.map((f) => [f.field, said(f.detail)])).toEqual([
      ['mystery', 'unknown'],
      ['nhs', 'excluded'],
      ['patient', 'excluded'],
    ]);
  });
});

describe('release', () => {
  it('refuses, changing nothing: releasing before review, a wrong hash, no reviewer or approver, one person as both, blocking findings', async () => {
    const spec = specIn(t.root, 'gate', CLEAN.replace('dataset: clean', 'dataset: gate'));
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    const released = options.paths.releasedDb;
    await expect(release(spec, options, { hash: 'a'.repeat(64), ...SIGNERS })).rejects.toThrow('no review of this metadata');
    const r = await review(spec, options);
    await expect(release(spec, options, { hash: 'b'.repeat(64), ...SIGNERS })).rejects.toThrow('the hash given is not the one the last review showed');
    await expect(release(spec, options, { hash: 'not a hash', ...SIGNERS })).rejects.toThrow('is not a metadata hash');
    await expect(release(spec, options, { hash: r.metadataHash, reviewer: ' ', approver: 'Abe' })).rejects.toThrow('needs the name of the reviewer');
    await expect(release(spec, options, { hash: r.metadataHash, reviewer: 'Rita', approver: '' })).rejects.toThrow('needs the name of the approver');
    await expect(release(spec, options, { hash: r.metadataHash, reviewer: 'Rita', approver: 'rita' })).rejects.toThrow('two different people');
    expect(existsSync(released)).toBe(false);
    // Generating from an unreleased spec.
    await expect(generate(spec, options)).rejects.toThrow('no released metadata for dataset "gate"');
    expect(existsSync(options.paths.outputDb)).toBe(false);
    await expect(release(risky, riskyOptions, { hash: (await review(risky, riskyOptions)).metadataHash, ...SIGNERS })).rejects.toThrow('blocking check(s) failing');
    expect(existsSync(riskyOptions.paths.releasedDb)).toBe(false);
  });

  it('releases the reviewed hash once, logs who signed, and a second release of it changes nothing', async () => {
    const r = await review(clean, cleanOptions);
    const first = await release(clean, cleanOptions, { hash: r.metadataHash, ...SIGNERS });
    expect(first.unchanged).toBe(false);
    const released = cleanOptions.paths.releasedDb;
    const before = sha(released);
    const again = await release(clean, cleanOptions, { hash: r.metadataHash, ...SIGNERS });
    expect(again.unchanged).toBe(true);
    expect(sha(released)).toBe(before);
    const log = await sqlRows(released, 'SELECT dataset, metadata_hash, reviewer, approver, release_policy FROM adg_releases');
    expect(log).toEqual([{ dataset: 'clean', metadata_hash: r.metadataHash, reviewer: 'Rita Reviewer', approver: 'Abe Approver', release_policy: 'manual' }]);
    // Generate records the release it used in its provenance, which export carries into the README.
    await generate(clean, cleanOptions);
    const [provenance] = await sqlRows(cleanOptions.paths.outputDb, 'SELECT metadata_hash, reviewer, approver FROM clean_provenance');
    expect(provenance).toEqual({ metadata_hash: r.metadataHash, reviewer: 'Rita Reviewer', approver: 'Abe Approver' });
  });

  it('refuses metadata changed after review, even under the reviewed hash', async () => {
    const spec = specIn(t.root, 'late', CLEAN.replace('dataset: clean', 'dataset: late'));
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    const r = await review(spec, options);
    await sql(options.paths.metadataDb, `UPDATE late_metadata SET n_rows = n_rows + 5 WHERE field = 'ward' AND item = 0`);
    await expect(release(spec, options, { hash: r.metadataHash, ...SIGNERS })).rejects.toThrow("the metadata's hash is not the one given to release");
    expect(existsSync(options.paths.releasedDb)).toBe(false);
  });

  it('generate refuses a released copy that no sign-off names (changed after release)', async () => {
    const spec = specIn(t.root, 'tampered', CLEAN.replace('dataset: clean', 'dataset: tampered'));
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await release(spec, options, { hash: (await review(spec, options)).metadataHash, ...SIGNERS });
    await sql(options.paths.releasedDb, `UPDATE tampered_metadata SET n_rows = n_rows + 5 WHERE field = 'ward' AND item = 0`);
    await expect(generate(spec, options)).rejects.toThrow('the released metadata does not match the latest sign-off');
    // Releasing the signed-off hash again repairs the copy.
    expect((await release(spec, options, { hash: (await review(spec, options)).metadataHash, ...SIGNERS })).unchanged).toBe(false);
    expect((await generate(spec, options)).rows).toBe(500);
  });

  it('a re-review diffs against the last release: appeared, vanished and moved items', async () => {
    const spec = specIn(t.root, 'again', CLEAN.replace('dataset: clean', 'dataset: again'));
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await release(spec, options, { hash: (await review(spec, options)).metadataHash, ...SIGNERS });
    expect(reviewOf(options).diff).toBeNull();
    await sql(join(t.root, 'data', 'source.duckdb'), `UPDATE people SET ward = 'central' WHERE ward = 'west'`);
    await sql(join(t.root, 'data', 'source.duckdb'), `UPDATE people SET district = 'LS1' WHERE district = 'M13' AND weight < 50`);
    await scrape(spec, options);
    await review(spec, options);
    const diff = reviewOf(options).diff!;
    expect(diff.previousHash).toMatch(/^[0-9a-f]{64}$/);
    const ward = diff.fields.find((f) => f.field === 'ward')!;
    expect(ward.appeared).toEqual(['central']);
    expect(ward.vanished).toEqual(['west']);
    const district = diff.fields.find((f) => f.field === 'district')!;
    expect(district.moved.map((m) => m.label).sort()).toEqual(['LS1', 'M13']);
    await sql(join(t.root, 'data', 'source.duckdb'), `UPDATE people SET ward = 'west' WHERE ward = 'central'`);
  });
});

describe('QA and the export it gates', () => {
  it('passes on generated output, and export then carries the sign-off', async () => {
    const checked = await qa(clean, cleanOptions);
    expect(checked.blocking).toBe(0);
    expect(checked.rows).toEqual({ expected: 500, generated: 500 });
    const html = readFileSync(join(cleanOptions.paths.exportDir, 'review', 'report.html'), 'utf8');
    expect(html).toContain('data-qa-field="ward"');
    const exported = await exportData(clean, cleanOptions);
    expect(exported.files.map((f) => f.format)).toEqual(['parquet', 'csv', 'markdown']);
    // The pack is kept beside the export.
    expect(existsSync(join(cleanOptions.paths.exportDir, 'review', 'report.html'))).toBe(true);
  });

  it('export refuses output QA has not checked, and output whose blocking checks fail', async () => {
    await generate({ ...clean, generation: { ...clean.generation, seed: 6 } }, cleanOptions);
    await expect(exportData(clean, cleanOptions)).rejects.toThrow('QA has not checked this output');
    // A value that was never released, a row too many, and an excluded column filled in.
    await sql(cleanOptions.paths.outputDb, `UPDATE clean SET ward = 'nowhere' WHERE ward = 'north'`);
    await sql(cleanOptions.paths.outputDb, `INSERT INTO clean SELECT * FROM clean LIMIT 1`);
    await sql(cleanOptions.paths.outputDb, `UPDATE clean SET nhs = 'x' WHERE ward = 'south'`);
    const checked = await qa(clean, cleanOptions);
    expect(checked.failed.filter((f) => f.severity === 'blocking')).toEqual([
      { check: 'row-count', severity: 'blocking', fields: ['(dataset)'] },
      { check: 'released-values', severity: 'blocking', fields: ['ward'] },
      { check: 'excluded-null', severity: 'blocking', fields: ['nhs'] },
    ]);
    const before = readFileSync(join(cleanOptions.paths.exportDir, 'artificial_clean.csv'));
    await expect(exportData(clean, cleanOptions)).rejects.toThrow('blocking QA checks fail on this output');
    expect(readFileSync(join(cleanOptions.paths.exportDir, 'artificial_clean.csv')).equals(before)).toBe(true);
  });
});

describe('on PostgreSQL (PGlite)', () => {
  it('release refuses a released schema that does not exist, and creates nothing', async () => {
    const backend = new PostgresBackend(() => PgliteSession.open(), 'PGlite');
    try {
      const session = await backend.session();
      await session.exec(`CREATE TABLE public.wards AS SELECT (ARRAY['north', 'south', 'east'])[1 + i % 3] AS ward, 20 + i % 50 AS age FROM generate_series(0, 599) AS s(i)`);
      const spec = specIn(t.root, 'wards', 'version: 1\ndataset: wards\nsource: {table: wards}\ngeneration: {rows: 50}\nfields:\n  ward: categorical\n  age: discrete\n');
      const places = postgresEngine.places({ url: 'unused', released_schema: 'adg_not_made' }, 'wards', pipelineOptions(t.project, spec).paths);
      const options = { ...pipelineOptions(t.project, spec), backend, places };
      await scrape(spec, options);
      const r = await review(spec, options);
      expect(r.blocking).toBe(0);
      await expect(release(spec, options, { hash: r.metadataHash, ...SIGNERS })).rejects.toThrow(
        'the release scope schema adg_not_made does not exist',
      );
      expect(await session.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'adg_not_made'`)).toEqual([]);
      // Made by an administrator, the same release goes through; generate reads it.
      await session.exec('CREATE SCHEMA adg_not_made');
      await release(spec, options, { hash: r.metadataHash, ...SIGNERS });
      expect((await generate(spec, options)).rows).toBe(50);
      expect((await qa(spec, options)).blocking).toBe(0);
    } finally {
      await backend.close();
    }
  });
});
