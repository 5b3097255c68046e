import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { reviewComments } from '../db/schema/index.js';

export type ReviewCommentRow = typeof reviewComments.$inferSelect;

export async function listReviewComments(exec: Executor, unitId: number, year: number): Promise<ReviewCommentRow[]> {
  return exec.select().from(reviewComments).where(and(eq(reviewComments.unitId, unitId), eq(reviewComments.year, year))).orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

export async function insertReviewComment(exec: Executor, values: typeof reviewComments.$inferInsert): Promise<ReviewCommentRow> {
  const [row] = await exec.insert(reviewComments).values(values).returning();
  return row!;
}
