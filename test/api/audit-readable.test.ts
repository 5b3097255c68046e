import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import type { TAuditEntry } from '../../src/contract/api/auth-api.js';

let t: TestApp;
let admin: Session;
let finance: Session;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085'; // 法律援助

beforeAll(async () => {
  t = await createTestApp();
  [admin, finance] = await Promise.all([t.login('admin'), t.login('finance')]);
});
afterAll(() => t.close());

const ok = async <T>(session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>): Promise<T> => {
  const res = await t.as(session, { method, url, ...(payload === undefined ? {} : { payload }) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(200);
  return res.json() as T;
};
const audit = async (query: string) => (await ok<{ entries: TAuditEntry[] }>(admin, 'GET', `/api/audit?${query}`)).entries;

describe('the audit log reads as words', () => {
  it('names the action, the object and what changed in a corrected payment', async () => {
    const created = await ok<{ payment: { id: number } }>(finance, 'POST', `${BASE}/payments`, { projectCode: P1, paidOn: '2022-03-01', amount: 100, voucherNo: '记-0007', payee: '某律所', summary: '办案补贴' });
    await ok(finance, 'PATCH', `${BASE}/payments/${created.payment.id}`, { amount: 880, reason: '金额录入错误', version: 1 });
    const [entry] = await audit('action=payment.update');
    expect(entry!.actionLabel).toEqual({ zh: '修改支付', en: 'Corrected payment' });
    expect(entry!.subject).toEqual({ kind: { zh: '支付', en: 'Payment' }, name: '法律援助 · 记-0007' });
    const amount = entry!.changes.find((c) => c.key === 'amountFen')!;
    expect(amount).toEqual({ key: 'amountFen', label: { zh: '金额', en: 'Amount' }, before: { zh: '100.00 元', en: '100.00 yuan' }, after: { zh: '880.00 元', en: '880.00 yuan' }, changed: true });
    expect(entry!.changes.find((c) => c.key === 'payee')).toMatchObject({ label: { zh: '收款方' }, changed: false });
    // internal ids are not shown as fields
    expect(entry!.changes.map((c) => c.key)).not.toContain('projectId');
  });

  it('names the indicator of an approved value', async () => {
    const board = await ok<{ indicators: { indicatorId: number; projectCode: string | null; name: string }[] }>(finance, 'GET', `${BASE}/indicator-progress?asOf=2022-12-31`);
    const indicator = board.indicators.find((i) => i.projectCode === P1 && i.name === '及时性')!;
    const { id } = await ok<{ id: number }>(finance, 'POST', `${BASE}/indicators/${indicator.indicatorId}/values`, { asOf: '2022-12-31', assessment: '达成', evidence: '结案登记表' });
    await ok(finance, 'POST', `${BASE}/indicator-values/${id}/submit`);
    await ok(await t.login('leader'), 'POST', `${BASE}/indicator-values/${id}/approve`);
    const [entry] = await audit('action=indicatorValue.approve');
    expect(entry!.actionLabel.zh).toBe('审批通过完成值');
    expect(entry!.subject).toEqual({ kind: { zh: '指标完成值', en: 'Indicator value' }, name: '及时性' });
    expect(entry!.changes.find((c) => c.key === 'status')).toMatchObject({ before: { zh: '已提交' }, after: { zh: '已审批' }, changed: true });
  });

  it('names users, roles and sign-ins', async () => {
    const { id } = await ok<{ id: number }>(admin, 'POST', '/api/users', { username: 'zhaoli', displayName: '赵丽', password: 'Init-Pw-7391', role: 'leader', unitCode: '315002' });
    await ok(admin, 'PATCH', `/api/users/${id}`, { role: 'finance' });
    const [update] = await audit('action=user.update');
    expect(update!.actionLabel.zh).toBe('修改用户');
    expect(update!.subject.name).toBe('赵丽（zhaoli）');
    expect(update!.changes.find((c) => c.key === 'role')).toMatchObject({ label: { zh: '角色' }, before: { zh: '局领导', en: 'Bureau leader' }, after: { zh: '财务人员', en: 'Finance' }, changed: true });
    const [login] = await audit('action=auth.login');
    expect(login!.actionLabel).toEqual({ zh: '登录', en: 'Signed in' });
  });

  it('gives every action the code base records a name', async () => {
    const entries = await audit('pageSize=200');
    for (const e of entries) expect(e.actionLabel.zh, e.action).not.toMatch(/其他操作/);
  });
});
