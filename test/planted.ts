// Searching every byte adg writes for values that must never leave the source: the raw bytes of every
// file under a directory (so free pages of a database count too) plus the decoded content of databases
// and Parquet files (compressed pages do not show their strings in the raw bytes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { duckdb } from '../dialects/duckdb/index.js';
import { memoryRows, sqlRows } from './helpers.js';

export interface PlantedValues {
  readonly values: readonly string[];
}

const tokens = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Every identifying value of the hospital fixture (names only when 5+ letters, so words do not collide).
 * Dates of birth are not among them: artificial dates fall on the same days; the tests check instead
 * that only years of birth are published.
 */
export async function hospitalIdentifiers(dir: string): Promise<PlantedValues> {
  const admissions = duckdb.quoteString(join(dir, 'admissions.parquet'));
  const rows = await memoryRows(
    `SELECT DISTINCT v FROM (
       UNPIVOT (SELECT patient_id, nhs_number, hospital_number, address_line, postcode, email, phone,
                       CASE WHEN length(forename) >= 5 THEN forename END AS forename,
                       CASE WHEN length(surname) >= 5 THEN surname END AS surname
                FROM read_parquet(${admissions}))
       ON COLUMNS(*) INTO NAME k VALUE v)
     WHERE v IS NOT NULL`,
  );
  return { values: rows.map((r) => String(r.v)) };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** What a file holds as text: its raw bytes, and for databases and Parquet files their decoded rows. */
async function fileText(path: string): Promise<string> {
  const raw = readFileSync(path).toString('latin1');
  if (path.endsWith('.duckdb')) {
    const tables = await sqlRows(path, `SELECT schema_name AS s, table_name AS t FROM duckdb_tables()`);
    const dumps = await Promise.all(
      tables.map((t) => sqlRows(path, `SELECT * FROM ${duckdb.quoteIdent(String(t.s))}.${duckdb.quoteIdent(String(t.t))}`)),
    );
    return raw + JSON.stringify(dumps);
  }
  if (path.endsWith('.parquet')) {
    const rows = await memoryRows(`SELECT * FROM read_parquet(${duckdb.quoteString(path)})`);
    const kv = await memoryRows(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${duckdb.quoteString(path)})`);
    return raw + JSON.stringify(rows) + JSON.stringify(kv);
  }
  return raw;
}

/** All text of every file under root (skipping the given subdirectories, e.g. the source). */
export async function allWrittenText(root: string, skip: (path: string) => boolean = () => false): Promise<WrittenText> {
  const parts: string[] = [];
  for (const file of filesUnder(root)) {
    if (skip(file) || statSync(file).size === 0) continue;
    parts.push(await fileText(file));
  }
  return new WrittenText(parts.join('\n'));
}

/** Text to search for values as whole words (or whole runs of words): "Ann" is not found in "Annual". */
export class WrittenText {
  private readonly grams = new Set<string>();

  constructor(readonly text: string) {
    const words = tokens(text);
    for (let n = 1; n <= 4; n++) {
      for (let i = 0; i + n <= words.length; i++) this.grams.add(words.slice(i, i + n).join(' '));
    }
  }

  includes(value: string): boolean {
    const words = tokens(value);
    return words.length > 0 && words.length <= 4 ? this.grams.has(words.join(' ')) : this.text.includes(value);
  }
}
