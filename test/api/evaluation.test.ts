import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateSnapshot, getEvaluation, type EvaluationSnapshot } from '../../src/app/evaluation/get-evaluation.js';
import { requireUnit } from '../../src/app/goal-book/get-goal-book.js';
import { cliScope } from '../../src/app/units/resolve-scope.js';
import { recordPayment } from '../../src/app/spending/record-payment.js';
import type { TEvaluationReport } from '../../src/contract/api/evaluation-api.js';
import { readEvaluationTables } from '../../src/documents/evaluation/read-evaluation-tables.js';
import { findReport } from '../../src/repositories/evaluation.repository.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { approveAllActuals, approveValue } from '../helpers/evaluation.js';

const URL = '/api/units/315002/years/2022/evaluation';
const ENTERER = { userId: null, name: 'enterer' };
const LAW = '13022522P000R24100104'; // 法制建设
let t: TestApp;
let printingId: number;
const approve = (id: number, input: { value?: number; assessment?: '达成' | '部分达成' | '未达成' }) => approveValue(t.database.db, id, input);

const report = async (user: 'finance' | 'leader' | 'section' | 'reviewer' = 'finance') => (await t.as(await t.login(user), { method: 'GET', url: URL })).json() as TEvaluationReport;
const move = async (user: 'finance' | 'leader' | 'section', body: { move: string; reason?: string }) => t.as(await t.login(user), { method: 'POST', url: `${URL}/move`, payload: body });

beforeAll(async () => {
  t = await createTestApp();
  // every indicator gets an actual: met, except 文件印刷数量 (372 of ≥400) and one 部分达成 judgement
  const ids = await approveAllActuals(t.database.db, { [`${LAW}|文件印刷数量`]: { value: 372 }, [`${LAW}|促进社会和谐稳定`]: { assessment: '部分达成' } });
  printingId = ids.get(`${LAW}|文件印刷数量`)!;
  await recordPayment({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022, actor: ENTERER, input: { projectCode: '13022522P000R24100104', paidOn: '2022-06-15', amount: 27000, voucherNo: 'E-1', payee: '印刷厂', summary: '普法材料印刷', fundSource: 'fiscal' } });
});
afterAll(() => t.close());

describe('self-evaluation of the sample', () => {
  it('scores 法制建设 from its actuals: 9 + 11.63 + 12.5 × 3 + 12 + 15 + 10 = 95.13', async () => {
    const e = await getEvaluation({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022 });
    const p = e.projects.find((x) => x.code === '13022522P000R24100104')!;
    expect(p.executionRate).toBe(0.9);
    expect(p.executionScore).toBe(9);
    expect(p.indicators.map((i) => [i.name, i.source, i.weight, i.computedScore])).toEqual([
      ['文件印刷数量', 'manual', 12.5, 11.63],
      ['行政案件处理率', 'manual', 12.5, 12.5],
      ['及时性', 'assessment', 12.5, 12.5],
      ['控制在预算资金内', 'assessment', 12.5, 12.5],
      ['促进社会和谐稳定', 'assessment', 15, 12],
      ['项目持续发挥作用期限', 'manual', 15, 15],
      ['服务对象满意度', 'manual', 10, 10],
    ]);
    expect(p.total).toBe(95.13);
    expect(p.grade).toBe('优');
    expect(e.department.complete).toBe(12);
    expect(e.department.ranking[0]!.total).toBeGreaterThanOrEqual(e.department.ranking[11]!.total!);
    // the two missed lines need their 偏差原因 before the report can go
    expect(e.problems.map((x) => x.zh)).toEqual([
      '项目“法制建设”指标“文件印刷数量”未完成目标，请填写偏差原因分析及改进措施',
      '项目“法制建设”指标“促进社会和谐稳定”未完成目标，请填写偏差原因分析及改进措施',
    ]);
  });
});

