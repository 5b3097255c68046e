import { projectFinding } from '../finding.js';
import { formatWanYuan, yuanToFen } from '../../money.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** 财政资金 + 其他资金 must equal the 预算数; compared in fen so float noise never reports a difference. */
export const fundSourcesMismatch: TReviewRule = {
  id: 'fund-sources-mismatch',
  criterion: '一致性',
  title: '资金来源合计与预算数不符',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      const total = yuanToFen(project.budget.total);
      const fiscal = yuanToFen(project.budget.fiscal);
      const other = yuanToFen(project.budget.other);
      if (total === fiscal + other) continue;
      const blank = fiscal === 0 && other === 0;
      out.push(
        projectFinding(fundSourcesMismatch, project, {
          severity: blank ? 'warning' : 'error',
          field: 'budget',
          message: blank
            ? `预算数${formatWanYuan(total)}，但财政资金和其他资金都未填写。`
            : `财政资金${formatWanYuan(fiscal)}加其他资金${formatWanYuan(other)}合计${formatWanYuan(fiscal + other)}，与预算数${formatWanYuan(total)}不符。`,
          suggestion: '核实预算数和资金来源，使财政资金与其他资金之和等于预算数。',
        }),
      );
    }
    return out;
  },
};
