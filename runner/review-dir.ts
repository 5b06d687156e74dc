// The review pack: what `adg review` (and then `adg qa`) writes for a reviewer, in <export dir>/review.
// adg owns it as a whole, as it owns the export around it, and proves it the same way (a manifest, see
// export-manifest.ts). It is written into a staging sibling inside the export directory and swapped in,
// so after a kill there is the old pack or the new one, whole, never a mix; the next write (or export)
// finishes or rolls back the swap. It is always written as a complete set: adding qa.json means passing
// every file again. It may come before any export (the export directory then holds only the pack), and
// every export carries it across its own swap untouched.
//
//   <export dir>/review                  the pack
//   <export dir>/.review.adg-staging     the next pack while it is written
//   <export dir>/.review.adg-previous    the pack being replaced, during the swap
//
// It takes the export directory's lock, not one of its own: see lockExportDir for why.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crashPoint } from './crash.js';
import { lockExportDir, refuseUnowned, siblingsOf, swapStagedIn } from './export-dir.js';
import { inspect, isBookkeeping, isOwned, markStaging, REVIEW, sealManifest } from './export-manifest.js';

/**
 * Writes `files` (name -> content; a file whose content is undefined is left out) as the whole review pack at `reviewDir` (<export dir>/review) in place
 * of the previous one, creating the export directory if there is none yet. Refuses a review directory
 * the user made, added to or changed. The export directory itself is the caller's to check, as export
 * checks it (checkExportTarget: it must not hold the project, the spec, the source or a database).
 *
 * Synchronous from lock to release, so Ctrl-C cannot land midway; only a kill can, and the next write
 * or export recovers from it.
 */
export function writeReviewPack<Files extends { readonly [K in keyof Files]?: string }>(
  reviewDir: string,
  dataset: string,
  files: Files,
  root: string,
): { path: string; bytes: number }[] {
  if (basename(reviewDir) !== REVIEW) throw new Error(`a review pack is written to <export dir>/${REVIEW}, not ${reviewDir}`);
  const contents = Object.entries(files).filter((e): e is [string, string] => typeof e[1] === 'string');
  for (const [name] of contents) {
    if (!/^[^/\\]+$/.test(name) || name === '.' || name === '..' || isBookkeeping(name)) throw new Error(`${name} cannot be a file of the review pack`);
  }
  const exportDir = dirname(reviewDir);
  const { staging } = siblingsOf(reviewDir);
  const unlock = lockExportDir(exportDir, root);
  let made = false;
  try {
    // A file or a link where the export directory should be is refused, as export refuses it.
    const around = inspect(exportDir).kind;
    if (around === 'file' || around === 'symlink') refuseUnowned(exportDir, 'export', root);
    refuseUnowned(reviewDir, 'review', root);
    mkdirSync(exportDir, { recursive: true });
    mkdirSync(staging);
    made = true;
    markStaging(staging, dataset, 'review');
    for (const [name, content] of contents) writeFileSync(join(staging, name), content);
    crashPoint('review:writing');
    const sizes = new Map(sealManifest(staging, dataset, 'review').map((f) => [f.name, f.size]));
    crashPoint('review:staged');
    swapStagedIn(reviewDir, 'review', root);
    return contents.map(([name]) => ({ path: join(reviewDir, name), bytes: sizes.get(name) ?? 0 }));
  } finally {
    // Gone already once swapped in; otherwise it is adg's alone while the lock is held.
    if (made) rmSync(staging, { recursive: true, force: true });
    unlock();
  }
}

/**
 * A file of the review pack as adg wrote it (review.json, for the caller to parse). Undefined when there
 * is no pack, no such file in it, or the pack is no longer as adg wrote it (writeReviewPack then says
 * why), and while a kill has left the pack mid-swap (the next write puts it back).
 */
export function readReviewFile(reviewDir: string, name: string): string | undefined {
  const found = inspect(reviewDir, 'review');
  if (!isOwned(found, 'review') || !found.manifest?.files.some((f) => f.name === name) || found.missing.includes(name)) return undefined;
  try {
    return readFileSync(join(reviewDir, name), 'utf8');
  } catch {
    // Another adg swapped the pack between the look and the read.
    return undefined;
  }
}
