// Where a compiled program reads and writes. Paths are templates with {dataset}; the CLI fills them from
// flags, adg.config.yaml and these defaults. Golden files use the defaults, relative to the project root.

export interface StagePaths {
  /** Source database (table sources only; file sources name their own path). */
  readonly sourceDb: string;
  /** Database holding the published metadata. */
  readonly metadataDb: string;
  /** Database holding the artificial table. */
  readonly outputDb: string;
  /** Directory the export writes its files into. */
  readonly exportDir: string;
}

export const DEFAULT_PATHS: StagePaths = {
  sourceDb: 'data/source.duckdb',
  metadataDb: '.adg/{dataset}/metadata.duckdb',
  outputDb: '.adg/{dataset}/output.duckdb',
  exportDir: 'out/{dataset}',
};

export function expandPaths(templates: StagePaths, dataset: string): StagePaths {
  const fill = (p: string) => p.replaceAll('{dataset}', dataset);
  return {
    sourceDb: fill(templates.sourceDb),
    metadataDb: fill(templates.metadataDb),
    outputDb: fill(templates.outputDb),
    exportDir: fill(templates.exportDir),
  };
}
