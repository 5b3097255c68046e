import { singleUnitScope, type TUnitScope } from '../../core/access/scope.js';
import type { TEvaluationIndicator, TEvaluationProject } from '../../contract/api/evaluation-api.js';
import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import { DomainError } from '../../core/errors.js';
import { evaluate } from '../../core/scoring/evaluate.js';
import type { Db } from '../../db/client.js';
import { loadGoalBook } from '../../repositories/goal-book.repository.js';
import { getIndicatorProgress } from '../indicators/get-indicator-progress.js';
import { loadLineKinds, type LineKinds } from '../indicators/line-kinds.js';
import { loadEvaluationState } from './get-evaluation.js';
import { evaluationInputsOf } from './load-evaluation-inputs.js';

export interface EvaluatedLine {
  p: TEvaluationProject;
  i: TEvaluationIndicator;
  scheme: TScoringScheme;
  kinds: LineKinds;
}

/**
 * One self-evaluation line as the live evaluation computes it, from what the line needs: its project's
 * indicators (weights are shared out within the project), the scheme and the stored judgements — and
 * the indicator-progress board only when the caller needs the actual or the assessment (a score within
 * the band, a signed score without a reason). Spending is never read: no line score depends on it.
 * The same core `evaluate` scores it, on that one project, so the figures are the live report's.
 */
export async function evaluateLine(o: { db: Db; scope: TUnitScope; year: number }, indicatorId: number, need: { needsActual: boolean }): Promise<EvaluatedLine> {
  const unit = o.scope.rootUnit;
  const asOf = `${o.year}-12-31`;
  const [stored, state, kinds] = await Promise.all([loadGoalBook(o.db, unit, o.year), loadEvaluationState(o.db, unit.id, o.year), loadLineKinds(o.db, unit.id, o.year)]);
  const projectCode = stored ? [...stored.indicatorIds.entries()].find(([code, ids]) => code !== '' && ids.includes(indicatorId))?.[0] : undefined;
  if (!stored || projectCode === undefined) throw new DomainError('NOT_FOUND', { zh: `${o.year}年度没有编号为 ${indicatorId} 的指标`, en: `No indicator ${indicatorId} in ${o.year}` });
  const board = need.needsActual ? (await getIndicatorProgress({ db: o.db, scope: singleUnitScope(unit), year: o.year, asOf })).indicators : [];
  const evaluation = evaluate(evaluationInputsOf({ unit, year: o.year, asOf, stored, board, spending: [], projectCode }), state.scheme, state.judgements);
  const p = evaluation.projects[0]!;
  return { p, i: p.indicators.find((x) => x.id === indicatorId)!, scheme: state.scheme, kinds };
}
