import type { TUnitScope } from '../../core/access/scope.js';
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
import { assertInYear, loadSpendingYear, requireProject } from './spending-year.js';
import { readSpendingSettings } from './spending-settings.js';

/**
 * 调整预算: a new budget for a project from a date on, with its reason. Added, never overwritten;
 * a cut below what is already spent is refused or warned like an overspending payment.
 */
export async function reviseBudget(options: { db: Db; scope: TUnitScope; year: number; actor: Actor; input: TBudgetRevisionInput }): Promise<z.infer<typeof ZBudgetRevisionResult>> {
  const { actor, input } = options;
  return options.db.transaction(async (tx) => {
    const spendingYear = await loadSpendingYear(tx, options.scope.rootUnit, options.year);
    await lockUnit(tx, spendingYear.unit.id);
    const project = requireProject(spendingYear, input.projectCode);
    assertInYear(spendingYear, input.effectiveOn, { zh: '调整生效日期', en: 'The effective date' });
    const totalFen = yuanToFen(input.total);
    const settings = await readSpendingSettings(tx, spendingYear.unit.id);
    const warning = await guardOverspend(tx, {
      unitId: spendingYear.unit.id,
      year: spendingYear.year,
      project,
      settings,
      // ids grow, so the new revision wins over others effective the same day
      change: { revision: { id: Number.MAX_SAFE_INTEGER, effectiveOn: input.effectiveOn, totalFen }, from: input.effectiveOn },
    });
    const row = await insertBudgetRevision(tx, {
      unitId: spendingYear.unit.id,
      year: spendingYear.year,
      projectId: project.id,
      effectiveOn: input.effectiveOn,
      totalFen,
      fiscalFen: yuanToFen(input.fiscal),
      otherFen: yuanToFen(input.other),
      reason: input.reason,
      actorId: actor.userId,
      actorName: actor.name,
    });
    const revisions = await listBudgetRevisions(tx, spendingYear.unit.id, spendingYear.year, project.id);
    const revision = revisionView(row, project, revisions);
    await recordAudit(tx, {
      actor,
      unitId: spendingYear.unit.id,
      action: 'budget.revise',
      entity: 'budget_revision',
      entityId: String(row.id),
      before: { projectCode: project.code, totalFen: yuanToFen(revision.previousTotal) },
      after: { projectCode: project.code, effectiveOn: row.effectiveOn, totalFen: row.totalFen, fiscalFen: row.fiscalFen, otherFen: row.otherFen, reason: row.reason, ...(warning ? { warning } : {}) },
    });
    return { revision, ...(warning ? { warning } : {}) };
  });
}
