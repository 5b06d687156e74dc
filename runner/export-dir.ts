// The export directory. adg writes only into a path that does not exist, that holds an export adg
// wrote itself (see export-manifest.ts), or that holds nothing but adg's review pack; and never into one
// that is or would hold the project, the spec, the source or a database. A new export is written into a
// staging sibling and swapped in as the very last step. The siblings have fixed names and a lock keeps
// a second writer out, so the next one finishes or rolls back whatever swap a kill interrupted:
//
//   <parent>/<name>                 the export
//   <parent>/<name>/review          the review pack (review-dir.ts): adg's but not the export's, carried
//                                   across every swap; it is swapped the same way, its siblings inside <name>
//   <parent>/.<name>.adg-staging    the next export while it is written (its manifest says complete: false)
//   <parent>/.<name>.adg-previous   the export being replaced, during the swap
//   <parent>/.<name>.adg-lock       the pid of the adg writing the export or its review pack now
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { usageError } from '../compiler/errors.js';
import type { StagePaths } from '../compiler/plan/paths.js';
import type { Spec } from '../compiler/spec/model.js';
import { crashPoint } from './crash.js';
import {
  holdsOnlyReview,
  inspect,
  isBookkeeping,
  isComplete,
  isOwned,
  isReviewEntry,
  markStaging,
  REVIEW,
  sealManifest,
  type Inspection,
  type Kind,
  type Manifest,
} from './export-manifest.js';
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
  refuseUnowned(paths.exportDir, 'export', root);
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
  const { staging } = siblingsOf(exportDir);
  const unlock = lockExportDir(exportDir, root);
  let made = false;
  try {
    refuseUnowned(exportDir, 'export', root);
    mkdirSync(staging);
    made = true;
    markStaging(staging, dataset, 'export');
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
      const files = sealManifest(staging, dataset, 'export');
      crashPoint('export:staged');
      return files;
    },
    swapIn() {
      swapStagedIn(exportDir, 'export', root);
    },
    close() {
      unregister();
      abandon();
    },
  };
}

/**
 * Takes the lock of an export directory, then settles whatever a kill left half done in it; returns the
 * release. The export and its review pack share this one lock (review-dir.ts takes it too), rather than
 * each having its own: an export moves the pack along with it, and each must finish a swap of the other
 * a kill interrupted before it starts its own, so the two must never run at once. A writer takes just
 * this one lock, once, so none can wait on another holding a second: no deadlock. A second writer is
 * refused at once, not made to wait. (Taken again by the process holding it, the lock is taken over:
 * never write the review pack while the same process has an export open.)
 */
export function lockExportDir(exportDir: string, root: string): () => void {
  mkdirSync(dirname(exportDir), { recursive: true });
  const unlock = acquireLock(siblingsOf(exportDir).lock, shown(exportDir, root)).release;
  try {
    // The export first: a kill midway through its swap may have left the review pack in the previous export.
    recoverSwap(exportDir, 'export', root);
    if (inspect(exportDir).kind === 'directory') recoverSwap(join(exportDir, REVIEW), 'review', root);
  } catch (err) {
    unlock();
    throw err;
  }
  return unlock;
}

/**
 * Moves the sealed staging directory of `dir` (an export, or a review pack) into place: the last step of
 * writing it. What it replaces goes aside first and is removed last, once the new one is in place (the
 * review pack moved out of a replaced export into the new one just before).
 */
export function swapStagedIn(dir: string, kind: Kind, root: string): void {
  const { staging, previous } = siblingsOf(dir);
  // The write may have taken a while: a file the user put there meanwhile still stops it.
  refuseUnowned(dir, kind, root);
  const replacing = inspect(dir, kind).kind !== 'absent';
  if (replacing) {
    renameSync(dir, previous);
    crashPoint(`${kind}:moved-aside`);
  }
  try {
    renameSync(staging, dir);
  } catch (err) {
    if (replacing) renameSync(previous, dir);
    throw err;
  }
  crashPoint(`${kind}:moved-in`);
  try {
    if (replacing) retire(previous, dir, kind, root);
  } catch {
    // The new one is in place, so the write succeeded; the next one moves or removes what is left (see recoverSwap).
  }
}

/**
 * Refuses a path adg may not replace: anything but an unchanged directory of this kind that adg wrote
 * (or, for an export, one holding nothing but the review pack). The review pack inside an export must
 * be adg's too: both the export and the review writer refuse one the user changed.
 */
export function refuseUnowned(dir: string, kind: Kind, root: string): void {
  const found = inspect(dir, kind);
  if (found.kind !== 'absent' && !isOwned(found, kind) && !(kind === 'export' && holdsOnlyReview(found))) {
    throw usageError(`${shown(dir, root)} ${whyNotOurs(found, kind)}`, {}, HINTS[kind]);
  }
  // The pack's own swap leftovers are settled under the lock (lockExportDir), before this is asked again.
  if (found.pack.includes(REVIEW)) refuseUnowned(join(dir, REVIEW), 'review', root);
}

