import type { TGoalBook } from '../../contract/goal-book.js';
import type { TGoalBookDiff } from '../../contract/goal-book-change.js';
import { diffGoalBooks } from '../../core/goal-book-diff.js';
import type { Db } from '../../db/client.js';
import { findUnitByCode, loadGoalBook } from '../../repositories/goal-book.repository.js';
import { contentOf } from './import-goal-book.js';

/** What importing `book` would create or change, without writing anything. */
export async function previewGoalBookImport(options: { db: Db; book: TGoalBook }): Promise<TGoalBookDiff> {
  const next = contentOf(options.book);
  const unit = await findUnitByCode(options.db, next.unit.code);
  const stored = unit ? await loadGoalBook(options.db, unit, next.year) : null;
  return diffGoalBooks(stored ? stored.content : null, next);
}
