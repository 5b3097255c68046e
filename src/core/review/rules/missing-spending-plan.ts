import { projectFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** Without a 资金支出计划 the mid-year monitoring has no spending standard to compare against. */
export const missingSpendingPlan: TReviewRule = {
  id: 'missing-spending-plan',
  criterion: '完整性',
  title: '未填写资金支出计划',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      if (project.spendingPlan.length > 0) continue;
      out.push(
        projectFinding(missingSpendingPlan, project, {
          severity: 'error',
          field: 'spendingPlan',
          message: '项目未填写资金支出计划。',
          suggestion: '按月末填写累计支出进度，如3月底25%、6月底50%、10月底75%、12月底100%。',
        }),
      );
    }
    return out;
  },
};
