import { describe, expect, it } from 'vitest';
import { readImportDocument } from '../read-import-document.js';
import { foreignFixture, sampleBytes } from '../../../test/helpers/fixtures.js';
import type { TImportedEvaluation } from '../../contract/imported-evaluation.js';

/** Self-evaluation tables (自评表) as different provinces lay them out (test/fixtures/foreign). */

async function evaluation(name: string): Promise<TImportedEvaluation> {
  const read = await readImportDocument(foreignFixture(name), { fileName: name });
  expect(read.kind).toBe('evaluation');
  return (read as { evaluation: TImportedEvaluation }).evaluation;
}
const lines = (e: TImportedEvaluation) => e.projects.map((p) => p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.actual.raw, i.actual.value ?? null, i.weight, i.score, i.deviation]));

describe('self-evaluation tables', () => {
  it('variant text (tab-separated): 分值 before 年度指标值, 调整后预算数/预算执行数/权重, 主管部门及编码, 单位：元, two projects', async () => {
    const e = await evaluation('evaluation-province.txt');
    expect(e.kind).toBe('evaluation');
    expect(e.unit).toEqual({ code: '315002', name: '某县司法局' });
    expect(e.year).toBe(2022);
    expect(e.projects.map((p) => ({ code: p.code, name: p.name, budget: p.budget, rate: p.executionRate, weight: p.executionWeight, score: p.executionScore, total: p.total }))).toEqual([
      { code: '13022522P000R24100085', name: '法律援助', budget: { initial: 50_000, total: 52_000, spent: 49_400 }, rate: 95, weight: 10, score: 9.5, total: 97.2 },
      { code: '13022522P000R24100104', name: '法制建设', budget: { initial: 30_000, total: 30_000, spent: 24_000 }, rate: 80, weight: 10, score: 8, total: 92.5 },
    ]);
    expect(lines(e)).toEqual([
      [
        ['产出指标', '数量指标', '法律援助案件受理数', '≥396件', '412件', 412, 20, 20, ''],
        ['产出指标', '质量指标', '救助案例办结率', '100%', '98%', 98, 15, 14.7, '2件跨年结案'],
        ['产出指标', '时效指标', '及时性', '及时完成', '及时完成', null, 15, 15, ''],
        ['效益指标', '社会效益指标', '促进社会和谐稳定', '明显提升', '明显提升', null, 30, 28, ''],
        ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%', '96.5%', 96.5, 10, 10, ''],
      ],
      [
        ['产出指标', '数量指标', '行政复议案件办理数', '≥20件', '18件', 18, 25, 22.5, '申请量下降'],
        ['产出指标', '时效指标', '复议办结时限', '≤60天', '45天', 45, 25, 25, ''],
        ['效益指标', '社会效益指标', '依法行政水平', '明显提升', '提升', null, 30, 27, ''],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '92%', 92, 10, 10, ''],
      ],
    ]);
    // the target is the goal book's
    expect(e.projects[0]!.indicators[0]!.target).toEqual({ raw: '≥396件', kind: 'quantitative', comparator: '>=', value: 396, unit: '件' });
    expect(e.warnings).toEqual([]);
  });

  it('variant .xlsx (standard 财预〔2020〕10号 layout, merged cells, 项目资金（万元）, execution rate as a percent cell, unit named without code)', async () => {
    const e = await evaluation('evaluation-standard.xlsx');
    expect(e.unit).toEqual({ code: '', name: '乐亭县司法局' });
    expect(e.year).toBe(2022);
    expect(e.projects).toHaveLength(1);
    expect(e.projects[0]).toMatchObject({ code: '13022522P000R24100085', name: '法律援助', budget: { initial: 50_000, total: 52_000, spent: 49_400 }, executionRate: 95, executionWeight: 10, executionScore: 9.5, total: 99.1 });
    expect(lines(e)).toEqual([
      [
        ['产出指标', '数量指标', '法律援助案件受理数', '≥396件', '412件', 412, 20, 20, ''],
        ['产出指标', '质量指标', '救助案例办结率', '100%', '98%', 98, 20, 19.6, '2件跨年结案'],
        ['效益指标', '社会效益指标', '促进社会和谐稳定', '明显提升', '明显提升', null, 30, 30, ''],
        ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥95%', '96%', 96, 20, 20, ''],
      ],
    ]);
    expect(e.warnings).toEqual([{ location: '文档', message: '自评表只写了单位名称“乐亭县司法局”，没有单位编码；保存时按名称查找单位' }]);
  });

  it('variant .docx (Word, another province): 全年实际值, 偏差原因, money in 元 with separators, year from 填报日期 with a warning', async () => {
    const e = await evaluation('evaluation-other-province-word.docx');
    expect(e.unit).toEqual({ code: '530001', name: '某县农业农村局' });
    expect(e.year).toBe(2023);
    expect(e.projects[0]).toMatchObject({ code: 'NY-2023-05', budget: { initial: 3_600_000, total: 3_600_000, spent: 3_420_000 }, executionRate: 95, executionScore: 9.5, total: 97.1 });
    expect(lines(e)[0]![2]).toEqual(['效益指标', '经济效益指标', '亩均增产粮食', '≥50公斤', '46公斤', 46, 30, 27.6, '部分地块当年受旱']);
    expect(e.warnings).toEqual([{ location: '文档', message: '自评表没有写明年度，按填报日期（2024年）推断为2023年度' }]);
  });

  it('a goal document is still read as a goal book', async () => {
    const read = await readImportDocument(sampleBytes());
    expect(read.kind).toBe('goal-book');
  });
});

describe('a 自评表 uploaded where a goal document is expected', () => {
  it('is refused as a goal book, saying what it is and how to import it', async () => {
    const { readGoalDocument } = await import('../read-goal-document.js');
    await expect(readGoalDocument(foreignFixture('evaluation-standard.xlsx'))).rejects.toThrow(/这是绩效自评表.*jixiao import/);
  });
});

describe('the printed JSON', () => {
  it('imports back as the same evaluation', async () => {
    const e = await evaluation('evaluation-province.txt');
    const back = await readImportDocument(Buffer.from(JSON.stringify(e, null, 2)));
    expect(back).toEqual({ kind: 'evaluation', evaluation: e });
  });
});
