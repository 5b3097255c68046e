import type { TGoalBook, TIndicator, TProject, TTitledItem } from '../../contract/goal-book.js';
import { formatFen, isExactInUnit, yuanToFen, type MoneyUnit } from '../../core/money.js';
import { GridBuilder, safeSheetName, type DocumentLayout, type GridLayout, type ParagraphLayout } from './layout.js';

/**
 * The standard goal tables laid out as the paper document has them: 第一部分 narrative, then one
 * 绩效目标表 per project with the unit row, 项目编码/名称, 预算数 with 财政资金/其他资金, 资金用途, the
 * 资金支出计划 block, 绩效目标 and the indicator table with merged category cells. Importing what this
 * lays out gives back the same goal book.
 */

const INDICATOR_HEADERS = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

/** One paragraph per line: an item's continuation lines follow it unnumbered, as in the document. */
function bodyParagraphs(items: string[]): ParagraphLayout[] {
  return items.flatMap((item) => item.split('\n').map((text): ParagraphLayout => ({ kind: 'paragraph', text, style: 'body' })));
}

const titled = (item: TTitledItem, i: number) => `(${i + 1}).${item.title ? `${item.title}：` : ''}${item.text}`;

function moneyUnitFor(project: TProject): MoneyUnit {
  const { total, fiscal, other } = project.budget;
  return [total, fiscal, other].every((yuan) => isExactInUnit(yuanToFen(yuan), '万元')) ? '万元' : '元';
}

function amountText(yuan: number, unit: MoneyUnit): { text: string; number: number } {
  const text = formatFen(yuanToFen(yuan), unit);
  return { text, number: Number(text) };
}

/** Runs of equal values: [start, length] pairs, used for merged category cells. */
export function runs<T>(items: T[], key: (item: T) => string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || key(items[i]!) !== key(items[start]!)) {
      out.push([start, i - start]);
      start = i;
    }
  }
  return out;
}

function indicatorRows(g: GridBuilder, indicators: TIndicator[], withWeight: boolean): void {
  const level1Spans = new Map<number, number>();
  const level2Spans = new Map<number, number>();
  for (const [start, length] of runs(indicators, (i) => i.level1)) {
    level1Spans.set(start, length);
    const group = indicators.slice(start, start + length);
    for (const [s2, l2] of runs(group, (i) => i.level2)) level2Spans.set(start + s2, l2);
  }
  indicators.forEach((indicator, i) => {
    const ref = (field: string) => ({ ref: { indicatorIndex: i, field } });
    g.row();
    const l1 = level1Spans.get(i);
    if (l1 !== undefined) g.cell(indicator.level1, 'label', { rowSpan: l1, ...ref('level1') });
    const l2 = level2Spans.get(i);
    if (l2 !== undefined) g.cell(indicator.level2, 'label', { rowSpan: l2, ...ref('level2') });
    g.cell(indicator.name, 'text', ref('name')).cell(indicator.description, 'text', ref('description')).cell(indicator.target.raw, 'value', ref('target'));
    if (withWeight) g.cell(indicator.basis, 'text', ref('basis')).rest(indicator.weight === undefined ? '' : String(indicator.weight), 'value', { indicatorIndex: i, field: 'weight' });
    else g.rest(indicator.basis, 'text', { indicatorIndex: i, field: 'basis' });
  });
}

function indicatorHeader(g: GridBuilder, withWeight: boolean): void {
  g.row();
  const headers = withWeight ? [...INDICATOR_HEADERS, '分值'] : INDICATOR_HEADERS;
  headers.forEach((h, i) => (i === headers.length - 1 ? g.rest(h, 'header') : g.cell(h, 'header')));
}

const hasWeight = (indicators: TIndicator[]) => indicators.some((i) => i.weight !== undefined);

const INDICATOR_COLUMN_WIDTHS = [10, 14, 22, 24, 12, 14, 8];

