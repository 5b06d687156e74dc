// The PostgreSQL sessions: values normalised as the runner expects, no record value in any error,
// adg's own check messages passed on, connections that fail fast and say why (never with the
// password), interrupts, and CSV transfer. PGlite always; a real server when ADG_PG_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdgError } from '../compiler/errors.js';
import { PgliteSession, PostgresSession, maskUrl } from '../dialects/postgres/session.js';
import type { FileTransfer, Session } from '../dialects/session.js';

const PG_URL = process.env.ADG_PG_URL;
const ENABLE = 'export ADG_PG_URL=$(bash .ci/postgres.sh | tail -1)';
const SECRET = 'RARE_SECRET_123';

type Engine = Session & FileTransfer;

/** The error a promise rejects with (fails the test if it resolves). */
async function failure(work: Promise<unknown>): Promise<AdgError> {
  const outcome = await work.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(outcome, 'expected a failure').toBeInstanceOf(AdgError);
  return outcome as AdgError;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** What every PostgreSQL session must do, whatever runs the engine. */
function contract(name: string, open: () => Promise<Engine>): void {
  describe(name, () => {
    let s: Engine;
    let dir: string;
    const schema = `adg_test_${process.pid}_${Date.now()}`;
    const table = (t: string) => `"${schema}"."${t}"`;

    beforeAll(async () => {
      s = await open();
      dir = mkdtempSync(join(tmpdir(), 'adg-pg-'));
      await s.exec(`CREATE SCHEMA "${schema}"`);
      await s.exec(`SET search_path = "${schema}"`);
    });
    afterAll(async () => {
      await s?.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await s?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('round-trips every type, normalised', async () => {
      await s.exec(`CREATE TABLE types (
        big int8, small int8, i4 int4, amount numeric, ratio float8, day date, ts timestamp, tstz timestamptz,
        yes boolean, no boolean, label text, nothing text)`);
      await s.exec(`INSERT INTO types VALUES (
        9007199254740993, -42, 7, 12345678901234567890.123456789, 0.1, '2024-02-29', '2024-02-29 23:59:59.123456',
        '2024-02-29 23:59:59.123456+02', true, false, 'it''s "quoted" ü 日本 🎉', NULL)`);
      const rows = await s.query('SELECT * FROM types');
      expect(rows).toEqual([
        {
          big: '9007199254740993',
          small: -42,
          i4: 7,
          amount: '12345678901234567890.123456789',
          ratio: 0.1,
          day: '2024-02-29',
          ts: '2024-02-29 23:59:59.123456',
          tstz: '2024-02-29T21:59:59.123456Z',
          yes: true,
          no: false,
          label: 'it\'s "quoted" ü 日本 🎉',
          nothing: null,
        },
      ]);
    });

    it('binds parameters and reads arrays, JSON, and a column named __proto__ as text', async () => {
      const [row] = await s.query('SELECT $1::int8 + 1 AS next, $2::text AS t, ARRAY[1,2] AS arr, \'{"a": 1}\'::jsonb AS j, 1 AS "__proto__"', ['9007199254740993', 'x']);
      expect(row).toEqual({ next: '9007199254740994', t: 'x', arr: '{1,2}', j: '{"a": 1}', ['__proto__']: 1 });
      expect(Object.keys(row ?? {})).toContain('__proto__');
    });

    it('counts the JSON bytes of every row read', async () => {
      const before = s.bytesRead;
      const rows = await s.query("SELECT 'abc' AS a, 1 AS b");
      expect(s.bytesRead - before).toBe(Buffer.byteLength(JSON.stringify(rows)));
    });

    it('runs a DO block, semicolons inside, as one statement', async () => {
      await s.exec(`DO $$ BEGIN CREATE TABLE done (x int); INSERT INTO done VALUES (1); END $$`);
      expect(await s.query('SELECT count(*) AS n FROM done')).toEqual([{ n: 1 }]);
    });

    it('a unique violation says why without the value', async () => {
      await s.exec('CREATE TABLE u (x text UNIQUE)');
      await s.exec(`INSERT INTO u VALUES ('${SECRET}')`);
      const err = await failure(s.exec(`INSERT INTO u VALUES ('${SECRET}')`));
      expect(err.message).toContain('duplicate key value violates unique constraint');
      expect(err.format()).not.toContain(SECRET);
      expect(err.format()).not.toMatch(/Key \(/);
    });

    it('a failed cast says why without the value', async () => {
      const err = await failure(s.query('SELECT x::int FROM u'));
      expect(err.message).toContain('invalid input syntax for type integer');
      expect(err.format()).not.toContain(SECRET);
      const date = await failure(s.query(`SELECT '2024-13-45 ${SECRET}'::date`));
      expect(date.format()).not.toContain(SECRET);
      expect(date.format()).not.toContain('2024');
    });

    it('keeps the names adg knows and elides the others', async () => {
      s.knownNames.add('ward');
      expect((await failure(s.query('SELECT ward FROM u'))).message).toBe('column "ward" does not exist');
      expect((await failure(s.query(`SELECT "${SECRET}" FROM u`))).message).toBe('column "…" does not exist');
    });

    it("passes adg's own check messages on as they are, and filters other raised messages", async () => {
      const own = 'adg: field ward has fewer than 5 distinct values';
      s.ownMessages.add(own);
      const err = await failure(s.exec(`DO $$ BEGIN RAISE EXCEPTION '${own}'; END $$`));
      expect(err.message).toBe(own);
      const other = await failure(s.exec(`DO $$ BEGIN RAISE EXCEPTION 'bad value ''${SECRET}'' 12345'; END $$`));
      expect(other.message).toBe("bad value '…' …");
    });

    it('copies 100k rows out to CSV and back in', async () => {
      await s.exec(`CREATE TABLE src AS SELECT
          i AS id, i::int8 * 1000000007 AS big, round(i / 7.0, 6) AS amount, i / 3.0::float8 AS ratio,
          date '2020-01-01' + i % 1000 AS day, timestamp '2020-01-01' + i * interval '1.000001 second' AS ts,
          timestamptz '2020-01-01 00:00:00+00' + i * interval '1 minute' AS tstz, i % 2 = 0 AS flag,
          CASE i % 10 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE 'row "' || i || '", it''s ü 🎉' || E'\\n' || 'line 2' END AS label
        FROM generate_series(1, 100000) i`);
      await s.exec(`CREATE TABLE dst (LIKE src)`);
      const file = join(dir, 'src.csv');
      const [, outMs] = await timed(() => s.copyOutCsv(`SELECT * FROM src ORDER BY id -- trailing comment\n;`, file));
      const text = readFileSync(file, 'utf8');
      expect(text.slice(0, text.indexOf('\n'))).toBe('id,big,amount,ratio,day,ts,tstz,flag,label');
      const [, inMs] = await timed(() => s.copyInCsv(table('dst'), file));
      console.log(`${name}: copyOutCsv 100k rows ${Math.round(outMs)} ms, copyInCsv ${Math.round(inMs)} ms, ${(text.length / 1e6).toFixed(1)} MB`);
      const [counts] = await s.query(`SELECT
          (SELECT count(*) FROM dst) AS n,
          (SELECT count(*) FROM (SELECT * FROM src EXCEPT ALL SELECT * FROM dst) d) AS missing,
          (SELECT count(*) FROM (SELECT * FROM dst EXCEPT ALL SELECT * FROM src) d) AS extra,
          (SELECT count(*) FROM dst WHERE label IS NULL) AS nulls,
          (SELECT count(*) FROM dst WHERE label = '') AS empty`);
      expect(counts).toEqual({ n: 100_000, missing: 0, extra: 0, nulls: 10_000, empty: 10_000 });
    });

    it('a bad CSV value fails without the value, and the session goes on', async () => {
      const file = join(dir, 'bad.csv');
      writeFileSync(file, `x\n1\n${SECRET}\n`);
      await s.exec('CREATE TABLE ints (x int)');
      const err = await failure(s.copyInCsv(table('ints'), file));
      expect(err.message).toContain('invalid input syntax for type integer');
      expect(err.format()).not.toContain(SECRET);
      expect(await s.query('SELECT count(*) AS n FROM ints')).toEqual([{ n: 0 }]);
    });

    it('a failing copy out leaves no file; a missing input file is named', async () => {
      const file = join(dir, 'never.csv');
      const err = await failure(s.copyOutCsv(`SELECT '${SECRET}'::int AS x`, file));
      expect(err.format()).not.toContain(SECRET);
      expect(existsSync(file)).toBe(false);
      const missing = await failure(s.copyInCsv(table('ints'), join(dir, 'missing.csv')));
      expect(missing.message).toMatch(/cannot read .*missing\.csv \(ENOENT\)/);
      expect(await s.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });
  });
}

contract('PGlite', () => PgliteSession.open());

describe('PGlite interrupt', () => {
  it('fails the statement it was called under, and nothing after', async () => {
    const s = await PgliteSession.open();
    try {
      const running = s.exec('SELECT pg_sleep(0.1)');
      s.interrupt();
      expect((await failure(running)).message).toBe('interrupted');
      s.interrupt(); // nothing running: no effect
      expect(await s.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await s.close();
    }
  });
});

/** A TCP server on a free local port: silent (accepts, never answers) or closed again (refuses). */
async function localServer(silent: boolean): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  if (!silent) await close();
  return { port, close };
}

describe('connection failures (no server needed)', () => {
  const password = 'PW_SECRET_xyz_987';

  it('a port nobody listens on fails fast, names host:port, masks the password', async () => {
    const { port } = await localServer(false);
    const [err, ms] = await timed(() => failure(PostgresSession.open(`postgresql://adg:${password}@127.0.0.1:${port}/adg`, { urlSource: 'ADG_PG_URL' })));
    expect(ms).toBeLessThan(10_000);
    expect(err.message).toBe(`could not reach the PostgreSQL server at 127.0.0.1:${port} (connection refused)`);
    expect(err.hint).toContain(`postgresql://adg:***@127.0.0.1:${port}/adg`);
    expect(err.hint).toContain('ADG_PG_URL');
    expect(err.format()).not.toContain(password);
  });

  it('a server that never answers fails after the connect timeout', async () => {
    const server = await localServer(true);
    try {
      const [err, ms] = await timed(() => failure(PostgresSession.open(`postgresql://adg:${password}@127.0.0.1:${server.port}/adg`)));
      expect(ms).toBeLessThan(10_000);
      expect(err.message).toBe(`could not reach the PostgreSQL server at 127.0.0.1:${server.port} (no answer within 5 s)`);
      expect(err.format()).not.toContain(password);
    } finally {
      await server.close();
    }
  });

  it('masks passwords in URLs', () => {
    expect(maskUrl('postgresql://adg:s3cr%40t@db.example:6432/adg?sslmode=require')).toBe('postgresql://adg:***@db.example:6432/adg?sslmode=require');
    expect(maskUrl('postgresql://adg@db/adg?password=s3cret')).toBe('postgresql://adg@db/adg?password=***');
    expect(maskUrl('postgresql://adg:s3cret@/adg?host=/var/run/postgresql')).not.toContain('s3cret');
  });
});

describe('PostgreSQL server', () => {
  if (!PG_URL) {
    if (!process.env.CI) console.warn(`PostgreSQL server tests skipped: ADG_PG_URL is not set. To run them: ${ENABLE}`);
    it('needs ADG_PG_URL', (ctx) => {
      if (process.env.CI) throw new Error(`ADG_PG_URL is missing: CI must run the PostgreSQL server tests (${ENABLE})`);
      ctx.skip(`ADG_PG_URL is not set; to run these tests: ${ENABLE}`);
    });
    return;
  }
  const url: string = PG_URL;
  /** The URL with another password or database. */
  const variant = (change: (u: URL) => void) => {
    const u = new URL(url);
    change(u);
    return u.toString();
  };

  it('connects quickly', async () => {
    const [s, ms] = await timed(() => PostgresSession.open(url));
    console.log(`PostgreSQL: connect ${Math.round(ms)} ms`);
    expect(s.backendPid).toBeGreaterThan(0);
    await s.close();
  });

  contract('PostgreSQL server', () => PostgresSession.open(url, { applicationName: 'adg-test' }));

  it('a wrong password fails clearly, without the password', async () => {
    const wrong = 'WRONG_PW_SECRET_42';
    const [err, ms] = await timed(() => failure(PostgresSession.open(variant((u) => (u.password = wrong)), { urlSource: 'ADG_PG_URL' })));
    expect(ms).toBeLessThan(10_000);
    expect(err.message).toMatch(/^authentication failed for user ".+" at .+:\d+$/);
    expect(err.hint).toContain('check the user and password in ADG_PG_URL');
    expect(err.format()).not.toContain(wrong);
  });

  it('a missing database fails clearly', async () => {
    const err = await failure(PostgresSession.open(variant((u) => (u.pathname = '/adg_no_such_db'))));
    expect(err.message).toMatch(/^database "adg_no_such_db" does not exist on the PostgreSQL server at .+:\d+$/);
    expect(err.hint).toContain(':***@');
    expect(err.format()).not.toContain(`:${new URL(url).password}@`);
  });

  it('interrupt cancels a running pg_sleep(30) quickly, and the session goes on', async () => {
    const s = await PostgresSession.open(url);
    const watcher = await PostgresSession.open(url);
    try {
      const start = performance.now();
      const sleeping = failure(s.exec('SELECT pg_sleep(30)'));
      // Cancel only once the server runs it (a cancel that arrives first cancels nothing).
      for (;;) {
        const [row] = await watcher.query("SELECT count(*) AS n FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND query LIKE '%pg_sleep(30)%'", [s.backendPid]);
        if (row?.n === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      s.interrupt();
      expect((await sleeping).message).toBe('interrupted');
      expect(performance.now() - start).toBeLessThan(25_000);
      expect(await s.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await s.close();
      await watcher.close();
    }
  });

  it('interrupt called the moment a statement starts stops it too', async () => {
    const s = await PostgresSession.open(url);
    try {
      const start = performance.now();
      const sleeping = failure(s.exec('SELECT pg_sleep(30)'));
      s.interrupt();
      expect((await sleeping).message).toBe('interrupted');
      expect(performance.now() - start).toBeLessThan(25_000);
    } finally {
      await s.close();
    }
  });

  it('close under a running statement cancels it', async () => {
    const s = await PostgresSession.open(url);
    const sleeping = failure(s.exec('SELECT pg_sleep(30)'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [, ms] = await timed(() => s.close());
    expect(ms).toBeLessThan(25_000);
    await sleeping;
  });

  it('a statement timeout says so', async () => {
    const s = await PostgresSession.open(url, { statementTimeoutMs: 200 });
    try {
      expect((await failure(s.exec('SELECT pg_sleep(5)'))).message).toBe('canceling statement due to statement timeout');
    } finally {
      await s.close();
    }
  });
});
