import { describe, expect, it } from 'vitest';
import { allowsAboveFull, manualValueProblem, splitValueAndUnit } from './manual-value.js';
import { parseTarget } from './target.js';

const indicator = (name: string, target: string) => ({ name, target: parseTarget(target) });

describe('manualValueProblem', () => {
  // [name, target, value, unit, expected: null (fits) or a word of the Chinese message]
  const cases: [string, string, number, string | null, string | null][] = [
    ['普法覆盖率', '≥95%', 96, null, null],
    ['普法覆盖率', '≥95%', 100, null, null],
    ['普法覆盖率', '≥95%', 100.5, null, '超过了 100%'],
    ['普法覆盖率', '≥95%', 960, null, '超过了 100%'],
    ['普法覆盖率', '≥95%', 96, '%', null],
    ['普法覆盖率', '≥95%', 96, '百分比', null],
    ['普法覆盖率', '≥95%', 96, '件', '单位“件”与之不符'],
    ['普法覆盖率', '≥95%', -1, null, '不能为负数'],
    ['办案量增长率', '≥10%', 130, null, null], // a growth rate may exceed 100%
    ['办案量增长率', '≥10%', -5, null, null], // and may fall
    ['超额完成率', '≥120%', 135, null, null],
    ['某比率', '≥120%', 130, null, null], // a target above 100% allows a value above it
    ['重大事故发生率', '≤5‰', 1200, null, '超过了 1000‰'],
    ['文件印刷数量', '≥400份', 372, null, null],
    ['文件印刷数量', '≥400份', 372.5, null, '应为整数'],
    ['文件印刷数量', '≥400份', 372, '份', null],
    ['文件印刷数量', '≥400份', 372, '件', '单位“件”与之不符'],
    ['社区矫正人数', '≥155人', 155.0, null, null],
    ['项目持续发挥作用期限', '1年', 1, null, null],
    ['项目持续发挥作用期限', '1年', 0.5, null, null], // years need not be whole
    ['项目持续发挥作用期限', '1年', 1, '月', '单位“月”与之不符'],
    ['购置金额', '≤50万元', 48.37, '万元', null],
    ['某指标', '≥3', 2, '件', '没有计量单位'],
    ['某指标', '≥3', 2.5, null, null],
  ];
  it.each(cases)('%s %s: %d %s → %s', (name, target, value, unit, expected) => {
    const problem = manualValueProblem(indicator(name, target), value, unit);
    if (expected === null) expect(problem).toBeNull();
    else {
      expect(problem?.zh).toContain(expected);
      expect(problem?.zh).toContain(name);
      expect(problem?.en).toBeTruthy();
    }
  });
  it('refuses what is not a number', () => expect(manualValueProblem(indicator('普法覆盖率', '≥95%'), Number.NaN)?.zh).toContain('不是有效数字'));
});

describe('allowsAboveFull', () => {
  it.each([
    ['普法覆盖率', '≥95%', false],
    ['办案量增长率', '≥10%', true],
    ['比上年提高比例', '≥5%', true],
    ['某比率', '≥150%', true],
  ] as const)('%s %s → %s', (name, target, allowed) => expect(allowsAboveFull(indicator(name, target))).toBe(allowed));
});

describe('splitValueAndUnit', () => {
  it.each([
    ['96', { value: 96, unit: null }],
    ['96%', { value: 96, unit: '%' }],
    ['96 百分比', { value: 96, unit: '%' }],
    ['1,200件', { value: 1200, unit: '件' }],
    ['-3.5%', { value: -3.5, unit: '%' }],
    ['９６％', { value: 96, unit: '%' }],
    ['约96', null],
    ['', null],
  ] as const)('%s → %j', (text, expected) => expect(splitValueAndUnit(text)).toEqual(expected));
});
