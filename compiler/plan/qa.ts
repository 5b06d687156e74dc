// QA: the artificial table checked against the released metadata, in the engine, before anything is
// published. Blocking: the row count as specified, every value a released value or inside a released
// bin or bucket, excluded columns entirely NULL. Measured for the report: per field, generated against
// released shares (total variation distance and the chi-square statistic). The verdicts go into a table
// bound to the output's provenance, which export requires.
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  double,
  eq,
  fn,
  from,
  inList,
  int,
  isNotNull,
  isNull,
  not,
  nul,
  op,
  agg,
  over,
  scalar,
  select,
  sub,
  text,
  unionAll,
  star,
  type Expr,
  type Query,
  type Section,
  type TableRef,
} from '../ir.js';
import { columnOf, type Field } from '../spec/model.js';
import { entityCount } from './entities.js';
import { derivedExpr } from './structure.js';
import { vocabularyDifference } from './vocabulary.js';
import { temporalKind } from '../spec/types.js';
import { fieldsSection, type GenerationView } from './generate.js';
import { ITEM_STATS } from './metadata.js';
import { RELEASED_CATALOG, scopeSetup, TEMP, tablesOf } from './names.js';
import type { StagePlaces } from './paths.js';
import { keyText } from './scrape.js';

/** QA's checks: the blocking ones are verdicts in the QA table; frequencies are judged by the report. */
export const QA_CHECKS = [
  { id: 'row-count', title: 'Row count as specified', severity: 'blocking', explains: 'The artificial table has exactly the rows the spec asks for (generation.rows, or generation.scale times the released source row count); with entities, exactly the entities asked for, and the rows generate recorded.' },
  { id: 'released-values', title: 'Only released values', severity: 'blocking', explains: 'Every generated value is a released value (categorical, discrete) or lies inside a released bin or bucket (continuous, date); NULL only where a NULL count was released.' },
  { id: 'excluded-null', title: 'Excluded columns are empty', severity: 'blocking', explains: 'Columns the spec excludes are present only as NULLs: nothing of an identifier reaches the output.' },
  { id: 'identifiers', title: 'Identifiers are synthetic and unique', severity: 'blocking', explains: 'Every synthetic identifier matches its pattern (so carries the reserved prefix) and is unique: one per row, or one per entity.' },
  { id: 'ordered-dates', title: 'Dates in order', severity: 'blocking', explains: 'In every row, the non-NULL dates of each declared sequence are in order.' },
  { id: 'derived', title: 'Derived fields equal their expression', severity: 'blocking', explains: 'Every derived value equals its expression recomputed from the row.' },
  { id: 'vocabulary', title: 'Vocabulary copied verbatim', severity: 'blocking', explains: 'A vocabulary table holds exactly the rows released (which are the source\'s), none missing, none added.' },
  { id: 'references', title: 'Foreign keys resolve', severity: 'blocking', explains: "Every foreign key that is not NULL is a key of a row of its parent table's output." },
  {
    id: 'frequencies',
    title: 'Frequencies match the released weights',
    severity: 'warning',
    explains: 'Per field, generated shares against released weights: total variation distance, and a chi-square goodness-of-fit test (a p-value below 0.001 is flagged; with sound sampling it happens once in a thousand fields). Stable fields and ordered dates are plotted but not tested: their rows are not independent draws.',
  },
] as const;

const byField = (name: string) => col(name, 'g');

/** The value generated rows are counted by: the text a released value has, or the number a bin holds. */
function countedKey(f: Field): { value: Expr; num: Expr } {
  const c = col(f.name);
  switch (f.kind) {
    case 'categorical':
      return { value: keyText(f, c), num: nul('double') };
    case 'discrete':
      return { value: keyText(f, cast(c, 'bigint')), num: nul('double') };
    case 'date':
      return { value: keyText(f, { k: 'dateTrunc', unit: f.granularity ?? 'day', arg: c, type: temporalKind(f.type) }), num: nul('double') };
    case 'continuous':
      return { value: nul('text'), num: cast(c, 'double') };
  }
}

