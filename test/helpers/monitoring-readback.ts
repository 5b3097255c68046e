import { expect } from 'vitest';
import type { TMonitoringReport } from '../../src/contract/api/monitoring-api.js';
import type { TableBlock } from '../../src/documents/blocks.js';
import { splitEvidence } from './evidence-readback.js';
import { causeText, figureText, likelihoodText, measuresText, percentText, wan } from '../../src/documents/export/monitoring-layout.js';

const texts = (table: TableBlock) => table.rows.map((row) => row.cells.filter((c) => !c.mergedFromAbove).map((c) => c.text));

/** Every figure of the report is in the file's tables, where the standard layout puts it (the 佐证材料 listing closes the file). */
export function expectSameFigures(report: TMonitoringReport, all: TableBlock[]) {
  const tables = splitEvidence(all).report;
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

