import { assertInitialBudgetsKept } from '../spending/assert-initial-budget-editable.js';
import type { TGoalBook } from '../../contract/goal-book.js';
import type { TGoalBookDiff } from '../../contract/goal-book-change.js';
import { DomainError } from '../../core/errors.js';
import { diffGoalBooks, type GoalBookContent } from '../../core/goal-book-diff.js';
import type { Db, Tx } from '../../db/client.js';
import { ensureUnit, findUnitByCode, insertRevision, loadGoalBook, lockUnit, writeGoalBook, type StoredGoalBook } from '../../repositories/goal-book.repository.js';
import type { Actor } from '../actor.js';
import type { TAccessSubject } from '../../core/access/scope.js';
import { assertMayImportUnit } from '../units/resolve-scope.js';
import { recordAudit } from '../audit/record-audit.js';

import type { TRevisionSource } from '../../core/revision-sources.js';
export type RevisionSource = TRevisionSource;

export interface ImportGoalBookOptions {
  db: Db;
  book: TGoalBook | GoalBookContent;
  actor: Actor;
  source?: RevisionSource;
  /** a description for the revision; defaults to the diff's summary */
  note?: string;
  /** the signed-in user importing: access to the unit the document names is checked first (the CLI on the server passes none) */
  subject?: TAccessSubject;
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

/** Lock the unit (if it exists) and load its stored goal book, inside the caller's transaction. */
export async function loadForChange(tx: Tx, unitCode: string, year: number): Promise<StoredGoalBook | null> {
  const existing = await findUnitByCode(tx, unitCode);
  if (!existing) return null;
  await lockUnit(tx, existing.id);
  return loadGoalBook(tx, existing, year);
}

/**
 * Write `next` as the new version of a goal book: the difference to what is stored is written (ids of
 * unchanged projects and indicators are kept), recorded as a revision holding the changes and the whole
 * book, and audited — all in the caller's transaction. Nothing is written when nothing changed.
 */
export async function commitGoalBook(
  tx: Tx,
  stored: StoredGoalBook | null,
  next: GoalBookContent,
  options: { actor: Actor; source: RevisionSource; note?: string | undefined },
): Promise<ImportGoalBookResult> {
  const diff = diffGoalBooks(stored ? stored.content : null, next);
  if (stored && diff.changes.length === 0) return { status: 'unchanged', unit: next.unit, year: next.year, diff };
  const unit = await ensureUnit(tx, next.unit);
  if (stored) await assertInitialBudgetsKept(tx, unit.id, stored, next);
  try {
    await writeGoalBook(tx, unit.id, stored, next);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    // 23503 foreign_key_violation (NO ACTION), 23001 restrict_violation (payments reference projects ON DELETE RESTRICT)
    if (code === '23503' || code === '23001') throw new DomainError('CONFLICT', { zh: '要删除的项目或指标已有支出、台账或填报记录，不能删除；请保留它，或先处理相关记录', en: 'The project or indicator to delete already has payments, register links or entered values and cannot be deleted: keep it, or deal with those records first' });
    throw error;
  }
  const summary = options.note ?? diff.summary;
  const revision = await insertRevision(tx, {
    unitId: unit.id,
    year: next.year,
    source: options.source,
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
    after: { revision: revision.number, source: options.source, summary, changes: diff.changes },
  });
  return { status: stored ? 'updated' : 'created', unit: next.unit, year: next.year, diff, revision: revision.number };
}

/**
 * Store a goal book, all or nothing. The same document again changes nothing; a changed one is
 * recorded as a revision of what changed.
 */
export async function importGoalBook(options: ImportGoalBookOptions): Promise<ImportGoalBookResult> {
  const next = contentOf(options.book);
  if (options.subject) await assertMayImportUnit({ db: options.db, subject: options.subject, unit: next.unit });
  return options.db.transaction(async (tx) => {
    const stored = await loadForChange(tx, next.unit.code, next.year);
    return commitGoalBook(tx, stored, next, { actor: options.actor, source: options.source ?? 'import', note: options.note });
  });
}
