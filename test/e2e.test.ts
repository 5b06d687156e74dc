// End to end on DuckDB over three real tables from vega-datasets (3M flights; bird strikes with spaces
// and $ in names, NULLs and per-entity counting; movies with JSON titles, text dates and NULLs). Raw
// counts are computed here, independently of the compiler, from the source files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { columnOf, type Field, type Spec } from '../compiler/spec/model.js';
import { sqlType } from '../compiler/spec/types.js';
import { duckdb } from '../dialects/duckdb/index.js';
import { datasetPaths, loadProject } from '../runner/config.js';
import { exportData, scrape, type ExportResult, type GenerateResult, type ScrapeResult } from '../runner/pipeline.js';
import type { Row } from '../dialects/duckdb/session.js';
import { loadProjectSpec } from '../cli/artifacts.js';
import { pointMass, memoryRows, metadataRows, REPO, sqlRows, releaseAndGenerate } from './helpers.js';
import { chiSquare } from './stats.js';

const q = duckdb.quoteIdent;
const s = duckdb.quoteString;

/** A field's counting key as text, written here independently of the compiler. */
function keySql(f: Field, column: string, parsed = false): string {
  switch (f.kind) {
    case 'categorical':
      return `CAST(${column} AS VARCHAR)`;
    case 'discrete':
      return `CAST(CAST(${column} AS BIGINT) AS VARCHAR)`;
    case 'date': {
      const value = f.format && !parsed ? `try_strptime(${column}, ${s(f.format)})` : column;
      return `CAST(CAST(date_trunc('${f.granularity}', ${value}) AS ${f.type === 'date' ? 'DATE' : 'TIMESTAMP'}) AS VARCHAR)`;
    }
    case 'continuous':
      return `CAST(${column} AS DOUBLE)`;
  }
}

function sourceSql(spec: Spec): string {
  if (spec.source.kind !== 'file') throw new Error('file sources only');
  return `read_${spec.source.format}(${s(resolve(REPO, spec.source.path))})`;
}

