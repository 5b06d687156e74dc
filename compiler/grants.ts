// 00_grants.sql: the administrator's script that makes a warehouse enforce the scopes with its own
// privileges (the access plan of compiler/plan/grants.ts, printed by the dialect). Pure like the stage
// programs: generated/ holds it and `adg check` compares it. None for an engine without grants (DuckDB).
import type { Dialect } from '../dialects/dialect.js';
import { accessPlan } from './plan/grants.js';
import { describeScope, partPlaces, type StagePlaces } from './plan/paths.js';
import { commentText, wrapComment } from './print.js';
import type { Spec } from './spec/model.js';

export const GRANTS_FILE = '00_grants.sql';

export interface GrantsOptions {
  readonly dialect: Dialect;
  readonly places: StagePlaces;
  readonly toolVersion: string;
}

export function compileGrants(spec: Spec, { dialect, places, toolVersion }: GrantsOptions): { readonly file: string; readonly text: string } | undefined {
  if (!dialect.grants) return undefined;
  if (spec.parts) {
    // Each table's grants in turn (each is idempotent, and the scopes are shared).
    const texts = spec.parts.map((part) => compileGrants(part, { dialect, places: partPlaces(places, part.table!), toolVersion })!.text);
    return { file: GRANTS_FILE, text: texts.join('\n') };
  }
  const plan = accessPlan(spec, places);
  const steps = dialect.grants(plan);
  const header = [
    `-- adg ${commentText(toolVersion)}: roles and grants of dataset "${spec.dataset}", ${dialect.title} dialect.`,
    `-- Compiled from ${commentText(spec.file)} (spec sha256 ${spec.hash.slice(0, 16)}); do not edit, run \`adg compile\`.`,
    ...wrapComment(
      commentText(
        `Keeps the scopes apart with the engine's own privileges: the scraper (scrape) alone reads the source and writes ${describeScope(places.metadata)}; ` +
          `the releaser (review, release) reads that and writes ${describeScope(places.released)}; the generator (generate, qa, export) reads that and writes ${describeScope(places.output)}. ` +
          'An administrator runs it once, and again after a scope or the source changes: running it again changes nothing.',
      ),
    ),
  ];
  const body = steps.map((s, i) =>
    [`-- [${i + 1}/${steps.length}] ${commentText(s.title)}`, ...(s.note ? wrapComment(commentText(s.note)) : []), s.statements.map((sql) => `${sql};`).join('\n\n')].join('\n'),
  );
  return { file: GRANTS_FILE, text: [...header, '', body.join('\n\n'), ''].join('\n') };
}
