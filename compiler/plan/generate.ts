// Generate: released metadata -> artificial rows. Reads the metadata database only; the plan is built
// from a view of the spec that has no source in it, so it cannot reference the source by construction.
//
// Sampling, per field: integer cumulative weights [cum_lo, cum_hi) over the published items (NULL is
// an item like any other), r = floor(u * total), and the item whose range holds r. The lookup is an
// equi-join on a bucket of the hash's top bits into a guide table that lists, per bucket, every item
// whose range meets the bucket's r-range; the residual cum_lo <= r < cum_hi picks the one item. Bucket
// r-ranges are computed with the same expression as r itself, so the result equals the plain range join.
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  exists,
  fn,
  from,
  inList,
  int,
  isNotNull,
  not,
  op,
  over,
  agg,
  scalar,
  select,
  star,
  stringAgg,
  sub,
  text,
  eq,
  type Cte,
  type Expr,
  type Join,
  type Query,
  type Section,
  type SelectColumn,
  type SqlType,
} from '../ir.js';
import type { Field, Spec } from '../spec/model.js';
import { MAX_ROWS, type LogicalType } from '../spec/schema.js';
import { counterInput, MIX_STEPS, scaledIndex, streamKey, uniform } from '../random.js';
import { literalRows } from './common.js';
import { ITEM_STATS, METADATA_COLUMNS } from './metadata.js';
import { METADATA_CATALOG, TEMP, tablesOf } from './names.js';
import type { StagePaths } from './paths.js';

/** Everything generate may know: no source. */
export type GenerationView = Pick<Spec, 'file' | 'dataset' | 'fields' | 'generation' | 'hash' | 'scrapeHash' | 'disclaimer' | 'timeZone'>;

export const SQL_TYPE: Record<LogicalType, SqlType> = {
  string: 'text',
  integer: 'bigint',
  double: 'double',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
};

/** Hash columns of a field's streams inside the generate query. */
const valueHash = (f: Field) => `h${f.ordinal}`;
const jitterHash = (f: Field) => `j${f.ordinal}`;

/** Whether a field places its value uniformly inside a bucket (needs a second random stream). */
function jitters(f: Field): boolean {
  return f.kind === 'continuous' || (f.kind === 'date' && f.granularity !== f.resolution);
}

