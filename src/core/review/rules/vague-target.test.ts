import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { vagueTarget } from './vague-target.js';

describe('vague-target', () => {
  it.each([
    [ROW.social, { target: '≥90%' }],
    [ROW.social, { target: '较上年提高5%' }], // quantitative wording parses as qualitative but is measurable
    [ROW.sustained, { target: '长期' }],
    [ROW.social, { target: '好' }],
    [ROW.quantity, { target: '明显提升' }], // quantity-not-number's business
    [ROW.cost, { target: '明显降低' }], // cost-not-amount's business
    [ROW.timeliness, { target: '及时完成' }], // deadline-not-specific's business
  ])('no finding for row %i %j', (row, input) => {
    expect(vagueTarget.check({ book: bookWithIndicator(row, input) })).toEqual([]);
  });

  it.each([
    [ROW.social, '明显提升', '较上年提高N%'],
    [ROW.sustained, '持续发挥作用', '较上年提高N%'],
    [ROW.social, '有效改善', '分级标准'],
    [ROW.satisfaction, '进一步提高', '≥90%'],
  ])('finds row %i %s as a suggestion', (row, target, hint) => {
    const findings = vagueTarget.check({ book: bookWithIndicator(row, { target }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'suggestion', field: 'target', indicatorIndex: row })]);
    expect(findings[0]!.suggestion).toContain(hint);
  });
});
