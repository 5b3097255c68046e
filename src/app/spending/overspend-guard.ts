import type { TSpendingSettings } from '../../contract/api/spending-api.js';
import { DomainError } from '../../core/errors.js';
import { formatFen } from '../../core/money.js';
import type { BudgetRevisionLike } from '../../core/spending/budget.js';
import { describeOverspend, overspendCaused, type DatedAmount, type Overspend } from '../../core/spending/overspend.js';
import type { Executor } from '../../db/client.js';
import { dailySpending, listBudgetRevisions, type SpendingProjectRow } from '../../repositories/spending.repository.js';

export interface SpendingChange {
  /** payments added (positive) or taken away (negative amounts) */
  payments?: DatedAmount[];
  revision?: BudgetRevisionLike;
  /** the earliest date the change affects */
  from: string;
}

/** The overspend a change to one project would cause, read from what is stored; null if none. */
export async function overspendOf(exec: Executor, unitId: number, year: number, project: SpendingProjectRow, change: SpendingChange): Promise<Overspend | null> {
  const current = await dailySpending(exec, project.id);
  const revisions = await listBudgetRevisions(exec, unitId, year, project.id);
  return overspendCaused(
    { initialFen: project.budgetTotalFen, revisions, payments: current, from: change.from },
    {
      initialFen: project.budgetTotalFen,
      revisions: change.revision ? [...revisions, change.revision] : revisions,
      payments: [...current, ...(change.payments ?? [])],
      from: change.from,
    },
  );
}

export function overspendSentence(project: SpendingProjectRow, overspend: Overspend): string {
  return `项目“${project.name}”（${project.code}）${describeOverspend(overspend)}`;
}

/**
 * Apply the unit's overspend setting to one change: in 'stop' mode refuse it (BUDGET_EXCEEDED, saying by
 * how much), in 'warn' mode return the warning to show with the saved result.
 */
export async function guardOverspend(
  exec: Executor,
  options: { unitId: number; year: number; project: SpendingProjectRow; settings: TSpendingSettings; change: SpendingChange },
): Promise<string | undefined> {
  const overspend = await overspendOf(exec, options.unitId, options.year, options.project, options.change);
  if (!overspend) return undefined;
  const sentence = overspendSentence(options.project, overspend);
  if (options.settings.overspendMode === 'stop') {
    throw new DomainError('BUDGET_EXCEEDED', { zh: `${sentence}。本单位设置为“禁止超支”，未保存：如确需支出，请先调整预算，或请管理员把超支控制改为“超支提醒”`, en: `Project “${options.project.name}” (${options.project.code}) would spend ${formatFen(overspend.spentFen, '元')} yuan by ${overspend.onDate}, ${formatFen(overspend.excessFen, '元')} yuan over its budget in force of ${formatFen(overspend.budgetFen, '元')} yuan. This unit refuses overspending, so nothing was saved: if the spending is needed, revise the budget first, or ask an administrator to switch overspend control to “warn”` }, {
      projectCode: options.project.code,
      onDate: overspend.onDate,
      excess: Number(formatFen(overspend.excessFen, '元')),
    });
  }
  return `${sentence}（本单位设置为“超支提醒”，已保存）`;
}
