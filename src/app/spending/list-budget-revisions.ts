import type { TUnitScope } from '../../core/access/scope.js';
import type { TBudgetRevisionView } from '../../contract/api/spending-api.js';
import { budgetInForce } from '../../core/spending/budget.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listBudgetRevisions as queryRevisions, type BudgetRevisionRow, type SpendingProjectRow } from '../../repositories/spending.repository.js';
import { loadSpendingYear, projectOf, requireProject } from './spending-year.js';

/** One revision with the budget it replaced: what was in force on its date before it was recorded. */
export function revisionView(row: BudgetRevisionRow, project: SpendingProjectRow, projectRevisions: readonly BudgetRevisionRow[]): TBudgetRevisionView {
  const earlier = projectRevisions.filter((r) => r.id < row.id);
  return {
    id: row.id,
    projectCode: project.code,
    projectName: project.name,
    effectiveOn: row.effectiveOn,
    total: fenToYuan(row.totalFen),
    fiscal: fenToYuan(row.fiscalFen),
    other: fenToYuan(row.otherFen),
    previousTotal: fenToYuan(budgetInForce(project.budgetTotalFen, earlier, row.effectiveOn)),
    reason: row.reason,
    actorName: row.actorName,
    createdAt: row.createdAt.toISOString(),
  };
}

/** 预算调整记录 of a unit's year (or one project), newest first. */
export async function listBudgetRevisions(options: { db: Db; scope: TUnitScope; year: number; projectCode?: string | undefined }): Promise<TBudgetRevisionView[]> {
  const spendingYear = await loadSpendingYear(options.db, options.scope.rootUnit, options.year);
  const projectId = options.projectCode ? requireProject(spendingYear, options.projectCode).id : undefined;
  const rows = await queryRevisions(options.db, spendingYear.unit.id, spendingYear.year, projectId);
  return rows
    .map((row) => revisionView(row, projectOf(spendingYear, row.projectId), rows.filter((r) => r.projectId === row.projectId)))
    .sort((a, b) => b.id - a.id);
}
