// The fictional hospital fixture (specs/fixtures/hospital/): the committed files are exactly what the
// seeded script builds, and they have the shape the privacy tests rely on: identifiers repeated per
// patient, valid test-range NHS numbers, and a skewed number of episodes per patient.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdb } from '../dialects/duckdb/index.js';
import { ADMISSIONS_COLUMNS, buildHospitalFixtures, LABS_COLUMNS } from '../specs/fixtures/build-hospital.js';
import { memoryRows, REPO } from './helpers.js';

const COMMITTED = join(REPO, 'specs', 'fixtures', 'hospital');
const FILES = { admissions: ADMISSIONS_COLUMNS, labs: LABS_COLUMNS } as const;
const parquet = (path: string) => `read_parquet(${duckdb.quoteString(path)})`;
const admissions = parquet(join(COMMITTED, 'admissions.parquet'));
const labs = parquet(join(COMMITTED, 'labs.parquet'));

/** The NHS number check, written independently of the build script: weights 10..2, 11 -> 0, 10 invalid. */
function validNhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(value[9]);
}

describe('hospital fixture', () => {
  let rebuilt = '';
  beforeAll(async () => {
    rebuilt = mkdtempSync(join(tmpdir(), 'adg-fixtures-'));
    await buildHospitalFixtures(rebuilt);
  });
  afterAll(() => rmSync(rebuilt, { recursive: true, force: true }));

  it.each(Object.keys(FILES))('rebuilding gives the committed rows of %s.parquet', async (name) => {
    const committed = parquet(join(COMMITTED, `${name}.parquet`));
    const fresh = parquet(join(rebuilt, `${name}.parquet`));
    const [counts] = await memoryRows(`SELECT
      (SELECT count(*) FROM ${committed}) AS committed,
      (SELECT count(*) FROM ${fresh}) AS fresh,
      (SELECT count(*) FROM (SELECT * FROM ${committed} EXCEPT ALL SELECT * FROM ${fresh})) AS only_committed,
      (SELECT count(*) FROM (SELECT * FROM ${fresh} EXCEPT ALL SELECT * FROM ${committed})) AS only_fresh`);
    expect(counts).toEqual({ committed: name === 'admissions' ? 15000 : 870, fresh: counts!.committed, only_committed: 0, only_fresh: 0 });
    for (const file of [committed, fresh]) {
      const columns = await memoryRows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${file})`);
      expect(columns.map((c) => [c.column_name, c.column_type])).toEqual(FILES[name as keyof typeof FILES].map(([n, t]) => [n, t]));
    }
    expect(statSync(join(COMMITTED, `${name}.parquet`)).size).toBeLessThan(1_000_000);
  });

  it('every NHS number is in the 999 test range with a valid modulus-11 check digit', async () => {
    const rows = await memoryRows(`SELECT DISTINCT nhs_number FROM ${admissions} UNION SELECT DISTINCT nhs_number FROM ${labs}`);
    expect(rows).toHaveLength(6000);
    const bad = rows.map((r) => String(r.nhs_number)).filter((n) => !n.startsWith('999') || !validNhsNumber(n));
    expect(bad).toEqual([]);
  });

  it('patient-level columns are stable per patient, and identifiers are one per patient', async () => {
    const [r] = await memoryRows(`SELECT
      count(DISTINCT patient_id) AS patients,
      count(DISTINCT nhs_number) AS nhs_numbers,
      count(DISTINCT hospital_number) AS hospital_numbers,
      count(DISTINCT episode_id) AS episode_ids,
      count(*) AS episodes
      FROM ${admissions}`);
    expect(r).toEqual({ patients: 6000, nhs_numbers: 6000, hospital_numbers: 6000, episode_ids: 15000, episodes: 15000 });
    const [unstable] = await memoryRows(`SELECT count(*) AS n FROM (
      SELECT patient_id FROM ${admissions} GROUP BY patient_id
      HAVING count(DISTINCT nhs_number) > 1 OR count(DISTINCT hospital_number) > 1 OR count(DISTINCT surname) > 1
        OR count(DISTINCT forename) > 1 OR count(DISTINCT date_of_birth) > 1 OR count(DISTINCT postcode) > 1
        OR count(DISTINCT address_line) > 1 OR count(DISTINCT coalesce(email, '')) > 1)`);
    expect(unstable!.n).toBe(0);
  });

  it('episodes per patient are skewed: most have one, a few have 20 or more', async () => {
    const [r] = await memoryRows(`SELECT
      avg((n = 1)::INTEGER) AS share_one,
      count(*) FILTER (WHERE n BETWEEN 2 AND 10) AS two_to_ten,
      count(*) FILTER (WHERE n >= 20) AS twenty_plus,
      max(n) AS max
      FROM (SELECT patient_id, count(*) AS n FROM ${admissions} GROUP BY patient_id)`);
    expect(r!.share_one).toBeGreaterThan(0.5);
    expect(r!.two_to_ten).toBeGreaterThan(1000);
    expect(r!.twenty_plus).toBeGreaterThanOrEqual(10);
    expect(r!.twenty_plus).toBeLessThan(100);
    expect(r!.max).toBeGreaterThanOrEqual(20);
  });

  it('episodes are internally consistent and look like the brief', async () => {
    const [r] = await memoryRows(`SELECT
      count(*) FILTER (WHERE discharge_date < admission_date OR length_of_stay <> discharge_date - admission_date) AS bad_stay,
      count(*) FILTER (WHERE age_on_admission <> date_part('year', age(admission_date, date_of_birth))) AS bad_age,
      min(age_on_admission) AS min_age, max(age_on_admission) AS max_age,
      min(admission_date)::VARCHAR AS first, max(admission_date)::VARCHAR AS last,
      min(length(clinical_note)) AS shortest_note, max(length(clinical_note)) AS longest_note,
      count(*) FILTER (WHERE contains(clinical_note, ' ' || surname || ' ')) AS personal_notes,
      avg((cost = 0)::INTEGER) AS zero_cost,
      avg((email IS NOT NULL)::INTEGER) AS email, avg((phone IS NOT NULL)::INTEGER) AS phone,
      count(*) FILTER (WHERE NOT regexp_full_match(postcode, '[A-Z]{1,2}[0-9]{1,2} [0-9][ABD-HJLNP-UW-Z]{2}')) AS bad_postcode,
      count(*) FILTER (WHERE NOT regexp_full_match(phone, '07[0-9]{3} [0-9]{6}')) AS bad_phone,
      count(*) FILTER (WHERE NOT ends_with(email, '@example.com') AND NOT ends_with(email, '@example.org') AND NOT ends_with(email, '@example.net')) AS bad_email,
      count(DISTINCT primary_diagnosis) AS diagnoses
      FROM ${admissions}`);
    expect(r).toMatchObject({ bad_stay: 0, bad_age: 0, min_age: 0, first: '2019-01-01', last: '2023-12-31', bad_postcode: 0, bad_phone: 0, bad_email: 0 });
    expect(r!.max_age).toBeLessThanOrEqual(100);
    expect(r!.shortest_note).toBeGreaterThanOrEqual(40);
    expect(r!.longest_note).toBeLessThanOrEqual(160);
    expect(r!.personal_notes).toBeGreaterThan(500);
    expect(r!.zero_cost).toBeGreaterThan(0.08);
    expect(r!.zero_cost).toBeLessThan(0.12);
    expect(r!.email).toBeGreaterThan(0.55);
    expect(r!.email).toBeLessThan(0.65);
    expect(r!.phone).toBeGreaterThan(0.65);
    expect(r!.phone).toBeLessThan(0.75);
    expect(r!.diagnoses).toBeGreaterThan(100);
  });

  it('lab results belong to 60 patients of the admissions, about 14 each, taken during a stay', async () => {
    const [r] = await memoryRows(`SELECT
      count(*) AS results, count(DISTINCT nhs_number) AS patients, count(DISTINCT test_code) AS tests,
      count(*) FILTER (WHERE nhs_number NOT IN (SELECT nhs_number FROM ${admissions})) AS strangers,
      count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ${admissions} a WHERE a.nhs_number = l.nhs_number
        AND l.taken_at::DATE BETWEEN a.admission_date AND a.discharge_date)) AS outside_a_stay,
      count(*) FILTER (WHERE isnan(result_value) OR result_value IS NULL) AS missing
      FROM ${labs} l`);
    expect(r).toEqual({ results: 870, patients: 60, tests: 12, strangers: 0, outside_a_stay: 0, missing: 0 });
  });
});
