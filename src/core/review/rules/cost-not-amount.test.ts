import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { costNotAmount } from './cost-not-amount.js';

describe('cost-not-amount', () => {
  it.each([
    [{ target: '≤5.00万元' }],
    [{ target: '≤50000元' }],
    [{ target: '≤5' }], // a bare number is measurable; its unit is another question
    [{ name: '成本节约率', target: '≥5%' }],
    [{ level2: '社会成本指标', target: '无明显负面影响' }], // 2021 framework: not a money cost
    [{ level2: '质量指标', target: '严格控制在预算内' }],
  ])('no finding for %j', (input) => {
    expect(costNotAmount.check({ book: bookWithIndicator(ROW.cost, input) })).toEqual([]);
  });

  it.each([
    ['严格控制在预算内', 50000, '≤5.00万元'],
    ['严格控制在预算资金内', 50600, '≤5.06万元'],
    ['严格按制在预算内', 405000, '≤40.50万元'],
    ['不超预算', 30000, '≤3.00万元'],
  ])('finds %s and fixes it to the budget amount', (target, total, fixed) => {
    const findings = costNotAmount.check({
      book: bookWithIndicator(ROW.cost, { target }, { budget: { total, fiscal: total, other: 0 } }),
    });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'target', fix: { field: 'target', value: fixed } }),
    ]);
    expect(findings[0]!.suggestion).toContain(fixed);
  });

  it.each([
    ['节约使用', 50000],
    ['≤10件', 50000],
    ['严格控制在预算内', 0], // no budget to write
  ])('finds %s without a one-click fix', (target, total) => {
    const findings = costNotAmount.check({
      book: bookWithIndicator(ROW.cost, { target }, { budget: { total, fiscal: total, other: 0 } }),
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.fix).toBeUndefined();
  });
});
