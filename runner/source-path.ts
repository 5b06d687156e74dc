// Where a spec's source file may be: inside the project, or in a directory adg.config.yaml allows.
// A spec is a file anyone can commit; without this rule `source.file: /etc/passwd` (or ../../x) would
// make adg read and describe any file the operator can read.
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { usageError } from '../compiler/errors.js';
import type { Spec } from '../compiler/spec/model.js';
import { CONFIG_FILE } from './config.js';

/** Whether `path` is `dir` or lies under it (both already real, absolute paths). */
export function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of a file that must exist, inside the root or an allowed directory. */
export function allowedSourcePath(given: string, root: string, allowedDirs: readonly string[], location: Spec['sourceLocation']): string {
  const absolute = resolve(root, given);
  const where = { ...location, path: 'source.file' };
  if (!existsSync(absolute)) {
    throw usageError(`source file not found: ${given}`, where, 'paths in a spec are relative to the project root');
  }
  const real = realpathSync(absolute);
  const dirs = [root, ...allowedDirs].filter(existsSync).map((d) => realpathSync(d));
  if (!dirs.some((d) => isInside(real, d))) {
    throw usageError(
      `source file ${given} is outside the project (${root})`,
      where,
      `move it into the project, or list its directory under allowed_source_dirs in ${CONFIG_FILE}`,
    );
  }
  return real;
}

/** The spec as the engine must see it: a file source as its checked, absolute real path. */
export function withAllowedSource(spec: Spec, root: string, allowedDirs: readonly string[]): Spec {
  if (spec.source.kind !== 'file') return spec;
  return { ...spec, source: { ...spec.source, path: allowedSourcePath(spec.source.path, root, allowedDirs, spec.sourceLocation) } };
}
