import type { TTarget } from '../../contract/goal-book.js';
import type { TDirection } from '../indicator-progress.js';
import { formatTarget, isRateTarget } from '../target.js';

/**
 * Year rollover (年度结转): the target a unit's indicator is PROPOSED for year N+1, from year N's target,
 * N's actual and the unit's own goals. Pure; a person accepts or edits every proposal. The rules are data:
 * `GROWTH_GOALS` says which goal sentences promise growth of which indicators, and `PROPOSAL_RULES` is the
 * ordered list of rule kinds, the first that applies giving the proposal and its reason.
 */

export interface TProposalInput {
  name: string;
  target: TTarget;
  direction: TDirection;
  /** the metric the indicator is bound to in N, if any */
  metric: string | null;
  /** N's actual (approved evaluation, else live figures); null when there is none */
  previousActual: number | null;
  /** the unit's goal sentences: the department's overall, area and safeguard (工作保障措施) goals and the project's own */
  goals: readonly string[];
  fromYear: number;
  toYear: number;
}

export interface TZhEn {
  zh: string;
  en: string;
}

export interface TTargetProposal {
  rule: TProposalRuleId;
  target: TTarget;
  reason: TZhEn;
}

/**
 * Goal sentences promising growth: a sentence about `line` that matches `goal` (its first group the
 * percentage) promises that growth for the indicators whose name matches `indicator` or that are bound
 * to one of `metrics`. "法律援助：……确保完成办案量增长10%以上的年度目标" → 法律援助案件受理数 ≥ N's actual × 1.1.
 */
export interface TGrowthGoal {
  id: string;
  line: RegExp;
  goal: RegExp;
  indicator: RegExp;
  metrics: readonly string[];
}

export const GROWTH_GOALS: readonly TGrowthGoal[] = [
  { id: 'legal-aid-cases', line: /法律援助/, goal: /(?:办案量|案件量|受理量|案件数)增长(\d+(?:\.\d+)?)%/, indicator: /法律援助案件受理|援助案件(数|量)|办案量/, metrics: ['legal-aid.cases-accepted'] },
  {
    id: 'mediation-cases',
    line: /人民调解|调解/,
    goal: /(?:调解案件|调解量|案件数|调处纠纷)增长(\d+(?:\.\d+)?)%/,
    indicator: /人民调解案件|调解案件数|调解纠纷/,
    metrics: ['mediation.disputes-mediated'],
  },
  { id: 'publicity-events', line: /普法|宣传/, goal: /(?:活动场次|宣传活动|活动)增长(\d+(?:\.\d+)?)%/, indicator: /宣传活动场次|普法活动/, metrics: ['publicity.events'] },
];

export const PROPOSAL_RULES = ['deadline-next-year', 'qualitative-keep', 'no-actual-keep', 'growth-goal', 'not-below-actual', 'not-above-actual', 'keep-target'] as const;
export type TProposalRuleId = (typeof PROPOSAL_RULES)[number];

export const PROPOSAL_RULE_LABEL: Record<TProposalRuleId, TZhEn> = {
  'deadline-next-year': { zh: '完成时限顺延一年', en: 'Deadline moved to the next year' },
  'qualitative-keep': { zh: '定性指标沿用', en: 'Qualitative target kept' },
  'no-actual-keep': { zh: '无上年实际值，沿用', en: 'No actual last year: kept' },
  'growth-goal': { zh: '按单位增长目标', en: "By the unit's growth goal" },
  'not-below-actual': { zh: '不低于上年实际', en: "Not below last year's actual" },
  'not-above-actual': { zh: '不高于上年实际', en: "Not above last year's actual" },
  'keep-target': { zh: '沿用上年目标', en: "Last year's target kept" },
};

const show = (n: number) => String(Number(n.toFixed(2)));

/** A value as the target writes it: whole counts rounded towards the stricter side, rates capped at 100%. */
function rounded(value: number, target: TTarget, up: boolean): number {
  const capped = isRateTarget(target) && target.unit === '%' ? Math.min(value, 100) : value;
  const whole = Number.isInteger(target.value ?? 0) && !isRateTarget(target);
  if (whole) return up ? Math.ceil(capped - 1e-9) : Math.floor(capped + 1e-9);
  return Number(capped.toFixed(2));
}

function withValue(target: TTarget, comparator: TTarget['comparator'], value: number): TTarget {
  const next: TTarget = { raw: '', kind: 'quantitative', ...(comparator ? { comparator } : {}), value, ...(target.unit !== undefined ? { unit: target.unit } : {}) };
  return { ...next, raw: formatTarget(next) };
}

