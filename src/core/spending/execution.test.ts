import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmountToFen } from '../money.js';
import { computeExecution, DEFAULT_LIGHT_THRESHOLDS, lightFor, projectYearEndFen, rollUpExecution } from './execution.js';

const PLAN = [
  { month: 3, cumulativePercent: 25 },
  { month: 6, cumulativePercent: 50 },
  { month: 10, cumulativePercent: 75 },
  { month: 12, cumulativePercent: 100 },
];
const T = DEFAULT_LIGHT_THRESHOLDS;
const run = (budgetFen: number, spentFen: number, asOf: string) => computeExecution({ budgetFen, spentFen, plan: PLAN, asOf, year: 2022, thresholds: T });

describe('computeExecution', () => {
  it('reads a project at 30% on 1 July as behind a 50% plan', () => {
    expect(run(5_000_000, 1_500_000, '2022-07-01')).toEqual({
      budgetFen: 5_000_000,
      spentFen: 1_500_000,
      projectedYearEndFen: 3_008_242, // 15000 元 in 182 of 365 days → 30082.42 元
      budget: 50000,
      spent: 15000,
      executionRate: 0.3,
      plannedPercent: 50,
      gapPoints: -20,
      light: 'yellow', // 30 ÷ 50 = 60% of plan
      projectedYearEnd: 30082.42,
    });
  });

  it.each([
    // [spent fen of a 50000 元 budget, asOf, plannedPercent, gapPoints, light]
    [1_000_000, '2022-03-30', 0, 20, 'green'],
    [1_000_000, '2022-03-31', 25, -5, 'green'], // 20 ÷ 25 = 80%: green from 80%
    [999_999, '2022-03-31', 25, -5, 'yellow'],
    [750_000, '2022-03-31', 25, -10, 'yellow'], // exactly 60%: yellow
    [749_999, '2022-03-31', 25, -10, 'red'],
    [0, '2022-06-30', 50, -50, 'red'],
    [5_000_000, '2022-12-31', 100, 0, 'green'],
    [2_500_001, '2022-06-30', 50, 0, 'green'],
  ] as const)('spent %i fen at %s → planned %i, gap %d, %s', (spentFen, asOf, planned, gap, light) => {
    const r = run(5_000_000, spentFen, asOf);
    expect(r.plannedPercent).toBe(planned);
    expect(r.gapPoints).toBeCloseTo(gap, 1);
    expect(r.light).toBe(light);
  });

  it('gives an exact ratio for fen amounts', () => {
    expect(run(5_000_000, 1_500_050, '2022-06-30').executionRate).toBe(0.30001);
    expect(run(5_000_000, 1_500_050, '2022-06-30').spent).toBe(15000.5);
  });

  it('has no rate and no light to fail without a budget', () => {
    const r = run(0, 0, '2022-06-30');
    expect(r).toMatchObject({ executionRate: 0, light: 'green', budget: 0, spent: 0 });
  });

  it('honours configured thresholds', () => {
    const strict = { yellow: 90, green: 100 };
    const at = (spentFen: number, thresholds: typeof T) => computeExecution({ budgetFen: 100, spentFen, plan: PLAN, asOf: '2022-06-30', year: 2022, thresholds }).light;
    expect(at(44, strict)).toBe('red'); // 88% of plan
    expect(at(45, strict)).toBe('yellow');
    expect(at(50, strict)).toBe('green');
    expect(at(44, T)).toBe('green');
  });
});

describe('lightFor', () => {
  it.each([
    [0, 100, 0, 'green'],
    [0, 0, 50, 'green'],
    [59, 100, 100, 'red'],
    [60, 100, 100, 'yellow'],
    [79, 100, 100, 'yellow'],
    [80, 100, 100, 'green'],
    [150, 100, 100, 'green'],
  ] as const)('%i of %i fen against %i%% planned → %s', (spent, budget, planned, light) => {
    expect(lightFor(spent, budget, planned, T)).toBe(light);
  });
});

