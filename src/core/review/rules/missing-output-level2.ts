import { projectFinding } from '../finding.js';
import { OUTPUT_LABEL, level1Kind, outputKind, type TOutputKind } from '../indicator-kind.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

const EXPECTED: readonly TOutputKind[] = ['quantity', 'quality', 'timeliness', 'cost'];

const EXAMPLE: Record<TOutputKind, string> = {
  quantity: '如“案件受理数 ≥N件”',
  quality: '如“案件办结率 100%”',
  timeliness: '如“项目完成时间 ≤年底”',
  cost: '如“项目预算控制数 ≤预算数（万元）”',
};

/**
 * 产出指标 should cover 数量, 质量, 时效 and 成本. A warning, not an error: the rule says "should", and
 * finance accepts a justified gap. Only checked when the table has output indicators at all — a table
 * with none is already an error of missing-level1.
 */
export const missingOutputLevel2: TReviewRule = {
  id: 'missing-output-level2',
  criterion: '完整性',
  title: '产出指标缺少二级指标',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      const kinds = new Set<TOutputKind>();
      let hasOutput = false;
      for (const ind of project.indicators) {
        const l1 = level1Kind(ind.level1);
        if (l1 === 'output') hasOutput = true;
        const k = outputKind(ind);
        // Newer forms put 成本指标 at level 1; a cost row anywhere covers cost.
        if (k && (l1 === 'output' || k === 'cost')) kinds.add(k);
      }
      if (!hasOutput) continue;
      for (const k of EXPECTED) {
        if (kinds.has(k)) continue;
        out.push(
          projectFinding(missingOutputLevel2, project, {
            severity: 'warning',
            field: 'level2',
            message: `产出指标中缺少“${OUTPUT_LABEL[k]}”。`,
            suggestion: `补充${OUTPUT_LABEL[k]}，${EXAMPLE[k]}。`,
          }),
        );
      }
    }
    return out;
  },
};
