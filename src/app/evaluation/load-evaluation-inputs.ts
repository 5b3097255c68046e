import { singleUnitScope, type TUnitScope } from '../../core/access/scope.js';
import type { TActualSource, TEvaluationInputs } from '../../contract/api/evaluation-api.js';
import type { TIndicatorProgress } from '../../contract/api/registers-api.js';
import { DomainError } from '../../core/errors.js';
import { yuanToFen } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { loadGoalBook, type StoredGoalBook } from '../../repositories/goal-book.repository.js';
import { getIndicatorProgress } from '../indicators/get-indicator-progress.js';
import { getSpendingOf } from '../spending/get-spending.js';

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
  if (!stored)
    throw new DomainError('NOT_FOUND', {
      zh: `${o.scope.rootUnit.name}（${o.scope.rootUnit.code}）没有 ${o.year} 年度的绩效目标，请先导入`,
      en: `${o.scope.rootUnit.name} has no goal book for ${o.year}; import it first`,
    });
  // the self-evaluation is the unit's own document: its figures are the unit's records, whoever reads it
  // (a county-level reader's scope would add the units below)
  // spending from the goal book's project rows: the unit and its projects are read once
  const [board, spending] = await Promise.all([
    getIndicatorProgress({ db: o.db, scope: singleUnitScope(o.scope.rootUnit), year: o.year, asOf }),
    getSpendingOf({ db: o.db, unit: o.scope.rootUnit, year: o.year, asOf, projects: stored.projectRows }),
  ]);
  return evaluationInputsOf({ unit: o.scope.rootUnit, year: o.year, asOf, stored, board: board.indicators, spending: spending.projects });
}

/**
 * The inputs from what was read: the goal book, the board's indicators (none: every actual missing)
 * and the spending view's projects (none: nothing spent, the document's budget). `projectCode` keeps
 * one project only — what validating one of its lines needs.
 */
export function evaluationInputsOf(o: {
  unit: { code: string; name: string };
  year: number;
  asOf: string;
  stored: StoredGoalBook;
  board: readonly TIndicatorProgress[];
  spending: readonly { code: string; budget: number; spent: number }[];
  projectCode?: string;
}): TEvaluationInputs {
  const { stored } = o;
  const progressOf = new Map(o.board.map((i) => [i.indicatorId, i]));
  const spendingOf = new Map(o.spending.map((p) => [p.code, p]));
  return {
    unit: { code: o.unit.code, name: o.unit.name },
    year: o.year,
    asOf: o.asOf,
    projects: stored.content.projects
      .filter((p) => o.projectCode === undefined || p.code === o.projectCode)
      .map((p) => {
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
