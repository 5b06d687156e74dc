// Names of the tables and attached databases a compiled program uses. Spec-derived names are only ever
// printed through the dialect's quoting; dataset names are also restricted to snake_case by the schema.
import { table, type Section, type TableRef } from '../ir.js';
import type { Scope, StagePlaces } from './paths.js';

/** Catalog aliases under which the other databases are attached (DuckDB ATTACH ... AS). */
export const SOURCE_CATALOG = 'adg_source';
export const METADATA_CATALOG = 'adg_metadata';
export const RELEASED_CATALOG = 'adg_released';

/** The releases log, in the released scope: one row per sign-off, shared by every dataset released there. */
export const RELEASES_LOG = 'adg_releases';

/** A table of a scope: in a schema, or in a database file attached under an alias (none: the stage's own file). */
function inScope(scope: Scope | undefined, alias: string | undefined, name: string): TableRef {
  return scope?.kind === 'schema' ? table(name, undefined, scope.name) : table(name, alias);
}

/**
 * The tables a dataset's stages write and read, each as the stage that uses it sees it (its own
 * database file, or one attached under an alias); without places, bare names (as the runner's
 * catalog sees them).
 */
export function tablesOf(dataset: string, places?: StagePlaces) {
  const attached = (scope: Scope | undefined, alias: string, name: string) => inScope(scope, places ? alias : undefined, name);
  return {
    /** Published, suppressed metadata, as scrape writes it and review reads it. */
    metadata: inScope(places?.metadata, undefined, `${dataset}_metadata`),
    /** The same table as release reads it (attached read-only). */
    reviewedMetadata: attached(places?.metadata, METADATA_CATALOG, `${dataset}_metadata`),
    /** The copy release writes into the released scope, and the log of sign-offs. */
    released: inScope(places?.released, undefined, `${dataset}_metadata`),
    releases: inScope(places?.released, undefined, RELEASES_LOG),
    /** The same two as generate, qa and review read them (attached read-only): generate's only input. */
    releasedMetadata: attached(places?.released, RELEASED_CATALOG, `${dataset}_metadata`),
    releasedLog: attached(places?.released, RELEASED_CATALOG, RELEASES_LOG),
    /** A vocabulary table's verbatim copy: in the metadata scope (scrape), released (release), and as generate reads it. */
    vocabulary: inScope(places?.metadata, undefined, `${dataset}_vocabulary`),
    reviewedVocabulary: attached(places?.metadata, METADATA_CATALOG, `${dataset}_vocabulary`),
    releasedVocabulary: inScope(places?.released, undefined, `${dataset}_vocabulary`),
    releasedVocabularyRead: attached(places?.released, RELEASED_CATALOG, `${dataset}_vocabulary`),
    /** Artificial rows and their provenance (output scope). */
    output: inScope(places?.output, undefined, dataset),
    provenance: inScope(places?.output, undefined, `${dataset}_provenance`),
    /** Per field: items published and suppressed, as released (what the export README reports). */
    fieldSummary: inScope(places?.output, undefined, `${dataset}_fields`),
    /** QA verdicts on the output, bound to its provenance: export refuses output without a clean one. */
    qa: inScope(places?.output, undefined, `${dataset}_qa`),
  } satisfies Record<string, TableRef>;
}

/**
 * What a stage runs before it touches a scope: a database file it reads is attached read-only; a
 * schema it writes is created if missing. (Its own file, and schemas it only reads, need nothing.)
 */
export function scopeSetup(scope: Scope, use: 'read' | 'write', alias: string, what: string): Section[] {
  if (scope.kind === 'file') {
    return use === 'read' ? [{ title: `Attach ${what} read-only`, statement: { k: 'attach', path: scope.path, alias, readOnly: true } }] : [];
  }
  return use === 'write' ? [{ title: `Create the schema of ${what} if it is missing`, statement: { k: 'createSchema', name: scope.name } }] : [];
}

/** On an engine that does not read files, a file source is read from the table `adg load` made of it. */
export const loadedSourceTable = (dataset: string) => `${dataset}_source`;

/** Scratch tables: TEMP where the engine has them, so raw counts live only in the session (see Dialect.dropScratch). */
export const TEMP = {
  source: table('adg_source'),
  raw: table('adg_raw'),
  fields: table('adg_fields'),
  candidates: table('adg_candidates'),
  rawBins: table('adg_raw_bins'),
  grid: table('adg_grid'),
  gridded: table('adg_gridded'),
  outer: table('adg_outer_edges'),
  entityValues: table('adg_entity_values'),
  rawCardinality: table('adg_raw_cardinality'),
  cardinalityBands: table('adg_cardinality_bands'),
  rareBands: table('adg_rare_bands'),
  disagreements: table('adg_disagreements'),
  entities: table('adg_entities'),
  entityPlan: table('adg_entity_plan'),
  pool: table('adg_pool'),
  stableCuts: table('adg_stable_cuts'),
  plan: table('adg_plan'),
  items: table('adg_items'),
  alias: table('adg_alias'),
  fieldLists: table('adg_field_lists'),
  lists: table('adg_lists'),
  blocks: table('adg_blocks'),
  specFields: table('adg_spec_fields'),
  findings: table('adg_findings'),
  qaCounts: table('adg_qa_counts'),
  qaItems: table('adg_qa_items'),
  releasedHash: table('adg_released_hash'),
};

/** Every scratch table name a stage may make: what a backend removes after any stage, failed or not. */
export const SCRATCH_TABLES: readonly string[] = Object.values(TEMP).map((t) => t.name);
