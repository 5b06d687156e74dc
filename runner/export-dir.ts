// The export directory. adg writes only into a path that does not exist or that holds an export adg
// wrote itself (see export-manifest.ts), and never into one that is or would hold the project, the
// spec, the source or a database. A new export is written into a staging sibling and swapped in as
// the very last step. The siblings have fixed names and a lock keeps a second export out, so the next
// export finishes or rolls back whatever swap a kill interrupted:
//
//   <parent>/<name>                 the export
//   <parent>/.<name>.adg-staging    the next export while it is written (its manifest says complete: false)
//   <parent>/.<name>.adg-previous   the export being replaced, during the swap
//   <parent>/.<name>.adg-lock       the pid of the export running now
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { usageError } from '../compiler/errors.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import type { Spec } from '../compiler/spec/model.js';
import { crashPoint } from './crash.js';
import { inspect, isBookkeeping, isCompleteExport, isOwnedExport, markStaging, sealExport, type Inspection, type Manifest } from './export-manifest.js';
import { onInterrupt } from './interrupt.js';
import { acquireLock } from './lock.js';

export interface ExportSiblings {
  readonly staging: string;
  readonly previous: string;
  readonly lock: string;
}

export function siblingsOf(exportDir: string): ExportSiblings {
  const at = (suffix: string) => join(dirname(exportDir), `.${basename(exportDir)}.adg-${suffix}`);
  return { staging: at('staging'), previous: at('previous'), lock: at('lock') };
}

/**
 * Refuses an export directory adg may not write: one that is, or would contain, the project root, the
 * spec, the source or a database, or that holds anything adg did not write. Reads only, so `adg run`
 * checks it before it scrapes.
 */
export function checkExportTarget(spec: Spec, root: string, paths: StagePaths): void {
  const dir = realPath(paths.exportDir);
  const held = protectedPaths(spec, root, paths).filter((p) => p.paths.some((path) => contains(dir, realPath(path))));
  if (held.length) {
    // Holding the project root says it all.
    const named = held[0]!.what === 'the project root' ? [held[0]!] : held;
    throw usageError(
      `the export directory ${shown(paths.exportDir, root)} would contain ${named.map((p) => p.what).join(', ')}`,
      {},
      'adg replaces its export directory as a whole: give it one of its own, such as out/<dataset> (--export-dir, or export_dir in adg.config.yaml)',
    );
  }
  refuseUnowned(paths.exportDir, root);
}

/** An export being written into its staging directory; close() it whatever happens. */
export interface StagedExport {
  /** Where the new files go. */
  readonly dir: string;
  /** Writes the manifest listing every file: from here on the staging directory is a complete export. */
  seal(): Manifest['files'];
  /** Moves the sealed export into place and removes the one it replaces: the last step of an export. */
  swapIn(): void;
  /** Removes what is left of the staging directory and releases the lock. */
  close(): void;
}

/**
 * Locks the export directory, finishes or rolls back a swap a kill interrupted, refuses a directory
 * adg did not write, and makes an empty staging directory.
 */
export function beginExport(exportDir: string, dataset: string, root: string): StagedExport {
  const { staging, previous, lock } = siblingsOf(exportDir);
  mkdirSync(dirname(exportDir), { recursive: true });
  const unlock = acquireLock(lock, shown(exportDir, root)).release;
  let made = false;
  try {
    recover(exportDir, root);
    refuseUnowned(exportDir, root);
    mkdirSync(staging);
    made = true;
    markStaging(staging, dataset);
  } catch (err) {
    if (made) rmSync(staging, { recursive: true, force: true });
    unlock();
    throw err;
  }
  // Staging is adg's alone while the lock is held; on Ctrl-C (or any failure) it simply goes.
  const abandon = () => {
    rmSync(staging, { recursive: true, force: true });
    unlock();
  };
  const unregister = onInterrupt(abandon);
  return {
    dir: staging,
    seal() {
      const files = sealExport(staging, dataset);
      crashPoint('export:staged');
      return files;
    },
    swapIn() {
      // The export may have taken a while: a file the user put there meanwhile still stops it.
      refuseUnowned(exportDir, root);
      const replacing = inspect(exportDir).kind !== 'absent';
      if (replacing) {
        renameSync(exportDir, previous);
        crashPoint('export:moved-aside');
      }
      try {
        renameSync(staging, exportDir);
      } catch (err) {
        if (replacing) renameSync(previous, exportDir);
        throw err;
      }
      crashPoint('export:moved-in');
      try {
        if (replacing) removeExport(previous);
      } catch {
        // The new export is in place, so the export succeeded; the next one removes what is left (see recover).
      }
    },
    close() {
      unregister();
      abandon();
    },
  };
}

