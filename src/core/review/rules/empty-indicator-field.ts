import { indicatorFinding } from '../finding.js';
import type { TReviewField, TReviewFinding, TReviewRule, TReviewSeverity } from '../types.js';

const FIELDS: readonly { field: TReviewField; label: string; severity: TReviewSeverity }[] = [
  { field: 'level1', label: '一级指标', severity: 'error' },
  { field: 'level2', label: '二级指标', severity: 'error' },
  { field: 'name', label: '三级指标', severity: 'error' },
  { field: 'target', label: '指标值', severity: 'error' },
  // The basis is needed for review but a missing one does not make the row unusable.
  { field: 'basis', label: '指标值确定依据', severity: 'warning' },
];

/** A row of the indicator table with a required cell left empty. */
export const emptyIndicatorField: TReviewRule = {
  id: 'empty-indicator-field',
  criterion: '完整性',
  title: '指标栏目未填写',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        const values: Record<string, string> = {
          level1: ind.level1,
          level2: ind.level2,
          name: ind.name,
          target: ind.target.raw,
          basis: ind.basis,
        };
        for (const f of FIELDS) {
          if ((values[f.field] ?? '').trim() !== '') continue;
          const where = ind.name.trim() === '' ? `第${index + 1}行指标` : `三级指标“${ind.name}”`;
          out.push(
            indicatorFinding(emptyIndicatorField, project, index, {
              severity: f.severity,
              field: f.field,
              message: `${where}的“${f.label}”未填写。`,
              suggestion: `填写${f.label}。`,
            }),
          );
        }
      });
    }
    return out;
  },
};
