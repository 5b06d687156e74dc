// The fictional HES and OMOP fixtures (specs/fixtures/hes/, specs/fixtures/omop/): the committed files are exactly
// what the seeded scripts build, and they hold the structure the specs test: one patient pool shared by three HES
// tables, per-patient fields that mostly agree, ordered dates, derived columns that equal their definitions, keys
// that are unique, foreign keys that resolve, and codes that all come from the committed real code lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdb } from '../dialects/duckdb/index.js';
import { AE_COLUMNS, AE_ROWS, APC_COLUMNS, APC_ROWS, buildHesFixtures, OP_COLUMNS, OP_ROWS, PATIENTS } from '../specs/fixtures/build-hes.js';
import {
  buildOmopFixtures, CONCEPT_COLUMNS, CONDITION_OCCURRENCE_COLUMNS, CONDITIONS, MEASUREMENT_COLUMNS, MEASUREMENTS,
  PERSON_COLUMNS, PERSONS, VISIT_OCCURRENCE_COLUMNS, VISITS,
} from '../specs/fixtures/build-omop.js';
import { memoryRows, REPO } from './helpers.js';

const FIXTURES = join(REPO, 'specs', 'fixtures');
const q = duckdb.quoteString;
const parquet = (dir: string, name: string) => `read_parquet(${q(join(dir, `${name}.parquet`))})`;

/** Each file: its columns, key and row count. */
const FILES = [
  { set: 'hes', name: 'apc', columns: APC_COLUMNS, key: 'EPIKEY', rows: APC_ROWS },
  { set: 'hes', name: 'op', columns: OP_COLUMNS, key: 'ATTENDKEY', rows: OP_ROWS },
  { set: 'hes', name: 'ae', columns: AE_COLUMNS, key: 'AEKEY', rows: AE_ROWS },
  { set: 'omop', name: 'person', columns: PERSON_COLUMNS, key: 'person_id', rows: PERSONS },
  { set: 'omop', name: 'visit_occurrence', columns: VISIT_OCCURRENCE_COLUMNS, key: 'visit_occurrence_id', rows: VISITS },
  { set: 'omop', name: 'condition_occurrence', columns: CONDITION_OCCURRENCE_COLUMNS, key: 'condition_occurrence_id', rows: CONDITIONS },
  { set: 'omop', name: 'measurement', columns: MEASUREMENT_COLUMNS, key: 'measurement_id', rows: MEASUREMENTS },
  { set: 'omop', name: 'concept', columns: CONCEPT_COLUMNS, key: 'concept_id', rows: 113 },
] as const;

/** SHA-256 of every row as text, in key order: equal hashes mean equal rows. */
async function rowsHash(dir: string, name: string, key: string): Promise<string> {
  const [r] = await memoryRows(`SELECT sha256(string_agg(t::VARCHAR, chr(10) ORDER BY t."${key}")) AS h FROM ${parquet(dir, name)} t`);
  return String(r!.h);
}

