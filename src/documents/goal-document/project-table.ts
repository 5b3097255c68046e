import type { TIndicator, TProject, TSpendingMilestone } from '../../contract/goal-book.js';
import { parseAmountToFen, fenToYuan, toHalfWidth, type MoneyUnit } from '../../core/money.js';
import type { DocumentLocation } from '../../core/errors.js';
import type { Cell, Row, TableBlock } from '../blocks.js';
import { locate, type ParseContext } from './context.js';
import { amountWithUnit, isUnitKeyLabel, moneyUnitIn, unitIn } from './document-facts.js';
import { detectIndicatorHeader, readIndicatorRow, rowReader, type IndicatorHeader, type IndicatorRowState } from './indicator-table.js';
import { levelKindOf } from './levels.js';
import { indicatorFieldOf, monthOfPlanHeader, normalizeLabel, PROJECT_LABEL_TEXT, projectLabelOf, type ProjectLabel } from './labels.js';

interface Located {
  text: string;
  loc: DocumentLocation;
}

type Section = 'head' | 'budget' | 'plan' | 'goals' | 'indicators';

/** A project table being read, row by row, possibly across several Word tables or sheets. */
export interface ProjectDraft {
  /** the title paragraph without its number, e.g. 法律援助绩效目标表 */
  title: string | undefined;
  start: DocumentLocation;
  unit?: { code: string; name: string; loc: DocumentLocation };
  moneyUnit?: MoneyUnit;
  /** the money unit a paragraph before the table stated ("315002乐亭县司法局　　单位：万元") */
  paragraphMoneyUnit?: MoneyUnit;
  code?: Located;
  name?: Located;
  total?: Located;
  fiscal?: Located;
  other?: Located;
  purpose: string;
  planMonths: Map<number, number> | null;
  plan: TSpendingMilestone[];
  planLoc?: DocumentLocation;
  goalsText: string;
  /** the 年度目标 column of a 中长期目标 | 年度目标 header: the goals are in the row below */
  goalsColumn?: number;
  indicators: TIndicator[];
  header: IndicatorHeader | null;
  /** the header of the project before it in the same flat table */
  inheritedHeader?: IndicatorHeader;
  section: Section;
  rowState: IndicatorRowState;
  previousRow: Row | undefined;
}

/**
 * A new project draft. In a flat table holding several projects, the one before hands on what the
 * table states once: its unit, money unit and indicator header (the header row is often given only
 * above the first project).
 */
export function startProjectDraft(title: string | undefined, start: DocumentLocation, before: ProjectDraft | null = null): ProjectDraft {
  return {
    ...(before?.unit ? { unit: before.unit } : {}),
    ...(before?.moneyUnit ? { moneyUnit: before.moneyUnit } : {}),
    ...(before?.header ? { inheritedHeader: before.header } : {}),
    title,
    start,
    purpose: '',
    planMonths: null,
    plan: [],
    goalsText: '',
    indicators: [],
    header: null,
    section: 'head',
    rowState: { level1: '', level2: '' },
    previousRow: undefined,
  };
}

const HEAD_LABELS = new Set<ProjectLabel>(['code', 'name', 'total', 'fiscal', 'other']);
const LONG_TERM_GOALS = /^(?:中长期|长期|中期)(?:绩效)?目标$/u;
const UNIT_CELL = /^(\d{6,})\s*([\u4e00-\u9fa5].*)$/u;

/** Under a header carried over from the project before: a row whose level column names a level. */
function startsIndicatorRow(row: Row, header: IndicatorHeader): boolean {
  if (row.cells.some((c) => projectLabelOf(c.text) !== undefined)) return false;
  const { text } = rowReader(row, header);
  return levelKindOf(text('level1')) !== undefined || levelKindOf(text('level2')) !== undefined;
}

const isBlank = (cell: Cell) => cell.mergedFromAbove === true || cell.text === '';

/** True when the row starts another project (a 项目编码, 项目名称 or unit row after this project's own). */
export function rowStartsNewProject(draft: ProjectDraft, row: Row): boolean {
  if (draft.code === undefined && draft.indicators.length === 0) return false;
  return row.cells.some((c) => {
    const label = projectLabelOf(c.text);
    if (label === 'code') return draft.code !== undefined;
    if (label === 'name') return draft.name !== undefined && draft.indicators.length > 0;
    return UNIT_CELL.test(normalizeLabel(c.text)) && (draft.code !== undefined || draft.indicators.length > 0);
  });
}