export function qaSections(view: GenerationView, places: StagePlaces): Section[] {
  if (view.vocabulary) return vocabularyQaSections(view, places);
  const t = tablesOf(view.dataset, places);
  const released = t.releasedMetadata;
  const sections: Section[] = [
    ...scopeSetup(places.released, 'read', RELEASED_CATALOG, 'the released metadata'),
    ...(places.released.kind === 'file' ? [{ title: 'Close the session to every other file', statement: { k: 'isolate' as const } }] : []),
    fieldsSection(view, 'Fields to check'),
  ];

  // Released items, each with the cell it is compared in: a point mass inside a bin's range is
  // compared with that bin (a value drawn from the bin may equal it), anything else on its own.
  const releasedItems = () =>
    select(
      [
        column(byField('ordinal')),
        column(col('item', 'm')),
        column(col('stat', 'm')),
        column(col('value', 'm')),
        column(col('lo', 'm')),
        column(col('hi', 'm')),
        column(col('n_rows', 'm')),
        column(caseWhen([[eq(byField('kind'), text('continuous')), caseWhen([[eq(col('stat', 'm'), text('value')), fn('coalesce', col('lo', 'm'), cast(col('value', 'm'), 'double'))]])]], nul('double')), 'point'),
        column(sequenceOf(view, byField('ordinal')), 'seq'),
      ],
      {
        from: from(TEMP.fields, 'g'),
        joins: [{ type: 'inner', from: from(released, 'm'), on: and(eq(col('field', 'm'), byField('field')), eq(col('kind', 'm'), byField('kind'))) }],
        where: inList(col('stat', 'm'), ITEM_STATS.map(text)),
      },
    );
  const p = (name: string) => col(name, 'p');
  const b = (name: string) => col(name, 'b');
  const inBins = select([column(p('ordinal')), column(p('item')), column(agg('min', b('item')), 'bin_item')], {
    from: sub(releasedItems(), 'p'),
    joins: [{ type: 'inner', from: sub(releasedItems(), 'b'), on: and(eq(b('ordinal'), p('ordinal')), eq(b('stat'), text('bin')), op('>=', p('point'), b('lo')), op('<', p('point'), b('hi'))) }],
    groupBy: [p('ordinal'), p('item')],
  });
  const x = (name: string) => col(name, 'x');
  const items = select([...['ordinal', 'item', 'stat', 'value', 'lo', 'hi', 'n_rows', 'point', 'seq'].map((name) => column(col(name, 'i'))), column(fn('coalesce', x('bin_item'), col('item', 'i')), 'cell')], {
    from: sub(releasedItems(), 'i'),
    joins: [{ type: 'left', from: sub(inBins, 'x'), on: and(eq(x('ordinal'), col('ordinal', 'i')), eq(x('item'), col('item', 'i'))) }],
  });
  sections.push(
    { title: 'Released items of every field, each with the cell it is compared in', statement: { k: 'createTable', table: TEMP.qaItems, temp: true, query: items } },
    {
      title: 'Generated rows per distinct value of every field, matched to the released cell they fall in (none: outside the release)',
      statement: { k: 'createTable', table: TEMP.qaCounts, temp: true, query: generatedCells(view, t.output, places) },
    },
  );

  const cells = cellsQuery();
  const perField = fieldStatsQuery(cells);
  // With entities the rows follow from them: as many as generate recorded, if the entities are as asked.
  const expectedRows = view.generation.per === 'entity'
    ? scalar(select([column(caseWhen([[eq(col('entities'), entityCount(view, released)), col('rows')]], nul('bigint')))], { from: from(t.provenance) }))
    : view.generation.rows !== undefined
      ? int(view.generation.rows)
      : scalar(
          select([column(cast(fn('floor', op('+', op('*', double(view.generation.scale ?? 1), col('n_rows')), double(0.5))), 'bigint'))], {
            from: from(released),
            where: eq(col('stat'), text('rows')),
          }),
        );
  const total = scalar(select([column(count())], { from: from(t.output) }));
  const verdict = (check: string, field: Expr, passed: Expr, measure: Expr, detail: Expr): Query =>
    select([column(text(check), 'check_id'), column(field, 'field'), column(passed, 'passed'), column(cast(measure, 'double'), 'measure'), column(detail, 'detail')]);
  const f = (name: string) => col(name, 'f');
  const excluded = view.columns.flatMap((c) => ('excluded' in c ? [c.excluded.name] : []));
  const verdicts = unionAll([
    verdict('row-count', nul('text'), op('=', fn('coalesce', expectedRows, int(-1)), total), total, op('||', text('expected '), fn('coalesce', cast(expectedRows, 'text'), text(view.generation.per === 'entity' ? '(unknown: the entities differ from those asked for)' : '(unknown: the source row count was not released)')))),
    select([column(text('released-values'), 'check_id'), column(f('field')), column(eq(f('outside'), int(0)), 'passed'), column(cast(f('outside'), 'double'), 'measure'), column(text('generated rows outside the released values, bins and buckets'), 'detail')], {
      from: sub(perField, 'f'),
    }),
    ...excluded.map((name) => {
      const filled = scalar(select([column(count(col(name)))], { from: from(t.output) }));
      return verdict('excluded-null', text(name), eq(filled, int(0)), filled, text('non-NULL values in an excluded column'));
    }),
    ...structureVerdicts(view, t.output, t.provenance, verdict),
    ...view.references.map((r) => {
      const parent = tablesOf(r.parent!.dataset, places).output;
      const orphans = scalar(select([column(count())], { from: from(t.output, 'c'), where: and(isNotNull(col(r.name, 'c')), not({ k: 'exists', query: select([column(int(1))], { from: from(parent, 'p'), where: eq(col(r.parent!.identifier.name, 'p'), col(r.name, 'c')) }) })) }));
      return verdict('references', text(r.name), eq(orphans, int(0)), orphans, text(`keys not found in ${r.table}.${r.field}`));
    }),
  ]);
  sections.push(
    ...recordVerdicts(t, verdicts),
    { title: 'Per field: rows, distance from the released weights, chi-square statistic, NULL shares', statement: { k: 'result', name: 'qa_fields', query: select([column(star)], { from: sub(perField, 'f'), orderBy: [asc(col('ordinal'))] }) } },
    { title: 'Per released cell: released and generated shares, for the plots', statement: { k: 'result', name: 'qa_cells', query: select([column(star)], { from: sub(cells, 'c'), orderBy: [asc(col('ordinal')), asc(col('cell'))] }) } },
    provenanceResult(t, total, expectedRows),
  );
  return sections;
}

