import { departmentFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** The department-wide part (部门整体绩效目标) is what the projects add up to; it must not be blank. */
export const missingDepartmentGoals: TReviewRule = {
  id: 'missing-department-goals',
  criterion: '完整性',
  title: '未填写部门整体绩效目标',
  check({ book }) {
    const g = book.departmentGoals;
    const hasText =
      (g.summary ?? '').trim() !== '' ||
      g.overall.some((t) => t.trim() !== '') ||
      g.areas.some((a) => a.text.trim() !== '') ||
      (g.indicators ?? []).length > 0;
    if (hasText) return [];
    const out: TReviewFinding[] = [
      departmentFinding(missingDepartmentGoals, {
        severity: 'warning',
        field: 'departmentGoals',
        message: '未填写部门整体绩效目标（总体绩效目标、分项绩效目标）。',
        suggestion: '写明部门年度总体绩效目标和按工作领域的分项绩效目标，能量化的写明数值。',
      }),
    ];
    return out;
  },
};
