import type { TImportedEvaluation, TImportedEvaluationIndicator, TImportedEvaluationProject } from '../../contract/imported-evaluation.js';
import { DocumentError, type DocumentLocation } from '../../core/errors.js';
import { fenToYuan, parseAmountToFen, toHalfWidth, type MoneyUnit } from '../../core/money.js';
import { parseTarget } from '../../core/target.js';
import type { BlockDocument, Cell, Row, TableBlock } from '../blocks.js';
import { locate, ParseContext } from '../goal-document/context.js';
import { amountWithUnit, filledOnYear, isShortLine, isUnitKeyLabel, moneyUnitIn, unitIn, yearInHeading } from '../goal-document/document-facts.js';
import { detectIndicatorHeader, readIndicatorRow, rowReader, type IndicatorHeader } from '../goal-document/indicator-table.js';
import { normalizeLabel, projectLabelOf } from '../goal-document/labels.js';
import { joinSplitLabels } from '../goal-document/split-labels.js';

/**
 * Blocks → a self-evaluation (项目支出绩效自评表), found by its labels as the goal parser finds a goal
 * table: 项目名称 starts a project; the money block's header (年初预算数, 全年预算数 or 调整后预算数,
 * 全年执行数 or 预算执行数, 分值, 执行率, 得分 — in any order) names the columns of the row below; the
 * indicator header (一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 — in any order)
 * the indicator rows, up to 总分. Targets are read as the goal book reads them; actuals as written,
 * with their number where they have one.
 */

type MoneyField = 'initial' | 'total' | 'spent' | 'rate' | 'weight' | 'score';

const MONEY_LABELS: Record<string, MoneyField> = {
  年初预算数: 'initial',
  年初预算: 'initial',
  年初安排数: 'initial',
  年初安排金额: 'initial',
  全年预算数: 'total',
  调整后预算数: 'total',
  全年预算: 'total',
  预算调整数: 'total',
  全年预算数A: 'total',
  全年执行数: 'spent',
  预算执行数: 'spent',
  全年执行数B: 'spent',
  实际支出数: 'spent',
  执行数: 'spent',
  执行率: 'rate',
  预算执行率: 'rate',
  '执行率B/A': 'rate',
  分值: 'weight',
  权重: 'weight',
  得分: 'score',
};

const moneyFieldOf = (text: string): MoneyField | undefined => MONEY_LABELS[normalizeLabel(text).replace(/[（(][A-Z/]+[)）]$/u, '')];

const TOTAL_ROW = /^(?:总分|合计|总计|综合得分)$/u;
const TITLE = /自评表|评价表/u;

interface Draft {
  name: string;
  code: string;
  loc: DocumentLocation;
  moneyUnit?: MoneyUnit;
  money: Partial<Record<MoneyField, { text: string; loc: DocumentLocation }>>;
  moneyHeader: Map<MoneyField, number> | null;
  header: IndicatorHeader | null;
  indicators: TImportedEvaluationIndicator[];
  total: number | null;
  done: boolean;
}

const cellAt = (row: Row, col: number): Cell | undefined => row.cells.find((c) => c.col <= col && col < c.col + c.span);

