// Export files: written into a staging directory, completed with a README, then swapped into place,
// so a failed export leaves the previous files untouched.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../compiler/version.js';
import type { Row } from './duckdb.js';

export function stagingDirFor(finalDir: string): string {
  return join(dirname(finalDir), `.${basename(finalDir)}.staging-${process.pid}-${Date.now()}`);
}

export function makeStagingDir(finalDir: string): string {
  const staging = stagingDirFor(finalDir);
  mkdirSync(staging, { recursive: true });
  return staging;
}

/** Moves staging to final; the old final is removed only after the new one is in place. */
export function replaceDir(staging: string, finalDir: string): void {
  const old = existsSync(finalDir) ? `${stagingDirFor(finalDir)}.old` : undefined;
  if (old) renameSync(finalDir, old);
  try {
    renameSync(staging, finalDir);
  } catch (err) {
    if (old) renameSync(old, finalDir);
    throw err;
  }
  if (old) rmSync(old, { recursive: true, force: true });
}

let readmeTemplate: Handlebars.TemplateDelegate | undefined;

/** README.md beside the data: disclaimer and provenance (Markdown, so no HTML escaping). */
export function writeReadme(dir: string, provenance: Row, files: { name: string; format: string }[]): void {
  readmeTemplate ??= Handlebars.compile(readFileSync(join(PACKAGE_ROOT, 'templates', 'export-readme.md.hbs'), 'utf8'), {
    noEscape: true,
    strict: true,
  });
  writeFileSync(join(dir, 'README.md'), readmeTemplate({ ...provenance, files }));
}

export function fileSize(path: string): number {
  return statSync(path).size;
}
