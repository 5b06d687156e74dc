// Identifier screening: one set of rules, used by `adg init` (to propose such columns as excluded) and by
// scrape (to warn when a generated field looks like one). A column is an identifier by its name (NHS
// number, record numbers, keys, names, addresses, postcodes, e-mail, phone, date of birth) or by its
// content. Content is judged from counts the engine computes (distinct values per row and per entity,
// and how many values have the shape of an NHS number, e-mail, phone number or UK postcode); no value
// ever leaves the engine for this.
import { caseWhen, cast, column, fn, int, isNotNull, op, agg, text, eq, and, type Expr, type SelectColumn } from './ir.js';

/** What a column's name says it holds, when that is identifying. */
export type IdentifierName = 'nhs-number' | 'record-number' | 'key' | 'person-name' | 'address' | 'postcode' | 'email' | 'phone' | 'date-of-birth';

const NAME_WORDS: Record<IdentifierName, string> = {
  'nhs-number': 'an NHS number',
  'record-number': 'a hospital or medical record number',
  key: 'a record or person key',
  'person-name': "a person's name",
  address: 'an address',
  postcode: 'a postcode',
  email: 'an e-mail address',
  phone: 'a phone number',
  'date-of-birth': 'a date of birth',
};

/** Identifier column names of the NHS systems adg stands in for (HES, SUS, ECDS). */
const KNOWN_KEYS = new Set([
  'hesid', 'pseudo_hesid', 'token_person_id', 'person_id', 'persion_id', 'mpsid', 'lopatid', 'patpathid', 'bookrefno',
  'cdsuniqueid', 'susrecid', 'epikey', 'aekey', 'attendkey', 'attendno', 'attendid', 'preferer',
]);

