import type { TUnitScope } from '../../core/access/scope.js';
import { ZGoalBook } from '../../contract/goal-book.js';
import { DomainError } from '../../core/errors.js';
import { undoRevisionChanges } from '../../core/goal-book-undo.js';
import type { Db } from '../../db/client.js';
import { getRevision, listRevisions } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { commitGoalBook, loadForChange, type ImportGoalBookResult } from './import-goal-book.js';

/**
 * 撤销此修订: give back the cells a review-fix revision changed, as a new revision (source `undo`),
 * audited like every change of the goal book. Refused when a later revision touched the same cells
 * (core/goal-book-undo.ts says the rule) — checked under the unit's lock, in the transaction that writes.
 * Only review fixes are undone this way: they are the edits applied in one click; an import or an edit
 * is changed back by editing or importing again.
 */
export async function undoRevision(options: { db: Db; scope: TUnitScope; year: number; number: number; actor: Actor }): Promise<ImportGoalBookResult> {
  return options.db.transaction(async (tx) => {
    const stored = await loadForChange(tx, options.scope.rootUnit.code, options.year);
    if (!stored) throw new DomainError('NOT_FOUND', { zh: `单位 ${options.scope.rootUnit.code} 没有 ${options.year} 年度的绩效目标`, en: `No goal book of ${options.year} for unit ${options.scope.rootUnit.code}` });
    const revision = await getRevision(tx, options.scope.rootUnit.id, options.year, options.number);
    if (!revision) throw new DomainError('NOT_FOUND', { zh: `没有第 ${options.number} 次修订`, en: `No revision ${options.number}` });
    if (revision.source !== 'review-fix') {
      throw new DomainError('INVALID_STATE', { zh: `第 ${options.number} 次修订不是“按审核意见修正”，不能一键撤销；请直接编辑或重新导入`, en: `Revision ${options.number} is not a review fix; only review fixes can be undone in one step` });
    }
    const later = (await listRevisions(tx, options.scope.rootUnit.id, options.year)).filter((r) => r.number > options.number);
    const next = undoRevisionChanges(structuredClone(stored.content), revision, later);
    const checked = ZGoalBook.safeParse({ ...next, warnings: [] });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new DomainError('VALIDATION_FAILED', { zh: `撤销后的数据不正确：${issue.path.join('.')} ${issue.message}`, en: `Undoing gives invalid data: ${issue.path.join('.')} ${issue.message}` });
    }
    return commitGoalBook(tx, stored, next, { actor: options.actor, source: 'undo', note: `撤销第 ${options.number} 次修订（${revision.summary}）` });
  });
}