describe('projectYearEndFen: spent ÷ elapsed days × days in year, capped at max(budget, spent)', () => {
  it.each([
    // [spent, budget, asOf, year, projected]
    [1_000_000, 5_000_000, '2022-03-31', 2022, Math.round((1_000_000 * 365) / 90)],
    [1_000_000, 5_000_000, '2024-03-31', 2024, Math.round((1_000_000 * 366) / 91)],
    [2_500_000, 5_000_000, '2022-07-02', 2022, 4_986_339], // 183 days
    [4_000_000, 5_000_000, '2022-01-10', 2022, 5_000_000], // capped at the budget
    [6_000_000, 5_000_000, '2022-06-30', 2022, 6_000_000], // overspent (warn mode): never below spent
    [3_000_000, 5_000_000, '2022-12-31', 2022, 3_000_000], // the year is over: what was spent
    [3_000_000, 5_000_000, '2023-04-01', 2022, 3_000_000],
    [0, 5_000_000, '2021-12-31', 2022, 0],
    [0, 5_000_000, '2022-08-01', 2022, 0],
  ])('spent %i of %i at %s (%i) → %i', (spent, budget, asOf, year, projected) => {
    expect(projectYearEndFen(spent, budget, asOf, year)).toBe(projected);
  });
});

describe('rollUpExecution', () => {
  it('sums fen and weighs the plan by budget', () => {
    const a = computeExecution({ budgetFen: 30_000_000, spentFen: 3_000_000, plan: PLAN, asOf: '2022-06-30', year: 2022, thresholds: T });
    const b = computeExecution({ budgetFen: 10_000_000, spentFen: 5_000_000, plan: [{ month: 12, cumulativePercent: 100 }], asOf: '2022-06-30', year: 2022, thresholds: T });
    const total = rollUpExecution([a, b], T);
    expect(total.budgetFen).toBe(40_000_000);
    expect(total.spentFen).toBe(8_000_000);
    // (300000 × 50 + 100000 × 0) ÷ 400000
    expect(total.plannedPercent).toBe(37.5);
    expect(total.executionRate).toBe(0.2);
    expect(total.gapPoints).toBe(-17.5);
    expect(total.light).toBe('red'); // 20 ÷ 37.5 = 53%
    expect(total.projectedYearEndFen).toBe(a.projectedYearEndFen + b.projectedYearEndFen);
  });

  it('is empty and green for a department without projects', () => {
    expect(rollUpExecution([], T)).toMatchObject({ budget: 0, spent: 0, plannedPercent: 0, light: 'green' });
  });
});

describe('amounts in fen never drift', () => {
  it('sums 3 × 0.10 元 to exactly 0.30 元', () => {
    const tenCents = parseAmountToFen('0.10', '元')!;
    const payments = [tenCents, tenCents, tenCents];
    const projects = payments.map((fen) => computeExecution({ budgetFen: 100, spentFen: fen, plan: PLAN, asOf: '2022-12-31', year: 2022, thresholds: T }));
    const total = rollUpExecution(projects, T);
    expect(0.1 + 0.1 + 0.1).not.toBe(0.3);
    expect(total.spent).toBe(0.3);
    expect(total.budget).toBe(3);
    expect(total.executionRate).toBe(0.1);
  });

  it('rolls up any amounts to the exact sum of their decimal texts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 40 }), (amounts) => {
        const texts = amounts.map(([yuan, fen]) => `${yuan}.${String(fen).padStart(2, '0')}`);
        const items = texts.map((t) => computeExecution({ budgetFen: 1, spentFen: parseAmountToFen(t, '元')!, plan: PLAN, asOf: '2022-12-31', year: 2022, thresholds: T }));
        const expectedFen = amounts.reduce((s, [yuan, fen]) => s + BigInt(yuan) * 100n + BigInt(fen), 0n);
        const total = rollUpExecution(items, T);
        expect(total.spentFen).toBe(Number(expectedFen));
        expect(total.spent.toFixed(2)).toBe(`${expectedFen / 100n}.${String(expectedFen % 100n).padStart(2, '0')}`);
      }),
    );
  });
});
