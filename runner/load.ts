// adg load: copies a spec's source file into the source schema of a target whose engine does not read
// files (PostgreSQL, Spark), as the table <dataset>_source that the compiled programs read. DuckDB
// reads the file (the same reader scrape uses on DuckDB) and writes a CSV in a private temporary
// directory; the engine loads it with COPY (PostgreSQL) or its CSV reader (Spark), then the file goes.
// The copy stays on the source side of the boundary: it moves source rows from a file the spec
// already reads into the warehouse that holds the source, never into metadata or output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdgError, usageError } from '../compiler/errors.js';
import type { Spec } from '../compiler/spec/model.js';
import { sqlType } from '../compiler/spec/types.js';
import { loadedSourceTable } from '../compiler/plan/names.js';
import type { StagePlaces } from '../compiler/plan/paths.js';
import type { Backend } from '../dialects/engine.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { sourceColumns } from '../dialects/duckdb/catalog.js';
import { withAllowedSource } from './source-path.js';

export interface LoadResult {
  readonly table: string;
  /** Rows are counted in the file and in the table and must agree; the count itself is not reported (unsuppressed). */
  readonly rowsChecked: true;
  readonly columns: number;
  readonly seconds: number;
}

export interface LoadOptions {
  readonly root: string;
  readonly allowedSourceDirs?: readonly string[];
  /** Replace the table if it exists (only a table adg load made: it carries adg's comment). */
  readonly replace?: boolean;
}

const LOADED_MARK = 'loaded by adg load';

export async function loadSource(spec: Spec, backend: Backend, places: StagePlaces, options: LoadOptions): Promise<LoadResult> {
  const t0 = performance.now();
  const location = { ...spec.sourceLocation, path: 'source' };
  if (spec.source.kind !== 'file') throw usageError(`the source of "${spec.dataset}" is already a table (${spec.source.table}): there is nothing to load`, location, 'adg load copies a spec\'s source file into a target that cannot read files');
  if (backend.dialect.readsFiles) throw usageError(`${backend.describe} reads the source file in place: there is nothing to load`, location, 'run adg scrape on this target directly');
  if (places.source.kind !== 'schema') throw new Error('a target that does not read files has schemas as scopes');
  const engineSpec = withAllowedSource(spec, options.root, options.allowedSourceDirs ?? []);
  const d = backend.dialect;
  const q = d.quoteIdent;
  const name = loadedSourceTable(spec.dataset);
  const schema = places.source.name;
  const target = `${q(schema)}.${q(name)}`;

  const scratch = mkdtempSync(join(tmpdir(), 'adg-load-'));
  try {
    // 1. Read the file with DuckDB: columns, portable types, and the rows as CSV ('' quoted, NULL empty).
    const csv = join(scratch, 'rows.csv');
    const reader = await DuckDBSession.open(':memory:');
    let columns: { name: string; type: string; text: boolean }[];
    let rows: number;
    try {
      const found = await sourceColumns(reader, engineSpec, duckdb, '');
      columns = found.map((c) => {
        const logical = duckdb.logicalType(c.type);
        // A column with no portable type (nested, enum, interval) is loaded as its text.
        return { name: c.name, type: logical ? d.typeName(sqlType(logical)) : d.typeName('text'), text: !logical };
      });
      const file = engineSpec.source.kind === 'file' ? engineSpec.source : undefined!;
      const select = found.map((c, i) => (columns[i]!.text ? `CAST(${duckdb.quoteIdent(c.name)} AS VARCHAR) AS ${duckdb.quoteIdent(c.name)}` : duckdb.quoteIdent(c.name))).join(', ');
      const counted = await reader.query(`SELECT count(*) AS n FROM ${duckdb.readFile(file.path, file.format, file.header)}`);
      rows = Number(counted[0]?.n ?? 0);
      await reader.exec(`COPY (SELECT ${select} FROM ${duckdb.readFile(file.path, file.format, file.header)}) TO ${duckdb.quoteString(csv)} (FORMAT csv, HEADER true)`);
    } finally {
      reader.close();
    }

    // 2. Create the table on the target and load the CSV into it.
    return await backend.stage('scrape', places, { replaces: [name] }, async (session) => {
      for (const c of columns) session.knownNames.add(c.name);
      if (await backend.tableExists(places.source, name)) {
        if (!options.replace) throw usageError(`${schema}.${name} already exists on ${backend.describe}`, location, 'pass --replace to load it again (only a table adg load made is replaced)');
        if ((await backend.tableComment(session, places.source, name)) !== LOADED_MARK) throw usageError(`${schema}.${name} exists and was not made by adg load: adg does not replace it`, location, 'drop or rename it yourself, or load under another source_schema');
        await session.exec(`DROP TABLE ${target}`);
      }
      for (const sql of d.createSchema(schema)) await session.exec(sql);
      await session.exec(`CREATE TABLE ${target} (${columns.map((c) => `${q(c.name)} ${c.type}`).join(', ')})${d.storageClause ? ` ${d.storageClause}` : ''}`);
      await session.exec(`COMMENT ON TABLE ${target} IS ${d.quoteString(LOADED_MARK)}`);
      if (!session.copyInCsv) throw new AdgError(`${backend.describe} cannot load files`);
      await session.copyInCsv(target, csv);
      const loaded = await session.query(`SELECT count(*) AS n FROM ${target}`);
      if (Number(loaded[0]?.n ?? -1) !== rows) throw new AdgError(`${schema}.${name} on ${backend.describe} did not receive every row of the file`, location, 'run adg load again with --replace');
      // The exact source row count stays inside: scrape publishes it suppressed and rounded.
      return { table: `${schema}.${name}`, rowsChecked: true as const, columns: columns.length, seconds: (performance.now() - t0) / 1000 };
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
