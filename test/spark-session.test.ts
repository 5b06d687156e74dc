// The Spark session: a real local Spark (with Delta Lake) behind the Python bridge. Needs the venv made by
// `bash .ci/python.sh`; without it the tests are skipped on a workstation and fail under CI.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdgError } from '../compiler/errors.js';
import { SparkSession, redactSpark, sparkPython } from '../dialects/spark/session.js';

const python = sparkPython();
const available = existsSync(python);
const skip = !available && !process.env.CI;
if (skip) console.warn(`Spark session tests skipped: no ${python}; \`bash .ci/python.sh\` enables them`);

/** Spark SQL string literal: backslash escapes (a doubled quote is two literals run together). */
const str = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

async function rejection(work: Promise<unknown>): Promise<AdgError> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AdgError);
  return err as AdgError;
}

describe('redactSpark', () => {
  it('keeps the reason, known names and type names; drops values and unknown identifiers', () => {
    const message =
      "[CAST_INVALID_INPUT] The value 'RARE_SECRET_123' of the type \"STRING\" cannot be cast to \"INT\" because it is malformed.\n== SQL(line 1, position 8) ==\nSELECT CAST('RARE_SECRET_123' AS INT)";
    expect(redactSpark(message)).toBe(`[CAST_INVALID_INPUT] The value '…' of the type "STRING" cannot be cast to "INT" because it is malformed.`);
    expect(redactSpark('[TABLE_OR_VIEW_NOT_FOUND] The table or view `db`.`secret_values` cannot be found.', new Set(['db']))).toBe(
      '[TABLE_OR_VIEW_NOT_FOUND] The table or view `db`.`…` cannot be found.',
    );
  });
});

