// Kysely over a DuckDB session: typed, parameterised queries for catalog introspection and run
// bookkeeping. (Pipeline SQL comes from the compiler's IR; kysely has no grouping sets or Spark DDL.)
// DuckDB speaks PostgreSQL's placeholders ($1) and information_schema, so PostgreSQL's adapter,
// compiler and introspector fit; only the driver is ours.
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { DuckDBSession } from './duckdb.js';

class SessionConnection implements DatabaseConnection {
  constructor(private readonly session: DuckDBSession) {}

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
  constructor(session: DuckDBSession) {
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

export function kyselyOn<DB>(session: DuckDBSession): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new SessionDriver(session),
      createIntrospector: (db) => new PostgresIntrospector(db),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}
