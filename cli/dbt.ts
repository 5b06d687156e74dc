// `adg compile --dbt DIR`: a dbt project per spec and engine, in DIR/<spec name>/<engine>/. Every
// project is compiled before anything is written (a bad spec writes nothing); a rewrite removes only
// files of models/ and tests/ that adg wrote and no longer produces, never a file of the user's.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { ADG_MARK, dbtProject, type DbtFile } from '../compiler/dbt/project.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { DIALECTS, DIALECT_NAMES } from '../dialects/index.js';
import type { Project } from '../runner/config.js';
import { allowedSourcePath } from '../runner/source-path.js';
import { loadProjectSpec } from './artifacts.js';
import { usageError } from '../compiler/errors.js';

export interface DbtProjectReport {
  /** The project directory, as given under DIR. */
  readonly dir: string;
  readonly written: number;
  readonly unchanged: number;
  readonly removed: readonly string[];
}

export function writeDbtProjects(project: Project, specFiles: readonly string[], outDir: string): DbtProjectReport[] {
  // A spec with tables makes a project per table (<spec>_<table>): each is a pipeline of its own.
  const planned = specFiles.flatMap((file) => {
    const loaded = loadProjectSpec(project, file);
    const linked = (loaded.parts ?? []).find((p) => p.entityPool || p.references.length || p.vocabulary);
    if (linked) {
      throw usageError(
        `table ${linked.table} ${linked.vocabulary ? 'is a vocabulary' : linked.references.length ? 'has foreign keys' : 'shares an entity pool with other tables'}, which --dbt does not compile yet (its stages read other tables' sources or releases)`,
        { file: loaded.file, path: `tables.${linked.table}` },
        `run this spec with adg run ${loaded.file}; --dbt compiles one-table specs and tables that stand alone`,
      );
    }
    return (loaded.parts ?? [loaded]).map((spec) => ({ spec, specName: [basename(file, extname(file)), ...(spec.table ? [spec.table] : [])].join('_') }));
  }).flatMap(({ spec, specName }) => {
    return DIALECT_NAMES.map((name) => {
      const dir = join(resolve(outDir), specName, name);
      const dialect = DIALECTS[name];
      // A file the engine reads in place is reached from the dbt project, relative to its directory.
      const sourceFile =
        spec.source.kind === 'file' && dialect.readsFiles
          ? relative(dir, allowedSourcePath(spec.source.path, project.root, project.allowedSourceDirs, spec.sourceLocation))
          : undefined;
      return { dir, shown: join(outDir, specName, name), files: dbtProject(spec, { dialect, toolVersion: TOOL_VERSION, specName, ...(sourceFile ? { sourceFile } : {}) }) };
    });
  });
  return planned.map(({ dir, shown, files }) => writeProject(dir, shown, files));
}

function writeProject(dir: string, shown: string, files: readonly DbtFile[]): DbtProjectReport {
  let written = 0;
  let unchanged = 0;
  for (const f of files) {
    const target = join(dir, f.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === f.content) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    written++;
  }
  const wanted = new Set(files.map((f) => f.path));
  const removed = ['models', 'tests'].flatMap((sub) => adgFiles(dir, sub)).filter((p) => !wanted.has(p));
  for (const p of removed) rmSync(join(dir, p));
  return { dir: shown, written, unchanged, removed };
}

/** Files under dir/sub whose first line carries adg's mark, relative to dir. */
function adgFiles(dir: string, sub: string): string[] {
  if (!existsSync(join(dir, sub))) return [];
  return (readdirSync(join(dir, sub), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((p) => readFileSync(join(dir, p), 'utf8').split('\n', 1)[0]!.includes(ADG_MARK))
    .sort();
}
