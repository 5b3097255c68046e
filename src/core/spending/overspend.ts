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

/**
 * The largest excess of cumulative spending over the budget in force on any date from `from` on, or
 * null when spending stays within budget. Spending only rises on payment dates and the budget only
 * changes on revision dates, so those dates (and `from`) are the only ones to look at.
 */
export function worstOverspend(input: OverspendInput): Overspend | null {
  const payments = [...input.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const candidates = new Set<string>([input.from]);
  for (const p of payments) if (p.date >= input.from) candidates.add(p.date);
  for (const r of input.revisions) if (r.effectiveOn >= input.from) candidates.add(r.effectiveOn);
  let worst: Overspend | null = null;
  let spentFen = 0;
  let next = 0;
  for (const date of [...candidates].sort()) {
    while (next < payments.length && payments[next]!.date <= date) spentFen += payments[next++]!.amountFen;
    const budgetFen = budgetInForce(input.initialFen, input.revisions, date);
    const excessFen = spentFen - budgetFen;
    if (excessFen > 0 && (!worst || excessFen > worst.excessFen)) worst = { onDate: date, budgetFen, spentFen, excessFen };
  }
  return worst;
}

/**
 * The overspend a change causes: the excess after it, when it is larger than before. A change that
 * leaves an existing excess as it is, or reduces it (a smaller amount, a void), causes none — so a
 * project that went over in 'warn' mode can still be corrected after switching to 'stop'.
 */
export function overspendCausedBy(before: Overspend | null, after: Overspend | null): Overspend | null {
  if (!after) return null;
  return after.excessFen > (before?.excessFen ?? 0) ? after : null;
}

/** "截至 2022-06-30 累计支付 60000.00 元，超出当时在用预算 50000.00 元 10000.00 元" */
export function describeOverspend(o: Overspend): string {
  return `截至 ${o.onDate} 累计支付 ${formatFen(o.spentFen, '元')} 元，超出当时在用预算 ${formatFen(o.budgetFen, '元')} 元 ${formatFen(o.excessFen, '元')} 元`;
}
