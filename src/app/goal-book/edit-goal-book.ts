import type { TUnitScope } from '../../core/access/scope.js';
import { ZGoalBook } from '../../contract/goal-book.js';
import { DomainError } from '../../core/errors.js';
import type { GoalBookContent } from '../../core/goal-book-diff.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../actor.js';
import type { StoredGoalBook } from '../../repositories/goal-book.repository.js';

/** Ids of the stored rows, so an edit addressed by id finds its project and indicator. */
export type StoredIds = Pick<StoredGoalBook, 'projectIds' | 'indicatorIds'>;

/** Where an indicator id sits: its project's code (null for the department's own) and index. */
export function locateIndicator(ids: StoredIds, indicatorId: number): { projectCode: string | null; index: number } {
  for (const [code, list] of ids.indicatorIds) {
    const index = list.indexOf(indicatorId);
    if (index >= 0) return { projectCode: code === '' ? null : code, index };
  }
  throw new DomainError('NOT_FOUND', { zh: '指标不存在（可能已被他人删除），请刷新', en: 'The indicator does not exist (someone may have deleted it): reload' });
}
import { commitGoalBook, loadForChange, type ImportGoalBookResult, type RevisionSource } from './import-goal-book.js';

export interface EditGoalBookOptions {
  db: Db;
  scope: TUnitScope;
  year: number;
  actor: Actor;
  source?: RevisionSource;
  note?: string;
  /** returns the changed book; throw a DomainError to refuse */
  change: (content: GoalBookContent, ids: StoredIds) => GoalBookContent;
}

/**
 * Every edit of a stored goal book: load it under the unit's lock, apply the change, check the result
 * against the schema and commit it as a revision — in one transaction, so two people editing at once
 * cannot overwrite each other's work.
 */
export async function editGoalBook(options: EditGoalBookOptions): Promise<ImportGoalBookResult> {
  return options.db.transaction(async (tx) => {
    const stored = await loadForChange(tx, options.scope.rootUnit.code, options.year);
    if (!stored) throw new DomainError('NOT_FOUND', { zh: `单位 ${options.scope.rootUnit.code} 没有 ${options.year} 年度的绩效目标`, en: `Unit ${options.scope.rootUnit.code} has no performance goals for ${options.year}` });
    const next = options.change(structuredClone(stored.content), { projectIds: stored.projectIds, indicatorIds: stored.indicatorIds });
    const checked = ZGoalBook.safeParse({ ...next, warnings: [] });
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new DomainError('VALIDATION_FAILED', { zh: `修改后的数据不正确：${issue.path.join('.')} ${issue.message}`, en: `The changed data is not valid: ${issue.path.join('.')} ${issue.message}` });
    }
    return commitGoalBook(tx, stored, next, { actor: options.actor, source: options.source ?? 'edit', note: options.note });
  });
}
