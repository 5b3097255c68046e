import type { TUnitNode } from '../../core/access/scope.js';
import type { GoalBookContent } from '../../core/goal-book-diff.js';
import { reviewGoalBook, type TReviewFinding } from '../../core/review/index.js';
import type { Executor } from '../../db/client.js';
import { findUnitById, loadGoalBook } from '../../repositories/goal-book.repository.js';
import { listLatestRevisions, listReviewSummaries, upsertReviewSummary } from '../../repositories/review.repository.js';
import { reviewContextOf } from './review-context.js';

/**
 * The count of review findings kept per goal book (review_summary), written with every revision of the
 * book (commitGoalBook, in its transaction) so the county dashboard reads one row per unit instead of
 * reviewing every unit's book on each request. The library and last year's actuals are read as they
 * are when the revision is written; `check` tells the books whose review would count differently
 * today (a library entry or last year's figures changed since) and `rebuild` reviews every book again.
 */

export interface TReviewCounts {
  findings: number;
  errors: number;
  warnings: number;
  suggestions: number;
}

export function reviewCounts(findings: readonly TReviewFinding[]): TReviewCounts {
  const of = (s: TReviewFinding['severity']) => findings.filter((f) => f.severity === s).length;
  return { findings: findings.length, errors: of('error'), warnings: of('warning'), suggestions: of('suggestion') };
}

/** Review a goal book's content with today's library and last year's actuals and count the findings. */
async function countFindings(exec: Executor, unit: TUnitNode, content: GoalBookContent): Promise<TReviewCounts> {
  const context = await reviewContextOf(exec, unit, content.year);
  return reviewCounts(reviewGoalBook({ ...content, warnings: [] }, context));
}

/** Review the revision just written and keep its counts (in the writer's transaction). */
export async function storeReviewSummary(exec: Executor, o: { unit: TUnitNode; revision: number; content: GoalBookContent }): Promise<void> {
  await upsertReviewSummary(exec, { unitId: o.unit.id, year: o.content.year, revision: o.revision, ...(await countFindings(exec, o.unit, o.content)) });
}

export interface ReviewSummaryDisagreement {
  unitId: number;
  year: number;
  stored: (TReviewCounts & { revision: number }) | null;
  computed: TReviewCounts & { revision: number };
}

/** Each stored goal book's latest revision reviewed now (for check and rebuild). */
async function reviewEveryBook(exec: Executor, o: { unreviewed?: boolean } = {}): Promise<Array<{ unitId: number; year: number; revision: number; counts: TReviewCounts }>> {
  const out: Array<{ unitId: number; year: number; revision: number; counts: TReviewCounts }> = [];
  for (const { unitId, year, revision } of await listLatestRevisions(exec, o)) {
    const unit = await findUnitById(exec, unitId);
    const stored = unit ? await loadGoalBook(exec, unit, year) : null;
    if (!unit || !stored) continue;
    out.push({ unitId, year, revision, counts: await countFindings(exec, unit, stored.content) });
  }
  return out;
}

/** Where the stored counts differ from a review of each book now (at most `limit`, with the count). */
export async function checkReviewSummaries(exec: Executor, limit: number): Promise<{ count: number; sample: ReviewSummaryDisagreement[] }> {
  const sample: ReviewSummaryDisagreement[] = [];
  let count = 0;
  for (const book of await reviewEveryBook(exec)) {
    const stored = (await listReviewSummaries(exec, [book.unitId], book.year)).get(book.unitId) ?? null;
    const same = stored && stored.revision === book.revision && (['findings', 'errors', 'warnings', 'suggestions'] as const).every((k) => stored[k] === book.counts[k]);
    if (same) continue;
    count++;
    if (sample.length < limit)
      sample.push({
        unitId: book.unitId,
        year: book.year,
        stored: stored ? { revision: stored.revision, findings: stored.findings, errors: stored.errors, warnings: stored.warnings, suggestions: stored.suggestions } : null,
        computed: { revision: book.revision, ...book.counts },
      });
  }
  return { count, sample };
}

/** Review every stored goal book again (`unreviewed`: only those never reviewed, e.g. kept before review_summary existed) and keep the counts. */
export async function rebuildReviewSummaries(exec: Executor, o: { unreviewed?: boolean } = {}): Promise<number> {
  const books = await reviewEveryBook(exec, o);
  for (const b of books) await upsertReviewSummary(exec, { unitId: b.unitId, year: b.year, revision: b.revision, ...b.counts });
  return books.length;
}
