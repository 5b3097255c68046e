import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { readGoalDocument } from './read-goal-document.js';
import { exportGoalBook } from './export-goal-book.js';
import { DocumentError } from '../core/errors.js';
import { sampleBytes, sampleGoalBook, withoutWarnings } from '../../test/helpers/fixtures.js';
import type { TGoalBook } from '../contract/goal-book.js';

const text = (s: string) => new TextEncoder().encode(s);

async function expectDocumentError(bytes: Uint8Array, pattern: RegExp, code?: string): Promise<DocumentError> {
  const error = await readGoalDocument(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentError);
  expect((error as DocumentError).message).toMatch(pattern);
  if (code) expect((error as DocumentError).code).toBe(code);
  return error as DocumentError;
}

describe('the sample (extracted text)', () => {
  it('imports as 乐亭县司法局 2022 with every cell as written', async () => {
    const book = await readGoalDocument(sampleBytes(), { fileName: 'laoting-justice-2022.txt' });
    expect(withoutWarnings(book)).toEqual(withoutWarnings(sampleGoalBook()));
    expect(book.unit).toEqual({ code: '315002', name: '乐亭县司法局' });
    expect(book.year).toBe(2022);
    expect(book.projects).toHaveLength(12);
    expect(book.projects.flatMap((p) => p.indicators)).toHaveLength(84);
    expect(book.projects.reduce((s, p) => s + p.budget.total, 0)).toBe(1_220_600);
    expect(book.departmentGoals.overall).toHaveLength(6);
    expect(book.departmentGoals.areas.map((a) => a.title)).toEqual(['普法宣传', '基层司法业务指导', '法律援助', '社区矫正', '其他司法业务工作', '法治建设工作']);
    expect(book.departmentGoals.summary).toBe('贯彻落实国家司法行政工作方针政策，提升全县司法行政管理水平。');
    // the year is inferred, and the parser says so
    expect(book.warnings).toEqual([{ location: '文档', message: '文档没有写明年度的标题，按正文中出现最多的年份推断为2022年度' }]);
  });

  it('keeps raw text: a broken line inside a cell, a truncated name, odd units', async () => {
    const book = await readGoalDocument(sampleBytes());
    const p2 = book.projects[1]!;
    expect(p2.indicators.find((i) => i.name === '项目持续发挥作用期限')!.description).toBe('项目持续发挥作\n用期限');
    expect(p2.indicators.find((i) => i.name === '行政案件处理率')!.target).toEqual({ raw: '100百分比', kind: 'quantitative', value: 100, unit: '%' });
    expect(book.projects[2]!.indicators[1]!.name).toBe('基层法律服务工作者执业核准率(');
    expect(book.projects[5]!.name).toBe('社区矫正');
    expect(book.projects[0]!.spendingPlan).toEqual([
      { month: 3, cumulativePercent: 25 },
      { month: 6, cumulativePercent: 50 },
      { month: 10, cumulativePercent: 75 },
      { month: 12, cumulativePercent: 100 },
    ]);
  });

  it('takes an explicit year over the inferred one', async () => {
    const book = await readGoalDocument(sampleBytes(), { year: 2023 });
    expect(book.year).toBe(2023);
  });

  it('decodes GB18030/GBK text as older Chinese tools write it', async () => {
    // 第一部分 / 一、总体绩效目标 / (1).提升法律服务水平。 in GBK: read as goals, then refused for want of a unit
    const gbk = Buffer.from('b5dad2bbb2bfb7d60ad2bba1a2d7dccce5bca8d0a7c4bfb1ea0a2831292ecce1c9fdb7a8c2c9b7fecef1cbaec6bda1a30a', 'hex');
    await expectDocumentError(gbk, /无法确定预算单位/);
  });
});

describe('round trips', () => {
  it.each(['xlsx', 'docx', 'json'] as const)('sample → %s → import gives the same goal book', async (format) => {
    const book = sampleGoalBook();
    const back = await readGoalDocument(await exportGoalBook(book, format));
    expect(withoutWarnings(back)).toEqual(withoutWarnings(book));
  });

  it('keeps department indicators, weights, 元 amounts and an empty plan', async () => {
    const book: TGoalBook = {
      ...sampleGoalBook(),
      departmentGoals: {
        ...sampleGoalBook().departmentGoals,
        indicators: [
          { level1: '产出指标', level2: '数量指标', name: '法律援助案件受理数', description: '全年受理', target: { raw: '≥396件', kind: 'quantitative', comparator: '>=', value: 396, unit: '件' }, basis: '年初工作安排', weight: 10 },
          { level1: '效益指标', level2: '社会效益指标', name: '社区服刑人员重新犯罪率', description: '', target: { raw: '<2%', kind: 'quantitative', comparator: '<', value: 2, unit: '%' }, basis: '', weight: 5.5 },
        ],
      },
      projects: [
        { ...sampleGoalBook().projects[0]!, budget: { total: 15000.5, fiscal: 10000.5, other: 5000 }, spendingPlan: [], goals: [] },
        ...sampleGoalBook().projects.slice(1, 3),
      ],
    };
    for (const format of ['xlsx', 'docx'] as const) {
      const back = await readGoalDocument(await exportGoalBook(book, format));
      expect(withoutWarnings(back), format).toEqual(withoutWarnings(book));
    }
  });
});

