// PostgreSQL as an engine (a server through pg, or PGlite in process): scopes are schemas; the catalog
// is pg_catalog (format_type spells numeric(10,2), timestamp with time zone, integer[] as DDL does).
import { sql } from 'kysely';
import type { Spec } from '../../compiler/spec/model.js';
import type { Scope, StagePlaces } from '../../compiler/plan/paths.js';
import type { EngineSession, SourceColumn } from '../engine.js';
import { missingSource, schemaOf, sourceTableOf, WarehouseBackend } from '../warehouse.js';
import { postgres } from './index.js';
import type { PgliteSession, PostgresSession } from './session.js';

type PgSession = PostgresSession | PgliteSession;

export class PostgresBackend extends WarehouseBackend<PgSession> {
  readonly dialect = postgres;
  protected readonly flavour = 'postgres' as const;

  constructor(
    connect: () => Promise<PgSession>,
    readonly describe: string,
  ) {
    super(connect);
  }

  protected async reset(session: PgSession): Promise<boolean> {
    try {
      await session.exec('ROLLBACK');
      return true;
    } catch {
      return false;
    }
  }

  protected async afterStage(session: PgSession): Promise<void> {
    await session.exec('DISCARD TEMP');
  }

  async sourceColumns(session: EngineSession, spec: Spec, places: StagePlaces): Promise<SourceColumn[]> {
    const { schema, table } = sourceTableOf(spec, places);
    const db = this.kysely(session);
    const columns = await sql<{ name: string; type: string }>`
      SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schema} AND c.relname = ${table} AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`.execute(db);
    if (columns.rows.length > 0) return columns.rows.map((r) => ({ name: String(r.name), type: String(r.type) }));
    const tables = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schema} AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY 1`.execute(db);
    throw missingSource(spec, schema, table, tables.rows.map((r) => String(r.name)), this.describe);
  }

  async tableComment(session: EngineSession, scope: Scope, table: string): Promise<string | undefined> {
    const found = await sql<{ comment: string | null }>`
      SELECT obj_description(c.oid, 'pg_class') AS comment FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schemaOf(scope)} AND c.relname = ${table}`.execute(this.kysely(session));
    return found.rows[0]?.comment ?? undefined;
  }

  async tableExists(scope: Scope, table: string): Promise<boolean> {
    const session = await this.session();
    const found = await sql<{ one: number }>`
      SELECT 1 AS one FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ${schemaOf(scope)} AND c.relname = ${table}`.execute(this.kysely(session));
    return found.rows.length > 0;
  }

  async scopeExists(scope: Scope): Promise<boolean> {
    const session = await this.session();
    const found = await sql<{ one: number }>`SELECT 1 AS one FROM pg_catalog.pg_namespace WHERE nspname = ${schemaOf(scope)}`.execute(this.kysely(session));
    return found.rows.length > 0;
  }
}
