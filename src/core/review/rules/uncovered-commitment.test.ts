import { describe, expect, it } from 'vitest';
import type { TDepartmentGoals, TProject } from '../../../contract/goal-book.js';
import { ROW, buildGoalBook, buildIndicator, buildProject, withIndicator } from '../test-helpers.js';
import { extractCommitments, uncoveredCommitment } from './uncovered-commitment.js';

const goals = (text: string, title = '社区矫正'): TDepartmentGoals => ({
  overall: [],
  areas: [{ title, text }],
  safeguards: [],
});

const correction = (indicatorName?: string, target = '<2%'): TProject => {
  const p = buildProject({ code: 'P6', name: '社区矫正', purpose: '牵头指导社区矫正工作实施。', goals: ['降低再犯罪率。'] });
  return indicatorName ? withIndicator(p, ROW.social, { name: indicatorName, target }) : p;
};

const run = (departmentGoals: TDepartmentGoals, projects: TProject[] = [buildProject(), correction()]) =>
  uncoveredCommitment.check({ book: buildGoalBook({ departmentGoals, projects }) });

describe('extractCommitments', () => {
  it.each([
    ['年内社区服刑人员重新犯罪率低于2%，安置帮教率达90%以上。', [['社区服刑人员重新犯罪率', '犯罪率', '<2%'], ['安置帮教率', '帮教率', '≥90%']]],
    ['承办由县政府各部门行政行为引起的行政复议案件完成率100%；承办县政府交办的涉法事务完成率100%。', [['行政复议案件完成率', '完成率', '100%'], ['涉法事务完成率', '完成率', '100%']]],
    ['确保完成办案量增长10%以上的年度目标。', [['办案量', '办案量', '≥10%']]],
    ['群众满意度达到95%以上', [['群众满意度', '满意度', '≥95%']]],
    ['重新犯罪率控制在2.5%以内', [['重新犯罪率', '犯罪率', '≤2.5%']]],
    ['提高普法力度，覆盖全县100%的村', []], // the number is not about a 率/量
    ['严格落实24小时动态人员网上定位监管', []],
  ])('%s', (text, expected) => {
    expect(extractCommitments(goals(text)).map((c) => [c.subject, c.head, c.target])).toEqual(expected);
  });

  it('names a growth commitment as a growth rate', () => {
    const [c] = extractCommitments(goals('确保完成办案量增长10%以上的年度目标。', '法律援助'));
    expect(c).toMatchObject({ text: '办案量增长10%以上', indicatorName: '办案量增长率', lines: ['legal-aid'] });
  });

  it('reports a commitment repeated in several paragraphs once', () => {
    const g: TDepartmentGoals = { overall: ['安置帮教率达90%以上。'], areas: [{ title: '社区矫正', text: '安置帮教率达90%以上。' }], safeguards: [] };
    expect(extractCommitments(g)).toHaveLength(1);
  });
});

describe('uncovered-commitment', () => {
  it.each([
    ['no quantified commitment', goals('加强社区矫正中心规范化建设。'), undefined],
    ['measured by the same name', goals('年内社区服刑人员重新犯罪率低于2%。'), '社区服刑人员重新犯罪率'],
    ['measured under a synonym head and other wording', goals('年内社区服刑人员重新犯罪率低于2%。'), '社区矫正对象再犯罪率'],
    ['a generic head with the same topic', goals('法律援助案件完成率100%。', '法律援助'), '法律援助案件办结率'],
    ['satisfaction of 群众 measured as 服务对象满意度', goals('群众满意度达到95%以上。', '法律援助'), '服务对象满意度'],
  ])('no finding: %s', (_, g, indicatorName) => {
    expect(run(g, [buildProject(), correction(indicatorName)])).toEqual([]);
  });

  it('counts department-level indicators as measuring', () => {
    const g = { ...goals('安置帮教率达90%以上。'), indicators: [buildIndicator({ name: '刑满释放人员安置帮教率', target: '≥90%' })] };
    expect(run(g)).toEqual([]);
  });

  it.each([
    ['年内社区服刑人员重新犯罪率低于2%。', '社区矫正', '社区服刑人员重新犯罪率低于2%', 'P6 社区矫正', '指标值“<2%”'],
    ['安置帮教率达90%以上。', '社区矫正', '安置帮教率达90%以上', undefined, '指标值“≥90%”'],
    ['确保完成办案量增长10%以上的年度目标。', '法律援助', '办案量增长10%以上', '13022522P000R24100085 法律援助', '三级指标“办案量增长率”'],
  ])('finds %s', (text, title, quoted, project, suggested) => {
    const findings = run(goals(text, title));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', field: 'departmentGoals' })]);
    expect(findings[0]!.projectCode).toBeUndefined();
    expect(findings[0]!.message).toContain(`“${quoted}”`);
    if (project) expect(findings[0]!.suggestion).toContain(project);
    expect(findings[0]!.suggestion).toContain(suggested);
  });

  it('names the closest indicator when one has the right head but another subject', () => {
    const rule = withIndicator(buildProject({ code: 'P2', name: '法制建设', purpose: '受理全县的行政复议申请。' }), ROW.quality, {
      name: '行政案件处理率',
      target: '100%',
    });
    const findings = run(goals('行政复议案件完成率100%。', '法治建设工作'), [rule]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('最接近的是项目P2的指标“行政案件处理率”');
  });
});
