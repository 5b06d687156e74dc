// A review and a QA document for the review pack tests: field names with quotes, markup, spaces, a pipe,
// a backtick and non-ASCII letters; a categorical field of 228 items, a continuous field with NULL, a
// point mass and bins, a date field of 4,000 hourly buckets, a discrete field and a field with nothing
// published; one failing blocking check, one failing warning, a diff from the last release.
import type { FieldQa, FieldReview, PublishedItem, QaDocument, ReviewDocument } from '../runner/review-document.js';

export const NAMES = {
  origin: 'origin <script>alert("field")</script>',
  distance: 'distance "km"',
  time: 'dép time ⏰ 出発',
  delay: "delay's | `minutes`",
  empty: 'all suppressed',
} as const;

export const HASH = 'c0ffee'.padEnd(64, '0123456789abcdef');

const value = (item: number, label: string, rows: number): PublishedItem => ({ item, label, stat: 'value', value: label, lo: null, hi: null, rows, entities: null });

function field(ordinal: number, name: string, kind: FieldReview['kind'], type: string, items: PublishedItem[], failed: string[] = []): FieldReview {
  return { ordinal, field: name, kind, type, description: `The ${kind} field <b>${name}</b>`, policy: { threshold: 10, roundTo: 5 }, items, suppressed: { items: 3, rows: 'under 1%' }, failed };
}

const airports = Array.from({ length: 228 }, (_, i) =>
  value(i, i === 7 ? `<script>alert('label')</script>` : i === 8 ? `O'Hare "ORD"` : `AP${String(i).padStart(3, '0')}`, 500 + ((i * 7919) % 40_000)),
);
const distances: PublishedItem[] = [
  { item: 0, label: 'NULL', stat: 'null', value: null, lo: null, hi: null, rows: 12_345, entities: null },
  value(1, '0', 800),
  ...Array.from({ length: 40 }, (_, i) => ({ item: i + 2, label: `[${i * 50}, ${(i + 1) * 50})`, stat: 'bin' as const, value: null, lo: i * 50, hi: (i + 1) * 50, rows: 75_000, entities: null })),
];
const hours = Array.from({ length: 4000 }, (_, i) =>
  value(i, new Date(Date.UTC(2001, 0, 1) + i * 3_600_000).toISOString().slice(0, 16).replace('T', ' '), 200 + Math.round(600 * (1 + Math.sin(i / 4)))),
);
const delays = Array.from({ length: 25 }, (_, i) => value(i, String(i - 5), 1000 * (25 - i)));

export const REVIEW: ReviewDocument = {
  tool: 'adg',
  toolVersion: '0.1.0',
  document: 'review',
  dataset: 'flights',
  specFile: 'specs/flights.yaml',
  specHash: 'ab12'.padEnd(64, '7'),
  description: 'US flights, January to June 2001 <i>fixture</i>',
  engine: 'DuckDB',
  metadataHash: HASH,
  reviewedAt: '2026-05-01T09:30:00Z',
  release: 'manual',
  policy: { threshold: 10, roundTo: 5, count: 'rows', preset: 'nhs-hes', overrideReason: 'test data <em>only</em>' },
  summary: { blocking: 1, warnings: 1, fields: 5, itemsPublished: 228 + 42 + 4000 + 25, itemsSuppressed: 15, publishedRows: 3_000_000 },
  checks: [
    { id: 'suppression', title: 'Suppression', explains: 'Every published count is at least the threshold.', severity: 'blocking', status: 'pass', findings: [] },
    {
      id: 'nhs-number',
      title: 'NHS numbers',
      explains: 'Values that are valid NHS numbers identify a person.',
      severity: 'blocking',
      status: 'fail',
      findings: [{ field: NAMES.origin, items: Array.from({ length: 20 }, (_, i) => i + 3), detail: 'values <b>look like</b> NHS numbers | 10 digits' }],
    },
    {
      id: 'tail',
      title: 'Long tail',
      explains: 'Many items near the threshold.',
      severity: 'warning',
      status: 'fail',
      findings: [
        { field: NAMES.time, items: [], detail: 'most buckets are close to the threshold' },
        { field: null, items: [], detail: 'the dataset has a long tail overall' },
      ],
    },
  ],
  fields: [
    field(0, NAMES.origin, 'categorical', 'VARCHAR', airports, ['nhs-number']),
    field(1, NAMES.distance, 'continuous', 'DOUBLE', distances),
    field(2, NAMES.time, 'date', 'TIMESTAMP', hours, ['tail']),
    field(3, NAMES.delay, 'discrete', 'INTEGER', delays),
    field(4, NAMES.empty, 'categorical', 'VARCHAR', []),
  ],
  diff: {
    previousHash: 'beef'.padEnd(64, '1'),
    releasedAt: '2026-04-01T09:00:00Z',
    fields: [
      { field: NAMES.origin, appeared: ['AP227'], vanished: ['ZZZ <u>gone</u>'], moved: [{ label: 'AP001', before: 1200, after: 1205 }] },
      { field: NAMES.time, appeared: hours.slice(3960).map((h) => h.label), vanished: [], moved: [] },
    ],
  },
  checklist: ['Every field is meant to be published', 'The changes since the last release are explained by new data'],
  nextSteps: ['adg release specs/flights.yaml --hash ' + HASH, 'adg generate specs/flights.yaml --target <your target>'],
};

function qaField(f: FieldReview, limit: number, pValue: number | null): FieldQa {
  const items = f.items.slice(0, limit);
  const total = f.items.reduce((sum, i) => sum + i.rows, 0);
  const nulls = f.items.find((i) => i.stat === 'null');
  return {
    field: f.field,
    kind: f.kind,
    rows: 3_000_000,
    tvd: 0.0123,
    chiSquare: 12_345.678,
    degreesOfFreedom: f.items.length - 1,
    pValue,
    nullShare: { released: nulls ? nulls.rows / total : 0, generated: nulls ? nulls.rows / total + 0.0004 : 0 },
    items: items.map((i, n) => ({ label: i.label, released: i.rows / total, generated: (i.rows / total) * (n % 2 ? 1.03 : 0.97) })),
    outsideRelease: 0,
  };
}

export const QA: QaDocument = {
  tool: 'adg',
  toolVersion: '0.1.0',
  document: 'qa',
  dataset: 'flights',
  specFile: 'specs/flights.yaml',
  engine: 'DuckDB',
  metadataHash: HASH,
  qaAt: '2026-05-01T10:00:00Z',
  generatedAt: '2026-05-01T09:55:00Z',
  rows: { expected: 3_000_000, generated: 3_000_000 },
  summary: { blocking: 0, warnings: 1 },
  checks: [{ id: 'tvd', title: 'Shares match', explains: 'Generated shares are close to the released weights.', severity: 'warning', status: 'fail', findings: [{ field: NAMES.time, items: [0, 1], detail: 'TVD above 0.01' }] }],
  fields: [qaField(REVIEW.fields[0]!, 1000, 0.42), qaField(REVIEW.fields[1]!, 1000, 1.2e-12), qaField(REVIEW.fields[2]!, 500, 0.0004), qaField(REVIEW.fields[3]!, 1000, null)],
};
