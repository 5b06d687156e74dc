// Small-number suppression as SQL: the one definition every published count goes through.
// A count is published only if the raw tested count is >= threshold; it is then rounded half up to a
// multiple of round_to, and dropped if rounding took it below the threshold. Same rule as
// compiler/spec/presets.ts#publishedCount, which the tests use as the oracle.
import { and, fn, int, isNull, op, type Expr } from '../ir.js';

/** floor((2 * raw + base) / (2 * base)) * base: round half up, in integers on every engine. */
export function rounded(raw: Expr, base: Expr): Expr {
  return op('*', fn('intdiv', op('+', op('*', int(2), raw), base), op('*', int(2), base)), base);
}

/** True when a candidate row may be published: tested count and every published count clear the threshold. */
export function passes(tested: Expr, publishedCounts: Expr[], threshold: Expr): Expr {
  const clears = (c: Expr) => op('or', isNull(c), op('>=', c, threshold));
  return and(op('>=', tested, threshold), ...publishedCounts.map(clears));
}
