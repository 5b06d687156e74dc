// Counting per distinct entity: one person with 50 rows of a rare value must not pass k = 10, though
// the same table counted by rows publishes it. Bins and cardinalities are counted per person too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseSpec } from '../compiler/spec/load.js';
import { datasetPaths } from '../runner/config.js';
import { scrape } from '../runner/pipeline.js';
import type { Row } from '../dialects/duckdb/session.js';
import { metadataRows, outputRows, tempProject, writeTable, type CellValue, releaseAndGenerate } from './helpers.js';

const specFor = (name: string, count: 'rows' | 'entities') =>
  parseSpec(
    `version: 1
dataset: ${name}
source: {table: visits, entity: patient}
suppression: {threshold: 10, round_to: 5, count: ${count}}
generation: {rows: 20000, seed: 5}
fields:
  patient: excluded
  diagnosis: categorical
  cost: {kind: continuous, bins: 10}
`,
    `specs/${name}.yaml`,
  );

describe('counting by distinct entity', () => {
  const t = tempProject();
  const sourceDb = join(t.root, 'visits.duckdb');
  const results: Record<string, { metadata: Row[]; output: Row[] }> = {};

  beforeAll(async () => {
    const rows: CellValue[][] = [];
    // 100 patients with two common diagnoses each; costs spread evenly.
    for (let p = 0; p < 100; p++) {
      rows.push([`p${p}`, 'flu', 100 + p], [`p${p}`, 'sprain', 200 + p]);
    }
    // One patient with 50 visits for a rare diagnosis, all at one extreme cost.
    for (let v = 0; v < 50; v++) rows.push(['p-rare', 'rare disease', 99_999]);
    await writeTable(sourceDb, 'visits', [['patient', 'VARCHAR'], ['diagnosis', 'VARCHAR'], ['cost', 'DOUBLE']], rows);
    for (const count of ['rows', 'entities'] as const) {
      const spec = specFor(`by_${count}`, count);
      const options = { root: t.root, paths: datasetPaths(t.project, spec.dataset, { sourceDb }) };
      await scrape(spec, options);
      await releaseAndGenerate(spec, options);
      results[count] = { metadata: await metadataRows(options, spec.dataset), output: await outputRows(options, spec.dataset) };
    }
  });
  afterAll(() => t.cleanup());

  const values = (m: Row[]) => m.filter((x) => x.field === 'diagnosis' && x.stat === 'value').map((x) => x.value);

  it('counted by rows, the rare diagnosis passes k = 10 (50 rows)', () => {
    expect(values(results.rows!.metadata)).toContain('rare disease');
  });

  it('counted by entities, it does not (one patient), and never reaches the output', () => {
    expect(values(results.entities!.metadata)).toEqual(['flu', 'sprain']);
    expect(results.entities!.output.some((r) => r.diagnosis === 'rare disease')).toBe(false);
  });

  it('publishes entity counts next to row counts, both rounded', () => {
    const flu = results.entities!.metadata.find((m) => m.value === 'flu')!;
    expect(flu).toMatchObject({ n_rows: 100, n_entities: 100 });
  });

  it('counts percentile bins per entity: the one patient\'s extreme costs publish no bin', () => {
    const bins = results.entities!.metadata.filter((m) => m.field === 'cost' && m.stat === 'bin');
    expect(bins.length).toBeGreaterThan(0);
    for (const b of bins) expect(Number(b.n_entities)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...bins.map((b) => Number(b.hi)))).toBeLessThan(99_999);
    expect(Math.max(...results.entities!.output.map((r) => Number(r.cost)))).toBeLessThan(99_999);
  });

  it('publishes rows-per-entity only where enough entities share the count', () => {
    const cardinality = results.entities!.metadata.filter((m) => m.stat === 'cardinality');
    // 100 patients have 2 rows; the one with 50 rows is suppressed.
    expect(cardinality.map((m) => [m.value, m.n_entities])).toEqual([['2', 100]]);
  });
});
