import { describe, expect, it } from 'vitest';
import { describeOverspend, overspendCausedBy, worstOverspend, type DatedAmount } from './overspend.js';

const pay = (date: string, amountFen: number): DatedAmount => ({ date, amountFen });
const BUDGET = 5_000_000;

describe('worstOverspend', () => {
  it('is null within budget, and at exactly the budget', () => {
    expect(worstOverspend({ initialFen: BUDGET, revisions: [], payments: [pay('2022-02-15', 1_000_000), pay('2022-05-20', 4_000_000)], from: '2022-01-01' })).toBeNull();
  });

  it('finds the excess one fen over', () => {
    expect(worstOverspend({ initialFen: BUDGET, revisions: [], payments: [pay('2022-02-15', 1_000_000), pay('2022-05-20', 4_000_001)], from: '2022-05-20' })).toEqual({
      onDate: '2022-05-20',
      budgetFen: BUDGET,
      spentFen: 5_000_001,
      excessFen: 1,
    });
  });

  it('counts a back-dated payment in every later date', () => {
    // a March payment added under later ones: the excess shows by June
    const payments = [pay('2022-03-10', 2_000_000), pay('2022-06-01', 3_000_000), pay('2022-03-01', 500_000)];
    expect(worstOverspend({ initialFen: BUDGET, revisions: [], payments, from: '2022-03-01' })).toMatchObject({ onDate: '2022-06-01', excessFen: 500_000 });
  });

  it('judges each date by the budget in force then', () => {
    const revisions = [{ id: 1, effectiveOn: '2022-07-01', totalFen: 8_000_000 }];
    // 70000 元 by September is fine after the raise to 80000 元 on 1 July, not before it
    expect(worstOverspend({ initialFen: BUDGET, revisions, payments: [pay('2022-09-01', 7_000_000)], from: '2022-09-01' })).toBeNull();
    expect(worstOverspend({ initialFen: BUDGET, revisions, payments: [pay('2022-06-30', 7_000_000)], from: '2022-06-30' })).toMatchObject({ onDate: '2022-06-30', budgetFen: BUDGET, excessFen: 2_000_000 });
  });

  it('sees a budget cut below what was already spent', () => {
    const revisions = [{ id: 1, effectiveOn: '2022-11-01', totalFen: 3_000_000 }];
    expect(worstOverspend({ initialFen: BUDGET, revisions, payments: [pay('2022-04-01', 4_000_000)], from: '2022-11-01' })).toEqual({
      onDate: '2022-11-01',
      budgetFen: 3_000_000,
      spentFen: 4_000_000,
      excessFen: 1_000_000,
    });
  });

  it('ignores excesses before the date it checks from', () => {
    const revisions = [{ id: 1, effectiveOn: '2022-07-01', totalFen: 9_000_000 }];
    expect(worstOverspend({ initialFen: BUDGET, revisions, payments: [pay('2022-06-01', 6_000_000)], from: '2022-07-01' })).toBeNull();
  });
});

describe('overspendCausedBy', () => {
  const o = (excessFen: number) => ({ onDate: '2022-06-30', budgetFen: BUDGET, spentFen: BUDGET + excessFen, excessFen });
  it.each([
    ['nothing over', null, null, false],
    ['newly over', null, o(10), true],
    ['further over', o(10), o(20), true],
    ['as over as before', o(10), o(10), false],
    ['less over than before', o(20), o(10), false],
    ['back within budget', o(20), null, false],
  ])('%s → %s', (_, before, after, caused) => {
    expect(overspendCausedBy(before, after) !== null).toBe(caused);
  });
});

it('describes an overspend in 元', () => {
  expect(describeOverspend({ onDate: '2022-06-30', budgetFen: 5_000_000, spentFen: 6_000_050, excessFen: 1_000_050 })).toBe(
    '截至 2022-06-30 累计支付 60000.50 元，超出当时在用预算 50000.00 元 10000.50 元',
  );
});
