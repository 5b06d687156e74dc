// Where a compiled program reads and writes. Four scopes, kept apart: the source (read by scrape
// only), the metadata (written by scrape, read by review and release), the released metadata (written
// by release only, read by generate and qa) and the output (written by generate and qa, read by
// export); plus the directory export writes files into.
//
// On an embedded engine (DuckDB) a scope is a database file, attached under an alias when it is not
// the one the stage runs in. On a warehouse (PostgreSQL, Spark) a scope is a schema of the one
// database the stage connects to.

export type Scope = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'schema'; readonly name: string };

export interface StagePlaces {
  readonly source: Scope;
  readonly metadata: Scope;
  /** Metadata a reviewer signed off, copied by release: the only input of generate. */
  readonly released: Scope;
  readonly output: Scope;
  /** Directory the export writes its files into. */
  readonly exportDir: string;
}

/** Paths of the DuckDB files of a dataset. Templates with {dataset}; the CLI fills them from flags, adg.config.yaml and these defaults. */
export interface StagePaths {
  /** Source database (table sources only; file sources name their own path). */
  readonly sourceDb: string;
  /** Database holding the published metadata. */
  readonly metadataDb: string;
  /** Database holding the released metadata and the releases log. */
  readonly releasedDb: string;
  /** Database holding the artificial table. */
  readonly outputDb: string;
  /** Directory the export writes its files into. */
  readonly exportDir: string;
}

export const DEFAULT_PATHS: StagePaths = {
  sourceDb: 'data/source.duckdb',
  metadataDb: '.adg/{dataset}/metadata.duckdb',
  releasedDb: '.adg/{dataset}/released.duckdb',
  outputDb: '.adg/{dataset}/output.duckdb',
  exportDir: 'out/{dataset}',
};

/** Schemas of a warehouse target, with the defaults `adg compile` and targets use. */
export interface StageSchemas {
  readonly source: string;
  readonly metadata: string;
  readonly released: string;
  readonly output: string;
  readonly exportDir: string;
}

export const DEFAULT_SCHEMAS: Readonly<Record<'postgres' | 'spark', StageSchemas>> = {
  postgres: { source: 'public', metadata: 'adg_metadata', released: 'adg_released', output: 'adg_output', exportDir: 'out/{dataset}' },
  spark: { source: 'default', metadata: 'adg_metadata', released: 'adg_released', output: 'adg_output', exportDir: 'out/{dataset}' },
};

export function expandPaths(templates: StagePaths, dataset: string): StagePaths {
  const fill = (p: string) => p.replaceAll('{dataset}', dataset);
  return {
    sourceDb: fill(templates.sourceDb),
    metadataDb: fill(templates.metadataDb),
    releasedDb: fill(templates.releasedDb),
    outputDb: fill(templates.outputDb),
    exportDir: fill(templates.exportDir),
  };
}

export function filePlaces(paths: StagePaths): StagePlaces {
  return {
    source: { kind: 'file', path: paths.sourceDb },
    metadata: { kind: 'file', path: paths.metadataDb },
    released: { kind: 'file', path: paths.releasedDb },
    output: { kind: 'file', path: paths.outputDb },
    exportDir: paths.exportDir,
  };
}

export function schemaPlaces(schemas: StageSchemas, dataset: string): StagePlaces {
  return {
    source: { kind: 'schema', name: schemas.source },
    metadata: { kind: 'schema', name: schemas.metadata },
    released: { kind: 'schema', name: schemas.released },
    output: { kind: 'schema', name: schemas.output },
    exportDir: schemas.exportDir.replaceAll('{dataset}', dataset),
  };
}

/** How a scope is named in comments and messages. */
export function describeScope(scope: Scope): string {
  return scope.kind === 'file' ? scope.path : `schema ${scope.name}`;
}

/** Where a table of a multi-table dataset runs: the dataset's scopes, and its own export directory beside its siblings'. */
export function partPlaces(places: StagePlaces, table: string): StagePlaces {
  return { ...places, exportDir: `${places.exportDir}/${table}` };
}
