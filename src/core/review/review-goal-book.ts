import type { TGoalBook } from '../../contract/goal-book.js';
import { RULES } from './rules/index.js';
import type { TReviewContext, TReviewCriterion, TReviewFinding } from './types.js';

/**
 * Goal review (绩效目标审核): run every rule over a goal book and return the findings in a fixed order —
 * department findings first, then by project order, indicator order (project-level findings before the
 * project's indicator findings) and rule id. Pure: the same book always gives the same list.
 */

export const REVIEW_RULES: ReadonlyArray<{ id: string; criterion: TReviewCriterion; title: string }> = RULES.map(({ id, criterion, title }) => ({ id, criterion, title }));

export function reviewGoalBook(book: TGoalBook, extra: Omit<TReviewContext, 'book'> = {}): TReviewFinding[] {
  const ctx: TReviewContext = { book, ...extra };
  const findings: TReviewFinding[] = [];
  for (const rule of RULES) {
    for (const f of rule.check(ctx)) findings.push(f);
  }
  // Project order by first occurrence of the code; a repeated code (itself a finding) sorts with the first.
  const projectOrder = new Map<string, number>();
  book.projects.forEach((p, i) => {
    if (!projectOrder.has(p.code)) projectOrder.set(p.code, i);
  });
  const projectRank = (f: TReviewFinding) => (f.projectCode === undefined ? -1 : (projectOrder.get(f.projectCode) ?? book.projects.length));
  // Array.prototype.sort is stable, so findings equal on every key keep the order their rule emitted.
  return findings.sort((a, b) => projectRank(a) - projectRank(b) || (a.indicatorIndex ?? -1) - (b.indicatorIndex ?? -1) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
