// The dataset spec: what a YAML file may say. This zod schema is the single source of truth for
// validation, for the JSON Schema editors use (`adg schema`) and for the README's spec reference.
import { z } from 'zod';
import { PRESET_NAMES } from './presets.js';
import { FLOAT_TYPES, INTEGER_TYPES, NAMED_TYPES, TEMPORAL_TYPES, typeSchema } from './types.js';

export type { LogicalType } from './types.js';

export const KINDS = ['categorical', 'discrete', 'date', 'continuous', 'excluded', 'identifier', 'derived', 'reference'] as const;
/** Kinds that may be written alone, every option at its default. */
export const SHORTHAND_KINDS = ['categorical', 'discrete', 'date', 'continuous', 'excluded'] as const;
export const GRANULARITIES = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
export const RESOLUTIONS = ['day', 'hour', 'minute', 'second'] as const;
export const FILE_FORMATS = ['parquet', 'csv', 'json'] as const;

/** Largest row count a spec may ask for: row numbers feed a 32-bit counter-based generator. */
export const MAX_ROWS = 4_294_967_295;
export const DEFAULT_DISCLAIMER =
  'These data are artificially generated, any resemblance to real patients is coincidental.';

const Threshold = z
  .int()
  .min(1)
  .max(1_000_000)
  .describe('Smallest raw count that may be published. A count below it is dropped (tested before rounding).');
const RoundTo = z
  .int()
  .min(1)
  .max(1_000_000)
  .describe('Published counts are rounded to the nearest multiple of this base (halves round up). 1 = no rounding.');

const FieldSuppression = z
  .strictObject({ threshold: Threshold.optional(), round_to: RoundTo.optional() })
  .describe('{threshold, round_to}: a stricter policy for this field only. Each may be raised, never lowered below the dataset policy.');

/** Thresholds below this publish counts of one or two people; they need a written reason. */
export const MIN_THRESHOLD_WITHOUT_REASON = 3;

const common = {
  description: z.string().optional().describe('Free text for reviewers; not used by the compiler.'),
  suppression: FieldSuppression.optional(),
  stable: z
    .boolean()
    .optional()
    .describe(
      'Per entity (needs source.entity): scrape publishes how many rows disagree with their entity\'s most common value; generation gives each entity one value and keeps it on all but that share of its rows.',
    ),
};

const Categorical = z
  .strictObject({
    kind: z.literal('categorical'),
    type: typeSchema(NAMED_TYPES, true, 'Output column type (the source\'s, as adg init writes it): string, boolean, tinyint, smallint, int, bigint, integer (= bigint), float, double, decimal(p,s), date, timestamp or timestamptz. Default: string.').optional(),
    ...common,
  })
  .describe('Exact-value frequency table; every value counts as a category, NULL included.');

const Discrete = z
  .strictObject({
    kind: z.literal('discrete'),
    type: typeSchema([...INTEGER_TYPES, ...FLOAT_TYPES], true, 'Output column type: tinyint, smallint, int, bigint, integer (= bigint), float, double or decimal(p,s). Default: integer.').optional(),
    ...common,
  })
  .describe('Integers with an exact-value frequency table (values are cast to integers first).');

const DateField = z
  .strictObject({
    kind: z.literal('date'),
    granularity: z
      .enum(GRANULARITIES)
      .optional()
      .describe('Width of the published buckets. Default: day. Coarser buckets let more values pass suppression.'),
    resolution: z
      .enum(RESOLUTIONS)
      .optional()
      .describe(
        'Step of the generated values inside a bucket (each value is uniform within its bucket). Default: day for date output, second for timestamp output.',
      ),
    format: z
      .string()
      .min(1)
      .optional()
      .describe("strptime format for a source column stored as text, e.g. '%b %d %Y'. Unparseable text counts as NULL."),
    type: typeSchema(TEMPORAL_TYPES, false, 'Output column type: date, timestamp or timestamptz. Default: timestamp when granularity is hour or minute, otherwise date.').optional(),
    ...common,
  })
  .describe('Dates or timestamps, published as bucket frequencies at the chosen granularity.');

const Continuous = z
  .strictObject({
    kind: z.literal('continuous'),
    bins: z
      .int()
      .min(2)
      .max(1000)
      .optional()
      .describe(
        'Number of equal-frequency (percentile) bins of the values that are not point masses. Default 100. Edges are grid points; the outer edges sit at rank k from each end, so neither the minimum nor the maximum is published.',
      ),
    type: typeSchema([...INTEGER_TYPES, ...FLOAT_TYPES], true, 'Output column type: tinyint, smallint, int, bigint, integer (= bigint), float, double or decimal(p,s). Integer types are binned on whole numbers; doubles are rounded to the source\'s decimals. Default: double.').optional(),
    ...common,
  })
  .describe('Numbers: values held by at least k records are published as they are (point masses), the rest as percentile bins on a grid; generated uniformly within a bin chosen by its weight.');

