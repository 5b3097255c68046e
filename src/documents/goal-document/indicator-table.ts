import type { TIndicator } from '../../contract/goal-book.js';
import { comparatorSymbol, parseTarget } from '../../core/target.js';
import { toHalfWidth } from '../../core/money.js';
import type { Cell, Row, TableBlock } from '../blocks.js';
import { locate, type ParseContext } from './context.js';
import { FIELD_LABEL, indicatorFieldOf, type IndicatorField } from './labels.js';
import { isPlaceholder, levelKindOf, withoutScore } from './levels.js';

/** Grid column of each field in an indicator table's header. */
export type IndicatorHeader = Map<IndicatorField, number>;

/** A covering cell of the row above names the column group: 长期/中期 or 年度. */
function groupOf(cell: Cell, above: Row | undefined): 'annual' | 'longTerm' | undefined {
  const over = above?.cells.find((c) => c.col <= cell.col && cell.col < c.col + c.span);
  const text = `${over?.text ?? ''}${cell.text}`;
  if (/年度/u.test(text)) return 'annual';
  if (/长期|中期|中长期/u.test(text)) return 'longTerm';
  return undefined;
}

/**
 * The fields a row names, by grid column. A long-term/annual table names 三级指标 and 指标值 twice
 * (中长期 and 年度 groups): the annual column wins, then a column not marked long-term, then the first.
 */
function fieldsOf(row: Row, above?: Row): Map<IndicatorField, number> {
  const found = new Map<IndicatorField, { col: number; group: ReturnType<typeof groupOf> }>();
  const rank = (g: ReturnType<typeof groupOf>) => (g === 'annual' ? 2 : g === undefined ? 1 : 0);
  for (const cell of row.cells) {
    const field = indicatorFieldOf(cell.text);
    if (!field) continue;
    const group = groupOf(cell, above);
    const seen = found.get(field);
    if (!seen || rank(group) > rank(seen.group)) found.set(field, { col: cell.col, group });
  }
  return new Map([...found].map(([f, v]) => [f, v.col]));
}

/**
 * A header row names at least three indicator columns, including the indicator itself or its
 * categories. Two-row headers (绩效指标 over 一级/二级/三级, 指标值 merged down) take the labels of the
 * row above too.
 */
export function detectIndicatorHeader(row: Row, previous: Row | undefined): IndicatorHeader | null {
  const fields = fieldsOf(row, previous);
  if (!(fields.has('name') || (fields.has('level1') && fields.has('level2')))) return null;
  if (previous) {
    for (const [field, col] of fieldsOf(previous)) if (!fields.has(field)) fields.set(field, col);
  }
  if (fields.size < 3 || !fields.has('value')) return null;
  return fields;
}

function cellAt(row: Row, col: number): Cell | undefined {
  return row.cells.find((c) => c.col <= col && col < c.col + c.span);
}

/**
 * How many grid columns a row is shifted right against its header. Layouts that drop merged cells
 * (text export, one cell per line) give a row fewer cells, starting at the level it names: a row that
 * starts with a 二级指标 left its 一级指标 out; one that starts with neither left both out.
 */
export function rowShift(row: Row, header: IndicatorHeader): number {
  const cells = row.cells;
  if (cells.length === 0 || cells.some((c) => c.mergedFromAbove)) return 0;
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  const headerEnd = Math.max(...header.values());
  const missing = headerEnd - (last.col + last.span - 1);
  if (missing <= 0) return 0;
  let kind = levelKindOf(first.text);
  // 满意度指标 | 服务对象满意度指标 …: a level 2 after it makes the first cell a level 1
  if (kind === 'either' && cells[1] && levelKindOf(cells[1].text) !== undefined) kind = 'level1';
  const at = (field: IndicatorField) => header.get(field);
  const candidates: number[] = [];
  if ((kind === 'level1' || kind === 'either') && at('level1') !== undefined) candidates.push(at('level1')! - first.col);
  if ((kind === 'level2' || kind === 'either') && at('level2') !== undefined) candidates.push(at('level2')! - first.col);
  if (kind === undefined && at('name') !== undefined) candidates.push(at('name')! - first.col);
  const valid = candidates.filter((s) => s >= 0 && s <= missing);
  return valid.find((s) => s === missing) ?? valid[0] ?? 0;
}

const COMPARATOR_WORDS = /^(?:≥|≤|>|<|=|>=|<=|大于等于|小于等于|大于或等于|小于或等于|大于|小于|等于|不低于|不高于|不少于|不超过|不小于|不大于)$/;

/** "大于等于" → "≥": a direction or nature cell as the comparator a target writes. */
function comparatorOf(word: string): string | undefined {
  const w = word.normalize('NFKC').replace(/\s+/g, '');
  if (!COMPARATOR_WORDS.test(w)) return undefined;
  const c = parseTarget(`${w}1`).comparator;
  return c ? comparatorSymbol(c) : undefined;
}

/**
 * A target split over columns (指标性质 / 指标方向 / 指标值 / 度量单位) as one target, the way a reader
 * says it: "大于等于" "396" "件" → "≥396件". 反向 (lower is better) without a comparator reads as ≤,
 * 正向 as ≥; 定性 keeps the value as written.
 */
