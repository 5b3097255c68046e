import { DomainError } from '../../core/errors.js';
import { yuanToFen } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { findProjectByCode } from '../../repositories/goal-book.repository.js';
import { dailySpending, listBudgetRevisions } from '../../repositories/spending.repository.js';
import type { TUnitNode, TUnitScope } from '../../core/access/scope.js';

/**
 * 年初预算数 is the document's figure. Once money has been paid or the budget revised, a different
 * amount is an adjustment (调整预算): it must go through a budget revision, which keeps its date and
 * reason and passes the overspend control, never an overwrite of the initial figure.
 */
export async function assertInitialBudgetEditable(options: { db: Db; scope: TUnitScope; year: number; code: string; budget: { total: number; fiscal: number; other: number } }): Promise<void> {
  const project = await findProjectByCode(options.db, options.scope.rootUnit.id, options.year, options.code);
  if (!project) return;
  const unchanged =
    project.budgetTotalFen === yuanToFen(options.budget.total) && project.budgetFiscalFen === yuanToFen(options.budget.fiscal) && project.budgetOtherFen === yuanToFen(options.budget.other);
  if (unchanged) return;
  const paid = (await dailySpending(options.db, project.id)).length > 0;
  const revised = (await listBudgetRevisions(options.db, options.scope.rootUnit.id, options.year, project.id)).length > 0;
  if (paid || revised) {
    throw new DomainError(
      'CONFLICT',
      `项目“${project.name}”已有${paid ? '支付记录' : '预算调整记录'}，年初预算数不能再直接修改：请在“预算执行”中为该项目“调整预算”（写明生效日期和原因，并接受超支控制），调整会保留历史`,
    );
  }
}