/** The codes of one committed code list, by its key column (and list name for the NHS Data Dictionary). */
function codeList(file: string, field?: string): string[] {
  const lines = readFileSync(join(FIXTURES, 'codes', file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
  const cells = lines.map((l) => l.split('\t'));
  return field ? cells.filter((c) => c[0] === field).map((c) => c[1]!) : cells.map((c) => c[0]!);
}

const sqlList = (values: readonly string[]) => `[${values.map(q).join(', ')}]`;
const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

describe('HES and OMOP fixtures', () => {
  const builds: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'adg-health-fixtures-'));
      builds.push(dir);
      await buildHesFixtures(join(dir, 'hes'));
      await buildOmopFixtures(join(dir, 'omop'));
    }
  });
  afterAll(() => builds.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it.each(FILES)('$set/$name.parquet: two builds agree, the committed file equals them, columns and size as intended', async ({ set, name, columns, key, rows }) => {
    const committed = join(FIXTURES, set);
    const [first, second, stored] = await Promise.all([rowsHash(join(builds[0]!, set), name, key), rowsHash(join(builds[1]!, set), name, key), rowsHash(committed, name, key)]);
    expect(second).toBe(first);
    expect(stored).toBe(first);
    const [counts] = await memoryRows(`SELECT count(*) AS n, count(DISTINCT "${key}") AS keys FROM ${parquet(committed, name)}`);
    expect(counts).toEqual({ n: rows, keys: rows });
    const described = await memoryRows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${parquet(committed, name)})`);
    expect(described.map((c) => [c.column_name, c.column_type])).toEqual(columns.map(([n, t]) => [n, t]));
    expect(statSync(join(committed, `${name}.parquet`)).size).toBeLessThan(1_500_000);
  });
});

describe('HES fixture', () => {
  const hes = join(FIXTURES, 'hes');
  const apc = parquet(hes, 'apc');
  const op = parquet(hes, 'op');
  const ae = parquet(hes, 'ae');
  const everyRecord = `(SELECT TOKEN_PERSON_ID AS t, MYDOB AS dob, SEX AS sex, ETHNOS AS ethnos FROM ${apc}
    UNION ALL SELECT TOKEN_PERSON_ID, MYDOB, SEX, ETHNOS FROM ${op} UNION ALL SELECT TOKEN_PERSON_ID, MYDOB, SEX, ETHNOS FROM ${ae})`;

  it('has at least 30 real HES columns per table', () => {
    for (const columns of [APC_COLUMNS, OP_COLUMNS, AE_COLUMNS]) expect(columns.length).toBeGreaterThanOrEqual(30);
  });

  it('shares one pool of fictional patients across APC, OP and A&E, each in a subset of the tables', async () => {
    const [r] = await memoryRows(`SELECT count(*) AS patients,
      count(*) FILTER (WHERE NOT regexp_full_match(t, 'FX[0-9A-F]{10}')) AS bad_tokens,
      count(*) FILTER (WHERE a AND o AND e) AS in_all, count(*) FILTER (WHERE NOT (a AND o AND e)) AS in_some,
      count(*) FILTER (WHERE a) AS apc, count(*) FILTER (WHERE o) AS op, count(*) FILTER (WHERE e) AS ae
      FROM (SELECT t, bool_or(s = 'a') AS a, bool_or(s = 'o') AS o, bool_or(s = 'e') AS e FROM (
        SELECT TOKEN_PERSON_ID AS t, 'a' AS s FROM ${apc} UNION ALL SELECT TOKEN_PERSON_ID, 'o' FROM ${op}
        UNION ALL SELECT TOKEN_PERSON_ID, 'e' FROM ${ae}) GROUP BY t)`);
    expect(r).toMatchObject({ patients: PATIENTS, bad_tokens: 0 });
    expect(r!.in_all).toBeGreaterThan(500);
    expect(r!.in_some).toBeGreaterThan(500);
    for (const table of ['apc', 'op', 'ae'] as const) expect(r![table]).toBeLessThan(PATIENTS);
  });

  it('episodes per patient: most have one to three, a few regular day-case attenders 20 to 40', async () => {
    const [r] = await memoryRows(`SELECT avg((n <= 3)::INTEGER) AS one_to_three, count(*) FILTER (WHERE n >= 20) AS regulars, max(n) AS max
      FROM (SELECT TOKEN_PERSON_ID, count(*) AS n FROM ${apc} GROUP BY 1)`);
    expect(r!.one_to_three).toBeGreaterThan(0.6);
    expect(r!.regulars).toBeGreaterThanOrEqual(15);
    expect(r!.regulars).toBeLessThanOrEqual(30);
    expect(r!.max).toBeLessThanOrEqual(40);
  });

  it('APC dates are in order: ELECDATE <= ADMIDATE <= EPISTART <= EPIEND <= DISDATE where not NULL', async () => {
    const [r] = await memoryRows(`SELECT
      count(*) FILTER (WHERE ELECDATE > ADMIDATE OR ADMIDATE > EPISTART OR EPISTART > EPIEND OR EPIEND > DISDATE
        OR ELECDATE > EPISTART OR ADMIDATE > DISDATE OR EPISTART > DISDATE OR ELECDATE > DISDATE) AS out_of_order,
      count(*) FILTER (WHERE OPDATE_01 < EPISTART OR OPDATE_01 > EPIEND) AS operation_outside,
      count(*) FILTER (WHERE ELECDATE IS NOT NULL AND ADMIMETH NOT IN ('11', '12', '13')) AS election_not_elective,
      count(*) FILTER (WHERE ELECDATE IS NULL AND ADMIMETH IN ('11', '12', '13')) AS elective_without_election,
      count(*) FILTER (WHERE EPIEND IS NULL) AS unfinished,
      count(*) FILTER (WHERE (EPIEND IS NULL) <> (EPISTAT = '1')) AS bad_status,
      count(*) FILTER (WHERE DISDATE IS NULL AND EPISTAT = '3' AND DISMETH <> '8') AS missing_discharge,
      count(*) FILTER (WHERE DISDATE IS NOT NULL AND DISDATE <> EPIEND) AS discharge_not_at_end,
      min(ADMIDATE)::VARCHAR AS first, max(EPIEND)::VARCHAR AS last
      FROM ${apc}`);
    expect(r).toMatchObject({ out_of_order: 0, operation_outside: 0, election_not_elective: 0, elective_without_election: 0, bad_status: 0, missing_discharge: 0, discharge_not_at_end: 0 });
    expect(r!.unfinished).toBeGreaterThan(0);
    expect(r!.first! >= '2019-04-01' && r!.last! <= '2023-03-31').toBe(true);
  });

  it('APC derived columns equal their definitions', async () => {
    const diags = numbered('DIAG_4_', 10);
    const operations = numbered('OPERTN_4_', 6);
    const nonNull = (cols: string[]) => cols.map((c) => `(${c} IS NOT NULL)::INTEGER`).join(' + ');
    // A NULL code followed by a non-NULL one would be a gap: codes fill from the first column.
    const gaps = (cols: string[]) => cols.slice(1).map((c, i) => `(${cols[i]} IS NULL AND ${c} IS NOT NULL)`).join(' OR ');
    const [r] = await memoryRows(`SELECT
      count(*) FILTER (WHERE DIAG_4_CONCAT IS DISTINCT FROM concat_ws(',', ${diags.join(', ')})) AS bad_concat,
      count(*) FILTER (WHERE DIAG_COUNT <> ${nonNull(diags)}) AS bad_diag_count,
      count(*) FILTER (WHERE OPERTN_COUNT <> ${nonNull(operations)}) AS bad_operation_count,
      count(*) FILTER (WHERE ${gaps(diags)} OR ${gaps(operations)}) AS gaps,
      count(*) FILTER (WHERE DIAG_4_01 IS NULL) AS no_primary,
      count(*) FILTER (WHERE STARTAGE <> date_part('year', age(EPISTART, MYDOB))) AS bad_age,
      count(*) FILTER (WHERE EPIDUR IS DISTINCT FROM EPIEND - EPISTART) AS bad_episode_duration,
      count(*) FILTER (WHERE SPELDUR IS DISTINCT FROM DISDATE - ADMIDATE) AS bad_spell_duration,
      count(*) FILTER (WHERE ELECDUR IS DISTINCT FROM ADMIDATE - ELECDATE) AS bad_wait,
      count(*) FILTER (WHERE OPDATE_01 IS NULL <> (OPERTN_4_01 IS NULL)) AS bad_operation_date,
      max(DIAG_COUNT) AS most_diagnoses, avg((DIAG_4_10 IS NULL)::INTEGER) AS tenth_mostly_null
      FROM ${apc}`);
    expect(r).toMatchObject({ bad_concat: 0, bad_diag_count: 0, bad_operation_count: 0, gaps: 0, no_primary: 0, bad_age: 0, bad_episode_duration: 0, bad_spell_duration: 0, bad_wait: 0, bad_operation_date: 0 });
    expect(r!.most_diagnoses).toBe(10);
    expect(r!.tenth_mostly_null).toBeGreaterThan(0.95);
  });

  it('spells: episodes of a spell are consecutive, spells of a patient never overlap', async () => {
    const [r] = await memoryRows(`WITH spells AS (
        SELECT TOKEN_PERSON_ID AS t, ADMIDATE AS admitted, max(coalesce(EPIEND, DATE '2099-12-31')) AS left_hospital,
          count(*) AS episodes, max(EPIORDER) AS last_order FROM ${apc} GROUP BY 1, 2)
      SELECT count(*) FILTER (WHERE episodes <> last_order) AS broken_spells,
        (SELECT count(*) FROM spells a JOIN spells b ON a.t = b.t AND a.admitted < b.admitted AND b.admitted < a.left_hospital) AS overlapping
      FROM spells`);
    expect(r).toEqual({ broken_spells: 0, overlapping: 0 });
  });

  it('OP and A&E dates and durations are in order, ages match their dates', async () => {
    const [o] = await memoryRows(`SELECT count(*) FILTER (WHERE REQDATE > APPTDATE) AS requested_after,
      count(*) FILTER (WHERE WAITING <> APPTDATE - REQDATE) AS bad_wait,
      count(*) FILTER (WHERE APPTAGE <> date_part('year', age(APPTDATE, MYDOB))) AS bad_age FROM ${op}`);
    expect(o).toEqual({ requested_after: 0, bad_wait: 0, bad_age: 0 });
    const [a] = await memoryRows(`SELECT count(*) FILTER (WHERE NOT (INITDUR <= TRETDUR AND TRETDUR <= CONCLDUR AND CONCLDUR <= DEPDUR)) AS durations,
      count(*) FILTER (WHERE NOT regexp_full_match(ARRIVALTIME, '([01][0-9]|2[0-3]):[0-5][0-9]')) AS bad_time,
      count(*) FILTER (WHERE ARRIVALAGE < 0 OR ARRIVALDATE < MYDOB) AS before_birth FROM ${ae}`);
    expect(a).toEqual({ durations: 0, bad_time: 0, before_birth: 0 });
  });

  it('every A&E attendance ending in admission has its emergency admission, and the other way round', async () => {
    const [r] = await memoryRows(`SELECT
      (SELECT count(*) FROM ${ae} a WHERE AEATTENDDISP = '01' AND NOT EXISTS (SELECT 1 FROM ${apc} p
        WHERE p.TOKEN_PERSON_ID = a.TOKEN_PERSON_ID AND p.ADMIMETH = '21' AND p.ADMIDATE BETWEEN a.ARRIVALDATE AND a.ARRIVALDATE + 1)) AS attendance_without_admission,
      (SELECT count(*) FROM ${apc} p WHERE ADMIMETH = '21' AND NOT EXISTS (SELECT 1 FROM ${ae} a
        WHERE p.TOKEN_PERSON_ID = a.TOKEN_PERSON_ID AND a.AEATTENDDISP = '01' AND p.ADMIDATE BETWEEN a.ARRIVALDATE AND a.ARRIVALDATE + 1)) AS admission_without_attendance,
      (SELECT count(*) FROM ${ae} WHERE AEATTENDDISP = '01') AS admitted`);
    expect(r).toMatchObject({ attendance_without_admission: 0, admission_without_attendance: 0 });
    expect(r!.admitted).toBeGreaterThan(300);
  });

  it('nothing happens to a patient after they die in hospital', async () => {
    const [r] = await memoryRows(`WITH deaths AS (SELECT TOKEN_PERSON_ID AS t, DISDATE AS died FROM ${apc} WHERE DISMETH = '4')
      SELECT count(*) AS deaths, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ${apc} WHERE TOKEN_PERSON_ID = t AND ADMIDATE > died)
        OR EXISTS (SELECT 1 FROM ${op} WHERE TOKEN_PERSON_ID = t AND APPTDATE > died)
        OR EXISTS (SELECT 1 FROM ${ae} WHERE TOKEN_PERSON_ID = t AND ARRIVALDATE > died)) AS events_after FROM deaths`);
    expect(r!.deaths).toBeGreaterThan(0);
    expect(r!.events_after).toBe(0);
  });

  it('MYDOB, SEX and ETHNOS are stable per patient, with the odd disagreement real HES has', async () => {
    const [r] = await memoryRows(`WITH modal AS (SELECT t, mode(dob) AS dob FROM ${everyRecord} GROUP BY t)
      SELECT avg((r.dob <> m.dob)::INTEGER) AS other_dob_share,
        (SELECT count(*) FROM (SELECT t FROM ${everyRecord} GROUP BY t HAVING count(DISTINCT sex) > 1)) AS mixed_sex,
        (SELECT count(*) FROM (SELECT t FROM ${everyRecord} GROUP BY t HAVING count(DISTINCT ethnos) > 1)) AS mixed_ethnos
      FROM ${everyRecord} r JOIN modal m USING (t)`);
    expect(r!.other_dob_share).toBeGreaterThan(0.005);
    expect(r!.other_dob_share).toBeLessThan(0.02);
    expect(r!.mixed_sex).toBeGreaterThan(5);
    expect(r!.mixed_sex).toBeLessThan(60);
    expect(r!.mixed_ethnos).toBeGreaterThan(20);
    expect(r!.mixed_ethnos).toBeLessThan(150);
  });

  it('every code is in the committed code lists (ICD-10, OPCS-4, NHS Data Dictionary)', async () => {
    const icd10 = codeList('icd10.tsv').map((c) => c.padEnd(4, 'X'));
    const opcs4 = codeList('opcs4.tsv');
    const dd = (field: string) => codeList('nhs_data_dictionary.tsv', field);
    const checks: [string, string[], string[]][] = [
      [apc, numbered('DIAG_4_', 10), icd10], [op, numbered('DIAG_4_', 6), icd10],
      [apc, numbered('OPERTN_4_', 6), opcs4], [op, numbered('OPERTN_4_', 6), opcs4],
      [ae, numbered('DIAG_', 6), dd('AEDIAG')], [ae, numbered('INVEST_', 6), dd('AEINVEST')], [ae, numbered('TREAT_', 6), dd('AETREAT')],
      [apc, ['MAINSPEF', 'TRETSPEF'], dd('SPECIALTY')], [op, ['MAINSPEF', 'TRETSPEF'], dd('SPECIALTY')],
      ...['SEX', 'ETHNOS'].flatMap((f): [string, string[], string[]][] => [[apc, [f], dd(f)], [op, [f], dd(f)], [ae, [f], dd(f)]]),
      ...['ADMIMETH', 'ADMISORC', 'ADMINCAT', 'CLASSPAT', 'DISDEST', 'DISMETH', 'EPISTAT', 'EPITYPE'].map((f): [string, string[], string[]] => [apc, [f], dd(f)]),
      ...['ATTENDED', 'FIRSTATT', 'OUTCOME', 'PRIORITY', 'REFSOURC', 'SERVTYPE', 'STAFFTYP'].map((f): [string, string[], string[]] => [op, [f], dd(f)]),
      ...['AEARRIVALMODE', 'AEATTENDCAT', 'AEATTENDDISP', 'AEDEPTTYPE', 'AEINCLOCTYPE', 'AEPATGROUP', 'AEREFSOURCE'].map((f): [string, string[], string[]] => [ae, [f], dd(f)]),
    ];
    for (const [table, columns, codes] of checks) {
      expect(codes.length).toBeGreaterThan(0);
      const values = columns.map((c) => `SELECT ${c} AS v FROM ${table}`).join(' UNION ');
      const rows = await memoryRows(`SELECT DISTINCT v FROM (${values}) WHERE v IS NOT NULL AND NOT list_contains(${sqlList(codes)}, v) ORDER BY v`);
      expect({ columns, unknown: rows.map((x) => x.v) }).toEqual({ columns, unknown: [] });
    }
  });
});

describe('OMOP fixture', () => {
  const omop = join(FIXTURES, 'omop');
  const person = parquet(omop, 'person');
  const visit = parquet(omop, 'visit_occurrence');
  const condition = parquet(omop, 'condition_occurrence');
  const measurement = parquet(omop, 'measurement');
  const concept = parquet(omop, 'concept');

  it('every child row points to a person, and to a visit of that same person', async () => {
    const [r] = await memoryRows(`SELECT
      (SELECT count(*) FROM ${visit} WHERE person_id NOT IN (SELECT person_id FROM ${person})) AS visit_orphans,
      (SELECT count(*) FROM ${condition} WHERE person_id NOT IN (SELECT person_id FROM ${person})) AS condition_orphans,
      (SELECT count(*) FROM ${measurement} WHERE person_id NOT IN (SELECT person_id FROM ${person})) AS measurement_orphans,
      (SELECT count(*) FROM ${condition} c LEFT JOIN ${visit} v USING (visit_occurrence_id)
        WHERE c.visit_occurrence_id IS NOT NULL AND v.person_id IS DISTINCT FROM c.person_id) AS condition_wrong_visit,
      (SELECT count(*) FROM ${measurement} m LEFT JOIN ${visit} v USING (visit_occurrence_id)
        WHERE m.visit_occurrence_id IS NOT NULL AND v.person_id IS DISTINCT FROM m.person_id) AS measurement_wrong_visit,
      (SELECT count(*) FROM ${visit} v LEFT JOIN ${visit} p ON p.visit_occurrence_id = v.preceding_visit_occurrence_id
        WHERE v.preceding_visit_occurrence_id IS NOT NULL AND (p.person_id IS DISTINCT FROM v.person_id OR p.visit_end_datetime >= v.visit_start_datetime)) AS bad_preceding,
      (SELECT count(*) FROM ${condition} WHERE visit_occurrence_id IS NULL) AS problem_list`);
    expect(r).toMatchObject({ visit_orphans: 0, condition_orphans: 0, measurement_orphans: 0, condition_wrong_visit: 0, measurement_wrong_visit: 0, bad_preceding: 0 });
    expect(r!.problem_list).toBeGreaterThan(0);
  });

  it('visits start before they end and never overlap; conditions and measurements fall within their visit', async () => {
    const [r] = await memoryRows(`SELECT
      (SELECT count(*) FROM ${visit} WHERE visit_start_date > visit_end_date OR visit_start_datetime > visit_end_datetime
        OR visit_start_date <> visit_start_datetime::DATE OR visit_end_date <> visit_end_datetime::DATE) AS bad_visit,
      (SELECT count(*) FROM ${visit} a JOIN ${visit} b ON a.person_id = b.person_id AND a.visit_occurrence_id <> b.visit_occurrence_id
        AND b.visit_start_datetime BETWEEN a.visit_start_datetime AND a.visit_end_datetime) AS overlapping,
      (SELECT count(*) FROM ${condition} c JOIN ${visit} v USING (visit_occurrence_id)
        WHERE c.condition_start_date NOT BETWEEN v.visit_start_date AND v.visit_end_date
          OR c.condition_end_date NOT BETWEEN c.condition_start_date AND v.visit_end_date) AS condition_outside,
      (SELECT count(*) FROM ${measurement} m JOIN ${visit} v USING (visit_occurrence_id)
        WHERE m.measurement_datetime NOT BETWEEN v.visit_start_datetime AND v.visit_end_datetime
          OR m.measurement_date <> m.measurement_datetime::DATE) AS measurement_outside`);
    expect(r).toEqual({ bad_visit: 0, overlapping: 0, condition_outside: 0, measurement_outside: 0 });
  });

  it('every concept id the tables use exists in concept', async () => {
    const used = [
      ['person', ['gender_concept_id', 'race_concept_id', 'ethnicity_concept_id', 'gender_source_concept_id', 'race_source_concept_id', 'ethnicity_source_concept_id']],
      ['visit_occurrence', ['visit_concept_id', 'visit_type_concept_id', 'visit_source_concept_id', 'admitted_from_concept_id', 'discharged_to_concept_id']],
      ['condition_occurrence', ['condition_concept_id', 'condition_type_concept_id', 'condition_status_concept_id', 'condition_source_concept_id']],
      ['measurement', ['measurement_concept_id', 'measurement_type_concept_id', 'operator_concept_id', 'value_as_concept_id', 'unit_concept_id', 'measurement_source_concept_id', 'unit_source_concept_id', 'meas_event_field_concept_id']],
    ] as const;
    const ids = used.flatMap(([table, columns]) => columns.map((c) => `SELECT ${c} AS id FROM ${parquet(omop, table)}`)).join(' UNION ');
    const missing = await memoryRows(`SELECT DISTINCT id FROM (${ids}) WHERE id IS NOT NULL AND id NOT IN (SELECT concept_id FROM ${concept}) ORDER BY id`);
    expect(missing).toEqual([]);
    const [r] = await memoryRows(`SELECT count(DISTINCT id) AS n FROM (${ids}) WHERE id IS NOT NULL`);
    expect(r!.n).toBeGreaterThan(50);
  });

  it('concept is the committed Athena excerpt, row for row', async () => {
    const lines = readFileSync(join(FIXTURES, 'codes', 'omop_concept.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
    const rows = await memoryRows(`SELECT * REPLACE (valid_start_date::VARCHAR AS valid_start_date, valid_end_date::VARCHAR AS valid_end_date) FROM ${concept}`);
    const asTsv = rows.map((r) => CONCEPT_COLUMNS.map(([c]) => (r[c] === null ? '' : String(r[c]))).join('\t'));
    expect(asTsv).toEqual(lines);
  });
});
