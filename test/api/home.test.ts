import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TEvaluationReport } from '../../src/contract/api/evaluation-api.js';
import type { THome } from '../../src/contract/api/home-api.js';
import { approveAllActuals } from '../helpers/evaluation.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

let t: TestApp;
let finance: Session;
let section: Session;
let leader: Session;
let reviewer: Session;
let office: Session;
const U = '/api/units/315002/years/2022';
const kinds = async (s: Session) => ((await t.as(s, { method: 'GET', url: `${U}/home` })).json() as THome).items.map((i) => i.kind).sort();
const item = async (s: Session, kind: string) => ((await t.as(s, { method: 'GET', url: `${U}/home` })).json() as THome).items.find((i) => i.kind === kind);

beforeAll(async () => {
  t = await createTestApp();
  [finance, section, leader, reviewer, office] = await Promise.all([t.login('finance'), t.login('section'), t.login('leader'), t.login('reviewer'), t.login('office')]);
  await t.as(finance, { method: 'POST', url: `${U}/bindings/confirm-proposals`, payload: {} });
  await t.as(finance, { method: 'PUT', url: `${U}/monitoring-settings`, payload: { month: 6 } });
  const aCase = { source: '依申请', applicantName: '张三丰', applicantIdNumber: '11010519491231002X', applicantPhone: '13812345678', applicantCategory: '农民工', caseType: '民事', appliedOn: '2022-03-01' };
  // undecided since 1 March: past the 7 days of 法律援助法 Art.43
  expect((await t.as(section, { method: 'POST', url: '/api/units/315002/registers/legal-aid/cases/records', payload: aCase })).statusCode).toBe(200);
  expect((await t.as(section, { method: 'POST', url: '/api/units/315002/registers/legal-aid/cases/records', payload: { ...aCase, decision: '给予援助', decidedOn: '2022-03-02', assignedOn: '2022-03-04', assignee: '赵律师', assigneeType: '律师' } })).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('home: what needs me now', { timeout: 180_000 }, () => {
  it('gives each role its own list, each item linking to where it is done', async () => {
    // two reports due: the monitoring report, and — the year being over — the self-evaluation
    expect(await kinds(finance)).toEqual(['deadlinesOverdue', 'redLights', 'reportDue', 'reportDue', 'valuesToEnter']);
    expect(await item(finance, 'reportDue')).toMatchObject({ title: '2022年1–6月绩效运行监控报告待编制提交', link: '/u/315002/2022/monitoring/6' });
    const due = ((await t.as(finance, { method: 'GET', url: `${U}/home` })).json() as THome).items.filter((i) => i.kind === 'reportDue');
    expect(due[1]).toMatchObject({ title: '2022年度绩效自评报告待编制提交', link: '/u/315002/2022/evaluation' });
    expect(await item(section, 'reportDue')).toMatchObject({ title: expect.stringMatching(/有 \d+ 个本科室指标待填写完成可能性/) });
    expect(await item(section, 'deadlinesOverdue')).toMatchObject({ count: 1, link: '/u/315002/2022/registers/legal-aid/cases' });
    expect(await kinds(leader)).toEqual(['deadlinesOverdue', 'redLights']);
    // the 财政审核 reviewer reads figures, never register records
    expect(await kinds(reviewer)).toEqual(['redLights']);
    // a 司法所 sees only its own office's cases (these have none)
    expect(await item(office, 'deadlinesOverdue')).toBeUndefined();
  });

  it('shows finance a returned report with the reason, and the leader a submitted one', async () => {
    const report = (await t.as(finance, { method: 'POST', url: `${U}/monitoring/6/confirm-proposals` })).json();
    for (const i of report.projects.flatMap((p: { indicators: { indicatorId: number; likelihood: string | null; problems: string[] }[] }) => p.indicators).filter((i: { problems: string[] }) => i.problems.length > 0)) {
      const payload = i.likelihood === null ? { likelihood: '确定能' } : { likelihood: i.likelihood, cause: '人员保障', measures: [{ text: '增配人员', owner: '办公室 李四', dueOn: '2022-08-31' }] };
      await t.as(finance, { method: 'PUT', url: `${U}/monitoring/6/lines/${i.indicatorId}`, payload });
    }
    expect((await t.as(finance, { method: 'POST', url: `${U}/monitoring/6/submit`, payload: {} })).statusCode).toBe(200);
    expect(await item(leader, 'reportToApprove')).toMatchObject({ detail: '提交人：finance' });
    expect((await t.as(leader, { method: 'POST', url: `${U}/monitoring/6/return`, payload: { reason: '措施不具体' } })).statusCode).toBe(200);
    expect(await item(finance, 'reportReturned')).toMatchObject({ detail: '措施不具体', link: '/u/315002/2022/monitoring/6' });
    // the measures were due on 31 August 2022: past due as of the year's end
    expect(await item(finance, 'measuresOverdue')).toMatchObject({ count: expect.any(Number) });
  });

  it('answers in the language the page asks for', async () => {
    const english = (await t.as(finance, { method: 'GET', url: `${U}/home`, headers: { 'accept-language': 'en' } })).json() as THome;
    expect(english.items.find((i) => i.kind === 'reportReturned')).toMatchObject({ title: 'The monitoring report for January–June 2022 was returned: revise and submit it again', detail: '措施不具体' });
    expect(english.items.find((i) => i.kind === 'deadlinesOverdue')!.title).toMatch(/^\d+ legal-aid case\(s\) past their legal deadline/);
    for (const i of english.items) expect(i.title, i.kind).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('home: the self-evaluation', { timeout: 180_000 }, () => {
  // a database of its own, no metric bindings: every actual is entered and approved by hand
  let e: TestApp;
  beforeAll(async () => {
    e = await createTestApp();
  });
  afterAll(() => e.close());

  it('shows the leader a submitted self-evaluation, and finance a returned one', async () => {
    const E = `${U}/evaluation`;
    const [fin, lead] = await Promise.all([e.login('finance'), e.login('leader')]);
    await approveAllActuals(e.database.db, {});
    const report = (await e.as(fin, { method: 'GET', url: E })).json() as TEvaluationReport;
    for (const line of report.evaluation.projects.flatMap((p) => p.indicators).filter((i) => i.deviationRequired)) {
      expect((await e.as(fin, { method: 'PUT', url: `${E}/lines/${line.id}`, payload: { deviation: '年中调整工作安排' } })).statusCode).toBe(200);
    }
    const submitted = await e.as(fin, { method: 'POST', url: `${E}/move`, payload: { move: 'submit' } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const toApprove = ((await e.as(lead, { method: 'GET', url: `${U}/home` })).json() as THome).items.filter((i) => i.kind === 'reportToApprove');
    expect(toApprove.map((i) => i.link)).toContain('/u/315002/2022/evaluation');
    expect((await e.as(lead, { method: 'POST', url: `${E}/move`, payload: { move: 'return', reason: '偏差原因不具体' } })).statusCode).toBe(200);
    const returned = ((await e.as(fin, { method: 'GET', url: `${U}/home` })).json() as THome).items.filter((i) => i.kind === 'reportReturned');
    expect(returned.find((i) => i.link === '/u/315002/2022/evaluation')).toMatchObject({ title: '2022年度绩效自评报告已被退回，请修改后重新提交' });
  });
});
