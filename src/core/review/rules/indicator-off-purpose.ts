import { businessLine, lineNames, linesOf, projectLines } from '../business-lines.js';
import { indicatorFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * An indicator that measures a business line the project's money is not for (法律援助案件办结率 in a
 * project whose 资金用途 is 普法、人民调解、安置帮教). Judged only when both sides are recognisable:
 * an indicator that names no business line (及时性, 服务对象满意度, 维护社会稳定 …) is generic and is
 * never flagged, and neither is any indicator of a project whose purpose names no line.
 */
export const indicatorOffPurpose: TReviewRule = {
  id: 'indicator-off-purpose',
  criterion: '相关性',
  title: '指标与项目用途无关',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      const lines = projectLines(project);
      if (lines.all.size === 0) continue;
      project.indicators.forEach((ind, index) => {
        const own = linesOf(`${ind.name}\n${ind.description}`);
        if (own.length === 0 || own.some((l) => lines.all.has(l))) return;
        const ownNames = lineNames(own);
        const examples = [...lines.primary.size > 0 ? lines.primary : lines.all]
          .flatMap((id) => businessLine(id).examples.slice(0, 1))
          .slice(0, 3)
          .map((e) => `“${e}”`)
          .join('、');
        out.push(
          indicatorFinding(indicatorOffPurpose, project, index, {
            severity: 'warning',
            field: 'name',
            message:
              `指标“${ind.name}”衡量的是${ownNames}工作，但本项目的名称、资金用途和绩效目标只涉及` +
              `${lineNames(lines.all)}，没有${ownNames}。`,
            suggestion: `改用与资金用途相关的指标，如${examples}；如果本项目资金确实用于${ownNames}，请在资金用途中写明。`,
          }),
        );
      });
    }
    return out;
  },
};