/** Feed one table row to the project being read. */
export function readProjectRow(ctx: ParseContext, draft: ProjectDraft, table: TableBlock, row: Row): void {
  const where = (cell?: Cell, field?: string) => locate(table, draft.title, row, cell, field);
  const previous = draft.previousRow;
  draft.previousRow = row;
  if (row.cells.every(isBlank)) return;

  // a flat table: 项目名称/项目编码/预算数 rows between or after the header belong to the project's head
  const headRow = row.cells.some((c) => HEAD_LABELS.has(projectLabelOf(c.text) ?? 'purpose'));
  if (draft.section === 'indicators' && headRow) draft.section = 'head';
  if (draft.section !== 'indicators' || draft.header === null) {
    const header = detectIndicatorHeader(row, previous);
    if (header) {
      draft.header = header;
      draft.section = 'indicators';
      draft.rowState = { level1: '', level2: '' };
      return;
    }
  } else {
    // a second header row inside the indicator section (a repeated header after a page break) is skipped
    if (detectIndicatorHeader(row, undefined)) return;
    const indicator = readIndicatorRow(ctx, table, draft.title, row, draft.header, draft.rowState);
    if (indicator) draft.indicators.push(indicator);
    return;
  }

  const known = draft.header ?? draft.inheritedHeader;
  if (known && !headRow && startsIndicatorRow(row, known)) {
    if (draft.header !== known) draft.rowState = { level1: '', level2: '' };
    draft.header = known;
    draft.section = 'indicators';
    const indicator = readIndicatorRow(ctx, table, draft.title, row, draft.header, draft.rowState);
    if (indicator) draft.indicators.push(indicator);
    return;
  }

  let understood = false;
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (isBlank(cell)) continue;
    const normalized = normalizeLabel(cell.text);
    if (isUnitKeyLabel(normalized)) {
      const next = cells[i + 1];
      const unit = next ? unitIn(next.text) : undefined;
      if (unit) {
        draft.unit = { ...unit, loc: where(next, '单位') };
        i++;
      }
      understood = true;
      continue;
    }
    const unitMatch = UNIT_CELL.exec(normalized);
    const unit = unitMatch || /[:：\[【(（-]/u.test(normalized) ? unitIn(cell.text) : undefined;
    if (unit && !projectLabelOf(cell.text)) {
      draft.unit = { ...unit, loc: where(cell, '单位') };
      // "315002乐亭县司法局　　单位：万元" in one cell
      const money = moneyUnitIn(cell.text);
      if (money) draft.moneyUnit = money;
      understood = true;
      continue;
    }
    const after = cells[i + 1];
    if (/^(?:金额|资金)?单位$/u.test(normalized) && after && /^(?:万元|元)$/u.test(normalizeLabel(after.text))) {
      // 金额单位 | 万元 in two cells
      draft.moneyUnit = normalizeLabel(after.text) as MoneyUnit;
      understood = true;
      i++;
      continue;
    }
    const money = moneyUnitIn(cell.text);
    if (money && !projectLabelOf(cell.text)) {
      draft.moneyUnit = money;
      understood = true;
      continue;
    }
    if (money) draft.moneyUnit ??= money;
    const label = projectLabelOf(cell.text);
    if (!label) continue;
    understood = true;
    const next = cells[i + 1];
    const nextIsValue = next !== undefined && projectLabelOf(next.text) === undefined;
    const take = (): Located | undefined => {
      if (!nextIsValue || !next) return undefined;
      i++;
      return { text: next.mergedFromAbove ? '' : next.text, loc: where(next, PROJECT_LABEL_TEXT[label]) };
    };
    switch (label as ProjectLabel) {
      case 'code':
        draft.code = take() ?? { text: '', loc: where(cell, '项目编码') };
        break;
      case 'name':
        draft.name = take() ?? { text: '', loc: where(cell, '项目名称') };
        break;
      case 'total':
        draft.total = take() ?? { text: '', loc: where(cell, '预算数') };
        draft.section = 'budget';
        break;
      case 'fiscal':
        draft.fiscal = take() ?? { text: '', loc: where(cell, '财政资金') };
        break;
      case 'other':
        draft.other = take() ?? { text: '', loc: where(cell, '其他资金') };
        break;
      case 'purpose':
        draft.purpose = take()?.text ?? '';
        break;
      case 'budgetGroup':
        draft.section = 'budget';
        break;
      case 'plan': {
        const months = new Map<number, number>();
        for (const c of cells.slice(i + 1)) {
          const month = monthOfPlanHeader(c.text);
          if (month !== undefined) months.set(c.col, month);
          else if (c.text !== '') ctx.warn(where(c, '资金支出计划'), `无法识别的计划月份“${c.text}”，已忽略`);
        }
        draft.planMonths = months;
        draft.planLoc = where(cell, '资金支出计划');
        draft.section = 'plan';
        i = cells.length;
        break;
      }
      case 'goals': {
        const rest = cells.slice(i + 1).filter((c) => !isBlank(c));
        const longTerm = rest.some((c) => LONG_TERM_GOALS.test(normalizeLabel(c.text)));
        const annual = [cell, ...rest].filter((c) => projectLabelOf(c.text) === 'goals').pop();
        if (longTerm && annual && annual !== cell) {
          // 绩效目标 | 中长期目标 | 年度目标, the texts in the row below: the annual one is the year's goals
          draft.goalsColumn = annual.col;
          draft.section = 'goals';
        } else {
          draft.goalsText = rest.filter((c) => !LONG_TERM_GOALS.test(normalizeLabel(c.text))).map((c) => c.text).join('\n');
          draft.section = 'head';
        }
        i = cells.length;
        break;
      }
    }
  }
  if (understood) return;

  const filled = cells.filter((c) => !isBlank(c));
  if (draft.section === 'goals' && draft.goalsColumn !== undefined) {
    const col = draft.goalsColumn;
    draft.goalsText = filled.find((c) => c.col <= col && col < c.col + c.span)?.text ?? '';
    draft.section = 'head';
    return;
  }
  if (draft.section === 'plan' && draft.planMonths) {
    for (const c of filled) {
      const month = draft.planMonths.get(c.col);
      if (month === undefined) {
        ctx.warn(where(c, '资金支出计划'), `计划比例“${c.text}”没有对应的月份，已忽略`);
        continue;
      }
      const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(toHalfWidth(c.text.normalize('NFKC')).replace(/\s+/g, ''));
      if (!m) ctx.fail(where(c, '资金支出计划'), `“${c.text}”不是有效的累计支出比例（应为如 25% 的百分比）`);
      draft.plan.push({ month, cumulativePercent: Number(m[1]) });
    }
    draft.planMonths = null;
    draft.section = 'head';
    return;
  }
  // the upper row of a two-row indicator header (一级指标 | 中长期绩效指标 | 年度绩效指标): read with the row below
  if (filled.some((c) => indicatorFieldOf(c.text) !== undefined) && filled.every((c) => indicatorFieldOf(c.text) !== undefined || /绩效指标$/u.test(c.text))) return;
  if (draft.section === 'budget' && filled.length === 1) {
    draft.purpose = filled[0]!.text;
    return;
  }
  ctx.warn(where(filled[0]), `无法识别的行“${filled.map((c) => c.text).join(' | ').slice(0, 40)}”，已忽略`);
}

function splitNumbered(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(?:\d+|[（(]\d+[)）])\s*[.．、)）]\s*(.*)$/u.exec(line);
    if (m) items.push(m[1]!.trim());
    else if (items.length > 0) items[items.length - 1] += '\n' + line.trim();
    else if (line.trim() !== '') items.push(line.trim());
  }
  return items.filter((s) => s !== '');
}

