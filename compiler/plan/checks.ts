// Disclosure checks over a metadata table, as one query of findings: (check, field, item, detail). They
// read the metadata only (never the source) and re-derive every rule from the spec, not from the
// scrape's SQL, so a scrape bug or a hand-edited metadata row is caught. Review shows every finding;
// release refuses while any blocking one remains.
import {
  and,
  asc,
  caseWhen,
  cast,
  col,
  column,
  count,
  desc,
  double,
  eq,
  exists,
  fn,
  from,
  inList,
  int,
  isNotNull,
  isNull,
  not,
  nul,
  op,
  over,
  agg,
  select,
  sub,
  text,
  unionAll,
  type Expr,
  type Query,
  type Section,
  type TableRef,
} from '../ir.js';
import type { Spec } from '../spec/model.js';
import { digitsOnly, isDateOfBirth, shapeTests } from '../identifiers.js';
import { literalRows } from './common.js';
import { TEMP } from './names.js';

export type CheckSeverity = 'blocking' | 'warning';

export interface CheckDefinition {
  readonly id: string;
  readonly title: string;
  readonly severity: CheckSeverity;
  /** What the check looks for and why it matters, for a reviewer. */
  readonly explains: string;
}

/** Every review check, in report order. */
export const REVIEW_CHECKS = [
  {
    id: 'suppression',
    title: 'Suppression on every published count',
    severity: 'blocking',
    explains:
      'Every published count (rows, NULLs, values, bins, rows per entity) must be at least its field\'s threshold and a multiple of its rounding base, and every bin must have lower < upper edge without overlapping the next. Re-checked from the spec, independently of the scrape.',
  },
  {
    id: 'excluded-fields',
    title: 'No excluded or unknown field',
    severity: 'blocking',
    explains: 'Fields the spec excludes (identifiers, free text), the entity column and anything the spec does not name must not appear in the metadata.',
  },
  { id: 'nhs-number', title: 'NHS numbers', severity: 'blocking', explains: 'Published values that are 10 digits passing the NHS number modulus-11 check digit.' },
  { id: 'email', title: 'E-mail addresses', severity: 'blocking', explains: 'Published values shaped like an e-mail address.' },
  { id: 'postcode', title: 'UK postcodes', severity: 'blocking', explains: 'Published values shaped like a full UK postcode (outward and inward code): an address to within a few households.' },
  { id: 'phone', title: 'UK phone numbers', severity: 'blocking', explains: 'Published values shaped like a UK phone number.' },
  {
    id: 'date-of-birth',
    title: 'Dates of birth',
    severity: 'warning',
    explains: 'Published text values that are full dates, and date fields named like a date of birth published by day or finer: a birth date with a few other fields singles people out. Publish by year, or month at most.',
  },
  { id: 'free-text', title: 'Free text', severity: 'warning', explains: 'Published values longer than 60 characters or of six or more words: free text can name people, places and events.' },
  {
    id: 'identifier-like',
    title: 'Identifier-like categorical fields',
    severity: 'warning',
    explains:
      'A categorical field where most rows sat in values too rare to publish, whose published values average under twice the threshold each, or with values far longer than the field\'s typical value: it may be an identifier declared categorical.',
  },
  {
    id: 'tail',
    title: 'Thin tails',
    severity: 'warning',
    explains: 'The lowest or highest bucket, bin or value of an ordered field holds under twice the threshold: its edge sits close to the observed extreme, which belongs to few records.',
  },
] as const satisfies readonly CheckDefinition[];

export type CheckId = (typeof REVIEW_CHECKS)[number]['id'];
export const BLOCKING_CHECKS: readonly CheckId[] = REVIEW_CHECKS.filter((c) => c.severity === 'blocking').map((c) => c.id);

/** Longer than this, or with this many words, a published value reads as free text. */
const FREE_TEXT_LENGTH = 60;
const FREE_TEXT_WORDS = '[^ ]+( +[^ ]+){5}';
/** Full dates as text: 2001-02-03, 03/02/2001, 3.2.2001. */
const FULL_DATE = '^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})$';
/** A categorical field with at least this many published values can be judged identifier-like by their counts. */
const IDENTIFIER_MIN_VALUES = 20;

