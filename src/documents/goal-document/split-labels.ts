import type { Cell, Row } from '../blocks.js';
import { indicatorFieldOf, projectLabelOf } from './labels.js';
import { levelKindOf } from './levels.js';

/**
 * Labels a table split across two cells ("年初" + "预算数", "经济效益" + "指标", "指标" + "值") are
 * joined into one cell covering both columns, so the parser sees the label the author meant. Two
 * cells that are each a label on their own ("项目名称" | "法律援助") are left alone.
 */

const known = (text: string) => projectLabelOf(text) !== undefined || indicatorFieldOf(text) !== undefined || levelKindOf(text) !== undefined;

export function joinSplitLabels(row: Row): Row {
  const cells = row.cells;
  let joined: Cell[] | null = null;
  for (let i = 0; i < cells.length - 1; i++) {
    const a = cells[i]!;
    const b = cells[i + 1]!;
    if (a.mergedFromAbove || b.mergedFromAbove || a.text === '' || b.text === '' || a.col + a.span !== b.col) continue;
    const both = `${a.text.trim()}${b.text.trim()}`;
    if (both.length > 12 || !known(both) || (known(a.text) && known(b.text))) continue;
    joined ??= cells.slice();
    const at = joined.indexOf(a);
    joined.splice(at, 2, { ...a, text: both, span: a.span + b.span });
    i++;
  }
  return joined ? { ...row, cells: joined } : row;
}
