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

  it.each(['sample-libreoffice.docx', 'unit-key-value.txt', 'unit-in-cells.xlsx'])('%s: no empty level, name or target', async (name) => {
    const book = await read(name);
    const findings = reviewGoalBook(book);
    // layout artefacts would show as empty levels, names or targets (a missing 依据 column is the document's own)
    expect(findings.filter((f) => f.rule === 'empty-indicator-field' && f.severity === 'error')).toEqual([]);
  });
});
