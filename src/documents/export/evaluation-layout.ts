import type { TEvaluation, TEvaluationIndicator, TEvaluationProject } from '../../contract/api/evaluation-api.js';
import { formatFen, yuanToFen } from '../../core/money.js';
import { runs } from './goal-book-layout.js';
import { GridBuilder, safeSheetName, type DocumentLayout, type GridLayout, type ParagraphLayout } from './layout.js';

/**
 * 项目支出绩效自评表 (财预〔2020〕10号 附件) per project in the standard layout — header 项目名称 /
 * 主管部门 / 实施单位, the money block (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分 with rows
 * 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金), 年度总体目标 (预期目标 / 实际完成情况), the
 * indicator block and 总分 — preceded by the 部门整体支出绩效自评表 ranking the projects. Reading the file
 * back (documents/evaluation/read-evaluation-tables.ts) gives the same scores.
 */

export const EVALUATION_INDICATOR_HEADERS = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const WIDTHS = [10, 10, 12, 22, 12, 14, 7, 7, 18, 18];

const wan = (yuan: number) => {
  const text = formatFen(yuanToFen(yuan), '万元', 6).replace(/\.?0+$/, '');
  return { text, number: Number(text) };
};
const pct = (rate: number) => `${(Math.round(rate * 10000) / 100).toFixed(2)}%`;
const num = (n: number | null) => (n === null ? '缺失' : String(n));

export function actualText(i: TEvaluationIndicator): string {
  if (i.actual !== null) return `${i.actual}${i.target.unit && i.target.unit !== '年底' ? i.target.unit : ''}`;
  return i.assessment ?? '缺失';
}