/** The spec's fields as a scratch table: role (dataset, generated, excluded, entity), kind and policy. */
export function specCatalogSection(spec: Spec): Section {
  const d = spec.policy;
  const named = new Set(spec.fields.map((f) => f.name));
  return {
    title: 'The spec as the checks see it: every field with its role, kind and suppression policy',
    statement: {
      k: 'createTable',
      table: TEMP.specFields,
      temp: true,
      query: literalRows(
        [
          ['ordinal', 'bigint'],
          ['field', 'text'],
          ['role', 'text'],
          ['kind', 'text'],
          ['threshold', 'bigint'],
          ['round_to', 'bigint'],
          ['birth_by_day', 'bigint'],
        ],
        [
          [0, null, 'dataset', 'dataset', d.threshold, d.roundTo, 0],
          ...spec.fields.map((f) => [
            f.ordinal,
            f.name,
            'generated',
            f.kind,
            f.policy.threshold,
            f.policy.roundTo,
            f.kind === 'date' && isDateOfBirth(f.name) && ['day', 'hour', 'minute'].includes(f.granularity ?? 'day') ? 1 : 0,
          ]),
          ...spec.excluded.filter((x) => !named.has(x.name)).map((x) => [-1, x.name, 'excluded', 'excluded', null, null, 0]),
          ...(spec.entity && !named.has(spec.entity) ? [[-1, spec.entity, 'entity', 'excluded', null, null, 0]] : []),
        ],
      ),
    },
  };
}

const m = (name: string) => col(name, 'm');
const s = (name: string) => col(name, 's');
const finding = (check: Expr, field: Expr, item: Expr, detail: Expr) => [
  column(check, 'check_id'),
  column(field, 'field'),
  column(item, 'item'),
  column(detail, 'detail'),
];
const concat = (...parts: Expr[]) => parts.reduce((a, b) => op('||', a, b));
const asText = (x: Expr) => cast(x, 'text');
/** A published value quoted in a finding, cut to a readable length. */
const quoted = (x: Expr) => concat(text('"'), fn('substr', x, int(1), int(80)), caseWhen([[op('>', fn('length', x), int(80)), text('..."')]], text('"')));

/** Metadata rows joined to the spec's generated field (or the dataset row) they belong to. */
function withPolicy(metadata: TableRef, where: Expr): Query {
  return select(
    [
      ...['ordinal', 'field', 'kind', 'stat', 'item', 'value', 'lo', 'hi', 'n_rows', 'n_entities'].map((c) => column(m(c), c)),
      column(s('threshold'), 'threshold'),
      column(s('round_to'), 'round_to'),
      column(s('birth_by_day'), 'birth_by_day'),
    ],
    {
      from: from(metadata, 'm'),
      joins: [
        {
          type: 'inner',
          from: from(TEMP.specFields, 's'),
          on: and(eq(fn('coalesce', m('field'), text('')), fn('coalesce', s('field'), text(''))), inList(s('role'), [text('generated'), text('dataset')])),
        },
      ],
      where,
    },
  );
}

/** Every finding of every check over a metadata table. */
export function findingsQuery(metadata: TableRef): Query {
  const p = (name: string) => col(name, 'p');
  const counted = inList(p('stat'), [text('rows'), text('null'), text('value'), text('bin'), text('cardinality'), text('disagree'), text('pool')]);
  const badCount = (c: Expr) => and(isNotNull(c), op('or', op('<', c, p('threshold')), op('<>', fn('mod', c, p('round_to')), int(0))));
  const countDetail = (c: Expr, what: string) =>
    caseWhen(
      [[op('<', c, p('threshold')), concat(text(`a published ${what} is below the threshold `), asText(p('threshold')))]],
      concat(text(`a published ${what} is not a multiple of the rounding base `), asText(p('round_to'))),
    );
  const policed = sub(withPolicy(metadata, { k: 'lit', type: 'boolean', value: true }), 'p');
  const suppression = [
    select(finding(text('suppression'), p('field'), p('item'), countDetail(p('n_rows'), 'row count')), { from: policed, where: and(counted, badCount(p('n_rows'))) }),
    select(finding(text('suppression'), p('field'), p('item'), countDetail(p('n_entities'), 'count of entities')), {
      from: sub(withPolicy(metadata, { k: 'lit', type: 'boolean', value: true }), 'p'),
      where: and(counted, badCount(p('n_entities'))),
    }),
    bins(metadata),
  ];

  // Fields the spec does not generate: excluded, the entity column, or unknown.
  const stray = select(
    finding(
      text('excluded-fields'),
      m('field'),
      nul('bigint'),
      caseWhen(
        [[exists(select([column(int(1))], { from: from(TEMP.specFields, 'x'), where: and(eq(col('field', 'x'), m('field')), inList(col('role', 'x'), [text('excluded'), text('entity')])) })), text('the spec excludes this field (or counts entities by it), yet the metadata publishes it')]],
        text('the metadata publishes a field the spec does not generate (or with another kind)'),
      ),
    ),
    {
      from: from(metadata, 'm'),
      where: and(
        isNotNull(m('field')),
        not(exists(select([column(int(1))], { from: from(TEMP.specFields, 'g'), where: and(eq(col('field', 'g'), m('field')), eq(col('role', 'g'), text('generated')), eq(col('kind', 'g'), m('kind'))) }))),
      ),
      groupBy: [m('field')],
    },
  );

  return unionAll([...suppression, stray, ...valueScans(metadata), ...birthDates(), ...identifierLike(metadata), tails(metadata)]);
}

