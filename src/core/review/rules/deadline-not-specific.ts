import { indicatorFinding } from '../finding.js';
import { isTimelinessIndicator } from '../indicator-kind.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * A 时效指标 written as "及时完成" promises nothing checkable. A suggestion, not a warning: finance often
 * accepts it, but a date or a processing time limit is what the self-evaluation can score.
 */
export const deadlineNotSpecific: TReviewRule = {
  id: 'deadline-not-specific',
  criterion: '可衡量性',
  title: '时效指标未写时限',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        if (!isTimelinessIndicator(ind) || ind.target.kind !== 'qualitative' || ind.target.raw.trim() === '') return;
        out.push(
          indicatorFinding(deadlineNotSpecific, project, index, {
            severity: 'suggestion',
            field: 'target',
            message: `时效指标“${ind.name}”的指标值“${ind.target.raw}”没有写明时限，无法判断是否按时完成。`,
            suggestion: `写明完成时限，如指标值“${book.year}年底”（年底前完成），或写明办理时限，如指标值“≤7个工作日”（自受理起）。`,
          }),
        );
      });
    }
    return out;
  },
};