/** The first growth goal among the unit's sentences that speaks of this indicator, with its percentage. */
export function growthGoalOf(input: Pick<TProposalInput, 'name' | 'metric' | 'goals'>): { goal: TGrowthGoal; percent: number; sentence: string } | null {
  const name = input.name.normalize('NFKC').replace(/\s+/g, '');
  for (const goal of GROWTH_GOALS) {
    const concerns = goal.indicator.test(name) || (input.metric !== null && goal.metrics.includes(input.metric));
    if (!concerns) continue;
    for (const raw of input.goals) {
      const sentence = raw.normalize('NFKC').replace(/\s+/g, '');
      const m = goal.goal.exec(sentence);
      if (!m || !goal.line.test(sentence)) continue;
      // the clause that says it, for the reason: "确保完成办案量增长10%以上的年度目标"
      const start = Math.max(...['。', '，', '；', ';', ','].map((p) => sentence.lastIndexOf(p, m.index) + 1));
      const ends = ['。', '，', '；', ';', ','].map((p) => sentence.indexOf(p, m.index)).filter((i) => i >= 0);
      return { goal, percent: Number(m[1]), sentence: sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length) };
    }
  }
  return null;
}

/** The proposal for one indicator of year N+1 (always one: at worst N's target kept, saying why). */
export function proposeTarget(input: TProposalInput): TTargetProposal {
  const t = input.target;
  const keep = (rule: TProposalRuleId, zh: string, en: string): TTargetProposal => ({ rule, target: t, reason: { zh, en } });
  if (t.kind === 'quantitative' && t.unit === '年底' && t.value === input.fromYear) {
    const next: TTarget = { ...t, value: input.toYear, raw: '' };
    return {
      rule: 'deadline-next-year',
      target: { ...next, raw: formatTarget(next) },
      reason: { zh: `完成时限“${t.raw}”顺延为 ${input.toYear} 年底`, en: `Deadline “${t.raw}” moved to the end of ${input.toYear}` },
    };
  }
  if (input.direction === 'qualitative' || t.value === undefined) return keep('qualitative-keep', `定性指标，沿用上年目标“${t.raw}”`, `Qualitative target: “${t.raw}” kept`);
  const actual = input.previousActual;
  if (actual === null) return keep('no-actual-keep', `${input.fromYear} 年没有实际值，沿用上年目标“${t.raw}”`, `No actual for ${input.fromYear}: “${t.raw}” kept`);
  const growth = input.direction === 'higher' ? growthGoalOf(input) : null;
  if (growth) {
    const value = rounded(actual * (1 + growth.percent / 100), t, true);
    const target = withValue(t, '>=', value);
    return {
      rule: 'growth-goal',
      target,
      reason: {
        zh: `单位目标“${growth.sentence}”要求增长 ${growth.percent}% 以上：${input.fromYear} 年实际 ${show(actual)} × ${show(1 + growth.percent / 100)} = ${show(actual * (1 + growth.percent / 100))}，建议“${target.raw}”`,
        en: `The unit's goal “${growth.sentence}” promises growth of ${growth.percent}% or more: ${input.fromYear} actual ${show(actual)} × ${show(1 + growth.percent / 100)} = ${show(actual * (1 + growth.percent / 100))}, proposed “${target.raw}”`,
      },
    };
  }
  if (input.direction === 'higher' && actual > t.value) {
    const target = withValue(t, t.comparator ?? '>=', rounded(actual, t, false));
    return {
      rule: 'not-below-actual',
      target,
      reason: {
        zh: `${input.fromYear} 年实际 ${show(actual)} 高于目标“${t.raw}”，建议不低于上年实际：“${target.raw}”`,
        en: `The ${input.fromYear} actual ${show(actual)} beat the target “${t.raw}”: proposed not below it, “${target.raw}”`,
      },
    };
  }
  if (input.direction === 'lower' && actual < t.value) {
    const target = withValue(t, t.comparator ?? '<=', rounded(actual, t, true));
    return {
      rule: 'not-above-actual',
      target,
      reason: {
        zh: `${input.fromYear} 年实际 ${show(actual)} 低于上限“${t.raw}”，建议不高于上年实际：“${target.raw}”`,
        en: `The ${input.fromYear} actual ${show(actual)} stayed under “${t.raw}”: proposed not above it, “${target.raw}”`,
      },
    };
  }
  return keep('keep-target', `${input.fromYear} 年实际 ${show(actual)}，未超过目标“${t.raw}”，沿用`, `The ${input.fromYear} actual ${show(actual)} did not beat “${t.raw}”: kept`);
}
