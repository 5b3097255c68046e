import { indicatorFinding } from '../finding.js';
import { isCostIndicator, isQuantityIndicator, isTimelinessIndicator } from '../indicator-kind.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

const VAGUE = /明显|显著|有效|提升|提高|改善|增强|加强|进一步|逐步|持续|稳步|较好|良好|有所|不断|大幅|稳定|促进|加大/u;

/**
 * Vague qualitative values (明显提升). Qualitative values are allowed where numbers truly cannot serve,
 * so this is only a suggestion; counts, costs and deadlines have their own, stricter rules.
 */
export const vagueTarget: TReviewRule = {
  id: 'vague-target',
  criterion: '可衡量性',
  title: '指标值表述模糊',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        const t = ind.target;
        // A value with a number in it (较上年提高5%) is measurable even if the parser keeps it as text.
        if (t.kind !== 'qualitative' || /\d/u.test(t.raw) || !VAGUE.test(t.raw)) return;
        if (isQuantityIndicator(ind) || isCostIndicator(ind) || isTimelinessIndicator(ind)) return;
        const satisfaction = /满意/u.test(ind.name) || ind.level1.includes('满意');
        out.push(
          indicatorFinding(vagueTarget, project, index, {
            severity: 'suggestion',
            field: 'target',
            message: `指标“${ind.name}”的指标值“${t.raw}”是模糊的定性表述，年底难以判断是否完成。`,
            suggestion: satisfaction
              ? '改为满意度百分比，如“≥90%”，并写明调查方式。'
              : '改为可衡量的表述，如“较上年提高N%”“≥N%”；确实无法量化的，写成分级标准（好、较好、一般、差）并说明各级的判断依据。',
          }),
        );
      });
    }
    return out;
  },
};
