import { projectFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';
import { yuanToFen } from '../../money.js';

/** A project table whose 预算数 is zero or missing cannot be approved with the budget. */
export const budgetNotPositive: TReviewRule = {
  id: 'budget-not-positive',
  criterion: '完整性',
  title: '预算数未填写或为零',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      if (yuanToFen(project.budget.total) > 0) continue;
      out.push(
        projectFinding(budgetNotPositive, project, {
          severity: 'error',
          field: 'budget',
          message: '项目预算数为0或未填写。',
          suggestion: '填写本项目的预算数（万元），并分列财政资金和其他资金。',
        }),
      );
    }
    return out;
  },
};
