// Review and release: the disclosure-control gate between scrape and generate.
//   review:  metadata -> findings, the published distribution, the metadata hash and a diff against the
//            last release, all read back by the runner into the review pack. Writes nothing.
//   release: metadata -> released scope, only for the hash a reviewer saw and while no blocking check
//            fails; appends the sign-off to the releases log in the same unit of work.
import { and, asc, ascText, cast, col, column, eq, exists, fn, from, inList, int, isNull, not, op, scalar, select, star, sub, text, unionAll, type Expr, type Query, type Section, type SqlType, type TableRef } from '../ir.js';
import type { Spec } from '../spec/model.js';
import { blockingAssert, findingsSection, specCatalogSection } from './checks.js';
import { metadataHashQuery, portableDoubleText } from './hash.js';
import { METADATA_CATALOG, RELEASED_CATALOG, scopeSetup, TEMP, tablesOf } from './names.js';
import type { StagePlaces } from './paths.js';

/** The releases log: one row per sign-off. */
export const RELEASE_LOG_COLUMNS: readonly (readonly [string, SqlType])[] = [
  ['released_at', 'timestamptz'],
  ['dataset', 'text'],
  ['spec_file', 'text'],
  ['spec_hash', 'text'],
  ['metadata_hash', 'text'],
  ['reviewer', 'text'],
  ['approver', 'text'],
  ['release_policy', 'text'],
  ['tool_version', 'text'],
];

/** Who signed off what. In generated/ these are placeholders: the SQL refuses them (no metadata hashes to one). */
export interface SignOff {
  readonly metadataHash: string;
  readonly reviewer: string;
  readonly approver: string;
  readonly policy: 'manual' | 'auto';
}

export const PLACEHOLDER_SIGN_OFF: SignOff = {
  metadataHash: '<metadata hash from the review pack>',
  reviewer: '<reviewer>',
  approver: '<approver>',
  policy: 'manual',
};

/** The metadata must be a scrape of this spec as it is now (not of another policy or source). */
function scrapedFromThisSpec(spec: Spec, metadata: TableRef): Section {
  return {
    title: 'The metadata must come from a scrape of this spec as it is now',
    statement: {
      k: 'assert',
      failWhen: not(exists(select([column(int(1))], { from: from(metadata), where: and(eq(col('stat'), text('depends_on')), eq(col('value'), text(spec.scrapeHash))) }))),
      message: `${spec.file}: the metadata was scraped from a different version of this spec (its source, fields, suppression policy or time zone changed since). Run adg scrape ${spec.file} again, then review it.`,
    },
  };
}

export interface ReviewChoices {
  /** Whether a release of this dataset exists to diff against (the released scope is then read too). */
  readonly previousRelease: boolean;
}

export function reviewSections(spec: Spec, places: StagePlaces, choices: ReviewChoices): Section[] {
  const t = tablesOf(spec.dataset, places);
  const metadata = t.reviewedMetadata;
  const sections: Section[] = [
    ...scopeSetup(places.metadata, 'read', METADATA_CATALOG, 'the metadata to review'),
    ...(choices.previousRelease ? scopeSetup(places.released, 'read', RELEASED_CATALOG, 'the last release (to diff against)') : []),
    scrapedFromThisSpec(spec, metadata),
    specCatalogSection(spec),
    findingsSection(metadata),
    {
      title: 'Findings, for the review pack',
      statement: { k: 'result', name: 'findings', query: select([column(star)], { from: from(TEMP.findings), orderBy: [ascText(col('check_id')), ascText(col('field'), true), asc(col('item'), true), ascText(col('detail'))] }) },
    },
    {
      title: 'The published metadata itself, for the charts (it passed suppression)',
      statement: { k: 'result', name: 'metadata', query: select([column(star)], { from: from(metadata), orderBy: [asc(col('ordinal')), ascText(col('stat')), asc(col('item'), true)] }) },
    },
    {
      title: 'The metadata hash a release must name',
      statement: { k: 'result', name: 'metadata_hash', query: metadataHashQuery(metadata) },
    },
  ];
  if (choices.previousRelease) {
    sections.push(
      {
        title: 'The last release of this dataset',
        statement: { k: 'result', name: 'previous_release', query: latestRelease(spec.dataset, t.releasedLog) },
      },
      {
        title: 'What changed since the last release: values that appeared or vanished, counts that moved',
        note: 'Two releases differ only by what changed in between: a count that moves by one rounding step can point at the records that moved it.',
        statement: { k: 'result', name: 'diff', query: diffQuery(metadata, t.releasedMetadata) },
      },
    );
  }
  return sections;
}