/** Bins with lower >= upper edge, or overlapping the next bin of their field. */
function bins(metadata: TableRef): Query {
  const b = (name: string) => col(name, 'b');
  const ordered = select(
    [column(m('field'), 'field'), column(m('item'), 'item'), column(m('lo'), 'lo'), column(m('hi'), 'hi'), column(over('lead', m('lo'), [m('field')], [asc(m('lo'))]), 'next_lo')],
    { from: from(metadata, 'm'), where: eq(m('stat'), text('bin')) },
  );
  return select(
    finding(text('suppression'), b('field'), b('item'), caseWhen([[op('or', op('or', isNull(b('lo')), isNull(b('hi'))), op('>=', b('lo'), b('hi'))), text('a bin whose lower edge is not below its upper edge')]], text('a bin that overlaps the next one'))),
    { from: sub(ordered, 'b'), where: op('or', op('or', op('or', isNull(b('lo')), isNull(b('hi'))), op('>=', b('lo'), b('hi'))), op('<', b('next_lo'), b('hi'))) },
  );
}

/** Identifying shapes among published text values (values of categorical and discrete fields). */
function valueScans(metadata: TableRef): Query[] {
  const v = m('value');
  const where = (test: Expr) => and(eq(m('stat'), text('value')), inList(m('kind'), [text('categorical'), text('discrete')]), isNotNull(v), test);
  const shapes = shapeTests(v, digitsOnly(v));
  const scans: [string, Expr, string][] = [
    ['nhs-number', shapes.nhsNumbers, 'is a valid NHS number'],
    ['email', shapes.emails, 'is an e-mail address'],
    ['postcode', shapes.postcodes, 'is a full UK postcode'],
    ['phone', shapes.phones, 'is a UK phone number'],
    ['date-of-birth', fn('matches', v, text(FULL_DATE)), 'is a full date (a date of birth?)'],
    ['free-text', op('or', op('>', fn('length', v), int(FREE_TEXT_LENGTH)), fn('matches', v, text(FREE_TEXT_WORDS))), 'reads as free text'],
  ];
  return scans.map(([id, test, says]) =>
    select(finding(text(id), m('field'), m('item'), concat(text('published value '), quoted(v), text(` ${says}`))), { from: from(metadata, 'm'), where: where(test) }),
  );
}

/** Date fields named like a date of birth and published by day or finer. */
function birthDates(): Query[] {
  return [
    select(finding(text('date-of-birth'), s('field'), nul('bigint'), text('named like a date of birth and published by day or finer: publish it by year (granularity: year)')), {
      from: from(TEMP.specFields, 's'),
      where: eq(s('birth_by_day'), int(1)),
    }),
  ];
}

/** Categorical fields whose metadata looks like that of an identifier. */
function identifierLike(metadata: TableRef): Query[] {
  const p = (name: string) => col(name, 'p');
  const categorical = and(eq(m('kind'), text('categorical')));
  // Most rows were in suppressed values: the field's values are mostly unique-ish.
  const mostlySuppressed = select(
    finding(text('identifier-like'), m('field'), nul('bigint'), text('most of its rows held values too rare to publish (suppressed share of rows 25% or more): it may identify records')),
    { from: from(metadata, 'm'), where: and(categorical, eq(m('stat'), text('suppressed')), fn('matches', m('value'), text('"rows":"(25-50%|over 50%)"'))) },
  );
  // Published values hold barely more than the threshold each.
  const v = select(
    [column(p('field'), 'field'), column(count(), 'values'), column(agg('sum', p('n_rows')), 'rows'), column(agg('max', p('threshold')), 'threshold')],
    { from: sub(withPolicy(metadata, and(eq(m('kind'), text('categorical')), eq(m('stat'), text('value')))), 'p'), groupBy: [p('field')] },
  );
  const thin = select(
    finding(
      text('identifier-like'),
      col('field', 'v'),
      nul('bigint'),
      concat(asText(col('values', 'v')), text(' published values average under twice the threshold each: values per row near the limit suppression allows')),
    ),
    { from: sub(v, 'v'), where: and(op('>=', col('values', 'v'), int(IDENTIFIER_MIN_VALUES)), op('<', col('rows', 'v'), op('*', op('*', col('values', 'v'), col('threshold', 'v')), int(2)))) },
  );
  // Values far longer than the field's typical value.
  const lengths = select(
    [column(m('field'), 'field'), column(m('item'), 'item'), column(fn('length', m('value')), 'len'), column(over('sum', fn('length', m('value')), [m('field')]), 'total'), column(over('count', m('value'), [m('field')]), 'n')],
    { from: from(metadata, 'm'), where: and(categorical, eq(m('stat'), text('value')), isNotNull(m('value'))) },
  );
  const l = (name: string) => col(name, 'l');
  const long = select(finding(text('identifier-like'), l('field'), l('item'), text('a value far longer than the field\'s typical value (over 3 times the average length, and over 20 characters)')), {
    from: sub(lengths, 'l'),
    where: and(op('>', l('len'), int(20)), op('>', op('*', cast(l('len'), 'double'), cast(l('n'), 'double')), op('*', double(3), cast(l('total'), 'double')))),
  });
  return [mostlySuppressed, thin, long];
}