/** A Word table as another unit might lay it out: two-row header, variant columns, merged cells. */
async function handMadeDocx(): Promise<Buffer> {
  const cell = (t: string, opts: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({ children: t.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })), ...opts });
  const rows = [
    new TableRow({ children: [cell('130001某县司法局', { columnSpan: 5 }), cell('单位：元', { columnSpan: 3 })] }),
    new TableRow({ children: [cell('项目名称'), cell('公共法律服务体系建设', { columnSpan: 3 }), cell('项目编码'), cell('XM-2023-001', { columnSpan: 3 })] }),
    new TableRow({ children: [cell('预算规模及资金用途', { verticalMerge: VerticalMergeType.RESTART }), cell('预算数'), cell('123,456.78'), cell('其中：财政资金'), cell('100000'), cell('其他资金'), cell('23456.78', { columnSpan: 2 })] }),
    new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('用于公共法律服务站运行', { columnSpan: 7 })] }),
    new TableRow({ children: [cell('资金支出计划（%）', { verticalMerge: VerticalMergeType.RESTART }), cell('一季度'), cell('上半年'), cell('三季度'), cell('全年', { columnSpan: 4 })] }),
    new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('20%'), cell('45%'), cell('70%'), cell('100%', { columnSpan: 4 })] }),
    new TableRow({ children: [cell('年度绩效目标'), cell('1.建成服务站\n2.提供咨询', { columnSpan: 7 })] }),
    // two-row header: 绩效指标 over the three levels, the rest merged down
    new TableRow({ children: [cell('绩效指标', { columnSpan: 3 }), cell('指标性质', { verticalMerge: VerticalMergeType.RESTART }), cell('指标值', { verticalMerge: VerticalMergeType.RESTART }), cell('度量单位', { verticalMerge: VerticalMergeType.RESTART }), cell('分值', { verticalMerge: VerticalMergeType.RESTART }), cell('指标值设定依据', { verticalMerge: VerticalMergeType.RESTART })] }),
    new TableRow({ children: [cell('一级指标'), cell('二级指标'), cell('指标名称'), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('', { verticalMerge: VerticalMergeType.CONTINUE })] }),
    new TableRow({ children: [cell('产出指标', { verticalMerge: VerticalMergeType.RESTART }), cell('数量指标', { verticalMerge: VerticalMergeType.RESTART }), cell('服务站数量'), cell('≥'), cell('12'), cell('个'), cell('20'), cell('计划')] }),
    new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('咨询人次'), cell('≥'), cell('3000人次'), cell('人次'), cell('20'), cell('上年数')] }),
    new TableRow({ children: [cell('满意度指标'), cell('服务对象满意度指标'), cell('群众满意度'), cell('定性'), cell('较高'), cell(''), cell('10'), cell('')] }),
  ];
  const doc = new Document({
    sections: [{ children: [new Paragraph('某县司法局2023年度部门预算项目绩效目标'), new Paragraph('1.公共法律服务体系建设项目绩效目标申报表'), new Table({ rows })] }],
  });
  return Packer.toBuffer(doc);
}

describe('hand-made Word documents', () => {
  it('reads a two-row header, variant columns (指标性质/度量单位/分值), merged cells and 元', async () => {
    const book = await readGoalDocument(await handMadeDocx());
    expect(book.unit).toEqual({ code: '130001', name: '某县司法局' });
    expect(book.year).toBe(2023);
    const [project] = book.projects;
    expect(project).toMatchObject({
      code: 'XM-2023-001',
      name: '公共法律服务体系建设',
      budget: { total: 123456.78, fiscal: 100000, other: 23456.78 },
      purpose: '用于公共法律服务站运行',
      spendingPlan: [
        { month: 3, cumulativePercent: 20 },
        { month: 6, cumulativePercent: 45 },
        { month: 9, cumulativePercent: 70 },
        { month: 12, cumulativePercent: 100 },
      ],
      goals: ['建成服务站', '提供咨询'],
    });
    expect(project!.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '服务站数量', description: '', target: { raw: '≥12个', kind: 'quantitative', comparator: '>=', value: 12, unit: '个' }, basis: '计划', weight: 20 },
      { level1: '产出指标', level2: '数量指标', name: '咨询人次', description: '', target: { raw: '≥3000人次', kind: 'quantitative', comparator: '>=', value: 3000, unit: '人次' }, basis: '上年数', weight: 20 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', description: '', target: { raw: '较高', kind: 'qualitative' }, basis: '', weight: 10 },
    ]);
  });
});

