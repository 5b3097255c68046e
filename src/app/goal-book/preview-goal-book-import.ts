import type { TGoalBookImportPreview } from '../../contract/api/goal-book-api.js';
import type { TGoalBook } from '../../contract/goal-book.js';
import type { TGoalBookDiff } from '../../contract/goal-book-change.js';
import type { TAccessSubject } from '../../core/access/scope.js';
import { diffGoalBooks } from '../../core/goal-book-diff.js';
import { reviewGoalBook } from '../../core/review/index.js';
import type { Db } from '../../db/client.js';
import { readGoalDocument } from '../../documents/read-goal-document.js';
import { findUnitByCode, loadGoalBook } from '../../repositories/goal-book.repository.js';
import { assertMayImportUnit } from '../units/resolve-scope.js';
import { contentOf } from './import-goal-book.js';

/** What importing `book` would create or change, without writing anything. */
export async function previewGoalBookImport(options: { db: Db; book: TGoalBook }): Promise<TGoalBookDiff> {
  const next = contentOf(options.book);
  const unit = await findUnitByCode(options.db, next.unit.code);
  const stored = unit ? await loadGoalBook(options.db, unit, next.year) : null;
  return diffGoalBooks(stored ? stored.content : null, next);
}

/**
 * An uploaded goal document read and checked, nothing stored: the goal book it holds, what importing it
 * would change, and its goal review. Access to the unit the document names is checked once it is read
 * (a document names its own unit).
 */
export async function previewGoalDocument(options: { db: Db; subject: TAccessSubject; bytes: Buffer; fileName: string; year?: number | undefined }): Promise<TGoalBookImportPreview> {
  const goalBook = await readGoalDocument(options.bytes, { fileName: options.fileName, ...(options.year !== undefined ? { year: options.year } : {}) });
  await assertMayImportUnit({ db: options.db, subject: options.subject, unit: goalBook.unit });
  return { goalBook, diff: await previewGoalBookImport({ db: options.db, book: goalBook }), findings: reviewGoalBook(goalBook) };
}
