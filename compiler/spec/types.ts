// Output column types a spec may name: the source's shape, spelled the same for every engine. `adg init`
// writes each column's type from the catalog, so the artificial table has the source's types
// (DECIMAL(10,2) stays DECIMAL(10,2), SMALLINT stays SMALLINT, TIMESTAMPTZ stays TIMESTAMPTZ).
import { z } from 'zod';
import type { SqlType } from '../ir.js';

export const INTEGER_TYPES = ['tinyint', 'smallint', 'int', 'bigint', 'integer'] as const;
export const FLOAT_TYPES = ['float', 'double'] as const;
export const TEMPORAL_TYPES = ['date', 'timestamp', 'timestamptz'] as const;
export const NAMED_TYPES = ['string', 'boolean', ...INTEGER_TYPES, ...FLOAT_TYPES, ...TEMPORAL_TYPES] as const;

export type DecimalType = `decimal(${number},${number})`;
export type LogicalType = (typeof NAMED_TYPES)[number] | DecimalType;

const DECIMAL = /^decimal\((\d{1,2}),(\d{1,2})\)$/;

/** decimal(p,s) with 1 <= p <= 38 and s <= p, written without spaces. */
export function decimalType(precision: number, scale: number): DecimalType {
  return `decimal(${precision},${scale})`;
}

export function decimalParts(type: LogicalType): { precision: number; scale: number } | undefined {
  const m = DECIMAL.exec(type);
  return m ? { precision: Number(m[1]), scale: Number(m[2]) } : undefined;
}

const decimalSchema = z
  .string()
  .transform((s) => s.replaceAll(' ', '').toLowerCase())
  .refine((s) => {
    const m = DECIMAL.exec(s);
    return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 38 && Number(m[2]) <= Number(m[1]);
  }, 'a decimal type is decimal(precision,scale) with 1 <= precision <= 38 and scale <= precision')
  .transform((s) => s as DecimalType);

/** A zod schema of the types a kind accepts. */
export function typeSchema(names: readonly string[], decimals: boolean, description: string) {
  const named = z.enum(names as [string, ...string[]]);
  return (decimals ? z.union([named, decimalSchema]) : named).describe(description) as z.ZodType<LogicalType>;
}

export const isIntegerType = (t: LogicalType) => (INTEGER_TYPES as readonly string[]).includes(t);
export const isNumericType = (t: LogicalType) => isIntegerType(t) || (FLOAT_TYPES as readonly string[]).includes(t) || !!decimalParts(t);

/** The IR type of an output type. */
export function sqlType(t: LogicalType): SqlType {
  const decimal = decimalParts(t);
  if (decimal) return decimalType(decimal.precision, decimal.scale);
  const map: Record<(typeof NAMED_TYPES)[number], SqlType> = {
    string: 'text',
    boolean: 'boolean',
    tinyint: 'tinyint',
    smallint: 'smallint',
    int: 'int',
    bigint: 'bigint',
    // The original name of a 64-bit integer in specs.
    integer: 'bigint',
    float: 'float',
    double: 'double',
    date: 'date',
    timestamp: 'timestamp',
    timestamptz: 'timestamptz',
  };
  return map[t as (typeof NAMED_TYPES)[number]];
}

/** How dates are truncated and stepped for an output type. */
export function temporalKind(t: LogicalType): 'date' | 'timestamp' {
  return t === 'date' ? 'date' : 'timestamp';
}
