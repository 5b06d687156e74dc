// The manifest adg leaves in every directory it exports to: which files it wrote, with the size and
// mtime each had. It is adg's proof of ownership: a directory is replaced or removed only while it
// holds exactly what its manifest lists, unchanged, so nothing a user put or edited there is lost.
import { lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOOL_VERSION } from '../compiler/version.js';

export const MANIFEST = '.adg-manifest.json';
/** The manifest is written here first and renamed over MANIFEST, so a kill never leaves half of one. */
const MANIFEST_TMP = `${MANIFEST}.tmp`;
const BOOKKEEPING = new Set([MANIFEST, MANIFEST_TMP]);

const ManifestSchema = z.object({
  tool: z.literal('adg'),
  version: z.string(),
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
  /** Entries neither listed nor adg's bookkeeping, or every entry when there is no manifest. */
  readonly foreign: readonly string[];
  /** Listed entries whose size or mtime differ from the manifest (or that are no longer files). */
  readonly changed: readonly string[];
  /** Listed files that are gone. */
  readonly missing: readonly string[];
  /** Nothing in the directory but adg's bookkeeping (a kill before the first file was written). */
  readonly empty: boolean;
}

export function inspect(dir: string): Inspection {
  const none = { foreign: [], changed: [], missing: [], empty: false };
  let kind: Inspection['kind'];
  try {
    const stat = lstatSync(dir);
    kind = stat.isSymbolicLink() ? 'symlink' : stat.isDirectory() ? 'directory' : 'file';
  } catch {
    return { kind: 'absent', ...none };
  }
  if (kind !== 'directory') return { kind, ...none };
  const entries = readdirSync(dir);
  const empty = entries.every((e) => BOOKKEEPING.has(e));
  const manifest = readManifest(dir);
  if (!manifest) return { kind, ...none, empty, foreign: entries.filter((e) => !BOOKKEEPING.has(e)) };
  const listed = new Map(manifest.files.map((f) => [f.name, f]));
  const foreign = entries.filter((e) => !BOOKKEEPING.has(e) && !listed.has(e));
  const changed = manifest.files.filter((f) => entries.includes(f.name) && !unchanged(join(dir, f.name), f)).map((f) => f.name);
  const missing = manifest.files.filter((f) => !entries.includes(f.name)).map((f) => f.name);
  return { kind, manifest, foreign, changed, missing, empty };
}

/** A complete export adg wrote, every file as it was written (files the user deleted lose nothing). */
export function isOwnedExport(i: Inspection): boolean {
  return i.kind === 'directory' && !!i.manifest?.complete && i.foreign.length === 0 && i.changed.length === 0;
}

/** An export adg wrote that has every one of its files: ready to be swapped in. */
export function isCompleteExport(i: Inspection): boolean {
  return isOwnedExport(i) && i.missing.length === 0;
}

/** Marks a fresh directory as adg's staging directory before anything else is written into it. */
export function markStaging(dir: string, dataset: string): void {
  writeManifest(dir, { tool: 'adg', version: TOOL_VERSION, dataset, complete: false, files: [] });
}

/** Lists every file in the directory with its size and mtime: the last write of an export. */
export function sealExport(dir: string, dataset: string): Manifest['files'] {
  const files = readdirSync(dir)
    .filter((e) => !BOOKKEEPING.has(e))
    .sort()
    .map((name) => {
      const stat = lstatSync(join(dir, name));
      if (!stat.isFile()) throw new Error(`export wrote ${name} that is not a regular file`);
      return { name, size: stat.size, mtimeMs: stat.mtimeMs };
    });
  writeManifest(dir, { tool: 'adg', version: TOOL_VERSION, dataset, complete: true, files });
  return files;
}

/** The manifest and its temporary copy: adg's own files, not part of the export. */
export function isBookkeeping(name: string): boolean {
  return BOOKKEEPING.has(name);
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
