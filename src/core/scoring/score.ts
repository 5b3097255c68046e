import type { TTarget } from '../../contract/goal-book.js';
import type { TBand, TScoringScheme } from '../../contract/scoring-scheme.js';
import type { LocalizedText } from '../errors.js';
import { directionOf, type TDirection } from '../indicator-progress.js';
import { BAND_LABEL, CATEGORY_LABEL, categoryOf, gradeOf, roundScore, type TCategory, type TGrade } from './scheme.js';

/**
 * 绩效自评 scoring by a scheme (财预〔2020〕10号 by default). Pure: every figure comes in as a parameter,
 * so an approved report recomputed from its frozen inputs gives the same numbers years later. Every
 * score carries the formula with its numbers, which the page shows on hover and the export prints.
 */

export interface ScoringIndicator {
  /** stable key (the indicator id) the scheme's weight overrides and signed scores refer to */
  key: string;
  level1: string;
  name: string;
  target: TTarget;
  /** the document's 分值, when it has one */
  documentWeight?: number | undefined;
  /** the numeric actual (register metric, ledger, approved manual value); null when there is none */
  actual: number | null;
  /** the approved assessment's band, for indicators judged rather than counted */
  band: TBand | null;
  /** a score within the band the evaluator signed (else the band's top) */
  bandScore?: number | null | undefined;
  /** names such as 重新犯罪率 are lower-is-better whatever the comparator */
  lowerIsBetter?: boolean;
}

export interface IndicatorScore {
  key: string;
  category: TCategory;
  direction: TDirection;
  weight: number;
  /** null: missing (no actual, no assessment) — never 0 */
  score: number | null;
  met: boolean | null;
  /** which rule gave the score, for tests and the page */
  branch: ScoreBranch | 'missing';
  explanation: LocalizedText;
}

export type ScoreBranch =
  | 'higher-met'
  | 'higher-missed'
  | 'higher-zero-target'
  | 'higher-overshoot'
  | 'lower-met'
  | 'lower-linear'
  | 'lower-beyond-double'
  | 'lower-ratio'
  | 'lower-zero-target'
  | 'band';

const fmt = (n: number) => String(Math.round(n * 10000) / 10000);

export interface WeightAllocation {
  weights: Map<string, number>;
  /** category points after moving an absent category's weight to the others */
  categories: Record<TCategory, number>;
  problems: LocalizedText[];
}

/**
 * Per-indicator weights: the scheme's override, else the document's 分值, else the category's weight
 * (after an absent category's weight has moved to the others in proportion) spread evenly — to the
 * hundredth, the remainder on the last one so the category adds up exactly.
 */