/** Per field and distinct generated value: rows, and the released cell it falls in. */
function generatedCells(view: GenerationView, output: TableRef, places: StagePlaces): Query {
  const parts = view.fields.map((f) => {
    const key = countedKey(f);
    return select([column(int(f.ordinal), 'ordinal'), column(sequenceOf(view, int(f.ordinal)), 'seq'), column(col('value'), 'value'), column(col('num'), 'num'), column(count(), 'n')], {
      from: sub(select([column(key.value, 'value'), column(key.num, 'num')], { from: from(output) }), 'o'),
      groupBy: [col('value'), col('num')],
    });
  });
  // A value matches an item by its text; a number matches a point mass, NaN or an infinity by value,
  // or a bin by range; NULL matches the NULL item. One join per way of matching, each keyed by the
  // field (a single join with the ways OR-ed together is a nested loop over every item: minutes on
  // 1,000 fields). Items do not overlap, so each join matches at most one, and those that match share a cell.
  const k = (name: string) => col(name, 'k');
  const item = (as: string, on: Expr) => ({ type: 'left' as const, from: from(TEMP.qaItems, as), on: and(eq(col('ordinal', as), k('ordinal')), on) });
  return select(
    [
      column(k('ordinal')),
      column(k('value')),
      column(k('num')),
      column(k('n')),
      column(fn('coalesce', fn('coalesce', col('cell', 'v'), col('cell', 'z')), fn('coalesce', col('cell', 'p'), col('cell', 'b'))), 'cell'),
      // An ordered date may hold a value another field of its sequence released (ordering moves values
      // within a row); a stable field with a home table, a value that table released for it.
      column(op('or', isNotNull(col('seq', 's')), isNotNull(col('ordinal', 'hm'))), 'in_sequence'),
    ],
    {
      from: sub(unionAll(parts), 'k'),
      joins: [
        {
          type: 'left',
          from: sub(select([column(col('seq')), column(col('value'))], { from: from(TEMP.qaItems), where: and(isNotNull(col('seq')), eq(col('stat'), text('value'))), groupBy: [col('seq'), col('value')] }), 's'),
          on: and(eq(col('seq', 's'), k('seq')), eq(col('value', 's'), k('value'))),
        },
        { type: 'left', from: sub(homeValues(view, places), 'hm'), on: and(eq(col('ordinal', 'hm'), k('ordinal')), eq(col('value', 'hm'), k('value'))) },
        item('v', and(eq(col('stat', 'v'), text('value')), eq(col('value', 'v'), k('value')))),
        item('z', and(eq(col('stat', 'z'), text('null')), isNull(k('value')), isNull(k('num')))),
        item('p', eq(col('point', 'p'), k('num'))),
        item('b', and(eq(col('stat', 'b'), text('bin')), op('>=', k('num'), col('lo', 'b')), op('<', k('num'), col('hi', 'b')))),
      ],
    },
  );
}

