import { describe, expect, it } from 'vitest';
import { isPlaceholder, levelKindOf, withoutScore } from './levels.js';

describe('levels', () => {
  it.each([
    ['产出指标(50分)', '产出指标'],
    ['效益指标（30分）', '效益指标'],
    ['满意度指标 10分', '满意度指标'],
    ['产出指标', '产出指标'],
    ['数量指标', '数量指标'],
  ])('withoutScore(%s) = %s', (text, level) => {
    expect(withoutScore(text)).toBe(level);
  });

  it.each([
    ['产出指标(50分)', 'level1'],
    ['效益指标', 'level1'],
    ['社会效益', 'level2'],
    ['可持续影响', 'level2'],
    ['经济效益指标', 'level2'],
    ['成本指标', 'either'],
    ['满意度指标', 'either'],
    ['法律援助案件受理数', undefined],
  ])('levelKindOf(%s) = %s', (text, kind) => {
    expect(levelKindOf(text)).toBe(kind);
  });

  it.each([
    ['指标1', true],
    ['三级指标2', true],
    ['……', true],
    ['...', true],
    ['—', true],
    ['指标值', false],
    ['受理数', false],
  ])('isPlaceholder(%s) = %s', (text, placeholder) => {
    expect(isPlaceholder(text)).toBe(placeholder);
  });
});
