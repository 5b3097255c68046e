import { indicatorFinding } from '../finding.js';
import { labelKey } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** Growth and change rates may legitimately exceed 100%; shares and completion rates may not. */
const CHANGE = /增长|增幅|增加|提高|提升|上升|下降|降低|减少|同比|环比|变化/u;

function isShareRate(name: string): boolean {
  const key = labelKey(name);
  return /率|满意度|比例|占比|覆盖面/u.test(key) && !CHANGE.test(key);
}

/** A rate (率, 满意度, 比例) whose target is more than 100% — or "more than 100%" — cannot be achieved. */
export const rateOver100: TReviewRule = {
  id: 'rate-over-100',
  criterion: '一致性',
  title: '比率超过100%',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        const t = ind.target;
        if (t.kind !== 'quantitative' || t.value === undefined || !isShareRate(ind.name)) return;
        const limit = t.unit === '%' ? 100 : t.unit === '‰' ? 1000 : undefined;
        if (limit === undefined) return;
        const impossible = t.value > limit || (t.value === limit && t.comparator === '>');
        if (!impossible) return;
        out.push(
          indicatorFinding(rateOver100, project, index, {
            severity: 'error',
            field: 'target',
            message: `“${ind.name}”是比率，指标值“${t.raw}”超过了100%，不可能达到。`,
            suggestion: '核实指标值，比率最高为100%（如“100%”或“≥95%”）；如要表达增长，改用“较上年增长N%”类指标。',
          }),
        );
      });
    }
    return out;
  },
};