export function allocateWeights(indicators: readonly Pick<ScoringIndicator, 'key' | 'level1' | 'documentWeight' | 'name'>[], scheme: TScoringScheme): WeightAllocation {
  const present = new Set(indicators.map((i) => categoryOf(i.level1)));
  const base = scheme.categoryWeights;
  const all: TCategory[] = ['output', 'benefit', 'satisfaction'];
  const presentBase = all.filter((c) => present.has(c)).reduce((s, c) => s + base[c], 0);
  const absent = all.filter((c) => !present.has(c)).reduce((s, c) => s + base[c], 0);
  const categories = Object.fromEntries(all.map((c) => [c, present.has(c) ? (presentBase > 0 ? base[c] + (absent * base[c]) / presentBase : 0) : 0])) as Record<TCategory, number>;
  const weights = new Map<string, number>();
  const problems: LocalizedText[] = [];
  for (const c of all) {
    const members = indicators.filter((i) => categoryOf(i.level1) === c);
    if (members.length === 0) continue;
    const fixed = members.map((i) => scheme.indicatorWeights[i.key] ?? i.documentWeight);
    const rest = members.filter((_, n) => fixed[n] === undefined);
    const fixedSum = fixed.reduce<number>((s, w) => s + (w ?? 0), 0);
    const remaining = Math.round((categories[c] - fixedSum) * 100) / 100;
    const share = rest.length > 0 ? Math.floor((remaining / rest.length) * 100) / 100 : 0;
    let restIndex = 0;
    members.forEach((i, n) => {
      if (fixed[n] !== undefined) weights.set(i.key, fixed[n]);
      else {
        restIndex++;
        const w = restIndex === rest.length ? Math.round((remaining - share * (rest.length - 1)) * 100) / 100 : share;
        weights.set(i.key, Math.max(0, w));
      }
    });
    if (rest.length > 0 && remaining < 0) {
      problems.push({ zh: `${CATEGORY_LABEL[c]}已定分值合计 ${fmt(fixedSum)} 分，超过该类权重 ${fmt(categories[c])} 分`, en: `${CATEGORY_LABEL[c]}: fixed weights add up to ${fmt(fixedSum)}, more than the category's ${fmt(categories[c])}` });
    }
  }
  const sum = [...weights.values()].reduce((s, w) => s + w, 0);
  const expected = 100 - base.execution;
  if (indicators.length > 0 && Math.abs(sum - expected) > 0.005) {
    problems.push({ zh: `指标分值合计 ${fmt(sum)} 分，加预算执行率 ${fmt(base.execution)} 分应为 100 分（指标应合计 ${fmt(expected)} 分）`, en: `Indicator weights add up to ${fmt(sum)}; with execution ${fmt(base.execution)} they must make 100 (${fmt(expected)})` });
  }
  return { weights, categories, problems };
}

