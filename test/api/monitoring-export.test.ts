import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../src/app/spending/record-payment.js';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import type { TableBlock } from '../../src/documents/blocks.js';
import { readDocxBlocks } from '../../src/documents/docx/read-docx-blocks.js';
import { causeText, figureText, likelihoodText, measuresText, percentText, wan } from '../../src/documents/export/monitoring-layout.js';
import { readXlsxBlocks } from '../../src/documents/xlsx/read-xlsx-blocks.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';

let t: TestApp;
let finance: Session;
const U = '/api/units/315002/years/2022';
const JUNE = `${U}/monitoring/6`;
let report: TMonitoringReport;

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('finance');
  await t.as(finance, { method: 'POST', url: `${U}/bindings/confirm-proposals`, payload: {} });
  const pay = (projectCode: string, paidOn: string, amount: number, voucherNo: string) =>
    recordPayment({ db: t.database.db, unitCode: '315002', year: 2022, actor: { userId: null, name: 'test' }, input: { projectCode, paidOn, amount, voucherNo, payee: '某公司', summary: '', fundSource: 'fiscal' } });
  await pay('13022522P000R24100085', '2022-03-10', 20000.55, 'M-1');
  await pay('13022522P000R24100104', '2022-06-01', 12345.67, 'M-2');
  const r = (await t.as(finance, { method: 'GET', url: JUNE })).json() as TMonitoringReport;
  const line = r.projects[0]!.indicators.find((i) => i.proposal.likelihood !== null && i.proposal.likelihood !== '确定能')!;
  await t.as(finance, { method: 'PUT', url: `${JUNE}/lines/${line.indicatorId}`, payload: { likelihood: '有可能', cause: '其他', causeText: '案件集中在下半年', measures: [{ text: '加强宣传', owner: '张三', dueOn: '2022-09-30' }] } });
  report = (await t.as(finance, { method: 'GET', url: JUNE })).json() as TMonitoringReport;
});
afterAll(() => t.close());

const texts = (table: TableBlock) => table.rows.map((row) => row.cells.filter((c) => !c.mergedFromAbove).map((c) => c.text));

/** Every figure of the report is in the file's tables, where the standard layout puts it. */
function expectSameFigures(tables: TableBlock[]) {
  expect(tables).toHaveLength(report.projects.length + 1);
  report.projects.forEach((p, n) => {
    const rows = texts(tables[n]!);
    expect(rows[0]).toEqual(['项目名称', p.name, '项目编码', p.code]);
    const header = rows.findIndex((r) => r.includes('年初预算数'));
    expect(rows[header]).toEqual(['资金执行情况（万元）', '年初预算数', '调整后预算数', '1–6月执行数', '执行率', '计划进度', '全年预计执行数', '序时进度预警']);
    const money = rows[header + 1]!;
    expect([money[0], money[1], money[2], money[5]].map(Number)).toEqual([wan(p.money.initialBudget), wan(p.money.budget), wan(p.money.spent), wan(p.money.projectedYearEnd)]);
    expect(money[3]).toBe(percentText(p.money.executionRate));
    const indicatorHeader = rows.findIndex((r) => r[0] === '一级指标');
    expect(rows[indicatorHeader]).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '1–6月完成值', '全年预计完成值', '完成目标可能性', '偏差原因', '完善措施']);
    p.indicators.forEach((i, k) => {
      const row = rows[indicatorHeader + 1 + k]!;
      expect(row[2]).toBe(i.name);
      expect(row[3]).toBe(i.target);
      expect(row[4]).toContain(figureText(i.actual, i.targetUnit));
      expect(row[5]).toBe(figureText(i.forecast, i.targetUnit));
      expect(row[6]).toBe(likelihoodText(i));
      expect(row[7] ?? '').toBe(causeText(i));
      expect(row[8] ?? '').toBe(measuresText(i));
    });
  });
  const summary = texts(tables[report.projects.length]!);
  const total = summary.find((r) => r[0] === '合计')!;
  expect(total.slice(1, 3).map(Number)).toEqual([wan(report.department.money.budget), wan(report.department.money.spent)]);
}

describe('monitoring export', () => {
  it('has a confirmed line with a measure and lines with proposals', () => {
    expect(report.projects[0]!.indicators.some((i) => i.measures.length === 1 && i.likelihood === '有可能')).toBe(true);
    expect(report.projects.flatMap((p) => p.indicators).some((i) => i.likelihood === null && i.proposal.likelihood !== null)).toBe(true);
  });

  it.each(['xlsx', 'docx'] as const)('exports .%s that reads back with the same figures', async (format) => {
    const res = await t.as(finance, { method: 'GET', url: `${JUNE}/export?format=${format}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('315002乐亭县司法局-2022年1-6月绩效运行监控表'));
    const blocks = format === 'xlsx' ? await readXlsxBlocks(res.rawPayload) : await readDocxBlocks(res.rawPayload);
    expectSameFigures(blocks.blocks.filter((b): b is TableBlock => b.kind === 'table'));
    // signature lines close the department summary (a paragraph once read back from a spreadsheet)
    expect(JSON.stringify(blocks.blocks.at(-1))).toContain('单位负责人（签字）');
  });
});
