// dbt data tests of a project, as plan IR printed by the dialect (so every name and literal is quoted
// as in the compiled stages): each query returns the rows that break a rule, and dbt fails on any.
import { caseWhen, col, column, count, fn, from, int, isNotNull, isNull, op, scalar, select, sub, text, type Expr, type Query } from '../ir.js';
import { Printer } from '../print.js';
import { literalRows } from '../plan/common.js';
import { tablesOf } from '../plan/names.js';
import type { Spec } from '../spec/model.js';
import type { Dialect } from '../../dialects/dialect.js';
import { placeholderPlaces, templated } from './relations.js';

export interface DbtTest {
  readonly name: string;
  readonly about: string;
  readonly sql: string;
}

export function dataTests(spec: Spec, dialect: Dialect, relations: ReadonlyMap<string, string>): DbtTest[] {
  const printer = new Printer(dialect);
  const print = (q: Query) => templated(printer.query(q, ''), relations);
  const rows = spec.generation.rows;
  return [
    {
      name: `${spec.dataset}_row_count`,
      about:
        rows !== undefined
          ? `the artificial table has generation.rows (${rows}) rows`
          : `the artificial table has as many rows as generate planned (generation.scale ${spec.generation.scale ?? 1} x the published source row count), as its provenance records`,
      sql: print(rowCount(spec)),
    },
    {
      name: `${spec.dataset}_metadata_suppressed`,
      about: 'every count in the metadata (n_rows, n_entities) is at least its threshold and a multiple of its round_to, by the policy of its field',
      sql: print(suppressed(spec)),
    },
  ];
}

function rowCount(spec: Spec): Query {
  const t = tablesOf(spec.dataset, placeholderPlaces(spec.dataset));
  const rows = spec.generation.rows;
  const expected = rows !== undefined ? int(rows) : scalar(select([column(col('rows'))], { from: from(t.provenance) }));
  const counts = select([column(expected, 'expected'), column(scalar(select([column(count())], { from: from(t.output) })), 'actual')]);
  return select([column(col('expected')), column(col('actual'))], { from: sub(counts, 'counts'), where: op('<>', col('expected'), col('actual')) });
}

function suppressed(spec: Spec): Query {
  const t = tablesOf(spec.dataset, placeholderPlaces(spec.dataset));
  const policies = literalRows(
    [
      ['ordinal', 'bigint'],
      ['threshold', 'bigint'],
      ['round_to', 'bigint'],
    ],
    [[0, spec.policy.threshold, spec.policy.roundTo], ...spec.fields.map((f) => [f.ordinal, f.policy.threshold, f.policy.roundTo])],
  );
  const m = (name: string) => col(name, 'm');
  const p = (name: string) => col(name, 'p');
  const breaks = (count: Expr): Expr =>
    op('and', isNotNull(count), op('or', op('<', count, p('threshold')), op('<>', fn('mod', count, p('round_to')), int(0))));
  return select(
    [
      column(m('ordinal')),
      column(m('field')),
      column(m('stat')),
      column(m('item')),
      column(m('n_rows')),
      column(m('n_entities')),
      column(p('threshold')),
      column(p('round_to')),
      column(caseWhen([[isNull(p('threshold')), text('no policy for this ordinal')]], text('below the threshold or not rounded')), 'problem'),
    ],
    {
      from: from(t.metadata, 'm'),
      joins: [{ type: 'left', from: sub(policies, 'p'), on: op('=', m('ordinal'), p('ordinal')) }],
      where: op('or', isNull(p('threshold')), op('or', breaks(m('n_rows')), breaks(m('n_entities')))),
    },
  );
}
