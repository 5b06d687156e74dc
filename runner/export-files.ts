// Export from an engine that writes no files the client can reach (PostgreSQL, Spark): the engine
// streamed the artificial rows to a CSV file in staging; here embedded DuckDB reads them back with the
// spec's types and writes exactly the files a DuckDB export writes (the same COPY statements, the same
// Parquet key-value metadata), so the files do not depend on the engine that generated the rows.
import { compileStage } from '../compiler/compile.js';
import type { ExportFormat, Recorded } from '../compiler/plan/export.js';
import { columnOf, type Spec } from '../compiler/spec/model.js';
import { sqlType, type LogicalType } from '../compiler/spec/types.js';
import { filePlaces } from '../compiler/plan/paths.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';

export async function writeFilesFromRows(
  spec: Spec,
  rowsCsv: string,
  dir: string,
  formats: readonly ExportFormat[],
  recorded: Recorded,
  /** The columns, when the spec does not list them (a vocabulary's, from the engine's catalog). */
  listed?: readonly { readonly name: string; readonly type: LogicalType }[],
): Promise<void> {
  const q = duckdb.quoteIdent;
  const s = duckdb.quoteString;
  const columns = (listed ?? spec.columns.map(columnOf)).map((c) => `${s(c.name)}: ${s(duckdb.typeName(sqlType(c.type)))}`);
  const session = await DuckDBSession.open(':memory:');
  try {
    for (const sql of duckdb.setTimeZone(spec.timeZone)) await session.exec(sql);
    // Quoted empty text is an empty string, an empty field NULL: how COPY ... CSV and the Spark bridge write them.
    await session.exec(
      `CREATE TABLE ${q(spec.dataset)} AS SELECT * FROM read_csv(${s(rowsCsv)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns.join(', ')}})`,
    );
    const program = compileStage(spec, 'export', {
      dialect: duckdb,
      places: filePlaces({ sourceDb: ':memory:', metadataDb: ':memory:', releasedDb: ':memory:', outputDb: ':memory:', exportDir: dir }),
      toolVersion: TOOL_VERSION,
      exportFormats: formats,
      recorded,
    });
    for (const section of program.sections) for (const sql of section.statements) await session.exec(sql);
  } finally {
    session.close();
  }
}
