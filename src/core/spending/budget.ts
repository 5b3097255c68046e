/**
 * 调整预算: a budget is never overwritten. Each revision says from which date it is in force; the
 * budget on a date is the latest revision effective on or before it, else the initial budget. Two
 * revisions effective the same day: the one recorded later (higher id) wins.
 */

export interface BudgetRevisionLike {
  id: number;
  effectiveOn: string;
  totalFen: number;
}

export function revisionInForce<R extends BudgetRevisionLike>(revisions: readonly R[], asOf: string): R | null {
  let best: R | null = null;
  for (const revision of revisions) {
    if (revision.effectiveOn > asOf) continue;
    if (!best || revision.effectiveOn > best.effectiveOn || (revision.effectiveOn === best.effectiveOn && revision.id > best.id)) best = revision;
  }
  return best;
}

export function budgetInForce(initialFen: number, revisions: readonly BudgetRevisionLike[], asOf: string): number {
  return revisionInForce(revisions, asOf)?.totalFen ?? initialFen;
}
