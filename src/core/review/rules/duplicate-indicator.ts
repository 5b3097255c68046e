import { indicatorFinding } from '../finding.js';
import { labelKey } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** The same 三级指标 twice in one table (a copied row): it would be scored twice. Reported on the repeat. */
export const duplicateIndicator: TReviewRule = {
  id: 'duplicate-indicator',
  criterion: '重复',
  title: '项目内指标重复',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      const seen = new Map<string, number>();
      project.indicators.forEach((ind, index) => {
        const key = labelKey(ind.name);
        if (key === '') return;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        out.push(
          indicatorFinding(duplicateIndicator, project, index, {
            severity: 'warning',
            field: 'name',
            message: `三级指标“${ind.name}”在本项目中出现了两次（第${first + 1}行和第${index + 1}行）。`,
            suggestion: '删除重复的一行，或把其中一行改为另一项指标。',
          }),
        );
      });
    }
    return out;
  },
};
