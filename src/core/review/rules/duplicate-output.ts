import type { TIndicator, TProject } from '../../../contract/goal-book.js';
import { formatTarget } from '../../target.js';
import { indicatorFinding, projectLabel } from '../finding.js';
import { isQuantityIndicator, level1Kind } from '../indicator-kind.js';
import { labelKey } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** Units that count the same thing: 场 and 次 are both occasions. */
const SAME_UNIT: Record<string, string> = { 场: '次', 场次: '次' };

/** The identity of an output: what is counted and how much, ignoring brackets, width and unit spelling. */
export function outputKey(ind: TIndicator): string | undefined {
  const t = ind.target;
  if (t.kind !== 'quantitative' || t.value === undefined) return undefined;
  const name = labelKey(ind.name);
  if (name === '') return undefined;
  const unit = t.unit === undefined ? '' : (SAME_UNIT[t.unit] ?? t.unit);
  return `${name}\u0001${t.comparator ?? '='}\u0001${t.value}\u0001${unit}`;
}

interface TClaim {
  project: TProject;
  index: number;
  indicator: TIndicator;
}

/**
 * The same output claimed by several budget lines (人民调解案件数 ≥2300件 in two projects): either the
 * work is counted twice or each table copied the department's total. Only 产出·数量 indicators are
 * compared — a shared quality rate (办结率 100%) or satisfaction level (≥95%) is a standard, not a claim.
 * Grouped in one map keyed by name + target, so the cost is linear in the number of indicators.
 * One finding per duplicated output, attached to the second claim (the first project to repeat it; the
 * first claim stays clean), naming every project involved.
 */
export const duplicateOutput: TReviewRule = {
  id: 'duplicate-output',
  criterion: '重复',
  title: '同一产出由多个项目重复申报',
  check({ book }) {
    const groups = new Map<string, TClaim[]>();
    for (const project of book.projects) {
      project.indicators.forEach((indicator, index) => {
        if (level1Kind(indicator.level1) !== 'output' || !isQuantityIndicator(indicator)) return;
        const key = outputKey(indicator);
        if (key === undefined) return;
        const list = groups.get(key);
        const claim = { project, index, indicator };
        if (!list) groups.set(key, [claim]);
        // The same output twice in one project is duplicate-indicator's business.
        else if (!list.some((c) => c.project === project)) list.push(claim);
      });
    }
    const out: TReviewFinding[] = [];
    for (const claims of groups.values()) {
      if (claims.length < 2) continue;
      const second = claims[1]!;
      const what = `${labelKey(second.indicator.name)} ${formatTarget(second.indicator.target)}`;
      out.push(
        indicatorFinding(duplicateOutput, second.project, second.index, {
          severity: 'warning',
          field: 'target',
          message:
            `产出“${what}”由${claims.length}个项目同时申报：${claims.map((c) => projectLabel(c.project)).join('；')}。` +
            '同一工作量重复计入多个预算项目，年底会被重复考核。',
          suggestion: '按各项目资金实际支撑的工作量分别填写（各项目之和等于全年任务），或只在一个项目中申报该产出、其他项目改用各自的产出指标。',
        }),
      );
    }
    return out;
  },
};
