import type { TTarget } from '../contract/goal-book.js';
import { directionOf } from './indicator-progress.js';

/**
 * A metric's standard (达标线): how a qualitative target it answers reads as achieved or not. A written
 * target such as 严格控制在预算资金内 or 及时完成 has no number; bound to a metric that declares a
 * standard, it is read against that standard instead — spent ≤ 100% of the budget in force is
 * 控制在预算内 (achieved), every case within its legal deadline (100%) is 及时完成. A quantitative
 * target in the metric's own unit is read as written; in another unit (≤50万元 against a rate in %)
 * the standard applies too, since the metric's figure cannot be compared with it.
 */
export interface TMetricStandard {
  comparator: '>=' | '<=';
  value: number;
  unit: string;
  /** the reading in words, shown beside the target */
  text: string;
}

/** The target an indicator's progress is measured against: its own, or the bound metric's standard. */
export function targetReadAs(name: string, target: TTarget, metric: { unit: string; standard?: TMetricStandard | undefined } | null): { target: TTarget; standard: TMetricStandard | null } {
  const standard = metric?.standard;
  if (!standard) return { target, standard: null };
  const qualitative = directionOf(name, target) === 'qualitative';
  if (!qualitative && target.unit === metric.unit) return { target, standard: null };
  return { target: { raw: target.raw, kind: 'quantitative', comparator: standard.comparator, value: standard.value, unit: standard.unit }, standard };
}