export function generateSections(view: GenerationView, paths: StagePaths, toolVersion: string): Section[] {
  const t = tablesOf(view.dataset);
  const md = (alias?: string) => from(t.releasedMetadata, alias);
  const sections: Section[] = [
    {
      title: 'Attach the released metadata read-only (the only input)',
      statement: { k: 'attach', path: paths.metadataDb, alias: METADATA_CATALOG, readOnly: true },
    },
    {
      title: 'Fields to generate, matched to the metadata by name and kind',
      statement: {
        k: 'createTable',
        table: TEMP.fields,
        temp: true,
        query: literalRows(
          [
            ['ordinal', 'bigint'],
            ['field', 'text'],
            ['kind', 'text'],
          ],
          view.fields.map((f) => [f.ordinal, f.name, f.kind]),
        ),
      },
    },
  ];

  sections.push({
    title: 'The metadata must come from a scrape of this spec as it is now',
    note: 'Scrape records the hash of what it depended on (source, fields, suppression policy, time zone); metadata scraped under another policy must not be generated from.',
    statement: {
      k: 'assert',
      failWhen: not(exists(select([column(int(1))], { from: md(), where: and(eq(col('stat'), text('depends_on')), eq(col('value'), text(view.scrapeHash))) }))),
      message: `${view.file}: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape ${view.file} again, then generate.`,
    },
  });
  const { rows, scale } = view.generation;
  if (rows === undefined) {
    sections.push({
      title: 'The published source row count must exist to scale from',
      statement: {
        k: 'assert',
        failWhen: not(exists(select([column(int(1))], { from: md(), where: eq(col('stat'), text('rows')) }))),
        message: `${view.file}: generation.scale needs the source row count, but it was suppressed or not scraped. Run adg scrape first, or set generation.rows in the spec.`,
      },
    });
  }
  const n =
    rows !== undefined
      ? int(rows)
      : scalar(
          select([column(cast(fn('floor', op('+', op('*', { k: 'lit', type: 'double', value: scale ?? 1 }, col('n_rows')), { k: 'lit', type: 'double', value: 0.5 })), 'bigint'))], {
            from: md(),
            where: eq(col('stat'), text('rows')),
          }),
        );
  sections.push(
    {
      title: `Rows to generate: ${rows !== undefined ? `${rows} (generation.rows)` : `${scale} x the published source row count (generation.scale)`}`,
      statement: { k: 'createTable', table: TEMP.plan, temp: true, query: select([column(n, 'n')]) },
    },
    {
      title: 'Row count within what the 32-bit counter supports',
      statement: {
        k: 'assert',
        failWhen: exists(
          select([column(int(1))], {
            from: from(TEMP.plan),
            where: op('or', op('<', col('n'), int(1)), op('>', col('n'), int(MAX_ROWS))),
          }),
        ),
        message: `${view.file}: generation would produce fewer than 1 or more than ${MAX_ROWS} rows. Adjust generation.rows or generation.scale.`,
      },
    },
  );

  // Items with integer cumulative weights, per field, in published item order.
  const m = (name: string) => col(name, 'm');
  const running = over('sum', m('n_rows'), [col('ordinal', 'g')], [asc(m('item'))], true);
  sections.push({
    title: 'Sampling items: integer cumulative weights [cum_lo, cum_hi) per field',
    statement: {
      k: 'createTable',
      table: TEMP.items,
      temp: true,
      query: select(
        [
          column(col('ordinal', 'g')),
          column(m('item')),
          column(m('value')),
          column(m('lo')),
          column(m('hi')),
          column(op('-', cast(running, 'bigint'), m('n_rows')), 'cum_lo'),
          column(cast(running, 'bigint'), 'cum_hi'),
        ],
        {
          from: from(TEMP.fields, 'g'),
          joins: [{ type: 'inner', from: md('m'), on: and(eq(m('field'), col('field', 'g')), eq(m('kind'), col('kind', 'g'))) }],
          where: inList(m('stat'), ITEM_STATS.map(text)),
        },
      ),
    },
  });
  // Guide size: 2^bits buckets, at least twice the item count (so most buckets hold one item), 2^10..2^20.
  const bits = cast(fn('greatest', int(10), fn('least', int(20), fn('ceil', fn('log2', op('*', int(2), count()))))), 'bigint');
  sections.push({
    title: 'Per-field totals and guide size',
    statement: {
      k: 'createTable',
      table: TEMP.totals,
      temp: true,
      query: select([column(col('ordinal')), column(agg('max', col('cum_hi')), 'total'), column(count(), 'k'), column(bits, 'bits')], {
        from: from(TEMP.items),
        groupBy: [col('ordinal')],
      }),
    },
  });
  const shift = op('-', int(32), col('bits'));
  sections.push({
    title: 'Guide buckets: the r-range each bucket of hash values maps to',
    note: 'Bucket b holds hashes [b * 2^(32 - bits), (b + 1) * 2^(32 - bits)); r_first and r_last use the same r expression as the draws.',
    statement: {
      k: 'createTable',
      table: TEMP.buckets,
      temp: true,
      query: select(
        [
          column(col('ordinal')),
          column(col('bucket')),
          column(scaledIndex(fn('shl', col('bucket'), shift), col('total')), 'r_first'),
          column(scaledIndex(op('-', fn('shl', op('+', col('bucket'), int(1)), shift), int(1)), col('total')), 'r_last'),
        ],
        {
          from: sub(
            select([column(col('ordinal')), column(col('total')), column(col('bits')), column({ k: 'series', count: fn('shl', int(1), col('bits')) }, 'bucket')], {
              from: from(TEMP.totals),
            }),
            'b',
          ),
        },
      ),
    },
  });
  for (const f of view.fields) sections.push(guideSection(f));

  sections.push({
    title: 'Row numbers 0 .. n-1',
    note: 'Materialised so the sampling query scans it in parallel (a row generator is one thread on some engines).',
    statement: {
      k: 'createTable',
      table: TEMP.rows,
      temp: true,
      query: select([column(col('i'))], { from: { k: 'range', count: scalar(select([column(col('n'))], { from: from(TEMP.plan) })), column: 'i', as: 'r' } }),
    },
  });
  sections.push({
    title: `Sample ${view.fields.length} fields independently; replace the output and its provenance atomically`,
    note: 'One 32-bit hash per field and stream from (seed, dataset, field, row); lookup tables stay on the build side of each join.',
    statement: {
      k: 'replace',
      tables: [
        { target: t.output, query: sampleQuery(view), joinsAsWritten: true },
        { target: t.provenance, query: provenanceQuery(view, toolVersion) },
      ],
    },
  });
  sections.push({
    title: 'Summary: rows generated and items available per field',
    statement: {
      k: 'result',
      name: 'generate_summary',
      query: select(
        [
          column(col('ordinal', 'g')),
          column(col('field', 'g')),
          column(col('kind', 'g')),
          column(fn('coalesce', col('k', 't'), int(0)), 'items'),
          column(scalar(select([column(col('n'))], { from: from(TEMP.plan) })), 'rows'),
        ],
        {
          from: from(TEMP.fields, 'g'),
          joins: [{ type: 'left', from: from(TEMP.totals, 't'), on: eq(col('ordinal', 't'), col('ordinal', 'g')) }],
          orderBy: [asc(col('ordinal', 'g'))],
        },
      ),
    },
  });
  return sections;
}