export function assembleTarget(parts: { value: string; nature: string; direction: string; measureUnit: string }): string {
  const value = parts.value.trim();
  const nature = parts.nature.normalize('NFKC').replace(/\s+/g, '');
  if (nature === '定性' || value === '') return value;
  const written = parseTarget(value);
  let comparator = written.comparator ? '' : (comparatorOf(parts.direction) ?? comparatorOf(nature) ?? '');
  if (comparator === '' && !written.comparator && written.kind === 'quantitative') {
    const sense = `${nature}${parts.direction.normalize('NFKC').replace(/\s+/g, '')}`;
    if (/反向|越小越好|逆向/u.test(sense)) comparator = '≤';
    else if (/正向|越大越好/u.test(sense)) comparator = '≥';
  }
  const unit = parts.measureUnit.trim();
  const valueHasUnit = unit !== '' && value.endsWith(unit);
  return `${comparator}${value}${valueHasUnit ? '' : unit}`;
}

/** a date as an export writes one: 2024-03-05, 2024/3/5 */
const DATE_TEXT = /^20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/;

/** A category as written, without its score; "产出\n指标" (a manual break in a narrow cell) as one word. */
function levelOf(text: string): string {
  const level = withoutScore(text);
  const joined = level.replace(/\s+/g, '');
  return joined !== level && levelKindOf(joined) !== undefined ? joined : level;
}

export interface IndicatorRowState {
  /** level1/level2 of the previous row, filled down into merged (empty) cells */
  level1: string;
  level2: string;
}

/** The row's cells by field, shifted when the layout dropped merged cells; continuations read empty. */
export function rowReader(row: Row, header: IndicatorHeader): { text: (field: IndicatorField) => string; cell: (field: IndicatorField) => Cell | undefined } {
  const shift = rowShift(row, header);
  const cell = (field: IndicatorField) => {
    const col = header.get(field);
    return col === undefined ? undefined : cellAt(row, col - shift);
  };
  const text = (field: IndicatorField) => {
    const c = cell(field);
    return c && !c.mergedFromAbove ? c.text : '';
  };
  return { text, cell };
}

/**
 * One indicator row → an indicator, or null for a blank or placeholder row (指标1, ……). Merged
 * category cells arrive empty and take the value above; a score after a category ("产出指标(50分)")
 * is not part of it. Variant layouts split the target into 指标性质/指标方向/指标值/度量单位; the
 * target's raw text is then assembled from them (see assembleTarget).
 */
export function readIndicatorRow(
  ctx: ParseContext,
  table: TableBlock,
  tableTitle: string | undefined,
  row: Row,
  header: IndicatorHeader,
  state: IndicatorRowState,
): TIndicator | null {
  const { text, cell } = rowReader(row, header);
  const where = (field: IndicatorField) => locate(table, tableTitle, row, cell(field), FIELD_LABEL[field]);
  const own = {
    level1: levelOf(text('level1')),
    level2: levelOf(text('level2')),
    name: text('name'),
    description: text('description'),
    value: text('value'),
    basis: text('basis'),
    nature: text('nature'),
    direction: text('direction'),
    measureUnit: text('measureUnit'),
    weight: text('weight'),
  };
  if (own.level1 !== '') state.level1 = own.level1;
  if (own.level2 !== '') state.level2 = own.level2;
  const contentFields = [own.name, own.description, own.value, own.basis];
  // a category with no indicator under it, or a template's placeholder row: nothing to keep
  if (contentFields.every((t) => t === '' || isPlaceholder(t))) return null;

  // Excel turned what was typed ("1-5", "3/4") into a date where a number or unit belongs
  const timeliness = /时效|时间|进度/u.test(state.level2 + own.name);
  const valueIsDate = (cell('value')?.date === true || DATE_TEXT.test(own.value.trim())) && !timeliness;
  if (valueIsDate) {
    ctx.warn(where('value'), `指标值“${own.value}”是 Excel 日期（输入的数字或单位被 Excel 改成了日期），没有当作指标值读取，请核对原表`);
    own.value = '';
  }
  // a unit column holding a date, or the bare serial number Excel keeps for one (45356)
  if (cell('measureUnit')?.date || DATE_TEXT.test(own.measureUnit.trim()) || /^\d{5}$/.test(own.measureUnit.trim())) {
    ctx.warn(where('measureUnit'), `度量单位“${own.measureUnit}”是 Excel 日期（或日期的序列号），没有当作单位读取，请核对原表`);
    own.measureUnit = '';
  }

  if (state.level1 === '') ctx.warn(where('level1'), '指标缺少一级指标');
  if (own.name === '') ctx.warn(where('name'), '指标缺少三级指标名称');
  if (own.value === '' && !valueIsDate) ctx.warn(where('value'), '指标缺少指标值');

  const split = header.has('nature') || header.has('direction') || header.has('measureUnit');
  const raw = split ? assembleTarget(own) : own.value;

  const indicator: TIndicator = {
    level1: state.level1,
    level2: state.level2,
    name: own.name,
    description: own.description,
    target: parseTarget(raw),
    basis: own.basis,
  };
  if (own.weight !== '') {
    const weight = cell('weight')?.date ? NaN : Number(toHalfWidth(own.weight).replace(/分$/, ''));
    if (Number.isFinite(weight) && weight >= 0) indicator.weight = weight;
    else ctx.warn(where('weight'), `分值“${own.weight}”不是数字，已忽略`);
  }
  return indicator;
}
