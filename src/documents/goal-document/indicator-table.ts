import type { TIndicator } from '../../contract/goal-book.js';
import { parseTarget } from '../../core/target.js';
import { toHalfWidth } from '../../core/money.js';
import type { Cell, Row, TableBlock } from '../blocks.js';
import { locate, type ParseContext } from './context.js';
import { FIELD_LABEL, indicatorFieldOf, type IndicatorField } from './labels.js';

/** Grid column of each field in an indicator table's header. */
export type IndicatorHeader = Map<IndicatorField, number>;

function fieldsOf(row: Row): Map<IndicatorField, number> {
  const found = new Map<IndicatorField, number>();
  for (const cell of row.cells) {
    const field = indicatorFieldOf(cell.text);
    if (field && !found.has(field)) found.set(field, cell.col);
  }
  return found;
}

/**
 * A header row names at least three indicator columns, including the indicator itself or its
 * categories. Two-row headers (绩效指标 over 一级/二级/三级, 指标值 merged down) take the labels of the
 * row above too.
 */
export function detectIndicatorHeader(row: Row, previous: Row | undefined): IndicatorHeader | null {
  const fields = fieldsOf(row);
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

const COMPARATOR_WORDS = /^(?:≥|≤|>|<|=|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过)$/;

export interface IndicatorRowState {
  /** level1/level2 of the previous row, filled down into merged (empty) cells */
  level1: string;
  level2: string;
}

/**
 * One indicator row → an indicator, or null for a blank row. Merged category cells arrive empty and
 * take the value above. Variant layouts split the target into 指标性质/指标值/度量单位; the target's raw
 * text is then their concatenation, exactly as a reader would say it ("≥" "396" "件" → "≥396件").
 */
export function readIndicatorRow(
  ctx: ParseContext,
  table: TableBlock,
  tableTitle: string | undefined,
  row: Row,
  header: IndicatorHeader,
  state: IndicatorRowState,
): TIndicator | null {
  const text = (field: IndicatorField): string => {
    const col = header.get(field);
    if (col === undefined) return '';
    const cell = cellAt(row, col);
    return cell && !cell.mergedFromAbove ? cell.text : '';
  };
  const own = {
    level1: text('level1'),
    level2: text('level2'),
    name: text('name'),
    description: text('description'),
    value: text('value'),
    basis: text('basis'),
    nature: text('nature'),
    measureUnit: text('measureUnit'),
    weight: text('weight'),
  };
  const contentFields = [own.name, own.description, own.value, own.basis];
  if (contentFields.every((t) => t === '')) {
    if (own.level1 !== '' || own.level2 !== '') {
      // a category with no indicator under it: remember the category, nothing else to keep
      if (own.level1 !== '') state.level1 = own.level1;
      if (own.level2 !== '') state.level2 = own.level2;
    }
    return null;
  }
  if (own.level1 !== '') state.level1 = own.level1;
  if (own.level2 !== '') state.level2 = own.level2;

  const where = (field: IndicatorField) => {
    const col = header.get(field);
    return locate(table, tableTitle, row, col === undefined ? undefined : cellAt(row, col), FIELD_LABEL[field]);
  };
  if (state.level1 === '') ctx.warn(where('level1'), '指标缺少一级指标');
  if (own.name === '') ctx.warn(where('name'), '指标缺少三级指标名称');
  if (own.value === '') ctx.warn(where('value'), '指标缺少指标值');

  let raw = own.value;
  if (header.has('nature') || header.has('measureUnit')) {
    const nature = COMPARATOR_WORDS.test(own.nature.trim()) ? own.nature.trim() : '';
    const unit = own.measureUnit.trim();
    const valueHasUnit = unit !== '' && own.value.trim().endsWith(unit);
    raw = `${nature}${own.value}${valueHasUnit ? '' : unit}`;
  }

  const indicator: TIndicator = {
    level1: state.level1,
    level2: state.level2,
    name: own.name,
    description: own.description,
    target: parseTarget(raw),
    basis: own.basis,
  };
  if (own.weight !== '') {
    const weight = Number(toHalfWidth(own.weight).replace(/分$/, ''));
    if (Number.isFinite(weight) && weight >= 0) indicator.weight = weight;
    else ctx.warn(where('weight'), `分值“${own.weight}”不是数字，已忽略`);
  }
  return indicator;
}