/** One project's 绩效目标表 as the paper form lays it out; the web renders this same grid. */
export function projectGrid(unit: TGoalBook['unit'], project: TProject, n: number, taken: Set<string> = new Set()): GridLayout {
  const withWeight = hasWeight(project.indicators);
  const width = Math.max(7, project.spendingPlan.length + 1, INDICATOR_HEADERS.length + (withWeight ? 1 : 0));
  const moneyUnit = moneyUnitFor(project);
  const g = new GridBuilder(width);
  g.row().cell(`${unit.code}${unit.name}`, 'text', { colSpan: width - 2 }).rest(`单位：${moneyUnit}`, 'text');
  const codeSpan = Math.floor((width - 2) / 2);
  g.row().cell('项目编码', 'label').cell(project.code, 'value', { colSpan: codeSpan, ref: { field: 'code' } }).cell('项目名称', 'label').rest(project.name, 'value', { field: 'name' });
  const total = amountText(project.budget.total, moneyUnit);
  const fiscal = amountText(project.budget.fiscal, moneyUnit);
  const other = amountText(project.budget.other, moneyUnit);
  g.row()
    .cell('预算规模及资金用途', 'label', { rowSpan: 2 })
    .cell('预算数', 'label')
    .cell(total.text, 'amount', { number: total.number, ref: { field: 'budget' } })
    .cell('其中：财政资金', 'label')
    .cell(fiscal.text, 'amount', { number: fiscal.number, ref: { field: 'budget' } })
    .cell('其他资金', 'label');
  // "其他资金" left empty when there is none, as the forms do
  g.rest(project.budget.other === 0 ? '' : other.text, 'amount', { field: 'budget' });
  g.row().rest(project.purpose, 'text', { field: 'purpose' });

  const plan = project.spendingPlan;
  g.row().cell('资金支出计划（%）', 'label', { rowSpan: 2 });
  if (plan.length === 0) g.rest('', 'header');
  plan.forEach((m, i) => (i === plan.length - 1 ? g.rest(`${m.month}月底`, 'header') : g.cell(`${m.month}月底`, 'header')));
  g.row();
  if (plan.length === 0) g.rest('', 'percent');
  plan.forEach((m, i) => (i === plan.length - 1 ? g.rest(`${m.cumulativePercent}%`, 'percent') : g.cell(`${m.cumulativePercent}%`, 'percent')));

  g.row().cell('绩效目标', 'label').rest(project.goals.map((goal, i) => `${i + 1}.${goal}`).join('\n'), 'text', { field: 'goals' });
  indicatorHeader(g, withWeight);
  indicatorRows(g, project.indicators, withWeight);

  const title = `${n}.${project.name.replace(/\s+/g, ' ').trim()}绩效目标表`;
  const widths = Array.from({ length: width }, (_, i) => INDICATOR_COLUMN_WIDTHS[i] ?? 10);
  return g.build(safeSheetName(`${n}.${project.name}`, taken), title, widths);
}

function departmentIndicatorGrid(indicators: TIndicator[], taken: Set<string>): GridLayout {
  const withWeight = hasWeight(indicators);
  const width = INDICATOR_HEADERS.length + (withWeight ? 1 : 0);
  const g = new GridBuilder(width);
  indicatorHeader(g, withWeight);
  indicatorRows(g, indicators, withWeight);
  return g.build(safeSheetName('部门整体支出绩效目标表', taken), '部门整体支出绩效目标表', INDICATOR_COLUMN_WIDTHS.slice(0, width));
}

export function documentTitle(book: TGoalBook): string {
  return `${book.unit.code}${book.unit.name} ${book.year}年度部门预算绩效目标`;
}

export function layoutGoalBook(book: TGoalBook): DocumentLayout {
  const taken = new Set<string>();
  const dg = book.departmentGoals;
  const paragraphs: ParagraphLayout[] = [
    { kind: 'paragraph', text: documentTitle(book), style: 'title' },
    { kind: 'paragraph', text: '第一部分 部门整体绩效目标', style: 'part' },
    { kind: 'paragraph', text: '一、总体绩效目标', style: 'heading' },
    ...bodyParagraphs(dg.summary ? [dg.summary] : []),
    ...bodyParagraphs(dg.overall.map((item, i) => `(${i + 1}).${item}`)),
    { kind: 'paragraph', text: '二、分项绩效目标', style: 'heading' },
    ...bodyParagraphs(dg.areas.map(titled)),
    { kind: 'paragraph', text: '三、工作保障措施', style: 'heading' },
    ...bodyParagraphs(dg.safeguards.map(titled)),
  ];
  const layout: DocumentLayout = [{ kind: 'text', sheetName: safeSheetName('部门整体绩效目标', taken), paragraphs }];
  if (dg.indicators && dg.indicators.length > 0) layout.push(departmentIndicatorGrid(dg.indicators, taken));
  book.projects.forEach((project, i) => {
    const grid = projectGrid(book.unit, project, i + 1, taken);
    if (i === 0) grid.before = [{ kind: 'paragraph', text: '第二部分 预算项目绩效目标', style: 'part' }];
    layout.push(grid);
  });
  return layout;
}