const Excluded = z
  .strictObject({
    kind: z.literal('excluded'),
    reason: z.string().optional().describe('Why the field is left out (identifier, free text, ...).'),
    type: typeSchema(NAMED_TYPES, true, 'Type of the column, present in the output as NULLs (see generation.excluded_columns). Default: string.').optional(),
    description: common.description,
  })
  .describe('Not scraped and not generated: identifiers, free text, anything that must not leave the source.');

const Identifier = z
  .strictObject({
    kind: z.literal('identifier'),
    pattern: z
      .string()
      .min(1)
      .describe('A literal prefix real identifiers do not have, then literal text and classes [0-9], [A-Z], [a-z] (or combinations) with an optional {n}, e.g. "TEST[0-9]{8}".'),
    per: z
      .enum(['entity', 'row'])
      .optional()
      .describe('entity: one value per artificial entity, the same on each of its rows (default for source.entity); row: one value per row (default otherwise).'),
    type: typeSchema(['string', ...INTEGER_TYPES], false, 'Output column type: string (default) or an integer type (the pattern must then be digits only).').optional(),
    description: common.description,
  })
  .describe('A synthetic identifier: not scraped; made from the row or entity number by a bijection, so unique by construction and never a real value (the scrape checks no source value has the prefix).');

const FieldRef = z.string().min(1).describe('Name of another field of this spec.');
const FieldRefs = z.array(FieldRef).min(1);
export const EXPRESSIONS = ['substring', 'concat', 'count_not_null', 'age_years', 'age_band', 'constant'] as const;
const Expression = z.union([
  z.strictObject({ substring: z.strictObject({ of: FieldRef, start: z.int().min(1), length: z.int().min(1) }) }).describe('Characters start..start+length-1 (1-based) of a field as text.'),
  z.strictObject({ concat: z.strictObject({ of: FieldRefs, separator: z.string().optional() }) }).describe('The non-NULL fields as text joined by the separator (default ""); NULL when all are NULL.'),
  z.strictObject({ count_not_null: FieldRefs }).describe('How many of the fields are not NULL.'),
  z.strictObject({ age_years: z.strictObject({ from: FieldRef, to: FieldRef }) }).describe('Whole years from one date field to another (completed birthdays).'),
  z
    .strictObject({ age_band: z.strictObject({ from: FieldRef, to: FieldRef, bands: z.array(z.int().min(0)).min(1) }) })
    .describe('Age in whole years as a band label: bands [0, 18, 65] give "0-17", "18-64", "65+".'),
  z.strictObject({ constant: z.union([z.string(), z.number(), z.boolean()]) }).describe('The same value on every row.'),
]);

const Derived = z
  .strictObject({
    kind: z.literal('derived'),
    expression: Expression,
    type: typeSchema(NAMED_TYPES, true, 'Output column type. Default: text for substring, concat and age_band; bigint for count_not_null and age_years; from the value for constant.').optional(),
    description: common.description,
  })
  .describe('Computed from other fields of the same row after generation (never scraped).');

const Reference = z
  .strictObject({
    kind: z.literal('reference'),
    table: z.string().min(1).describe('The parent table (another table of this dataset, with the same entity).'),
    field: z.string().min(1).describe("The parent's identifier field (per row) this key refers to."),
    description: common.description,
  })
  .describe("A foreign key: not scraped; each row takes the key of one of its entity's rows in the parent table (NULL when the entity has none there), so every key resolves.");

export const FieldSchema = z.union([
  z.enum(SHORTHAND_KINDS).describe('Shorthand: just the kind, with every option at its default (identifier and derived need options).'),
  z.discriminatedUnion('kind', [Categorical, Discrete, DateField, Continuous, Excluded, Identifier, Derived, Reference]),
]);

const FileSource = z
  .strictObject({
    file: z.string().min(1).describe('Path of a Parquet, CSV or JSON file, relative to the project root.'),
    format: z.enum(FILE_FORMATS).optional().describe('File format. Default: taken from the file extension.'),
    entity: z
      .string()
      .min(1)
      .optional()
      .describe('Column that identifies a person (or other entity): counts may be taken per distinct entity.'),
    header: z
      .boolean()
      .optional()
      .describe('CSV only: whether the first line holds column names. Required when every column is text, since the engine cannot tell a header from a record then.'),
  })
  .describe('A file the engine reads in place, inside the project (or a directory adg.config.yaml allows).');

const TableSource = z
  .strictObject({
    table: z.string().min(1).describe('Table name in the source database.'),
    schema: z.string().min(1).optional().describe('Schema of the table. Default: main (DuckDB).'),
    entity: FileSource.shape.entity,
  })
  .describe('A table in the source database (set with --source-db or source_db in adg.config.yaml).');

const Suppression = z
  .strictObject({
    preset: z
      .enum(PRESET_NAMES)
      .optional()
      .describe('A published rule: nhs-hes (default), nhs-adg, opensafely or cms. Not combined with threshold/round_to.'),
    threshold: Threshold.optional(),
    round_to: RoundTo.optional(),
    count: z
      .enum(['rows', 'entities'])
      .optional()
      .describe('What a count counts: rows (default), or distinct values of source.entity.'),
    override_reason: z
      .string()
      .min(1)
      .optional()
      .describe(
        `Why a threshold below ${MIN_THRESHOLD_WITHOUT_REASON} is acceptable (required for one). Recorded in the metadata, the provenance and the export README.`,
      ),
  })
  .describe('Small-number suppression applied to every published count.');

