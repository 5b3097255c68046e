import type { TUnitScope } from '../../core/access/scope.js';
import type { TProgressBoard } from '../../contract/api/registers-api.js';
import type { Db } from '../../db/client.js';
import { getIndicatorProgress } from './get-indicator-progress.js';
import { previousActuals } from './previous-actuals.js';

/**
 * The 指标进度 page's board: the progress board, each indicator with last year's actual beside this
 * year's (`previousActual`, from previous-actuals: last year's approved evaluation, else its live figures).
 * Reports read `getIndicatorProgress` alone: their figures do not depend on the year before.
 */
export async function getIndicatorBoard(o: { db: Db; scope: TUnitScope; year: number; asOf: string }): Promise<TProgressBoard> {
  const [board, previous] = await Promise.all([getIndicatorProgress(o), previousActuals({ db: o.db, unit: o.scope.rootUnit, year: o.year - 1 })]);
  return {
    ...board,
    indicators: board.indicators.map((i) => {
      const p = previous.find({ projectCode: i.projectCode, projectName: i.projectName, name: i.name });
      return { ...i, previousActual: p ? { year: previous.year, target: p.target, actual: p.actual, assessment: p.assessment, source: p.source } : null };
    }),
  };
}