/** "95.00%" → 95, "9.5分" → 9.5, "" → null. */
function numberOf(text: string | undefined): number | null {
  const t = toHalfWidth((text ?? '').normalize('NFKC')).replace(/[\s,]/g, '').replace(/[%分]$/u, '');
  if (t === '' || !/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Whether the blocks hold a self-evaluation table: a 自评表 title or an indicator header with 实际完成值. */
export function isEvaluationDocument(doc: BlockDocument): boolean {
  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') continue;
    let previous: Row | undefined;
    for (const written of block.rows.slice(0, 60)) {
      const row = joinSplitLabels(written);
      const header = detectIndicatorHeader(row, previous);
      if (header && header.has('actual')) return true;
      previous = row;
    }
  }
  return doc.blocks.some((b) => b.kind === 'paragraph' && isShortLine(b.text) && TITLE.test(b.text) && !/绩效目标/u.test(b.text));
}

export interface EvaluationParseOptions {
  fileName?: string;
  year?: number;
}

export function parseEvaluationDocument(doc: BlockDocument, options: EvaluationParseOptions = {}): TImportedEvaluation {
  const ctx = new ParseContext();
  const drafts: Draft[] = [];
  let draft: Draft | null = null;
  let unit: { code: string; name: string } | undefined;
  let unitName: string | undefined;
  let moneyUnit: MoneyUnit | undefined;
  let pendingCode = '';
  let headingYear: number | undefined;
  let filledYear: number | undefined;

  const facts = (text: string, inTable: boolean) => {
    if (!isShortLine(text)) return;
    headingYear ??= yearInHeading(text);
    filledYear ??= filledOnYear(text);
    if (!inTable) {
      const u = unitIn(text);
      if (u) unit ??= u;
    }
    const money = moneyUnitIn(text);
    if (money) {
      if (draft && !inTable) draft.moneyUnit ??= money;
      moneyUnit ??= money;
    }
    const code = /项目(?:编码|代码|编号)[:：]\s*([0-9A-Za-z\-_]+)/u.exec(text.normalize('NFKC'));
    if (code && !inTable) pendingCode = code[1]!;
  };

  const readTableRows = (table: TableBlock) => {
    let previous: Row | undefined;
    for (const written of table.rows) {
      const row = joinSplitLabels(written);
      for (const c of row.cells) if (c.text) facts(c.text, true);
      readRow(table, row, previous);
      previous = row;
    }
  };

  const readRow = (table: TableBlock, row: Row, previous: Row | undefined) => {
    const where = (cell?: Cell, field?: string) => locate(table, draft?.name, row, cell, field);
    const cells = row.cells.filter((c) => !c.mergedFromAbove && c.text !== '');
    if (cells.length === 0) return;
    const first = cells[0]!;
    const labelAt = cells.findIndex((c) => projectLabelOf(c.text) === 'name');
    const after = cells[labelAt + 1];
    // 排名 | 项目编码 | 项目名称 | 全年预算数 …: the header of a list of projects, not a project
    const listHeader = after !== undefined && (projectLabelOf(after.text) !== undefined || moneyFieldOf(after.text) !== undefined);
    if (labelAt >= 0 && listHeader) return;
    if (labelAt >= 0 && (!draft || draft.header !== null || draft.name !== '')) {
      draft = { name: cells[labelAt + 1]?.text ?? '', code: pendingCode, loc: where(cells[labelAt]), money: {}, moneyHeader: null, header: null, indicators: [], total: null, done: false };
      pendingCode = '';
      drafts.push(draft);
    }
    if (!draft) return;
    const d: Draft = draft;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      const label = normalizeLabel(c.text);
      if (projectLabelOf(c.text) === 'code' && cells[i + 1]) d.code = cells[i + 1]!.text.replace(/\s+/g, '');
      if (isUnitKeyLabel(label) && cells[i + 1]) {
        const value = cells[i + 1]!.text;
        const u = unitIn(value);
        if (u) unit ??= u;
        else unitName ??= value.trim();
      }
      const money = moneyUnitIn(c.text);
      if (money) d.moneyUnit ??= money;
    }
    if (d.done) return;

    if (d.header === null) {
      const header = detectIndicatorHeader(row, previous);
      if (header) {
        d.header = header;
        return;
      }
      const moneyFields = new Map<MoneyField, number>();
      for (const c of cells) {
        const f = moneyFieldOf(c.text);
        if (f && !moneyFields.has(f)) moneyFields.set(f, c.col);
      }
      if (moneyFields.size >= 3 && (moneyFields.has('initial') || moneyFields.has('total') || moneyFields.has('spent'))) {
        d.moneyHeader = moneyFields;
        return;
      }
      if (d.moneyHeader && Object.keys(d.money).length === 0) {
        // the row below the money header: 年度资金总额 (the 其中 rows after it are parts of it)
        for (const [field, col] of d.moneyHeader) {
          const c = cellAt(row, col);
          if (c && !c.mergedFromAbove && c.text !== '') d.money[field] = { text: c.text, loc: where(c, field) };
        }
      }
      return;
    }

    if (TOTAL_ROW.test(normalizeLabel(first.text))) {
      const scoreCol = d.header.get('score');
      const under = scoreCol !== undefined ? cellAt(row, scoreCol) : undefined;
      d.total = numberOf(under?.text) ?? numberOf(cells.filter((c) => numberOf(c.text) !== null).at(-1)?.text);
      d.done = true;
      return;
    }
    if (detectIndicatorHeader(row, undefined)) return;
    const goal = readIndicatorRow(ctx, table, d.name, row, d.header, stateOf(d));
    if (!goal) return;
    const { text } = rowReader(row, d.header);
    const actualRaw = text('actual');
    const actual = parseTarget(actualRaw);
    d.indicators.push({
      level1: goal.level1,
      level2: goal.level2,
      name: goal.name,
      target: goal.target,
      actual: { raw: actualRaw, ...(actual.kind === 'quantitative' && actual.value !== undefined ? { value: actual.value } : {}) },
      weight: numberOf(text('weight')),
      score: numberOf(text('score')),
      deviation: text('deviation'),
    });
  };

  const states = new WeakMap<Draft, { level1: string; level2: string }>();
  const stateOf = (d: Draft) => {
    let s = states.get(d);
    if (!s) states.set(d, (s = { level1: '', level2: '' }));
    return s;
  };

  for (const block of doc.blocks) {
    if (block.kind === 'paragraph') facts(block.text.trim(), false);
    else readTableRows(block);
  }

  const projects: TImportedEvaluationProject[] = drafts
    .filter((d) => d.header !== null || Object.keys(d.money).length > 0)
    .map((d) => finish(ctx, d, d.moneyUnit ?? moneyUnit));
  if (projects.length === 0) {
    throw new DocumentError({}, { zh: '没有识别到绩效自评表：未找到“项目名称”以及“实际完成值/得分”等表头', en: 'No self-evaluation table found: no “项目名称” and no header such as “实际完成值/得分”' }, 'DOCUMENT_INVALID');
  }
  if (!unit) {
    if (!unitName) throw new DocumentError({}, { zh: '无法确定单位：自评表中没有“主管部门/实施单位/预算单位”，段落和标题中也没有单位编码和名称', en: 'Cannot tell the unit: the self-evaluation names no 主管部门/实施单位/预算单位, and no paragraph or title gives a unit code and name' });
    ctx.warn({}, `自评表只写了单位名称“${unitName}”，没有单位编码；保存时按名称查找单位`);
    unit = { code: '', name: unitName };
  }
  return { kind: 'evaluation', unit, year: decideYear(ctx, options, headingYear, filledYear), projects, warnings: ctx.warnings };
}

