import type { TSpendingMilestone } from '../../contract/goal-book.js';
import { dayOfYear, daysInYear, yearOf } from '../dates.js';
import type { TExecutionLight } from '../lights.js';
import { fenToYuan } from '../money.js';
import { plannedPercentAt } from './plan.js';

/**
 * 预算执行 against the plan, for one project or rolled up for the department. Amounts are integer fen
 * until the result; 元 figures are produced once, from fen, at the end.
 */

/**
 * Light thresholds as a percentage of planned execution (actual ÷ planned × 100): below `yellow` is
 * red, from `yellow` to below `green` is yellow, from `green` up is green.
 */
export interface LightThresholds {
  yellow: number;
  green: number;
}

export const DEFAULT_LIGHT_THRESHOLDS: LightThresholds = { yellow: 60, green: 80 };

export interface ExecutionFigures {
  budgetFen: number;
  spentFen: number;
  projectedYearEndFen: number;
  /** 元 */
  budget: number;
  /** 元 */
  spent: number;
  /** spent ÷ budget as a ratio (0.3 = 30%); 0 when there is no budget */
  executionRate: number;
  /** the plan's cumulative percentage in force at asOf */
  plannedPercent: number;
  /** executionRate × 100 − plannedPercent: negative means behind plan */
  gapPoints: number;
  light: TExecutionLight;
  /** 元 */
  projectedYearEnd: number;
}

const round = (value: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/**
 * The light compares actual execution with planned execution. Compared as integers (spent × 100 × 100
 * against threshold × planned × budget) so that exactly 60% of plan is yellow, not red by float noise.
 * Nothing planned yet, or no budget to execute, is green: nobody can be behind a plan of 0.
 */
export function lightFor(spentFen: number, budgetFen: number, plannedPercent: number, thresholds: LightThresholds): TExecutionLight {
  if (plannedPercent <= 0 || budgetFen <= 0) return 'green';
  const actual = spentFen * 10_000;
  if (actual < thresholds.yellow * plannedPercent * budgetFen) return 'red';
  if (actual < thresholds.green * plannedPercent * budgetFen) return 'yellow';
  return 'green';
}

/**
 * Year-end projection from the pace so far:
 *   elapsed = days of the budget year up to and including asOf (0 before the year, all of it after);
 *   projected = spent × daysInYear ÷ elapsed, capped at max(budget, spent).
 * The cap keeps an early fast start (one large payment in January) from projecting many times the
 * budget: spending past the budget needs a revision first. Before the year it is 0; once the year is
 * over it is what was actually spent.
 */
export function projectYearEndFen(spentFen: number, budgetFen: number, asOf: string, year: number): number {
  const total = daysInYear(year);
  const asOfYear = yearOf(asOf);
  const elapsed = asOfYear < year ? 0 : asOfYear > year ? total : dayOfYear(asOf);
  if (elapsed === 0) return spentFen;
  if (elapsed >= total) return spentFen;
  const linear = Math.round((spentFen * total) / elapsed);
  return Math.min(linear, Math.max(budgetFen, spentFen));
}

function figures(budgetFen: number, spentFen: number, plannedPercent: number, projectedYearEndFen: number, thresholds: LightThresholds): ExecutionFigures {
  const executionRate = budgetFen > 0 ? round(spentFen / budgetFen, 6) : 0;
  const gapPoints = budgetFen > 0 ? round((spentFen * 100) / budgetFen - plannedPercent, 2) : round(-plannedPercent, 2);
  return {
    budgetFen,
    spentFen,
    projectedYearEndFen,
    budget: fenToYuan(budgetFen),
    spent: fenToYuan(spentFen),
    executionRate,
    plannedPercent,
    gapPoints,
    light: lightFor(spentFen, budgetFen, plannedPercent, thresholds),
    projectedYearEnd: fenToYuan(projectedYearEndFen),
  };
}

export interface ExecutionInput {
  /** the budget in force at asOf */
  budgetFen: number;
  /** active payments paid on or before asOf */
  spentFen: number;
  plan: readonly TSpendingMilestone[];
  asOf: string;
  year: number;
  thresholds: LightThresholds;
}

export function computeExecution(input: ExecutionInput): ExecutionFigures {
  const planned = plannedPercentAt(input.plan, input.asOf, input.year);
  return figures(input.budgetFen, input.spentFen, planned, projectYearEndFen(input.spentFen, input.budgetFen, input.asOf, input.year), input.thresholds);
}

/**
 * The department's figures from its projects': budgets, spending and projections are sums of fen;
 * the planned percentage is the budget-weighted mean of the projects' (a large project behind plan
 * weighs more than a small one); rate, gap and light follow from those exactly as for one project.
 */
export function rollUpExecution(projects: readonly ExecutionFigures[], thresholds: LightThresholds): ExecutionFigures {
  let budgetFen = 0;
  let spentFen = 0;
  let projectedFen = 0;
  let weighted = 0;
  for (const p of projects) {
    budgetFen += p.budgetFen;
    spentFen += p.spentFen;
    projectedFen += p.projectedYearEndFen;
    weighted += p.budgetFen * p.plannedPercent;
  }
  const planned = budgetFen > 0 ? round(weighted / budgetFen, 2) : 0;
  return figures(budgetFen, spentFen, planned, projectedFen, thresholds);
}
