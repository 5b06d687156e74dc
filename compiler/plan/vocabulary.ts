// A vocabulary table (e.g. OMOP concept): reference data with no personal data, copied verbatim and in
// bulk by the engine. It travels the same road as metadata, so generate still reads nothing but the
// released scope: scrape copies it beside the metadata (which records its row count), release copies
// it into the released scope with the metadata, generate copies it into the output, and QA checks the
// output holds exactly the released rows.
import { cast, col, column, count, eq, from, int, op, scalar, select, star, sub, text, unionAll, type Query, type Section, type TableRef } from '../ir.js';
import type { GenerationView } from './generate.js';
import type { Spec } from '../spec/model.js';
import { literalRows, sourceFrom } from './common.js';
import { rounded } from './suppress.js';
import { METADATA_COLUMNS } from './metadata.js';
import { scopeSetup, SOURCE_CATALOG, TEMP, tablesOf } from './names.js';
import type { StagePlaces } from './paths.js';

/** The metadata of a vocabulary: its row count (not suppressed: no row is about a person) and what it depends on. */
function vocabularyMetadata(spec: Spec, rows: Query): Query {
  const described = literalRows(
    METADATA_COLUMNS.map(([name, type]) => [name, type] as const),
    [[0, null, 'dataset', 'depends_on', null, spec.scrapeHash, null, null, null, null]],
  );
  const counted = select(
    METADATA_COLUMNS.map(([name, type]) => {
      if (name === 'ordinal') return column(int(0), name);
      if (name === 'kind') return column(text('vocabulary'), name);
      if (name === 'stat') return column(text('rows'), name);
      // Rounded like every published count, so the review's suppression check holds for it too.
      if (name === 'n_rows') return column(rounded(scalar(select([column(count())], { from: sub(rows, 'v') })), int(spec.policy.roundTo)), name);
      return column({ k: 'null', type }, name);
    }),
  );
  return unionAll([counted, described]);
}

export function vocabularyScrapeSections(spec: Spec, places: StagePlaces, readsFiles: boolean): Section[] {
  const t = tablesOf(spec.dataset, places);
  const rows = select([column(star)], { from: sourceFrom(spec, places.source, readsFiles) });
  return [
    ...(spec.source.kind === 'table' || !readsFiles ? scopeSetup(places.source, 'read', SOURCE_CATALOG, 'the source database') : []),
    ...scopeSetup(places.metadata, 'write', SOURCE_CATALOG, 'the metadata'),
    {
      title: 'Copy the vocabulary verbatim beside its metadata (its row count), replacing both atomically',
      note: 'A vocabulary holds no personal data: it is copied whole, in bulk, by the engine, and reviewed and released with the metadata.',
      statement: { k: 'replace', tables: [{ target: t.metadata, query: vocabularyMetadata(spec, rows) }, { target: t.vocabulary, query: rows }] },
    },
    { title: 'Rows copied (as published)', statement: { k: 'result', name: 'vocabulary_rows', query: select([column(col('n_rows'))], { from: from(t.metadata), where: eq(col('stat'), text('rows')) }) } },
  ];
}

/** A vocabulary: the released copy into the output, verbatim, with its provenance. */
export function vocabularyGenerateSections(view: GenerationView, places: StagePlaces, provenance: Query): Section[] {
  const t = tablesOf(view.dataset, places);
  return [
    {
      title: 'Rows: those of the released vocabulary',
      statement: { k: 'createTable', table: TEMP.plan, temp: true, query: select([column(count(), 'n')], { from: from(t.releasedVocabularyRead) }) },
    },
    {
      title: 'Copy the released vocabulary into the output verbatim; replace it and its provenance atomically',
      note: 'A vocabulary holds no personal data: the engine copies it whole.',
      statement: {
        k: 'replace',
        tables: [
          { target: t.output, query: select([column(star)], { from: from(t.releasedVocabularyRead) }) },
          { target: t.provenance, query: provenance },
          // No fields: an empty summary of the same shape.
          {
            target: t.fieldSummary,
            query: literalRows(
              [['ordinal', 'bigint'], ['field', 'text'], ['kind', 'text'], ['items', 'bigint'], ['non_null_items', 'bigint'], ['bins', 'bigint'], ['suppressed', 'text'], ['decimals', 'text']],
              [],
            ),
          },
        ],
      },
    },
    {
      title: 'Summary: rows copied',
      statement: { k: 'result', name: 'generate_summary', query: select([column(int(0), 'ordinal'), column(text('(vocabulary)'), 'field'), column(text('vocabulary'), 'kind'), column(int(0), 'items'), column(col('n'), 'rows')], { from: from(TEMP.plan) }) },
    },
  ];
}

/** QA: the output holds exactly the released rows (both differences, with multiplicity, are empty). */
export function vocabularyDifference(released: TableRef, output: TableRef): Query {
  const all = (t: TableRef) => select([column(star)], { from: from(t) });
  const missing = { k: 'union' as const, parts: [all(released), all(output)], except: true };
  const extra = { k: 'union' as const, parts: [all(output), all(released)], except: true };
  const counted = (q: Query) => scalar(select([column(count())], { from: sub(q, 'd') }));
  return select([column(cast(op('+', counted(missing), counted(extra)), 'bigint'), 'differing')]);
}