/** An Excel sheet with columns in another order, numeric cells and a percent format. */
async function handMadeXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目');
  ws.addRow(['130002某县公安局 2024年度项目绩效目标']);
  ws.mergeCells('A1:F1');
  ws.addRow(['130002某县公安局', '', '', '', '单位：万元', '']);
  ws.mergeCells('A2:D2');
  ws.addRow(['项目编码', 'GA-01', '', '项目名称', '交通设施维护', '']);
  ws.addRow(['预算数', 20.5, '财政资金', 20.5, '其他资金', 0]);
  ws.addRow(['资金用途', '信号灯维护', '', '', '', '']);
  ws.addRow(['资金支出计划', '6月底', '12月底', '', '', '']);
  const plan = ws.addRow(['', 0.4, 1, '', '', '']);
  plan.getCell(2).numFmt = '0%';
  plan.getCell(3).numFmt = '0%';
  ws.addRow(['绩效目标', '1.维护信号灯', '', '', '', '']);
  ws.addRow(['一级指标', '二级指标', '指标值', '三级指标', '指标值确定依据', '绩效指标描述']);
  ws.addRow(['产出指标', '数量指标', '≥120处', '维护路口数', '计划', '全年维护']);
  ws.addRow(['', '时效指标', '2024年底', '完成时间', '', '']);
  ws.mergeCells('A10:A11');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('hand-made Excel workbooks', () => {
  it('reads columns by their labels whatever their order, numbers and percent formats', async () => {
    const book = await readGoalDocument(await handMadeXlsx());
    expect(book.unit.code).toBe('130002');
    expect(book.year).toBe(2024);
    const [project] = book.projects;
    expect(project!.budget).toEqual({ total: 205000, fiscal: 205000, other: 0 });
    expect(project!.spendingPlan).toEqual([
      { month: 6, cumulativePercent: 40 },
      { month: 12, cumulativePercent: 100 },
    ]);
    expect(project!.indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.target.raw])).toEqual([
      ['产出指标', '数量指标', '维护路口数', '全年维护', '≥120处'],
      ['产出指标', '时效指标', '完成时间', '', '2024年底'],
    ]);
  });
});

describe('bad input changes nothing and says where', () => {
  it.each([
    ['an empty file', new Uint8Array(), /文件为空/, 'DOCUMENT_EMPTY'],
    ['only whitespace', text('  \n\n'), /文件为空/, 'DOCUMENT_EMPTY'],
    ['a PDF', text('%PDF-1.7\n...'), /不支持 PDF/, 'DOCUMENT_UNSUPPORTED'],
    ['a legacy .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /旧版/, 'DOCUMENT_UNSUPPORTED'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /不支持图片/, 'DOCUMENT_UNSUPPORTED'],
    ['a broken zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /无法解压/, 'DOCUMENT_GARBLED'],
    ['binary garbage', new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 37) % 256)), /无法识别/, 'DOCUMENT_GARBLED'],
    ['unrelated text', text('会议纪要\n今天开会讨论了工作。\n'), /没有识别到绩效目标内容/, 'DOCUMENT_INVALID'],
  ])('%s', async (_, bytes, pattern, code) => {
    await expectDocumentError(bytes, pattern, code);
  });

  it('names the table, row, column and field of a bad amount', async () => {
    const broken = sampleBytes().toString('utf8').replace('\t8.50\n\t其中', '\t8.5O\n\t其中');
    const error = await expectDocumentError(text(broken), /表3《基层司法绩效目标表》第3行第3列（预算数），文本第\d+行：“8.5O”不是有效金额/);
    expect(error.location).toMatchObject({ table: 3, tableTitle: '基层司法绩效目标表', row: 3, column: 3, field: '预算数' });
  });

  it('reports a truncated document (a table without its indicators)', async () => {
    const full = sampleBytes().toString('utf8');
    const cut = full.slice(0, full.indexOf('\t一级指标', full.indexOf('12.业务装备费')));
    await expectDocumentError(text(cut), /表12《业务装备费中央政法纪检监察转移支付资金\[2021\]62号绩效目标表》.*缺少绩效指标表/);
  });

  it('reports a bad spending-plan percentage', async () => {
    const broken = sampleBytes().toString('utf8').replace('\t25%\n\t50%', '\t25%\n\t五成');
    await expectDocumentError(text(broken), /表1.*第6行第3列（资金支出计划）.*“五成”不是有效的累计支出比例/);
  });

  it('refuses two units in one document and duplicate project codes', async () => {
    const full = sampleBytes().toString('utf8');
    const lastUnit = full.lastIndexOf('\t315002乐亭县司法局');
    await expectDocumentError(text(full.slice(0, lastUnit) + '\t315003乐亭县公安局' + full.slice(lastUnit + '\t315002乐亭县司法局'.length)), /不一致/);
    await expectDocumentError(text(full.replace('13022522P000R24100104', '13022522P000R24100085')), /项目编码“13022522P000R24100085”重复/);
  });

  it('rejects JSON that is not a goal book, naming the field', async () => {
    await expectDocumentError(text('{"unit":{"code":"1","name":"x"},"year":"二〇二二"}'), /year/);
  });
});
