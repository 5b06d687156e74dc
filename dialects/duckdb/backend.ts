// DuckDB as an engine: every scope is a database file. The file a stage writes is rebuilt in a fresh
// copy and swapped in when the stage succeeds (runner/fresh-database.ts); files it reads are attached
// read-only by the compiled program itself.
import { existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Stage } from '../../compiler/ir.js';
import type { Spec } from '../../compiler/spec/model.js';
import type { Scope, StagePlaces } from '../../compiler/plan/paths.js';
import type { Backend, EngineSession, StageRunOptions } from '../engine.js';
import { kyselyOn } from '../../runner/kysely.js';
import { withFreshDatabase } from '../../runner/fresh-database.js';
import { acquireLock } from '../../runner/lock.js';
import { duckdb } from './index.js';
import { sourceColumns } from './catalog.js';
import { DuckDBSession } from './session.js';

/** The database file a stage rebuilds and swaps in (review reads only; export only appends its run log). */
const WRITES: Record<Stage, 'metadata' | 'released' | 'output' | undefined> = {
  scrape: 'metadata',
  review: undefined,
  release: 'released',
  generate: 'output',
  qa: 'output',
  export: undefined,
};

function fileOf(scope: Scope): string {
  if (scope.kind !== 'file') throw new Error(`DuckDB scopes are database files, not ${scope.kind}s`);
  return scope.path;
}

export class DuckDBBackend implements Backend {
  readonly dialect = duckdb;
  readonly describe = 'DuckDB (embedded)';

  async stage<T>(stage: Stage, places: StagePlaces, options: StageRunOptions, body: (session: EngineSession) => Promise<T>): Promise<T> {
    const threads = options.threads ? { threads: options.threads } : {};
    const writes = WRITES[stage];
    if (writes) {
      const path = fileOf(places[writes]);
      return withFreshDatabase(path, { replaces: options.replaces, threads: options.threads, what: `the ${writes} database` }, body);
    }
    if (stage === 'review') {
      // Review writes nothing: an in-memory session attaches what it reads, read-only.
      const session = await DuckDBSession.open(':memory:', threads);
      try {
        return await body(session);
      } finally {
        session.close();
      }
    }
    // Export writes no table but the run log: no generate may swap the output file meanwhile.
    const path = fileOf(places.output);
    const lock = acquireLock(`${path}.adg-lock`, 'the output database');
    try {
      const session = await DuckDBSession.open(path, threads);
      try {
        return await body(session);
      } finally {
        session.close();
      }
    } finally {
      lock.release();
    }
  }

  /** A database file is made when a stage first writes it, like the metadata and output files. */
  async scopeExists(): Promise<boolean> {
    return true;
  }

  sourceColumns(session: EngineSession, spec: Spec, places: StagePlaces) {
    return sourceColumns(session as DuckDBSession, spec, duckdb, fileOf(places.source));
  }

  async tableExists(scope: Scope, table: string): Promise<boolean> {
    const path = fileOf(scope);
    if (!existsSync(path)) return false;
    const session = await DuckDBSession.open(path, { readOnly: true });
    try {
      const found = await session.query(`SELECT 1 FROM information_schema.tables WHERE table_name = $1`, [table]);
      return found.length > 0;
    } finally {
      session.close();
    }
  }

  async tableComment(session: EngineSession, _scope: Scope, table: string): Promise<string | undefined> {
    const found = await session.query('SELECT comment FROM duckdb_tables() WHERE table_name = $1', [table]);
    return found[0]?.comment === null || found[0] === undefined ? undefined : String(found[0].comment);
  }

  kysely<DB>(session: EngineSession): Kysely<DB> {
    return kyselyOn<DB>(session, 'postgres');
  }

  schemaOf(): string | undefined {
    return undefined;
  }

  async close(): Promise<void> {}
}
