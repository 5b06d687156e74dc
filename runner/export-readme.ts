// README.md beside exported files: the disclaimer, the suppression policy the data went through (with
// any override and its reason) and the provenance. Markdown, so no HTML escaping; every value is
// escaped for Markdown instead, since a spec's file name or a reason is free text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { commentText } from '../compiler/print.js';
import { PACKAGE_ROOT } from '../compiler/version.js';
import type { Row } from './duckdb.js';

let readmeTemplate: Handlebars.TemplateDelegate | undefined;

/** Text that stays on its line and in its table cell, shows no markup and cannot reorder what follows. */
export function markdownText(value: string): string {
  return commentText(value).replaceAll('|', '\\|').replaceAll('`', "'").replaceAll('<', '&lt;');
}

function escaped(value: unknown): unknown {
  if (typeof value === 'string') return markdownText(value);
  if (Array.isArray(value)) return value.map(escaped);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escaped(v)]));
  return value;
}

/** The dataset policy as generate recorded it (JSON from the released metadata). */
function policyOf(provenance: Row): Record<string, unknown> | undefined {
  if (typeof provenance.policy !== 'string') return undefined;
  const policy = JSON.parse(provenance.policy) as Record<string, unknown>;
  return { ...policy, counted: policy.count === 'entities' ? 'distinct people' : 'records' };
}

export function writeReadme(dir: string, provenance: Row, files: { name: string; format: string }[]): void {
  readmeTemplate ??= Handlebars.compile(readFileSync(join(PACKAGE_ROOT, 'templates', 'export-readme.md.hbs'), 'utf8'), {
    noEscape: true,
    strict: false,
  });
  const context = { ...provenance, policy: policyOf(provenance), files };
  writeFileSync(join(dir, 'README.md'), readmeTemplate(escaped(context)));
}
