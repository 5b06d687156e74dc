// Kysely over an engine session: typed, parameterised queries for catalog introspection and run
// bookkeeping. (Pipeline SQL comes from the compiler's IR; kysely has no grouping sets or Spark DDL.)
// DuckDB and PostgreSQL speak PostgreSQL's placeholders ($1) and information_schema, so PostgreSQL's
// adapter, compiler and introspector fit; Spark SQL quotes with backticks and takes ? placeholders,
// as MySQL's compiler writes them. Only the driver is ours.
import {
  CompiledQuery,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { Session } from '../dialects/session.js';

export type KyselyFlavour = 'postgres' | 'backticks';

class SessionConnection implements DatabaseConnection {
  constructor(private readonly session: Session) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const rows = await this.session.query(query.sql, query.parameters);
    return { rows: rows as R[] };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported: adg reads only small results');
  }
}

class SessionDriver implements Driver {
  private readonly connection: SessionConnection;
  constructor(session: Session) {
    this.connection = new SessionConnection(session);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('BEGIN TRANSACTION'));
  }
  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('COMMIT'));
  }
  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

export function kyselyOn<DB>(session: Session, flavour: KyselyFlavour = 'postgres'): Kysely<DB> {
  const pgLike = flavour === 'postgres';
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => (pgLike ? new PostgresAdapter() : new MysqlAdapter()),
      createDriver: () => new SessionDriver(session),
      createIntrospector: (db) => (pgLike ? new PostgresIntrospector(db) : new MysqlIntrospector(db)),
      createQueryCompiler: () => (pgLike ? new PostgresQueryCompiler() : new MysqlQueryCompiler()),
    },
  });
}
