import { DomainError } from '../../core/errors.js';
import type { GoalBookContent } from '../../core/goal-book-diff.js';
import { yuanToFen } from '../../core/money.js';
import type { Executor } from '../../db/client.js';
import type { StoredGoalBook } from '../../repositories/goal-book.repository.js';
import { dailySpending, listBudgetRevisions } from '../../repositories/spending.repository.js';

type Budget = GoalBookContent['projects'][number]['budget'];
const sameBudget = (a: Budget, b: Budget) => yuanToFen(a.total) === yuanToFen(b.total) && yuanToFen(a.fiscal) === yuanToFen(b.fiscal) && yuanToFen(a.other) === yuanToFen(b.other);

/**
 * 年初预算数 is the document's figure. Once money has been paid or the budget revised, a different
 * amount is an adjustment (调整预算): it must go through a budget revision, which keeps its date and
 * reason and passes the overspend control, never an overwrite of the initial figure. Checked in the
 * commit of every goal-book write (edit, import, review fix, revision restore), inside its transaction
 * and under the unit's lock, so no write path bypasses it.
 */
export async function assertInitialBudgetsKept(tx: Executor, unitId: number, stored: StoredGoalBook, next: GoalBookContent): Promise<void> {
  const before = new Map(stored.content.projects.map((p) => [p.code, p]));
  for (const project of next.projects) {
    const old = before.get(project.code);
    const id = stored.projectIds.get(project.code);
    if (!old || id === undefined || sameBudget(old.budget, project.budget)) continue;
    const paid = (await dailySpending(tx, id)).length > 0;
    const revised = !paid && (await listBudgetRevisions(tx, unitId, next.year, id)).length > 0;
    if (paid || revised) {
      throw new DomainError(
        'CONFLICT',
        { zh: `项目“${old.name}”已有${paid ? '支付记录' : '预算调整记录'}，年初预算数不能再直接修改：请在“预算执行”中为该项目“调整预算”（写明生效日期和原因，并接受超支控制），调整会保留历史`, en: `Project “${old.name}” already has ${paid ? 'payments' : 'budget revisions'}, so its initial budget can no longer be edited: use “Revise budget” in Spending (with an effective date and a reason, under overspend control); revisions keep the history` },
      );
    }
  }
}
