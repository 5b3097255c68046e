import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator, buildGoalBook } from '../test-helpers.js';
import { unitInWords } from './unit-in-words.js';

describe('unit-in-words', () => {
  it.each([
    ['≥396件'],
    ['100%'],
    ['≥95%'],
    ['≤5.50万元'],
    ['2022年底'],
    ['及时完成'],
    ['提升10个百分点'],
  ])('no finding for target %s', (target) => {
    expect(unitInWords.check({ book: bookWithIndicator(ROW.quality, { target }) })).toEqual([]);
  });

  it('no finding in the clean book', () => {
    expect(unitInWords.check({ book: buildGoalBook() })).toEqual([]);
  });

  it.each([
    ['100百分比', '100%', 'warning'],
    ['≥95百分比', '≥95%', 'warning'],
    ['≥90百分数', '≥90%', 'warning'],
    ['＞９５％', '>95%', 'suggestion'],
    ['>=95%', '≥95%', 'suggestion'],
    ['≥95%以上', '≥95%', 'suggestion'],
    ['≥ 95 %', '≥95%', 'suggestion'],
    ['≥95 百分比以上', '≥95%', 'warning'],
  ] as const)('finds target %s → fix %s', (target, fixed, severity) => {
    const findings = unitInWords.check({ book: bookWithIndicator(ROW.quality, { target }) });
    expect(findings).toEqual([
      expect.objectContaining({ severity, field: 'target', indicatorIndex: ROW.quality, fix: { field: 'target', value: fixed } }),
    ]);
  });

  it('fixes a bracketed unit in words in the name', () => {
    const findings = unitInWords.check({ book: bookWithIndicator(ROW.quality, { name: '法律援助案件办结率（百分比）' }) });
    expect(findings.map((f) => f.fix)).toEqual([
      { field: 'name', value: '法律援助案件办结率（%）' },
      { field: 'description', value: '法律援助案件办结率（%）' },
    ]);
  });
});
