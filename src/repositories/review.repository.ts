import { and, asc, desc, eq } from 'drizzle-orm';
import { unitIdIs } from './unit-ids.js';
import type { Executor } from '../db/client.js';
import { goalBookRevisions, reviewComments, reviewSummaries } from '../db/schema/index.js';

export type ReviewCommentRow = typeof reviewComments.$inferSelect;

export async function listReviewComments(exec: Executor, unitId: number, year: number): Promise<ReviewCommentRow[]> {
  return exec.select().from(reviewComments).where(and(eq(reviewComments.unitId, unitId), eq(reviewComments.year, year))).orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

export async function insertReviewComment(exec: Executor, values: typeof reviewComments.$inferInsert): Promise<ReviewCommentRow> {
  const [row] = await exec.insert(reviewComments).values(values).returning();
  return row!;
}

export type ReviewSummaryRow = typeof reviewSummaries.$inferSelect;
export type ReviewSummaryInput = Omit<typeof reviewSummaries.$inferInsert, 'reviewedAt'>;

/** Store the review of a goal book's revision (replacing the one of an earlier revision). */
export async function upsertReviewSummary(exec: Executor, values: ReviewSummaryInput): Promise<void> {
  const { unitId: _unitId, year: _year, ...counts } = values;
  await exec
    .insert(reviewSummaries)
    .values(values)
    .onConflictDoUpdate({ target: [reviewSummaries.unitId, reviewSummaries.year], set: { ...counts, reviewedAt: new Date() } });
}

/** The stored reviews of these units' goal books of the year, with each book's latest revision (to tell a stale one). */
export async function listReviewSummaries(exec: Executor, unitIds: readonly number[], year: number): Promise<Map<number, ReviewSummaryRow>> {
  if (unitIds.length === 0) return new Map();
  const rows = await exec
    .select()
    .from(reviewSummaries)
    .where(and(unitIdIs(reviewSummaries.unitId, unitIds), eq(reviewSummaries.year, year)));
  return new Map(rows.map((r) => [r.unitId, r]));
}

/** Every goal book (unit, year) with its latest revision number; `unreviewed`: only those without a stored review. */
export async function listLatestRevisions(exec: Executor, o: { unreviewed?: boolean } = {}): Promise<Array<{ unitId: number; year: number; revision: number }>> {
  const latest = await exec
    .selectDistinctOn([goalBookRevisions.unitId, goalBookRevisions.year], { unitId: goalBookRevisions.unitId, year: goalBookRevisions.year, revision: goalBookRevisions.number })
    .from(goalBookRevisions)
    .orderBy(goalBookRevisions.unitId, goalBookRevisions.year, desc(goalBookRevisions.number));
  if (!o.unreviewed) return latest;
  const reviewed = new Set((await exec.select({ unitId: reviewSummaries.unitId, year: reviewSummaries.year }).from(reviewSummaries)).map((r) => `${r.unitId}/${r.year}`));
  return latest.filter((b) => !reviewed.has(`${b.unitId}/${b.year}`));
}
