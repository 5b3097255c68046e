import { projectFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * The 资金支出计划 is cumulative: each milestone must be at least the one before, none above 100%, and
 * the year must end with all the money spent (100%) — otherwise the plan and the budget disagree.
 */
export const spendingPlanInconsistent: TReviewRule = {
  id: 'spending-plan-inconsistent',
  criterion: '一致性',
  title: '资金支出计划前后矛盾',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      if (project.spendingPlan.length === 0) continue; // missing-spending-plan reports it
      const plan = [...project.spendingPlan].sort((a, b) => a.month - b.month);
      const push = (severity: 'error' | 'warning', message: string, suggestion: string) =>
        out.push(projectFinding(spendingPlanInconsistent, project, { severity, field: 'spendingPlan', message, suggestion }));

      const months = plan.map((m) => m.month);
      const repeated = months.filter((m, i) => i > 0 && m === months[i - 1]);
      if (repeated.length > 0) {
        push('error', `资金支出计划中${[...new Set(repeated)].map((m) => `${m}月底`).join('、')}填写了不止一次。`, '每个月末只填一个累计支出进度。');
      }
      for (let i = 1; i < plan.length; i++) {
        const prev = plan[i - 1]!;
        const cur = plan[i]!;
        if (cur.month !== prev.month && cur.cumulativePercent < prev.cumulativePercent) {
          push(
            'error',
            `资金支出计划是累计进度，${cur.month}月底${cur.cumulativePercent}%却低于${prev.month}月底的${prev.cumulativePercent}%。`,
            '累计支出进度应逐期不减，请核实各期数值。',
          );
        }
      }
      const over = plan.filter((m) => m.cumulativePercent > 100);
      if (over.length > 0) {
        push('error', `资金支出计划中${over.map((m) => `${m.month}月底${m.cumulativePercent}%`).join('、')}超过了100%。`, '累计支出进度最高为100%。');
      }
      const last = plan[plan.length - 1]!;
      if (last.cumulativePercent < 100) {
        push(
          'warning',
          `资金支出计划到${last.month}月底只有${last.cumulativePercent}%，全年预算没有全部安排支出。`,
          '年末（12月底）累计支出进度应为100%；确实跨年支出的，请说明原因。',
        );
      }
    }
    return out;
  },
};
