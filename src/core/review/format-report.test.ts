import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZGoalBook } from '../../contract/goal-book.js';
import { formatReviewReport } from './format-report.js';
import { reviewGoalBook } from './review-goal-book.js';
import { ROW, buildGoalBook, buildProject, withIndicator } from './test-helpers.js';

describe('formatReviewReport', () => {
  it('reports a clean book as having no problems', () => {
    const book = buildGoalBook();
    expect(formatReviewReport(book, reviewGoalBook(book))).toBe(
      [
        '绩效目标审核意见：315002 乐亭县司法局 2022年度',
        '共发现问题0条。',
        '',
        '一、部门整体绩效目标',
        '  未发现问题。',
        '',
        '二、项目 13022522P000R24100085 法律援助',
        '  未发现问题。',
        '',
      ].join('\n'),
    );
  });

  it('groups findings by project with counts, locations, suggestions and fixes', () => {
    const book = buildGoalBook({
      projects: [
        buildProject({ code: 'P1', name: '法律援助' }),
        withIndicator(buildProject({ code: 'P2', name: '法制建设', goals: [] }), ROW.quality, { target: '100百分比' }),
      ],
    });
    const report = formatReviewReport(book, reviewGoalBook(book));
    expect(report).toBe(
      [
        '绩效目标审核意见：315002 乐亭县司法局 2022年度',
        '共发现问题3条：错误1条，警告2条，建议0条。',
        '按审核要点：完整性1条，规范性1条，重复1条。',
        '',
        '一、部门整体绩效目标',
        '  未发现问题。',
        '',
        '二、项目 P1 法律援助',
        '  未发现问题。',
        '',
        '三、项目 P2 法制建设',
        '  1. 【错误·完整性】绩效目标：项目未填写绩效目标。',
        '     建议：用几句话写明本项目资金年度内要完成的工作和达到的效果，并与绩效指标对应。',
        '  2. 【警告·重复】第1行指标“法律援助案件受理数（件）”·指标值：产出“法律援助案件受理数 ≥396件”由2个项目同时申报：P1 法律援助；P2 法制建设。同一工作量重复计入多个预算项目，年底会被重复考核。',
        '     建议：按各项目资金实际支撑的工作量分别填写（各项目之和等于全年任务），或只在一个项目中申报该产出、其他项目改用各自的产出指标。',
        '  3. 【警告·规范性】第2行指标“法律援助案件办结率”·指标值：指标值“100百分比”用文字“百分比”写单位，应写作符号“%”。',
        '     建议：改为“100%”。',
        '     可一键修改：指标值改为“100%”',
        '',
      ].join('\n'),
    );
  });

  it('prints the sample with every project and the severity counts at the top', () => {
    const sample = ZGoalBook.parse(
      JSON.parse(readFileSync(new URL('../../../test/fixtures/laoting-2022.goal-book.json', import.meta.url), 'utf8')),
    );
    const findings = reviewGoalBook(sample);
    const report = formatReviewReport(sample, findings);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(report.split('\n')[1]).toBe(
      `共发现问题${findings.length}条：错误${count('error')}条，警告${count('warning')}条，建议${count('suggestion')}条。`,
    );
    for (const p of sample.projects) expect(report).toContain(`、项目 ${p.code} ${p.name}`);
    expect(report).toContain('十三、项目 13022522P008MD910015P');
  });
});
