// Synthetic identifier patterns: a literal prefix reserved for artificial values, then literal text and
// character classes of fixed length, e.g. "TEST-[0-9]{6}" or "ART[A-Z]{2}[0-9]{7}". A value is the
// image of a row or entity number under a fixed bijection of [0, M) (M = the pattern's capacity, at most
// MAX_MODULUS), written in mixed radix over the classes: unique by construction, no retries, and the
// same on every engine (compiler/plan/structure.ts prints it; format() below is the reference).
import { fnv1a32 } from '../random.js';

/** Largest modulus used: the arithmetic (a * n + b, n < 2^32, a < 2^31) stays below 2^63 on every engine. */
export const MAX_MODULUS = 1e15;

/** One position of the pattern: a literal character or a class of characters. */
export type PatternPart = { readonly literal: string } | { readonly alphabet: string };

export interface IdentifierPattern {
  /** The pattern as written. */
  readonly source: string;
  /** Literal text before the first class: what every artificial value starts with, and real ones must not. */
  readonly prefix: string;
  readonly parts: readonly PatternPart[];
  /** Values the pattern can produce (the product of the class sizes), capped at MAX_MODULUS. */
  readonly modulus: number;
  /** Multiplier of the bijection: odd, prime, coprime to the modulus. */
  readonly multiplier: number;
  /** Offset of the bijection, below the modulus. */
  readonly offset: number;
  /** An anchored regular expression of the values (the subset every engine's matcher agrees on). */
  readonly regex: string;
  /** Length of every value in characters. */
  readonly length: number;
}

const RANGES: Readonly<Record<string, string>> = {
  '0-9': '0123456789',
  'A-Z': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'a-z': 'abcdefghijklmnopqrstuvwxyz',
};
const LITERAL = /^[A-Za-z0-9_\-:/.]$/;
/** Primes near 2^30: the first that does not divide the modulus is the multiplier. */
const MULTIPLIERS = [1_073_741_789, 1_073_741_783, 1_073_741_741, 1_073_741_723];

export class PatternError extends Error {}

/**
 * Parses a pattern, or throws PatternError saying what to write instead. The salt (the field's name)
 * picks the bijection, so two identifiers of one entity do not share their digits.
 */
export function parsePattern(source: string, salt = ''): IdentifierPattern {
  const parts: PatternPart[] = [];
  const regex: string[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '[') {
      const close = source.indexOf(']', i);
      if (close < 0) throw new PatternError(`"[" at position ${i + 1} is not closed`);
      const body = source.slice(i + 1, close);
      const alphabet = classAlphabet(body);
      let count = 1;
      let end = close + 1;
      const quantifier = /^\{(\d{1,3})\}/.exec(source.slice(end));
      if (quantifier) {
        count = Number(quantifier[1]);
        end += quantifier[0].length;
      }
      if (count < 1) throw new PatternError(`a class repeats at least once, not ${count} times`);
      for (let k = 0; k < count; k++) parts.push({ alphabet });
      regex.push(`[${body}]${count > 1 ? `{${count}}` : ''}`);
      i = end;
      continue;
    }
    if (!LITERAL.test(ch)) throw new PatternError(`"${ch}" is not allowed: literal text is letters, digits and _ - : / . ; classes are [0-9], [A-Z], [a-z] or combinations such as [A-Z0-9], each with an optional {n}`);
    parts.push({ literal: ch });
    regex.push(ch === '.' ? '\\.' : ch);
    i++;
  }
  const firstClass = parts.findIndex((p) => 'alphabet' in p);
  if (firstClass < 0) throw new PatternError('the pattern has no character class, so it can make only one value');
  const prefix = parts.slice(0, firstClass).map((p) => (p as { literal: string }).literal).join('');
  if (prefix.length === 0) throw new PatternError('the pattern must start with a literal prefix (such as TEST) that real identifiers do not have');
  let capacity = 1;
  for (const p of parts) if ('alphabet' in p) capacity = Math.min(capacity * p.alphabet.length, Number.MAX_SAFE_INTEGER);
  const modulus = Math.min(capacity, MAX_MODULUS);
  const h = fnv1a32(salt);
  const candidates = [...MULTIPLIERS.slice(h % MULTIPLIERS.length), ...MULTIPLIERS.slice(0, h % MULTIPLIERS.length)];
  const multiplier = modulus === 1 ? 1 : candidates.find((m) => modulus % m !== 0)!;
  const offset = Number((BigInt(h) * 2654435761n) % BigInt(modulus));
  return { source, prefix, parts, modulus, multiplier, offset, regex: `^${regex.join('')}$`, length: parts.length };
}

function classAlphabet(body: string): string {
  let alphabet = '';
  let rest = body;
  while (rest.length) {
    const range = Object.keys(RANGES).find((r) => rest.startsWith(r));
    if (!range) throw new PatternError(`class "[${body}]" is not one of [0-9], [A-Z], [a-z] or a combination of them such as [A-Z0-9]`);
    if (alphabet.includes(RANGES[range]!)) throw new PatternError(`class "[${body}]" names ${range} twice`);
    alphabet += RANGES[range]!;
    rest = rest.slice(range.length);
  }
  if (!alphabet) throw new PatternError('an empty class [] matches nothing');
  return alphabet;
}

/** The bijection of [0, M): n -> (a n + b) mod M. */
export function permute(p: IdentifierPattern, n: number): number {
  return Number((BigInt(p.multiplier) * BigInt(n) + BigInt(p.offset)) % BigInt(p.modulus));
}

/** The value for number n (0-based, n < modulus): the reference the compiled SQL is tested against. */
export function format(p: IdentifierPattern, n: number): string {
  let x = permute(p, n);
  const out: string[] = [];
  // The last class is the least significant digit.
  for (let k = p.parts.length - 1; k >= 0; k--) {
    const part = p.parts[k]!;
    if ('literal' in part) {
      out.push(part.literal);
      continue;
    }
    out.push(part.alphabet[x % part.alphabet.length]!);
    x = Math.floor(x / part.alphabet.length);
  }
  return out.reverse().join('');
}
