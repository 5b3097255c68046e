import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

let t: TestApp;
let section: Session;
let finance: Session;
let leader: Session;
let office: Session;
const BASE = '/api/units/315002/years/2022';
const P1 = '13022522P000R24100085'; // 法律援助
const P3 = '13022522P000R2410009Q'; // 基层司法

interface Progress {
  indicatorId: number;
  projectCode: string;
  name: string;
  metric: string | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  light: string | null;
  assessment: string | null;
  source: string;
  readAs: { comparator: string; value: number } | null;
  ledger: { spent: number; budget: number } | null;
  met: boolean | null;
  recordCount: number | null;
  proposal: { metric: string; filter: Record<string, string> | null } | null;
}

beforeAll(async () => {
  t = await createTestApp();
  [section, finance, leader, office] = await Promise.all([t.login('section'), t.login('finance'), t.login('leader'), t.login('office')]);
});
afterAll(() => t.close());

const board = async (asOf = '2022-12-31', session = finance) => {
  const res = await t.as(session, { method: 'GET', url: `${BASE}/indicator-progress?asOf=${asOf}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { indicators: Progress[]; department: { live: number; manual: number; unbound: number }; projects: Array<{ code: string; live: number }> };
};
const find = (list: Progress[], project: string, name: string) => list.find((i) => i.projectCode === project && i.name === name)!;

describe('bindings', () => {
  it('proposes a metric for indicators by their names, and none is live before confirmation', async () => {
    const { indicators, department } = await board();
    expect(department.live).toBe(0);
    const accepted = find(indicators, P1, '法律援助案件受理数（件)');
    expect(accepted).toMatchObject({ metric: null, actual: null, proposal: { metric: 'legal-aid.cases-accepted', filter: null } });
    expect(find(indicators, P1, '服务对象满意度').proposal).toMatchObject({ metric: 'survey.satisfaction-rate', filter: { project: P1 } });
    // 时效 and 成本 indicators are answered too: the legal-aid on-time rate and the spending ledger
    expect(find(indicators, P1, '及时性').proposal).toMatchObject({ metric: 'legal-aid.on-time-rate', filter: null });
    expect(find(indicators, P1, '项目预算控制数').proposal).toMatchObject({ metric: 'spending.budget-control', filter: { project: P1 } });
    expect(find(indicators, P1, '维护社会稳定').proposal).toBeNull();
  });

  it('lets a section confirm only proposals of the registers it keeps', async () => {
    const res = await t.as(section, { method: 'POST', url: `${BASE}/bindings/confirm-proposals`, payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    const metrics = (res.json().confirmed as Array<{ metric: string }>).map((c) => c.metric.split('.')[0]);
    expect(metrics.length).toBeGreaterThan(10);
    expect(new Set(metrics)).toEqual(new Set(['legal-aid', 'survey']));
    const mediation = find((await board()).indicators, P3, '人民调解案件数');
    const refused = await t.as(section, { method: 'PUT', url: `${BASE}/indicators/${mediation.indicatorId}/binding`, payload: { metric: 'mediation.disputes-mediated' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('您负责的台账不包括“人民调解”');
  });

  it('confirms the rest for finance, and refuses unknown metrics and filters', async () => {
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/bindings/confirm-proposals`, payload: {} });
    expect(res.json().confirmed.length).toBeGreaterThan(10);
    const { department } = await board();
    expect(department.live).toBeGreaterThanOrEqual(30);
    const timely = find((await board()).indicators, P1, '及时性');
    const unknown = await t.as(finance, { method: 'PUT', url: `${BASE}/indicators/${timely.indicatorId}/binding`, payload: { metric: 'legal-aid.nothing' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('没有名为 legal-aid.nothing 的取数口径');
    const badFilter = await t.as(finance, { method: 'PUT', url: `${BASE}/indicators/${timely.indicatorId}/binding`, payload: { metric: 'legal-aid.cases-accepted', filter: { project: P1 } } });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.json().message).toContain('不能按“project”限定');
  });
});

