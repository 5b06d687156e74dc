// Generation yields exactly the reference mapping: for row i and field f, r = floor(u * total) on the
// integer cumulative weights of the released items, and the item whose [cum_lo, cum_hi) holds r. The
// guide-table join is an implementation detail; this test recomputes every row in TypeScript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { draw, drawIndex, streamKey, TWO_POW_MINUS_32 } from '../compiler/random.js';
import { scrape, generate } from '../runner/pipeline.js';
import { DuckDBSession, type Row } from '../runner/duckdb.js';
import { metadataRows, outputRows, pipelineOptions, specIn, tempProject } from './helpers.js';

interface Item {
  value: string | null;
  lo: number | null;
  hi: number | null;
  cumLo: number;
  cumHi: number;
}

function itemsOf(metadata: Row[], field: string): { items: Item[]; total: number } {
  const rows = metadata.filter((m) => m.field === field && ['null', 'value', 'bin'].includes(String(m.stat))).sort((a, b) => Number(a.item) - Number(b.item));
  let cum = 0;
  const items = rows.map((m) => {
    const item = { value: m.value as string | null, lo: m.lo as number | null, hi: m.hi as number | null, cumLo: cum, cumHi: cum + Number(m.n_rows) };
    cum = item.cumHi;
    return item;
  });
  return { items, total: cum };
}

function pick(items: Item[], r: number): Item {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.cumHi <= r) lo = mid + 1;
    else hi = mid;
  }
  return items[lo]!;
}

describe('sampling', () => {
  const t = tempProject();
  const spec = specIn(
    t.root,
    'mapping',
    `version: 1
dataset: mapping
source:
  table: src
suppression:
  threshold: 3
  round_to: 1
generation:
  rows: 60000
  seed: 99
fields:
  many: categorical
  skewed: categorical
  small: discrete
  measure: continuous
`,
  );
  const options = pipelineOptions(t.project, spec, {});
  let metadata: Row[] = [];
  let output: Row[] = [];

  beforeAll(async () => {
    const source = await DuckDBSession.open(join(t.root, 'data', 'source.duckdb'));
    // 3,000 near-uniform categories (most buckets of the guide hold several), a heavily skewed one,
    // small integers, a continuous measure, and NULLs in each.
    await source.exec(`CREATE TABLE src AS SELECT
        CASE WHEN i % 97 = 0 THEN NULL ELSE 'v' || ((i * 7919) % 3000) END AS many,
        CASE WHEN i % 31 = 0 THEN NULL ELSE 'w' || CAST(floor(sqrt(i % 40000)) AS BIGINT) END AS skewed,
        CASE WHEN i % 13 = 0 THEN NULL ELSE (i % 41) - 20 END AS small,
        CASE WHEN i % 11 = 0 THEN NULL ELSE sqrt(i % 10007) * 3.5 END AS measure
      FROM range(200000) t(i)`);
    source.close();
    await scrape(spec, options);
    await generate(spec, options);
    metadata = await metadataRows(options, spec.dataset);
    output = await outputRows(options, spec.dataset);
  });
  afterAll(() => t.cleanup());

  it('every row and field equals the reference computation', () => {
    expect(output).toHaveLength(60000);
    for (const f of spec.fields) {
      const { items, total } = itemsOf(metadata, f.name);
      expect(items.length).toBeGreaterThan(f.name === 'many' ? 2000 : 5);
      const key = streamKey(spec.generation.seed, spec.dataset, f.name, 'value');
      const jitter = streamKey(spec.generation.seed, spec.dataset, f.name, 'jitter');
      for (let i = 0; i < output.length; i++) {
        const item = pick(items, drawIndex(draw(key, i), total));
        let expected: string | number | null = item.value;
        if (f.kind === 'discrete' && expected !== null) expected = Number(expected);
        if (f.kind === 'continuous') {
          const u = draw(jitter, i) * TWO_POW_MINUS_32;
          expected = item.lo === null ? null : item.lo + u * (item.hi! - item.lo);
        }
        if (output[i]![f.name] !== expected) {
          throw new Error(`${f.name}, row ${i}: generated ${String(output[i]![f.name])}, reference ${String(expected)}`);
        }
      }
    }
  });

  it('samples NULL like any other value', () => {
    for (const name of ['many', 'skewed', 'small', 'measure']) {
      expect(metadata.some((m) => m.field === name && m.stat === 'null')).toBe(true);
      expect(output.some((r) => r[name] === null)).toBe(true);
    }
  });
});
