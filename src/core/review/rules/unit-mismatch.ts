import { indicatorFinding } from '../finding.js';
import { declaredUnits } from '../indicator-kind.js';
import { labelKey } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** Units that name the same thing on these forms; 场 and 次 are both "occasions". */
const SAME_UNIT: Record<string, string> = { 场: '次', 场次: '次' };

const canonical = (u: string): string => SAME_UNIT[u] ?? u;

const CHANGE = /增长|增幅|增加|提高|提升|下降|降低|减少/u;

/**
 * The unit of the target contradicts the indicator: the name declares （件） but the value is in 人, or
 * the name is a rate (…率) but the value is a count. Cells without a declared unit are not judged.
 */
export const unitMismatch: TReviewRule = {
  id: 'unit-mismatch',
  criterion: '一致性',
  title: '指标值单位与指标不符',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        const t = ind.target;
        if (t.kind !== 'quantitative' || t.unit === undefined || t.unit === '年底') return;
        const declared = declaredUnits(ind.name);
        const units = declared.length > 0 ? declared : declaredUnits(ind.description);
        if (units.length > 0 && !units.some((u) => canonical(u) === canonical(t.unit!))) {
          out.push(
            indicatorFinding(unitMismatch, project, index, {
              severity: 'warning',
              field: 'target',
              message: `指标“${ind.name}”标明的单位是“${units.join('/')}”，指标值“${t.raw}”的单位却是“${t.unit}”。`,
              suggestion: '统一指标名称中的单位和指标值的单位。',
            }),
          );
          return;
        }
        const key = labelKey(ind.name);
        if (key.endsWith('率') && !CHANGE.test(key) && t.unit !== '%' && t.unit !== '‰' && !t.unit.includes('百分点')) {
          out.push(
            indicatorFinding(unitMismatch, project, index, {
              severity: 'warning',
              field: 'target',
              message: `“${ind.name}”是比率，指标值“${t.raw}”却是以“${t.unit}”计的数量。`,
              suggestion: '比率的指标值应写成百分比（如“≥95%”）；如要考核数量，把名称改为“…数”。',
            }),
          );
        }
      });
    }
    return out;
  },
};
