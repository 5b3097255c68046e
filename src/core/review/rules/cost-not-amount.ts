import { indicatorFinding } from '../finding.js';
import { MONEY_UNITS, isCostIndicator } from '../indicator-kind.js';
import { formatFen, yuanToFen } from '../../money.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** "严格控制在预算内" and its variants: the value means "no more than the budget". */
const WITHIN_BUDGET = /预算.*(?:内|以内|之内|范围)|不超(?:过|出)?预算|控制在.*预算/u;

/**
 * A 成本指标 should state an amount (≤5.00万元) or a unit cost, not a promise ("严格控制在预算内") that
 * can never fail. When the value says "within the budget", writing the budget amount keeps its meaning
 * exactly, so that rewrite is offered as a one-click fix; anything else only gets advice.
 */
export const costNotAmount: TReviewRule = {
  id: 'cost-not-amount',
  criterion: '可衡量性',
  title: '成本指标未写金额',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      const budgetFen = yuanToFen(project.budget.total);
      const amount = budgetFen > 0 ? `≤${formatFen(budgetFen, '万元')}万元` : undefined;
      project.indicators.forEach((ind, index) => {
        if (!isCostIndicator(ind)) return;
        const t = ind.target;
        if (t.raw.trim() === '') return;
        // A rate (成本节约率 ≥5%) or a bare number is measurable; only words and non-money units are not.
        const isAmount =
          t.kind === 'quantitative' && (t.unit === undefined || MONEY_UNITS.has(t.unit) || t.unit === '%' || t.unit === '‰');
        if (isAmount) return;
        const withinBudget = WITHIN_BUDGET.test(t.raw);
        const fixable = withinBudget && amount !== undefined;
        out.push(
          indicatorFinding(costNotAmount, project, index, {
            severity: 'warning',
            field: 'target',
            message:
              t.kind === 'qualitative'
                ? `成本指标“${ind.name}”的指标值“${t.raw}”不是金额，无法衡量成本控制得好坏。`
                : `成本指标“${ind.name}”的指标值“${t.raw}”的单位不是金额。`,
            suggestion: amount
              ? `写明金额上限，如“${amount}”（本项目预算数）；能测算的，最好写单位成本，如“每件（每人次）成本≤N元”。`
              : '写明金额上限（万元）或单位成本（元/件、元/人次）。',
            ...(fixable ? { fix: { field: 'target' as const, value: amount } } : {}),
          }),
        );
      });
    }
    return out;
  },
};
