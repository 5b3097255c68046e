import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { chinaDate } from '../../src/core/dates.js';
import { auditLog } from '../../src/db/schema/index.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { sampleGoalBook } from '../helpers/fixtures.js';

let t: TestApp;
let finance: Session;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085'; // 法律援助 50000
const P2 = '13022522P000R24100104'; // 法制建设 30000
const P3 = '13022522P000R2410009Q'; // 基层司法 85000
const P5 = '13022522P00P64X100024'; // 其他司法支出 20000
const P6 = '13022522P000R2410007H'; // 社区矫正 35000
const P7 = '13022522P005M4310011E'; // 129000
const P8 = '13022522P005M4310013M'; // 60000

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
});
afterAll(() => t.close());

let voucher = 0;
const nextVoucher = () => `T-${String(++voucher).padStart(4, '0')}`;
const pay = (payload: Record<string, unknown>, session: Session = finance) =>
  t.as(session, { method: 'POST', url: `${BASE}/payments`, payload: { voucherNo: nextVoucher(), payee: '某公司', summary: '测试', ...payload } });
const get = (url: string, session: Session = finance) => t.as(session, { method: 'GET', url });
const spending = async (asOf: string) => (await get(`${BASE}/spending?asOf=${asOf}`)).json();
const projectAt = async (code: string, asOf: string) => (await spending(asOf)).projects.find((p: { code: string }) => p.code === code);
const auditCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
const setMode = (overspendMode: 'stop' | 'warn') =>
  t.as(finance, { method: 'PUT', url: `${BASE}/settings/spending`, payload: { overspendMode, lightThresholds: { yellow: 60, green: 80 } } });

