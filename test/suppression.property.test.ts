// Property: over random tables and random policies, the published metadata is exactly what the
// suppression rule allows (an oracle in TypeScript), every published count is >= k and a multiple of
// the base, and no value below the threshold reaches the artificial output.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { publishedCount, type Policy } from '../compiler/spec/presets.js';
import { parseSpec } from '../compiler/spec/load.js';
import { datasetPaths } from '../runner/config.js';
import { scrape } from '../runner/pipeline.js';
import { pointMass, metadataRows, outputRows, tempProject, writeTable, releaseAndGenerate } from './helpers.js';

interface Row {
  person: string;
  cat: string | null;
  num: number | null;
  x: number | null;
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  person: fc.integer({ min: 1, max: 40 }).map((p) => `p${p}`),
  // Skewed categories: a few common, many rare.
  cat: fc.option(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c') }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 3 }) }), { freq: 8 }),
  num: fc.option(fc.integer({ min: -3, max: 12 }), { freq: 6 }),
  x: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), { freq: 5 }),
});

const policyArb = fc.record({
  threshold: fc.integer({ min: 1, max: 15 }),
  roundTo: fc.integer({ min: 1, max: 10 }),
  count: fc.constantFrom('rows' as const, 'entities' as const),
});

/** Raw (rows, entities) per value of one column, NULL included. */
function rawCounts(rows: Row[], key: (r: Row) => string | number | null): Map<string | null, { rows: number; people: Set<string> }> {
  const m = new Map<string | null, { rows: number; people: Set<string> }>();
  for (const r of rows) {
    const v = key(r);
    const k = v === null ? null : String(v);
    const c = m.get(k) ?? { rows: 0, people: new Set<string>() };
    c.rows++;
    c.people.add(r.person);
    m.set(k, c);
  }
  return m;
}