describe('report workflow, freezing and reopening', () => {
  it('refuses to submit while a missed indicator has no 偏差原因, and refuses a section submitting', async () => {
    const refused = await move('finance', { move: 'submit' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('文件印刷数量');
    expect((await move('section', { move: 'submit' })).statusCode).toBe(403);
  });

  it('refuses a signed score without a reason, and a section signing at all', async () => {
    const finance = await t.login('finance');
    const noReason = await t.as(finance, { method: 'PUT', url: `${URL}/lines/${printingId}`, payload: { signedScore: 12 } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toContain('请写明理由');
    const section = await t.as(await t.login('section'), { method: 'PUT', url: `${URL}/lines/${printingId}`, payload: { signedScore: 12, signReason: '印刷厂停工' } });
    expect(section.statusCode).toBe(403);
  });

  it('submits once every line is complete, approves by the leader and freezes the figures', async () => {
    const section = await t.login('section');
    const finance = await t.login('finance');
    const lines = (await report()).evaluation.projects.flatMap((p) => p.indicators).filter((i) => i.deviationRequired);
    // no line is of the section's business here (nothing is bound to its registers): finance fills them
    for (const l of lines) expect((await t.as(section, { method: 'PUT', url: `${URL}/lines/${l.id}`, payload: { deviation: '疫情影响，下年度提前安排' } })).statusCode).toBe(403);
    for (const l of lines) expect((await t.as(finance, { method: 'PUT', url: `${URL}/lines/${l.id}`, payload: { deviation: '疫情影响，下年度提前安排' } })).statusCode).toBe(200);
    // finance signs another score, with its reason: flagged for 复核
    expect((await t.as(finance, { method: 'PUT', url: `${URL}/lines/${printingId}`, payload: { signedScore: 12, signReason: '补印 28 份已于次年 1 月交付', deviation: '印刷厂停工，已补印' } })).statusCode).toBe(200);
    expect((await move('finance', { move: 'submit' })).statusCode).toBe(200);
    // four-eyes is the workflow's: finance may not approve; the leader does
    expect((await move('finance', { move: 'approve' })).statusCode).toBe(403);
    expect((await move('leader', { move: 'approve' })).statusCode).toBe(200);
    const r = await report('leader');
    expect(r.state).toBe('approved');
    expect(r.frozen).toBe(true);
    const printing = r.evaluation.projects.flatMap((p) => p.indicators).find((i) => i.id === printingId)!;
    expect(printing).toMatchObject({ computedScore: 11.63, signedScore: 12, score: 12, differs: true, signReason: '补印 28 份已于次年 1 月交付' });
    expect(r.changes).toEqual([]);
    // lines cannot change now
    expect((await t.as(finance, { method: 'PUT', url: `${URL}/lines/${printingId}`, payload: { deviation: '改' } })).statusCode).toBe(409);
  });

  it('does not move when registers and payments change later; shows what changed live', async () => {
    const before = await report('reviewer');
    await approve(printingId, { value: 400 });
    await recordPayment({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022, actor: ENTERER, input: { projectCode: '13022522P000R24100104', paidOn: '2022-12-20', amount: 3000, voucherNo: 'E-2', payee: '印刷厂', summary: '尾款', fundSource: 'fiscal' } });
    const after = await report('reviewer');
    expect(after.evaluation).toEqual(before.evaluation);
    const law = after.evaluation.projects.find((p) => p.code === '13022522P000R24100104')!;
    expect(law.spent).toBe(27000);
    expect(after.changes).toEqual(
      expect.arrayContaining([
        { project: '法制建设', what: '全年执行数（元）', frozen: 27000, live: 30000 },
        { project: '法制建设', what: '文件印刷数量 实际完成值', frozen: 372, live: 400 },
      ]),
    );
    // recomputing from the stored snapshot gives the approved numbers
    const row = await findReport(t.database.db, (await requireUnit(t.database.db, '315002')).id, 2022);
    expect(evaluateSnapshot(row!.snapshot as EvaluationSnapshot)).toEqual(before.evaluation);
    const cli = await getEvaluation({ db: t.database.db, scope: await cliScope(t.database.db, '315002'), year: 2022 });
    expect(cli).toEqual(before.evaluation);
  });

  it('locks, and exports the locked report as .xlsx and .docx that read back with the same scores', async () => {
    expect((await move('leader', { move: 'lock' })).statusCode).toBe(200);
    const r = await report('reviewer');
    expect(r.state).toBe('locked');
    for (const format of ['xlsx', 'docx'] as const) {
      const res = await t.as(await t.login('reviewer'), { method: 'GET', url: `${URL}/export?format=${format}` });
      expect(res.statusCode).toBe(200);
      const tables = await readEvaluationTables(res.rawPayload, format);
      expect(tables.map((x) => x.projectName)).toEqual(r.evaluation.projects.map((p) => p.name));
      expect(tables).toEqual(
        r.evaluation.projects.map((p) => ({
          projectName: p.name,
          executionScore: p.executionScore,
          indicators: p.indicators.map((i) => ({ name: i.name, weight: i.weight, score: i.score })),
          total: p.total,
        })),
      );
    }
  });

  it('lets the reviewer comment and ask for 复核 at any state', async () => {
    const res = await t.as(await t.login('reviewer'), { method: 'POST', url: `${URL}/comments`, payload: { text: '文件印刷数量签署得分高于计算得分，请复核', recheck: true } });
    expect(res.statusCode).toBe(200);
    expect((await report('reviewer')).comments.map((c) => [c.kind, c.text])).toEqual([['recheck', '文件印刷数量签署得分高于计算得分，请复核']]);
  });

  it('reopens only with a reason, audited; the figures are live again', async () => {
    const noReason = await move('leader', { move: 'reopen' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().message).toBe('重新打开时请写明原因');
    expect((await move('leader', { move: 'reopen', reason: '印刷数量已补齐，重新评价' })).statusCode).toBe(200);
    const r = await report('finance');
    expect(r.state).toBe('returned');
    expect(r.frozen).toBe(false);
    expect(r.evaluation.projects.find((p) => p.code === '13022522P000R24100104')!.spent).toBe(30000);
    expect(r.comments.map((c) => c.kind)).toContain('reopen');
    const audit = await t.as(await t.login('leader'), { method: 'GET', url: '/api/audit?action=evaluation.reopen' });
    expect(audit.body).toContain('印刷数量已补齐，重新评价');
  });

  it('changes the scheme only when the weights add up; an override spreads the rest of its category', async () => {
    const finance = await t.login('finance');
    const scheme = (await t.as(finance, { method: 'GET', url: `${URL}/scheme` })).json();
    expect(scheme.categoryWeights).toEqual({ execution: 10, output: 50, benefit: 30, satisfaction: 10 });
    const tooMuch = await t.as(finance, { method: 'PUT', url: `${URL}/scheme`, payload: { ...scheme, indicatorWeights: { [printingId]: 60 } } });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().message).toContain('项目“法制建设”：产出指标已定分值合计 60 分，超过该类权重 50 分');
    expect((await t.as(await t.login('section'), { method: 'PUT', url: `${URL}/scheme`, payload: scheme })).statusCode).toBe(403);
    const ok = await t.as(finance, { method: 'PUT', url: `${URL}/scheme`, payload: { ...scheme, indicatorWeights: { [printingId]: 20 }, rounding: 'cut-1' } });
    expect(ok.statusCode).toBe(200);
    const law = (await report()).evaluation.projects.find((p) => p.code === LAW)!;
    expect(law.indicators.map((i) => i.weight)).toEqual([20, 10, 10, 10, 15, 15, 10]);
    // 部分达成 on a 15-point line: 15 × 80% = 12
    expect(law.indicators.map((i) => i.computedScore)).toEqual([20, 10, 10, 10, 12, 15, 10]);
  });
});

describe('who fills which line', () => {
  const LEGAL_AID = '13022522P000R24100085'; // 法律援助
  it('lets a 业务科室 fill the lines and results of its own business only; finance every one', async () => {
    // bind one legal-aid indicator to its register: the project becomes the legal-aid section's business
    const finance = await t.login('finance');
    const aid = (await report('finance')).evaluation.projects.find((p) => p.code === LEGAL_AID)!;
    const accepted = aid.indicators.find((i) => i.name.includes('受理'))!;
    const bound = await t.as(finance, { method: 'PUT', url: `/api/units/315002/years/2022/indicators/${accepted.id}/binding`, payload: { metric: 'legal-aid.cases-accepted' } });
    expect(bound.statusCode, bound.body).toBe(200);

    const mine = await report('section');
    expect(mine.state).toBe('returned');
    const law = mine.evaluation.projects.find((p) => p.code === LAW)!;
    expect(mine.fillable.projects).toEqual([LEGAL_AID]);
    expect(mine.fillable.indicators).toEqual(aid.indicators.map((i) => i.id));
    expect((await report('finance')).fillable.indicators).toHaveLength(mine.evaluation.projects.flatMap((p) => p.indicators).length);
    expect((await report('leader')).fillable).toEqual({ indicators: [], projects: [] });

    const section = await t.login('section');
    const refused = await t.as(section, { method: 'PUT', url: `${URL}/lines/${law.indicators[0]!.id}`, payload: { deviation: '印刷延后' } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe(`指标“${law.indicators[0]!.name}”不属于您科室的业务，请由对应业务科室或财务人员填写`);
    expect((await t.as(section, { method: 'PUT', url: `${URL}/projects/${LAW}`, payload: { actualResults: '完成' } })).statusCode).toBe(403);
    const own = await t.as(section, { method: 'PUT', url: `${URL}/lines/${accepted.id}`, payload: { deviation: '案件量随需求波动' } });
    expect(own.statusCode, own.body).toBe(200);
    expect((await t.as(section, { method: 'PUT', url: `${URL}/projects/${LEGAL_AID}`, payload: { actualResults: '全年受理法律援助案件' } })).statusCode).toBe(200);
    // finance fills the other project's line
    expect((await t.as(finance, { method: 'PUT', url: `${URL}/lines/${law.indicators[0]!.id}`, payload: { deviation: '印刷延后' } })).statusCode).toBe(200);
  });
});
