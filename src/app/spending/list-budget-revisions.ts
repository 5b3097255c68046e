import type { TBudgetRevisionView } from '../../contract/api/spending-api.js';
import { budgetInForce } from '../../core/spending/budget.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listBudgetRevisions as queryRevisions, type BudgetRevisionRow, type SpendingProjectRow } from '../../repositories/spending.repository.js';
import { loadSpendingScope, projectOf, requireProject } from './spending-scope.js';

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
export async function listBudgetRevisions(options: { db: Db; unitCode: string; year: number; projectCode?: string | undefined }): Promise<TBudgetRevisionView[]> {
  const scope = await loadSpendingScope(options.db, options.unitCode, options.year);
  const projectId = options.projectCode ? requireProject(scope, options.projectCode).id : undefined;
  const rows = await queryRevisions(options.db, scope.unit.id, scope.year, projectId);
  return rows
    .map((row) => revisionView(row, projectOf(scope, row.projectId), rows.filter((r) => r.projectId === row.projectId)))
    .sort((a, b) => b.id - a.id);
}
