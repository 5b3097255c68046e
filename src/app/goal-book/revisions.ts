import type { TUnitScope } from '../../core/access/scope.js';
import { DomainError } from '../../core/errors.js';
import type { Executor } from '../../db/client.js';
import { getRevision, listRevisions } from '../../repositories/goal-book.repository.js';

type RevisionRow = NonNullable<Awaited<ReturnType<typeof getRevision>>>;

const summaryOf = (row: Pick<RevisionRow, 'number' | 'source' | 'summary' | 'changes' | 'actorName' | 'createdAt'>) => ({
  number: row.number,
  source: row.source,
  summary: row.summary,
  changeCount: row.changes.length,
  actorName: row.actorName,
  createdAt: row.createdAt.toISOString(),
});

/** A unit-year's goal-book revisions, newest first (summaries). */
export async function listGoalBookRevisions(o: { db: Executor; scope: TUnitScope; year: number }) {
  return (await listRevisions(o.db, o.scope.rootUnit.id, o.year)).map(summaryOf);
}

/** One revision: its changes and the whole goal book after it. */
export async function getGoalBookRevision(o: { db: Executor; scope: TUnitScope; year: number; number: number }) {
  const row = await getRevision(o.db, o.scope.rootUnit.id, o.year, o.number);
  if (!row) throw new DomainError('NOT_FOUND', { zh: `没有第 ${o.number} 次修订`, en: `There is no revision ${o.number}` });
  return { ...summaryOf(row), changes: row.changes, snapshot: row.snapshot };
}
