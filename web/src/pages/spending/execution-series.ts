import type { TExecution, TSpendingView } from '../../../../src/contract/api/spending-api';
import { dayOfYear, daysInYear, isoDate, monthEnd } from '../../../../src/core/dates';
import { yuanToFen } from '../../../../src/core/money';
import type { StepPoint } from '../../components/charts';

/**
 * Chart series and alert figures from spending views. The plan's steps are read from the views at each
 * month-end (a milestone is always a month-end, so the planned percentage can only change there), which
 * keeps the chart exactly what the API computes, budget revisions and the department's weighting
 * included, without a second copy of the plan in the web.
 */

/** the views at the twelve month-ends, January first; undefined while loading */
export type MonthEndViews = readonly TSpendingView[] | undefined;

export type Pick = (view: TSpendingView) => TExecution | undefined;

export interface PlanStep extends StepPoint {
  month: number;
}

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Today when it falls in the year, else the year's last day (a past year) or first day (a future one). */
export function defaultAsOf(year: number, today: string): string {
  const todayYear = Number(today.slice(0, 4));
  if (todayYear === year) return today;
  return todayYear > year ? isoDate(year, 12, 31) : isoDate(year, 1, 1);
}

/** day offsets at which each month starts, for the chart's month labels */
export function monthStartDays(year: number): number[] {
  return MONTHS.map((m) => dayOfYear(isoDate(year, m, 1)) - 1);
}

export function planSteps(views: MonthEndViews, pick: Pick, year: number): PlanStep[] {
  const steps: PlanStep[] = [];
  let previous = 0;
  views?.forEach((view, i) => {
    const planned = pick(view)?.plannedPercent;
    if (planned === undefined || planned === previous) return;
    const month = i + 1;
    steps.push({ month, day: dayOfYear(monthEnd(year, month)), value: planned });
    previous = planned;
  });
  return steps;
}

/** the month of the milestone in force at asOf, or null before the first */
export function milestoneAt(steps: readonly PlanStep[], asOf: string, year: number): PlanStep | null {
  const day = dayOfYear(asOf);
  if (Number(asOf.slice(0, 4)) !== year) return null;
  return [...steps].reverse().find((s) => s.day <= day) ?? null;
}

/**
 * The actual cumulative line: 0 at the start of the year, each month-end before asOf, then asOf itself;
 * and the projection from asOf to the year-end figure the API projects from the pace so far.
 */
export function actualSeries(views: MonthEndViews, pick: Pick, current: TExecution, asOf: string, year: number): { line: StepPoint[]; projection: StepPoint[] } {
  const asOfDay = dayOfYear(asOf);
  const line: StepPoint[] = [{ day: 0, value: 0 }];
  views?.forEach((view, i) => {
    const date = monthEnd(year, i + 1);
    const figures = pick(view);
    if (date < asOf && figures) line.push({ day: dayOfYear(date), value: figures.executionRate * 100 });
  });
  line.push({ day: asOfDay, value: current.executionRate * 100 });
  const total = daysInYear(year);
  const projection =
    asOfDay < total && current.budget > 0 ? [{ day: asOfDay, value: current.executionRate * 100 }, { day: total, value: (current.projectedYearEnd / current.budget) * 100 }] : [];
  return { line, projection };
}

/** 元 still to pay to reach the plan in force (0 when on or ahead of plan), exact in fen. */
export function shortfallYuan(e: TExecution): number {
  const missingFen = Math.round((yuanToFen(e.budget) * e.plannedPercent) / 100) - yuanToFen(e.spent);
  return Math.max(0, missingFen) / 100;
}

/** 0.459 → "45.90%" */
export const ratePercent = (ratio: number): string => `${(ratio * 100).toFixed(2)}%`;

/** 50 → "50%", 33.33 → "33.33%" */
export const plainPercent = (value: number): string => `${Number(value.toFixed(2))}%`;

/** −4.1 → "−4.10", 3.17 → "+3.17" */
export const signedPoints = (points: number): string => (points > 0 ? '+' : points < 0 ? '−' : '') + Math.abs(points).toFixed(2);