/** The newest row of the releases log for a dataset. */
function latestRelease(dataset: string, log: TableRef): Query {
  const l = (name: string) => col(name, 'l');
  return select([column(l('metadata_hash')), column(cast(l('released_at'), 'text'), 'released_at'), column(l('reviewer')), column(l('approver'))], {
    from: from(log, 'l'),
    where: and(eq(l('dataset'), text(dataset)), eq(l('released_at'), scalar(select([column({ k: 'agg', fn: 'max', arg: col('released_at') })], { from: from(log), where: eq(col('dataset'), text(dataset)) })))),
  });
}

/** Items (and dataset counts) of two metadata tables matched by field, stat and what they publish. */
function diffQuery(now: TableRef, before: TableRef): Query {
  const keyed = (table: TableRef) =>
    select(
      [
        column(fn('coalesce', col('field'), text('')), 'field'),
        column(col('stat')),
        column(col('value')),
        column(col('lo')),
        column(col('hi')),
        column(fn('coalesce', col('n_rows'), col('n_entities')), 'n'),
        column(op('||', op('||', op('||', op('||', fn('coalesce', col('value'), text('')), text('|')), fn('coalesce', portableDoubleText(col('lo')), text(''))), text('|')), fn('coalesce', portableDoubleText(col('hi')), text(''))), 'k'),
      ],
      { from: from(table), where: inList(col('stat'), [text('rows'), text('null'), text('value'), text('bin'), text('cardinality'), text('disagree'), text('pool')]) },
    );
  const side = (change: string, a: Query, b: Query, where: Expr, before: Expr, after: Expr): Query =>
    select(
      [
        column(col('field', 'a')),
        column(text(change), 'change'),
        column(col('stat', 'a')),
        column(col('value', 'a')),
        column(col('lo', 'a')),
        column(col('hi', 'a')),
        column(before, 'before'),
        column(after, 'after'),
      ],
      {
        from: sub(a, 'a'),
        joins: [{ type: 'left', from: sub(b, 'b'), on: and(eq(col('field', 'a'), col('field', 'b')), eq(col('stat', 'a'), col('stat', 'b')), eq(col('k', 'a'), col('k', 'b'))) }],
        where,
      },
    );
  const none = { k: 'null', type: 'bigint' } as const;
  return select([column(star)], {
    from: sub(
      unionAll([
        side('appeared', keyed(now), keyed(before), isNull(col('k', 'b')), none, col('n', 'a')),
        side('vanished', keyed(before), keyed(now), isNull(col('k', 'b')), col('n', 'a'), none),
        side('moved', keyed(now), keyed(before), and(not(isNull(col('k', 'b'))), op('<>', fn('coalesce', col('n', 'a'), int(-1)), fn('coalesce', col('n', 'b'), int(-1)))), col('n', 'b'), col('n', 'a')),
      ]),
      'd',
    ),
    orderBy: [ascText(col('field')), ascText(col('change')), ascText(col('stat')), ascText(col('value'), true), asc(col('lo'), true)],
  });
}

