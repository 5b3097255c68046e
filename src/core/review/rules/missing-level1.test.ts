import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildIndicator, buildProject, cleanIndicators } from '../test-helpers.js';
import { missingLevel1 } from './missing-level1.js';

const without = (level1: string) => cleanIndicators().filter((i) => i.level1 !== level1);

describe('missing-level1', () => {
  it.each([
    ['the clean table', cleanIndicators()],
    ['loosely spelled categories', cleanIndicators().map((i) => ({ ...i, level1: i.level1.replace('指标', '') }))],
    ['效果指标 as the older name of 效益指标', cleanIndicators().map((i) => ({ ...i, level1: i.level1.replace('效益', '效果') }))],
  ])('no finding: %s', (_, indicators) => {
    expect(missingLevel1.check({ book: buildGoalBook({ projects: [buildProject({ indicators })] }) })).toEqual([]);
  });

  it.each([
    ['no 产出指标', without('产出指标'), ['产出指标']],
    ['no 效益指标', without('效益指标'), ['效益指标']],
    ['no 满意度指标', without('满意度指标'), ['满意度指标']],
    ['only 产出指标', [buildIndicator()], ['效益指标', '满意度指标']],
  ])('finds: %s', (_, indicators, missing) => {
    const findings = missingLevel1.check({ book: buildGoalBook({ projects: [buildProject({ indicators })] }) });
    expect(findings.map((f) => f.message)).toEqual(missing.map((m) => `项目缺少一级指标“${m}”。`));
    for (const f of findings) expect(f).toMatchObject({ severity: 'error', field: 'level1', projectCode: '13022522P000R24100085' });
  });

  it('reports a table without indicators once', () => {
    const findings = missingLevel1.check({ book: buildGoalBook({ projects: [buildProject({ indicators: [] })] }) });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('没有填写任何绩效指标');
  });
});
