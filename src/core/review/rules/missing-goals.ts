import { projectFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** A project without 绩效目标 sentences has nothing for its indicators to measure. */
export const missingGoals: TReviewRule = {
  id: 'missing-goals',
  criterion: '完整性',
  title: '未填写绩效目标',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      if (project.goals.some((g) => g.trim() !== '')) continue;
      out.push(
        projectFinding(missingGoals, project, {
          severity: 'error',
          field: 'goals',
          message: '项目未填写绩效目标。',
          suggestion: '用几句话写明本项目资金年度内要完成的工作和达到的效果，并与绩效指标对应。',
        }),
      );
    }
    return out;
  },
};
