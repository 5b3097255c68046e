import type { TEditResult } from '../../contract/api/goal-book-api.js';
import type { ImportGoalBookResult } from '../../app/goal-book/import-goal-book.js';

/** A goal-book write as the API answers it: status, diff and the revision it made (none when unchanged). */
export function presentEditResult(r: ImportGoalBookResult): TEditResult {
  return { status: r.status, diff: r.diff, ...(r.revision !== undefined ? { revision: r.revision } : {}) };
}