describe('a missing Python environment', () => {
  it('says how to make one', async () => {
    const warehouse = mkdtempSync(join(tmpdir(), 'adg-spark-nopy-'));
    try {
      const err = await rejection(SparkSession.open({ python: join(warehouse, 'no-such-python'), warehouseDir: warehouse }));
      expect(err.message).toMatch(/cannot run the Python for Spark/);
      expect(err.hint).toMatch(/bash \.ci\/python\.sh/);
    } finally {
      rmSync(warehouse, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skip)('SparkSession (local[2], Delta, Derby metastore in the warehouse)', () => {
  let root: string;
  let warehouse: string;
  let spark: SparkSession;

  beforeAll(async () => {
    if (!available) throw new AdgError(`no Python environment for Spark at ${python} (CI is set, so this fails): run \`bash .ci/python.sh\``);
    root = mkdtempSync(join(tmpdir(), 'adg-spark-'));
    warehouse = join(root, 'warehouse');
    spark = await SparkSession.open({ warehouseDir: warehouse, master: 'local[2]' });
  }, 180_000);

  afterAll(async () => {
    await spark?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  }, 120_000);

  it('starts Spark 3.5 with Delta Lake, keeping the metastore inside the warehouse', () => {
    expect(spark.sparkVersion).toMatch(/^3\.5\./);
    expect(spark.deltaVersion).toMatch(/^3\.3\./);
  });

  it('round-trips every type through a Delta table', async () => {
    const text = `it's "quoted", a \\ back, ü 日本 😀`;
    await spark.exec(`CREATE TABLE types USING DELTA AS SELECT
        CAST(9007199254740993 AS BIGINT) AS big, CAST(42 AS BIGINT) AS small, CAST(-7 AS INT) AS i,
        CAST('12345678901234567890123456789012345678' AS DECIMAL(38,0)) AS dec38, CAST('-1.50' AS DECIMAL(10,2)) AS dec2,
        CAST('NaN' AS DOUBLE) AS nan, CAST('-Infinity' AS DOUBLE) AS ninf, 0.25D AS dbl,
        DATE'2024-02-29' AS d, TIMESTAMP'2024-03-01 12:34:56.789' AS ts, TIMESTAMP_NTZ'1999-12-31 23:59:59' AS ntz,
        true AS b, ${str(text)} AS s, '' AS empty, CAST(NULL AS STRING) AS n,
        array(1, 2) AS arr, named_struct('k', 'v', 'x', 1) AS st`);
    const rows = await spark.query('SELECT * FROM types');
    expect(rows).toEqual([
      {
        big: '9007199254740993',
        small: 42,
        i: -7,
        dec38: '12345678901234567890123456789012345678',
        dec2: '-1.50',
        nan: 'NaN',
        ninf: '-Infinity',
        dbl: 0.25,
        d: '2024-02-29',
        ts: '2024-03-01 12:34:56.789',
        ntz: '1999-12-31 23:59:59',
        b: true,
        s: text,
        empty: '',
        n: null,
        arr: '[1,2]',
        st: '{"k":"v","x":1}',
      },
    ]);
    expect(spark.bytesRead).toBeGreaterThan(0);
    // The catalog lives in the warehouse (Derby), not in the working directory.
    expect(existsSync(join(warehouse, 'metastore_db'))).toBe(true);
    expect(existsSync(join(warehouse, 'types', '_delta_log'))).toBe(true);
  });

  it('binds positional parameters', async () => {
    const rows = await spark.query('SELECT ? AS a, ? AS b, ? + 1 AS c, ? AS d', [7, 'x', 9007199254740993n, null]);
    expect(rows).toEqual([{ a: 7, b: 'x', c: '9007199254740994', d: null }]);
  });

  it('runs in ANSI mode (a bad cast fails instead of giving NULL)', async () => {
    const err = await rejection(spark.query(`SELECT CAST('x' AS INT) AS v`));
    expect(err.message).toMatch(/^\[CAST_INVALID_INPUT\]/);
  });

  it('replaces a Delta table atomically: two versions in its history', async () => {
    await spark.exec('CREATE OR REPLACE TABLE t USING DELTA AS SELECT id, id * 2 AS v FROM range(1000)');
    await spark.exec('CREATE OR REPLACE TABLE t USING DELTA AS SELECT id, id * 3 AS v FROM range(500)');
    const history = await spark.query('DESCRIBE HISTORY t');
    expect(history.map((r) => r.version).sort()).toEqual([0, 1]);
    expect(history.every((r) => r.operation === 'CREATE OR REPLACE TABLE AS SELECT')).toBe(true);
    expect(await spark.query('SELECT count(*) AS n, sum(v) AS s FROM t')).toEqual([{ n: 500, s: 374250 }]);
  });

  it('keeps data values out of error messages', async () => {
    const err = await rejection(spark.query(`SELECT CAST('RARE_SECRET_123' AS INT) AS v`));
    expect(err.message).not.toMatch(/RARE_SECRET/);
    expect(err.message).toMatch(/CAST_INVALID_INPUT/);
    const inExec = await rejection(spark.exec(`CREATE OR REPLACE TABLE leak USING DELTA AS SELECT CAST(concat('RARE_', 'SECRET_', id) AS INT) AS v FROM range(3)`));
    expect(inExec.message).not.toMatch(/RARE_SECRET/);
  });

  it("passes adg's own check messages through exactly", async () => {
    const own = 'adg check failed: field "origin" had a NULL where none may be';
    spark.ownMessages.add(own);
    const err = await rejection(spark.exec(`SELECT CASE WHEN count(*) > 0 THEN raise_error(${str(own)}) END AS adg_check FROM range(10)`));
    expect(err.message).toBe(own);
    // The same check passing: the statement runs to its end without error.
    await spark.exec(`SELECT CASE WHEN count(*) > 10 THEN raise_error(${str(own)}) END AS adg_check FROM range(10)`);
  });

  it('interrupt() cancels a long query, and the session goes on', async () => {
    const long = spark.query('SELECT count(*) AS n FROM range(1000000) a CROSS JOIN range(1000000) b');
    await new Promise((done) => setTimeout(done, 3000));
    spark.interrupt();
    const err = await rejection(long);
    expect(err.message).toBe('interrupted');
    expect(await spark.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('copies 100,000 rows out to CSV and back in, NULL and empty strings apart', async () => {
    await spark.exec(`CREATE TABLE src USING DELTA AS SELECT
        id,
        CASE WHEN id % 7 = 0 THEN NULL WHEN id % 7 = 1 THEN '' WHEN id % 7 = 2 THEN 'a,b "c"' WHEN id % 7 = 3 THEN 'line\\nbreak'
             WHEN id % 7 = 4 THEN ' padded ' ELSE concat('ü日本-', id) END AS s,
        CASE WHEN id % 5 = 0 THEN CAST('NaN' AS DOUBLE) WHEN id % 5 = 1 THEN NULL ELSE id / 3.0D END AS x,
        CAST(id AS DECIMAL(20,2)) / 7 AS dec,
        date_add(DATE'2020-01-01', CAST(id % 1000 AS INT)) AS d,
        timestamp_seconds(1700000000 + id) + make_interval(0, 0, 0, 0, 0, 0, (id % 1000) / 1000.0) AS ts,
        id % 2 = 0 AS flag,
        CASE WHEN id % 3 = 0 THEN NULL ELSE array(id, id + 1) END AS arr
      FROM range(100000)`);
    const file = join(root, 'out', 'src.csv');
    await spark.copyOutCsv('SELECT * FROM src ORDER BY id', file);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines[0]).toBe('id,s,x,dec,d,ts,flag,arr');
    expect(lines[1]).toMatch(/^0,,NaN,0\.000000,2020-01-01,2023-11-14 22:13:20,true,$/);
    expect(lines[2]).toMatch(/^1,"",,/);

    await spark.exec('CREATE TABLE dst (id BIGINT, s STRING, x DOUBLE, dec DECIMAL(38,6), d DATE, ts TIMESTAMP, flag BOOLEAN, arr ARRAY<BIGINT>) USING DELTA');
    await spark.copyInCsv('dst', file);
    const diff = await spark.query(`SELECT
        (SELECT count(*) FROM dst) AS n,
        (SELECT count(*) FROM (SELECT * FROM src EXCEPT ALL SELECT * FROM dst)) AS missing,
        (SELECT count(*) FROM (SELECT * FROM dst EXCEPT ALL SELECT * FROM src)) AS extra,
        (SELECT count(*) FROM dst WHERE s IS NULL) AS nulls, (SELECT count(*) FROM dst WHERE s = '') AS empties`);
    expect(diff).toEqual([{ n: 100000, missing: 0, extra: 0, nulls: 14286, empties: 14286 }]);
  });

  it('loads a CSV whose header names some of the columns, in another order', async () => {
    await spark.exec('CREATE TABLE partial (a BIGINT, b STRING, c DATE) USING DELTA');
    const file = join(root, 'partial.csv');
    writeFileSync(file, 'c,a\n2024-01-02,1\n,2\n');
    await spark.copyInCsv('partial', file);
    expect(await spark.query('SELECT * FROM partial ORDER BY a')).toEqual([
      { a: 1, b: null, c: '2024-01-02' },
      { a: 2, b: null, c: null },
    ]);
  });

  it('keeps tables across processes; a dead process gives a clear error', async () => {
    await spark.close();
    await rejection(spark.query('SELECT 1 AS one'));
    // Derby admits one JVM: the first session is closed (its JVM gone) before the second starts.
    const second = await SparkSession.open({ warehouseDir: warehouse });
    try {
      expect(await second.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 500 }]);
      expect((await second.query('DESCRIBE HISTORY t')).length).toBe(2);

      const long = second.query('SELECT count(*) AS n FROM range(1000000) a CROSS JOIN range(1000000) b');
      await new Promise((done) => setTimeout(done, 1000));
      process.kill(second.pid!, 'SIGKILL');
      const err = await rejection(long);
      expect(err.message).toMatch(/^the Spark process \(.*\) was killed \(SIGKILL\)/);
      const later = await rejection(second.query('SELECT 1 AS one'));
      expect(later.message).toBe(err.message);
    } finally {
      await second.close();
    }
  });
});
