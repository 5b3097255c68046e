import { formatFen } from '../money.js';
import { budgetInForce, type BudgetRevisionLike } from './budget.js';

/**
 * 超支控制. Cumulative spending must stay within the budget in force on every date. A payment dated
 * in March also counts in every later month, and a budget cut from November lowers the limit from
 * then on, so a change is checked from its date to the end of time, not on its date alone.
 */

export interface DatedAmount {
  date: string;
  amountFen: number;
}

export interface Overspend {
  /** the first date the excess is at its largest */
  onDate: string;
  budgetFen: number;
  spentFen: number;
  excessFen: number;
}

export interface OverspendInput {
  initialFen: number;
  revisions: readonly BudgetRevisionLike[];
  /** active payments (or per-day sums of them) of one project */
  payments: readonly DatedAmount[];
  /** check dates on or after this one */
  from: string;
}

/** Spending only rises on payment dates and the budget only changes on revision dates: the only dates to look at. */
function breakpoints(input: OverspendInput): string[] {
  const dates = [input.from];
  for (const p of input.payments) if (p.date >= input.from) dates.push(p.date);
  for (const r of input.revisions) if (r.effectiveOn >= input.from) dates.push(r.effectiveOn);
  return dates;
}

/** Cumulative spending against the budget in force on each of the (sorted) dates. */
function excessOn(input: OverspendInput, dates: string[]): Overspend[] {
  const payments = [...input.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let spentFen = 0;
  let next = 0;
  return dates.map((date) => {
    while (next < payments.length && payments[next]!.date <= date) spentFen += payments[next++]!.amountFen;
    const budgetFen = budgetInForce(input.initialFen, input.revisions, date);
    return { onDate: date, budgetFen, spentFen, excessFen: spentFen - budgetFen };
  });
}

/**
 * The overspend a change causes, comparing the project before and after it date by date from the
 * change on: on some date the excess after the change is larger than before it (or than nothing,
 * where there was none). A change that leaves every excess as it was, or reduces it (a smaller amount,
 * a void), causes none — so a project that went over in 'warn' mode can still be corrected after
 * switching to 'stop' — while a new excess is caught even when a larger one already exists on another
 * date. Reports the date where the change adds the most.
 */
export function overspendCaused(before: OverspendInput, after: OverspendInput): Overspend | null {
  const dates = [...new Set([...breakpoints(before), ...breakpoints(after)])].sort();
  const was = excessOn(before, dates);
  const now = excessOn(after, dates);
  let caused: Overspend | null = null;
  let largestIncrease = 0;
  now.forEach((o, i) => {
    const increase = o.excessFen - Math.max(0, was[i]!.excessFen);
    if (o.excessFen > 0 && increase > largestIncrease) {
      largestIncrease = increase;
      caused = o;
    }
  });
  return caused;
}

/** "截至 2022-06-30 累计支付 60000.00 元，超出当时在用预算 50000.00 元 10000.00 元" */
export function describeOverspend(o: Overspend): string {
  return `截至 ${o.onDate} 累计支付 ${formatFen(o.spentFen, '元')} 元，超出当时在用预算 ${formatFen(o.budgetFen, '元')} 元 ${formatFen(o.excessFen, '元')} 元`;
}
