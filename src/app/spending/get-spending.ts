import type { TSpendingView } from '../../contract/api/spending-api.js';
import { budgetInForce } from '../../core/spending/budget.js';
import { computeExecution, rollUpExecution, type ExecutionFigures } from '../../core/spending/execution.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listBudgetRevisions, spentByProject } from '../../repositories/spending.repository.js';
import { loadSpendingScope } from './spending-scope.js';
import { readSpendingSettings } from './spending-settings.js';

const view = (f: ExecutionFigures) => ({
  budget: f.budget,
  spent: f.spent,
  executionRate: f.executionRate,
  plannedPercent: f.plannedPercent,
  gapPoints: f.gapPoints,
  light: f.light,
  projectedYearEnd: f.projectedYearEnd,
});

/**
 * 预算执行 of a unit's year as of a date: per project the budget in force, spent to date, the plan
 * milestone in force and the light; the department total rolled up from them. Spending is one
 * aggregate query over the unit's year, whatever the number of payments.
 */
export async function getSpending(options: { db: Db; unitCode: string; year: number; asOf: string }): Promise<TSpendingView> {
  const { db, year, asOf } = options;
  const scope = await loadSpendingScope(db, options.unitCode, year);
  const [settings, spent, revisions] = await Promise.all([
    readSpendingSettings(db, scope.unit.id),
    spentByProject(db, scope.unit.id, year, asOf),
    listBudgetRevisions(db, scope.unit.id, year),
  ]);
  const thresholds = settings.lightThresholds;
  const figures = scope.projects.map((project) =>
    computeExecution({
      budgetFen: budgetInForce(
        project.budgetTotalFen,
        revisions.filter((r) => r.projectId === project.id),
        asOf,
      ),
      spentFen: spent.get(project.id) ?? 0,
      plan: project.spendingPlan,
      asOf,
      year,
      thresholds,
    }),
  );
  return {
    unit: { code: scope.unit.code, name: scope.unit.name },
    year,
    asOf,
    settings,
    projects: scope.projects.map((project, i) => ({ code: project.code, name: project.name, initialBudget: fenToYuan(project.budgetTotalFen), ...view(figures[i]!) })),
    total: view(rollUpExecution(figures, thresholds)),
  };
}