/** Finish a project: check what must be there and turn amounts into 元. */
export function finishProject(ctx: ParseContext, draft: ProjectDraft, defaultMoneyUnit: MoneyUnit | undefined): TProject {
  const title = draft.title ? { ...draft.start, tableTitle: draft.title } : draft.start;
  if (!draft.code || draft.code.text === '') ctx.fail(draft.code?.loc ?? title, '缺少项目编码');
  if (!draft.name || draft.name.text === '') ctx.fail(draft.name?.loc ?? title, '缺少项目名称');
  if (!draft.total) ctx.fail(title, '缺少预算数（未找到“预算数”一栏）');
  const written = [draft.total, draft.fiscal, draft.other].some((v) => v !== undefined && amountWithUnit(v.text).unit !== undefined);
  let moneyUnit = draft.moneyUnit ?? defaultMoneyUnit;
  if (!moneyUnit) {
    if (!written) ctx.warn(title, '未注明金额单位，按万元处理');
    moneyUnit = '万元';
  }
  const amount = (value: Located | undefined, field: string): number => {
    if (!value || value.text === '') {
      if (field === '预算数') ctx.fail(value?.loc ?? title, '预算数为空');
      return 0;
    }
    // "10000万元": the unit written in the cell wins over the table's
    const own = amountWithUnit(value.text);
    const unit = own.unit ?? moneyUnit;
    const fen = parseAmountToFen(own.text, unit);
    if (fen === null) ctx.fail(value.loc, `“${value.text}”不是有效金额（单位：${unit}，最多精确到分）`);
    return fenToYuan(fen);
  };
  if (draft.header === null) ctx.fail(title, '缺少绩效指标表（未找到“一级指标、二级指标、三级指标、指标值”等表头）');
  if (draft.indicators.length === 0) ctx.fail(title, '绩效指标表没有任何指标（文件可能不完整）');
  if (draft.planMonths !== null && draft.plan.length === 0 && draft.planLoc) {
    ctx.warn(draft.planLoc, '资金支出计划只有月份，没有比例');
  }
  return {
    code: draft.code.text.replace(/\s+/g, ''),
    name: draft.name.text,
    budget: {
      total: amount(draft.total, '预算数'),
      fiscal: amount(draft.fiscal, '财政资金'),
      other: amount(draft.other, '其他资金'),
    },
    purpose: draft.purpose,
    spendingPlan: draft.plan,
    goals: splitNumbered(draft.goalsText),
    indicators: draft.indicators,
  };
}
