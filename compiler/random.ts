// Portable counter-based randomness. Every random number is a pure function of (seed, dataset, field,
// stream, row number), built from 32-bit xorshift-multiply rounds whose multipliers are odd and below
// 2^31: for x < 2^32 every product x * m is below 2^63, so PostgreSQL and Spark (ANSI mode, signed
// 64-bit, overflow is an error) compute exactly what DuckDB does, with no split multiply and no
// engine random() or hash().
//
// Reference semantics (what every dialect's SQL must compute):
//   H(i)   = mix(ROW, (rowKey + i) mod 2^32)       -- once per row, i = 0-based row number < 2^32
//   h_f(i) = mix(FIELD, (H(i) + key_f) mod 2^32)   -- per field and stream
// Work is shared across the fields of a row: the row hash costs three rounds once, each field two.
// Adding the field's key (not xor-ing it) matters: xor commutes with the xorshift steps, and two
// rounds after an xor left 6 of 231 field pairs dependent at 4M rows; after an add, none of 276 were
// (see test/random.test.ts, which repeats these tests). The multipliers were picked by an avalanche
// search (bias at the noise floor of 2^15 samples, as triple32's).
import { cast, fn, int, op, type Expr } from './ir.js';

export const TWO_POW_MINUS_32 = 2 ** -32;
export const MASK32 = 0xffffffff;

type Rounds = { readonly rounds: readonly (readonly [shift: number, multiplier: number])[]; readonly final: number };
/** The row mixer: three rounds, then a final xorshift. */
export const ROW_MIX: Rounds = { rounds: [[16, 0x68fd19b9], [15, 0x2fb081ff], [16, 0x1e36ed5f]], final: 15 };
/** The per-field mixer: two rounds over the row hash plus the field's key. */
export const FIELD_MIX: Rounds = { rounds: [[16, 0x7c012a0b], [15, 0x350a227b]], final: 16 };

/** Named random streams of a field: one for choosing a value, one for placing it inside its bin, one for a stable field's rows that disagree. */
export const STREAMS = { value: 0, jitter: 1, disagree: 2 } as const;
export type StreamName = keyof typeof STREAMS;

/** The mixer in TypeScript: the reference the SQL is tested against. */
export function mix(m: Rounds, input: number): number {
  let x = input >>> 0;
  for (const [shift, multiplier] of m.rounds) {
    x = (x ^ (x >>> shift)) >>> 0;
    x = Math.imul(x, multiplier) >>> 0;
  }
  return (x ^ (x >>> m.final)) >>> 0;
}

/** FNV-1a over UTF-8: names become 32-bit stream identifiers, stable across platforms. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The row stream's key: distinct seeds and datasets give unrelated rows. */
export function rowKey(seed: number, dataset: string): number {
  return mix(ROW_MIX, (mix(ROW_MIX, seed >>> 0) ^ fnv1a32(dataset)) >>> 0);
}

/** The entity stream's key: an entity's draws depend on its number alone, as a row's on its row number. */
export function entityKey(seed: number, dataset: string): number {
  return rowKey(seed, `${dataset}\u0000entities`);
}

/** The per-(field, stream) key. */
export function streamKey(seed: number, dataset: string, field: string, stream: StreamName): number {
  let k = mix(ROW_MIX, (rowKey(seed, dataset) ^ fnv1a32(field)) >>> 0);
  k = mix(ROW_MIX, (k ^ STREAMS[stream]) >>> 0);
  return k;
}

/** H(i). */
export function rowHash(key: number, row: number): number {
  return mix(ROW_MIX, (key + row) % 0x100000000);
}

/** h_f(i) from H(i). */
export function fieldHash(rowHashValue: number, key: number): number {
  return mix(FIELD_MIX, (rowHashValue + key) % 0x100000000);
}

// ---- the same functions as SQL: one derived column per step ----------------------------------------------
// Emitting each step as its own projection keeps engines from duplicating sub-expressions (a nested
// expression references x twice per step: 2^rounds copies).

/** (x + key) mod 2^32, for x and key below 2^32 (the sum is below 2^33). */
export function addKey(x: Expr, key: number): Expr {
  return fn('bitand', op('+', x, int(key)), int(MASK32));
}

/** The steps of a mixer as expressions over the previous step's column. */
export function mixSteps(m: Rounds): ((x: Expr) => Expr)[] {
  return [
    ...m.rounds.map(([shift, multiplier]) => (x: Expr) => fn('bitand', op('*', fn('xor', x, fn('shr', x, int(shift))), int(multiplier)), int(MASK32))),
    (x: Expr) => fn('xor', x, fn('shr', x, int(m.final))),
  ];
}

/** u = h * 2^-32 as a double: uniform in [0, 1), exact. */
export function uniform(h: Expr): Expr {
  return op('*', cast(h, 'double'), { k: 'lit', type: 'double', value: TWO_POW_MINUS_32 });
}
