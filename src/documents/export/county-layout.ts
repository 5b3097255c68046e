import type { TCountyView } from '../../contract/api/county-api.js';
import { STATE_LABEL } from '../../core/workflow.js';
import { GridBuilder, type DocumentLayout } from './layout.js';

/** The county table as one sheet: a row per unit and the totals, money in 元, rates in %. */

export const COUNTY_HEADERS = ['单位编码', '单位名称', '预算数（元）', '已支付（元）', '执行率（%）', '计划进度（%）', '执行灯', '红灯', '黄灯', '绿灯', '蓝灯', '无灯', '运行监控', '绩效自评', '审核问题'] as const;

const LIGHT = { red: '红', yellow: '黄', green: '绿' } as const;
export const reportStateLabel = (s: string) => (s === 'not-started' ? '未开始' : STATE_LABEL[s as keyof typeof STATE_LABEL].zh);
const pct = (ratio: number) => Math.round(ratio * 10000) / 100;

export function layoutCounty(view: TCountyView): DocumentLayout {
  const g = new GridBuilder(COUNTY_HEADERS.length);
  g.row();
  for (const h of COUNTY_HEADERS) g.cell(h, 'header');
  const counts = (l: TCountyView['totals']['lights']) =>
    (['red', 'yellow', 'green', 'blue', 'none'] as const).forEach((k) => g.cell(String(l[k]), 'amount', { number: l[k] }));
  for (const u of view.units) {
    g.row().cell(u.code, 'text').cell(u.name, 'text');
    g.cell(u.budget.toFixed(2), 'amount', { number: u.budget }).cell(u.spent.toFixed(2), 'amount', { number: u.spent });
    g.cell(pct(u.executionRate).toFixed(2), 'amount', { number: pct(u.executionRate) }).cell(u.planPercent.toFixed(2), 'amount', { number: u.planPercent });
    g.cell(LIGHT[u.light], 'text');
    counts(u.lights);
    g.cell(reportStateLabel(u.reports.monitoring), 'text').cell(reportStateLabel(u.reports.evaluation), 'text');
    if (u.review) g.cell(String(u.review.findings), 'amount', { number: u.review.findings });
    else g.cell('', 'text');
  }
  const t = view.totals;
  g.row().cell('合计', 'label').cell(`${t.units} 个单位`, 'label');
  g.cell(t.budget.toFixed(2), 'amount', { number: t.budget }).cell(t.spent.toFixed(2), 'amount', { number: t.spent });
  g.cell(pct(t.executionRate).toFixed(2), 'amount', { number: pct(t.executionRate) }).cell(t.planPercent.toFixed(2), 'amount', { number: t.planPercent });
  g.cell('', 'text');
  counts(t.lights);
  g.cell('', 'text').cell('', 'text');
  g.cell(String(t.review.findings), 'amount', { number: t.review.findings });
  const scope = view.parent ? `${view.parent.name}（${view.parent.code}）所辖单位` : '全部单位';
  return [g.build('汇总', `${scope} ${view.year}年度 预算执行和绩效汇总（截至 ${view.asOf}）`, [10, 22, 14, 14, 9, 9, 6, 5, 5, 5, 5, 5, 10, 10, 8])];
}
