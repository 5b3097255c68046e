import { singleUnitScope, type TUnitScope } from '../../core/access/scope.js';
import type { TActualSource, TEvaluationInputs } from '../../contract/api/evaluation-api.js';
import type { TIndicatorProgress } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import { yuanToFen } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { loadGoalBook } from '../../repositories/goal-book.repository.js';
import { getIndicatorProgress } from '../indicators/get-indicator-progress.js';
import { getSpending } from '../spending/get-spending.js';

/** Where an actual comes from, in the evaluation's words: what the progress board says, or missing. */
export function sourceOf(i: Pick<TIndicatorProgress, 'source' | 'actual' | 'assessment'>): TActualSource {
  const s = i.source as string | null;
  if (s === 'manual' && i.actual === null && i.assessment) return 'assessment';
  if (s === 'metric' || s === 'ledger' || s === 'assessment' || s === 'manual') return s;
  return 'missing';
}

/**
 * The live inputs of a unit's self-evaluation as of the year's last day: the goal book (budgets, goals,
 * targets, 分值), every indicator's actual through the indicator-progress use-case (the one path every
 * actual takes), and spending (budget in force, spent) through the spending view.
 */
export async function loadEvaluationInputs(o: { db: Db; scope: TUnitScope; year: number }): Promise<TEvaluationInputs> {
  const asOf = `${o.year}-12-31`;
  const stored = await loadGoalBook(o.db, o.scope.rootUnit, o.year);
  if (!stored) throw new DomainError('NOT_FOUND', { zh: `${o.scope.rootUnit.name}（${o.scope.rootUnit.code}）没有 ${o.year} 年度的绩效目标，请先导入`, en: `${o.scope.rootUnit.name} has no goal book for ${o.year}; import it first` });
  // the self-evaluation is the unit's own document: its figures are the unit's records, whoever reads it
  // (a county-level reader's scope would add the units below)
  const [board, spending] = await Promise.all([getIndicatorProgress({ db: o.db, scope: singleUnitScope(o.scope.rootUnit), year: o.year, asOf }), getSpending({ db: o.db, scope: o.scope, year: o.year, asOf })]);
  const progressOf = new Map(board.indicators.map((i) => [i.indicatorId, i]));
  const spendingOf = new Map(spending.projects.map((p) => [p.code, p]));
  return {
    unit: { code: o.scope.rootUnit.code, name: o.scope.rootUnit.name },
    year: o.year,
    asOf,
    projects: stored.content.projects.map((p) => {
      const ids = stored.indicatorIds.get(p.code) ?? [];
      const s = spendingOf.get(p.code);
      return {
        code: p.code,
        name: p.name,
        budget: p.budget,
        budgetInForceFen: yuanToFen(s?.budget ?? p.budget.total),
        spentFen: yuanToFen(s?.spent ?? 0),
        goals: p.goals,
        indicators: p.indicators.map((ind, n) => {
          const id = ids[n]!;
          const g = progressOf.get(id);
          return {
            id,
            level1: ind.level1,
            level2: ind.level2,
            name: ind.name,
            target: ind.target,
            documentWeight: ind.weight ?? null,
            actual: g?.actual ?? null,
            source: g ? sourceOf(g) : 'missing',
            assessment: g?.assessment ?? null,
            met: g?.met ?? null,
            lowerIsBetter: g?.direction === 'lower',
          };
        }),
      };
    }),
  };
}
