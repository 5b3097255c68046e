import { directionOf } from '../../indicator-progress.js';
import { forEachIndicator, indicatorFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

const show = (n: number) => String(Number(n.toFixed(2)));

/**
 * A target easier than what was already achieved last year: a higher-is-better target below last
 * year's actual, or a lower-is-better ceiling above it. Last year's actual comes from the caller
 * (app/indicators/previous-actuals.ts: the approved self-evaluation, else live figures).
 */
export const targetBelowLastYear: TReviewRule = {
  id: 'target-below-last-year',
  criterion: '相关性',
  title: '指标值低于上年实际',
  check({ book, previousActual }) {
    if (!previousActual) return [];
    const out: TReviewFinding[] = [];
    forEachIndicator(book, (project, indicator, index) => {
      const t = indicator.target;
      const direction = directionOf(indicator.name, t);
      if (direction === 'qualitative' || t.value === undefined) return;
      const previous = previousActual({ projectCode: project.code, projectName: project.name, name: indicator.name });
      if (!previous || previous.actual === null) return;
      const easier = direction === 'higher' ? t.value < previous.actual : t.value > previous.actual;
      if (!easier) return;
      out.push(
        indicatorFinding(targetBelowLastYear, project, index, {
          severity: 'warning',
          field: 'target',
          message:
            direction === 'higher'
              ? `“${indicator.name}”的指标值“${t.raw}”低于 ${previous.year} 年实际完成 ${show(previous.actual)}${t.unit ?? ''}。`
              : `“${indicator.name}”的指标值“${t.raw}”高于 ${previous.year} 年实际 ${show(previous.actual)}${t.unit ?? ''}（越低越好的指标放宽了）。`,
          suggestion: `指标值一般不应低于上年实际水平；请提高指标值，或在“指标值确定依据”中说明原因。`,
        }),
      );
    });
    return out;
  },
};
