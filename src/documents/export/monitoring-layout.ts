import type { TMonitoringIndicator, TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { LIGHT_LABEL } from '../../core/lights.js';
import { STATE_LABEL } from '../../core/workflow.js';
import { GridBuilder, safeSheetName, type DocumentLayout } from './layout.js';

/**
 * 绩效运行监控表 in the standard layout: per project the header (项目名称, 主管部门, 实施单位), the money
 * block (年初预算数 / 调整后预算数 / 1–X月执行数 / 执行率 / 全年预计执行数, with the plan milestone and the
 * light) and the indicator block (年度指标值 / 1–X月完成值 / 全年预计完成值 / 完成目标可能性 / 偏差原因 /
 * 完善措施); then the department summary with signature lines. Amounts in 万元, two decimals.
 */

export const wan = (yuan: number) => Math.round(yuan / 100) / 100;
export const wanText = (yuan: number) => wan(yuan).toFixed(2);
export const percentText = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;
export const figureText = (n: number | null, unit: string | null) => (n === null ? '—' : `${n}${unit && unit !== '百分比' ? unit : unit === '百分比' ? '%' : ''}`);

/** the likelihood a person confirmed, or jixiao's proposal marked as such */
export function likelihoodText(i: TMonitoringIndicator): string {
  if (i.likelihood) return i.likelihood;
  return i.proposal.likelihood ? `${i.proposal.likelihood}（建议，待确认）` : '待判断';
}

export function causeText(i: TMonitoringIndicator): string {
  const confirmed = i.likelihood !== null;
  const cause = confirmed ? i.cause : i.proposal.cause;
  const text = confirmed ? i.causeText : i.proposal.causeText;
  if (!cause) return '';
  return `${cause}${text ? `：${text}` : ''}${confirmed ? '' : '（建议）'}`;
}

export const measuresText = (i: TMonitoringIndicator) => i.measures.map((m, n) => `${n + 1}. ${m.text}（责任人：${m.owner}，完成时限：${m.dueOn}）`).join('\n');

export function layoutMonitoring(r: TMonitoringReport): DocumentLayout {
  const taken = new Set<string>();
  const X = `1–${r.month}月`;
  const layout: DocumentLayout = [];
  r.projects.forEach((p, index) => {
    const g = new GridBuilder(9);
    g.row().cell('项目名称', 'label').cell(p.name, 'value', { colSpan: 4 }).cell('项目编码', 'label').cell(p.code, 'value', { colSpan: 3 });
    g.row().cell('主管部门', 'label').cell(r.unit.name, 'value', { colSpan: 4 }).cell('实施单位', 'label').cell(r.unit.name, 'value', { colSpan: 3 });
    g.row().cell('资金执行情况（万元）', 'label', { rowSpan: 2 });
    for (const h of ['年初预算数', '调整后预算数', `${X}执行数`, '执行率', '计划进度', '全年预计执行数']) g.cell(h, 'header');
    g.cell('序时进度预警', 'header', { colSpan: 2 });
    const m = p.money;
    g.row()
      .cell(wanText(m.initialBudget), 'amount', { number: wan(m.initialBudget) })
      .cell(wanText(m.budget), 'amount', { number: wan(m.budget) })
      .cell(wanText(m.spent), 'amount', { number: wan(m.spent) })
      .cell(percentText(m.executionRate), 'percent')
      .cell(`${m.plannedPercent}%`, 'percent')
      .cell(wanText(m.projectedYearEnd), 'amount', { number: wan(m.projectedYearEnd) })
      .cell(`${LIGHT_LABEL[m.light]}（差 ${m.gapPoints} 个百分点）`, 'text', { colSpan: 2 });
    g.row();
    for (const h of ['一级指标', '二级指标', '三级指标', '年度指标值', `${X}完成值`, '全年预计完成值', '完成目标可能性', '偏差原因', '完善措施']) g.cell(h, 'header');
    for (const i of p.indicators) {
      g.row()
        .cell(i.level1, 'label')
        .cell(i.level2, 'label')
        .cell(i.name, 'text')
        .cell(i.target, 'text')
        .cell(`${figureText(i.actual, i.targetUnit)}${i.light ? `（${LIGHT_LABEL[i.light]}）` : ''}${i.actual === null && i.assessment ? i.assessment : ''}`, 'text')
        .cell(figureText(i.forecast, i.targetUnit), 'text')
        .cell(likelihoodText(i), 'label')
        .cell(causeText(i), 'text')
        .cell(measuresText(i), 'text');
    }
    const grid = g.build(safeSheetName(`${index + 1} ${p.name}`, taken), `${index + 1}. ${p.name} 绩效运行监控表（${X}）`, [10, 12, 22, 14, 14, 14, 14, 26, 30]);
    if (index === 0) {
      grid.before = [
        { kind: 'paragraph', text: `${r.unit.name}${r.year}年度项目支出绩效运行监控表（${X}）`, style: 'title' },
        { kind: 'paragraph', text: `单位：${r.unit.code}${r.unit.name}　截至：${r.asOf}　金额单位：万元　报告状态：${STATE_LABEL[r.report.state].zh}${r.report.frozen ? '（数据已于审批时冻结）' : ''}`, style: 'body' },
      ];
    }
    layout.push(grid);
  });

  const d = new GridBuilder(9);
  d.row();
  for (const h of ['序号', '项目', '调整后预算数', `${X}执行数`, '执行率', '资金预警', '指标预警（红/黄/绿/蓝/无）', '完成目标可能性（确定能/有可能/完全不可能/未判断）', '偏差原因']) d.cell(h, 'header');
  r.department.projects.forEach((s, n) => {
    const p = r.projects.find((x) => x.code === s.code)!;
    d.row()
      .cell(String(n + 1), 'percent')
      .cell(`${s.name}\n${s.code}`, 'text')
      .cell(wanText(p.money.budget), 'amount', { number: wan(p.money.budget) })
      .cell(wanText(p.money.spent), 'amount', { number: wan(p.money.spent) })
      .cell(percentText(s.executionRate), 'percent')
      .cell(LIGHT_LABEL[s.moneyLight], 'label')
      .cell(`${s.lights.red}/${s.lights.yellow}/${s.lights.green}/${s.lights.blue}/${s.lights.none}`, 'percent')
      .cell(`${s.likelihoods.确定能}/${s.likelihoods.有可能}/${s.likelihoods.完全不可能}/${s.likelihoods.未判断}`, 'percent')
      .cell(s.causes.map((c) => `${c.indicator}：${c.cause}`).join('\n'), 'text');
  });
  const t = r.department;
  d.row()
    .cell('合计', 'label', { colSpan: 2 })
    .cell(wanText(t.money.budget), 'amount', { number: wan(t.money.budget) })
    .cell(wanText(t.money.spent), 'amount', { number: wan(t.money.spent) })
    .cell(percentText(t.money.executionRate), 'percent')
    .cell(LIGHT_LABEL[t.money.light], 'label')
    .cell(`${t.lights.red}/${t.lights.yellow}/${t.lights.green}/${t.lights.blue}/${t.lights.none}`, 'percent')
    .cell(`${t.likelihoods.确定能}/${t.likelihoods.有可能}/${t.likelihoods.完全不可能}/${t.likelihoods.未判断}`, 'percent')
    .cell('', 'text');
  d.row().rest('单位负责人（签字）：　　　　　　财务负责人（签字）：　　　　　　填报人：　　　　　　填报日期：　　年　　月　　日', 'text');
  layout.push(d.build(safeSheetName('部门汇总', taken), `部门汇总（${X}）`, [6, 24, 12, 12, 10, 10, 16, 20, 36]));
  return layout;
}
