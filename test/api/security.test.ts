import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/app.js';
import { login, resolveSession } from '../../src/app/auth/sessions.js';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { recordAudit } from '../../src/app/audit/record-audit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const policy = { idleMinutes: 30, maxHours: 12 };

describe('sessions', () => {
  it('answers /api/health without a session and 401 elsewhere', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const res = await t.as(null, { method: 'GET', url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录（会话不存在或已过期）' });
  });

  it('sets an HttpOnly SameSite=Strict session cookie', async () => {
    const res = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'leader', password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'jixiao_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.cookies.find((c) => c.name === 'jixiao_csrf')!.httpOnly).toBeFalsy();
  });

  it('ends a session after 30 idle minutes and at its absolute lifetime', async () => {
    const t0 = new Date('2026-03-01T08:00:00Z');
    const { token } = await login({ db: t.database.db, username: 'section', password: TEST_PASSWORD, ip: 'test', policy, now: t0 });
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    expect(await resolveSession({ db: t.database.db, token, policy, now: at(29) })).not.toBeNull();
    // activity at 29 minutes keeps it alive until 59
    expect(await resolveSession({ db: t.database.db, token, policy, now: at(58) })).not.toBeNull();
    expect(await resolveSession({ db: t.database.db, token, policy, now: at(58 + 31) })).toBeNull();

    const second = await login({ db: t.database.db, username: 'section', password: TEST_PASSWORD, ip: 'test', policy, now: t0 });
    for (let m = 20; m < 12 * 60; m += 20) expect(await resolveSession({ db: t.database.db, token: second.token, policy, now: at(m) })).not.toBeNull();
    expect(await resolveSession({ db: t.database.db, token: second.token, policy, now: at(12 * 60) })).toBeNull();
  });

  it('says the same for an unknown user and a wrong password', async () => {
    const a = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } });
    const b = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'finance', password: 'x' } });
    expect(a.json()).toEqual(b.json());
    expect(a.statusCode).toBe(401);
  });

});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const session = await t.login('finance');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/units/315002/years/2022/projects/13022522P000R24100085', headers: { cookie: session.cookie }, payload: { name: '改名' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_REJECTED');
    const wrong = await t.app.inject({ method: 'PATCH', url: '/api/units/315002/years/2022/projects/13022522P000R24100085', headers: { cookie: session.cookie, 'x-csrf-token': 'forged' }, payload: { name: '改名' } });
    expect(wrong.statusCode).toBe(403);
  });
});

describe('passwords', () => {
  it('enforces the policy and ends other sessions on change', async () => {
    const first = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'reviewer', password: TEST_PASSWORD } });
    const s1 = { cookie: first.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: first.json().csrfToken };
    const second = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'reviewer', password: TEST_PASSWORD } });
    const s2 = { cookie: second.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: second.json().csrfToken };
    const weak = await t.as(s1, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'abcdefgh' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().message).toContain('至少三类');
    const ok = await t.as(s1, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'New-Pass-2023' } });
    expect(ok.statusCode).toBe(200);
    expect((await t.as(s1, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    expect((await t.as(s2, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});

describe('hardening', () => {
  it('sends security headers', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never sends a stack trace', async () => {
    const res = await t.as(await t.login('finance'), { method: 'POST', url: '/api/goal-books', headers: { 'content-type': 'application/json' }, payload: '{"broken' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('limits request size', async () => {
    const res = await t.as(await t.login('finance'), { method: 'POST', url: '/api/goal-books', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ x: 'x'.repeat(6 * 1024 * 1024) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('audit trail', () => {
  it('records changes with who, when, where and what, in the same transaction', async () => {
    const admin = await t.login('admin');
    await t.as(await t.login('finance'), { method: 'PATCH', url: '/api/units/315002/years/2022/projects/13022522P000R24100104', payload: { purpose: '处理县政府交办的涉法事务。' } });
    const res = await t.as(admin, { method: 'GET', url: '/api/audit?action=goalBook.update' });
    const [entry] = res.json().entries;
    expect(entry).toMatchObject({ actorName: 'finance', action: 'goalBook.update', entity: 'goal_book', entityId: '315002/2022' });
    expect(entry.after.changes[0]).toMatchObject({ field: 'purpose', after: '处理县政府交办的涉法事务。' });
    expect(entry.ip).toBeTruthy();
  });

  it('writes nothing when the change fails', async () => {
    const before = (await verifyAuditChain({ db: t.database.db })).entries;
    await expect(
      t.database.db.transaction(async (tx) => {
        await recordAudit(tx, { actor: { userId: null, name: 't' }, unitId: null, action: 'x.y', entity: 'x' });
        throw new Error('change failed');
      }),
    ).rejects.toThrow('change failed');
    expect((await verifyAuditChain({ db: t.database.db })).entries).toBe(before);
  });

  it('is append-only', async () => {
    const refusal = (query: Promise<unknown>) => query.then(() => 'allowed', (e: Error & { cause?: Error }) => (e.cause ?? e).message);
    expect(await refusal(t.database.db.execute(sql`update audit_log set actor_name = 'x' where id = 1`))).toMatch(/append-only/);
    expect(await refusal(t.database.db.execute(sql`delete from audit_log where id = 1`))).toMatch(/append-only/);
  });

  it('detects a tampered entry and names the first broken one', async () => {
    expect(await verifyAuditChain({ db: t.database.db })).toMatchObject({ ok: true });
    // an attacker with database rights switches the trigger off and rewrites history
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_change`);
    await t.database.db.execute(sql`update audit_log set actor_name = 'someone-else' where id = 3`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_change`);
    const result = await verifyAuditChain({ db: t.database.db });
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({ id: 3 });
    expect(result.firstBroken!.reason).toContain('篡改');
  });
});

// last: it uses up this IP's login budget
describe('login rate limit', () => {
  it('rate-limits login attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'nobody2', password: 'x' } })).statusCode);
    expect(statuses).toContain(429);
  });
});
