import type { TTarget } from '../contract/goal-book.js';
import type { LocalizedText } from './errors.js';
import { isRateTarget } from './target.js';

/**
 * Checks on a value entered by hand (指标完成值) against its indicator, so a typo cannot become an
 * actual: a rate above 100% is refused unless the indicator can exceed it (a growth rate, a target
 * itself above 100), a count (件, 人, 场 …) is a whole number, nothing is negative unless it is a
 * change, and a unit typed with the value must be the target's unit. Pure; the use-case throws the
 * problem as VALIDATION_FAILED.
 */

/** units of things counted one by one: a value in them is a whole number */
export const COUNT_UNITS = new Set([
  '件', '人', '次', '场', '份', '台', '个', '家', '户', '期', '名', '套', '辆', '人次', '户次', '场次', '座', '处',
  '所', '册', '本', '条', '篇', '项', '批', '班', '张', '块', '村', '站',
]);

/** names of indicators that measure a change: they may be negative, and a rate of them may exceed 100% */
const CHANGE_NAME = /增长|增幅|增速|增加率|提高率|同比|环比|比上年|比去年|超额/;

/** "96%" / "400件" / "96 百分比" → the number and the unit written after it (NFKC, 百分比 → %). */
export function splitValueAndUnit(text: string): { value: number; unit: string | null } | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/百分比|百分数/g, '%').replace(/(\d),(?=\d{3}\b)/g, '$1');
  const m = /^(-?\d+(?:\.\d+)?)(.*)$/.exec(s);
  if (!m) return null;
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return null;
  return { value, unit: m[2] === '' ? null : m[2]! };
}

const normalizeUnit = (unit: string) => unit.normalize('NFKC').replace(/\s+/g, '').replace(/百分比|百分数/g, '%');

/** Whether a rate indicator may be above 100% (‰: above 1000‰). */
export function allowsAboveFull(indicator: { name: string; target: TTarget }): boolean {
  const full = indicator.target.unit === '‰' ? 1000 : 100;
  return CHANGE_NAME.test(indicator.name) || (indicator.target.value ?? 0) > full;
}

/** The problem with a manual value for this indicator, or null when it fits. */
export function manualValueProblem(indicator: { name: string; target: TTarget }, value: number, unit?: string | null): LocalizedText | null {
  const where = `指标“${indicator.name}”（指标值 ${indicator.target.raw}）`;
  const whereEn = `indicator “${indicator.name}” (target ${indicator.target.raw})`;
  const targetUnit = indicator.target.unit ?? null;
  if (!Number.isFinite(value)) return { zh: `${where}的完成值不是有效数字`, en: `The value of ${whereEn} is not a valid number` };
  if (unit !== undefined && unit !== null && unit.trim() !== '') {
    const given = normalizeUnit(unit);
    if (given !== targetUnit) {
      return targetUnit === null
        ? { zh: `${where}没有计量单位，完成值不能带单位“${given}”`, en: `${whereEn} has no unit; the value cannot be given in “${given}”` }
        : { zh: `${where}的计量单位是“${targetUnit}”，完成值的单位“${given}”与之不符，请换算为${targetUnit}后填写`, en: `${whereEn} is measured in “${targetUnit}”, not “${given}”; convert the value to ${targetUnit}` };
    }
  }
  const change = CHANGE_NAME.test(indicator.name);
  if (value < 0 && !change) return { zh: `${where}的完成值不能为负数（${value}）`, en: `The value of ${whereEn} cannot be negative (${value})` };
  if (isRateTarget(indicator.target)) {
    const full = targetUnit === '‰' ? 1000 : 100;
    if (value > full && !allowsAboveFull(indicator)) {
      return {
        zh: `${where}是比率，完成值 ${value}${targetUnit} 超过了 ${full}${targetUnit}；请检查是否多填了一位或把件数当成了比率`,
        en: `${whereEn} is a rate; ${value}${targetUnit} is above ${full}${targetUnit} — check for a typo or a count entered as a rate`,
      };
    }
  }
  if (targetUnit !== null && COUNT_UNITS.has(targetUnit) && !Number.isInteger(value)) {
    return { zh: `${where}以“${targetUnit}”计数，完成值应为整数（不是 ${value}）`, en: `${whereEn} counts in “${targetUnit}”; the value must be a whole number (not ${value})` };
  }
  return null;
}
