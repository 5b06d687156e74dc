// Goodness of fit for the tests: Pearson's chi-square against the released weights.
import cdf from '@stdlib/stats-base-dists-chisquare-cdf';

export interface FitResult {
  readonly chi2: number;
  readonly dof: number;
  readonly p: number;
  readonly cells: number;
}

/**
 * observed[i] against expected proportions weights[i] / sum(weights). Cells with an expected count
 * below 5 are pooled (the usual condition for the chi-square approximation).
 */
export function chiSquare(observed: readonly number[], weights: readonly number[]): FitResult {
  const n = observed.reduce((a, b) => a + b, 0);
  const total = weights.reduce((a, b) => a + b, 0);
  const cells: { o: number; e: number }[] = [];
  let pooled = { o: 0, e: 0 };
  observed.forEach((o, i) => {
    const e = (n * weights[i]!) / total;
    if (e >= 5) cells.push({ o, e });
    else pooled = { o: pooled.o + o, e: pooled.e + e };
  });
  if (pooled.e > 0) cells.push(pooled);
  const chi2 = cells.reduce((a, c) => a + (c.o - c.e) ** 2 / c.e, 0);
  const dof = Math.max(1, cells.length - 1);
  return { chi2, dof, p: 1 - cdf(chi2, dof), cells: cells.length };
}