/** snake_case words of a name: "PatientID" and "Patient ID" both become patient_id. */
export function nameWords(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const NAME_RULES: readonly (readonly [IdentifierName, RegExp])[] = [
  ['nhs-number', /^(new_?)?nhs$|(^|_)(new_?)?nhs_?(no|num|number|nbr|nr)($|_)/],
  ['record-number', /(^|_)(mrn|hosp(ital)?_?(no|num|number)|medical_record(_?(no|num|number))?|case_?note_?(no|num|number)|patient_?(no|num|number)|crn|chi_?(no|num|number)?)($|_)/],
  ['date-of-birth', /(^|_)(dob|my_?dob|date_?of_?birth|birth_?date|birth_?day|d_?o_?b)($|_)/],
  ['email', /(^|_)(e_?mail|email_?address)($|_)/],
  ['phone', /(^|_)(phone|tel|telephone|mobile|fax)(_?(no|num|number))?($|_)/],
  ['postcode', /(^|_)(post_?code|postal_?code|zip(_?code)?)($|_)/],
  ['address', /(^|_)(address|addr|street|house_?(no|num|number|name))($|_)/],
  [
    'person-name',
    /^((patient|person|pat|client|carer|gp|doctor|nok|next_of_kin)_)?(name|names|forename|forenames|surname|first_?name|last_?name|given_?names?|family_?name|full_?name|middle_?names?|maiden_?name|initials)$/,
  ],
  ['key', /^(id|pid|uid|uuid|guid|key|.*_id|.*_pid|.*_uuid|.*_guid|.*_key)$/],
];

/** The identifying thing a column name says it holds, if any. */
export function identifierName(name: string): IdentifierName | undefined {
  const words = nameWords(name);
  if (KNOWN_KEYS.has(words)) return 'key';
  // An OMOP *_concept_id is a code of the concept vocabulary (8507 = male), not a key of a record.
  if (/(^|_)concept_id$/.test(words)) return undefined;
  return NAME_RULES.find(([, pattern]) => pattern.test(words))?.[0];
}

/**
 * Shares the engine computes for a column (or a field's scraped values): never a value, and no
 * count of people either (scrape returns these to the operator, rounded down to whole percent).
 */
export interface ContentProfile {
  /** Whether there are enough non-NULL values (MIN_VALUES) for distinctness to mean anything. */
  readonly enoughValues: boolean;
  /** Distinct non-NULL values per non-NULL row. */
  readonly distinctPerRow: number;
  /** Average distinct entities per value, when known (20 or more distinct values): near 1, values point at entities. */
  readonly entitiesPerValue?: number;
  /** Shares of non-NULL rows whose value has each identifying shape. */
  readonly nhsNumbers: number;
  readonly emails: number;
  readonly phones: number;
  readonly postcodes: number;
}

export const SHAPES = ['nhsNumbers', 'emails', 'phones', 'postcodes'] as const;
export type Shape = (typeof SHAPES)[number];
const SHAPE_WORDS: Record<Shape, string> = {
  nhsNumbers: 'are valid NHS numbers (modulus-11 check digit)',
  emails: 'are e-mail addresses',
  phones: 'are UK phone numbers',
  postcodes: 'are UK postcodes',
};

/** A share of values with an identifying shape above which the column is treated as holding them. */
const SHAPE_SHARE = 0.5;
/** Distinct values per row (or per entity) above which a column singles out records (or people). */
const DISTINCT_SHARE = 0.9;
/** Values shared by fewer entities than this on average point at the entities that hold them. */
const ENTITIES_PER_VALUE = 1.5;
/** Below this many values (or entities), distinctness says nothing. */
export const MIN_VALUES = 20;

export type ValueFamily = 'text' | 'integer' | 'other';

/**
 * Why a column is an identifier, in words with rounded shares (no counts of people), or undefined.
 * family: what the values are; names only identify text and integers, and distinctness only text
 * (integers single out records by distinctness only when their name also says key).
 */
export function identifierReason(name: string, family: ValueFamily, profile?: ContentProfile): string | undefined {
  return namedOrShaped(name, family, profile) ?? singlesOut(family, profile);
}

/** By its name (an identifier's name on text or integers) or by the shape of most of its values. */
export function namedOrShaped(name: string, family: ValueFamily, profile?: ContentProfile): string | undefined {
  const named = family === 'other' ? undefined : identifierName(name);
  // A date of birth is not excluded but coarsened; the caller decides (see isDateOfBirth).
  if (named && named !== 'date-of-birth') return `the name says it is ${NAME_WORDS[named]}`;
  if (!profile) return undefined;
  const shape = SHAPES.find((x) => profile[x] > 0 && profile[x] >= SHAPE_SHARE);
  return shape ? `${percent(profile[shape])} of its values ${SHAPE_WORDS[shape]}` : undefined;
}

/** By distinctness: text with (nearly) a value per row, or whose values mostly belong to one entity each. */
export function singlesOut(family: ValueFamily, profile?: ContentProfile): string | undefined {
  if (family !== 'text' || !profile?.enoughValues) return undefined;
  if (profile.distinctPerRow >= DISTINCT_SHARE) return `${percent(Math.min(profile.distinctPerRow, 1))} of its values are distinct: it singles out records`;
  if (profile.entitiesPerValue !== undefined && profile.entitiesPerValue < ENTITIES_PER_VALUE) {
    return `its values each belong to about ${profile.entitiesPerValue.toFixed(1)} entities: they point at the people who hold them`;
  }
  return undefined;
}

/** Text and integers can be identifiers by name; numbers, booleans and dates cannot (dates of birth aside). */
export function valueFamily(family: string): ValueFamily {
  return family === 'text' || family === 'integer' ? family : 'other';
}

/** Whether a column's name says it is a date of birth (published no finer than a year). */
export function isDateOfBirth(name: string): boolean {
  return identifierName(name) === 'date-of-birth';
}

function percent(share: number): string {
  return `${Math.floor(share * 100)}%`;
}

// ---- the counts, as SQL ----------------------------------------------------------------------------------

/** Characters people put inside numbers: "943 476 5919", "(0113) 496-0000". */
const NUMBER_PUNCTUATION = '[ ()-]';
export const PATTERNS = {
  tenDigits: '^[0-9]{10}$',
  email: '^[^@ ]+@[^@ ]+[.][^@ ]+$',
  ukPhone: '^([+]44|0044|0)[0-9]{9,10}$',
  ukPostcode: '^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$',
} as const;

/** The value as text with number punctuation removed (the input of the NHS number and phone tests). */
export function digitsOnly(valueText: Expr): Expr {
  return fn('replaceAll', valueText, text(NUMBER_PUNCTUATION), text(''));
}

/** True for a valid NHS number: 10 digits whose weighted sum (10..2) gives the check digit by modulus 11. */
export function isNhsNumber(digits: Expr): Expr {
  const digit = (i: number) => cast(fn('substr', digits, int(i), int(1)), 'bigint');
  const sum = Array.from({ length: 9 }, (_, i) => op('*', digit(i + 1), int(10 - i))).reduce((a, b) => op('+', a, b));
  // 11 - (sum mod 11), with 11 meaning 0; 10 never equals a digit, so such numbers are invalid.
  const check = fn('mod', op('-', int(11), fn('mod', sum, int(11))), int(11));
  return caseWhen([[fn('matches', digits, text(PATTERNS.tenDigits)), eq(check, digit(10))]], { k: 'lit', type: 'boolean', value: false });
}

/** The test for each identifying shape, over a value as text and its digits (see digitsOnly). */
export function shapeTests(valueText: Expr, digits: Expr): Record<Shape, Expr> {
  return {
    nhsNumbers: isNhsNumber(digits),
    emails: fn('matches', valueText, text(PATTERNS.email)),
    phones: fn('matches', digits, text(PATTERNS.ukPhone)),
    postcodes: fn('matches', valueText, text(PATTERNS.ukPostcode)),
  };
}

/**
 * Rows with each shape, as aggregates over rows with a value as text, its digits and a weight (1 per
 * source row, or a scraped row count). Columns are named prefix + shape.
 */
export function shapeCounts(valueText: Expr, digits: Expr, weight: Expr, prefix: string): SelectColumn[] {
  const tests = shapeTests(valueText, digits);
  return SHAPES.map((shape) => column(cast(agg('sum', caseWhen([[and(isNotNull(valueText), tests[shape]), weight]], int(0))), 'bigint'), `${prefix}${shape}`));
}