/** A field's guide: bucket -> candidate items, with the value already cast to the output type. */
function guideSection(f: Field): Section {
  const i = (name: string) => col(name, 'i');
  const values: SelectColumn[] = [];
  if (f.kind === 'continuous') {
    // A bin [lo, hi), or a single value (NaN and infinities are published as values of their own).
    values.push(column(i('lo'), 'lo'), column(i('hi'), 'hi'), column(op('-', i('hi'), i('lo')), 'width'), column(cast(i('value'), 'double'), 'value'));
  } else {
    const start = cast(i('value'), SQL_TYPE[f.type]);
    values.push(column(start, 'value'));
    if (jitters(f)) {
      const type = f.type === 'date' ? 'date' : 'timestamp';
      const end: Expr = { k: 'addUnits', unit: f.granularity!, start, count: int(1), type };
      values.push(column({ k: 'unitsBetween', unit: f.resolution!, from: start, to: end }, 'span'));
    }
  }
  return {
    title: `Guide for ${f.kind} field ${JSON.stringify(f.name)}`,
    statement: {
      k: 'createTable',
      table: TEMP.guide(f.ordinal),
      temp: true,
      // Both sides are narrowed to the field first, so the join has only the two range conditions
      // (an interval join). Joining on ordinal as well made a hash join that compared every item with
      // every bucket: 14.5 s instead of 0.09 s for a field of 36,000 days.
      query: select([column(col('bucket', 'b')), column(i('cum_lo')), column(i('cum_hi')), ...values], {
        from: sub(select([column(star)], { from: from(TEMP.items), where: eq(col('ordinal'), int(f.ordinal)) }), 'i'),
        joins: [
          {
            type: 'inner',
            from: sub(select([column(star)], { from: from(TEMP.buckets), where: eq(col('ordinal'), int(f.ordinal)) }), 'b'),
            on: and(op('<=', i('cum_lo'), col('r_last', 'b')), op('>', i('cum_hi'), col('r_first', 'b'))),
          },
        ],
      }),
    },
  };
}

function sampleQuery(view: GenerationView): Query {
  const { seed } = view.generation;
  const streams = view.fields.flatMap((f) => [
    [valueHash(f), streamKey(seed, view.dataset, f.name, 'value')] as const,
    ...(jitters(f) ? [[jitterHash(f), streamKey(seed, view.dataset, f.name, 'jitter')] as const] : []),
  ]);
  const ctes: Cte[] = [
    {
      name: 'adg_h0',
      query: select([column(col('i')), ...streams.map(([name, key]) => column(counterInput(col('i'), key), name))], {
        from: from(TEMP.rows),
      }),
    },
  ];
  MIX_STEPS.forEach((step, s) => {
    ctes.push({
      name: `adg_h${s + 1}`,
      query: select([column(col('i')), ...streams.map(([name]) => column(step(col(name)), name))], {
        from: from({ name: `adg_h${s}` }),
      }),
    });
  });
  const last = `adg_h${MIX_STEPS.length}`;
  const totalCol = (f: Field) => `total_${f.ordinal}`;
  const bitsCol = (f: Field) => `bits_${f.ordinal}`;
  const ofField = (f: Field, name: string) => agg('max', caseWhen([[eq(col('ordinal'), int(f.ordinal)), col(name)]]));
  ctes.push({
    name: 'adg_t',
    query: select(
      view.fields.flatMap((f) => [column(ofField(f, 'total'), totalCol(f)), column(ofField(f, 'bits'), bitsCol(f))]),
      { from: from(TEMP.totals) },
    ),
  });
  const h = (name: string) => col(name, 'h');
  const tt = (name: string) => col(name, 't');
  ctes.push({
    name: 'adg_draws',
    query: select(
      [
        column(h('i')),
        ...view.fields.flatMap((f) => [
          column(cast(fn('shr', h(valueHash(f)), op('-', int(32), tt(bitsCol(f)))), 'bigint'), `b${f.ordinal}`),
          column(scaledIndex(h(valueHash(f)), tt(totalCol(f))), `r${f.ordinal}`),
          ...(jitters(f) ? [column(uniform(h(jitterHash(f))), `u${f.ordinal}`)] : []),
        ]),
      ],
      { from: from({ name: last }, 'h'), joins: [{ type: 'cross', from: from({ name: 'adg_t' }, 't') }] },
    ),
  });
  const d = (name: string) => col(name, 'd');
  const joins: Join[] = view.fields.map((f) => {
    const g = `g${f.ordinal}`;
    const r = d(`r${f.ordinal}`);
    return {
      type: 'left',
      from: from(TEMP.guide(f.ordinal), g),
      on: and(eq(col('bucket', g), d(`b${f.ordinal}`)), op('>=', r, col('cum_lo', g)), op('<', r, col('cum_hi', g))),
    };
  });
  // Joins do not keep row order on every engine (DuckDB documents none), so order by the row number:
  // row i of the output is always draw i.
  return select(
    view.fields.map((f) => column(outputExpr(f, `g${f.ordinal}`, d(`u${f.ordinal}`)), f.name)),
    { with: ctes, from: from({ name: 'adg_draws' }, 'd'), joins, orderBy: [asc(d('i'))] },
  );
}