/** Per field and released cell: released and generated shares (generated rows outside every cell are cell NULL). */
function cellsQuery(): Query {
  const i = (name: string) => col(name, 'i');
  const releasedCells = select([column(i('ordinal')), column(i('cell')), column(i('n_rows'), 'n_rows')], { from: from(TEMP.qaItems, 'i') });
  const r = (name: string) => col(name, 'r');
  const byCell = select([column(r('ordinal')), column(r('cell')), column(agg('sum', r('n_rows')), 'released')], { from: sub(releasedCells, 'r'), groupBy: [r('ordinal'), r('cell')] });
  const g = select([column(col('ordinal')), column(col('cell')), column(agg('sum', col('n')), 'generated')], { from: from(TEMP.qaCounts), where: isNotNull(col('cell')), groupBy: [col('ordinal'), col('cell')] });
  const c = (name: string) => col(name, 'c');
  const x = (name: string) => col(name, 'x');
  const share = (n: Expr, ordinal: Expr) => op('/', cast(n, 'double'), cast(over('sum', n, [ordinal]), 'double'));
  // The cell's label parts: its own item (a bin, a value or NULL).
  return select(
    [
      column(c('ordinal')),
      column(c('cell')),
      column(col('stat', 'it')),
      column(col('value', 'it')),
      column(col('lo', 'it')),
      column(col('hi', 'it')),
      column(share(c('released'), c('ordinal')), 'released_share'),
      column(fn('coalesce', x('generated'), int(0)), 'generated'),
    ],
    {
      from: sub(byCell, 'c'),
      joins: [
        { type: 'left', from: sub(g, 'x'), on: and(eq(x('ordinal'), c('ordinal')), eq(x('cell'), c('cell'))) },
        { type: 'inner', from: from(TEMP.qaItems, 'it'), on: and(eq(col('ordinal', 'it'), c('ordinal')), eq(col('item', 'it'), c('cell'))) },
      ],
    },
  );
}

/** Per field: generated rows, rows outside the release, TVD and chi-square against released shares, NULL shares. */
function fieldStatsQuery(cells: Query): Query {
  const c = (name: string) => col(name, 'c');
  const g = (name: string) => col(name, 'g');
  // Per field: generated rows, and those outside every released cell. A field with nothing released
  // (every value suppressed) is generated as NULL: that is no violation. Joined, not correlated:
  // Spark resolves no outer reference two subqueries deep.
  const a = (name: string) => col(name, 'a');
  const released = select([column(col('ordinal')), column(count(), 'items')], { from: from(TEMP.qaItems), groupBy: [col('ordinal')] });
  const allowedNull = and(isNull(a('value')), isNull(a('num')), isNull(col('items', 'r')));
  const totals = select(
    [column(a('ordinal')), column(agg('sum', a('n')), 'rows'), column(agg('sum', caseWhen([[and(isNull(a('cell')), not(allowedNull), not(a('in_sequence'))), a('n')]], int(0))), 'outside')],
    { from: from(TEMP.qaCounts, 'a'), joins: [{ type: 'left', from: sub(released, 'r'), on: eq(col('ordinal', 'r'), a('ordinal')) }], groupBy: [a('ordinal')] },
  );
  const rows = col('rows', 't');
  const outside = col('outside', 't');
  const perCell = select(
    [
      column(g('ordinal')),
      column(g('field')),
      column(g('kind')),
      column(c('stat')),
      column(c('released_share')),
      column(c('generated')),
      column(rows, 'rows'),
      column(outside, 'outside'),
    ],
    {
      from: from(TEMP.fields, 'g'),
      joins: [
        { type: 'left', from: sub(cells, 'c'), on: eq(c('ordinal'), g('ordinal')) },
        { type: 'left', from: sub(totals, 't'), on: eq(col('ordinal', 't'), g('ordinal')) },
      ],
    },
  );
  const p = (name: string) => col(name, 'p');
  const n = cast(p('rows'), 'double');
  const observed = op('/', cast(p('generated'), 'double'), n);
  const expected = op('*', n, p('released_share'));
  const diff = op('-', observed, p('released_share'));
  const absolute = caseWhen([[op('<', diff, double(0)), op('-', double(0), diff)]], diff);
  return select(
    [
      column(p('ordinal')),
      column(p('field')),
      column(p('kind')),
      column(agg('max', p('rows')), 'rows'),
      column(agg('max', p('outside')), 'outside'),
      column(op('/', agg('sum', absolute), double(2)), 'tvd'),
      column(agg('sum', caseWhen([[op('>', expected, double(0)), op('/', op('*', op('-', cast(p('generated'), 'double'), expected), op('-', cast(p('generated'), 'double'), expected)), expected)]], double(0))), 'chi_square'),
      column(op('-', count(p('stat')), int(1)), 'degrees_of_freedom'),
      column(agg('sum', caseWhen([[eq(p('stat'), text('null')), p('released_share')]], double(0))), 'null_released'),
      column(agg('sum', caseWhen([[eq(p('stat'), text('null')), observed]], double(0))), 'null_generated'),
    ],
    { from: sub(perCell, 'p'), groupBy: [p('ordinal'), p('field'), p('kind')] },
  );
}

