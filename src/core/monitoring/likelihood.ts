/**
 * 完成目标可能性 (likelihood of meeting the annual target) as jixiao proposes it in the monitoring report,
 * and the deviation cause it suggests. A proposal only: a person confirms or changes it. Pure and
 * table-tested (likelihood.test.ts), so the page, the CLI and the export propose the same thing.
 *
 * The rule, from the indicator's 全年预计完成值 (forecast: the progress board's linear projection for
 * counts, the value itself for rates and levels):
 * - higher is better (≥, >, =): forecast meets the target, or the target is already met → 确定能;
 *   forecast at least 60% of the target → 有可能; below 60% → 完全不可能 (the rest of the year would have
 *   to run at well over twice the pace so far).
 * - lower is better (≤, <, 重新犯罪率 …): forecast within the target → 确定能; above it but below twice
 *   the target → 有可能 (the self-evaluation still scores part of the weight there); twice the target or
 *   more, or any excess over a target of 0 → 完全不可能.
 * - qualitative (明显提升, 2022年底): the approved assessment — 达成 → 确定能, 部分达成 or 未达成 → 有可能
 *   (mid-year, not yet achieved is not impossible); no assessment → no proposal.
 * - no actual yet (nothing to project from) → no proposal: a person must judge.
 */

export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
export type TLikelihood = (typeof LIKELIHOODS)[number];

/** 偏差原因 categories of the monitoring form; 其他 needs a text. */
export const DEVIATION_CAUSES = ['经费保障', '制度保障', '人员保障', '硬件保障', '其他'] as const;
export type TDeviationCause = (typeof DEVIATION_CAUSES)[number];

export const MEASURE_STATUSES = ['open', 'done', 'not-done'] as const;
export type TMeasureStatus = (typeof MEASURE_STATUSES)[number];

/** forecast ÷ target from which a higher-is-better indicator is proposed as 有可能 rather than 完全不可能 */
export const POSSIBLE_FROM = 0.6;
/** a lower-is-better forecast at this multiple of its target or more is proposed as 完全不可能 */
export const LOWER_IMPOSSIBLE_AT = 2;

export interface LikelihoodInput {
  direction: 'higher' | 'lower' | 'qualitative';
  comparator: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  actual: number | null;
  forecast: number | null;
  met: boolean | null;
  assessment: string | null;
}

