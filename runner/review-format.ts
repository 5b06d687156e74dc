// Numbers as the review pack shows them: the same on every machine (en-US grouping, whatever the locale),
// readable at a glance (thousands separators, shares in percent, tiny p-values in scientific notation).

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A count: 3,000,000. */
export const count = (n: number): string => grouped.format(n);

/** A statistic such as chi-square: 1,234.5. */
export const statistic = (x: number): string => decimal.format(x);

/** A share of rows in percent; below 0.01 % it says so rather than showing 0.00 %. */
export function percent(share: number): string {
  const pct = share * 100;
  if (pct === 0) return '0%';
  if (pct < 0.01) return '<0.01%';
  return `${pct.toFixed(pct < 1 ? 2 : 1)}%`;
}

/** A p-value: three decimals, or scientific notation below 0.001 (a double underflows to 0 below about 1e-308). */
export function pValue(p: number | null): string {
  if (p === null) return 'n/a';
  if (p === 0) return '<1e-308';
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}