/** The score of one indicator with its weight, unrounded but explained. */
export function scoreIndicator(i: ScoringIndicator, weight: number, scheme: TScoringScheme): IndicatorScore {
  const category = categoryOf(i.level1);
  const direction = directionOf(i.name, i.target, i.lowerIsBetter);
  const out = (score: number | null, met: boolean | null, branch: IndicatorScore['branch'], zh: string, en: string): IndicatorScore => ({
    key: i.key,
    category,
    direction,
    weight,
    score: score === null ? null : roundScore(score, scheme.rounding),
    met,
    branch,
    explanation: { zh, en },
  });
  const w = fmt(weight);

  if (i.band) {
    const range = scheme.bands[i.band];
    const label = BAND_LABEL[i.band];
    const top = (weight * range.to) / 100;
    const signed = i.bandScore ?? null;
    const within = signed !== null && signed >= (weight * range.from) / 100 - 1e-9 && signed <= top + 1e-9;
    const score = within ? signed : top;
    return out(
      score,
      i.band === 'achieved',
      'band',
      within
        ? `评价“${label.zh}”（分值的 ${range.from}%–${range.to}%，即 ${fmt((weight * range.from) / 100)}–${fmt(top)} 分），评价人在档内给 ${fmt(score)} 分`
        : `评价“${label.zh}”（分值的 ${range.from}%–${range.to}%），取档内最高：${w} × ${range.to}% = ${fmt(top)}`,
      within
        ? `Assessed "${label.en}" (${range.from}–${range.to}% of the weight, ${fmt((weight * range.from) / 100)}–${fmt(top)}); the evaluator signed ${fmt(score)}`
        : `Assessed "${label.en}" (${range.from}–${range.to}% of the weight); the band's top: ${w} × ${range.to}% = ${fmt(top)}`,
    );
  }
  if (direction === 'qualitative' && i.target.unit !== '年底') {
    return out(null, null, 'missing', '定性指标尚无审批通过的评价（达成／部分达成／未达成），缺失，不按 0 分计', 'Qualitative indicator without an approved assessment: missing, not 0');
  }
  if (i.actual === null || i.target.value === undefined) {
    return out(null, null, 'missing', '尚无实际完成值，缺失，不按 0 分计', 'No actual value yet: missing, not 0');
  }
  const a = i.actual;
  const t = i.target.value;

  if (direction === 'lower' || i.target.unit === '年底') {
    const met = i.target.comparator === '<' ? a < t : a <= t;
    if (met || (t === 0 && a <= 0)) return out(weight, true, 'lower-met', `实际 ${fmt(a)} 未超过目标 ${fmt(t)}（越低越好），得满分 ${w}`, `Actual ${fmt(a)} within target ${fmt(t)} (lower is better): full ${w}`);
    if (t <= 0) return out(0, false, 'lower-zero-target', `目标为 ${fmt(t)}，实际 ${fmt(a)} 超出，得 0 分`, `Target ${fmt(t)}, actual ${fmt(a)} above it: 0`);
    if (scheme.lowerIsBetter === 'target-over-actual') {
      const s = (weight * t) / a;
      return out(s, false, 'lower-ratio', `实际 ${fmt(a)} 超过目标 ${fmt(t)}（越低越好）：${w} × ${fmt(t)} ÷ ${fmt(a)} = ${fmt(roundScore(s, scheme.rounding))}`, `Actual ${fmt(a)} above target ${fmt(t)}: ${w} × ${fmt(t)} ÷ ${fmt(a)}`);
    }
    if (a >= 2 * t) return out(0, false, 'lower-beyond-double', `实际 ${fmt(a)} 达到目标 ${fmt(t)} 的两倍及以上（越低越好），得 0 分`, `Actual ${fmt(a)} at or beyond twice the target ${fmt(t)}: 0`);
    const s = weight * (1 - (a - t) / t);
    return out(s, false, 'lower-linear', `实际 ${fmt(a)} 超过目标 ${fmt(t)}（越低越好）：${w} × (1 − (${fmt(a)} − ${fmt(t)}) ÷ ${fmt(t)}) = ${fmt(roundScore(s, scheme.rounding))}`, `Actual ${fmt(a)} above target ${fmt(t)}: ${w} × (1 − (${fmt(a)} − ${fmt(t)}) ÷ ${fmt(t)})`);
  }

  // higher is better (≥, >, a bare 100%, =)
  if (t === 0) {
    // "= 0" (no incidents) is met only at 0; "≥ 0" always is
    const met = i.target.comparator === '>=' || i.target.comparator === '>' ? a >= 0 : a <= 0;
    return out(met ? weight : 0, met, 'higher-zero-target', met ? `目标 ${i.target.raw}，实际 ${fmt(a)}，得满分 ${w}` : `目标 ${i.target.raw}，实际 ${fmt(a)} 不符，得 0 分`, met ? `Target ${i.target.raw}, actual ${fmt(a)}: full ${w}` : `Target ${i.target.raw}, actual ${fmt(a)}: 0`);
  }
  const met = i.target.comparator === '>' ? a > t : a >= t;
  if (met) {
    const od = scheme.overshootDeduction;
    if (od && a >= t * (1 + od.overPercent / 100)) {
      const s = weight * (1 - od.deductPercent / 100);
      return out(s, true, 'higher-overshoot', `实际 ${fmt(a)} 超出目标 ${fmt(t)} 达 ${od.overPercent}% 及以上（目标偏低），扣分值的 ${od.deductPercent}%：${w} × (1 − ${od.deductPercent}%) = ${fmt(roundScore(s, scheme.rounding))}`, `Actual ${fmt(a)} exceeds target ${fmt(t)} by ≥ ${od.overPercent}%: ${w} × (1 − ${od.deductPercent}%)`);
    }
    return out(weight, true, 'higher-met', `实际 ${fmt(a)} 达到目标 ${i.target.raw}，得满分 ${w}`, `Actual ${fmt(a)} meets target ${i.target.raw}: full ${w}`);
  }
  const s = Math.max(0, (weight * a) / t);
  return out(s, false, 'higher-missed', `实际 ${fmt(a)} 未达到目标 ${i.target.raw}：${w} × ${fmt(a)} ÷ ${fmt(t)} = ${fmt(roundScore(s, scheme.rounding))}`, `Actual ${fmt(a)} below target ${i.target.raw}: ${w} × ${fmt(a)} ÷ ${fmt(t)}`);
}

