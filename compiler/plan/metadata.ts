// The published metadata table: the only thing scrape writes and the only thing generate reads.
// One row per (field, item): the source row count, a field's NULL count, a value, a percentile bin, or
// an entity cardinality; and per field the policy its counts passed. Every count in it has passed suppression.

export const METADATA_COLUMNS = [
  ['ordinal', 'bigint', 'Position of the field in the spec (0 for dataset-level rows).'],
  ['field', 'text', 'Field name (NULL for dataset-level rows).'],
  ['kind', 'text', 'categorical, discrete, date, continuous, or dataset.'],
  ['stat', 'text', 'rows | null | value | bin | cardinality | disagree | pool | policy | depends_on.'],
  ['item', 'bigint', 'Sampling order within the field (0-based; NULL for rows and cardinality).'],
  ['value', 'text', 'The value as text (value rows; NaN, Infinity or -Infinity for continuous fields), bucket start (date, YYYY-MM-DD[ HH:MM:SS]), rows per entity (cardinality; NULL for a band of counts, whose edges are lo and hi), the suppression policy as JSON (policy), or the sha256 of what the scrape depended on (depends_on).'],
  ['lo', 'double', 'Lower edge of a percentile bin or a band of rows per entity (inclusive); the number of a continuous point mass (value row, lo = hi).'],
  ['hi', 'double', 'Upper edge of a percentile bin or a band (exclusive); the number of a continuous point mass.'],
  ['n_rows', 'bigint', 'Suppressed, rounded row count (disagree: rows whose value differs from their entity\'s most common one).'],
  ['n_entities', 'bigint', 'Suppressed, rounded count of distinct entities (NULL when not counted; pool: the entities of every table of the dataset that names one).'],
] as const;

export type MetadataColumn = (typeof METADATA_COLUMNS)[number][0];

/** stat values whose rows are sampling items, in item order. */
export const ITEM_STATS = ['null', 'value', 'bin'] as const;
