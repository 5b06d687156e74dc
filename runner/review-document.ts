// The review pack as data: what `adg review` found (review.json) and what `adg qa` measured (qa.json).
// The HTML report and the Markdown summary are rendered from these documents alone. Everything in them
// is published metadata (it passed suppression) or artificial data: no source value, no raw count.

export type Severity = 'blocking' | 'warning';

/** One thing a check found: a field (or the dataset), the item numbers involved, and what is wrong. */
export interface Finding {
  readonly field: string | null;
  /** Item numbers (sampling order within the field, 0-based) the finding is about; empty for the whole field. */
  readonly items: readonly number[];
  /** In words; may quote a published value (it passed suppression), never a raw count. */
  readonly detail: string;
}

export interface CheckResult {
  /** Stable id, e.g. suppression, excluded-fields, nhs-number, email, postcode, phone, date-of-birth, free-text, identifier-like, tail. */
  readonly id: string;
  readonly title: string;
  /** What the check looks for and why it matters, for a reviewer who has not read the README. */
  readonly explains: string;
  readonly severity: Severity;
  readonly status: 'pass' | 'fail';
  readonly findings: readonly Finding[];
}

/** One published item of a field: a value (or NULL), a percentile bin [lo, hi), or a point mass. */
export interface PublishedItem {
  readonly item: number;
  /** How the item is shown: the value, "NULL", "[12.5, 14)" for a bin, "2001-01-01 06:00" for a bucket. */
  readonly label: string;
  readonly stat: 'null' | 'value' | 'bin';
  readonly value: string | null;
  readonly lo: number | null;
  readonly hi: number | null;
  /** Published (suppressed, rounded) row count. */
  readonly rows: number;
  readonly entities: number | null;
}

export interface FieldReview {
  readonly ordinal: number;
  readonly field: string;
  readonly kind: 'categorical' | 'discrete' | 'date' | 'continuous' | 'entity';
  readonly type: string;
  readonly description?: string;
  readonly policy: { readonly threshold: number; readonly roundTo: number };
  /** The published distribution, in item order. */
  readonly items: readonly PublishedItem[];
  /** What suppression took: items (values, not people) and a coarse band of the share of rows. */
  readonly suppressed: { readonly items: number; readonly rows: string };
  /** Ids of the checks that failed on this field. */
  readonly failed: readonly string[];
}

/** Differences from the last release of this dataset, for judging differencing risk between releases. */
export interface ReleaseDiff {
  readonly previousHash: string;
  readonly releasedAt: string;
  readonly fields: readonly {
    readonly field: string;
    readonly appeared: readonly string[];
    readonly vanished: readonly string[];
    readonly moved: readonly { readonly label: string; readonly before: number; readonly after: number }[];
  }[];
}

export interface ReviewDocument {
  readonly tool: 'adg';
  readonly toolVersion: string;
  readonly document: 'review';
  readonly dataset: string;
  readonly specFile: string;
  readonly specHash: string;
  readonly description?: string;
  /** The engine the review ran on, e.g. "DuckDB". */
  readonly engine: string;
  /** SHA-256 of the metadata's canonical serialisation: the same on every engine for the same content. */
  readonly metadataHash: string;
  readonly reviewedAt: string;
  /** The spec's release policy; auto only for non-sensitive sources. */
  readonly release: 'auto' | 'manual';
  readonly policy: {
    readonly threshold: number;
    readonly roundTo: number;
    readonly count: 'rows' | 'entities';
    readonly preset?: string;
    readonly overrideReason?: string;
  };
  readonly summary: {
    readonly blocking: number;
    readonly warnings: number;
    readonly fields: number;
    readonly itemsPublished: number;
    readonly itemsSuppressed: number;
    /** Published (rounded) source row count, or null when it was suppressed. */
    readonly publishedRows: number | null;
  };
  readonly checks: readonly CheckResult[];
  readonly fields: readonly FieldReview[];
  /** Null on a first release (nothing released before). */
  readonly diff: ReleaseDiff | null;
  /** What the reviewer confirms before signing off. */
  readonly checklist: readonly string[];
  /** The exact commands to run next. */
  readonly nextSteps: readonly string[];
}

/** Per field: released weights against generated frequencies. */
export interface FieldQa {
  readonly field: string;
  readonly kind: string;
  readonly rows: number;
  /** Total variation distance between released and generated shares (0 = identical, 1 = disjoint). */
  readonly tvd: number;
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  /** P-value of the chi-square goodness-of-fit test (null with a single item). */
  readonly pValue: number | null;
  readonly nullShare: { readonly released: number; readonly generated: number };
  /** Up to the report's limit of items, in item order: released and generated shares. */
  readonly items: readonly { readonly label: string; readonly released: number; readonly generated: number }[];
  /** Generated rows whose value is not a released value / inside a released bin or bucket. */
  readonly outsideRelease: number;
}

export interface QaDocument {
  readonly tool: 'adg';
  readonly toolVersion: string;
  readonly document: 'qa';
  readonly dataset: string;
  readonly specFile: string;
  readonly engine: string;
  readonly metadataHash: string;
  readonly qaAt: string;
  readonly generatedAt: string;
  readonly rows: { readonly expected: number; readonly generated: number };
  readonly summary: { readonly blocking: number; readonly warnings: number };
  readonly checks: readonly CheckResult[];
  readonly fields: readonly FieldQa[];
}
