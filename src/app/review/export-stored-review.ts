import type { TUnitScope } from '../../core/access/scope.js';
import type { Db } from '../../db/client.js';
import { exportReview, reviewFileName } from '../../documents/export-review.js';
import { getGoalBook } from '../goal-book/get-goal-book.js';
import { reviewStoredGoalBook } from './review-goal-book-use-cases.js';

/** The 审核意见表 of what is stored for the scope's unit and year, as .xlsx or .docx (findings named by their projects). */
export async function exportStoredReview(options: { db: Db; scope: TUnitScope; year: number; format: 'xlsx' | 'docx' }): Promise<{ fileName: string; bytes: Buffer }> {
  const [review, book] = await Promise.all([reviewStoredGoalBook(options), getGoalBook(options)]);
  const bytes = await exportReview(review, new Map(book.projects.map((p) => [p.code, p.name])), options.format);
  return { fileName: reviewFileName(review, options.format), bytes };
}
