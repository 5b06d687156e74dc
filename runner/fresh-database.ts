// A stage's database is rebuilt in a fresh file and swapped in whole when the stage succeeds:
//   - a failed or killed stage leaves the previous file byte-identical (the fresh one is removed, by
//     this run or by the next);
//   - a full disk fills only the fresh file, which is then deleted, so the previous one stays usable;
//   - nothing the previous file held for this dataset survives in free pages of the new one (a
//     re-scrape under a stricter policy must not leave the old rare values readable on disk).
// Tables of other datasets and the run log are copied across, so a database shared by datasets keeps
// them; objects adg does not manage (views, macros, sequences) are refused rather than dropped.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AdgError } from '../compiler/errors.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { crashPoint } from './crash.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { onInterrupt } from './interrupt.js';
import { acquireLock } from './lock.js';

const PREVIOUS = 'adg_previous';

/** Where the fresh copy of a database file is built (a hidden sibling, so rename is atomic). */
export function freshPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.adg-fresh`);
}

/** DuckDB's own files beside a database: its write-ahead log and spill directory. */
const companions = (dbPath: string) => [`${dbPath}.wal`, `${dbPath}.tmp`];

function removeDatabase(dbPath: string): void {
  for (const p of [dbPath, ...companions(dbPath)]) rmSync(p, { recursive: true, force: true });
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface FreshDatabaseOptions {
  /** Tables this stage writes: they are not copied from the previous file. */
  readonly replaces: readonly string[];
  readonly threads?: number;
  /** Names the database in messages, e.g. "the metadata database". */
  readonly what: string;
}

/**
 * Runs `body` on a session whose main database is a fresh file, then swaps it in for `finalPath`.
 * On any failure (or Ctrl-C) the fresh file is removed and `finalPath` is untouched.
 */
export async function withFreshDatabase<T>(finalPath: string, options: FreshDatabaseOptions, body: (session: DuckDBSession) => Promise<T>): Promise<T> {
  const fresh = freshPathFor(finalPath);
  mkdirSync(dirname(finalPath), { recursive: true });
  const lock = acquireLock(`${finalPath}.adg-lock`, options.what);
  let session: DuckDBSession | undefined;
  const abandon = () => {
    session?.interrupt();
    session?.close();
    session = undefined;
    removeDatabase(fresh);
    lock.release();
  };
  const unregister = onInterrupt(abandon);
  try {
    // A fresh file left by a killed run is ours and incomplete.
    removeDatabase(fresh);
    if (existsSync(finalPath)) await foldWriteAheadLog(finalPath, options.threads);
    session = await DuckDBSession.open(fresh, { threads: options.threads });
    if (existsSync(finalPath)) await copyOtherTables(session, finalPath, options);
    const result = await body(session);
    await session.exec('CHECKPOINT');
    session.close();
    session = undefined;
    for (const p of companions(fresh)) if (existsSync(p)) rmSync(p, { recursive: true, force: true });
    fsyncPath(fresh);
    crashPoint('database:before-swap');
    renameSync(fresh, finalPath);
    fsyncPath(dirname(finalPath));
    return result;
  } catch (err) {
    abandon();
    throw err;
  } finally {
    unregister();
    lock.release();
  }
}

/**
 * A write-ahead log beside the previous file belongs to it: checkpoint it in, so the file that replaces
 * it is never paired with a log it did not write.
 */
async function foldWriteAheadLog(finalPath: string, threads?: number): Promise<void> {
  if (!existsSync(`${finalPath}.wal`)) return;
  const s = await DuckDBSession.open(finalPath, { threads });
  try {
    await s.exec('CHECKPOINT');
  } finally {
    s.close();
  }
}

/** Copies every table of the previous file except the ones this stage replaces. */
async function copyOtherTables(session: DuckDBSession, previousPath: string, options: FreshDatabaseOptions): Promise<void> {
  const q = duckdb.quoteIdent;
  const s = duckdb.quoteString;
  await session.exec(`ATTACH ${s(previousPath)} AS ${PREVIOUS} (READ_ONLY)`);
  try {
    const foreign = await session.query(
      `SELECT 'view' AS kind, schema_name || '.' || view_name AS name FROM duckdb_views() WHERE database_name = ${s(PREVIOUS)} AND NOT internal
       UNION ALL SELECT 'sequence', schema_name || '.' || sequence_name FROM duckdb_sequences() WHERE database_name = ${s(PREVIOUS)}
       UNION ALL SELECT 'macro', schema_name || '.' || function_name FROM duckdb_functions() WHERE database_name = ${s(PREVIOUS)} AND NOT internal
       ORDER BY 1, 2`,
    );
    if (foreign.length) {
      throw new AdgError(
        `${previousPath} holds objects adg does not manage (${foreign.map((r) => `${r.kind} ${r.name}`).join(', ')})`,
        {},
        `adg rebuilds ${options.what} on every run; keep your own objects in a database of your own, or point adg at a new file`,
      );
    }
    const tables = await session.query(
      `SELECT schema_name AS s, table_name AS t FROM duckdb_tables() WHERE database_name = ${s(PREVIOUS)} ORDER BY 1, 2`,
    );
    for (const { s: schema, t } of tables) {
      if (schema === 'main' && options.replaces.includes(String(t))) continue;
      if (schema !== 'main') await session.exec(`CREATE SCHEMA IF NOT EXISTS ${q(String(schema))}`);
      await session.exec(`CREATE TABLE ${q(String(schema))}.${q(String(t))} AS FROM ${PREVIOUS}.${q(String(schema))}.${q(String(t))}`);
    }
  } finally {
    await session.exec(`DETACH ${PREVIOUS}`);
  }
}