function finish(ctx: ParseContext, d: Draft, moneyUnit: MoneyUnit | undefined): TImportedEvaluationProject {
  if (d.name === '') ctx.fail(d.loc, '缺少项目名称');
  const hasMoney = d.money.initial || d.money.total || d.money.spent;
  if (hasMoney && !moneyUnit) ctx.warn(d.loc, '未注明金额单位，按万元处理');
  const amount = (field: 'initial' | 'total' | 'spent'): number | null => {
    const v = d.money[field];
    if (!v || /^[-—–/]+$/u.test(v.text.trim())) return null;
    const own = amountWithUnit(v.text);
    const unit = own.unit ?? moneyUnit ?? '万元';
    const fen = parseAmountToFen(own.text, unit);
    if (fen === null) ctx.fail(v.loc, `“${v.text}”不是有效金额（单位：${unit}，最多精确到分）`);
    return fenToYuan(fen);
  };
  if (d.header === null) ctx.warn(d.loc, '自评表没有绩效指标部分（未找到“三级指标、实际完成值”等表头）');
  return {
    code: d.code,
    name: d.name,
    budget: { initial: amount('initial'), total: amount('total'), spent: amount('spent') },
    executionRate: numberOf(d.money.rate?.text),
    executionWeight: numberOf(d.money.weight?.text),
    executionScore: numberOf(d.money.score?.text),
    indicators: d.indicators,
    total: d.total,
  };
}

function decideYear(ctx: ParseContext, options: EvaluationParseOptions, heading: number | undefined, filled: number | undefined): number {
  if (options.year !== undefined) return options.year;
  if (heading !== undefined) return heading;
  if (filled !== undefined) {
    // a year's self-evaluation is filled in the year after
    ctx.warn({}, `自评表没有写明年度，按填报日期（${filled}年）推断为${filled - 1}年度`);
    return filled - 1;
  }
  const fromName = options.fileName ? /(?:^|\D)(20\d{2})(?:\D|$)/.exec(options.fileName) : null;
  if (fromName) {
    ctx.warn({}, `自评表没有写明年度，按文件名推断为${fromName[1]}年度`);
    return Number(fromName[1]);
  }
  throw new DocumentError({}, { zh: '无法确定自评年度：文档中没有“（20xx年度）”或填报日期，请指定年度（命令行用 --year）', en: 'Cannot tell the year evaluated: no “(20xx年度)” or 填报日期 in the document; give the year (--year on the command line)' });
}
