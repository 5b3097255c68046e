import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildProject, cleanIndicators } from '../test-helpers.js';
import { missingOutputLevel2 } from './missing-output-level2.js';

const run = (indicators = cleanIndicators()) =>
  missingOutputLevel2.check({ book: buildGoalBook({ projects: [buildProject({ indicators })] }) });

describe('missing-output-level2', () => {
  it.each([
    ['the clean table', cleanIndicators()],
    [
      '成本指标 at level 1 (2021 framework)',
      cleanIndicators().map((i) => (i.level2 === '成本指标' ? { ...i, level1: '成本指标', level2: '经济成本指标' } : i)),
    ],
    ['no output indicators at all (missing-level1 reports that)', cleanIndicators().filter((i) => i.level1 !== '产出指标')],
  ])('no finding: %s', (_, indicators) => {
    expect(run(indicators)).toEqual([]);
  });

  it.each([
    ['数量指标', '缺少“数量指标”'],
    ['质量指标', '缺少“质量指标”'],
    ['时效指标', '缺少“时效指标”'],
    ['成本指标', '缺少“成本指标”'],
  ])('finds a missing %s', (level2, text) => {
    const findings = run(cleanIndicators().filter((i) => i.level2 !== level2));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'missing-output-level2', severity: 'warning', field: 'level2' });
    expect(findings[0]!.message).toContain(text);
  });
});