/** The output value of a field from its guide row g and its within-bucket uniform u. */
function outputExpr(f: Field, g: string, u: Expr): Expr {
  const steps = (width: Expr) => cast(fn('floor', op('*', u, width)), 'bigint');
  switch (f.kind) {
    case 'categorical':
    case 'discrete':
      return col('value', g);
    case 'date':
      if (!jitters(f)) return col('value', g);
      return { k: 'addUnits', unit: f.resolution!, start: col('value', g), count: steps(col('span', g)), type: f.type === 'date' ? 'date' : 'timestamp' };
    case 'continuous': {
      const value = col('value', g);
      const lo = col('lo', g);
      const hi = col('hi', g);
      if (f.type === 'integer') {
        // Integer bins have integer edges (scrape bins floor(x)): lo + floor(u * width), held below hi
        // even where u * width rounds up to width. An integer column cannot hold NaN or infinity: NULL.
        const inBin = fn('least', op('+', cast(lo, 'bigint'), cast(fn('floor', op('*', u, col('width', g))), 'bigint')), op('-', cast(hi, 'bigint'), int(1)));
        return caseWhen([[isNotNull(value), caseWhen([[fn('isFinite', value), cast(value, 'bigint')]])]], inBin);
      }
      // lo + u * width can round up to hi itself; that draw goes to lo, so every value stays in [lo, hi).
      const x = op('+', lo, op('*', u, col('width', g)));
      return caseWhen([[isNotNull(value), value], [op('<', x, hi), x]], lo);
    }
  }
}

/**
 * One row saying what the output came from. The metadata hash covers the whole released table: rows in
 * a fixed order, each column as length:text (or ~ for NULL), so no value can be confused with another.
 */
function provenanceQuery(view: GenerationView, toolVersion: string): Query {
  const t = tablesOf(view.dataset);
  const encoded = (name: string): Expr => {
    const asText = cast(col(name), 'text');
    return caseWhen([[{ k: 'isNull', arg: col(name), negated: false }, text('~')]], op('||', op('||', cast(fn('length', asText), 'text'), text(':')), asText));
  };
  const line = METADATA_COLUMNS.map(([name]) => col(`e_${name}`)).reduce((a, b) => op('||', op('||', a, text(',')), b));
  const lines = select(
    [
      ...['ordinal', 'stat', 'item', 'value'].map((name) => column(col(name))),
      ...METADATA_COLUMNS.map(([name]) => column(encoded(name), `e_${name}`)),
    ],
    { from: from(t.releasedMetadata) },
  );
  const digest = select(
    [column(fn('sha256', stringAgg(line, '|', [asc(col('ordinal')), asc(col('stat')), asc(col('item')), asc(col('value'))])), 'metadata_hash')],
    { from: sub(lines, 'lines') },
  );
  return select(
    [
      column(text(view.dataset), 'dataset'),
      column(text(view.file), 'spec_file'),
      column(text(view.hash), 'spec_hash'),
      column(col('metadata_hash', 'm')),
      column(int(view.generation.seed), 'seed'),
      column(scalar(select([column(col('n'))], { from: from(TEMP.plan) })), 'rows'),
      column(text(toolVersion), 'tool_version'),
      column(text(view.disclaimer), 'disclaimer'),
      // The dataset's suppression policy as released (threshold, rounding, any override and its reason).
      column(
        scalar(select([column(col('value'))], { from: from(t.releasedMetadata), where: and(eq(col('stat'), text('policy')), eq(col('ordinal'), int(0))) })),
        'policy',
      ),
    ],
    { from: sub(digest, 'm') },
  );
}
