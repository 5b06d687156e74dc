// Files the compiler owns in the repository: generated/<spec>/<dialect>/NN_<stage>.sql for every spec
// (and 00_grants.sql where the engine enforces the scopes by grants), the JSON Schema in schema/, and
// the spec reference block of README.md. `adg compile` writes them; `adg check` recomputes them and
// reports every difference.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { compileAll } from '../compiler/compile.js';
import { compileGrants } from '../compiler/grants.js';
import { AdgError, AdgErrors } from '../compiler/errors.js';
import { loadSpec } from '../compiler/spec/load.js';
import { specJsonSchema } from '../compiler/spec/schema.js';
import { withReference } from '../compiler/spec/reference.js';
import type { Spec } from '../compiler/spec/model.js';
import { TOOL_VERSION } from '../compiler/version.js';
import { DIALECTS, DIALECT_NAMES } from '../dialects/index.js';
import { relativePaths, type Project } from '../runner/config.js';
import type { StagePlaces } from '../compiler/plan/paths.js';
import { ENGINES } from '../dialects/engines.js';
import type { DialectName } from '../dialects/dialect.js';

/** Where generated/ programs read and write: each engine's places with default settings (the project's DuckDB paths, each warehouse's default schemas). */
function defaultPlaces(project: Project, dialect: DialectName, dataset: string): StagePlaces {
  return ENGINES[dialect].places({} as never, dataset, relativePaths(project, dataset));
}

export const GENERATED_DIR = 'generated';
export const SPECS_DIR = 'specs';
export const SCHEMA_FILE = 'schema/spec.schema.json';

export interface Artifact {
  /** Path relative to the project root. */
  readonly path: string;
  readonly content: string;
}

/** Spec files of the project (specs/*.yaml), sorted. */
export function projectSpecFiles(project: Project): string[] {
  const dir = join(project.root, SPECS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ['.yaml', '.yml'].includes(extname(f)))
    .sort()
    .map((f) => join(dir, f));
}

/** A spec named by its path relative to the project root, so compiled output never depends on the cwd. */
export function loadProjectSpec(project: Project, path: string): Spec {
  const absolute = resolve(path);
  return loadSpec(absolute, relative(project.root, absolute) || basename(absolute));
}

export function specArtifacts(project: Project, spec: Spec, specPath: string): Artifact[] {
  const name = basename(specPath, extname(specPath));
  return DIALECT_NAMES.flatMap((dialect) => {
    const options = { dialect: DIALECTS[dialect], places: defaultPlaces(project, dialect, spec.dataset), toolVersion: TOOL_VERSION };
    const grants = compileGrants(spec, options);
    return [...(grants ? [grants] : []), ...compileAll(spec, options)].map((p) => ({ path: join(GENERATED_DIR, name, dialect, p.file), content: p.text }));
  });
}

/** Everything the compiler owns, computed afresh. All specs are loaded before anything is returned. */
export function projectArtifacts(project: Project, specFiles = projectSpecFiles(project)): Artifact[] {
  const errors: AdgError[] = [];
  const artifacts: Artifact[] = [];
  for (const file of specFiles) {
    try {
      artifacts.push(...specArtifacts(project, loadProjectSpec(project, file), file));
    } catch (err) {
      if (err instanceof AdgErrors) errors.push(...err.errors);
      else if (err instanceof AdgError) errors.push(err);
      else throw err;
    }
  }
  if (errors.length) throw new AdgErrors(errors);
  artifacts.push({ path: SCHEMA_FILE, content: `${JSON.stringify(specJsonSchema(), null, 2)}\n` });
  const readme = join(project.root, 'README.md');
  if (existsSync(readme)) {
    const updated = withReference(readFileSync(readme, 'utf8'));
    if (updated !== undefined) artifacts.push({ path: 'README.md', content: updated });
  }
  return artifacts;
}

/** Files under generated/ that no spec produces any more (a renamed spec, a removed stage). */
function staleGenerated(project: Project, artifacts: readonly Artifact[]): string[] {
  const dir = join(project.root, GENERATED_DIR);
  if (!existsSync(dir)) return [];
  const wanted = new Set(artifacts.map((a) => a.path));
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => relative(project.root, join(e.parentPath, e.name)))
    .filter((p) => !wanted.has(p))
    .sort();
}

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: number;
  readonly removed: string[];
}

export function writeArtifacts(project: Project, artifacts: readonly Artifact[], prune: boolean): WriteReport {
  const written: string[] = [];
  let unchanged = 0;
  for (const a of artifacts) {
    const target = join(project.root, a.path);
    if (existsSync(target) && readFileSync(target, 'utf8') === a.content) {
      unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, a.content);
    written.push(a.path);
  }
  const removed = prune ? staleGenerated(project, artifacts) : [];
  for (const p of removed) rmSync(join(project.root, p));
  return { written, unchanged, removed };
}

export interface Drift {
  readonly path: string;
  readonly problem: 'missing' | 'stale' | 'unexpected';
  readonly diff: string;
}

export function checkArtifacts(project: Project, artifacts: readonly Artifact[]): Drift[] {
  const drifts: Drift[] = [];
  for (const a of artifacts) {
    const target = join(project.root, a.path);
    if (!existsSync(target)) {
      drifts.push({ path: a.path, problem: 'missing', diff: '' });
      continue;
    }
    const current = readFileSync(target, 'utf8');
    if (current !== a.content) {
      drifts.push({ path: a.path, problem: 'stale', diff: createTwoFilesPatch(`${a.path} (committed)`, `${a.path} (compiled now)`, current, a.content, '', '', { context: 2 }) });
    }
  }
  for (const p of staleGenerated(project, artifacts)) drifts.push({ path: p, problem: 'unexpected', diff: '' });
  return drifts;
}