export function releaseSections(spec: Spec, places: StagePlaces, signOff: SignOff, toolVersion: string): Section[] {
  const t = tablesOf(spec.dataset, places);
  const metadata = t.reviewedMetadata;
  const hash = scalar(metadataHashQuery(metadata));
  const given = text(signOff.metadataHash);
  const row = select(
    [
      column(fn('now'), 'released_at'),
      column(text(spec.dataset), 'dataset'),
      column(text(spec.file), 'spec_file'),
      column(text(spec.hash), 'spec_hash'),
      column(given, 'metadata_hash'),
      column(text(signOff.reviewer), 'reviewer'),
      column(text(signOff.approver), 'approver'),
      column(text(signOff.policy), 'release_policy'),
      column(text(toolVersion), 'tool_version'),
    ],
    {
      from: { k: 'values', rows: [[int(1)]], columns: ['one'], as: 'once' },
      // Releasing the hash that is already the latest release adds nothing.
      where: not(exists(select([column(int(1))], { from: sub(latestRelease(spec.dataset, t.releases), 'r'), where: eq(col('metadata_hash', 'r'), given) }))),
    },
  );
  return [
    ...scopeSetup(places.metadata, 'read', METADATA_CATALOG, 'the reviewed metadata'),
    scrapedFromThisSpec(spec, metadata),
    {
      title: 'The metadata must be exactly what the reviewer saw: its hash equals the signed-off one',
      statement: {
        k: 'assert',
        failWhen: op('or', isNull(hash), op('<>', hash, given)),
        message: `${spec.file}: the metadata's hash is not the one given to release: either the hash is mistyped, or the metadata changed after review (a new scrape). Run adg review ${spec.file} again and release the hash its report shows.`,
      },
    },
    specCatalogSection(spec),
    findingsSection(metadata),
    blockingAssert(spec),
    {
      title: 'The releases log, if this is the first release into this scope',
      statement: { k: 'ensureTable', table: t.releases, columns: RELEASE_LOG_COLUMNS },
    },
    {
      title: 'Copy the metadata into the released scope and log the sign-off, all or nothing',
      note: 'Generate reads only this copy, and only when the log names its hash.',
      statement: {
        k: 'replace',
        tables: [
          { target: t.released, query: select([column(star)], { from: from(metadata) }) },
          // A vocabulary travels with its metadata, verbatim.
          ...(spec.vocabulary ? [{ target: t.releasedVocabulary, query: select([column(star)], { from: from(t.reviewedVocabulary) }) }] : []),
        ],
        appends: [{ target: t.releases, query: row }],
      },
    },
  ];
}

/** The newest release of a dataset and the hash of the released copy as it is now (what release checks first). */
export function latestReleaseSections(dataset: string, places: StagePlaces): Section[] {
  const t = tablesOf(dataset, places);
  return [
    ...scopeSetup(places.released, 'read', RELEASED_CATALOG, 'the releases log'),
    { title: 'The latest release of this dataset', statement: { k: 'result', name: 'latest_release', query: latestRelease(dataset, t.releasedLog) } },
    { title: 'The hash of the released copy', statement: { k: 'result', name: 'released_hash', query: metadataHashQuery(t.releasedMetadata) } },
  ];
}

/** The release generate uses: the latest log row, if its hash is the released metadata's (`hash`). */
export function releaseRecordQuery(dataset: string, places: StagePlaces, hash: Expr): Query {
  const t = tablesOf(dataset, places);
  const latest = latestRelease(dataset, t.releasedLog);
  return select([column(col('metadata_hash', 'r')), column(col('released_at', 'r')), column(col('reviewer', 'r')), column(col('approver', 'r'))], {
    from: sub(latest, 'r'),
    where: eq(col('metadata_hash', 'r'), hash),
  });
}

/** Generate's gate: the released metadata (whose hash is `hash`) must be the latest release of this dataset. */
export function releasedAssert(view: { readonly file: string; readonly dataset: string }, places: StagePlaces, hash: Expr): Section {
  return {
    title: 'The released metadata must be the latest sign-off of this dataset, by hash',
    note: 'A copy made by hand, or changed after release, has no matching row in the releases log.',
    statement: {
      k: 'assert',
      failWhen: not(exists(releaseRecordQuery(view.dataset, places, hash))),
      message: `${view.file}: the released metadata does not match the latest sign-off in the releases log (it was copied or changed outside adg release). Run adg review ${view.file}, then adg release with the hash its report shows.`,
    },
  };
}
