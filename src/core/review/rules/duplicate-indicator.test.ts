import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildIndicator, buildProject, cleanIndicators } from '../test-helpers.js';
import { duplicateIndicator } from './duplicate-indicator.js';

const run = (extra: Parameters<typeof buildIndicator>[0]) =>
  duplicateIndicator.check({
    book: buildGoalBook({ projects: [buildProject({ indicators: [...cleanIndicators(), buildIndicator(extra)] })] }),
  });

describe('duplicate-indicator', () => {
  it.each([
    [{ level1: '效益指标', level2: '社会效益指标', name: '维护社会稳定', target: '明显提升' }],
    [{ name: '法律援助咨询人次', target: '≥500人次' }],
  ])('no finding for a new indicator %j', (extra) => {
    expect(run(extra)).toEqual([]);
  });

  it.each([
    [{ level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%' }, '服务对象满意度'],
    [{ name: '法律援助案件受理数(件)', target: '≥400件' }, '法律援助案件受理数(件)'],
  ])('finds a repeated row %j', (extra, name) => {
    const findings = run(extra);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', indicatorIndex: 7, indicator: name, field: 'name' })]);
  });
});
