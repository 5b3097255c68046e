import type { TTarget } from '../contract/goal-book.js';
import { dayOfYear, daysInYear, isoDate, monthEnd } from './dates.js';
import type { TLight } from './lights.js';
import { isRateTarget } from './target.js';

/**
 * Progress of one indicator as of a date: what was expected by then, a traffic light and a year-end
 * forecast. Pure and deterministic (the date is a parameter), so a board can be recomputed years later.
 *
 * - Cumulative indicators (counts such as 件, 人, 场): expected = target × elapsed months ÷ 12, the
 *   monitoring rule of domain.md §4, where a month counts once its last day has passed.
 * - Levels (rates in %): expected = the target itself.
 * - Light: actual ÷ expected below 60% red, 60–80% yellow, 80–120% green, above 120% blue.
 * - Lower-is-better indicators (≤/< targets, or names such as 重新犯罪率): green within target, else red.
 * - Qualitative targets (明显提升, 及时完成, a 2022年底 deadline): the light of the approved assessment.
 * - Once the period is over (as of 12-31 or later) pace no longer matters: an indicator that missed its
 *   annual target is red, whatever its ratio to the target (88.46% against ≥95% is 0.93 of the target,
 *   green by pace, but the year is lost). A met one keeps its pace light (green, or blue above 120%).
 */

// the lights are core/lights.ts's, re-exported here where the board's readers look for them
export { LIGHT_LABEL, LIGHTS, type TLight } from './lights.js';

export const ASSESSMENTS = ['达成', '部分达成', '未达成'] as const;
export type TAssessment = (typeof ASSESSMENTS)[number];
const ASSESSMENT_LIGHT: Record<TAssessment, TLight> = { 达成: 'green', 部分达成: 'yellow', 未达成: 'red' };

export type TDirection = 'higher' | 'lower' | 'qualitative';

/** units of levels and durations (a rate, 1年 of effect, a score): compared as they stand, never accumulated */
const LEVEL_UNITS = new Set(['%', '‰', '年', '个月', '月', '天', '日', '工作日', '个工作日', '分', '个百分点', '百分点']);

const LOWER_IS_BETTER_NAME = /犯罪率|投诉率|发生率|差错率|事故|超支|信访|上访|违纪/;

/**
 * The period a year's figures cover as of a date: [year-01-01, min(asOf, year-12-31)]. As of a date
 * before the year it is empty (end before start): nothing has happened yet, not even 1 January.
 */
export type TYearPeriod = Readonly<{ start: string; end: string; empty: boolean; elapsedMonths: number; elapsedDays: number; daysInYear: number }>;

// the last period asked for: a board or a rollup asks for the same (year, as of) once per indicator
let lastPeriod: { year: number; asOf: string; period: TYearPeriod } | null = null;

export function yearPeriod(year: number, asOf: string): TYearPeriod {
  if (lastPeriod?.year === year && lastPeriod.asOf === asOf) return lastPeriod.period;
  const period = Object.freeze(computeYearPeriod(year, asOf));
  lastPeriod = { year, asOf, period };
  return period;
}

function computeYearPeriod(year: number, asOf: string): TYearPeriod {
  const start = isoDate(year, 1, 1);
  const last = isoDate(year, 12, 31);
  const days = daysInYear(year);
  if (asOf < start) return { start, end: isoDate(year - 1, 12, 31), empty: true, elapsedMonths: 0, elapsedDays: 0, daysInYear: days };
  const end = asOf < last ? asOf : last;
  const month = Number(end.slice(5, 7));
  // a month counts once its last day has passed
  const elapsedMonths = end === monthEnd(year, month) ? month : month - 1;
  return { start, end, empty: false, elapsedMonths, elapsedDays: dayOfYear(end), daysInYear: days };
}

export function directionOf(name: string, target: TTarget, lowerIsBetter = false): TDirection {
  if (target.kind === 'qualitative' || target.value === undefined || target.unit === '年底') return 'qualitative';
  if (lowerIsBetter || target.comparator === '<=' || target.comparator === '<' || LOWER_IS_BETTER_NAME.test(name)) return 'lower';
  return 'higher';
}

export function lightOfRatio(ratio: number): TLight {
  if (ratio < 0.6) return 'red';
  if (ratio < 0.8) return 'yellow';
  if (ratio <= 1.2) return 'green';
  return 'blue';
}

export interface ProgressInput {
  name: string;
  target: TTarget;
  year: number;
  asOf: string;
  actual: number | null;
  /** whether the actual accumulates over the year (counts, sums); rates and levels do not. Null: decide by the target's unit */
  cumulative: boolean | null;
  /** the approved assessment band, for qualitative targets */
  assessment: TAssessment | null;
  lowerIsBetter?: boolean;
}

export interface ProgressResult {
  direction: TDirection;
  expectedToDate: number | null;
  /** actual ÷ expected */
  ratio: number | null;
  light: TLight | null;
  forecast: number | null;
  /** whether the annual target is already met */
  met: boolean | null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function indicatorProgress(input: ProgressInput): ProgressResult {
  const direction = directionOf(input.name, input.target, input.lowerIsBetter);
  if (direction === 'qualitative') {
    return { direction, expectedToDate: null, ratio: null, light: input.assessment ? ASSESSMENT_LIGHT[input.assessment] : null, forecast: null, met: input.assessment ? input.assessment === '达成' : null };
  }
  const target = input.target.value!;
  const cumulative = input.cumulative ?? !(isRateTarget(input.target) || LEVEL_UNITS.has(input.target.unit ?? ''));
  const period = yearPeriod(input.year, input.asOf);
  const expected = cumulative ? round((target * period.elapsedMonths) / 12, 2) : target;
  const actual = input.actual;
  if (actual === null) return { direction, expectedToDate: expected, ratio: null, light: null, forecast: null, met: null };

  const yearDone = period.elapsedDays >= period.daysInYear;
  const forecast = !cumulative || yearDone ? actual : period.elapsedDays === 0 ? null : round((actual * period.daysInYear) / period.elapsedDays, cumulative && Number.isInteger(actual) ? 0 : 2);

  if (direction === 'lower') {
    const within = input.target.comparator === '<' ? actual < target : actual <= target;
    return { direction, expectedToDate: expected, ratio: target === 0 ? null : round(actual / target, 4), light: within ? 'green' : 'red', forecast, met: within };
  }
  const met = input.target.comparator === '>' ? actual > target : actual >= target;
  if (expected <= 0) return { direction, expectedToDate: expected, ratio: null, light: null, forecast, met };
  const ratio = round(actual / expected, 4);
  // the year is over: a missed target is red, however close the pace came
  const light = yearDone && !met ? 'red' : lightOfRatio(ratio);
  return { direction, expectedToDate: expected, ratio, light, forecast, met };
}
