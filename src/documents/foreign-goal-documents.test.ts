import { describe, expect, it } from 'vitest';
import { readGoalDocument } from './read-goal-document.js';
import { exportGoalBook } from './export-goal-book.js';
import { foreignFixture, sampleGoalBook, withoutWarnings } from '../../test/helpers/fixtures.js';
import { reviewGoalBook } from '../core/review/index.js';
import type { TGoalBook } from '../contract/goal-book.js';

/** Goal documents as other counties, provinces and office suites lay them out (test/fixtures/foreign). */

const read = (name: string) => readGoalDocument(foreignFixture(name), { fileName: name });
const targets = (book: TGoalBook) => book.projects.flatMap((p) => p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw]));

describe('the sample saved by LibreOffice as .docx (unit line as a paragraph)', () => {
  it('imports 84/84 indicators exactly as the text sample', async () => {
    const book = await read('sample-libreoffice.docx');
    expect(withoutWarnings(book)).toEqual(withoutWarnings(sampleGoalBook()));
    expect(book.projects.flatMap((p) => p.indicators)).toHaveLength(84);
    // the money unit came from the paragraph: no "按万元处理" guess
    expect(book.warnings.map((w) => w.message)).toEqual(['文档没有写明年度的标题，按正文中出现最多的年份推断为2022年度']);
  });

  it('round-trips through .xlsx and .docx as the same goal book', async () => {
    const book = await read('sample-libreoffice.docx');
    for (const format of ['xlsx', 'docx'] as const) {
      expect(withoutWarnings(await readGoalDocument(await exportGoalBook(book, format))), format).toEqual(withoutWarnings(book));
    }
  });
});

describe('unit, year and money unit found by their labels', () => {
  it('variant text: 预算单位：[015001]… line, 单位：元 line, thousands separators, year in the title', async () => {
    const book = await read('unit-key-value.txt');
    expect(book.unit).toEqual({ code: '015001', name: '某某县文化广电和旅游局' });
    expect(book.year).toBe(2023);
    expect(book.projects[0]!.budget).toEqual({ total: 1_030_700, fiscal: 1_000_000, other: 30_700 });
    expect(targets(book)).toEqual([
      ['产出指标', '数量指标', '送戏下乡场次', '≥120场'],
      ['产出指标', '质量指标', '演出合格率', '100%'],
      ['效益指标', '社会效益指标', '群众参与人次', '≥3,000人次'],
      ['满意度指标', '服务对象满意度指标', '观众满意度', '≥90%'],
    ]);
    expect(book.projects[0]!.indicators[2]!.target).toMatchObject({ value: 3000, unit: '人次' });
    expect(book.warnings).toEqual([]);
  });

  it('variant text: unit and year only in the title, amount and unit in one cell (10000万元)', async () => {
    const book = await read('unit-title-only.txt');
    expect(book.unit).toEqual({ code: '433001', name: '某县教育局' });
    expect(book.year).toBe(2024);
    expect(book.projects[0]!.budget).toEqual({ total: 100_000_000, fiscal: 100_000_000, other: 0 });
    expect(book.warnings).toEqual([]);
  });

  it('variant text: 主管部门及编码 with the code after the name, year from 填报日期 (with a warning), 年初安排金额(万元)', async () => {
    const book = await read('unit-filled-on.txt');
    expect(book.unit).toEqual({ code: '776001', name: '某县卫生健康局' });
    expect(book.year).toBe(2025);
    expect(book.warnings).toEqual([{ location: '文档', message: '文档没有写明年度的标题，按填报日期推断为2025年度' }]);
    expect(book.projects[0]!.budget.total).toBe(485_000);
  });

  it('variant .xlsx: 预算单位 | [015001]… in two cells, （2023年度） header, 年初安排金额(万元) with separators', async () => {
    const book = await read('unit-in-cells.xlsx');
    expect(book.unit).toEqual({ code: '015001', name: '某某县文化广电和旅游局' });
    expect(book.year).toBe(2023);
    expect(book.projects[0]).toMatchObject({ code: '015001230002', name: '图书馆免费开放', budget: { total: 10_300_700, fiscal: 0, other: 0 } });
    expect(targets(book)).toEqual([
      ['产出指标', '数量指标', '年接待读者人次', '≥50000人次'],
      ['产出指标', '质量指标', '图书完好率', '≥98%'],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '≥90%'],
    ]);
    expect(book.warnings).toEqual([]);
  });
});

