import type { TEvaluation, TEvaluationInputs, TEvaluationJudgements } from '../../contract/api/evaluation-api.js';
import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import { evaluate } from '../../core/scoring/evaluate.js';
import { DEFAULT_SCHEME } from '../../core/scoring/scheme.js';
import type { Db, Executor } from '../../db/client.js';
import { findReport, findScheme, listLines, listProjectNotes } from '../../repositories/evaluation.repository.js';
import type { UnitRow } from '../../repositories/goal-book.repository.js';
import { loadEvaluationInputs } from './load-evaluation-inputs.js';

export const NO_JUDGEMENTS: TEvaluationJudgements = { lines: new Map(), actualResults: new Map() };

/** The unit-year's scheme: stored, else the 财预〔2020〕10号 default. */
export async function schemeOf(exec: Executor, unitId: number, year: number): Promise<TScoringScheme> {
  return (await findScheme(exec, unitId, year)) ?? DEFAULT_SCHEME;
}

export async function judgementsOf(exec: Executor, reportId: number | null): Promise<TEvaluationJudgements> {
  if (reportId === null) return NO_JUDGEMENTS;
  const [lines, notes] = await Promise.all([listLines(exec, reportId), listProjectNotes(exec, reportId)]);
  return {
    lines: new Map(lines.map((l) => [l.indicatorId, { signedScore: l.signedScore, signReason: l.signReason, bandScore: l.bandScore, deviation: l.deviation }])),
    actualResults: new Map(notes.map((n) => [n.projectCode, n.actualResults])),
  };
}

/** What a snapshot holds: the inputs, the scheme and the judgements as they stood at approval. */
export interface EvaluationSnapshot {
  inputs: TEvaluationInputs;
  scheme: TScoringScheme;
  lines: [number, NonNullable<ReturnType<TEvaluationJudgements['lines']['get']>>][];
  actualResults: [string, string][];
}

export const evaluateSnapshot = (s: EvaluationSnapshot): TEvaluation => evaluate(s.inputs, s.scheme, { lines: new Map(s.lines), actualResults: new Map(s.actualResults) });

/**
 * The unit's 绩效自评 as `evaluate` prints it: frozen figures once the report is approved, else live
 * ones (inputs read now, the stored scheme and judgements).
 */
export async function getEvaluation(o: { db: Db; unit: UnitRow; year: number; live?: boolean }): Promise<TEvaluation> {
  const report = await findReport(o.db, o.unit.id, o.year);
  if (report?.snapshot && !o.live) return evaluateSnapshot(report.snapshot as EvaluationSnapshot);
  const [inputs, scheme, judgements] = await Promise.all([loadEvaluationInputs(o), schemeOf(o.db, o.unit.id, o.year), judgementsOf(o.db, report?.id ?? null)]);
  return evaluate(inputs, scheme, judgements);
}
