import { describe, expect, it } from 'vitest';
import { indicatorRegisterKinds, linesOf, projectLines } from './business-lines.js';
import { buildProject } from './test-helpers.js';

describe('business lines', () => {
  it.each([
    ['法律援助案件受理数', ['legal-aid']],
    ['人民调解案件数', ['mediation']],
    ['社区矫正执法人员学习时间达标率', ['correction']],
    ['组织主题宣传活动场次', ['publicity']],
    ['行政复议案件完成率', ['rule-of-law']],
    ['基层法律服务工作者执业核准率', ['grassroots']],
    ['刑满释放人员安置帮教率', ['resettlement']],
    ['办公家具和办公设备购置数量', ['equipment']],
    // generic indicators belong to no line, so relevance never flags them
    ['及时性', []],
    ['服务对象满意度', []],
    ['项目预算控制数', []],
    ['维护社会稳定', []],
    ['促进社会和谐稳定', []],
    ['项目完成时间', []],
  ])('linesOf(%s) = %j', (text, lines) => {
    expect(linesOf(text)).toEqual(lines);
  });

  it('separates the lines of name and purpose from those only in the goals', () => {
    const lines = projectLines(
      buildProject({ name: '办案业务费', purpose: '用于普法工作及安置帮教', goals: ['加强人民调解、安置帮教工作，降低再犯罪率'] }),
    );
    expect([...lines.primary]).toEqual(['publicity', 'resettlement']);
    expect([...lines.all].sort()).toEqual(['correction', 'mediation', 'publicity', 'resettlement']);
  });
});

describe('indicatorRegisterKinds', () => {
  const legalAid = { name: '法律援助', purpose: '用于法律援助日常办案费用' };
  const ruleOfLaw = { name: '法制建设', purpose: '受理全县的行政复议申请' };
  const other = { name: '其他司法支出', purpose: '保障各职能科室日常办公设备正常有效运行' };
  it.each([
    ['人民调解案件数', legalAid, ['mediation']], // the name wins over the project
    ['基层法律服务工作者执业核准率', null, ['legal-service']],
    ['服务对象满意度', legalAid, ['survey']],
    ['及时性', legalAid, ['legal-aid']], // generic: the project's lines
    ['项目持续发挥作用期限', ruleOfLaw, ['rule-of-law']],
    ['控制在预算内', other, ['procurement']],
    ['维护社会稳定', null, []],
  ] as const)('%s → %j', (name, project, kinds) => expect(indicatorRegisterKinds(name, project)).toEqual(kinds));
});