/** Export's gate: QA ran on this very output, and none of its blocking checks failed. */
export function qaGate(view: GenerationView, places: StagePlaces): Section[] {
  const t = tablesOf(view.dataset, places);
  const q = (name: string) => col(name, 'q');
  const checked = select([column(int(1))], { from: from(t.qa, 'q'), joins: [{ type: 'inner', from: from(t.provenance, 'pv'), on: eq(q('generated_at'), col('generated_at', 'pv')) }] });
  return [
    {
      title: 'QA must have checked this output',
      statement: {
        k: 'assert',
        failWhen: not({ k: 'exists', query: checked }),
        message: `${view.file}: QA has not checked this output (it was generated after the last adg qa). Run adg qa ${view.file}, then export.`,
      },
    },
    {
      title: 'No blocking QA check may fail',
      statement: {
        k: 'assert',
        failWhen: { k: 'exists', query: select([column(int(1))], { from: from(t.qa, 'q'), where: not(q('passed')) }) },
        message: `${view.file}: export refused: blocking QA checks fail on this output. Run adg qa ${view.file} to see them in the report.`,
      },
    },
  ];
}

/** The sequence of ordered dates a field is in, as the ordinal of its first field (NULL: none). */
function sequenceOf(view: GenerationView, ordinal: Expr): Expr {
  const ordinalOf = (name: string) => view.fields.find((f) => f.name === name)!.ordinal;
  const whens = view.orderedDates.flatMap((seq) => seq.map((name) => [eq(ordinal, int(ordinalOf(name))), int(ordinalOf(seq[0]!))] as const));
  return whens.length ? caseWhen(whens, nul('bigint')) : nul('bigint');
}

/** Verdicts on what generate builds around the sampled values: identifiers, ordered dates, derived fields. */
function structureVerdicts(view: GenerationView, output: TableRef, provenance: TableRef, verdict: (check: string, field: Expr, passed: Expr, measure: Expr, detail: Expr) => Query): Query[] {
  const countWhere = (where: Expr) => scalar(select([column(count())], { from: from(output), where }));
  const out: Query[] = [];
  for (const id of view.identifiers) {
    const c = col(id.name);
    const malformed = countWhere(op('or', isNull(c), not(fn('matches', cast(c, 'text'), text(id.pattern.regex)))));
    out.push(verdict('identifiers', text(id.name), eq(malformed, int(0)), malformed, text(`values that are NULL or do not match ${id.pattern.source}`)));
    const distinct = scalar(select([column(count(c, true))], { from: from(output) }));
    const expected = id.per === 'row' ? scalar(select([column(count())], { from: from(output) })) : scalar(select([column(col('entities_with_rows'))], { from: from(provenance) }));
    out.push(verdict('identifiers', text(id.name), eq(distinct, expected), op('-', expected, distinct), text(`distinct values short of one per ${id.per}${id.per === 'entity' ? ' with rows' : ''}`)));
  }
  const typed = new Map(view.columns.map((c) => [columnOf(c).name, columnOf(c).type]));
  view.orderedDates.forEach((seq) => {
    const pairs = seq.flatMap((a, i) => seq.slice(i + 1).map((b) => op('>', col(a), col(b))));
    const disordered = countWhere(pairs.reduce((a, b) => op('or', a, b)));
    out.push(verdict('ordered-dates', text(seq.join(' <= ')), eq(disordered, int(0)), disordered, text('rows with two dates of the sequence out of order')));
  });
  for (const d of view.derived) {
    const expected = derivedExpr(d, (name) => ({ expr: col(name), type: typed.get(name)! }));
    const same = op('or', eq(col(d.name), expected), and(isNull(col(d.name)), isNull(expected)));
    const wrong = countWhere(not(fn('coalesce', same, { k: 'lit', type: 'boolean', value: false })));
    out.push(verdict('derived', text(d.name), eq(wrong, int(0)), wrong, text('rows whose value differs from the expression')));
  }
  return out;
}

