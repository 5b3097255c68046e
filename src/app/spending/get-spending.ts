import type { TUnitScope } from '../../core/access/scope.js';
import type { TSpendingSettings, TSpendingView } from '../../contract/api/spending-api.js';
import { budgetInForce } from '../../core/spending/budget.js';
import { computeExecution, rollUpExecution, type ExecutionFigures } from '../../core/spending/execution.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listBudgetRevisions, spentByProject, type BudgetRevisionRow, type LedgerProjectRow, type SpendingProjectRow } from '../../repositories/spending.repository.js';
import { loadSpendingYear } from './spending-year.js';
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
export async function getSpending(options: { db: Db; scope: TUnitScope; year: number; asOf: string }): Promise<TSpendingView> {
  const spendingYear = await loadSpendingYear(options.db, options.scope.rootUnit, options.year);
  return getSpendingOf({ ...options, unit: spendingYear.unit, projects: spendingYear.projects });
}

/**
 * The same view when the caller has already read the unit's projects (the self-evaluation reads them
 * with the goal book): three queries instead of five.
 */
export async function getSpendingOf(o: { db: Db; unit: { id: number; code: string; name: string }; year: number; asOf: string; projects: readonly SpendingProjectRow[] }): Promise<TSpendingView> {
  const { db, year, asOf } = o;
  const [settings, spent, revisions] = await Promise.all([readSpendingSettings(db, o.unit.id), spentByProject(db, o.unit.id, year, asOf), listBudgetRevisions(db, o.unit.id, year)]);
  return spendingView({ unit: o.unit, year, asOf, settings, projects: o.projects, revisions, spent });
}

/**
 * The view from what was read: shared by one unit's view and the county rollup (which reads projects,
 * revisions and spending of every unit at once), so both give the same figures.
 */
export function spendingView(o: Omit<SpendingInputs, 'projects'> & { unit: { code: string; name: string }; projects: readonly SpendingProjectRow[] }): TSpendingView {
  const { year, asOf, settings } = o;
  const { projects: figures, total } = executionFigures(o);
  return {
    unit: { code: o.unit.code, name: o.unit.name },
    year,
    asOf,
    settings,
    projects: o.projects.map((project, i) => ({ code: project.code, name: project.name, initialBudget: fenToYuan(project.budgetTotalFen), ...view(figures[i]!) })),
    total: view(total),
  };
}

export interface SpendingInputs {
  year: number;
  asOf: string;
  settings: TSpendingSettings;
  projects: readonly LedgerProjectRow[];
  revisions: readonly BudgetRevisionRow[];
  spent: ReadonlyMap<number, number>;
}

/** Per project and rolled up: the figures (in fen and 元) of the spending view. */
export function executionFigures(o: SpendingInputs): { projects: ExecutionFigures[]; total: ExecutionFigures } {
  const { year, asOf } = o;
  const thresholds = o.settings.lightThresholds;
  const figures = o.projects.map((project) =>
    computeExecution({
      budgetFen: budgetInForce(
        project.budgetTotalFen,
        o.revisions.filter((r) => r.projectId === project.id),
        asOf,
      ),
      spentFen: o.spent.get(project.id) ?? 0,
      plan: project.spendingPlan,
      asOf,
      year,
      thresholds,
    }),
  );
  return { projects: figures, total: rollUpExecution(figures, thresholds) };
}
