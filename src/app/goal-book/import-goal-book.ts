import type { TGoalBook } from '../../contract/goal-book.js';
import type { TGoalBookDiff } from '../../contract/goal-book-change.js';
import { DomainError } from '../../core/errors.js';
import { diffGoalBooks, type GoalBookContent } from '../../core/goal-book-diff.js';
import type { Db } from '../../db/client.js';
import { ensureUnit, findUnitByCode, insertRevision, loadGoalBook, lockUnit, writeGoalBook } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';

export interface ImportGoalBookOptions {
  db: Db;
  book: TGoalBook;
  actor: Actor;
  source?: 'import' | 'edit' | 'review-fix' | 'restore';
  /** a description for the revision; defaults to the diff's summary */
  note?: string;
}

export interface ImportGoalBookResult {
  status: 'created' | 'updated' | 'unchanged';
  unit: { code: string; name: string };
  year: number;
  diff: TGoalBookDiff;
  revision?: number;
}

export function contentOf(book: TGoalBook | GoalBookContent): GoalBookContent {
  const { unit, year, departmentGoals, projects } = book;
  return { unit, year, departmentGoals, projects };
}

/**
 * Store a goal book, all or nothing. The same document again changes nothing; a changed one is
 * written as the difference (ids of unchanged projects and indicators are kept) and recorded as a
 * revision holding the changes and the whole book after them.
 */
export async function importGoalBook(options: ImportGoalBookOptions): Promise<ImportGoalBookResult> {
  const next = contentOf(options.book);
  return options.db.transaction(async (tx) => {
    const existing = await findUnitByCode(tx, next.unit.code);
    if (existing) await lockUnit(tx, existing.id);
    const stored = existing ? await loadGoalBook(tx, existing, next.year) : null;
    const diff = diffGoalBooks(stored ? stored.content : null, next);
    if (stored && diff.changes.length === 0) {
      return { status: 'unchanged' as const, unit: next.unit, year: next.year, diff };
    }
    const unit = await ensureUnit(tx, next.unit);
    try {
      await writeGoalBook(tx, unit.id, stored, next);
    } catch (error) {
      if ((error as { code?: string; cause?: { code?: string } }).code === '23503' || (error as { cause?: { code?: string } }).cause?.code === '23503') {
        throw new DomainError('CONFLICT', '要删除的项目已有支出或台账记录，不能通过导入删除；请保留该项目，或先处理其记录');
      }
      throw error;
    }
    const summary = options.note ?? diff.summary;
    const revision = await insertRevision(tx, {
      unitId: unit.id,
      year: next.year,
      source: options.source ?? 'import',
      summary,
      changes: diff.changes,
      snapshot: next,
      actorId: options.actor.userId,
      actorName: options.actor.name,
    });
    await recordAudit(tx, {
      actor: options.actor,
      unitId: unit.id,
      action: stored ? 'goalBook.update' : 'goalBook.create',
      entity: 'goal_book',
      entityId: `${unit.code}/${next.year}`,
      before: stored ? { revision: revision.number - 1 } : null,
      after: { revision: revision.number, summary, changes: diff.changes.length },
    });
    return { status: stored ? ('updated' as const) : ('created' as const), unit: next.unit, year: next.year, diff, revision: revision.number };
  });
}
