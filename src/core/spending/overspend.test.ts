import { describe, expect, it } from 'vitest';
import { describeOverspend, overspendCaused, type DatedAmount, type OverspendInput } from './overspend.js';

const pay = (date: string, amountFen: number): DatedAmount => ({ date, amountFen });
const BUDGET = 5_000_000;

/** Against a project with nothing spent, the overspend a set of payments causes is its worst excess. */
const worstOverspend = (input: OverspendInput) => overspendCaused({ ...input, payments: [] }, input);

describe('overspend of payments on a clean project', () => {
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

describe('overspendCaused, date by date', () => {
  const project = (payments: DatedAmount[], revisions: OverspendInput['revisions'] = [], from = '2022-01-01'): OverspendInput => ({ initialFen: 10_000, revisions, payments, from });

  it.each([
    ['nothing over', [pay('2022-03-01', 5_000)], [pay('2022-03-01', 5_000), pay('2022-04-01', 5_000)], false],
    ['newly over', [pay('2022-03-01', 5_000)], [pay('2022-03-01', 5_000), pay('2022-04-01', 5_001)], true],
    ['further over', [pay('2022-03-01', 11_000)], [pay('2022-03-01', 11_000), pay('2022-04-01', 100)], true],
    ['as over as before (a correction elsewhere)', [pay('2022-03-01', 11_000)], [pay('2022-03-01', 11_000), pay('2022-04-01', 0)], false],
    ['less over than before (a void)', [pay('2022-03-01', 11_000), pay('2022-04-01', 500)], [pay('2022-03-01', 11_000)], false],
  ])('%s', (_, before, after, caused) => {
    expect(overspendCaused(project(before), project(after)) !== null).toBe(caused);
  });

  it('catches a new excess earlier in the year although a larger one exists later (a payment moved back)', () => {
    // 50 元 over from November (accepted earlier in warn mode); moving a 60 元 payment from June to February
    // makes the project 50 元 over from February too: a new excess, however small beside November's.
    const others = [pay('2022-01-10', 9_000), pay('2022-11-01', 5_000)];
    const before = project([...others, pay('2022-06-01', 6_000)], [], '2022-02-01');
    const after = project([...others, pay('2022-02-01', 6_000)], [], '2022-02-01');
    expect(overspendCaused(before, after)).toMatchObject({ onDate: '2022-02-01', excessFen: 5_000 });
  });

  it('catches a budget cut that creates an excess before a deeper cut already in force later', () => {
    const spent = [pay('2022-01-15', 10_000)];
    const deeper = { id: 1, effectiveOn: '2022-09-01', totalFen: 5_000 };
    const before = project(spent, [deeper], '2022-03-01');
    const after = project(spent, [deeper, { id: 2, effectiveOn: '2022-03-01', totalFen: 8_000 }], '2022-03-01');
    expect(overspendCaused(before, after)).toMatchObject({ onDate: '2022-03-01', budgetFen: 8_000, excessFen: 2_000 });
  });
});

it('describes an overspend in 元', () => {
  expect(describeOverspend({ onDate: '2022-06-30', budgetFen: 5_000_000, spentFen: 6_000_050, excessFen: 1_000_050 })).toBe(
    '截至 2022-06-30 累计支付 60000.50 元，超出当时在用预算 50000.00 元 10000.50 元',
  );
});