describe.each(['flights', 'birdstrikes', 'movies'])('%s, end to end on DuckDB', (name) => {
  const project = loadProject(REPO);
  const spec = loadProjectSpec(project, join(REPO, 'specs', `${name}.yaml`));
  const dir = mkdtempSync(join(tmpdir(), `adg-e2e-${name}-`));
  const options = {
    root: REPO,
    paths: datasetPaths(project, spec.dataset, {
      metadataDb: join(dir, 'metadata.duckdb'),
      outputDb: join(dir, 'output.duckdb'),
      exportDir: join(dir, 'export'),
    }),
  };
  const byEntity = spec.policy.count === 'entities';
  let scraped: ScrapeResult;
  let generated: GenerateResult;
  let exported: ExportResult;
  let metadata: Row[];

  beforeAll(async () => {
    scraped = await scrape(spec, options);
    generated = await releaseAndGenerate(spec, options);
    exported = await exportData(spec, options);
    metadata = await metadataRows(options, spec.dataset);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const output = (sql: string) => sqlRows(options.paths.outputDb, sql);
  const policyOf = (ordinal: number) => (ordinal === 0 ? spec.policy : spec.fields[ordinal - 1]!.policy);

  it('publishes only counts that clear the threshold and are multiples of the base', () => {
    expect(metadata.length).toBeGreaterThan(spec.fields.length);
    for (const m of metadata) {
      const { threshold, roundTo } = policyOf(Number(m.ordinal));
      for (const c of [m.n_rows, m.n_entities]) {
        if (c === null) continue;
        expect(Number(c)).toBeGreaterThanOrEqual(threshold);
        expect(Number(c) % roundTo).toBe(0);
      }
    }
    expect(metadata.filter((m) => m.n_entities !== null).length > 0).toBe(byEntity);
  });

  it('never publishes or generates a value whose raw count is below the threshold', async () => {
    for (const f of spec.fields.filter((x) => x.kind !== 'continuous')) {
      const counted = byEntity ? `count(DISTINCT ${q(spec.entity!)})` : 'count(*)';
      const raw = await memoryRows(`SELECT ${keySql(f, q(f.name))} AS v, ${counted} AS n FROM ${sourceSql(spec)} GROUP BY 1`);
      const rawCount = new Map(raw.map((r) => [r.v, Number(r.n)]));
      const published = metadata.filter((m) => m.field === f.name && (m.stat === 'value' || m.stat === 'null'));
      for (const m of published) expect(rawCount.get(m.value as string | null)).toBeGreaterThanOrEqual(f.policy.threshold);
      const below = new Set(raw.filter((r) => Number(r.n) < f.policy.threshold).map((r) => r.v));
      const generatedValues = await output(`SELECT DISTINCT ${keySql(f, q(f.name), true)} AS v FROM ${q(spec.dataset)}`);
      const publishedValues = new Set(published.map((m) => m.value));
      for (const { v } of generatedValues) {
        expect(publishedValues.has(v), `${f.name}: generated ${String(v)} was not published`).toBe(true);
        expect(below.has(v), `${f.name}: generated ${String(v)} has a raw count below the threshold`).toBe(false);
      }
    }
  });

  it('publishes point masses and grid-aligned bins, and the output spans the source p5..p95', async () => {
    for (const f of spec.fields.filter((x) => x.kind === 'continuous')) {
      const items = metadata.filter((m) => m.field === f.name);
      const bins = items.filter((m) => m.stat === 'bin');
      const values = items.filter((m) => m.stat === 'value');
      expect(bins.length + values.length, f.name).toBeGreaterThan(2);
      const unit = byEntity ? `DISTINCT ${q(spec.entity!)}` : '*';
      const x = `CAST(${q(f.name)} AS DOUBLE)`;
      // A point mass is an exact value held by at least k records (entities).
      for (const v of values) {
        if (!Number.isFinite(pointMass(v))) continue;
        const [held] = await memoryRows(`SELECT count(${unit}) AS n FROM ${sourceSql(spec)} WHERE ${f.type === 'integer' ? `floor(${x})` : x} = ${pointMass(v)}`);
        expect(Number(held!.n), `${f.name} = ${pointMass(v)}`).toBeGreaterThanOrEqual(f.policy.threshold);
      }
      // Every edge lies on one grid of a power of ten, no finer than the published decimals.
      const edges = bins.flatMap((b) => [Number(b.lo), Number(b.hi)]);
      const decimals = Number(items.find((m) => m.stat === 'decimals')?.value ?? 6);
      const onGrid = (step: number) => edges.every((e) => Math.abs(e / step - Math.round(e / step)) < 1e-6);
      expect(onGrid(10 ** -decimals), `${f.name} edges ${edges.join(' ')}`).toBe(true);
      if (bins.length === 0) continue;
      // The bins keep the source's spread: output reaches the p5 and p95 of the source.
      const [src] = await memoryRows(`SELECT quantile_disc(${x}, 0.05) AS p5, quantile_disc(${x}, 0.95) AS p95 FROM ${sourceSql(spec)} WHERE isfinite(${x})`);
      const [range] = await output(`SELECT min(${q(f.name)}) AS lo, max(${q(f.name)}) AS hi FROM ${q(spec.dataset)} WHERE isfinite(${q(f.name)})`);
      expect(Number(range!.lo), `${f.name} min`).toBeLessThanOrEqual(Number(src!.p5));
      expect(Number(range!.hi), `${f.name} max`).toBeGreaterThanOrEqual(Number(src!.p95));
    }
  });

  it('reproduces the released weights of every field (chi-square, fixed seed, p > 0.001)', async () => {
    for (const f of spec.fields) {
      const items = metadata.filter((m) => m.field === f.name && ['null', 'value', 'bin'].includes(String(m.stat)));
      let observed: number[];
      let weights = items.map((m) => Number(m.n_rows));
      if (f.kind === 'continuous') {
        // A point mass inside a bin cannot be told from the bin's own draws: such a value is counted
        // with its bin, cell and weight alike. Integer outputs are floored, so test doubles only.
        if (f.type !== 'double') continue;
        const bins = items.filter((m) => m.stat === 'bin');
        const home = (m: Row) => (m.stat === 'value' ? bins.find((b) => pointMass(m) >= Number(b.lo) && pointMass(m) < Number(b.hi)) : undefined);
        const cells = items.filter((m) => !home(m));
        const cell = (m: Row) =>
          m.stat === 'null' ? `${q(f.name)} IS NULL` : m.stat === 'value' ? `${q(f.name)} = CAST(${s(String(pointMass(m)))} AS DOUBLE)` : `${q(f.name)} >= ${m.lo} AND ${q(f.name)} < ${m.hi}`;
        const counts = await output(`SELECT ${cells.map((m, i) => `count(*) FILTER (${cell(m)}) AS c${i}`).join(', ')} FROM ${q(spec.dataset)}`);
        observed = cells.map((_, i) => Number(counts[0]![`c${i}`]));
        weights = cells.map((m) => Number(m.n_rows) + items.filter((p) => home(p) === m).reduce((a, p) => a + Number(p.n_rows), 0));
      } else {
        const counts = await output(`SELECT ${keySql(f, q(f.name), true)} AS v, count(*) AS n FROM ${q(spec.dataset)} GROUP BY 1`);
        const byValue = new Map(counts.map((c) => [c.v, Number(c.n)]));
        observed = items.map((m) => byValue.get(m.value as string | null) ?? 0);
      }
      expect(observed.reduce((a, b) => a + b, 0)).toBe(generated.rows);
      const fit = chiSquare(observed, weights);
      expect(fit.p, `${f.name}: chi2 ${fit.chi2.toFixed(1)} on ${fit.dof} dof`).toBeGreaterThan(0.001);
    }
  });

  it('has the spec columns, in order, with the spec types and the requested row count', async () => {
    const described = await output(`DESCRIBE ${q(spec.dataset)}`);
    expect(described.map((d) => d.column_name)).toEqual(spec.columns.map((c) => columnOf(c).name));
    const typeOf = (c: (typeof spec.columns)[number]) => duckdb.typeName(sqlType(columnOf(c).type));
    expect(described.map((d) => d.column_type)).toEqual(spec.columns.map(typeOf));
    const expected = spec.generation.rows ?? Math.floor(spec.generation.scale! * scraped.publishedRows! + 0.5);
    expect(generated.rows).toBe(expected);
    const [n] = await output(`SELECT count(*) AS n FROM ${q(spec.dataset)}`);
    expect(n!.n).toBe(expected);
  });

  it('exports Parquet and CSV that carry the disclaimer and provenance', async () => {
    const parquet = exported.files.find((f) => f.format === 'parquet')!.path;
    const csv = exported.files.find((f) => f.format === 'csv')!.path;
    const kv = Object.fromEntries(
      (await memoryRows(`SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata(${s(parquet)})`)).map((r) => [r.k, r.v]),
    );
    expect(kv.disclaimer).toBe(spec.disclaimer);
    expect(kv['adg.spec_hash']).toBe(spec.hash);
    expect(kv['adg.seed']).toBe(String(spec.generation.seed));
    expect(kv['adg.metadata_hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(exported.provenance.metadata_hash).toBe(kv['adg.metadata_hash']);
    const [count] = await memoryRows(`SELECT count(*) AS n FROM read_parquet(${s(parquet)})`);
    expect(count!.n).toBe(generated.rows);
    const header = readFileSync(csv, 'utf8').split('\n', 1)[0]!;
    expect(header.split(',').length).toBeGreaterThanOrEqual(spec.fields.length);
    const readme = readFileSync(join(options.paths.exportDir, 'README.md'), 'utf8');
    expect(readme).toContain(spec.disclaimer);
    expect(readme).toContain(spec.hash);
    expect(readme).toContain(String(kv['adg.metadata_hash']));
  });

  it('reads back only metadata-sized results', () => {
    for (const r of [scraped, generated, exported]) expect(r.bytesRead).toBeLessThan(10_000);
  });
});