/**
 * After a kill, at any point of an export:
 *
 * | found                                       | killed                              | recovery                 |
 * |---------------------------------------------|-------------------------------------|--------------------------|
 * | staging, not sealed                         | while writing                       | remove staging           |
 * | staging sealed, no export                   | between moving aside and moving in  | move staging in          |
 * | previous, no export, staging not sealed     | (cannot happen: sealed before)      | move previous back       |
 * | export and previous                         | after moving in, or while removing  | remove previous          |
 * | staging sealed, export in place             | before the swap                     | remove staging           |
 *
 * Only directories that carry adg's manifest (or hold nothing else) are moved or removed.
 */
function recover(exportDir: string, root: string): void {
  const { staging, previous } = siblingsOf(exportDir);
  const staged = inspect(staging);
  const before = inspect(previous);
  if (staged.kind !== 'absent' && !(staged.kind === 'directory' && (staged.manifest || staged.empty))) inTheWay(staging, root);
  if (before.kind !== 'absent' && !(isOwnedExport(before) || (before.kind === 'directory' && before.empty))) inTheWay(previous, root);
  if (inspect(exportDir).kind === 'absent') {
    if (isCompleteExport(staged)) renameSync(staging, exportDir);
    else if (isOwnedExport(before)) renameSync(previous, exportDir);
  }
  // The previous export goes only once an export of adg's is in place (or it is empty): a file the
  // user put at the export path meanwhile is refused next, and the previous export waits beside it.
  if (existsSync(previous) && (before.empty || isOwnedExport(inspect(exportDir)))) removeExport(previous);
  if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
}

/** Removes an export adg wrote, file by file and its manifest last: a kill midway leaves it recognisably adg's. */
function removeExport(dir: string): void {
  const entries = readdirSync(dir);
  for (const name of entries.filter((e) => !isBookkeeping(e))) unlinkSync(join(dir, name));
  crashPoint('export:removing-previous');
  for (const name of entries.filter(isBookkeeping)) unlinkSync(join(dir, name));
  rmdirSync(dir);
}

function refuseUnowned(dir: string, root: string): void {
  const found = inspect(dir);
  if (found.kind === 'absent' || isOwnedExport(found)) return;
  throw usageError(`${shown(dir, root)} ${whyNotOurs(found)}`, {}, 'adg replaces only what it wrote itself: choose another --export-dir, or move them away');
}

function whyNotOurs(found: Inspection): string {
  if (found.kind === 'file') return 'is a file, not an export adg wrote';
  if (found.kind === 'symlink') return 'is a symbolic link, not an export adg wrote';
  if (found.foreign.length) return `holds files adg did not write (${listed(found.foreign)})`;
  if (found.changed.length) return `holds files changed since adg wrote them (${listed(found.changed)})`;
  return found.manifest ? 'holds an export adg did not finish' : 'is a directory adg did not make (it has no adg manifest)';
}

function inTheWay(path: string, root: string): never {
  throw usageError(`${shown(path, root)} is in the way: adg uses that name while it exports, but did not write what is there`, {}, 'move it away');
}

/** What an export directory must never hold, each with the files that stand for it. */
function protectedPaths(spec: Spec, root: string, paths: StagePaths): { what: string; paths: string[] }[] {
  const db = (what: string, path: string) => ({ what: `${what} ${shown(path, root)}`, paths: [path, `${path}.wal`] });
  const specFile = resolve(root, spec.file);
  return [
    { what: 'the project root', paths: [root] },
    { what: `the spec ${shown(specFile, root)}`, paths: [specFile] },
    spec.source.kind === 'file'
      ? { what: `the source ${shown(resolve(root, spec.source.path), root)}`, paths: [resolve(root, spec.source.path)] }
      : db('the source database', paths.sourceDb),
    db('the metadata database', paths.metadataDb),
    db('the output database', paths.outputDb),
  ];
}

/** The real path (symlinks resolved) of a path that may not exist yet: its nearest existing ancestor's, plus the rest. */
function realPath(path: string): string {
  const rest: string[] = [];
  for (let p = resolve(path); ; p = dirname(p)) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      if (dirname(p) === p) return resolve(path);
      rest.push(basename(p));
    }
  }
}

function contains(dir: string, path: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** Relative to the project root when inside it, as messages elsewhere show paths. */
function shown(path: string, root: string): string {
  const r = relative(root, path);
  return r === '' ? '.' : r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r) ? path : r;
}

function listed(names: readonly string[]): string {
  const sorted = [...names].sort();
  return sorted.length > 5 ? `${sorted.slice(0, 5).join(', ')} and ${sorted.length - 5} more` : sorted.join(', ');
}
