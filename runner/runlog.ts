// A log of stage runs kept in the database each stage writes (adg_runs): when, what spec, how long.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../dialects/dialect.js';

export const RUN_LOG_TABLE = 'adg_runs';

interface RunLog {
  adg_runs: {
    run_id: string;
    stage: string;
    dataset: string;
    spec_file: string;
    spec_hash: string;
    tool_version: string;
    started_at: string;
    seconds: number;
    detail: string;
  };
}

export interface RunRecord {
  readonly stage: string;
  readonly dataset: string;
  readonly specFile: string;
  readonly specHash: string;
  readonly toolVersion: string;
  readonly startedAt: Date;
  readonly seconds: number;
  readonly detail: object;
}

/**
 * Appends a run to the log in the scope the stage wrote (a schema on a warehouse, the database file on
 * DuckDB), creating the table the first time. Column types are the engine's own names for them.
 */
export async function logRun(kysely: Kysely<unknown>, dialect: Dialect, schema: string | undefined, run: RunRecord): Promise<void> {
  const db = (schema ? kysely.withSchema(schema) : kysely) as Kysely<RunLog>;
  const text = sql.raw(dialect.typeName('text'));
  const double = sql.raw(dialect.typeName('double'));
  const create = db.schema
    .createTable(RUN_LOG_TABLE)
    .ifNotExists()
    .addColumn('run_id', text, (c) => c.notNull())
    .addColumn('stage', text, (c) => c.notNull())
    .addColumn('dataset', text, (c) => c.notNull())
    .addColumn('spec_file', text)
    .addColumn('spec_hash', text)
    .addColumn('tool_version', text)
    .addColumn('started_at', text)
    .addColumn('seconds', double)
    .addColumn('detail', text);
  await (dialect.storageClause ? create.modifyEnd(sql.raw(dialect.storageClause)) : create).execute();
  await db
    .insertInto(RUN_LOG_TABLE)
    .values({
      run_id: randomUUID(),
      stage: run.stage,
      dataset: run.dataset,
      spec_file: run.specFile,
      spec_hash: run.specHash,
      tool_version: run.toolVersion,
      started_at: run.startedAt.toISOString(),
      seconds: run.seconds,
      detail: JSON.stringify(run.detail),
    })
    .execute();
}
