import type { TEvaluation, TEvaluationIndicator, TEvaluationInputs, TEvaluationJudgements, TEvaluationProject } from '../../contract/api/evaluation-api.js';
import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import type { LocalizedText } from '../errors.js';
import { fenToYuan } from '../money.js';
import { BAND_OF_ASSESSMENT, gradeOf, roundScore } from './scheme.js';
import { scoreProject, type ScoringIndicator } from './score.js';

/**
 * The unit's self-evaluation from its inputs (goal book, actuals, spending), its scheme and the
 * people's judgements. Pure: the same frozen inputs give the same report. `problems` lists what keeps
 * it from being submitted: a missing actual, a missed indicator without 偏差原因, a signed score
 * without its reason, weights that do not add up.
 */
export function evaluate(inputs: TEvaluationInputs, scheme: TScoringScheme, judgements: TEvaluationJudgements): TEvaluation {
  const problems: LocalizedText[] = [];
  const projects: TEvaluationProject[] = inputs.projects.map((p) => {
    const signed = new Map<string, number>();
    const scoring: ScoringIndicator[] = p.indicators.map((i) => {
      const line = judgements.lines.get(i.id);
      if (line?.signedScore !== undefined && line.signedScore !== null) signed.set(String(i.id), line.signedScore);
      const band = i.assessment ? BAND_OF_ASSESSMENT[i.assessment]! : i.target.kind === 'qualitative' && i.actual !== null && i.met !== null ? (i.met ? 'achieved' : 'notAchieved') : null;
      return {
        key: String(i.id),
        level1: i.level1,
        name: i.name,
        target: i.target,
        documentWeight: i.documentWeight ?? undefined,
        actual: i.actual,
        band,
        bandScore: line?.bandScore ?? null,
        lowerIsBetter: i.lowerIsBetter,
      };
    });
    const r = scoreProject({ budgetFen: p.budgetInForceFen, spentFen: p.spentFen, indicators: scoring, signed, scheme });
    for (const w of r.weights.problems) problems.push({ zh: `项目“${p.name}”：${w.zh}`, en: `Project ${p.code}: ${w.en}` });
    const indicators: TEvaluationIndicator[] = p.indicators.map((i, n) => {
      const s = r.indicators[n]!;
      const line = judgements.lines.get(i.id);
      const deviation = line?.deviation?.trim() ? line.deviation.trim() : null;
      const signReason = line?.signReason?.trim() ? line.signReason.trim() : null;
      const met = s.met;
      const deviationRequired = met === false;
      const where = { zh: `项目“${p.name}”指标“${i.name}”`, en: `Project ${p.code}, indicator ${i.name}` };
      if (s.computedScore === null) problems.push({ zh: `${where.zh}没有实际完成值（缺失），请补齐后再提交`, en: `${where.en}: no actual value` });
      if (deviationRequired && deviation === null) problems.push({ zh: `${where.zh}未完成目标，请填写偏差原因分析及改进措施`, en: `${where.en}: missed its target; give the cause and corrective measures` });
      if (s.differs && signReason === null) problems.push({ zh: `${where.zh}签署得分 ${s.signedScore} 与计算得分 ${s.computedScore} 不同，请写明理由`, en: `${where.en}: signed ${s.signedScore} differs from computed ${s.computedScore}; give the reason` });
      return {
        id: i.id,
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: i.target,
        actual: i.actual,
        assessment: i.assessment,
        source: i.source,
        weight: s.weight,
        score: s.score,
        computedScore: s.computedScore,
        signedScore: s.signedScore,
        signReason,
        bandScore: line?.bandScore ?? null,
        differs: s.differs,
        met,
        missing: s.computedScore === null,
        explanation: s.explanation,
        deviation,
        deviationRequired,
      };
    });
    const proposed = proposeActualResults(indicators);
    return {
      code: p.code,
      name: p.name,
      initialBudget: p.budget.total,
      budgetFiscal: p.budget.fiscal,
      budgetOther: p.budget.other,
      budget: fenToYuan(p.budgetInForceFen),
      spent: fenToYuan(p.spentFen),
      executionRate: Math.round(r.execution.rate * 10000) / 10000,
      executionWeight: r.execution.weight,
      executionScore: r.execution.score,
      executionExplanation: r.execution.explanation,
      goals: p.goals,
      actualResults: judgements.actualResults.get(p.code)?.trim() || proposed,
      actualResultsProposed: proposed,
      indicators,
      missing: r.missing,
      total: r.total,
      computedTotal: r.computedTotal,
      grade: r.grade,
      cap: r.cap,
    };
  });
  const budgetFen = inputs.projects.reduce((s, p) => s + p.budgetInForceFen, 0);
  const spentFen = inputs.projects.reduce((s, p) => s + p.spentFen, 0);
  const complete = projects.filter((p) => p.total !== null);
  const weightSum = complete.reduce((s, p) => s + p.budget, 0);
  const averageTotal =
    complete.length === projects.length && complete.length > 0
      ? roundScore(weightSum > 0 ? complete.reduce((s, p) => s + p.total! * p.budget, 0) / weightSum : complete.reduce((s, p) => s + p.total!, 0) / complete.length, scheme.rounding)
      : null;
  const ranked = [...projects].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || b.budget - a.budget || a.code.localeCompare(b.code));
  return {
    unit: inputs.unit,
    year: inputs.year,
    asOf: inputs.asOf,
    scheme,
    projects,
    department: {
      budget: fenToYuan(budgetFen),
      spent: fenToYuan(spentFen),
      executionRate: budgetFen > 0 ? Math.round((spentFen / budgetFen) * 10000) / 10000 : 0,
      projects: projects.length,
      complete: complete.length,
      averageTotal,
      grade: averageTotal === null ? null : gradeOf(averageTotal),
      ranking: ranked.map((p, n) => ({ rank: n + 1, code: p.code, name: p.name, total: p.total, grade: p.grade, budget: p.budget })),
    },
    problems,
  };
}

const shown = (i: TEvaluationIndicator) => (i.actual !== null ? String(i.actual) + (i.target.unit && i.target.unit !== '年底' ? i.target.unit : '') : (i.assessment ?? '—'));

/** 实际完成情况 as jixiao proposes it from the indicators' results; the unit may rewrite it. */
export function proposeActualResults(indicators: readonly TEvaluationIndicator[]): string {
  const met = indicators.filter((i) => i.met === true).length;
  const missed = indicators.filter((i) => i.met === false);
  const missing = indicators.filter((i) => i.missing).length;
  const done = indicators
    .filter((i) => i.met === true && i.actual !== null)
    .map((i) => `${i.name}${shown(i)}`)
    .join('，');
  return [
    `共 ${indicators.length} 项指标，完成 ${met} 项${missed.length > 0 ? `，未完成 ${missed.length} 项` : ''}${missing > 0 ? `，缺少实际完成值 ${missing} 项` : ''}。`,
    done ? `${done}。` : '',
    missed.length > 0 ? `未完成：${missed.map((i) => `${i.name}实际${shown(i)}（目标${i.target.raw}）`).join('；')}。` : '',
  ].join('');
}