describe('review on imported foreign tables', () => {
  it('the LibreOffice sample gets exactly the findings of the text sample', async () => {
    expect(reviewGoalBook(await read('sample-libreoffice.docx'))).toEqual(reviewGoalBook(sampleGoalBook()));
  });

  it.each([
    'sample-libreoffice.docx',
    'unit-key-value.txt',
    'unit-in-cells.xlsx',
    'cell-per-line.txt',
    'tab-separated.txt',
    'flat-projects.txt',
    'long-term-annual-wps.docx',
    'department-wide-word.docx',
    'framed-tables-word.docx',
  ])('%s: no empty level, name or target', async (name) => {
    const book = await read(name);
    const findings = reviewGoalBook(book);
    // layout artefacts would show as empty levels, names or targets (a missing 依据 column is the document's own)
    expect(findings.filter((f) => f.rule === 'empty-indicator-field' && f.severity === 'error')).toEqual([]);
  });
});

const rows = (book: TGoalBook) =>
  book.projects.map((p) => ({ code: p.code, name: p.name, budget: p.budget, indicators: p.indicators.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.weight ?? null]) }));

describe('table layouts', () => {
  it('variant text, one cell per line with blank lines between cells: rows rebuilt, rows starting with the next level', async () => {
    const book = await read('cell-per-line.txt');
    expect(book.unit).toEqual({ code: '620001', name: '某县民政局' });
    expect(book.year).toBe(2023);
    const [project] = book.projects;
    expect(project).toMatchObject({
      code: 'MZ-2023-01',
      name: '困难群众救助',
      budget: { total: 12_500_000, fiscal: 12_500_000, other: 0 },
      purpose: '城乡低保、特困供养和临时救助',
      spendingPlan: [
        { month: 3, cumulativePercent: 30 },
        { month: 6, cumulativePercent: 60 },
        { month: 12, cumulativePercent: 100 },
      ],
      goals: ['保障困难群众基本生活', '做到应保尽保'],
    });
    expect(targets(book)).toEqual([
      ['产出指标', '数量指标', '低保对象人数', '≥5200人'],
      ['产出指标', '数量指标', '特困供养人数', '≥800人'],
      ['产出指标', '质量指标', '救助资金发放准确率', '100%'],
      ['产出指标', '时效指标', '资金按月发放', '每月10日前'],
      ['效益指标', '社会效益', '困难群众基本生活保障率', '100%'],
      ['效益指标', '可持续影响', '救助制度长效运行', '长期'],
      ['满意度指标', '服务对象满意度指标', '救助对象满意度', '≥90%'],
    ]);
    expect(book.warnings).toEqual([]);
  });

  it('variant text, tab-separated rows: levels with scores, continuation rows, placeholders and empty rows skipped, "年初" + "预算数", 指标方向/度量单位/分值', async () => {
    const book = await read('tab-separated.txt');
    expect(book.unit).toEqual({ code: '530001', name: '某县农业农村局' });
    expect(rows(book)).toEqual([
      {
        code: 'NY-2023-05',
        name: '高标准农田建设',
        budget: { total: 3_600_000, fiscal: 3_600_000, other: 0 },
        indicators: [
          ['产出指标', '数量指标', '新建高标准农田面积', '≥12000亩', 20],
          ['产出指标', '数量指标', '新修灌溉渠道', '≥15公里', 10],
          ['产出指标', '质量指标', '工程验收合格率', '=100%', 10],
          ['产出指标', '成本指标', '每亩建设成本', '≤3000元', 10],
          ['效益指标', '经济效益', '亩均增产粮食', '≥50公斤', 15],
          // 反向 (lower is better) without a comparator
          ['效益指标', '生态效益', '化肥使用量增长率', '≤0%', 15],
          ['满意度指标', '服务对象满意度', '受益农户满意度', '≥90%', 10],
        ],
      },
    ]);
    expect(book.projects[0]!.indicators[0]!.target).toEqual({ raw: '≥12000亩', kind: 'quantitative', comparator: '>=', value: 12000, unit: '亩' });
    expect(book.warnings).toEqual([]);
  });

  it('variant text, several projects in one flat table with the header only above the first', async () => {
    const book = await read('flat-projects.txt');
    expect(book.unit).toEqual({ code: '710001', name: '某县交通运输局' });
    expect(book.year).toBe(2024);
    expect(rows(book)).toEqual([
      {
        code: 'JT-2024-01',
        name: '农村公路养护',
        budget: { total: 8_600_000, fiscal: 0, other: 0 },
        indicators: [
          ['产出指标', '数量指标', '养护里程', '≥420公里', null],
          ['产出指标', '质量指标', '优良路率', '≥80%', null],
          ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', null],
        ],
      },
      {
        code: 'JT-2024-02',
        name: '客运站运营补贴',
        budget: { total: 1_205_000, fiscal: 0, other: 0 },
        indicators: [
          ['产出指标', '数量指标', '补贴客运站数', '=3个', null],
          ['效益指标', '社会效益指标', '农村客运通达率', '100%', null],
          ['满意度指标', '服务对象满意度指标', '乘客满意度', '≥85%', null],
        ],
      },
    ]);
    expect(book.projects[1]!.indicators.map((i) => i.basis)).toEqual(['站点名单', '上年实际', '问卷']);
    expect(book.warnings).toEqual([]);
  });

  it('variant .xlsx, several projects in one sheet, levels on every row, 指标性质 正向/反向/定性, an Excel date where a number belongs', async () => {
    const book = await read('flat-projects.xlsx');
    expect(book.unit).toEqual({ code: '776001', name: '某县卫生健康局' });
    expect(rows(book)).toEqual([
      {
        code: 'WJ-2024-01',
        name: '基本公共卫生服务',
        budget: { total: 2_480_000, fiscal: 0, other: 0 },
        indicators: [
          ['产出指标', '数量指标', '建立居民健康档案人数', '≥52000人', 20],
          ['产出指标', '质量指标', '健康档案规范化率', '≥90%', 20],
          ['产出指标', '成本指标', '人均服务成本', '≤89元', 10],
          ['效益指标', '社会效益指标', '居民健康素养水平', '明显提升', 30],
          ['满意度指标', '服务对象满意度指标', '居民满意度', '≥85%', 10],
        ],
      },
      {
        code: 'WJ-2024-02',
        name: '家庭医生签约服务',
        budget: { total: 600_000, fiscal: 0, other: 0 },
        indicators: [
          ['产出指标', '数量指标', '签约人数', '≥12000人', 30],
          // the date is not read as a target
          ['产出指标', '数量指标', '签约团队数', '', 20],
          ['效益指标', '社会效益指标', '重点人群签约覆盖率', '≥70%', 40],
          ['满意度指标', '服务对象满意度指标', '签约居民满意度', '≥90%', 10],
        ],
      },
    ]);
    expect(book.warnings).toEqual([
      { location: '工作表“项目绩效目标”第14行E列（指标值）', message: '指标值“2024-03-05”是 Excel 日期（输入的数字或单位被 Excel 改成了日期），没有当作指标值读取，请核对原表' },
    ]);
  });

  it('variant .docx (WPS), 7-column 中长期/年度 table: the annual columns, 年度目标 with manual line breaks, placeholders skipped', async () => {
    const book = await read('long-term-annual-wps.docx');
    expect(book.unit).toEqual({ code: '433001', name: '某县教育局' });
    expect(book.year).toBe(2023);
    expect(book.projects[0]!.goals).toEqual(['完成20所学校网络改造', '建成统一管理平台']);
    expect(rows(book)).toEqual([
      {
        code: 'JY-2023-09',
        name: '智慧校园建设',
        budget: { total: 4_800_000, fiscal: 4_800_000, other: 0 },
        indicators: [
          ['产出指标', '数量指标', '改造学校数', '≥20所', null],
          ['产出指标', '时效指标', '完成时间', '2023年底', null],
          ['效益指标', '社会效益', '师生数字化应用覆盖率', '≥60%', null],
          ['满意度指标', '服务对象满意度', '师生满意度', '≥85%', null],
        ],
      },
    ]);
    expect(book.warnings).toEqual([]);
  });

  it('variant .docx (Word), 部门整体支出绩效目标表 with 指标解释 beside 目标值 and "经济效益" + "指标" split over two cells', async () => {
    const book = await read('department-wide-word.docx');
    expect(book.unit).toEqual({ code: '315002', name: '某县司法局' });
    expect(book.projects).toEqual([]);
    expect(book.departmentGoals.indicators!.map((i) => [i.level1, i.level2, i.name, i.target.raw, i.description])).toEqual([
      ['产出指标', '数量指标', '法律援助案件数', '≥400件', '全年办理的法律援助案件'],
      ['产出指标', '质量指标', '案件质量评查合格率', '≥95%', '评查合格的案件占评查案件的比例'],
      ['效益指标', '经济效益指标', '为群众挽回经济损失', '≥500万元', '援助案件中挽回的损失'],
      ['效益指标', '社会效益', '矛盾纠纷调解成功率', '≥96%', '调解成功件数占受理件数'],
      ['满意度指标', '服务对象满意度', '群众满意度', '≥95%', '回访满意率'],
    ]);
    expect(book.warnings).toEqual([]);
  });

  it('variant .docx (Word), unit in a text box, tables nested in frame tables and in a text box, numbering from list styles', async () => {
    const book = await read('framed-tables-word.docx');
    expect(book.unit).toEqual({ code: '810001', name: '某县审计局' });
    expect(book.departmentGoals.overall).toEqual(['完成年度审计项目计划', '提升审计质量']);
    expect(book.projects.map((p) => [p.code, p.goals])).toEqual([
      ['SJ-01', ['完成审计项目35个', '审计整改率达到90%']],
      ['SJ-02', ['建成审计数据分析平台']],
    ]);
    expect(rows(book).map((p) => p.indicators)).toEqual([
      [
        ['产出指标', '数量指标', '审计项目数', '≥35个', null],
        ['产出指标', '质量指标', '审计整改率', '≥90%', null],
        ['满意度指标', '服务对象满意度指标', '被审计单位满意度', '≥90%', null],
      ],
      [
        ['产出指标', '时效指标', '平台上线时间', '2023年底', null],
        ['效益指标', '可持续影响指标', '数据分析覆盖率', '≥80%', null],
      ],
    ]);
    expect(book.projects.map((p) => p.budget.total)).toEqual([360_000, 125_000]);
    expect(book.warnings).toEqual([]);
  });
});