describe('live actuals and drill-downs', () => {
  it('computes an indicator from register records and lists exactly those records', async () => {
    for (const [appliedOn, office] of [['2022-01-01', null], ['2022-12-31', '胡家坨司法所'], ['2023-01-01', null], ['2022-06-15', '汤家河司法所']] as const) {
      const res = await t.as(section, { method: 'POST', url: '/api/units/315002/registers/legal-aid/cases/records', payload: { source: '通知辩护/代理', applicantName: '刘一', applicantCategory: '其他', caseType: '刑事', appliedOn, assignedOn: appliedOn, closedOn: appliedOn < '2022-07-01' ? appliedOn : null, office } });
      expect(res.statusCode, res.body).toBe(200);
    }
    const accepted = find((await board()).indicators, P1, '法律援助案件受理数（件)');
    expect(accepted).toMatchObject({ metric: 'legal-aid.cases-accepted', source: 'metric', actual: 3, recordCount: 3 });
    const drill = (await t.as(finance, { method: 'GET', url: `${BASE}/indicators/${accepted.indicatorId}/drill?asOf=2022-12-31` })).json();
    expect(drill.records).toHaveLength(3);
    expect(drill.records.map((r: { values: { appliedOn: string } }) => r.values.appliedOn).sort()).toEqual(['2022-01-01', '2022-06-15', '2022-12-31']);
    expect(drill.records[0].values.applicantName).toBe('刘*');

    const closure = find((await board()).indicators, P1, '救助案例办结率（%）');
    // 66.67% of 100%: yellow by pace, but the year is over and the target missed — red
    expect(closure).toMatchObject({ numerator: 2, denominator: 3, actual: 66.67, light: 'red' });
    const rate = (await t.as(finance, { method: 'GET', url: `${BASE}/indicators/${closure.indicatorId}/drill?asOf=2022-12-31` })).json();
    expect(rate.records).toHaveLength(3);
    expect(rate.records.filter((r: { inNumerator: boolean }) => r.inNumerator)).toHaveLength(2);

    // a 司法所 sees its own office's records behind the figure, and how many others there are
    const own = (await t.as(office, { method: 'GET', url: `${BASE}/indicators/${accepted.indicatorId}/drill?asOf=2022-12-31` })).json();
    expect(own).toMatchObject({ actual: 3, total: 1, hidden: 2, recordAccess: true });
    expect(own.records).toHaveLength(1);
    expect(own.records[0].values.office).toBe('胡家坨司法所');
  });

  it('pages the records behind a figure, the total coming from the same snapshot as the figure', async () => {
    const accepted = find((await board()).indicators, P1, '法律援助案件受理数（件)');
    const url = `${BASE}/indicators/${accepted.indicatorId}/drill?asOf=2022-12-31`;
    const first = (await t.as(finance, { method: 'GET', url: `${url}&pageSize=2` })).json();
    expect(first).toMatchObject({ actual: 3, total: 3, page: 1, pageSize: 2, hidden: 0, sealed: { records: 0, inNumerator: null } });
    expect(first.records.map((r: { values: { appliedOn: string } }) => r.values.appliedOn)).toEqual(['2022-01-01', '2022-06-15']);
    const second = (await t.as(finance, { method: 'GET', url: `${url}&pageSize=2&page=2` })).json();
    expect(second.records.map((r: { values: { appliedOn: string } }) => r.values.appliedOn)).toEqual(['2022-12-31']);
    expect((await t.as(finance, { method: 'GET', url })).json()).toMatchObject({ page: 1, pageSize: 200 });
    const tooLarge = await t.as(finance, { method: 'GET', url: `${url}&pageSize=1001` });
    expect(tooLarge.statusCode).toBe(400);
  });

  it('keeps a figure and its records in agreement while records are being written', async () => {
    const accepted = find((await board()).indicators, P1, '法律援助案件受理数（件)');
    const url = `${BASE}/indicators/${accepted.indicatorId}/drill?asOf=2022-12-31&pageSize=1000`;
    const writes = Array.from({ length: 12 }, (_, i) =>
      t.as(section, { method: 'POST', url: '/api/units/315002/registers/legal-aid/cases/records', payload: { source: '通知辩护/代理', applicantName: '陈二', applicantCategory: '其他', caseType: '刑事', appliedOn: `2022-08-${String(i + 1).padStart(2, '0')}` } }),
    );
    const reads = Array.from({ length: 12 }, () => t.as(finance, { method: 'GET', url }));
    const drills = (await Promise.all([...writes, ...reads])).slice(writes.length).map((r) => r.json());
    for (const d of drills) {
      expect(d.records).toHaveLength(d.actual);
      expect(d.total).toBe(d.actual);
    }
    expect((await t.as(finance, { method: 'GET', url })).json().actual).toBe(15);
  });

  it('reads the board as of a date: the figure, what was expected and the light', async () => {
    const accepted = find((await board('2022-06-30')).indicators, P1, '法律援助案件受理数（件)');
    expect(accepted).toMatchObject({ actual: 2, light: 'red' });
  });

  it('has no drill-down for an indicator without a binding', async () => {
    const timely = find((await board()).indicators, P1, '维护社会稳定');
    const res = await t.as(finance, { method: 'GET', url: `${BASE}/indicators/${timely.indicatorId}/drill` });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('没有绑定台账取数口径');
  });

  it('lists every metric with its value', async () => {
    const metrics = (await t.as(leader, { method: 'GET', url: `${BASE}/metrics?asOf=2022-12-31` })).json() as Array<{ metric: string; value: number | null }>;
    // 3 cases, and the 12 written while drilling down
    expect(metrics.find((m) => m.metric === 'legal-aid.cases-accepted')?.value).toBe(15);
    expect(metrics.length).toBeGreaterThan(25);
  });
});

