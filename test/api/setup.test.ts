import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ users: false });
});
afterAll(() => t.close());

describe('first run', () => {
  it('has no default password: the first administrator needs the console token', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });
    const wrong = await t.as(null, { method: 'POST', url: '/api/setup', payload: { token: 'guess', username: 'root', displayName: '管理员', password: 'Str0ng-Pass' } });
    expect(wrong.statusCode).toBe(403);
    const token = t.app.setupToken.value!;
    const weak = await t.as(null, { method: 'POST', url: '/api/setup', payload: { token, username: 'root', displayName: '管理员', password: 'weak' } });
    expect(weak.statusCode).toBe(400);
    const ok = await t.as(null, { method: 'POST', url: '/api/setup', payload: { token, username: 'root', displayName: '管理员', password: 'Str0ng-Pass' } });
    expect(ok.statusCode).toBe(200);
    const again = await t.as(null, { method: 'POST', url: '/api/setup', payload: { token, username: 'root2', displayName: 'x', password: 'Str0ng-Pass' } });
    expect(again.statusCode).toBe(409);
    expect((await t.as(null, { method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
    const login = await t.as(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: 'Str0ng-Pass' } });
    expect(login.json().user).toMatchObject({ role: 'admin', unit: null });
  });
});