/** The lowest and highest item of each ordered field, when it holds under twice the threshold. */
function tails(metadata: TableRef): Query {
  const p = (name: string) => col(name, 'p');
  const t = (name: string) => col(name, 't');
  // Numeric order for numbers (bins by edges, point masses by their number), text order for date buckets.
  const low = caseWhen([[eq(p('kind'), text('discrete')), cast(p('value'), 'double')]], p('lo'));
  const high = caseWhen([[eq(p('kind'), text('discrete')), cast(p('value'), 'double')]], p('hi'));
  const items = select(
    [
      column(p('field'), 'field'),
      column(p('item'), 'item'),
      column(p('n_rows'), 'n_rows'),
      column(p('threshold'), 'threshold'),
      column(p('kind'), 'kind'),
      column(over('rowNumber', undefined, [p('field')], [asc(low), asc(p('value'))]), 'from_low'),
      column(over('rowNumber', undefined, [p('field')], [desc(high), desc(p('value'))]), 'from_high'),
    ],
    {
      from: sub(
        withPolicy(
          metadata,
          and(
            inList(m('kind'), [text('discrete'), text('date'), text('continuous')]),
            inList(m('stat'), [text('value'), text('bin')]),
            // Continuous value rows with a text value are NaN or an infinity: not on the number line.
            op('or', op('<>', m('kind'), text('continuous')), isNull(m('value'))),
          ),
        ),
        'p',
      ),
    },
  );
  const side = caseWhen([[eq(t('from_low'), int(1)), text('lowest')]], text('highest'));
  const edge = caseWhen([[eq(t('from_low'), int(1)), text('smallest')]], text('largest'));
  return select(
    finding(
      text('tail'),
      t('field'),
      t('item'),
      concat(text('the '), side, text(' '), caseWhen([[eq(t('kind'), text('date')), text('bucket')], [eq(t('kind'), text('continuous')), text('bin')]], text('value')), text(' holds under twice the threshold: its edge sits close to the '), edge, text(' observed value')),
    ),
    { from: sub(items, 't'), where: and(op('or', eq(t('from_low'), int(1)), eq(t('from_high'), int(1))), op('<', t('n_rows'), op('*', t('threshold'), int(2)))) },
  );
}

/** Fails the program while a blocking finding remains (release's gate, computed in the engine). */
export function blockingAssert(spec: Spec): Section {
  return {
    title: 'No blocking disclosure check may fail',
    statement: {
      k: 'assert',
      failWhen: exists(select([column(int(1))], { from: from(TEMP.findings), where: inList(col('check_id'), BLOCKING_CHECKS.map(text)) })),
      message: `${spec.file}: blocking disclosure checks fail on this metadata, so it cannot be released. Run adg review ${spec.file}, read the findings in its report, fix the spec (exclude or coarsen the fields) and scrape again.`,
    },
  };
}

/** The findings as a scratch table, so review reads them back and release can assert on them. */
export function findingsSection(metadata: TableRef): Section {
  return {
    title: 'Disclosure checks over the metadata: one row per finding (check, field, item, what)',
    note: 'Over published metadata only. Every rule is re-derived from the spec: a scrape bug or an edited metadata row is caught here.',
    statement: { k: 'createTable', table: TEMP.findings, temp: true, query: findingsQuery(metadata) },
  };
}
