import { libraryNameFor } from '../../library/name-similarity.js';
import { forEachIndicator, indicatorFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * A project invents a name the indicator library (指标库) already has under another spelling
 * (购置设备合格率 where the library says 设备购置合格率): the same indicator under two names cannot be
 * compared across projects, units or years. The similarity rule is core/library/name-similarity.ts.
 */
export const librarySpelling: TReviewRule = {
  id: 'library-spelling',
  criterion: '规范性',
  title: '与指标库名称不一致',
  check({ book, library }) {
    if (!library || library.length === 0) return [];
    const out: TReviewFinding[] = [];
    forEachIndicator(book, (project, indicator, index) => {
      const entry = libraryNameFor(indicator.name, library);
      if (!entry) return;
      out.push(
        indicatorFinding(librarySpelling, project, index, {
          severity: 'warning',
          field: 'name',
          message: `“${indicator.name}”与指标库中的“${entry.name}”是同一指标的不同写法。`,
          suggestion: `改用指标库的名称“${entry.name}”，便于跨项目、跨年度比较；如确是不同指标，请在指标库中新增。`,
        }),
      );
    });
    return out;
  },
};
