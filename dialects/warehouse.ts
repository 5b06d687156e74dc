// What PostgreSQL and Spark share as engines: scopes are schemas of the one database a target connects
// to, and one session (opened on first use) serves every stage of a command. A stage's writes are all
// or nothing through the engine itself (the compiled program's transaction, or Delta's atomic CREATE OR
// REPLACE); after a failure the session is reset, or dropped and reopened when the connection is gone.
import { closest } from 'fastest-levenshtein';
import type { Kysely } from 'kysely';
import { usageError } from '../compiler/errors.js';
import type { Stage } from '../compiler/ir.js';
import type { Spec } from '../compiler/spec/model.js';
import { loadedSourceTable } from '../compiler/plan/names.js';
import type { Scope, StagePlaces } from '../compiler/plan/paths.js';
import type { Dialect } from './dialect.js';
import type { Backend, EngineSession, SourceColumn, StageRunOptions } from './engine.js';
import { kyselyOn, type KyselyFlavour } from '../runner/kysely.js';
import { onInterrupt } from '../runner/interrupt.js';

/** The source table of a spec in a warehouse: its own table, or the one `adg load` made of its file. */
export function sourceTableOf(spec: Pick<Spec, 'source' | 'dataset'>, places: StagePlaces): { schema: string; table: string } {
  const scope = schemaOf(places.source);
  if (spec.source.kind === 'file') return { schema: scope, table: loadedSourceTable(spec.dataset) };
  return { schema: spec.source.schema ?? scope, table: spec.source.table };
}

export function schemaOf(scope: Scope): string {
  if (scope.kind !== 'schema') throw new Error(`a warehouse scope is a schema, not a ${scope.kind}`);
  return scope.name;
}

export abstract class WarehouseBackend<S extends EngineSession> implements Backend {
  abstract readonly dialect: Dialect;
  abstract readonly describe: string;
  protected abstract readonly flavour: KyselyFlavour;
  private opened: Promise<S> | undefined;

  constructor(private readonly connect: () => Promise<S>) {}

  /** The session, connecting on first use. */
  session(): Promise<S> {
    this.opened ??= this.connect().catch((err) => {
      this.opened = undefined;
      throw err;
    });
    return this.opened;
  }

  async stage<T>(_stage: Stage, _places: StagePlaces, _options: StageRunOptions, body: (session: EngineSession) => Promise<T>): Promise<T> {
    const session = await this.session();
    const release = onInterrupt(() => session.interrupt());
    try {
      return await body(session);
    } catch (err) {
      if (!(await this.reset(session))) await this.drop();
      throw err;
    } finally {
      release();
      await this.afterStage(session).catch(() => this.drop());
    }
  }

  /** Leaves a failed stage's session clean for the next (true), or reports it unusable (false). */
  protected abstract reset(session: S): Promise<boolean>;
  /** Drops what a stage left in the session (temporary tables, caches). */
  protected abstract afterStage(session: S): Promise<void>;
  abstract sourceColumns(session: EngineSession, spec: Spec, places: StagePlaces): Promise<SourceColumn[]>;
  abstract tableComment(session: EngineSession, scope: Scope, table: string): Promise<string | undefined>;
  abstract tableExists(scope: Scope, table: string): Promise<boolean>;
  abstract scopeExists(scope: Scope): Promise<boolean>;

  kysely<DB>(session: EngineSession): Kysely<DB> {
    return kyselyOn<DB>(session, this.flavour);
  }

  schemaOf(scope: Scope): string | undefined {
    return schemaOf(scope);
  }

  private async drop(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (opened) await opened.then((s) => s.close()).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.drop();
  }
}

/** The source is not in the target: say which table was looked for, where, and how to get it there. */
export function missingSource(spec: Spec, schema: string, table: string, tables: readonly string[], where: string) {
  const location = { ...spec.sourceLocation, path: spec.source.kind === 'file' ? 'source.file' : 'source.table' };
  if (spec.source.kind === 'file') {
    return usageError(
      `source table ${schema}.${table} not found on ${where}: this engine reads the spec's file from a table`,
      location,
      `load the file into it once with: adg load ${spec.file} --target <target>`,
    );
  }
  const near = tables.length ? ` did you mean "${closest(table, [...tables])}"?` : ' the schema has no tables.';
  return usageError(`source table ${schema}.${table} not found on ${where}`, location, `check source.table and the target's source_schema;${near}`);
}
