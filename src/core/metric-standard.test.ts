import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicator-progress.js';
import { targetReadAs } from './metric-standard.js';
import { BUDGET_CONTROL, budgetControlRate } from './spending/ledger-metrics.js';
import { parseTarget } from './target.js';

const ON_TIME = { unit: '%', standard: { comparator: '>=' as const, value: 100, unit: '%', text: '全部在法定期限内' } };

describe('a qualitative target read against its metric’s standard', () => {
  // [name, target, metric, actual, asOf, light, met]
  const cases: [string, string, typeof ON_TIME | typeof BUDGET_CONTROL | null, number, string, string | null, boolean | null][] = [
    ['项目预算控制数', '严格控制在预算资金内', BUDGET_CONTROL, 98.5, '2022-12-31', 'green', true],
    ['项目预算控制数', '严格控制在预算资金内', BUDGET_CONTROL, 100, '2022-12-31', 'green', true],
    ['项目预算控制数', '严格控制在预算资金内', BUDGET_CONTROL, 100.01, '2022-12-31', 'red', false],
    ['控制在预算内', '严格按制在预算内', BUDGET_CONTROL, 42, '2022-06-30', 'green', true], // mid-year: within so far
    ['及时性', '及时完成', ON_TIME, 100, '2022-12-31', 'green', true],
    ['及时性', '及时完成', ON_TIME, 97.5, '2022-06-30', 'green', false], // by pace in June
    ['及时性', '及时完成', ON_TIME, 97.5, '2022-12-31', 'red', false], // the year over: missed
    ['维护社会稳定', '明显提升', null, 1, '2022-12-31', null, null], // no standard: stays qualitative
  ];
  it.each(cases)('%s “%s” at %d as of %s → %s', (name, raw, metric, actual, asOf, light, met) => {
    const read = targetReadAs(name, parseTarget(raw), metric);
    const r = indicatorProgress({ name, target: read.target, year: 2022, asOf, actual, cumulative: false, assessment: null, ...(metric && 'lowerIsBetter' in metric ? { lowerIsBetter: true } : {}) });
    expect(r).toMatchObject({ light, met });
    expect(read.target.raw).toBe(raw);
  });
  it('keeps a quantitative target in the metric’s unit as written', () => {
    expect(targetReadAs('支出比例', parseTarget('≤95%'), BUDGET_CONTROL)).toMatchObject({ target: { value: 95 }, standard: null });
    expect(targetReadAs('成本', parseTarget('≤50万元'), BUDGET_CONTROL)).toMatchObject({ target: { value: 100, unit: '%' }, standard: BUDGET_CONTROL.standard });
  });
});

describe('budgetControlRate', () => {
  it.each([
    [0, 5_000_000, 0],
    [4_925_000, 5_000_000, 98.5],
    [5_000_001, 5_000_000, 100.01], // one fen over is over
    [5_000_000, 5_000_000, 100],
    [5_050_000, 5_000_000, 101],
    [1, 0, null],
  ] as const)('%i of %i fen → %s%', (spent, budget, rate) => expect(budgetControlRate(spent, budget)).toBe(rate));
});
