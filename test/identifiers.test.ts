// Identifiers are never proposed, and never published unnoticed: the rules of compiler/identifiers.ts
// by name and by content (computed in the engine), init's proposals on the hospital fixture, and the
// scrape's warnings when a spec publishes an identifier anyway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { identifierName, identifierReason, isDateOfBirth } from '../compiler/identifiers.js';
import { isNhsNumber, digitsOnly, shapeTests } from '../compiler/identifiers.js';
import { Printer } from '../compiler/print.js';
import { col, column, select } from '../compiler/ir.js';
import { parseSpec } from '../compiler/spec/load.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { columnStats, proposeSpec } from '../runner/init.js';
import { exportData, scrape, type ScrapeResult } from '../runner/pipeline.js';
import { memoryRows, pipelineOptions, REPO, specIn, sqlRows, tempProject, releaseAndGenerate } from './helpers.js';
import { allWrittenText, hospitalIdentifiers, type PlantedValues } from './planted.js';

const FIXTURES = join(REPO, 'specs', 'fixtures', 'hospital');

/** The NHS number check digit, written here independently of the SQL. */
function validNhsNumber(s: string): boolean {
  const d = s.replace(/[ ()-]/g, '');
  if (!/^[0-9]{10}$/.test(d)) return false;
  const sum = [...d.slice(0, 9)].reduce((a, ch, i) => a + Number(ch) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(d[9]);
}

describe('identifier names', () => {
  it.each([
    ['nhs_number', 'nhs-number'],
    ['NHSNumber', 'nhs-number'],
    ['NEWNHSNO', 'nhs-number'],
    ['nhs no', 'nhs-number'],
    ['MRN', 'record-number'],
    ['hospital_number', 'record-number'],
    ['patient_id', 'key'],
    ['PatientID', 'key'],
    ['pid', 'key'],
    ['id', 'key'],
    ['EPIKEY', 'key'],
    ['PSEUDO_HESID', 'key'],
    ['surname', 'person-name'],
    ['First Name', 'person-name'],
    ['patient_name', 'person-name'],
    ['address_line_1', 'address'],
    ['postcode', 'postcode'],
    ['Post Code', 'postcode'],
    ['email', 'email'],
    ['e-mail', 'email'],
    ['phone', 'phone'],
    ['mobile_number', 'phone'],
    ['dob', 'date-of-birth'],
    ['DateOfBirth', 'date-of-birth'],
    ['MYDOB', 'date-of-birth'],
  ])('%s is %s', (name, kind) => {
    expect(identifierName(name)).toBe(kind);
  });

  it.each(['sex', 'ethnicity', 'admission_date', 'covid', 'paid', 'valid', 'diagnosis', 'nhs_trust', 'age', 'cost', 'specialty', 'provider_code'])(
    '%s is not an identifier by name',
    (name) => expect(identifierName(name)).toBeUndefined(),
  );

  it('names identify text and integers only; dates of birth are coarsened, not excluded', () => {
    expect(identifierReason('email_sent', 'other')).toBeUndefined();
    expect(identifierReason('patient_id', 'integer')).toContain('record or person key');
    expect(identifierReason('dob', 'other')).toBeUndefined();
    expect(isDateOfBirth('date_of_birth')).toBe(true);
  });
});

describe('identifier content, computed in the engine', () => {
  const sql = (values: string[]) => {
    const v = col('v');
    const tests = shapeTests(v, digitsOnly(v));
    const rows = values.map((x) => `(${duckdb.quoteString(x)})`).join(', ');
    const printer = new Printer(duckdb);
    const items = select([column(v), column(isNhsNumber(digitsOnly(v)), 'nhs'), ...Object.entries(tests).map(([k, e]) => column(e, k))]);
    return printer.query(items, '').replace(/\nFROM.*/s, '') + `\nFROM (VALUES ${rows}) AS t(v)`;
  };

  it('the modulus-11 check in SQL agrees with an independent one on any 10-digit text', async () => {
    const digits = fc.stringMatching(/^[0-9]{10}$/);
    const spaced = digits.map((d) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`);
    const samples = fc.sample(fc.oneof(digits, spaced, fc.string({ maxLength: 12 })), { numRuns: 2000, seed: 7 });
    // And numbers known to be valid (the NHS's 999 test range is what the fixture uses).
    samples.push('9434765919', '943 476 5919', '9990000018', '1234567890', '4010232137');
    const rows = await memoryRows(sql(samples));
    for (const r of rows) expect(r.nhs, String(r.v)).toBe(validNhsNumber(String(r.v)));
    expect(rows.filter((r) => r.nhs).length).toBeGreaterThan(100);
  });

  it('recognises e-mail, UK phone and UK postcode shapes', async () => {
    const rows = await memoryRows(sql(['jo.smith@example.com', 'not an email', '07700 900123', '+44 113 496 0000', '12345', 'LS1 4AB', 'SW1A 1AA', 'm1 1ae', 'ABC 123']));
    const shapes = Object.fromEntries(rows.map((r) => [r.v, ['emails', 'phones', 'postcodes'].filter((k) => r[k])]));
    expect(shapes).toEqual({
      'jo.smith@example.com': ['emails'],
      'not an email': [],
      '07700 900123': ['phones'],
      '+44 113 496 0000': ['phones'],
      '12345': [],
      'LS1 4AB': ['postcodes'],
      'SW1A 1AA': ['postcodes'],
      'm1 1ae': ['postcodes'],
      'ABC 123': [],
    });
  });
});

describe('adg init on the hospital fixture', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  let planted: PlantedValues;
  beforeAll(async () => {
    planted = await hospitalIdentifiers(FIXTURES);
  });

  const propose = async (table: string) => {
    const path = join(FIXTURES, `${table}.parquet`);
    const stats = await columnStats({ kind: 'file', path, format: 'parquet' }, duckdb, '');
    return proposeSpec(table, { kind: 'file', path, format: 'parquet' }, stats, { schemaPath: 'x' });
  };

  it('excludes every identifier with its reason, counts people, and coarsens the date of birth', async () => {
    const p = await propose('admissions');
    expect(Object.fromEntries(p.excluded.map((x) => [x.name, x.reason]))).toEqual({
      episode_id: 'identifier: the name says it is a record or person key',
      patient_id: 'identifier: the name says it is a record or person key',
      nhs_number: 'entity key: counts are taken per distinct value of it',
      hospital_number: 'identifier: the name says it is a hospital or medical record number',
      forename: "identifier: the name says it is a person's name",
      surname: "identifier: the name says it is a person's name",
      address_line: 'identifier: the name says it is an address',
      postcode: 'identifier: the name says it is a postcode',
      email: 'identifier: the name says it is an e-mail address',
      phone: 'identifier: the name says it is a phone number',
      clinical_note: 'free text: long values that may hold anything',
    });
    expect(p.entity).toEqual({ name: 'nhs_number', suggested: true });
    const spec = parseSpec(p.text, 'specs/admissions.yaml');
    expect(spec.policy.count).toBe('entities');
    expect(spec.fields.find((f) => f.name === 'date_of_birth')).toMatchObject({ kind: 'date', granularity: 'year' });
  });

  it('recognises identifiers by content when the names say nothing', async () => {
    const path = join(t.root, 'renamed.parquet');
    await memoryRows(
      `COPY (SELECT nhs_number AS a, email AS b, phone AS c, postcode AS d, patient_id AS e, surname AS f, sex AS g
             FROM read_parquet(${duckdb.quoteString(join(FIXTURES, 'admissions.parquet'))})) TO ${duckdb.quoteString(path)} (FORMAT parquet)`,
    );
    const stats = await columnStats({ kind: 'file', path, format: 'parquet' }, duckdb, '');
    const p = proposeSpec('renamed', { kind: 'file', path, format: 'parquet' }, stats, { schemaPath: 'x', entity: 'e' });
    const reasons = Object.fromEntries(p.excluded.map((x) => [x.name, x.reason]));
    expect(reasons.a).toBe('identifier: 100% of its values are valid NHS numbers (modulus-11 check digit)');
    expect(reasons.b).toBe('identifier: 100% of its values are e-mail addresses');
    expect(reasons.c).toBe('identifier: 100% of its values are UK phone numbers');
    expect(reasons.d).toBe('identifier: 100% of its values are UK postcodes');
    // Surnames repeat (common names), yet there is one per person: distinct values per entity.
    expect(reasons.f).toBeUndefined();
    expect(reasons.g).toBeUndefined();
    expect(p.text).not.toMatch(/[0-9]{10}/);
  });

  it('run unedited, the proposals publish no identifier anywhere adg writes', async () => {
    for (const table of ['admissions', 'labs']) {
      const p = await propose(table);
      const spec = specIn(t.root, table, p.text);
      const options = pipelineOptions(t.project, spec, { allowedSourceDirs: [FIXTURES] });
      const s = await scrape(spec, options);
      expect(s.identifiers).toEqual([]);
      await releaseAndGenerate(spec, options);
      await exportData(spec, options);
    }
    // Everything under the project but the source copy an earlier test made.
    const written = await allWrittenText(t.root, (path) => path.endsWith('renamed.parquet'));
    const leaked = planted.values.filter((v) => written.includes(v));
    expect(leaked).toEqual([]);
    const births = await sqlRows(join(t.root, '.adg', 'admissions', 'metadata.duckdb'), `SELECT value FROM admissions_metadata WHERE field = 'date_of_birth' AND stat = 'value'`);
    expect(births.length).toBeGreaterThan(10);
    for (const b of births) expect(String(b.value)).toMatch(/^\d{4}-01-01$/);
    expect(planted.values.length).toBeGreaterThan(20_000);
  });
});

describe('scrape warns when a spec publishes an identifier', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('names each field and the reason, by name and by content, with how many values were published', async () => {
    const spec = specIn(
      t.root,
      'careless',
      `version: 1
dataset: careless
source: {file: ${join(FIXTURES, 'labs.parquet')}}
fields:
  nhs_number: categorical
  test_code: categorical
  taken_at: {kind: date, granularity: day, type: date}
`,
    );
    const renamed = specIn(
      t.root,
      'renamed',
      `version: 1
dataset: renamed
source: {file: ${join(FIXTURES, 'admissions.parquet')}}
fields:
  sex: categorical
  date_of_birth: {kind: date, granularity: day}
`,
    );
    const r: ScrapeResult = await scrape(spec, pipelineOptions(t.project, spec, { allowedSourceDirs: [FIXTURES] }));
    expect(r.identifiers).toEqual([{ field: 'nhs_number', reason: 'the name says it is an NHS number' }]);
    expect(r.warnings).toContain(
      '"nhs_number" looks like an identifier (the name says it is an NHS number); 60 of its values were published. Set kind: excluded in the spec',
    );
    const dob = await scrape(renamed, pipelineOptions(t.project, renamed, { allowedSourceDirs: [FIXTURES] }));
    expect(dob.identifiers).toEqual([{ field: 'date_of_birth', reason: 'it is a date of birth published by day: use granularity: year' }]);
  });

  it('by content alone: NHS numbers under an innocent name', async () => {
    const path = join(t.root, 'coded.parquet');
    await memoryRows(`COPY (SELECT nhs_number AS code FROM read_parquet(${duckdb.quoteString(join(FIXTURES, 'labs.parquet'))})) TO ${duckdb.quoteString(path)} (FORMAT parquet)`);
    const spec = specIn(t.root, 'coded', `version: 1\ndataset: coded\nsource: {file: coded.parquet}\nfields:\n  code: categorical\n`);
    const r = await scrape(spec, pipelineOptions(t.project, spec));
    expect(r.identifiers).toEqual([{ field: 'code', reason: '100% of its values are valid NHS numbers (modulus-11 check digit)' }]);
  });
});