describe('recording payments', () => {
  it('records a payment, audits it and counts it from its date on', async () => {
    const before = await auditCount();
    const res = await pay({ projectCode: P1, paidOn: '2022-02-15', amount: 10000, payee: '乐亭县公共法律服务中心', summary: '房租' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'created',
      payment: { projectCode: P1, projectName: '法律援助', paidOn: '2022-02-15', amount: 10000, status: 'active', version: 1, fundSource: 'fiscal', createdBy: 'finance' },
    });
    expect(res.json().warning).toBeUndefined();
    expect(await auditCount()).toBe(before + 1);
    expect((await projectAt(P1, '2022-02-14')).spent).toBe(0);
    expect((await projectAt(P1, '2022-02-15')).spent).toBe(10000);
  });

  it('adds 3 × 0.10 元 to exactly 0.30 元', async () => {
    for (let i = 0; i < 3; i++) expect((await pay({ projectCode: P2, paidOn: '2022-01-10', amount: 0.1 })).statusCode).toBe(200);
    const p2 = await projectAt(P2, '2022-12-31');
    expect(p2.spent).toBe(0.3);
    expect(p2.executionRate).toBe(0.00001);
    const list = (await get(`${BASE}/payments?project=${P2}`)).json();
    expect(list.activeAmount).toBe(0.3);
  });

  it.each([
    ['a zero amount', { amount: 0 }, 400, '金额须大于 0'],
    ['an amount finer than a fen', { amount: 1.001 }, 400, '最多精确到分'],
    ['a date that does not exist', { paidOn: '2022-02-30' }, 400, '日期应为有效的 YYYY-MM-DD 日期'],
    ['a date outside the year', { paidOn: '2021-12-31' }, 400, '支付日期 2021-12-31 不在 2022 年度内'],
    ['an unknown project', { projectCode: '13022522X' }, 404, '项目编码“13022522X”不在乐亭县司法局 2022 年度的绩效目标中'],
    ['an empty payee', { payee: ' ' }, 400, '请填写收款方'],
  ])('refuses %s in Chinese and stores nothing', async (_, patch, status, message) => {
    const before = (await get(`${BASE}/payments?status=all`)).json().total;
    const res = await pay({ projectCode: P1, paidOn: '2022-03-01', amount: 1, ...patch });
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toContain(message);
    expect((await get(`${BASE}/payments?status=all`)).json().total).toBe(before);
  });

  it('refuses a voucher number already recorded, saying where', async () => {
    await pay({ projectCode: P1, paidOn: '2022-03-02', amount: 5, voucherNo: 'PZ-DUP' });
    const res = await pay({ projectCode: P3, paidOn: '2022-03-05', amount: 6, voucherNo: 'PZ-DUP' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('凭证号“PZ-DUP”已登记（2022-03-02，5.00 元，项目“法律援助”）');
  });

  it('lets finance write and the readers read, and no one else', async () => {
    for (const user of ['leader', 'reviewer', 'section', 'admin'] as const) {
      const session = await t.login(user);
      expect((await pay({ projectCode: P1, paidOn: '2022-03-01', amount: 1 }, session)).statusCode, user).toBe(403);
      expect((await get(`${BASE}/spending?asOf=2022-06-30`, session)).statusCode, user).toBe(200);
    }
    expect((await get(`${BASE}/payments`, await t.login('office'))).statusCode).toBe(403);
    expect((await get(`${BASE}/spending`, await t.login('outsider'))).statusCode).toBe(403);
  });
});

describe('editing and voiding keep history', () => {
  let id: number;
  beforeAll(async () => {
    id = (await pay({ projectCode: P5, paidOn: '2022-04-01', amount: 800, voucherNo: 'PZ-EDIT', payee: '某办公用品店', summary: '打印纸' })).json().payment.id;
  });

  it('corrects a payment with a reason as a new version', async () => {
    const before = await auditCount();
    const res = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 880, paidOn: '2022-04-02', reason: '发票金额录入错误', version: 1 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'updated', payment: { amount: 880, paidOn: '2022-04-02', version: 2, updatedBy: 'finance' } });
    expect(await auditCount()).toBe(before + 1);
    expect((await projectAt(P5, '2022-04-01')).spent).toBe(0);
    expect((await projectAt(P5, '2022-04-02')).spent).toBe(880);
  });

  it('changes nothing when nothing changes', async () => {
    const res = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 880, reason: '核对' } });
    expect(res.json()).toMatchObject({ status: 'unchanged', payment: { version: 2 } });
  });

  it('refuses an edit made on an old version, and one without a reason', async () => {
    const stale = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 1, reason: '改', version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('已被他人修改（您看到的是第 1 版，现在是第 2 版）');
    const noReason = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 1 } });
    expect(noReason.statusCode).toBe(400);
  });

  it('voids with a reason: it stays listed, stops counting, and frees its voucher', async () => {
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/payments/${id}/void`, payload: { reason: '重复登记' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'voided', payment: { status: 'void', voidReason: '重复登记', version: 3 } });
    expect((await projectAt(P5, '2022-12-31')).spent).toBe(0);
    expect((await get(`${BASE}/payments?status=void&project=${P5}`)).json().items.map((p: { id: number }) => p.id)).toEqual([id]);
    expect((await pay({ projectCode: P5, paidOn: '2022-04-02', amount: 880, voucherNo: 'PZ-EDIT' })).statusCode).toBe(200);
  });

  it('keeps every version with who, when and why', async () => {
    const history = (await get(`${BASE}/payments/${id}/history`)).json();
    expect(history.map((h: { version: number; action: string; reason: string | null }) => [h.version, h.action, h.reason])).toEqual([
      [1, 'create', null],
      [2, 'update', '发票金额录入错误'],
      [3, 'void', '重复登记'],
    ]);
    expect(history[0].snapshot).toMatchObject({ amount: 800, paidOn: '2022-04-01', status: 'active', voucherNo: 'PZ-EDIT' });
    expect(history[1].snapshot).toMatchObject({ amount: 880, paidOn: '2022-04-02', status: 'active' });
    expect(history[2].snapshot).toMatchObject({ amount: 880, status: 'void', voidReason: '重复登记' });
    expect(history.every((h: { actorName: string }) => h.actorName === 'finance')).toBe(true);
  });

  it('does not edit or void a voided payment', async () => {
    const edit = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 1, reason: '改' } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().message).toContain('已作废，不能修改');
    const again = await t.as(finance, { method: 'POST', url: `${BASE}/payments/${id}/void`, payload: { reason: '再作废' } });
    expect(again.statusCode).toBe(409);
  });

  it('answers 404 for a payment of another year or none at all', async () => {
    expect((await get(`${BASE}/payments/999999/history`)).statusCode).toBe(404);
    expect((await t.as(finance, { method: 'POST', url: `${BASE}/payments/999999/void`, payload: { reason: 'x' } })).json().message).toContain('没有编号为 999999 的支付记录');
  });

  it('never deletes: the database refuses to remove a payment or rewrite its history', async () => {
    await expect(t.database.db.execute(sql`delete from payment where id = ${id}`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`update payment_history set reason = 'x' where payment_id = ${id}`)).rejects.toThrow();
    expect((await get(`${BASE}/payments/${id}/history`)).json()).toHaveLength(3);
  });

  it('keeps a project with payments from being deleted by a goal-book import', async () => {
    const book = sampleGoalBook();
    const res = await t.as(finance, { method: 'POST', url: '/api/goal-books', payload: { ...book, projects: book.projects.filter((p) => p.code !== P5) } });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('已有支出');
  });

  it('keeps the initial budget of a project with payments on every write path, inside the write', async () => {
    const book = sampleGoalBook();
    const changed = { ...book, projects: book.projects.map((p) => (p.code === P1 ? { ...p, budget: { ...p.budget, total: p.budget.total + 1000, fiscal: p.budget.fiscal + 1000 } } : p)) };
    const before = (await get(`${BASE}/revisions`)).json().length;
    // an import (and so a review fix or a restore, which commit the same way) refuses it
    const imported = await t.as(finance, { method: 'POST', url: '/api/goal-books', payload: changed });
    expect(imported.statusCode).toBe(409);
    expect(imported.json().message).toContain('年初预算数不能再直接修改');
    const project = book.projects.find((p) => p.code === P1)!;
    const edited = await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P1}`, payload: { budget: { ...project.budget, total: project.budget.total + 1000, fiscal: project.budget.fiscal + 1000 } } });
    expect(edited.statusCode).toBe(409);
    expect((await get(`${BASE}/revisions`)).json()).toHaveLength(before);
    // a project without payments may still be changed
    const free = book.projects.find((p) => p.code === P8)!;
    expect((await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P8}`, payload: { budget: { ...free.budget, total: free.budget.total + 1, fiscal: free.budget.fiscal + 1 } } })).statusCode).toBe(200);
    expect((await t.as(finance, { method: 'PATCH', url: `${BASE}/projects/${P8}`, payload: { budget: free.budget } })).statusCode).toBe(200);
  });
});

describe('overspending: stop or warn', () => {
  it('refuses a payment over the budget in stop mode, saying by how much, and writes nothing', async () => {
    expect((await pay({ projectCode: P6, paidOn: '2022-05-01', amount: 30000 })).statusCode).toBe(200);
    const before = await auditCount();
    const res = await pay({ projectCode: P6, paidOn: '2022-06-01', amount: 5000.01 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'BUDGET_EXCEEDED', details: { projectCode: P6, excess: 0.01 } });
    expect(res.json().message).toContain('项目“社区矫正”（13022522P000R2410007H）截至 2022-06-01 累计支付 35000.01 元，超出当时在用预算 35000.00 元 0.01 元');
    expect(res.json().message).toContain('禁止超支');
    expect(await auditCount()).toBe(before);
    expect((await projectAt(P6, '2022-12-31')).spent).toBe(30000);
    // exactly the budget is fine
    expect((await pay({ projectCode: P6, paidOn: '2022-06-01', amount: 5000 })).statusCode).toBe(200);
  });

  it('checks a back-dated payment against later spending too', async () => {
    // P6 is at its 35000 budget by June; a January payment takes June over
    const res = await pay({ projectCode: P6, paidOn: '2022-01-05', amount: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('截至 2022-06-01 累计支付 35001.00 元');
  });

  it('accepts it with a warning in warn mode', async () => {
    expect((await setMode('warn')).statusCode).toBe(200);
    const res = await pay({ projectCode: P6, paidOn: '2022-07-01', amount: 1000 });
    expect(res.statusCode).toBe(200);
    expect(res.json().warning).toContain('超出当时在用预算 35000.00 元 1000.00 元');
    expect(res.json().warning).toContain('超支提醒');
    const p6 = await projectAt(P6, '2022-12-31');
    expect(p6.spent).toBe(36000);
    expect(p6.executionRate).toBeCloseTo(36000 / 35000, 6);
    expect(p6.projectedYearEnd).toBe(36000);
  });

  it('back in stop mode, still lets an overspent project be corrected downwards, but not further up', async () => {
    await setMode('stop');
    const list = (await get(`${BASE}/payments?project=${P6}&from=2022-07-01&to=2022-07-01`)).json();
    const id = list.items[0].id;
    const up = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 1500, reason: '补差' } });
    expect(up.statusCode).toBe(422);
    const down = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { amount: 500, reason: '金额有误' } });
    expect(down.statusCode).toBe(200);
    expect((await projectAt(P6, '2022-12-31')).spent).toBe(35500);
  });

  it('checks the project a payment is moved to', async () => {
    const id = (await pay({ projectCode: P7, paidOn: '2022-08-01', amount: 60001 })).json().payment.id;
    const res = await t.as(finance, { method: 'PATCH', url: `${BASE}/payments/${id}`, payload: { projectCode: P8, reason: '记错项目' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('超出当时在用预算 60000.00 元 1.00 元');
  });
});

describe('budget revisions', () => {
  const revise = (payload: Record<string, unknown>) => t.as(finance, { method: 'POST', url: `${BASE}/budget-revisions`, payload: { projectCode: P3, reason: '县财政追加预算（乐财预〔2022〕15号）', ...payload } });

  it('puts a revised budget in force from its date, keeping the initial one before', async () => {
    const res = await revise({ effectiveOn: '2022-07-01', total: 100000, fiscal: 90000, other: 10000 });
    expect(res.statusCode).toBe(200);
    expect(res.json().revision).toMatchObject({ projectCode: P3, projectName: '基层司法', effectiveOn: '2022-07-01', total: 100000, previousTotal: 85000, actorName: 'finance' });
    expect(await projectAt(P3, '2022-06-30')).toMatchObject({ budget: 85000, initialBudget: 85000 });
    expect(await projectAt(P3, '2022-07-01')).toMatchObject({ budget: 100000, initialBudget: 85000 });
    expect((await spending('2022-07-01')).total.budget).toBe(1_220_600 + 15000);
  });

  it('judges a payment by the budget in force on its date', async () => {
    expect((await pay({ projectCode: P3, paidOn: '2022-06-30', amount: 90000 })).statusCode).toBe(422);
    expect((await pay({ projectCode: P3, paidOn: '2022-07-01', amount: 90000 })).statusCode).toBe(200);
  });

  it('refuses a cut below what is already spent in stop mode', async () => {
    const res = await revise({ effectiveOn: '2022-11-01', total: 80000, fiscal: 80000, other: 0 });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('截至 2022-11-01 累计支付 90000.00 元，超出当时在用预算 80000.00 元 10000.00 元');
  });

  it('keeps revisions as history, newest first, with what they replaced', async () => {
    expect((await revise({ effectiveOn: '2022-09-01', total: 95000, fiscal: 90000, other: 5000 })).statusCode).toBe(200);
    const list = (await get(`${BASE}/budget-revisions?project=${P3}`)).json();
    expect(list.map((r: { effectiveOn: string; total: number; previousTotal: number }) => [r.effectiveOn, r.total, r.previousTotal])).toEqual([
      ['2022-09-01', 95000, 100000],
      ['2022-07-01', 100000, 85000],
    ]);
    expect((await projectAt(P3, '2022-08-31')).budget).toBe(100000);
    expect((await projectAt(P3, '2022-09-01')).budget).toBe(95000);
  });

  it.each([
    ['fund sources that do not add up', { effectiveOn: '2022-07-01', total: 100, fiscal: 50, other: 10 }, '财政资金与其他资金之和须等于调整后预算数'],
    ['no reason', { effectiveOn: '2022-07-01', total: 100, fiscal: 100, other: 0, reason: '' }, '请填写原因'],
    ['a date outside the year', { effectiveOn: '2023-01-01', total: 100, fiscal: 100, other: 0 }, '调整生效日期 2023-01-01 不在 2022 年度内'],
  ])('refuses %s', async (_, payload, message) => {
    const res = await revise(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(message);
  });

  it('is for finance only', async () => {
    const res = await t.as(await t.login('leader'), { method: 'POST', url: `${BASE}/budget-revisions`, payload: { projectCode: P3, effectiveOn: '2022-07-01', total: 1, fiscal: 1, other: 0, reason: 'x' } });
    expect(res.statusCode).toBe(403);
  });
});

describe('the spending view', () => {
  it.each([
    ['2022-03-30', 0],
    ['2022-03-31', 25],
    ['2022-06-29', 25],
    ['2022-06-30', 50],
    ['2022-10-31', 75],
    ['2022-12-31', 100],
  ])('reads the plan step in force at %s as %i%%', async (asOf, planned) => {
    const view = await spending(asOf);
    expect(view.asOf).toBe(asOf);
    expect(view.projects).toHaveLength(12);
    expect(view.projects.every((p: { plannedPercent: number }) => p.plannedPercent === planned)).toBe(true);
    expect(view.total.plannedPercent).toBe(planned);
  });

  it('rolls the department up from its projects in fen', async () => {
    const view = await spending('2022-12-31');
    const sumFen = view.projects.reduce((s: number, p: { spent: number }) => s + Math.round(p.spent * 100), 0);
    expect(Math.round(view.total.spent * 100)).toBe(sumFen);
    expect(view.total.executionRate).toBeCloseTo(view.total.spent / view.total.budget, 6);
    expect(view.settings).toEqual({ overspendMode: 'stop', lightThresholds: { yellow: 60, green: 80 } });
  });

  it('defaults to today in China', async () => {
    expect((await get(`${BASE}/spending`)).json().asOf).toBe(chinaDate(new Date()));
  });

  it('refuses a malformed date and an unknown year', async () => {
    expect((await get(`${BASE}/spending?asOf=2022-6-30`)).statusCode).toBe(400);
    const res = await get('/api/units/315002/years/2021/spending');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('没有 2021 年度的绩效目标');
  });
});

describe('listing payments', () => {
  it('filters by project, dates, status and text, newest first, in pages', async () => {
    const all = (await get(`${BASE}/payments?pageSize=500`)).json();
    expect(all.total).toBeGreaterThan(10);
    const dates = all.items.map((p: { paidOn: string }) => p.paidOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const page = (await get(`${BASE}/payments?pageSize=3&page=2`)).json();
    expect(page.items.map((p: { id: number }) => p.id)).toEqual(all.items.slice(3, 6).map((p: { id: number }) => p.id));
    expect(page.total).toBe(all.total);
    const ranged = (await get(`${BASE}/payments?from=2022-04-01&to=2022-06-30`)).json();
    expect(ranged.items.every((p: { paidOn: string }) => p.paidOn >= '2022-04-01' && p.paidOn <= '2022-06-30')).toBe(true);
    const text = (await get(`${BASE}/payments?q=${encodeURIComponent('公共法律')}`)).json();
    expect(text.items.map((p: { payee: string }) => p.payee)).toEqual(['乐亭县公共法律服务中心']);
    expect((await get(`${BASE}/payments?q=${encodeURIComponent('100%_')}`)).json().total).toBe(0);
    expect((await get(`${BASE}/payments?q=pz-dup`)).json().items.map((p: { voucherNo: string }) => p.voucherNo)).toEqual(['PZ-DUP']);
    expect((await get(`${BASE}/payments?project=NOPE`)).statusCode).toBe(404);
  });
});

describe('spending settings', () => {
  it('reads the defaults, and lets finance and admin change them, audited', async () => {
    expect((await get(`${BASE}/settings/spending`, await t.login('leader'))).json()).toEqual({ overspendMode: 'stop', lightThresholds: { yellow: 60, green: 80 } });
    const before = await auditCount();
    const admin = await t.login('admin');
    const res = await t.as(admin, { method: 'PUT', url: `${BASE}/settings/spending`, payload: { overspendMode: 'stop', lightThresholds: { yellow: 50, green: 90 } } });
    expect(res.statusCode).toBe(200);
    expect(await auditCount()).toBe(before + 1);
    expect((await spending('2022-12-31')).settings.lightThresholds).toEqual({ yellow: 50, green: 90 });
  });

  it('refuses thresholds out of order, and anyone without settings.write', async () => {
    const bad = await t.as(finance, { method: 'PUT', url: `${BASE}/settings/spending`, payload: { overspendMode: 'warn', lightThresholds: { yellow: 90, green: 80 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('黄灯阈值不能高于绿灯阈值');
    const leader = await t.as(await t.login('leader'), { method: 'PUT', url: `${BASE}/settings/spending`, payload: { overspendMode: 'warn', lightThresholds: { yellow: 60, green: 80 } } });
    expect(leader.statusCode).toBe(403);
  });
});

it('describes the spending routes in the OpenAPI document', async () => {
  const res = await t.as(null, { method: 'GET', url: '/api/openapi.json' });
  expect(res.statusCode).toBe(200);
  const paths = Object.keys(res.json().paths);
  for (const path of ['spending', 'payments', 'payments/{id}', 'payments/{id}/void', 'payments/{id}/history', 'payments/import', 'payments/import/preview', 'payments/template', 'budget-revisions', 'settings/spending']) {
    expect(paths).toContain(`/api/units/{unitCode}/years/{year}/${path}`);
  }
});
