import { sql } from 'drizzle-orm';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../src/app/spending/record-payment.js';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { multipart } from '../helpers/multipart.js';

let t: TestApp;
let finance: Session;
let section: Session; // keeps legal-aid and survey
let leader: Session;
let reviewer: Session;
const U = '/api/units/315002/years/2022';
const JUNE = `${U}/monitoring/6`;
const LEGAL_AID = '13022522P000R24100085';
const SYSTEM = { userId: null, name: 'test' };

const pay = async (paidOn: string, amount: number, voucherNo: string, projectCode = LEGAL_AID) =>
  recordPayment({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022, actor: SYSTEM, input: { projectCode, paidOn, amount, voucherNo, payee: '某公司', summary: '', fundSource: 'fiscal' } });
const aCase = (appliedOn: string) => ({ source: '依申请', applicantName: '张三丰', applicantIdNumber: '11010519491231002X', applicantPhone: '13812345678', applicantCategory: '农民工', caseType: '民事', appliedOn, decision: '给予援助', decidedOn: appliedOn });
const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
const get = async (session: Session, url = JUNE) => (await t.as(session, { method: 'GET', url })).json() as TMonitoringReport;
const line = (r: TMonitoringReport, name: string) => r.projects.flatMap((p) => p.indicators).find((i) => i.name === name)!;
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const attach = (indicatorId: number, headers: Record<string, string> = {}) => {
  const body = multipart('进度说明.pdf', PDF);
  return t.as(finance, { method: 'POST', url: `${JUNE}/lines/${indicatorId}/evidence`, payload: body.payload, headers: { ...body.headers, ...headers } });
};
const measure = { text: '加快案件受理，增加值班律师', owner: '法律援助中心 王五', dueOn: '2022-09-30' };

beforeAll(async () => {
  t = await createTestApp();
  [finance, section, leader, reviewer] = await Promise.all([t.login('finance'), t.login('section'), t.login('leader'), t.login('reviewer')]);
  await t.as(finance, { method: 'POST', url: `${U}/bindings/confirm-proposals`, payload: {} });
  await pay('2022-03-10', 20000, 'M-1');
  for (const day of ['2022-02-01', '2022-03-01', '2022-04-01']) expect((await t.as(section, { method: 'POST', url: '/api/units/315002/registers/legal-aid/cases/records', payload: aCase(day) })).statusCode).toBe(200);
});
afterAll(() => t.close());

