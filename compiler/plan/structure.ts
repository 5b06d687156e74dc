// Structure generate adds after sampling, as expressions every dialect prints: synthetic identifiers,
// dates put in order within a row, and derived fields. QA recomputes the same expressions to check.
import { cast, caseWhen, fn, int, isNotNull, isNull, nul, op, text, type Expr } from '../ir.js';
import type { Derivation, DerivedField, IdentifierField } from '../spec/model.js';
import { sqlType, type LogicalType } from '../spec/types.js';

/** The bijection's image of a row or entity number n (a column), below the pattern's modulus. */
export function permuted(id: IdentifierField, n: Expr): Expr {
  const p = id.pattern;
  return fn('mod', op('+', op('*', int(p.multiplier), n), int(p.offset)), int(p.modulus));
}

/** The identifier text of a permuted number m (a column): literals, and one character per class position in mixed radix. */
export function identifierText(id: IdentifierField, m: Expr): Expr {
  const pieces: Expr[] = [];
  let weight = 1;
  for (let k = id.pattern.parts.length - 1; k >= 0; k--) {
    const part = id.pattern.parts[k]!;
    if ('literal' in part) {
      pieces.unshift(text(part.literal));
      continue;
    }
    const digit = fn('mod', weight === 1 ? m : fn('intdiv', m, int(weight)), int(part.alphabet.length));
    pieces.unshift(fn('substr', text(part.alphabet), op('+', digit, int(1)), int(1)));
    // Past the modulus every higher digit is 0: the weight stops growing so it stays a 64-bit literal.
    weight = Math.min(weight * part.alphabet.length, 2 ** 62);
  }
  const joined = pieces.reduce((a, b) => op('||', a, b));
  return id.type === 'string' ? joined : cast(joined, sqlType(id.type));
}

/** A NULL date of a sequence sorts after every real one (and is put back as NULL). */
const LAST = (type: LogicalType): Expr => cast(text('9999-12-31'), sqlType(type));

const least = (xs: readonly Expr[]) => xs.reduce((a, b) => fn('least', a, b));
const greatest = (xs: readonly Expr[]) => xs.reduce((a, b) => fn('greatest', a, b));

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}

/**
 * The j-th smallest (1-based) of k values, NULLs last: the greatest of the least of every subset of
 * k - j + 1 values. No sort and no branch: least and greatest only, so every engine agrees.
 */
export function orderStatistics(values: readonly Expr[], type: LogicalType): Expr[] {
  const filled = values.map((v) => fn('coalesce', v, LAST(type)));
  return values.map((_, j) => greatest(subsets(filled, values.length - j).map(least)));
}

/**
 * Position p of a sequence after ordering, from the order statistics (columns): NULL where the original
 * was NULL, else the r-th smallest, r = how many of positions 1..p are not NULL. So the non-NULL values
 * are sorted into the non-NULL positions, and each value came from the same row.
 */
export function orderedValue(originals: readonly Expr[], statistics: readonly Expr[], p: number): Expr {
  const rank = originals.slice(0, p + 1).map((o) => caseWhen([[isNotNull(o), int(1)]], int(0))).reduce((a, b) => op('+', a, b));
  return caseWhen(
    [[isNull(originals[p]!), nul()], ...statistics.slice(0, p + 1).map((s, r) => [op('=', rank, int(r + 1)), s] as const)],
  );
}

/** A value as text the same on every engine (dates and timestamps by their ISO text). */
function asText(x: Expr, type: LogicalType): Expr {
  if (type === 'date') return fn('dateText', x);
  if (type === 'timestamp' || type === 'timestamptz') return fn('timestampText', x);
  return type === 'string' ? x : cast(x, 'text');
}

/** Year, and month * 100 + day, of a date or timestamp, from its ISO text. */
function calendar(x: Expr, type: LogicalType): { year: Expr; monthDay: Expr } {
  const iso = asText(x, type);
  const part = (start: number, length: number) => cast(fn('substr', iso, int(start), int(length)), 'bigint');
  return { year: part(1, 4), monthDay: op('+', op('*', part(6, 2), int(100)), part(9, 2)) };
}

/** Completed years from one date to another. */
function ageYears(from: Expr, fromType: LogicalType, to: Expr, toType: LogicalType): Expr {
  const a = calendar(from, fromType);
  const b = calendar(to, toType);
  return op('-', op('-', b.year, a.year), caseWhen([[op('<', b.monthDay, a.monthDay), int(1)]], int(0)));
}

/** A column of the row, and its type, by output name. */
export type RowColumns = (name: string) => { readonly expr: Expr; readonly type: LogicalType };

/** The value of a derived field, of its declared type. */
export function derivedExpr(d: DerivedField, row: RowColumns): Expr {
  return cast(derivationExpr(d.expression, row), sqlType(d.type));
}

function derivationExpr(e: Derivation, row: RowColumns): Expr {
  const textOf = (name: string) => asText(row(name).expr, row(name).type);
  switch (e.op) {
    case 'substring':
      return fn('substr', textOf(e.of), int(e.start), int(e.length));
    case 'concat': {
      // Each present value with the separator before it, then the first separator dropped.
      const joined = e.of.map((name) => caseWhen([[isNotNull(row(name).expr), op('||', text(e.separator), textOf(name))]], text(''))).reduce((a, b) => op('||', a, b));
      const any = e.of.map((name) => isNotNull(row(name).expr)).reduce((a, b) => op('or', a, b));
      return caseWhen([[any, fn('substr', joined, int(e.separator.length + 1), fn('length', joined))]], nul('text'));
    }
    case 'count_not_null':
      return e.of.map((name) => caseWhen([[isNotNull(row(name).expr), int(1)]], int(0))).reduce((a, b) => op('+', a, b));
    case 'age_years':
      return ageYears(row(e.from).expr, row(e.from).type, row(e.to).expr, row(e.to).type);
    case 'age_band': {
      const age = ageYears(row(e.from).expr, row(e.from).type, row(e.to).expr, row(e.to).type);
      const labels = e.bands.map((lo, i) => [lo, i + 1 < e.bands.length ? `${lo}-${e.bands[i + 1]! - 1}` : `${lo}+`] as const);
      return caseWhen([...labels].reverse().map(([lo, label]) => [op('>=', age, int(lo)), text(label)] as const), nul('text'));
    }
    case 'constant':
      return typeof e.value === 'string'
        ? text(e.value)
        : { k: 'lit', type: typeof e.value === 'boolean' ? 'boolean' : Number.isInteger(e.value) ? 'bigint' : 'double', value: e.value };
  }
}
