import { CELL_LABEL, forEachIndicatorCell, indicatorFinding } from '../finding.js';
import { isCjk } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * Join the pieces of a cell broken by a line break. Chinese needs no space at the join; a space is kept
 * only between two Latin words or numbers, where dropping it would glue them together.
 */
export function joinBrokenLines(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/gu, (m, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + m.length];
    if (before === undefined || after === undefined) return '';
    return isCjk(before) || isCjk(after) || /[，。；：、（）]/u.test(before + after) ? '' : ' ';
  }).trim();
}

/** A line break inside a cell ("项目持续发挥作\n用期限"): left over from a narrow Word column. */
export const lineBreakInCell: TReviewRule = {
  id: 'line-break-in-cell',
  criterion: '规范性',
  title: '单元格内断行',
  check({ book }) {
    const out: TReviewFinding[] = [];
    forEachIndicatorCell(book, (project, index, field, text, fixable) => {
      if (!/[\r\n]/u.test(text.trim())) return;
      const fixed = joinBrokenLines(text);
      const shown = text.trim().replace(/\r?\n/gu, '⏎');
      out.push(
        indicatorFinding(lineBreakInCell, project, index, {
          severity: 'warning',
          field,
          message: `${CELL_LABEL[field]}“${shown}”中间有断行（⏎处），是从窄表格复制时留下的。`,
          suggestion: `合并为“${fixed}”。`,
          ...(fixable ? { fix: { field: fixable, value: fixed } } : {}),
        }),
      );
    });
    return out;
  },
};