export interface ExecutionScore {
  /** spent ÷ budget in force (a fraction; may exceed 1) */
  rate: number;
  weight: number;
  score: number;
  explanation: LocalizedText;
}

/** 预算执行率 score: weight × min(1, spent ÷ budget in force). Money in fen. */
export function scoreExecution(o: { budgetFen: number; spentFen: number; scheme: TScoringScheme }): ExecutionScore {
  const weight = o.scheme.categoryWeights.execution;
  const rate = o.budgetFen > 0 ? o.spentFen / o.budgetFen : 0;
  const score = roundScore(weight * Math.min(1, rate), o.scheme.rounding);
  const pct = `${fmt(Math.round(rate * 10000) / 100)}%`;
  return {
    rate,
    weight,
    score,
    explanation: {
      zh: rate >= 1 ? `执行率 ${pct}（封顶 100%）：${fmt(weight)} × 100% = ${fmt(score)}` : `执行率 ${pct}：${fmt(weight)} × ${pct} = ${fmt(score)}`,
      en: `Execution ${pct}${rate >= 1 ? ' (capped at 100%)' : ''}: ${fmt(weight)} × min(1, rate) = ${fmt(score)}`,
    },
  };
}

export interface ProjectScoreInput {
  budgetFen: number;
  spentFen: number;
  indicators: ScoringIndicator[];
  /** scores the unit signs instead of the computed ones: key → score (a reason is checked by the caller) */
  signed?: ReadonlyMap<string, number>;
  scheme: TScoringScheme;
}

export interface ProjectScore {
  execution: ExecutionScore;
  indicators: (IndicatorScore & { computedScore: number | null; signedScore: number | null; differs: boolean })[];
  weights: WeightAllocation;
  missing: number;
  /** sum of the scores (signed where signed), capped; null while an indicator is missing */
  total: number | null;
  /** the same with the computed scores only */
  computedTotal: number | null;
  grade: TGrade | null;
  cap: LocalizedText | null;
}

export function scoreProject(o: ProjectScoreInput): ProjectScore {
  const weights = allocateWeights(o.indicators, o.scheme);
  const execution = scoreExecution(o);
  const indicators = o.indicators.map((i) => {
    const s = scoreIndicator(i, weights.weights.get(i.key) ?? 0, o.scheme);
    const signed = o.signed?.get(i.key);
    const signedScore = signed === undefined ? null : roundScore(signed, o.scheme.rounding);
    return { ...s, computedScore: s.score, signedScore, score: signedScore ?? s.score, differs: signedScore !== null && signedScore !== s.score };
  });
  const missing = indicators.filter((i) => i.computedScore === null).length;
  const add = (pick: (i: (typeof indicators)[number]) => number | null) => roundScore(indicators.reduce((s, i) => s + (pick(i) ?? 0), execution.score), o.scheme.rounding);
  const ec = o.scheme.executionCap;
  const capped = ec !== null && execution.rate * 100 < ec.belowRatePercent;
  const sum = missing > 0 ? null : add((i) => i.score);
  const total = sum !== null && capped ? Math.min(sum, ec.maxTotal) : sum;
  const computedSum = missing > 0 ? null : add((i) => i.computedScore);
  const computedTotal = computedSum !== null && capped ? Math.min(computedSum, ec.maxTotal) : computedSum;
  const cap: LocalizedText | null =
    capped && sum !== null && sum > ec.maxTotal
      ? { zh: `预算执行率低于 ${ec.belowRatePercent}%，总分封顶 ${ec.maxTotal} 分（各项合计 ${sum} 分）`, en: `Execution below ${ec.belowRatePercent}%: total capped at ${ec.maxTotal} (items add up to ${sum})` }
      : null;
  return { execution, indicators, weights, missing, total, computedTotal, grade: total === null ? null : gradeOf(total), cap };
}
