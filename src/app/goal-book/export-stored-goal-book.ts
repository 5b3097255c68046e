import type { TUnitScope } from '../../core/access/scope.js';
import type { Db } from '../../db/client.js';
import { exportFileName, exportGoalBook, type ExportFormat } from '../../documents/export-goal-book.js';
import { getGoalBook } from './get-goal-book.js';

/** The stored goal book as a file: the standard tables (.xlsx/.docx) or the interchange JSON. */
export async function exportStoredGoalBook(options: { db: Db; scope: TUnitScope; year: number; format: ExportFormat }) {
  const book = await getGoalBook(options);
  return { fileName: exportFileName(book, options.format), bytes: await exportGoalBook(book, options.format) };
}
