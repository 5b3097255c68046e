import { indicatorFinding } from '../finding.js';
import { declaredUnits, isQuantityIndicator } from '../indicator-kind.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** The units the table itself names in brackets, e.g. 数量（台/件/辆/套） → [台, 件, 辆, 套]. */
function unitHint(name: string, description: string): string[] {
  for (const text of [description, name]) {
    const units = declaredUnits(text).filter((u) => u !== '%' && u !== '‰');
    if (units.length > 0) return units;
  }
  return [];
}

/**
 * A 数量指标 whose value is not a number (满足基层工作需要) cannot be checked at year end — the
 * self-evaluation would have nothing to compare the actual count with. An error: of all the indicator
 * types, a count is the one that can always be written as a number.
 */
export const quantityNotNumber: TReviewRule = {
  id: 'quantity-not-number',
  criterion: '可衡量性',
  title: '数量指标未写数值',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        if (!isQuantityIndicator(ind) || ind.target.kind !== 'qualitative' || ind.target.raw.trim() === '') return;
        const hint = unitHint(ind.name, ind.description);
        const first = hint[0];
        out.push(
          indicatorFinding(quantityNotNumber, project, index, {
            severity: 'error',
            field: 'target',
            message: `数量指标“${ind.name}”的指标值“${ind.target.raw}”不是数值，年底无法对照实际完成数考核。`,
            suggestion: first
              ? `按年度工作计划写明数量，如“≥N${first}”${hint.length > 1 ? `（单位可用${hint.join('/')}）` : ''}。`
              : '按年度工作计划写明数量和计量单位，如“≥N件”“≥N人次”。',
          }),
        );
      });
    }
    return out;
  },
};
