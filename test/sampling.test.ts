// Generation yields exactly the reference mapping: for row i and field f, the hash of (seed, field, i)
// drawn through the field's alias table (rebuilt here in TypeScript by the sequential sweep from the
// released weights), and for continuous fields a second hash placing the value inside its bin. This
// test recomputes every row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { TWO_POW_MINUS_32 } from '../compiler/random.js';
import { scrape } from '../runner/pipeline.js';
import { DuckDBSession, type Row } from '../dialects/duckdb/session.js';
import { pointMass, metadataRows, outputRows, pipelineOptions, specIn, tempProject, releaseAndGenerate } from './helpers.js';
import { drawItem, hashCounts, hashesAt, sweepAlias } from './reference.js';

function itemsOf(metadata: Row[], field: string): Row[] {
  return metadata.filter((m) => m.field === field && ['null', 'value', 'bin'].includes(String(m.stat))).sort((a, b) => Number(a.item) - Number(b.item));
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
    await releaseAndGenerate(spec, options);
    metadata = await metadataRows(options, spec.dataset);
    output = await outputRows(options, spec.dataset);
  });
  afterAll(() => t.cleanup());

  it('every row and field equals the reference computation', () => {
    expect(output).toHaveLength(60000);
    for (const f of spec.fields) {
      const items = itemsOf(metadata, f.name);
      expect(items.length).toBeGreaterThan(f.name === 'many' ? 2000 : 5);
      const table = sweepAlias(hashCounts(items.map((m) => BigInt(Number(m.n_rows)))));
      for (let i = 0; i < output.length; i++) {
        const { value, jitter } = hashesAt(spec.generation.seed, spec.dataset, f.name, i);
        const item = items[drawItem(table, value)]!;
        let expected: string | number | null = item.value as string | null;
        if (f.kind === 'discrete' && expected !== null) expected = Number(expected);
        if (f.kind === 'continuous') {
          const u = jitter * TWO_POW_MINUS_32;
          const lo = item.stat === 'bin' ? Number(item.lo) : item.value === null && item.lo === null ? null : pointMass(item);
          const width = item.stat === 'bin' ? Number(item.hi) - Number(item.lo) : 0;
          const x = lo === null ? null : lo + u * width;
          expected = x === null || lo === null ? null : x < lo + width ? x : lo;
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