function projectGrid(e: TEvaluation, p: TEvaluationProject, taken: Set<string>): GridLayout {
  const g = new GridBuilder(10);
  g.row().cell('项目名称', 'label').rest(p.name, 'text');
  g.row().cell('主管部门', 'label').cell(e.unit.name, 'text', { colSpan: 4 }).cell('实施单位', 'label').rest(e.unit.name, 'text');
  g.row().cell('项目资金（万元）', 'label', { rowSpan: 5 }).cell('', 'header', { colSpan: 2 });
  for (const h of ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率']) g.cell(h, 'header');
  g.rest('得分', 'header');
  const money = (label: string, initial: number | null, inForce: number | null, spent: number | null, scored: boolean) => {
    g.row().cell(label, 'label', { colSpan: 2 });
    for (const v of [initial, inForce, spent]) {
      if (v === null) g.cell('—', 'value');
      else {
        const w = wan(v);
        g.cell(w.text, 'amount', { number: w.number });
      }
    }
    if (scored) g.cell(String(p.executionWeight), 'value').cell(pct(p.executionRate), 'percent').rest(String(p.executionScore), 'value');
    else g.cell('—', 'value').cell('—', 'value').rest('—', 'value');
  };
  money('年度资金总额', p.initialBudget, p.budget, p.spent, true);
  // payments carry no fund source split of the budget in force: the split rows show what the goal book says
  const onlyFiscal = p.budgetOther === 0;
  money('其中：当年财政拨款', p.budgetFiscal, onlyFiscal ? p.budget : null, onlyFiscal ? p.spent : null, false);
  money('上年结转资金', 0, onlyFiscal ? 0 : null, onlyFiscal ? 0 : null, false);
  money('其他资金', p.budgetOther, onlyFiscal ? 0 : null, onlyFiscal ? 0 : null, false);
  g.row().cell('年度总体目标', 'label', { rowSpan: 2 }).cell('预期目标', 'header', { colSpan: 4 }).rest('实际完成情况', 'header');
  g.row()
    .cell(p.goals.map((t, n) => (p.goals.length > 1 ? `${n + 1}.${t}` : t)).join('\n'), 'text', { colSpan: 4 })
    .rest(p.actualResults, 'text');
  g.row().cell('绩效指标', 'label', { rowSpan: p.indicators.length + 1 });
  EVALUATION_INDICATOR_HEADERS.slice(0, -1).forEach((h) => g.cell(h, 'header'));
  g.rest(EVALUATION_INDICATOR_HEADERS.at(-1)!, 'header');
  const l1 = new Map<number, number>();
  const l2 = new Map<number, number>();
  for (const [s, n] of runs(p.indicators, (i) => i.level1)) {
    l1.set(s, n);
    for (const [s2, n2] of runs(p.indicators.slice(s, s + n), (i) => i.level2)) l2.set(s + s2, n2);
  }
  p.indicators.forEach((i, n) => {
    g.row();
    if (l1.has(n)) g.cell(i.level1, 'label', { rowSpan: l1.get(n)! });
    if (l2.has(n)) g.cell(i.level2, 'label', { rowSpan: l2.get(n)! });
    g.cell(i.name, 'text').cell(i.target.raw, 'value').cell(actualText(i), 'value').cell(String(i.weight), 'value').cell(num(i.score), 'value');
    const notes = [i.deviation ?? '', i.differs ? `计算得分 ${num(i.computedScore)}，签署得分理由：${i.signReason ?? ''}` : ''].filter(Boolean).join('\n');
    g.rest(notes, 'text');
  });
  g.row().cell('总分', 'label', { colSpan: 6 }).cell('100', 'value').cell(num(p.total), 'value').rest(p.grade ? `自评等级：${p.grade}` : `缺 ${p.missing} 项实际完成值`, 'text');
  const before: ParagraphLayout[] = [
    { kind: 'paragraph', text: '项目支出绩效自评表', style: 'heading' },
    { kind: 'paragraph', text: `（${e.year}年度）　项目编码：${p.code}`, style: 'body' },
  ];
  return { ...g.build(safeSheetName(p.name, taken), `${p.name}绩效自评表`, WIDTHS), before };
}

function departmentGrid(e: TEvaluation, taken: Set<string>): GridLayout {
  const d = e.department;
  const g = new GridBuilder(9);
  g.row();
  for (const h of ['排名', '项目编码', '项目名称', '全年预算数（万元）', '全年执行数（万元）', '执行率', '总分', '自评等级', '未完成指标']) g.cell(h, 'header');
  for (const r of d.ranking) {
    const p = e.projects.find((x) => x.code === r.code)!;
    const b = wan(p.budget);
    const s = wan(p.spent);
    g.row()
      .cell(String(r.rank), 'value')
      .cell(r.code, 'text')
      .cell(r.name, 'text')
      .cell(b.text, 'amount', { number: b.number })
      .cell(s.text, 'amount', { number: s.number })
      .cell(pct(p.executionRate), 'percent')
      .cell(num(r.total), 'value')
      .cell(r.grade ?? '—', 'value')
      .cell(p.indicators.filter((i) => i.met === false).map((i) => i.name).join('、'), 'text');
  }
  const b = wan(d.budget);
  const s = wan(d.spent);
  g.row().cell('合计', 'label', { colSpan: 3 }).cell(b.text, 'amount', { number: b.number }).cell(s.text, 'amount', { number: s.number }).cell(pct(d.executionRate), 'percent').cell(num(d.averageTotal), 'value').cell(d.grade ?? '—', 'value').cell('总分为各项目按全年预算数加权平均', 'text');
  const before: ParagraphLayout[] = [
    { kind: 'paragraph', text: `${e.unit.name}${e.year}年度部门整体支出绩效自评表`, style: 'title' },
    { kind: 'paragraph', text: `单位：${e.unit.code}${e.unit.name}。共 ${d.projects} 个项目，${d.complete} 个得分完整；评分规则：${e.scheme.rounding === 'cut-1' ? '保留一位小数（截尾）' : '保留两位小数'}。`, style: 'body' },
  ];
  return { ...g.build(safeSheetName('部门整体自评', taken), '部门整体支出绩效自评表（项目排名）', [6, 22, 30, 14, 14, 10, 8, 8, 30]), before };
}

export function layoutEvaluation(e: TEvaluation): DocumentLayout {
  const taken = new Set<string>();
  return [departmentGrid(e, taken), ...e.projects.map((p) => projectGrid(e, p, taken))];
}
