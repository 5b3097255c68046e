import { describe, expect, it } from 'vitest';
import { proposeMetric } from './metric-proposals.js';

const P = { code: 'P1', name: '法律援助' };

describe('proposeMetric', () => {
  it.each([
    ['法律援助案件受理数（件)', 'legal-aid.cases-accepted'],
    ['救助案例办结率（%）', 'legal-aid.closure-rate'],
    ['法律援助案件办结率', 'legal-aid.closure-rate'],
    ['人民调解案件数', 'mediation.disputes-mediated'],
    ['基层法律服务工作者执业核准率(', 'legal-service.approval-rate'],
    ['社区矫正人数(人）', 'correction.people-under-correction'],
    ['社区矫正执法人员学习时间达标率', 'correction.study-hours-compliance-rate'],
    ['组织主题宣传活动场次', 'publicity.events'],
    ['行政案件处理率', 'rule-of-law.reconsideration-completion-rate'],
    ['办公家具和办公设备购置数量（台', 'procurement.items-purchased'],
    ['购置质量合格率（%）', 'procurement.acceptance-rate'],
    ['设备购置合格率', 'procurement.acceptance-rate'],
    ['购置设备合格率', 'procurement.acceptance-rate'],
    ['购置计划执行率', 'procurement.plan-execution-rate'],
    ['设备使用率', 'procurement.in-use-rate'],
    ['社区服刑人员重新犯罪率', 'correction.reoffending-rate'],
  ])('%s → %s', (name, metric) => {
    expect(proposeMetric({ name }, P)?.metric).toBe(metric);
  });

  it('narrows satisfaction to the indicator’s project', () => {
    expect(proposeMetric({ name: '服务对象满意度' }, { code: 'X9', name: '普法宣传' })).toMatchObject({ metric: 'survey.satisfaction-rate', filter: { project: 'X9' } });
  });

  it('reads 文件印刷数量 by the project: publicity materials or rule-of-law documents', () => {
    expect(proposeMetric({ name: '文件印刷数量' }, { code: 'A', name: '法制建设' })?.metric).toBe('rule-of-law.documents-printed');
    expect(proposeMetric({ name: '文件印刷数量' }, { code: 'B', name: '普法宣传' })?.metric).toBe('publicity.materials-printed');
  });

  it.each(['促进社会和谐稳定', '维护社会稳定', '项目持续发挥作用期限', '普法覆盖率'])('proposes nothing for %s', (name) => {
    expect(proposeMetric({ name }, P)).toBeNull();
  });

  it.each(['项目预算控制数', '控制在预算资金内', '预算控制数', '控制在预算内'])('answers the cost indicator %s from the spending ledger, per project', (name) => {
    expect(proposeMetric({ name }, { code: 'X1', name: '社区矫正' })).toMatchObject({ metric: 'spending.budget-control', filter: { project: 'X1' } });
  });

  it('binds 及时性 to the legal-aid on-time rate only where the money is for legal aid (by name or 资金用途)', () => {
    expect(proposeMetric({ name: '及时性' }, P)).toMatchObject({ metric: 'legal-aid.on-time-rate', filter: null });
    expect(proposeMetric({ name: '及时性' }, { code: 'P8', name: '办案业务费[2021]63号', purpose: '用于法律援助日常办案费用' })?.metric).toBe('legal-aid.on-time-rate');
    expect(proposeMetric({ name: '及时性' }, { code: 'P6', name: '社区矫正', purpose: '牵头指导社区矫正工作实施' })).toBeNull();
    expect(proposeMetric({ name: '及时性' }, null)).toBeNull();
  });
});