export interface LikelihoodProposal {
  likelihood: TLikelihood | null;
  /** the reason, with its numbers, in Chinese */
  basis: string;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

export function proposeLikelihood(i: LikelihoodInput): LikelihoodProposal {
  const unit = i.targetUnit ?? '';
  if (i.direction === 'qualitative' || i.targetValue === null) {
    if (i.assessment === '达成') return { likelihood: '确定能', basis: '评价等级为“达成”' };
    if (i.assessment === '部分达成' || i.assessment === '未达成') return { likelihood: '有可能', basis: `评价等级为“${i.assessment}”，年内仍可完成` };
    return { likelihood: null, basis: '定性指标尚无评价，请人工判断' };
  }
  const forecast = i.forecast ?? i.actual;
  if (forecast === null) return { likelihood: null, basis: '尚无完成值，无法预计全年完成情况，请人工判断' };
  const target = i.targetValue;
  if (i.direction === 'lower') {
    const within = i.comparator === '<' ? forecast < target : forecast <= target;
    if (within) return { likelihood: '确定能', basis: `全年预计 ${fmt(forecast)}${unit}，在目标 ${fmt(target)}${unit} 以内` };
    if (target > 0 && forecast < target * LOWER_IMPOSSIBLE_AT) return { likelihood: '有可能', basis: `全年预计 ${fmt(forecast)}${unit}，超出目标 ${fmt(target)}${unit}，但低于目标的 ${LOWER_IMPOSSIBLE_AT} 倍` };
    return { likelihood: '完全不可能', basis: target > 0 ? `全年预计 ${fmt(forecast)}${unit}，达到目标 ${fmt(target)}${unit} 的 ${LOWER_IMPOSSIBLE_AT} 倍及以上` : `目标为 ${fmt(target)}${unit}，已发生 ${fmt(forecast)}${unit}` };
  }
  const meets = i.met === true || (i.comparator === '>' ? forecast > target : forecast >= target);
  if (meets) return { likelihood: '确定能', basis: i.met ? `已完成 ${fmt(i.actual ?? forecast)}${unit}，达到目标 ${fmt(target)}${unit}` : `全年预计 ${fmt(forecast)}${unit}，可达到目标 ${fmt(target)}${unit}` };
  if (target <= 0) return { likelihood: '确定能', basis: `目标为 ${fmt(target)}${unit}` };
  const ratio = forecast / target;
  const percent = `${fmt(Math.round(ratio * 1000) / 10)}%`;
  if (ratio >= POSSIBLE_FROM) return { likelihood: '有可能', basis: `全年预计 ${fmt(forecast)}${unit}，为目标 ${fmt(target)}${unit} 的 ${percent}（不低于 ${POSSIBLE_FROM * 100}%）` };
  return { likelihood: '完全不可能', basis: `全年预计 ${fmt(forecast)}${unit}，仅为目标 ${fmt(target)}${unit} 的 ${percent}（低于 ${POSSIBLE_FROM * 100}%）` };
}

export interface CauseInput {
  likelihood: TLikelihood | null;
  /** the project's spending is behind its plan (execution light red or yellow) */
  moneyBehind: boolean;
  executionRate: number;
  plannedPercent: number;
  month: number;
  actual: number | null;
  expectedToDate: number | null;
  forecast: number | null;
  targetRaw: string;
  targetUnit: string | null;
}

/**
 * The cause jixiao suggests for a line it does not expect to meet its target: 经费保障 when the
 * project's money is behind its plan too (the work waits for the funds), else 其他 with the facts (the
 * pace so far against the time-proportional standard). People replace it with what they know.
 */
export function proposeCause(c: CauseInput): { cause: TDeviationCause | null; causeText: string | null } {
  if (c.likelihood === null || c.likelihood === '确定能') return { cause: null, causeText: null };
  const unit = c.targetUnit ?? '';
  const pace =
    c.actual !== null
      ? `1–${c.month}月完成 ${fmt(c.actual)}${unit}${c.expectedToDate !== null ? `，序时进度应为 ${fmt(c.expectedToDate)}${unit}` : ''}${c.forecast !== null ? `，按目前进度全年预计 ${fmt(c.forecast)}${unit}` : ''}，年度目标 ${c.targetRaw}`
      : `年度目标 ${c.targetRaw}，尚无完成值`;
  if (c.moneyBehind) {
    return { cause: '经费保障', causeText: `项目资金支出慢于计划（1–${c.month}月执行率 ${fmt(Math.round(c.executionRate * 10000) / 100)}%，计划 ${fmt(c.plannedPercent)}%）；${pace}` };
  }
  return { cause: '其他', causeText: pace };
}

export interface LineJudgement {
  likelihood: TLikelihood | null;
  cause: TDeviationCause | null;
  causeText: string | null;
  measures: readonly { text: string; owner: string; dueOn: string }[];
}

/** What a line still lacks before the report can be submitted (Chinese, empty when complete). */
export function lineProblems(j: LineJudgement): string[] {
  if (j.likelihood === null) return ['请确认完成目标可能性'];
  if (j.likelihood === '确定能') return [];
  const problems: string[] = [];
  if (j.cause === null) problems.push(`完成目标可能性为“${j.likelihood}”，请选择偏差原因`);
  else if (j.cause === '其他' && !j.causeText?.trim()) problems.push('偏差原因为“其他”，请写明具体原因');
  if (j.measures.length === 0) problems.push(`完成目标可能性为“${j.likelihood}”，请填写完善措施（含责任人和完成时限）`);
  return problems;
}
