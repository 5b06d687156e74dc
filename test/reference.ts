// A TypeScript reference of generate's sampling, written from the definitions rather than the SQL:
// exact hash-space counts in BigInt, Vose's alias table by the sequential sweep, and the draw.
import { fieldHash, rowHash, rowKey, streamKey } from '../compiler/random.js';

const TWO_32 = 2n ** 32n;

/** c_j = ceil(C_j 2^32 / T) - ceil(C_(j-1) 2^32 / T): the hash values item j owns. */
export function hashCounts(weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
  let cum = 0n;
  return weights.map((w) => {
    const before = ceilDiv(cum * TWO_32, total);
    cum += w;
    return ceilDiv(cum * TWO_32, total) - before;
  });
}

export interface AliasTable {
  readonly bits: number;
  /** Per bucket: hashes below bucket * S + t draw the bucket's own item. */
  readonly thresholds: readonly bigint[];
  readonly aliases: readonly number[];
}

/** The sweep of Hübschle-Schneider and Sanders, step by step (lights and heavies each in bucket order). */
export function sweepAlias(counts: readonly bigint[]): AliasTable {
  const k = counts.length;
  const bits = Math.ceil(Math.log2(Math.max(k, 1)));
  const size = 2 ** bits;
  const S = TWO_32 / BigInt(size);
  const c = Array.from({ length: size }, (_, j) => counts[j] ?? 0n);
  const thresholds = c.map(() => S);
  const aliases = c.map((_, j) => j);
  const lights = c.flatMap((x, j) => (x < S ? [j] : []));
  const heavies = c.flatMap((x, j) => (x > S ? [j] : []));
  let h = 0;
  let w = heavies.length ? c[heavies[0]!]! : 0n;
  for (const i of lights) {
    thresholds[i] = c[i]!;
    aliases[i] = heavies[h]!;
    w -= S - c[i]!;
    // The heavy fell to S or below: its own bucket keeps w and takes the rest from the next heavy.
    while (w <= S && h + 1 < heavies.length) {
      thresholds[heavies[h]!] = w;
      aliases[heavies[h]!] = w < S ? heavies[h + 1]! : heavies[h]!;
      h++;
      w = c[heavies[h]!]! - (S - w);
    }
  }
  if (heavies.length) thresholds[heavies[h]!] = w;
  return { bits, thresholds, aliases };
}

/** How many of the 2^32 hash values draw each item under a table: its own part plus what aliases it. */
export function countsOf(table: AliasTable, k: number): bigint[] {
  const S = TWO_32 / BigInt(2 ** table.bits);
  const out = Array.from({ length: k }, () => 0n);
  table.thresholds.forEach((t, j) => {
    if (j < k) out[j]! += t;
    if (t < S) out[table.aliases[j]!]! += S - t;
  });
  return out;
}

/** The item a 32-bit hash draws. */
export function drawItem(table: AliasTable, h: number): number {
  const bucket = table.bits === 0 ? 0 : Math.floor(h / 2 ** (32 - table.bits));
  const S = 2 ** (32 - table.bits);
  return h < bucket * S + Number(table.thresholds[bucket]!) ? bucket : table.aliases[bucket]!;
}

/** The value and jitter hashes of a field at a row, as generate computes them. */
export function hashesAt(seed: number, dataset: string, field: string, row: number): { value: number; jitter: number } {
  const H = rowHash(rowKey(seed, dataset), row);
  return { value: fieldHash(H, streamKey(seed, dataset, field, 'value')), jitter: fieldHash(H, streamKey(seed, dataset, field, 'jitter')) };
}
