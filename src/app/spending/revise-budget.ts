import { z } from 'zod';
import type { TBudgetRevisionInput, ZBudgetRevisionResult } from '../../contract/api/spending-api.js';
import { yuanToFen } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { insertBudgetRevision, listBudgetRevisions } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { revisionView } from './list-budget-revisions.js';
import { guardOverspend } from './overspend-guard.js';
import { assertInYear, loadSpendingScope, requireProject } from './spending-scope.js';
import { readSpendingSettings } from './spending-settings.js';

/**
 * 调整预算: a new budget for a project from a date on, with its reason. Added, never overwritten;
 * a cut below what is already spent is refused or warned like an overspending payment.
 */
export async function reviseBudget(options: { db: Db; unitCode: string; year: number; actor: Actor; input: TBudgetRevisionInput }): Promise<z.infer<typeof ZBudgetRevisionResult>> {
  const { actor, input } = options;
  return options.db.transaction(async (tx) => {
    const scope = await loadSpendingScope(tx, options.unitCode, options.year);
    await lockUnit(tx, scope.unit.id);
    const project = requireProject(scope, input.projectCode);
    assertInYear(scope, input.effectiveOn, { zh: '调整生效日期', en: 'The effective date' });
    const totalFen = yuanToFen(input.total);
    const settings = await readSpendingSettings(tx, scope.unit.id);
    const warning = await guardOverspend(tx, {
      unitId: scope.unit.id,
      year: scope.year,
      project,
      settings,
      // ids grow, so the new revision wins over others effective the same day
      change: { revision: { id: Number.MAX_SAFE_INTEGER, effectiveOn: input.effectiveOn, totalFen }, from: input.effectiveOn },
    });
    const row = await insertBudgetRevision(tx, {
      unitId: scope.unit.id,
      year: scope.year,
      projectId: project.id,
      effectiveOn: input.effectiveOn,
      totalFen,
      fiscalFen: yuanToFen(input.fiscal),
      otherFen: yuanToFen(input.other),
      reason: input.reason,
      actorId: actor.userId,
      actorName: actor.name,
    });
    const revisions = await listBudgetRevisions(tx, scope.unit.id, scope.year, project.id);
    const revision = revisionView(row, project, revisions);
    await recordAudit(tx, {
      actor,
      unitId: scope.unit.id,
      action: 'budget.revise',
      entity: 'budget_revision',
      entityId: String(row.id),
      before: { projectCode: project.code, totalFen: yuanToFen(revision.previousTotal) },
      after: { projectCode: project.code, effectiveOn: row.effectiveOn, totalFen: row.totalFen, fiscalFen: row.fiscalFen, otherFen: row.otherFen, reason: row.reason, ...(warning ? { warning } : {}) },
    });
    return { revision, ...(warning ? { warning } : {}) };
  });
}
