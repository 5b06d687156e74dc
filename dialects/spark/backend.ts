// Spark SQL (with Delta Lake) as an engine: scopes are schemas (databases) of the session's catalog;
// the catalog is DESCRIBE TABLE (Spark's own type names: bigint, decimal(10,2), array<int>). Spark has
// no transactions: each table a stage replaces is one atomic CREATE OR REPLACE TABLE ... USING DELTA.
import type { Spec } from '../../compiler/spec/model.js';
import type { Scope, StagePlaces } from '../../compiler/plan/paths.js';
import { SCRATCH_TABLES } from '../../compiler/plan/names.js';
import type { EngineSession, SourceColumn } from '../engine.js';
import { missingSource, schemaOf, sourceTableOf, WarehouseBackend } from '../warehouse.js';
import { SCRATCH_SCHEMA, spark } from './index.js';
import type { SparkSession } from './session.js';

export class SparkBackend extends WarehouseBackend<SparkSession> {
  readonly dialect = spark;
  protected readonly flavour = 'backticks' as const;

  constructor(
    connect: () => Promise<SparkSession>,
    readonly describe: string,
  ) {
    super(connect);
  }

  protected async reset(): Promise<boolean> {
    return true;
  }

  protected async afterStage(session: SparkSession): Promise<void> {
    // Raw counts: cached in memory, and in scratch tables (dialect createTable): gone with the stage.
    await session.exec('CLEAR CACHE');
    // Only adg's own scratch tables that are there (each DROP is a catalog round trip).
    const present = new Set(((await this.tablesIn(session, SCRATCH_SCHEMA)) ?? []).map((t) => t.toLowerCase()));
    for (const sql of this.dialect.dropScratch(SCRATCH_TABLES.filter((t) => present.has(t.toLowerCase())))) await session.exec(sql);
  }

  private async tablesIn(session: EngineSession, schema: string): Promise<string[] | undefined> {
    const q = this.dialect.quoteIdent;
    const schemas = await session.query('SHOW SCHEMAS');
    if (!schemas.some((r) => String(Object.values(r)[0]).toLowerCase() === schema.toLowerCase())) return undefined;
    const rows = await session.query(`SHOW TABLES IN ${q(schema)}`);
    return rows.filter((r) => r.isTemporary !== true).map((r) => String(r.tableName));
  }

  async sourceColumns(session: EngineSession, spec: Spec, places: StagePlaces): Promise<SourceColumn[]> {
    const { schema, table } = sourceTableOf(spec, places);
    const tables = (await this.tablesIn(session, schema)) ?? [];
    if (!tables.some((t) => t.toLowerCase() === table.toLowerCase())) throw missingSource(spec, schema, table, tables, this.describe);
    const q = this.dialect.quoteIdent;
    const rows = await session.query(`DESCRIBE TABLE ${q(schema)}.${q(table)}`);
    const columns: SourceColumn[] = [];
    // DESCRIBE lists the columns, then "# Partition Information" and the like after an empty row.
    for (const r of rows) {
      const name = String(r.col_name ?? '');
      if (name === '' || name.startsWith('#')) break;
      columns.push({ name, type: String(r.data_type) });
    }
    return columns;
  }

  async tableComment(session: EngineSession, scope: Scope, table: string): Promise<string | undefined> {
    const q = this.dialect.quoteIdent;
    const rows = await session.query(`DESCRIBE TABLE EXTENDED ${q(schemaOf(scope))}.${q(table)}`);
    const comment = rows.find((r) => r.col_name === 'Comment');
    return comment ? String(comment.data_type) : undefined;
  }

  async tableExists(scope: Scope, table: string): Promise<boolean> {
    const session = await this.session();
    const tables = await this.tablesIn(session, schemaOf(scope));
    return (tables ?? []).some((t) => t.toLowerCase() === table.toLowerCase());
  }

  async scopeExists(scope: Scope): Promise<boolean> {
    const session = await this.session();
    return (await this.tablesIn(session, schemaOf(scope))) !== undefined;
  }
}