/**
 * After a kill, at any point of a swap (of an export, or of the review pack inside it):
 *
 * | found                                       | killed                              | recovery                 |
 * |---------------------------------------------|-------------------------------------|--------------------------|
 * | staging, not sealed                         | while writing                       | remove staging           |
 * | staging sealed, nothing in place            | between moving aside and moving in  | move staging in          |
 * | previous, nothing in place, staging not sealed | (cannot happen: sealed before)   | move previous back       |
 * | in place and previous                       | after moving in, or while removing  | remove previous          |
 * | staging sealed, in place                    | before the swap                     | remove staging           |
 *
 * An export's previous directory gives up the review pack to the export in place before it is removed:
 * the pack is only ever renamed, never removed, so it is whole wherever a kill left it. Only directories
 * that carry adg's manifest of the kind (or hold nothing else, or, as the previous export, nothing but
 * the review pack) are moved or removed.
 */
function recoverSwap(dir: string, kind: Kind, root: string): void {
  const { staging, previous } = siblingsOf(dir);
  const staged = inspect(staging, kind);
  const before = inspect(previous, kind);
  const replaceable = (i: Inspection) => isOwned(i, kind) || (kind === 'export' && holdsOnlyReview(i));
  if (staged.kind !== 'absent' && !(staged.kind === 'directory' && (staged.manifest?.kind === kind || staged.empty))) inTheWay(staging, root);
  if (before.kind !== 'absent' && !(replaceable(before) || (before.kind === 'directory' && before.empty))) inTheWay(previous, root);
  if (inspect(dir, kind).kind === 'absent') {
    if (isComplete(staged, kind)) renameSync(staging, dir);
    else if (replaceable(before)) renameSync(previous, dir);
  }
  // The previous one goes only once one of adg's is in place (or it is empty): a file the user put at
  // the path meanwhile is refused next, and the previous one waits beside it.
  if (existsSync(previous) && (before.empty || isOwned(inspect(dir, kind), kind))) retire(previous, dir, kind, root);
  if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
}

/** Removes what a swap replaced, the new one being in place; out of a replaced export, the review pack moves into the new one first. */
function retire(previous: string, dir: string, kind: Kind, root: string): void {
  if (kind === 'export') {
    carryReview(previous, dir, root);
    crashPoint('export:carried-review');
  }
  removeOwned(previous, kind);
}

/** Renames the review pack (and whatever a kill left of its own swap) from one export directory into another: same filesystem, nothing copied. */
function carryReview(from: string, to: string, root: string): void {
  for (const name of inspect(from).pack) {
    const target = join(to, name);
    if (inspect(target, 'review').kind !== 'absent') {
      throw usageError(`cannot move ${shown(join(from, name), root)} back into the export: ${shown(target, root)} is there too`, {}, 'adg removes neither: move away the one you do not want');
    }
    renameSync(join(from, name), target);
  }
}

/** Removes a directory adg wrote, file by file and its manifest last: a kill midway leaves it recognisably adg's. */
function removeOwned(dir: string, kind: Kind): void {
  const entries = readdirSync(dir);
  // An export's review pack is never removed with it: it was carried out first, and were it still there, rmdir would fail and keep it.
  for (const name of entries.filter((e) => !isBookkeeping(e) && !(kind === 'export' && isReviewEntry(e)))) unlinkSync(join(dir, name));
  crashPoint(`${kind}:removing-previous`);
  for (const name of entries.filter(isBookkeeping)) unlinkSync(join(dir, name));
  rmdirSync(dir);
}

const NAMED: Record<Kind, string> = { export: 'an export', review: 'a review pack' };

const HINTS: Record<Kind, string> = {
  export: 'adg replaces only what it wrote itself: choose another --export-dir, or move them away',
  review: 'adg replaces only what it wrote itself: move the review directory away, and adg review writes the pack afresh',
};

function whyNotOurs(found: Inspection, kind: Kind): string {
  const what = NAMED[kind];
  if (found.kind === 'file') return `is a file, not ${what} adg wrote`;
  if (found.kind === 'symlink') return `is a symbolic link, not ${what} adg wrote`;
  if (found.manifest && found.manifest.kind !== kind) return `is ${NAMED[found.manifest.kind]} adg wrote, not ${what}`;
  if (found.foreign.length) return `holds files adg did not write (${listed(found.foreign)})`;
  if (found.changed.length) return `holds files changed since adg wrote them (${listed(found.changed)})`;
  return found.manifest ? `holds ${what} adg did not finish` : 'is a directory adg did not make (it has no adg manifest)';
}

function inTheWay(path: string, root: string): never {
  throw usageError(`${shown(path, root)} is in the way: adg uses that name while it swaps in an export or a review pack, but did not write what is there`, {}, 'move it away');
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