describe('manual values', () => {
  let timelyId: number;
  let valueId: number;
  beforeAll(async () => {
    timelyId = find((await board()).indicators, P1, '维护社会稳定').indicatorId;
  });

  it('asks for an assessment band for a qualitative target, and a number for a quantitative one', async () => {
    const res = await t.as(finance, { method: 'POST', url: `${BASE}/indicators/${timelyId}/values`, payload: { asOf: '2022-12-31', value: 1, evidence: '结案登记表' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('请选择评价等级');
    const bound = find((await board()).indicators, P1, '法律援助案件受理数（件)');
    const conflict = await t.as(finance, { method: 'POST', url: `${BASE}/indicators/${bound.indicatorId}/values`, payload: { asOf: '2022-12-31', value: 400, evidence: '手工统计' } });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().message).toContain('已绑定台账取数口径');
  });

  it('counts a value only once another person approves it', async () => {
    const entered = await t.as(finance, { method: 'POST', url: `${BASE}/indicators/${timelyId}/values`, payload: { asOf: '2022-12-31', assessment: '达成', evidence: '全年案件均在法定期限内办结，见结案登记表' } });
    expect(entered.statusCode, entered.body).toBe(200);
    valueId = entered.json().id;
    expect(entered.json().status).toBe('draft');
    expect(find((await board()).indicators, P1, '维护社会稳定')).toMatchObject({ assessment: null, light: null, source: 'missing' });

    expect((await t.as(leader, { method: 'POST', url: `${BASE}/indicator-values/${valueId}/approve` })).statusCode).toBe(409); // not submitted yet
    expect((await t.as(finance, { method: 'POST', url: `${BASE}/indicator-values/${valueId}/submit` })).json().status).toBe('submitted');
    expect(find((await board()).indicators, P1, '维护社会稳定').light).toBeNull();

    const own = await t.as(finance, { method: 'POST', url: `${BASE}/indicator-values/${valueId}/approve` });
    expect(own.statusCode).toBe(403);
    expect(own.json().message).toContain('不能审批通过自己填报的内容');
    expect((await t.as(section, { method: 'POST', url: `${BASE}/indicator-values/${valueId}/approve` })).statusCode).toBe(403);

    const approved = await t.as(leader, { method: 'POST', url: `${BASE}/indicator-values/${valueId}/approve` });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedByName: 'leader' });
    expect(find((await board()).indicators, P1, '维护社会稳定')).toMatchObject({ source: 'assessment', assessment: '达成', light: 'green', met: true });
    // a value as of a later date does not count for an earlier board
    expect(find((await board('2022-06-30')).indicators, P1, '维护社会稳定')).toMatchObject({ assessment: null, source: 'missing' });
  });

  it('keeps an indicator that has entered values from being deleted by a goal-book edit', async () => {
    const res = await t.as(finance, { method: 'DELETE', url: `${BASE}/indicators/${timelyId}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('不能删除');
  });

  it('returns a value with a reason; the enterer corrects it and it is a draft again', async () => {
    const durationId = find((await board()).indicators, '13022522P000R24100104', '项目持续发挥作用期限').indicatorId;
    const id = (await t.as(finance, { method: 'POST', url: `${BASE}/indicators/${durationId}/values`, payload: { asOf: '2022-12-31', value: 0.5, evidence: '项目实施方案' } })).json().id;
    await t.as(finance, { method: 'POST', url: `${BASE}/indicator-values/${id}/submit` });
    expect((await t.as(leader, { method: 'POST', url: `${BASE}/indicator-values/${id}/return`, payload: { reason: '' } })).statusCode).toBe(400);
    const returned = await t.as(leader, { method: 'POST', url: `${BASE}/indicator-values/${id}/return`, payload: { reason: '佐证不足，请附验收报告' } });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '佐证不足，请附验收报告' });
    expect((await t.as(office, { method: 'PATCH', url: `${BASE}/indicator-values/${id}`, payload: { asOf: '2022-12-31', value: 1, evidence: 'x y' } })).statusCode).toBe(403);
    const edited = await t.as(finance, { method: 'PATCH', url: `${BASE}/indicator-values/${id}`, payload: { asOf: '2022-12-31', value: 1, evidence: '项目验收报告' } });
    expect(edited.json()).toMatchObject({ status: 'draft', value: 1, returnReason: null });
    await t.as(finance, { method: 'POST', url: `${BASE}/indicator-values/${id}/submit` });
    await t.as(leader, { method: 'POST', url: `${BASE}/indicator-values/${id}/approve` });
    expect(find((await board()).indicators, '13022522P000R24100104', '项目持续发挥作用期限')).toMatchObject({ source: 'manual', actual: 1, light: 'green' });
    const history = (await t.as(leader, { method: 'GET', url: `${BASE}/indicators/${durationId}/values` })).json();
    expect(history).toHaveLength(1);
  });
});

describe('sources: the spending ledger and legal deadlines answer 成本 and 时效 indicators', () => {
  it('reads 项目预算控制数 “严格控制在预算资金内” as spent ÷ budget in force, achieved within 100%', async () => {
    const before = find((await board()).indicators, P1, '项目预算控制数');
    expect(before).toMatchObject({ metric: 'spending.budget-control', filter: { project: P1 }, source: 'ledger', actual: 0, light: 'green', met: true, readAs: { comparator: '<=', value: 100 } });
    const paid = await t.as(finance, { method: 'POST', url: `${BASE}/payments`, payload: { projectCode: P1, paidOn: '2022-05-10', amount: 30000, voucherNo: 'L-1', payee: '某律师事务所' } });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(find((await board('2022-04-30')).indicators, P1, '项目预算控制数')).toMatchObject({ actual: 0, ledger: { spent: 0, budget: 50000 } });
    expect(find((await board()).indicators, P1, '项目预算控制数')).toMatchObject({ source: 'ledger', actual: 60, ledger: { spent: 30000, budget: 50000 }, met: true, light: 'green', recordCount: 1 });
    // the budget in force as of the date: raised from 1 November
    const revised = await t.as(finance, { method: 'POST', url: `${BASE}/budget-revisions`, payload: { projectCode: P1, effectiveOn: '2022-11-01', total: 60000, fiscal: 60000, other: 0, reason: '追加预算' } });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(find((await board('2022-10-31')).indicators, P1, '项目预算控制数').actual).toBe(60);
    expect(find((await board()).indicators, P1, '项目预算控制数')).toMatchObject({ actual: 50, ledger: { spent: 30000, budget: 60000 } });
    // the drill-down lists the payments behind the figure: their sum is the figure's `spent`
    await t.as(finance, { method: 'POST', url: `${BASE}/payments`, payload: { projectCode: P1, paidOn: '2022-03-02', amount: 1200.5, voucherNo: 'L-0', payee: '某印刷厂' } });
    await t.as(finance, { method: 'POST', url: `${BASE}/payments`, payload: { projectCode: P3, paidOn: '2022-03-03', amount: 999, voucherNo: 'O-1' } });
    const drill = await t.as(finance, { method: 'GET', url: `${BASE}/indicators/${before.indicatorId}/drill?asOf=2022-12-31` });
    expect(drill.statusCode, drill.body).toBe(200);
    const d = drill.json();
    expect(d).toMatchObject({ metric: 'spending.budget-control', sheet: { kind: 'ledger' }, total: 2, ledger: { spent: 31200.5, budget: 60000 }, actual: 52 });
    expect(d.records.map((r: { values: { voucherNo: string } }) => r.values.voucherNo)).toEqual(['L-0', 'L-1']);
    expect(d.records.reduce((sum: number, r: { values: { amount: number } }) => sum + r.values.amount, 0)).toBeCloseTo(d.ledger.spent, 2);
    // as of a date: only what was paid by then, and the figure agrees
    const march = (await t.as(finance, { method: 'GET', url: `${BASE}/indicators/${before.indicatorId}/drill?asOf=2022-03-31` })).json();
    expect(march).toMatchObject({ total: 1, ledger: { spent: 1200.5 } });
    // one page of one payment: the second page holds the later one
    const page2 = (await t.as(finance, { method: 'GET', url: `${BASE}/indicators/${before.indicatorId}/drill?asOf=2022-12-31&page=2&pageSize=1` })).json();
    expect(page2.records.map((r: { values: { voucherNo: string } }) => r.values.voucherNo)).toEqual(['L-1']);
    // a 司法所 worker (no spending.read): the figure, not the payments
    const officeView = (await t.as(office, { method: 'GET', url: `${BASE}/indicators/${before.indicatorId}/drill?asOf=2022-12-31` })).json();
    expect(officeView).toMatchObject({ recordAccess: false, records: [], ledger: { spent: 31200.5 } });
  });

  it('lets only finance bind a ledger metric, not a section', async () => {
    const other = find((await board()).indicators, P3, '维护社会稳定');
    const refused = await t.as(section, { method: 'PUT', url: `${BASE}/indicators/${other.indicatorId}/binding`, payload: { metric: 'spending.budget-control', filter: { project: P3 } } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('由支付台账计算');
  });

  it('reads 及时性 of legal aid against the legal deadlines, 100% within them', async () => {
    const timely = find((await board()).indicators, P1, '及时性');
    expect(timely).toMatchObject({ metric: 'legal-aid.on-time-rate', source: 'metric', direction: 'higher', readAs: { comparator: '>=', value: 100 } });
    // by July the two notified cases were assigned the same day: on time
    expect(find((await board('2022-07-31')).indicators, P1, '及时性')).toMatchObject({ actual: 100, met: true, light: 'green' });
    // the twelve notified in August were never assigned: overdue (3 days) by the year's end
    expect(timely).toMatchObject({ actual: 20, numerator: 3, denominator: 15, met: false, light: 'red' });
  });

  it('counts where every actual comes from, per project and for the department', async () => {
    const b = (await t.as(finance, { method: 'GET', url: `${BASE}/indicator-progress?asOf=2022-12-31` })).json() as { indicators: Progress[]; department: { sources: Record<string, number>; unbound: number } };
    const count = (source: string) => b.indicators.filter((i) => i.source === source).length;
    expect(b.department.sources).toEqual({ metric: count('metric'), ledger: count('ledger'), assessment: count('assessment'), manual: count('manual'), missing: count('missing') });
    expect(b.department.sources.ledger).toBe(12);
    expect(b.department.unbound).toBe(count('missing'));
  });
});

