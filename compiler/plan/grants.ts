// Who may do what, where: the access plan a warehouse enforces with roles and grants (00_grants.sql).
// Three roles, each writing one scope and reading only the one before it, so a stage cannot reach past
// its neighbour even if its SQL tried: the scraper alone reads the source and writes the metadata; the
// releaser reads the metadata and writes the released copy and its log; the generator reads the released
// copy and writes the output. Each dialect prints the plan in its own terms (Dialect.grants).
import { usageError } from '../errors.js';
import type { Stage } from '../ir.js';
import type { Spec } from '../spec/model.js';
import { loadedSourceTable, RELEASES_LOG } from './names.js';
import type { Scope, StagePlaces } from './paths.js';

/** The run log each stage appends to in the scope it writes (runner/runlog.ts). */
const RUN_LOG = 'adg_runs';

export type AccessRole = 'scraper' | 'releaser' | 'generator';
export const ACCESS_ROLES: readonly AccessRole[] = ['scraper', 'releaser', 'generator'];

/** The stages each role runs. */
export const ROLE_STAGES: Readonly<Record<AccessRole, readonly Stage[]>> = {
  scraper: ['scrape'],
  releaser: ['review', 'release'],
  generator: ['generate', 'qa', 'export'],
};

export interface ScopeAccess {
  readonly scope: 'metadata' | 'released' | 'output';
  readonly schema: string;
  /** What the scope holds, in words (for the administrator). */
  readonly holds: string;
  /** The one role that creates, replaces and appends to tables here, so it owns them. */
  readonly writer: AccessRole;
  /** Roles that read every table here, present and future (the writer's tables). */
  readonly readers: readonly AccessRole[];
}

export interface AccessPlan {
  readonly dataset: string;
  /** The relation scrape reads: the spec's table, or the table adg load made of its file. Read by the scraper only. */
  readonly source: { readonly schema: string; readonly table: string };
  readonly scopes: readonly ScopeAccess[];
}

/** One step of an administrator's script, as a dialect prints it: a title, why, and its statements. */
export interface GrantStep {
  readonly title: string;
  readonly note?: string;
  readonly statements: readonly string[];
}

function schemaName(scope: Scope, what: string, spec: Spec): string {
  if (scope.kind !== 'schema') throw usageError(`the ${what} is a database file, not a schema: grants are for warehouse targets`, { file: spec.file });
  return scope.name;
}

export function accessPlan(spec: Spec, places: StagePlaces): AccessPlan {
  const sourceScope = schemaName(places.source, 'source', spec);
  const source = spec.source.kind === 'file' ? { schema: sourceScope, table: loadedSourceTable(spec.dataset) } : { schema: spec.source.schema ?? sourceScope, table: spec.source.table };
  const scopes: ScopeAccess[] = [
    { scope: 'metadata', schema: schemaName(places.metadata, 'metadata', spec), holds: `the suppressed metadata scrape publishes and its run log (${RUN_LOG})`, writer: 'scraper', readers: ['releaser'] },
    { scope: 'released', schema: schemaName(places.released, 'released metadata', spec), holds: `the metadata a reviewer and an approver signed off, copied by release, and the releases log (${RELEASES_LOG})`, writer: 'releaser', readers: ['generator'] },
    {
      scope: 'output',
      schema: schemaName(places.output, 'output', spec),
      holds: `the artificial table, its provenance, field summary and QA verdicts, and the run log (${RUN_LOG}); export reads it as the generator`,
      writer: 'generator',
      readers: [],
    },
  ];
  // A shared schema would hand one role's grants to another (a reader of the metadata schema would read
  // a source table there too): each scope, and the source, needs a schema of its own.
  const schemas = [source.schema, ...scopes.map((s) => s.schema)];
  const shared = schemas.find((s, i) => schemas.indexOf(s) !== i);
  if (shared !== undefined) {
    throw usageError(`the source and the metadata, released and output scopes share the schema ${JSON.stringify(shared)}`, { file: spec.file }, 'roles keep the scopes apart only when each is a schema of its own: set source_schema, metadata_schema, released_schema and output_schema to four different schemas');
  }
  return { dataset: spec.dataset, source, scopes };
}
