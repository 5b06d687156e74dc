// The manifest adg leaves in every directory it writes as a whole (an export, and the review pack inside
// it): which files it wrote, with the size and mtime each had. It is adg's proof of ownership: a
// directory is replaced or removed only while it holds exactly what its manifest lists, unchanged, so
// nothing a user put or edited there is lost.
import { lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOOL_VERSION } from '../compiler/version.js';

export const MANIFEST = '.adg-manifest.json';
/** The manifest is written here first and renamed over MANIFEST, so a kill never leaves half of one. */
const MANIFEST_TMP = `${MANIFEST}.tmp`;
const BOOKKEEPING = new Set([MANIFEST, MANIFEST_TMP]);

/** What a directory adg owns holds: an export, or the review pack that lives inside one. */
export type Kind = 'export' | 'review';

/** The review pack's name inside an export directory (review-dir.ts writes it). */
export const REVIEW = 'review';
/**
 * Entries of an export directory that belong to its review pack: the pack and the siblings its own swap
 * uses (named as siblingsOf in export-dir.ts names them). They are adg's but not the export's: left out
 * of its manifest, carried across its swap, never removed with it.
 */
const REVIEW_ENTRIES = new Set([REVIEW, `.${REVIEW}.adg-staging`, `.${REVIEW}.adg-previous`]);

const ManifestSchema = z.object({
  tool: z.literal('adg'),
  version: z.string(),
  // Manifests written before review packs existed have no kind: they are exports.
  kind: z.enum(['export', 'review']).default('export'),
  dataset: z.string(),
  /** False while a staging directory is being written: it marks the directory as adg's from the start. */
  complete: z.boolean(),
  files: z.array(z.object({ name: z.string().regex(/^[^/\\]+$/), size: z.number(), mtimeMs: z.number() })),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/** What a path holds, measured against its manifest. */
export interface Inspection {
  readonly kind: 'absent' | 'file' | 'symlink' | 'directory';
  readonly manifest?: Manifest;
  /** Entries neither listed nor adg's bookkeeping nor the review pack, or every such entry when there is no manifest. */
  readonly foreign: readonly string[];
  /** Listed entries whose size or mtime differ from the manifest (or that are no longer files). */
  readonly changed: readonly string[];
  /** Listed files that are gone. */
  readonly missing: readonly string[];
  /** Nothing in the directory but adg's bookkeeping (a kill before the first file was written). */
  readonly empty: boolean;
  /** In an export directory, the review pack's entries (REVIEW_ENTRIES): checked on their own, by review-dir.ts's rules. */
  readonly pack: readonly string[];
}

/** Inspects `dir` as a directory of the given kind: only an export directory sets its review pack aside. */
export function inspect(dir: string, as: Kind = 'export'): Inspection {
  const none = { foreign: [], changed: [], missing: [], empty: false, pack: [] };
  let kind: Inspection['kind'];
  try {
    const stat = lstatSync(dir);
    kind = stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : 'file';
  } catch {
    return { kind: 'absent', ...none };
  }
  if (kind !== 'directory') return { kind, ...none };
  const all = readdirSync(dir);
  const empty = all.every((e) => BOOKKEEPING.has(e));
  const pack = as === 'export' ? all.filter((e) => REVIEW_ENTRIES.has(e)) : [];
  const entries = all.filter((e) => !BOOKKEEPING.has(e) && !pack.includes(e));
  const manifest = readManifest(dir);
  if (!manifest) return { kind, ...none, empty, pack, foreign: entries };
  const listed = new Map(manifest.files.map((f) => [f.name, f]));
  const foreign = entries.filter((e) => !listed.has(e));
  const changed = manifest.files.filter((f) => entries.includes(f.name) && !unchanged(join(dir, f.name), f)).map((f) => f.name);
  const missing = manifest.files.filter((f) => !entries.includes(f.name)).map((f) => f.name);
  return { kind, manifest, foreign, changed, missing, empty, pack };
}

/** A complete directory of this kind adg wrote, every file as it was written (files the user deleted lose nothing). */
export function isOwned(i: Inspection, kind: Kind): boolean {
  return i.kind === 'directory' && i.manifest?.kind === kind && i.manifest.complete && i.foreign.length === 0 && i.changed.length === 0;
}

/** A directory adg wrote that has every one of its files: ready to be swapped in. */
export function isComplete(i: Inspection, kind: Kind): boolean {
  return isOwned(i, kind) && i.missing.length === 0;
}

/** An export directory holding nothing but adg's review pack (a review before the first export): an export may go there. */
export function holdsOnlyReview(i: Inspection): boolean {
  return i.kind === 'directory' && !i.manifest && i.foreign.length === 0 && i.pack.length > 0;
}

/** Marks a fresh directory as adg's staging directory before anything else is written into it. */
export function markStaging(dir: string, dataset: string, kind: Kind): void {
  writeManifest(dir, { tool: 'adg', version: TOOL_VERSION, kind, dataset, complete: false, files: [] });
}

/** Lists every file in the directory (an export's review pack aside) with its size and mtime: the last write. */
export function sealManifest(dir: string, dataset: string, kind: Kind): Manifest['files'] {
  const files = readdirSync(dir)
    .filter((e) => !BOOKKEEPING.has(e) && !(kind === 'export' && REVIEW_ENTRIES.has(e)))
    .sort()
    .map((name) => {
      const stat = lstatSync(join(dir, name));
      if (!stat.isFile()) throw new Error(`${kind} wrote ${name} that is not a regular file`);
      return { name, size: stat.size, mtimeMs: stat.mtimeMs };
    });
  writeManifest(dir, { tool: 'adg', version: TOOL_VERSION, kind, dataset, complete: true, files });
  return files;
}

/** The manifest and its temporary copy: adg's own files, not part of what it wrote. */
export function isBookkeeping(name: string): boolean {
  return BOOKKEEPING.has(name);
}

/** An entry of an export directory that belongs to its review pack. */
export function isReviewEntry(name: string): boolean {
  return REVIEW_ENTRIES.has(name);
}

function writeManifest(dir: string, manifest: Manifest): void {
  writeFileSync(join(dir, MANIFEST_TMP), `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(join(dir, MANIFEST_TMP), join(dir, MANIFEST));
}

function readManifest(dir: string): Manifest | undefined {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function unchanged(path: string, file: Manifest['files'][number]): boolean {
  const stat = lstatSync(path);
  return stat.isFile() && stat.size === file.size && stat.mtimeMs === file.mtimeMs;
}