// filling every line one by one is slow on a loaded machine
describe('monitoring report', { timeout: 180_000 }, () => {
  it('reads the money from the spending view and the indicators from the progress board, with proposals', async () => {
    const r = await get(finance);
    expect(r.projects).toHaveLength(12);
    expect(r.asOf).toBe('2022-06-30');
    const project = r.projects.find((p) => p.code === LEGAL_AID)!;
    expect(project.money).toMatchObject({ initialBudget: 50000, budget: 50000, spent: 20000, executionRate: 0.4, plannedPercent: 50, gapPoints: -10 });
    const spending = (await t.as(finance, { method: 'GET', url: `${U}/spending?asOf=2022-06-30` })).json();
    expect(project.money.projectedYearEnd).toBe(spending.projects.find((p: { code: string }) => p.code === LEGAL_AID).projectedYearEnd);
    const cases = line(r, '法律援助案件受理数（件)');
    expect(cases).toMatchObject({ actual: 3, target: '≥396件', likelihood: null, proposal: { likelihood: '完全不可能', cause: '其他' } });
    expect(cases.forecast).toBeGreaterThan(3);
    expect(r.report).toMatchObject({ id: null, state: 'draft', frozen: false, moves: ['submit'] });
    expect(r.department.projects).toHaveLength(12);
  });

  it('refuses to submit while lines are not judged, naming them', async () => {
    const res = await t.as(finance, { method: 'POST', url: `${JUNE}/submit`, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/未填写完整，不能提交：.+\/.+：请确认完成目标可能性/);
  });

  it('lets a section fill only the lines of its business', async () => {
    const r = await get(section);
    const own = line(r, '法律援助案件受理数（件)');
    expect(own.mayFill).toBe(true);
    const other = line(r, '人民调解案件数');
    expect(other.mayFill).toBe(false);
    const refused = await t.as(section, { method: 'PUT', url: `${JUNE}/lines/${other.indicatorId}`, payload: { likelihood: '确定能' } });
    expect(refused.statusCode).toBe(403);
    const ok = await t.as(section, { method: 'PUT', url: `${JUNE}/lines/${own.indicatorId}`, payload: { likelihood: '有可能', cause: '人员保障', measures: [measure] } });
    expect(ok.statusCode).toBe(200);
    expect(line(ok.json(), '法律援助案件受理数（件)')).toMatchObject({ likelihood: '有可能', cause: '人员保障', problems: [], measures: [{ ...measure, status: 'open', reportMonth: 6 }] });
    expect(await rows(sql`select action from audit_log where action = 'monitoring.line'`)).toHaveLength(1);
    const bad = await t.as(finance, { method: 'PUT', url: `${JUNE}/lines/${own.indicatorId}`, payload: { likelihood: '有可能', measures: [{ text: 'x', owner: '', dueOn: '2022-13-01' }] } });
    expect(bad.statusCode).toBe(400);
  });

  it('confirms proposals, then needs causes and measures before finance submits', async () => {
    const confirmed = (await t.as(finance, { method: 'POST', url: `${JUNE}/confirm-proposals` })).json() as TMonitoringReport;
    const all = confirmed.projects.flatMap((p) => p.indicators);
    expect(line(confirmed, '法律援助案件受理数（件)').likelihood).toBe('有可能'); // a person's judgement is kept
    for (const i of all.filter((i) => i.proposal.likelihood !== null && i.indicatorId !== line(confirmed, '法律援助案件受理数（件)').indicatorId)) {
      expect(i.likelihood).toBe(i.proposal.likelihood);
    }
    for (const i of all.filter((i) => i.problems.length > 0)) {
      const payload = i.likelihood === null ? { likelihood: '确定能' } : { likelihood: i.likelihood, cause: i.cause ?? '其他', causeText: i.causeText ?? '工作量集中在下半年', measures: [measure] };
      expect((await t.as(finance, { method: 'PUT', url: `${JUNE}/lines/${i.indicatorId}`, payload })).statusCode).toBe(200);
    }
    expect((await attach(all[0]!.indicatorId)).statusCode).toBe(200);
    const submitted = await t.as(finance, { method: 'POST', url: `${JUNE}/submit`, payload: {} });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().report).toMatchObject({ state: 'submitted', submittedByName: 'finance', problems: 0 });
    // submitted: nobody edits it any more, nor attaches evidence to its lines
    expect((await t.as(finance, { method: 'PUT', url: `${JUNE}/lines/${all[0]!.indicatorId}`, payload: { likelihood: '确定能' } })).statusCode).toBe(409);
    expect((await attach(all[0]!.indicatorId)).statusCode).toBe(409);
  });

  it('is returned with a reason, resubmitted and approved by the leader; the 财政审核 reviewer comments', async () => {
    expect((await get(leader)).report.moves).toEqual(['approve', 'return']);
    expect((await t.as(leader, { method: 'POST', url: `${JUNE}/return`, payload: {} })).statusCode).toBe(400);
    const returned = await t.as(leader, { method: 'POST', url: `${JUNE}/return`, payload: { reason: '请补充普法项目的措施' } });
    expect(returned.json().report).toMatchObject({ state: 'returned', returnReason: '请补充普法项目的措施' });
    expect((await t.as(finance, { method: 'POST', url: `${JUNE}/submit`, payload: {} })).statusCode).toBe(200);
    expect((await t.as(finance, { method: 'POST', url: `${JUNE}/approve`, payload: {} })).statusCode).toBe(403);
    const approved = await t.as(leader, { method: 'POST', url: `${JUNE}/approve`, payload: {} });
    expect(approved.json().report).toMatchObject({ state: 'approved', frozen: true, decidedByName: 'leader' });
    // its evidence is frozen with it: nothing added, nothing removed, in either language
    const indicatorId = approved.json().projects[0].indicators[0].indicatorId as number;
    const refused = await attach(indicatorId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('该绩效监控报告已审批并冻结，佐证材料随报告一起冻结，不能再添加或删除；如需补充，请由局领导写明原因后重新打开');
    expect((await attach(indicatorId, { 'accept-language': 'en' })).json().message).toBe('The monitoring report is approved: its evidence is frozen with it and cannot be added or removed; the leader must reopen it with a reason');
    const files = (await t.as(reviewer, { method: 'GET', url: `${JUNE}/evidence` })).json() as { id: number; fileName: string }[];
    expect(files.map((f) => f.fileName)).toEqual(['进度说明.pdf']);
    expect((await t.as(finance, { method: 'DELETE', url: `${JUNE}/evidence/${files[0]!.id}` })).statusCode).toBe(409);
    // a comment is signed with the name people read, not the login name (found by a walk-through)
    await rows(sql`update app_user set display_name = '财政局 周科长' where username = 'reviewer'`);
    const comment = await t.as(reviewer, { method: 'POST', url: `${JUNE}/comments`, payload: { text: '法律援助项目支出偏慢，请关注。' } });
    expect(comment.json().report.comments).toEqual([expect.objectContaining({ authorName: '财政局 周科长', authorRole: '财政审核', text: '法律援助项目支出偏慢，请关注。' })]);
    expect((await t.as(reviewer, { method: 'POST', url: `${JUNE}/approve`, payload: {} })).statusCode).toBe(403);
  });

  it('does not move when payments and register records change after approval, and shows what changed live', async () => {
    const before = await get(finance);
    const snapshot = (await rows(sql`select snapshot from monitoring_report`))[0]!.snapshot as { projects: { code: string; money: { spent: number } }[] };
    expect(snapshot.projects.find((p) => p.code === LEGAL_AID)!.money.spent).toBe(20000);
    await pay('2022-05-20', 5000, 'M-2');
    expect((await t.as(section, { method: 'POST', url: '/api/units/315002/registers/legal-aid/cases/records', payload: aCase('2022-05-05') })).statusCode).toBe(200);
    const after = await get(finance);
    expect(after.projects).toEqual(before.projects);
    expect(after.department).toEqual(before.department);
    expect(after.changesSinceApproval).toEqual(
      expect.arrayContaining([
        { projectCode: LEGAL_AID, indicator: null, field: 'spent', frozen: 20000, live: 25000 },
        { projectCode: LEGAL_AID, indicator: '法律援助案件受理数（件)', field: 'actual', frozen: 3, live: 4 },
      ]),
    );
    expect(await rows(sql`select action, after->>'frozen' as frozen from audit_log where action = 'monitoring.approve'`)).toEqual([{ action: 'monitoring.approve', frozen: 'true' }]);
  });

  it('reopens only with a reason, audited; the figures are live again', async () => {
    expect((await t.as(finance, { method: 'POST', url: `${JUNE}/reopen`, payload: { reason: 'x' } })).statusCode).toBe(403);
    const noReason = await t.as(leader, { method: 'POST', url: `${JUNE}/reopen`, payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('请写明原因');
    const reopened = await t.as(leader, { method: 'POST', url: `${JUNE}/reopen`, payload: { reason: '5月补录支付一笔，需重报' } });
    expect(reopened.json().report).toMatchObject({ state: 'returned', frozen: false, reopenReason: '5月补录支付一笔，需重报' });
    expect(reopened.json().projects.find((p: { code: string }) => p.code === LEGAL_AID).money.spent).toBe(25000);
    expect(await rows(sql`select before->>'state' as from, after->>'state' as to, after->>'reason' as reason from audit_log where action = 'monitoring.reopen'`)).toEqual([{ from: 'approved', to: 'returned', reason: '5月补录支付一笔，需重报' }]);
  });

  it('follows up the measures in a later report and lists them for the self-evaluation', async () => {
    const measures = (await t.as(finance, { method: 'GET', url: `${U}/monitoring-measures?asOf=2022-10-15` })).json() as { id: number; status: string; overdue: boolean; indicator: string }[];
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.status === 'open' && m.overdue)).toBe(true);
    const september = await get(finance, `${U}/monitoring/9`);
    expect(september.earlierMeasures).toHaveLength(measures.length);
    const first = measures[0]!;
    expect((await t.as(finance, { method: 'POST', url: `${U}/monitoring/9/measures/${first.id}/follow-up`, payload: { status: 'not-done' } })).statusCode).toBe(400);
    expect((await t.as(finance, { method: 'POST', url: `${JUNE}/measures/${first.id}/follow-up`, payload: { status: 'done' } })).statusCode).toBe(400);
    const done = await t.as(finance, { method: 'POST', url: `${U}/monitoring/9/measures/${first.id}/follow-up`, payload: { status: 'not-done', note: '人员未到位，顺延至11月' } });
    expect(done.json().earlierMeasures.find((m: { id: number }) => m.id === first.id)).toMatchObject({ status: 'not-done', followUpNote: '人员未到位，顺延至11月', followedUpMonth: 9 });
    const listed = (await t.as(finance, { method: 'GET', url: `${U}/monitoring-measures?asOf=2022-10-15` })).json() as { id: number; status: string; overdue: boolean }[];
    expect(listed.find((m) => m.id === first.id)).toMatchObject({ status: 'not-done', overdue: false });
  });

  it('keeps the cut-off month as a unit setting', async () => {
    expect((await t.as(finance, { method: 'GET', url: `${U}/monitoring-settings` })).json()).toEqual({ month: 7 });
    expect((await t.as(finance, { method: 'PUT', url: `${U}/monitoring-settings`, payload: { month: 13 } })).statusCode).toBe(400);
    expect((await t.as(finance, { method: 'PUT', url: `${U}/monitoring-settings`, payload: { month: 6 } })).json()).toEqual({ month: 6 });
    expect((await t.as(section, { method: 'PUT', url: `${U}/monitoring-settings`, payload: { month: 8 } })).statusCode).toBe(403);
    expect((await t.as(finance, { method: 'GET', url: `${U}/monitoring/0` })).statusCode).toBe(400);
  });
});
