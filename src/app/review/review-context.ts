import type { TUnitScope } from '../../core/access/scope.js';
import type { TReviewContext } from '../../core/review/index.js';
import type { Executor } from '../../db/client.js';
import { listLibrary } from '../../repositories/indicator-library.repository.js';
import { previousActuals } from '../indicators/previous-actuals.js';

/**
 * What the library and year-over-year rules need besides the book: the indicator library's names and
 * last year's actuals (app/indicators/previous-actuals.ts: the approved evaluation, else live figures).
 */
export async function reviewContextOf(db: Executor, unit: TUnitScope['rootUnit'], year: number): Promise<Omit<TReviewContext, 'book'>> {
  const [library, previous] = await Promise.all([listLibrary(db), previousActuals({ db, unit, year: year - 1 })]);
  return {
    library,
    previousActual: (i) => {
      const found = previous.find(i);
      return found ? { year: previous.year, actual: found.actual } : null;
    },
  };
}