describe('round trips of foreign layouts', () => {
  it.each(['cell-per-line.txt', 'tab-separated.txt', 'flat-projects.xlsx', 'long-term-annual-wps.docx', 'framed-tables-word.docx'])('%s → .xlsx and .docx → the same goal book', async (name) => {
    const book = await read(name);
    for (const format of ['xlsx', 'docx'] as const) {
      expect(withoutWarnings(await readGoalDocument(await exportGoalBook(book, format))), format).toEqual(withoutWarnings(book));
    }
  });
});

describe('targets split over columns in text', () => {
  it('variant text, 指标方向性/计量单位/权重 with a date and a date serial where a number and a unit belong: warnings, not targets', async () => {
    const book = await read('date-serials.txt');
    expect(rows(book)[0]!.indicators).toEqual([
      ['产出指标', '数量指标', '健康讲座场次', '', 30],
      ['产出指标', '数量指标', '发放宣传册', '≥5000', 30],
      ['效益指标', '社会效益指标', '居民健康知识知晓率', '≥80%', 30],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', 10],
    ]);
    expect(book.warnings.map((w) => [w.location, w.message])).toEqual([
      ['表1《2024年度项目支出绩效目标表》第4行第5列（指标值），文本第7行', '指标值“2024/3/5”是 Excel 日期（输入的数字或单位被 Excel 改成了日期），没有当作指标值读取，请核对原表'],
      ['表1《2024年度项目支出绩效目标表》第5行第6列（度量单位），文本第8行', '度量单位“45356”是 Excel 日期（或日期的序列号），没有当作单位读取，请核对原表'],
    ]);
  });
});

describe('one cell per paragraph in Word', () => {
  it('variant .docx (LibreOffice 表格→文字, a paragraph per cell): the same goal book as the text with one cell per line', async () => {
    const fromWord = await read('cell-per-line-libreoffice.docx');
    expect(withoutWarnings(fromWord)).toEqual(withoutWarnings(await read('cell-per-line.txt')));
    expect(fromWord.projects[0]!.indicators).toHaveLength(7);
  });
});
