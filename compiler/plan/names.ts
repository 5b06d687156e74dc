// Names of the tables and attached databases a compiled program uses. Spec-derived names are only ever
// printed through the dialect's quoting; dataset names are also restricted to snake_case by the schema.
import { table, type TableRef } from '../ir.js';

/** Catalog aliases under which the other databases are attached (DuckDB ATTACH ... AS). */
export const SOURCE_CATALOG = 'adg_source';
export const METADATA_CATALOG = 'adg_metadata';

export function tablesOf(dataset: string) {
  return {
    /** Published, suppressed metadata (metadata database). */
    metadata: table(`${dataset}_metadata`),
    /** The same table as the generator sees it: attached read-only. */
    releasedMetadata: table(`${dataset}_metadata`, METADATA_CATALOG),
    /** Artificial rows and their provenance (output database). */
    output: table(dataset),
    provenance: table(`${dataset}_provenance`),
    /** Per field: items published and suppressed, as released (what the export README reports). */
    fieldSummary: table(`${dataset}_fields`),
  } satisfies Record<string, TableRef>;
}

/** Scratch tables: TEMP, so raw counts live only in the session's memory, never in a database file. */
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
  plan: table('adg_plan'),
  items: table('adg_items'),
  alias: table('adg_alias'),
  fieldLists: table('adg_field_lists'),
  lists: table('adg_lists'),
  blocks: table('adg_blocks'),
};
