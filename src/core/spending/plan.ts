import type { TSpendingMilestone } from '../../contract/goal-book.js';
import { monthEnd } from '../dates.js';

/**
 * 资金支出计划 as a step function: the cumulative percentage planned as of a date is the latest
 * milestone whose month-end (in the budget year) is on or before that date, and 0 before the first.
 * The plan does not ramp between milestones — 25% by 31 March means 25% from 31 March on, not 12.5%
 * in mid-February. After the year every milestone has passed, so the last one holds.
 */
export function plannedPercentAt(plan: readonly TSpendingMilestone[], asOf: string, year: number): number {
  let latest: TSpendingMilestone | undefined;
  for (const milestone of plan) {
    if (monthEnd(year, milestone.month) > asOf) continue;
    if (!latest || milestone.month > latest.month) latest = milestone;
  }
  return latest?.cumulativePercent ?? 0;
}