describe('suppression, over random tables and policies', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  let run = 0;

  it('publishes exactly what the rule allows, and nothing below k reaches the output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 300 }), policyArb, async (rows, p) => {
        const name = `prop${run++}`;
        const policy: Policy = { threshold: p.threshold, roundTo: p.roundTo };
        const spec = parseSpec(
          `version: 1
dataset: ${name}
source: {table: src, entity: person}
suppression: {threshold: ${p.threshold}, round_to: ${p.roundTo}, count: ${p.count}${p.threshold < 3 ? ', override_reason: property test' : ''}}
generation: {rows: 500, seed: ${run}}
fields:
  person: excluded
  cat: categorical
  num: discrete
  x: {kind: continuous, bins: 10}
`,
          `specs/${name}.yaml`,
        );
        const options = { root: t.root, paths: datasetPaths(t.project, name, { sourceDb: join(t.root, `${name}-src.duckdb`) }) };
        await writeTable(options.paths.sourceDb, 'src', [['person', 'VARCHAR'], ['cat', 'VARCHAR'], ['num', 'BIGINT'], ['x', 'DOUBLE']], rows.map((r) => [r.person, r.cat, r.num, r.x]));
        await scrape(spec, options);
        await releaseAndGenerate(spec, options);
        const metadata = await metadataRows(options, name);

        // Every published count clears the threshold and is a multiple of the base.
        for (const m of metadata) {
          for (const c of [m.n_rows, m.n_entities]) {
            if (c === null) continue;
            expect(Number(c)).toBeGreaterThanOrEqual(p.threshold);
            expect(Number(c) % p.roundTo).toBe(0);
          }
        }

        // Exactly the values the oracle allows are published, with the oracle's rounded counts.
        const byEntities = p.count === 'entities';
        for (const [field, key] of [['cat', (r: Row) => r.cat], ['num', (r: Row) => r.num]] as const) {
          const expected = new Map<string | null, { rows: number; entities: number | null }>();
          for (const [v, c] of rawCounts(rows, key)) {
            const tested = byEntities ? c.people.size : c.rows;
            const pubRows = publishedCount(c.rows, policy);
            const pubEntities = byEntities ? publishedCount(c.people.size, policy) : null;
            if (tested >= p.threshold && pubRows !== undefined && pubEntities !== undefined) expected.set(v, { rows: pubRows, entities: pubEntities });
          }
          const published = new Map(
            metadata.filter((m) => m.field === field && (m.stat === 'value' || m.stat === 'null')).map((m) => [m.value as string | null, { rows: Number(m.n_rows), entities: m.n_entities === null ? null : Number(m.n_entities) }]),
          );
          expect(published).toEqual(expected);

          // The output holds only published values; a field with none published is all NULL.
          const out = await outputRows(options, name);
          for (const r of out) {
            const v = r[field] === null ? null : String(r[field]);
            if (published.size === 0) expect(v).toBeNull();
            else expect(published.has(v), `${field}: ${String(v)} generated but not published`).toBe(true);
          }
        }

        // Continuous values: an exact value clearing the threshold is a point mass of its own; the rest
        // are binned. Each bin's support (records inside [lo, hi), the outer bins also holding what lies
        // beyond them) clears the threshold and gives its published count; fewer than k records lie
        // below the lower outer edge or from the upper one up.
        const xs = rows.filter((r) => r.x !== null) as (Row & { x: number })[];
        const measure = (group: (Row & { x: number })[]) => (byEntities ? new Set(group.map((r) => r.person)).size : group.length);
        const byValue = new Map<number, (Row & { x: number })[]>();
        for (const r of xs) byValue.set(r.x, [...(byValue.get(r.x) ?? []), r]);
        const points = new Set([...byValue].filter(([, g]) => measure(g) >= p.threshold).map(([v]) => v));
        const rest = xs.filter((r) => !points.has(r.x));
        for (const m of metadata.filter((x) => x.field === 'x' && x.stat === 'value')) expect(points.has(pointMass(m))).toBe(true);
        const bins = metadata.filter((m) => m.field === 'x' && m.stat === 'bin').sort((a, b) => Number(a.lo) - Number(b.lo));
        bins.forEach((b, i) => {
          // An outer bin also holds what lies beyond its edge; a bin next to a suppressed outer bin does not.
          const inside = rest.filter((r) => r.x >= Number(b.lo) && r.x < Number(b.hi));
          const below = i === 0 ? rest.filter((r) => r.x < Number(b.lo)) : [];
          const above = i === bins.length - 1 ? rest.filter((r) => r.x >= Number(b.hi)) : [];
          const readings = [inside, [...below, ...inside], [...inside, ...above], [...below, ...inside, ...above]];
          const match = readings.find((g) => publishedCount(g.length, policy) === Number(b.n_rows) && measure(g) >= p.threshold);
          expect(match, `bin [${b.lo}, ${b.hi}) publishes ${b.n_rows} rows`).toBeDefined();
        });
        for (const m of metadata.filter((x) => x.field === 'x' && x.stat === 'bin')) expect(Number(m.hi)).toBeGreaterThan(Number(m.lo));

        // The source row count and the cardinalities follow the same rule.
        const rowsStat = metadata.find((m) => m.stat === 'rows');
        const people = new Set(rows.map((r) => r.person)).size;
        const rowsAllowed = (byEntities ? people : rows.length) >= p.threshold && publishedCount(rows.length, policy) !== undefined && (!byEntities || publishedCount(people, policy) !== undefined);
        expect(rowsStat !== undefined).toBe(rowsAllowed);
        // Rows per person: an exact count where enough people share it; the others in power-of-two
        // bands [2^b, 2^(b+1)) that pass; the bands that do not, pooled in one tail band, which joins
        // the highest band when too small itself. Nobody is dropped unless no band passes at all.
        const perPerson = new Map<string, number>();
        for (const r of rows) perPerson.set(r.person, (perPerson.get(r.person) ?? 0) + 1);
        const perPersonCounts = [...perPerson.values()];
        const byCount = new Map<number, number>();
        for (const n of perPersonCounts) byCount.set(n, (byCount.get(n) ?? 0) + 1);
        const passes = (k: number) => k >= p.threshold && publishedCount(k, policy) !== undefined;
        const exact = [...byCount].filter(([, k]) => passes(k));
        const band = (n: number) => Math.floor(Math.log2(n));
        const rare = new Map<number, number>();
        for (const [n, k] of byCount) if (!passes(k)) rare.set(band(n), (rare.get(band(n)) ?? 0) + k);
        const bands = [...rare].filter(([, k]) => passes(k));
        const tail = [...rare].filter(([, k]) => !passes(k));
        const tailCount = tail.reduce((s, [, k]) => s + k, 0);
        const tailLo = Math.min(...tail.map(([b]) => b));
        const tailHi = Math.max(...tail.map(([b]) => b));
        // A tail too small to publish widens the highest passing band (if there is one).
        const top = bands.length ? Math.max(...bands.map(([b]) => b)) : undefined;
        const folds = tail.length > 0 && !passes(tailCount) && top !== undefined;
        const expected = [
          ...exact.map(([n, k]) => `${n}:::${publishedCount(k, policy)}`),
          ...bands.filter(([b]) => !(folds && b === top)).map(([b, k]) => `:${2 ** b}:${2 ** (b + 1)}:${publishedCount(k, policy)}`),
          ...(folds ? [`:${2 ** Math.min(top!, tailLo)}:${2 ** (Math.max(top!, tailHi) + 1)}:${publishedCount(bands.find(([b]) => b === top)![1] + tailCount, policy)}`] : []),
          ...(tail.length && passes(tailCount) ? [`:${2 ** tailLo}:${2 ** (tailHi + 1)}:${publishedCount(tailCount, policy)}`] : []),
        ].sort();
        const published = metadata
          .filter((x) => x.stat === 'cardinality')
          .map((m) => `${m.value ?? ''}:${m.lo ?? ''}:${m.hi ?? ''}:${m.n_entities}`)
          .sort();
        expect(published).toEqual(expected);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40), endOnFailure: true },
    );
  });
});
