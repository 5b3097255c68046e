import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../helpers/app.js';
import { login, resolveSession } from '../../src/app/auth/sessions.js';
import { buildApp } from '../../src/api/app.js';
import { loadConfig } from '../../src/config.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const BASE = '/api/units/315002/years/2022';
const sessionOf = (res: { cookies: { name: string; value: string }[]; json: () => { csrfToken: string } }): Session => ({
  cookie: res.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
  csrf: res.json().csrfToken,
});

describe('a password set by an administrator', () => {
  it('must be changed before anything else is allowed', async () => {
    const admin = await t.login('admin');
    const created = await t.as(admin, { method: 'POST', url: '/api/users', payload: { username: 'newclerk', displayName: '新会计', password: 'Init-Pw-7391', role: 'finance', unitCode: '315002' } });
    expect(created.statusCode).toBe(200);
    const signedIn = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'newclerk', password: 'Init-Pw-7391' } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.mustChangePassword).toBe(true);
    const clerk = sessionOf(signedIn);

    const payment = await t.as(clerk, { method: 'POST', url: `${BASE}/payments`, payload: { projectCode: '13022522P000R24100085', paidOn: '2022-02-15', amount: 100, voucherNo: 'MC-1', payee: '某公司', summary: '测试' } });
    expect(payment.statusCode).toBe(403);
    expect(payment.json()).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: '请先修改管理员为您设置的初始密码，再进行其他操作' });
    for (const url of ['/api/units', `${BASE}/payments`, `${BASE}/spending?asOf=2022-06-30`]) {
      expect((await t.as(clerk, { method: 'GET', url })).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    // what the change needs still works
    expect((await t.as(clerk, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
    const changed = await t.as(clerk, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'Init-Pw-7391', newPassword: 'Own-Choice-4826' } });
    expect(changed.statusCode).toBe(200);
    expect((await t.as(clerk, { method: 'GET', url: '/api/units' })).statusCode).toBe(200);
    expect((await t.as(clerk, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
  });
});

describe('sign-in lock-out', () => {
  const policy = { idleMinutes: 30, maxHours: 12 };
  const t0 = new Date('2026-03-02T08:00:00Z');
  const attempt = (username: string, password: string, ip: string, minutes = 0) =>
    login({ db: t.database.db, username, password, ip, policy, now: new Date(t0.getTime() + minutes * 60_000) }).then(
      () => 'ok',
      (e: { code: string; message: string }) => e.message,
    );

  it('locks a name from one address with back-off, and never from another address', async () => {
    for (let i = 0; i < 4; i++) expect(await attempt('leader', 'wrong', '10.0.0.66')).toBe('用户名或密码不正确');
    expect(await attempt('leader', 'wrong', '10.0.0.66')).toBe('登录失败次数过多，请 1 分钟后再试');
    // the right password from the attacker's address waits too
    expect(await attempt('leader', TEST_PASSWORD, '10.0.0.66')).toBe('登录失败次数过多，请 1 分钟后再试');
    // the real user at their own desk signs in
    expect(await attempt('leader', TEST_PASSWORD, '10.0.0.5')).toBe('ok');
    // after the minute one more failure locks for two, then four
    expect(await attempt('leader', 'wrong', '10.0.0.66', 1)).toBe('登录失败次数过多，请 2 分钟后再试');
    expect(await attempt('leader', 'wrong', '10.0.0.66', 3)).toBe('登录失败次数过多，请 4 分钟后再试');
    expect(await attempt('leader', TEST_PASSWORD, '10.0.0.66', 6)).toBe('登录失败次数过多，请 1 分钟后再试');
    expect(await attempt('leader', TEST_PASSWORD, '10.0.0.66', 7)).toBe('ok');
    // a success forgets that address's failures
    expect(await attempt('leader', 'wrong', '10.0.0.66', 8)).toBe('用户名或密码不正确');
  });

  it('answers an unknown name exactly as a known one, lock included', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await attempt('finance', 'wrong', '10.0.0.77', i * 0.1));
      unknown.push(await attempt('no-such-user', 'wrong', '10.0.0.77', i * 0.1));
    }
    expect(unknown).toEqual(known);
    expect(unknown.at(-1)).toContain('登录失败次数过多');
  });

  it('shows the administrator which accounts are locked, and a reset lifts the lock', async () => {
    for (let i = 0; i < 5; i++) await t.as(null, { method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.88', payload: { username: 'office', password: 'wrong' } });
    const locked = await t.as(null, { method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.88', payload: { username: 'office', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    const admin = await t.login('admin');
    const users = (await t.as(admin, { method: 'GET', url: '/api/users' })).json() as { id: number; username: string; locked: boolean }[];
    const office = users.find((u) => u.username === 'office')!;
    expect(office.locked).toBe(true);
    expect(users.find((u) => u.username === 'finance')!.locked).toBe(false);
    expect((await t.as(admin, { method: 'POST', url: `/api/users/${office.id}/reset-password`, payload: { password: 'Temp-Pw-5517' } })).statusCode).toBe(200);
    const after = await t.as(null, { method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.88', payload: { username: 'office', password: 'Temp-Pw-5517' } });
    expect(after.statusCode).toBe(200);
  });
});

describe('password policy on the server', () => {
  it.each([
    ['the username', 'Reviewer2022!', '密码不能是用户名，也不能包含用户名'],
    ['a common password', 'Woaini1314!', '这是常见密码，很容易被猜中，请换一个'],
    ['another common one', 'Qq123456#', '这是常见密码，很容易被猜中，请换一个'],
  ])('refuses %s', async (_, newPassword, message) => {
    const session = await t.login('reviewer');
    const res = await t.as(session, { method: 'POST', url: '/api/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe(message);
  });

  it('refuses a new account whose password contains its name', async () => {
    const res = await t.as(await t.login('admin'), { method: 'POST', url: '/api/users', payload: { username: 'wangfang', displayName: '王芳', password: 'Wangfang#2024', role: 'leader', unitCode: '315002' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('密码不能是用户名，也不能包含用户名');
  });
});

describe('idle timeout', () => {
  it('keeps an active session alive at the shortest setting (1 minute)', async () => {
    const policy = { idleMinutes: 1, maxHours: 12 };
    const t0 = new Date('2026-03-03T08:00:00Z');
    const { token } = await login({ db: t.database.db, username: 'section', password: TEST_PASSWORD, ip: '10.0.0.9', policy, now: t0 });
    // a request every 40 seconds for ten minutes
    for (let s = 40; s <= 600; s += 40) expect(await resolveSession({ db: t.database.db, token, policy, now: new Date(t0.getTime() + s * 1000) }), `at ${s} s`).not.toBeNull();
    // and an idle minute still ends it
    expect(await resolveSession({ db: t.database.db, token, policy, now: new Date(t0.getTime() + 661_000) })).toBeNull();
  });
});

describe('HSTS', () => {
  it('is sent when the deployment uses secure cookies, and not otherwise', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBeUndefined();
    const config = loadConfig({ JIXIAO_DATA_DIR: '/nonexistent', JIXIAO_LOG_LEVEL: 'silent', JIXIAO_SECURE_COOKIES: 'true' } as NodeJS.ProcessEnv);
    const app = await buildApp({ database: t.database, config, webRoot: null, cipher: (t.app as unknown as { cipher: never }).cipher });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await app.close();
    }
  });
});
