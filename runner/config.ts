// The project: its root (where adg.config.yaml is, else the working directory) and where each
// database and export lives. Relative paths everywhere are relative to the root.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { usageError, type Location } from '../compiler/errors.js';
import { DEFAULT_PATHS, expandPaths, type StagePaths } from '../compiler/plan/paths.js';

export const CONFIG_FILE = 'adg.config.yaml';

const ConfigSchema = z.strictObject({
  source_db: z.string().min(1).optional().describe('Source database for specs whose source is a table.'),
  metadata_db: z.string().min(1).optional().describe('Metadata database; {dataset} is replaced by the dataset name.'),
  released_db: z.string().min(1).optional().describe('Released metadata database (written by adg release only, the one input of generate).'),
  output_db: z.string().min(1).optional().describe('Output database for the artificial tables.'),
  export_dir: z.string().min(1).optional().describe('Directory for exported files.'),
  allowed_source_dirs: z
    .array(z.string().min(1))
    .optional()
    .describe('Directories outside the project that specs may read source files from (relative to the project root, or absolute).'),
  default_target: z.string().min(1).optional().describe('The target commands run on without --target (default: embedded DuckDB).'),
  targets: z
    .record(z.string().regex(/^[A-Za-z0-9_-]+$/, 'a target name is letters, digits, _ and -'), z.looseObject({ engine: z.string() }))
    .optional()
    .describe('Named places to run on: {name: {engine: duckdb | postgres | spark, ...its settings}}. Secrets as ${VAR}.'),
});

export interface Project {
  readonly root: string;
  /** Path templates relative to the root (with {dataset}). */
  readonly templates: StagePaths;
  /** Absolute directories outside the root that source files may live in. */
  readonly allowedSourceDirs: readonly string[];
  /** The config file, if there is one. */
  readonly configFile?: string;
  readonly defaultTarget?: string;
  /** Targets as written (settings with ${VAR} unexpanded: only the chosen one is resolved). */
  readonly targets: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export type PathOverrides = Partial<StagePaths>;

/** Finds the project from a directory: the nearest adg.config.yaml upwards, else the directory itself. */
export function loadProject(from: string = process.cwd(), configFile?: string): Project {
  const file = configFile ? resolve(configFile) : findUp(resolve(from), CONFIG_FILE);
  if (!file) return { root: resolve(from), templates: DEFAULT_PATHS, allowedSourceDirs: [], targets: {} };
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8')) ?? {};
  } catch (err) {
    throw usageError(`cannot read project config: ${(err as Error).message.split('\n')[0]}`, { file });
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw usageError(issue.message, { file, path: issue.path.join('.') || undefined }, `valid keys: ${Object.keys(ConfigSchema.shape).join(', ')}`);
  }
  const c = parsed.data;
  for (const key of ['source_db', 'metadata_db', 'released_db', 'output_db'] as const) {
    if (c[key]) requireDatabaseFile(c[key], key, { file, path: key });
  }
  const root = dirname(file);
  if (c.default_target && !c.targets?.[c.default_target]) {
    throw usageError(`default_target "${c.default_target}" is not one of the targets`, { file, path: 'default_target' }, `define it under targets:, or pick one of: ${Object.keys(c.targets ?? {}).join(', ') || '(none defined)'}`);
  }
  return {
    root,
    configFile: file,
    targets: c.targets ?? {},
    ...(c.default_target ? { defaultTarget: c.default_target } : {}),
    allowedSourceDirs: (c.allowed_source_dirs ?? []).map((d) => resolve(root, d)),
    templates: {
      sourceDb: c.source_db ?? DEFAULT_PATHS.sourceDb,
      metadataDb: c.metadata_db ?? DEFAULT_PATHS.metadataDb,
      releasedDb: c.released_db ?? DEFAULT_PATHS.releasedDb,
      outputDb: c.output_db ?? DEFAULT_PATHS.outputDb,
      exportDir: c.export_dir ?? DEFAULT_PATHS.exportDir,
    },
  };
}

/**
 * Databases are DuckDB files for now: a URL (postgres://user@host/db) would otherwise be taken for
 * a relative path and quietly become a new, empty DuckDB file.
 */
export function requireDatabaseFile(value: string, setting: string, location: Location = {}): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return;
  const what = setting.includes('source') ? 'sources' : 'databases';
  const engine = scheme === 'postgres' || scheme === 'postgresql' ? 'PostgreSQL' : `${scheme}://`;
  throw usageError(
    `${engine} ${what} are targets, not paths: ${setting} must be a DuckDB database file`,
    location,
    `${setting} names a DuckDB file; to run on a warehouse, define a target in adg.config.yaml (targets: {warehouse: {engine: postgres, url: "\${ADG_PG_URL}"}}) and pass --target warehouse`,
  );
}

/** The stage paths of one dataset, absolute, with command-line overrides applied. */
export function datasetPaths(project: Project, dataset: string, overrides: PathOverrides = {}): StagePaths {
  const relative = expandPaths({ ...project.templates, ...stripUndefined(overrides) }, dataset);
  const abs = (p: string) => resolve(project.root, p);
  const paths = {
    sourceDb: abs(relative.sourceDb),
    metadataDb: abs(relative.metadataDb),
    releasedDb: abs(relative.releasedDb),
    outputDb: abs(relative.outputDb),
    exportDir: abs(relative.exportDir),
  };
  const dbs = [paths.sourceDb, paths.metadataDb, paths.releasedDb, paths.outputDb];
  if (new Set(dbs).size !== dbs.length) {
    throw usageError(
      'the source, metadata, released and output databases must be four different files',
      {},
      'keeping them apart is what lets generation run on reviewed metadata without any access to the source; change source_db, metadata_db, released_db or output_db',
    );
  }
  return paths;
}

/** Paths as written into golden files: relative to the root. */
export function relativePaths(project: Project, dataset: string): StagePaths {
  return expandPaths(project.templates, dataset);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function findUp(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, name))) return join(d, name);
    if (dirname(d) === d) return undefined;
  }
}
