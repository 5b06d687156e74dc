// Results that do not depend on accidents: NaN and infinities are items of their own (suppressed like
// any value), every stage runs in a fixed time zone, and generated numbers stay inside their published bin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scrape } from '../runner/pipeline.js';
import { DuckDBSession } from '../dialects/duckdb/session.js';
import { metadataRows, outputRows, pipelineOptions, specIn, sqlRows, tempProject, releaseAndGenerate } from './helpers.js';
import { adgWithEnv } from './cli.helpers.js';

describe('NaN and infinities in a continuous field', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());
  const db = join(t.root, 'data', 'source.duckdb');

  beforeAll(async () => {
    const s = await DuckDBSession.open(db);
    // 2,000 finite values, 300 NaN, 100 +Infinity, 3 -Infinity (too few to publish), 50 NULL.
    await s.exec(`CREATE TABLE t AS
      SELECT CAST(i AS DOUBLE) * 7.5 AS x FROM range(2000) r(i)
      UNION ALL SELECT CAST('NaN' AS DOUBLE) FROM range(300)
      UNION ALL SELECT CAST('Infinity' AS DOUBLE) FROM range(100)
      UNION ALL SELECT CAST('-Infinity' AS DOUBLE) FROM range(3)
      UNION ALL SELECT NULL FROM range(50)`);
    s.close();
  });

  it('publishes them as values with suppressed counts, keeps them out of the bins, and generates them at their rate', async () => {
    const spec = specIn(t.root, 'nan', `version: 1\ndataset: nan\nsource: {table: t}\ngeneration: {rows: 40000, seed: 2}\nfields:\n  x: {kind: continuous, bins: 10}\n`);
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    const metadata = await metadataRows(options, 'nan');
    const items = metadata.filter((m) => ['null', 'value', 'bin'].includes(String(m.stat)));
    expect(items.filter((m) => m.stat !== 'bin').map((m) => [m.stat, m.value, m.n_rows])).toEqual([
      ['null', null, 50],
      ['value', 'Infinity', 100],
      ['value', 'NaN', 300],
    ]);
    const bins = items.filter((m) => m.stat === 'bin');
    expect(bins.length).toBeGreaterThan(3);
    for (const b of bins) expect(Number.isFinite(Number(b.lo)) && Number.isFinite(Number(b.hi))).toBe(true);

    await releaseAndGenerate(spec, options);
    const [shares] = await sqlRows(
      options.paths.outputDb,
      `SELECT count(*) FILTER (isnan(x)) AS nan, count(*) FILTER (x = CAST('Infinity' AS DOUBLE)) AS inf,
              count(*) FILTER (x = CAST('-Infinity' AS DOUBLE)) AS neg, count(*) FILTER (x IS NULL) AS nul,
              count(*) FILTER (isfinite(x) AND (x < ${Math.min(...bins.map((b) => Number(b.lo)))} OR x >= ${Math.max(...bins.map((b) => Number(b.hi)))})) AS outside
       FROM nan`,
    );
    const total = 2000 + 300 + 100 + 50;
    expect(Number(shares!.nan) / 40000).toBeCloseTo(300 / total, 1);
    expect(Number(shares!.inf) / 40000).toBeCloseTo(100 / total, 1);
    expect(shares!.neg).toBe(0);
    expect(shares!.outside).toBe(0);
  });
});

describe('numbers stay inside their published bin', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('for integer output from doubles and from large integers, and for doubles near their upper edge', async () => {
    const db = join(t.root, 'data', 'source.duckdb');
    const s = await DuckDBSession.open(db);
    await s.exec(`CREATE TABLE t AS SELECT
        i * 0.37 + 0.5 AS fractional,
        1000000000000000 + i * 3 AS huge,
        1e15 + i * 0.125 AS wide
      FROM range(5000) r(i)`);
    s.close();
    const spec = specIn(
      t.root,
      'inbin',
      `version: 1\ndataset: inbin\nsource: {table: t}\ngeneration: {rows: 50000, seed: 11}\nfields:
  fractional: {kind: continuous, type: integer, bins: 50}
  huge: {kind: continuous, type: integer, bins: 50}
  wide: {kind: continuous, bins: 50}\n`,
    );
    const options = pipelineOptions(t.project, spec);
    await scrape(spec, options);
    await releaseAndGenerate(spec, options);
    const metadata = await metadataRows(options, 'inbin');
    for (const field of ['fractional', 'huge', 'wide']) {
      const bins = metadata.filter((m) => m.field === field && m.stat === 'bin').map((m) => `(${m.lo}::DOUBLE, ${m.hi}::DOUBLE)`);
      expect(bins.length).toBeGreaterThan(10);
      const [outside] = await sqlRows(
        options.paths.outputDb,
        `SELECT count(*) AS n FROM inbin WHERE NOT EXISTS (
           SELECT 1 FROM (VALUES ${bins.join(', ')}) AS b(lo, hi) WHERE CAST("${field}" AS DOUBLE) >= lo AND CAST("${field}" AS DOUBLE) < hi)`,
      );
      expect(outside!.n, field).toBe(0);
    }
    const rows = await outputRows(options, 'inbin');
    expect(rows).toHaveLength(50000);
  });
});

describe('a fixed time zone for every stage', () => {
  const t = tempProject();
  afterAll(() => t.cleanup());

  it('gives the same metadata and export bytes under any TZ of the machine', async () => {
    const db = join(t.root, 'data', 'source.duckdb');
    const s = await DuckDBSession.open(db);
    await s.exec(`CREATE TABLE t AS SELECT TIMESTAMPTZ '2021-03-27 18:00:00+00' + to_minutes(i * 7) AS at FROM range(3000) r(i)`);
    s.close();
    specIn(t.root, 'tz', `version: 1\nrelease: auto\ndataset: tz\nsource: {table: t}\ngeneration: {rows: 2000, seed: 4}\nfields:\n  at: {kind: date, granularity: hour, type: timestamp}\n`);
    const digests: string[] = [];
    for (const zone of ['UTC', 'Asia/Kolkata', 'America/Los_Angeles']) {
      const r = adgWithEnv({ TZ: zone }, t.root, 'run', 'specs/tz.yaml');
      expect(r.code, r.stderr).toBe(0);
      const metadata = await sqlRows(join(t.root, '.adg', 'tz', 'metadata.duckdb'), `SELECT * FROM tz_metadata ORDER BY ordinal, stat, item`);
      const files = readdirSync(join(t.root, 'out', 'tz')).filter((f) => !f.startsWith('.') && f !== 'review').sort();
      const hash = createHash('sha256').update(JSON.stringify(metadata));
      // The README's generation time is the one line that may differ between runs.
      for (const f of files) hash.update(readFileSync(join(t.root, 'out', 'tz', f), 'utf8').replace(/^\| generated at \|.*$/m, ''));
      digests.push(hash.digest('hex'));
    }
    expect(new Set(digests).size).toBe(1);
  });
});
