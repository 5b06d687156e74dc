// The validated, normalised spec the compiler works from: every default filled in, fields in spec order.
import type { Granularity, Kind, Resolution, FileFormat } from './schema.js';
import type { LogicalType } from './types.js';
import type { Policy, PresetName } from './presets.js';
import type { Location } from '../errors.js';
import type { IdentifierPattern } from './pattern.js';

export type GeneratedKind = Exclude<Kind, 'excluded' | 'identifier' | 'derived' | 'reference'>;

export interface Field {
  /** 1-based position among generated fields; names the field's columns inside compiled SQL. */
  readonly ordinal: number;
  /** Source column name, also the output column name. Any text: quoted wherever it is used. */
  readonly name: string;
  readonly kind: GeneratedKind;
  readonly type: LogicalType;
  readonly granularity?: Granularity;
  readonly resolution?: Resolution;
  readonly format?: string;
  readonly bins?: number;
  readonly policy: Policy;
  /** One value per entity, kept on all but the published share of its rows (needs source.entity). */
  readonly stable: boolean;
  /**
   * A stable field of a multi-table dataset that an earlier table of the entity pool has too: the
   * dataset of that table, whose released distribution gives each entity its value, so one entity has
   * one value in every table.
   */
  readonly home?: string;
  readonly description?: string;
  readonly location: Location;
}

/** A synthetic identifier: not scraped, made from the row or entity number. */
export interface IdentifierField {
  readonly name: string;
  readonly pattern: IdentifierPattern;
  readonly per: 'entity' | 'row';
  readonly type: LogicalType;
  readonly description?: string;
  readonly location: Location;
}

/** What a derived field computes from other fields of its row (names of output columns). */
export type Derivation =
  | { readonly op: 'substring'; readonly of: string; readonly start: number; readonly length: number }
  | { readonly op: 'concat'; readonly of: readonly string[]; readonly separator: string }
  | { readonly op: 'count_not_null'; readonly of: readonly string[] }
  | { readonly op: 'age_years'; readonly from: string; readonly to: string }
  | { readonly op: 'age_band'; readonly from: string; readonly to: string; readonly bands: readonly number[] }
  | { readonly op: 'constant'; readonly value: string | number | boolean };

export interface DerivedField {
  readonly name: string;
  readonly expression: Derivation;
  readonly type: LogicalType;
  readonly description?: string;
  readonly location: Location;
}

/** A foreign key to a per-row identifier of another table of the same entity pool. */
export interface ReferenceField {
  readonly name: string;
  /** The parent table's name as the spec writes it, and once resolved its dataset and identifier. */
  readonly table: string;
  readonly field: string;
  readonly parent?: { readonly dataset: string; readonly identifier: IdentifierField };
  readonly type: LogicalType;
  readonly description?: string;
  readonly location: Location;
}

export interface ExcludedField {
  readonly name: string;
  readonly reason?: string;
  readonly type: LogicalType;
  readonly description?: string;
  readonly location: Location;
}

/** A column of the output, in spec order: a generated field, an excluded one (NULLs of its type), an identifier or a derived field. */
export type OutputColumn =
  | { readonly generated: Field }
  | { readonly excluded: ExcludedField }
  | { readonly identifier: IdentifierField }
  | { readonly derived: DerivedField }
  | { readonly reference: ReferenceField };

/** The name and type of an output column, whatever it is. */
export function columnOf(c: OutputColumn): { readonly name: string; readonly type: LogicalType } {
  return 'generated' in c ? c.generated : 'excluded' in c ? c.excluded : 'identifier' in c ? c.identifier : 'derived' in c ? c.derived : c.reference;
}

export type Source =
  | { readonly kind: 'file'; readonly path: string; readonly format: FileFormat; readonly header?: boolean }
  | { readonly kind: 'table'; readonly schema?: string; readonly table: string };

export interface DatasetPolicy extends Policy {
  readonly preset?: PresetName;
  /** What a count counts. */
  readonly count: 'rows' | 'entities';
  /** Why a threshold below the usual minimum is acceptable (set exactly when one is used). */
  readonly overrideReason?: string;
}

export interface Spec {
  /** Path of the spec file as given (used in every message). */
  readonly file: string;
  readonly dataset: string;
  readonly description?: string;
  readonly source: Source;
  readonly sourceLocation: Location;
  /** Column identifying a person or other entity, if the spec names one. */
  readonly entity?: string;
  readonly policy: DatasetPolicy;
  readonly fields: readonly Field[];
  readonly excluded: readonly ExcludedField[];
  readonly identifiers: readonly IdentifierField[];
  readonly derived: readonly DerivedField[];
  readonly references: readonly ReferenceField[];
  /** A vocabulary table: copied verbatim (no fields). */
  readonly vocabulary: boolean;
  /** Sequences of date fields (names) made consistent in every row. */
  readonly orderedDates: readonly (readonly string[])[];
  /**
   * rows: exact rows; entities: exact entities (rows in groups per entity: with generation.entities, a
   * stable field or an identifier per entity); scale: a multiple of the published rows or entities.
   */
  readonly generation: {
    /** row: independent rows (an entity, if any, only counts); entity: rows in groups per artificial entity. */
    readonly per: 'row' | 'entity';
    readonly rows?: number;
    readonly entities?: number;
    readonly scale?: number;
    readonly seed: number;
    readonly excludedColumns: 'keep' | 'drop';
  };
  /** The output's columns in spec order (excluded fields included unless generation.excluded_columns is drop). */
  readonly columns: readonly OutputColumn[];
  readonly disclaimer: string;
  /** IANA time zone every stage runs in. */
  readonly timeZone: string;
  /** manual: a person signs off each release (adg release); auto: released after a clean review (non-sensitive sources only). */
  readonly release: 'manual' | 'auto';
  /** A multi-table spec: one part per table, each a one-table spec of dataset <dataset>_<table>. */
  readonly parts?: readonly Spec[];
  /** The table's name, in a part of a multi-table spec. */
  readonly table?: string;
  /**
   * Tables of one dataset that name an entity share a pool of entities: its name (the dataset, which
   * keys the entities' random streams) and the other tables' sources and entity columns.
   */
  readonly entityPool?: { readonly name: string; readonly others: readonly { readonly dataset: string; readonly source: Source; readonly entity: string }[] };
  /** sha256 of the normalised spec: comments and formatting do not change it. */
  readonly hash: string;
  /**
   * sha256 of what the scraped metadata depends on (source, entity, policy, time zone and each field's
   * counting options): metadata records it, and generate refuses metadata scraped under another one.
   */
  readonly scrapeHash: string;
}
