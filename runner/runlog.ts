// A log of stage runs kept in the database each stage writes (adg_runs): when, what spec, how long.
import { randomUUID } from 'node:crypto';
import type { DuckDBSession } from './duckdb.js';
import { kyselyOn } from './kysely.js';

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

export async function logRun(session: DuckDBSession, run: RunRecord): Promise<void> {
  const db = kyselyOn<RunLog>(session);
  await db.schema
    .createTable(RUN_LOG_TABLE)
    .ifNotExists()
    .addColumn('run_id', 'varchar', (c) => c.primaryKey())
    .addColumn('stage', 'varchar', (c) => c.notNull())
    .addColumn('dataset', 'varchar', (c) => c.notNull())
    .addColumn('spec_file', 'varchar')
    .addColumn('spec_hash', 'varchar')
    .addColumn('tool_version', 'varchar')
    .addColumn('started_at', 'varchar')
    .addColumn('seconds', 'double precision')
    .addColumn('detail', 'varchar')
    .execute();
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
