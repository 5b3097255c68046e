import type { TUnitScope } from '../../core/access/scope.js';
import type { TEvaluation, TEvaluationInputs, TEvaluationJudgements } from '../../contract/api/evaluation-api.js';
import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import { evaluate } from '../../core/scoring/evaluate.js';
import { DEFAULT_SCHEME } from '../../core/scoring/scheme.js';
import type { Db, Executor } from '../../db/client.js';
import { findEvaluationState, findScheme, type EvaluationReportRow } from '../../repositories/evaluation.repository.js';
import { loadEvaluationInputs } from './load-evaluation-inputs.js';

/** The unit-year's scheme: stored, else the 财预〔2020〕10号 default. */
export async function schemeOf(exec: Executor, unitId: number, year: number): Promise<TScoringScheme> {
  return (await findScheme(exec, unitId, year)) ?? DEFAULT_SCHEME;
}

/** What a snapshot holds: the inputs, the scheme and the judgements as they stood at approval. */
export interface EvaluationSnapshot {
  inputs: TEvaluationInputs;
  scheme: TScoringScheme;
  lines: [number, NonNullable<ReturnType<TEvaluationJudgements['lines']['get']>>][];
  actualResults: [string, string][];
}

export const evaluateSnapshot = (s: EvaluationSnapshot): TEvaluation => evaluate(s.inputs, s.scheme, { lines: new Map(s.lines), actualResults: new Map(s.actualResults) });

/** The report row, the scheme in force and the judgements of a unit-year, read in one statement. */
export interface EvaluationState {
  report: EvaluationReportRow | null;
  scheme: TScoringScheme;
  judgements: TEvaluationJudgements;
}

export async function loadEvaluationState(exec: Executor, unitId: number, year: number): Promise<EvaluationState> {
  const state = await findEvaluationState(exec, unitId, year);
  return {
    report: state.report,
    scheme: state.scheme ?? DEFAULT_SCHEME,
    judgements: {
      lines: new Map(state.lines.map((l) => [l.indicatorId, { signedScore: l.signedScore, signReason: l.signReason, bandScore: l.bandScore, deviation: l.deviation }])),
      actualResults: new Map(state.notes.map((n) => [n.projectCode, n.actualResults])),
    },
  };
}

/** The live evaluation from the state already read: the inputs read now, the stored scheme and judgements. */
export async function evaluateLive(o: { db: Db; scope: TUnitScope; year: number }, state: EvaluationState): Promise<TEvaluation> {
  return evaluate(await loadEvaluationInputs(o), state.scheme, state.judgements);
}

/**
 * The unit's 绩效自评 as `evaluate` prints it: frozen figures once the report is approved, else live
 * ones (inputs read now, the stored scheme and judgements).
 */
export async function getEvaluation(o: { db: Db; scope: TUnitScope; year: number; live?: boolean }): Promise<TEvaluation> {
  const state = await loadEvaluationState(o.db, o.scope.rootUnit.id, o.year);
  if (state.report?.snapshot && !o.live) return evaluateSnapshot(state.report.snapshot as EvaluationSnapshot);
  return evaluateLive(o, state);
}