const Generation = z
  .strictObject({
    rows: z.int().min(1).max(MAX_ROWS).optional().describe('Exact number of artificial rows (when rows are not grouped per entity).'),
    entities: z
      .int()
      .min(1)
      .max(MAX_ROWS)
      .optional()
      .describe('Exact number of artificial entities (needs source.entity): rows then come in groups, one per entity, each of a size drawn from the published rows per entity. A stable field or an identifier per entity groups rows too.'),
    scale: z
      .number()
      .positive()
      .max(1000)
      .optional()
      .describe('Rows (or entities, when rows are grouped per entity) as a multiple of the published source count. Default 1 when rows or entities is not set.'),
    seed: z
      .int()
      .min(0)
      .max(MAX_ROWS)
      .optional()
      .describe('Seed of the counter-based random stream. Same seed and metadata, same output. Default 0.'),
    excluded_columns: z
      .enum(['keep', 'drop'])
      .optional()
      .describe('keep (default): excluded fields are columns of NULLs of their type, so the output has the source\'s shape; drop: they are left out.'),
  })
  .describe('How many rows to generate and from which seed.');

const OrderedDates = z
  .array(z.array(z.string().min(1)).min(2))
  .describe(
    'Sequences of date fields made consistent in every row, e.g. [[ELECDATE, ADMIDATE, EPISTART, EPIEND, DISDATE]]: the non-NULL values of a row are sorted into the non-NULL positions; NULLs stay where they were. Fields of a sequence share type, granularity and resolution.',
  );
const Fields = z
  .record(z.string().min(1).max(255), FieldSchema)
  .describe('Source columns in output order, each with a kind (or an object with kind and options).');
const Source = z.union([FileSource, TableSource]).describe('Where the sensitive data lives.');

export const TableSchema = z
  .strictObject({
    description: z.string().optional().describe('Free text for reviewers.'),
    source: Source,
    vocabulary: z
      .boolean()
      .optional()
      .describe('A reference table with no personal data (e.g. OMOP concept): copied verbatim, in bulk, by the engine (through review and release like the metadata); it has no fields.'),
    ordered_dates: OrderedDates.optional(),
    fields: Fields.optional(),
  })
  .describe('One table of a multi-table dataset: its source, fields and ordered dates. Tables whose sources name an entity share one pool of artificial entities.');

export const SpecSchema = z
  .strictObject({
    version: z.literal(1).describe('Spec format version.'),
    dataset: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be snake_case: a lowercase letter, then lowercase letters, digits or _')
      .describe('Name of the dataset in snake_case (a lowercase letter, then lowercase letters, digits or _). Names the output table, the metadata table and the export files.'),
    description: z.string().optional().describe('Free text for reviewers.'),
    source: Source.optional(),
    suppression: Suppression.optional(),
    generation: Generation.optional(),
    time_zone: z
      .string()
      .min(1)
      .optional()
      .describe('IANA time zone every stage runs in (date buckets of timestamps with time zone, text of timestamps). Default: UTC.'),
    release: z
      .enum(['manual', 'auto'])
      .optional()
      .describe(
        'manual (default): generate reads only metadata a reviewer and an approver signed off with adg release. auto: adg run releases after a review with no blocking finding; only for sources that are not sensitive (public or made-up data).',
      ),
    release_reason: z
      .string()
      .min(1)
      .optional()
      .describe('Why release: auto is safe for a source about entities (people): e.g. "fictional fixture data". Required for release: auto with source.entity.'),
    disclaimer: z
      .string()
      .min(1)
      .optional()
      .describe('Text that travels with every export. Default: "' + DEFAULT_DISCLAIMER + '"'),
    ordered_dates: OrderedDates.optional(),
    fields: Fields.optional(),
    tables: z
      .record(z.string().regex(/^[a-z][a-z0-9_]{0,30}$/, 'must be snake_case'), TableSchema)
      .optional()
      .describe(
        'Several tables of one dataset (instead of source and fields), each compiled into the same program per stage; the output tables are named <dataset>_<table>. Suppression, generation, release and the disclaimer apply to all.',
      ),
  })
  .describe('An adg dataset spec.');

export type SpecInput = z.input<typeof SpecSchema>;
export type Kind = (typeof KINDS)[number];
export type Granularity = (typeof GRANULARITIES)[number];
export type Resolution = (typeof RESOLUTIONS)[number];
export type FileFormat = (typeof FILE_FORMATS)[number];

/** JSON Schema (draft-07, the newest yaml-language-server reads) for editors. */
export function specJsonSchema(): object {
  const schema = z.toJSONSchema(SpecSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  return { title: 'adg dataset spec', ...schema };
}
