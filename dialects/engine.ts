// An engine, as the runner sees it: its SQL dialect, a way to run a stage on a session, and its
// catalog. One implementation per folder (dialects/duckdb, dialects/postgres, dialects/spark); the
// runner only ever talks to this interface, so a fourth engine is one more folder.
import type { Stage } from '../compiler/ir.js';
import type { Spec } from '../compiler/spec/model.js';
import type { Scope, StagePlaces } from '../compiler/plan/paths.js';
import type { Dialect } from './dialect.js';
import type { FileTransfer, Session } from './session.js';
import type { Kysely } from 'kysely';

export interface SourceColumn {
  readonly name: string;
  /** The engine's type name, as its catalog reports it. */
  readonly type: string;
}

export interface StageRunOptions {
  /** Tables the stage replaces in the scope it writes (the rest of the scope is kept). */
  readonly replaces: readonly string[];
  /** Worker threads, where the engine takes a number. */
  readonly threads?: number;
}

export type EngineSession = Session & Partial<FileTransfer>;

export interface Backend {
  readonly dialect: Dialect;
  /** Names the engine and where it runs, for messages (never a password). */
  readonly describe: string;
  /**
   * Runs a stage on a session whose writes are all or nothing. DuckDB builds the database the stage
   * writes in a fresh file and swaps it in; a warehouse relies on its transactional or atomic DDL
   * (the compiled SQL's own BEGIN/COMMIT or CREATE OR REPLACE).
   */
  stage<T>(stage: Stage, places: StagePlaces, options: StageRunOptions, body: (session: EngineSession) => Promise<T>): Promise<T>;
  /** Columns of the spec's source (a table, or a file on engines that read files), in order. */
  sourceColumns(session: EngineSession, spec: Spec, places: StagePlaces): Promise<SourceColumn[]>;
  /** Whether a scope is there to be written: a schema must exist (made by an admin, with its grants: release refuses to make one); a database file is made when first written. */
  scopeExists(scope: Scope): Promise<boolean>;
  /** Whether a table exists in a scope (used to say "run adg scrape first" instead of an engine error). */
  tableExists(scope: Scope, table: string): Promise<boolean>;
  /** A table's comment (adg marks the tables it made, so that it replaces only those), or undefined. */
  tableComment(session: EngineSession, scope: Scope, table: string): Promise<string | undefined>;
  /** Typed bookkeeping queries (the run log) on a session, in a scope. */
  kysely<DB>(session: EngineSession): Kysely<DB>;
  /** The qualifier of a scope for bookkeeping tables (a schema), or none (a database file). */
  schemaOf(scope: Scope): string | undefined;
  close(): Promise<void>;
}

/** What a target's settings are resolved against. */
export interface TargetContext {
  /** Project root: relative paths in a target (Spark's warehouse_dir) are resolved against it. */
  readonly root: string;
  /** Where the target was defined, for hints: "targets.lake in adg.config.yaml". */
  readonly where: string;
}

/**
 * An engine as the project knows it: its dialect, the settings a target of it takes (beside
 * `engine:`), where a dataset's scopes are, and how to open it. One per dialects/<engine>/target.ts.
 */
export interface EngineDefinition<Settings = unknown> {
  readonly dialect: Dialect;
  readonly settings: import('zod').ZodType<Settings>;
  /** Keys of settings, for "valid keys:" hints. */
  readonly keys: readonly string[];
  /** The scopes of a dataset; paths are the project's DuckDB files and export directory (absolute or relative). */
  places(settings: Settings, dataset: string, paths: import('../compiler/plan/paths.js').StagePaths): StagePlaces;
  open(settings: Settings, context: TargetContext): Backend;
}
