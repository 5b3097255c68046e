import { describe, expect, it } from 'vitest';
import type { TProject } from '../../../contract/goal-book.js';
import { ROW, buildGoalBook, buildIndicator, buildProject, withIndicator } from '../test-helpers.js';

/** A table of indicators that name no business line. */
const neutralIndicators = () => [
  buildIndicator({ level2: '数量指标', name: '文件印刷数量', target: '≥400份' }),
  buildIndicator({ level2: '质量指标', name: '工作完成率', target: '100%' }),
  buildIndicator({ level2: '时效指标', name: '项目完成时间', target: '2022年底' }),
  buildIndicator({ level2: '成本指标', name: '项目预算控制数', target: '≤40.50万元' }),
  buildIndicator({ level1: '效益指标', level2: '社会效益指标', name: '维护社会稳定', target: '明显提升' }),
  buildIndicator({ level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥95%' }),
];
import { indicatorOffPurpose } from './indicator-off-purpose.js';

/** The shape of project 9 of the sample: money for 普法、人民调解、安置帮教, not legal aid. */
const publicity = (): TProject =>
  buildProject({
    code: 'P9',
    name: '办案业务费中央纪检监察转移支付资金',
    purpose: '用于普法工作，民法典宣传活动，基层司法工作，人民调解工作及安置帮教等司法业务工作。',
    goals: ['开展普法工作，集中宪法民法典宣传。', '加强人民调解、安置帮教工作。'],
    indicators: neutralIndicators(),
  });

const run = (project: TProject) => indicatorOffPurpose.check({ book: buildGoalBook({ projects: [project] }) });

describe('indicator-off-purpose', () => {
  it.each([
    ['the clean legal-aid table', buildProject()],
    ['a publicity indicator in the publicity project', withIndicator(publicity(), ROW.quantity, { name: '组织主题宣传活动场次', target: '≥50场' })],
    ['generic indicators anywhere', withIndicator(publicity(), ROW.quality, { name: '维护社会稳定', target: '明显提升' })],
    ['服务对象满意度', withIndicator(publicity(), ROW.quality, { name: '服务对象满意度', target: '≥95%' })],
    ['及时性', withIndicator(publicity(), ROW.quality, { name: '及时性', target: '及时完成' })],
    ['成本控制', withIndicator(publicity(), ROW.quality, { name: '项目预算控制数', target: '≤40.50万元' })],
    [
      'a line named only in the goals still counts',
      withIndicator(buildProject({ name: '办案业务费', purpose: '加强法制宣传力度', goals: ['做好基层法律服务工作。'], indicators: neutralIndicators() }), ROW.quality, {
        name: '基层法律服务工作者执业核准率',
        target: '100%',
      }),
    ],
    [
      'a project whose purpose names no line is not judged',
      withIndicator(buildProject({ name: '其他支出', purpose: '保障日常运转', goals: ['保障日常运转'], indicators: neutralIndicators() }), ROW.quality, {
        name: '法律援助案件办结率',
        target: '100%',
      }),
    ],
  ])('no finding: %s', (_, project) => {
    expect(run(project)).toEqual([]);
  });

  it.each([
    ['法律援助案件办结率', '法律援助'],
    ['社区矫正人数', '社区矫正'],
    ['办公设备购置数量', '装备购置'],
  ])('finds %s in the publicity project', (name, line) => {
    const findings = run(withIndicator(publicity(), ROW.quality, { name, target: '100%' }));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', projectCode: 'P9', indicator: name, indicatorIndex: ROW.quality }),
    ]);
    expect(findings[0]!.message).toContain(`衡量的是${line}工作`);
    expect(findings[0]!.suggestion).toContain('人民调解案件数');
  });
});