/** The verdicts into the QA table, bound to the output they checked (its provenance), and read back for the report. */
function recordVerdicts(t: ReturnType<typeof tablesOf>, verdicts: Query): Section[] {
  const v = (name: string) => col(name, 'v');
  const q = (name: string) => col(name, 'q');
  return [
    {
      title: 'QA verdicts, bound to the output they checked (its provenance); export requires them clean',
      statement: {
        k: 'replace',
        tables: [
          {
            target: t.qa,
            query: select(
              [
                column(col('generated_at', 'pv')),
                column(col('metadata_hash', 'pv')),
                column(v('check_id')),
                column(v('field')),
                column(v('passed')),
                column(v('measure')),
                column(v('detail')),
                column(fn('now'), 'checked_at'),
              ],
              { from: sub(verdicts, 'v'), joins: [{ type: 'cross', from: from(t.provenance, 'pv') }] },
            ),
          },
        ],
      },
    },
    { title: 'Verdicts for the report', statement: { k: 'result', name: 'qa_verdicts', query: select([column(q('check_id')), column(q('field')), column(q('passed')), column(q('measure')), column(q('detail'))], { from: from(t.qa, 'q') }) } },
  ];
}

function provenanceResult(t: ReturnType<typeof tablesOf>, total: Expr, expectedRows: Expr): Section {
  return {
    title: 'What the output came from',
    statement: {
      k: 'result',
      name: 'qa_provenance',
      query: select([column(cast(col('generated_at'), 'text'), 'generated_at'), column(col('metadata_hash')), column(total, 'rows'), column(expectedRows, 'expected_rows')], { from: from(t.provenance) }),
    },
  };
}

/** A vocabulary: the rows released, and exactly those (both differences empty). */
function vocabularyQaSections(view: GenerationView, places: StagePlaces): Section[] {
  const t = tablesOf(view.dataset, places);
  const total = scalar(select([column(count())], { from: from(t.output) }));
  const expectedRows = scalar(select([column(count())], { from: from(t.releasedVocabularyRead) }));
  const differing = scalar(vocabularyDifference(t.releasedVocabularyRead, t.output));
  const verdict = (check: string, passed: Expr, measure: Expr, detail: string): Query =>
    select([column(text(check), 'check_id'), column(nul('text'), 'field'), column(passed, 'passed'), column(cast(measure, 'double'), 'measure'), column(text(detail), 'detail')]);
  return [
    ...scopeSetup(places.released, 'read', RELEASED_CATALOG, 'the released metadata'),
    ...(places.released.kind === 'file' ? [{ title: 'Close the session to every other file', statement: { k: 'isolate' as const } }] : []),
    ...recordVerdicts(
      t,
      unionAll([
        verdict('row-count', op('=', fn('coalesce', expectedRows, int(-1)), total), total, 'rows against the released vocabulary\'s'),
        verdict('vocabulary', op('=', differing, int(0)), differing, 'rows differing from the released vocabulary (either way)'),
      ]),
    ),
    provenanceResult(t, total, expectedRows),
  ];
}

/** Per stable field with a home table: the values that table released for it (ordinal, value), each once. */
function homeValues(view: GenerationView, places: StagePlaces): Query {
  const m = (name: string) => col(name, 'm');
  const parts = view.fields
    .filter((f) => f.home)
    .map((f) =>
      select([column(int(f.ordinal), 'ordinal'), column(m('value'))], {
        from: from(tablesOf(f.home!, places).releasedMetadata, 'm'),
        where: and(eq(m('field'), text(f.name)), eq(m('kind'), text(f.kind)), eq(m('stat'), text('value'))),
        groupBy: [m('value')],
      }),
    );
  return parts.length ? unionAll(parts) : select([column(nul('bigint'), 'ordinal'), column(nul('text'), 'value')], { where: { k: 'lit', type: 'boolean', value: false } });
}
