import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/app/auth/create-user.js';
import { importGoalBook } from '../../src/app/goal-book/import-goal-book.js';
import { ensureUnit } from '../../src/repositories/goal-book.repository.js';
import { TEST_PASSWORD } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { sampleGoalBook } from '../helpers/fixtures.js';
import { TEST_AUDIT_KEY } from '../helpers/keys.js';

/**
 * Province deployment: app servers are stateless (sessions are rows), so two `jixiao serve` processes
 * on one PostgreSQL serve the same users — signed in on one, the session works on the other, and what
 * one writes the other reads. The second reads its dashboards from DATABASE_READ_URL: here a database
 * of its own standing in for a replica (empty), so the county rollup it answers shows where it read.
 * PostgreSQL only: PGlite is one process's embedded database.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

async function serve(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'bin/jixiao.js'), 'serve', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', JIXIAO_LOG_LEVEL: 'silent', JIXIAO_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'jixiao-node-')), JIXIAO_AUDIT_KEY: TEST_AUDIT_KEY.toString('base64'), JIXIAO_DATA_KEY: DATA_KEY, ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`server on ${url} did not start`);
}

/** the tests' personal-data key (helpers/app.ts TEST_CIPHER): both servers must share it, as they share the audit key */
const DATA_KEY = Buffer.alloc(32, 42).toString('base64');
const hasPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!hasPostgres)('two app servers on one PostgreSQL', () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let a: { url: string; child: ChildProcess };
  let b: { url: string; child: ChildProcess };

  beforeAll(async () => {
    primary = await createTestDatabase();
    replica = await createTestDatabase();
    const actor = { userId: null, name: 'test' };
    await importGoalBook({ db: primary.db, book: sampleGoalBook(), actor });
    await ensureUnit(primary.db, { code: '301001', name: '乐亭县财政局' });
    await createUser({ db: primary.db, actor, username: 'finance', displayName: 'finance', password: TEST_PASSWORD, role: 'finance', unitCode: '301001', grantedUnitCodes: ['315002'] });
    [a, b] = await Promise.all([serve({ DATABASE_URL: primary.url! }), serve({ DATABASE_URL: primary.url!, DATABASE_READ_URL: replica.url! })]);
  }, 120_000);

  afterAll(async () => {
    a?.child.kill();
    b?.child.kill();
    await primary?.close();
    await replica?.close();
  });

  it('signs in on one, uses the session on the other, and each sees what the other wrote', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'finance', password: TEST_PASSWORD }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const me = await fetch(`${b.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ username: 'finance' });
    const paid = await fetch(`${b.url}/api/units/315002/years/2022/payments`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ projectCode: '13022522P000R24100085', paidOn: '2022-02-15', amount: 1234.5, voucherNo: 'N-1', payee: '某公司', summary: '两台服务器' }),
    });
    expect(paid.status).toBe(200);
    const spending = (await (await fetch(`${a.url}/api/units/315002/years/2022/spending?asOf=2022-12-31`, { headers: { cookie } })).json()) as { total: { spent: number } };
    expect(spending.total.spent).toBe(1234.5);
    // signed out on A, the session is gone on B too
    expect((await fetch(`${a.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf } })).status).toBe(200);
    expect((await fetch(`${b.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('reads the county rollup from DATABASE_READ_URL where it is set', async () => {
    const login = await fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'finance', password: TEST_PASSWORD }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const onA = (await (await fetch(`${a.url}/api/county/years/2022?asOf=2022-12-31`, { headers: { cookie } })).json()) as { units: Array<{ code: string; spent: number }> };
    expect(onA.units.map((u) => [u.code, u.spent])).toEqual([['315002', 1234.5]]);
    const onB = (await (await fetch(`${b.url}/api/county/years/2022?asOf=2022-12-31`, { headers: { cookie } })).json()) as { units: unknown[] };
    expect(onB.units).toEqual([]);
  });
});
