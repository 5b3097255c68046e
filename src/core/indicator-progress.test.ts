import { describe, expect, it } from 'vitest';
import { indicatorProgress, lightOfRatio, yearPeriod, type ProgressInput } from './indicator-progress.js';
import { parseTarget } from './target.js';

const input = (over: Partial<Omit<ProgressInput, 'target'>> & { target: string }): ProgressInput => ({
  name: '指标',
  year: 2022,
  asOf: '2022-12-31',
  actual: null,
  cumulative: null,
  assessment: null,
  ...over,
  target: parseTarget(over.target),
});

describe('yearPeriod', () => {
  it.each([
    ['2022-06-30', '2022-06-30', 6],
    ['2022-06-29', '2022-06-29', 5],
    ['2022-07-15', '2022-07-15', 6],
    ['2022-01-30', '2022-01-30', 0],
    ['2022-01-31', '2022-01-31', 1],
    ['2022-02-28', '2022-02-28', 2],
    ['2022-12-31', '2022-12-31', 12],
    ['2023-03-01', '2022-12-31', 12],
  ] as const)('as of %s: counts to %s, %i full months', (asOf, end, months) => {
    const p = yearPeriod(2022, asOf);
    expect(p.end).toBe(end);
    expect(p.elapsedMonths).toBe(months);
  });
  it('counts leap-year days', () => expect(yearPeriod(2024, '2024-12-31')).toMatchObject({ elapsedDays: 366, daysInYear: 366 }));
  it('is empty as of a date before the year: nothing is counted, not even 1 January', () => {
    const p = yearPeriod(2022, '2021-12-31');
    expect(p).toMatchObject({ empty: true, start: '2022-01-01', elapsedMonths: 0, elapsedDays: 0 });
    expect(p.end < p.start).toBe(true);
  });
  it('counts 1 January as of 1 January', () => expect(yearPeriod(2022, '2022-01-01')).toMatchObject({ empty: false, start: '2022-01-01', end: '2022-01-01', elapsedDays: 1, elapsedMonths: 0 }));
});

describe('lightOfRatio', () => {
  it.each([
    [0.59, 'red'],
    [0.6, 'yellow'],
    [0.79, 'yellow'],
    [0.8, 'green'],
    [1.2, 'green'],
    [1.21, 'blue'],
  ] as const)('%d → %s', (ratio, light) => expect(lightOfRatio(ratio)).toBe(light));
});

describe('indicatorProgress', () => {
  it('expects a cumulative count pro rata by full months and forecasts from the pace', () => {
    const r = indicatorProgress(input({ target: '≥396件', asOf: '2022-06-30', actual: 180, cumulative: true }));
    expect(r).toMatchObject({ direction: 'higher', expectedToDate: 198, light: 'green', met: false });
    expect(r.ratio).toBeCloseTo(0.9091, 4);
    expect(r.forecast).toBe(Math.round((180 * 365) / 181));
  });
  it.each([
    [100, 'red'],
    [130, 'yellow'],
    [240, 'blue'],
  ] as const)('a count of %i against 198 expected is %s', (actual, light) => {
    expect(indicatorProgress(input({ target: '≥396件', asOf: '2022-06-30', actual, cumulative: true })).light).toBe(light);
  });
  it('compares a rate with the target itself, all year', () => {
    const r = indicatorProgress(input({ target: '≥95%', asOf: '2022-03-31', actual: 90, cumulative: false }));
    expect(r).toMatchObject({ expectedToDate: 95, light: 'green', forecast: 90, met: false });
    expect(indicatorProgress(input({ target: '100%', actual: 50, cumulative: false })).light).toBe('red');
  });
  it('decides cumulative-ness by the target unit when no metric says so', () => {
    expect(indicatorProgress(input({ target: '≥50次', asOf: '2022-06-30', actual: 20 })).expectedToDate).toBe(25);
    expect(indicatorProgress(input({ target: '≥95%', asOf: '2022-06-30', actual: 96 })).expectedToDate).toBe(95);
  });
  it('gives lower-is-better indicators green within target, else red', () => {
    expect(indicatorProgress(input({ target: '<2%', actual: 1.9, cumulative: false })).light).toBe('green');
    expect(indicatorProgress(input({ target: '<2%', actual: 2, cumulative: false })).light).toBe('red');
    expect(indicatorProgress(input({ target: '≤2%', actual: 2, cumulative: false })).light).toBe('green');
    // a name says lower is better even when the table forgot the comparator
    expect(indicatorProgress(input({ name: '社区服刑人员重新犯罪率', target: '2%', actual: 3, cumulative: false })).light).toBe('red');
  });
  it('lights qualitative indicators by the approved assessment', () => {
    expect(indicatorProgress(input({ target: '明显提升', assessment: '达成' }))).toMatchObject({ direction: 'qualitative', light: 'green', met: true });
    expect(indicatorProgress(input({ target: '及时完成', assessment: '部分达成' })).light).toBe('yellow');
    expect(indicatorProgress(input({ target: '2022年底', assessment: '未达成' })).light).toBe('red');
    expect(indicatorProgress(input({ target: '明显提升' })).light).toBeNull();
  });
  it('has no light without an actual, and nothing expected yet in January', () => {
    expect(indicatorProgress(input({ target: '≥396件', actual: null }))).toMatchObject({ light: null, expectedToDate: 396 });
    expect(indicatorProgress(input({ target: '≥396件', asOf: '2022-01-15', actual: 10, cumulative: true }))).toMatchObject({ expectedToDate: 0, light: null });
  });
  it('forecasts the actual itself once the year is over', () => {
    expect(indicatorProgress(input({ target: '≥396件', asOf: '2023-02-01', actual: 400, cumulative: true })).forecast).toBe(400);
  });
});

describe('levels that are not rates', () => {
  it('does not accumulate a duration such as 1年 of effect', () => {
    expect(indicatorProgress(input({ target: '1年', asOf: '2022-06-30', actual: 1 }))).toMatchObject({ expectedToDate: 1, light: 'green' });
  });
});

describe('lights at year end', () => {
  // [target, asOf, actual, cumulative, light, met] — the year over, a missed target is red whatever its pace
  const cases: [string, string, number, boolean | null, string, boolean][] = [
    ['≥95%', '2022-12-31', 88.46, false, 'red', false], // 满意度 of 普法宣传: 0.93 of the target
    ['≥400份', '2022-12-31', 372, true, 'red', false], // 文件印刷数量
    ['100%', '2022-12-31', 96.15, false, 'red', false], // 合格率
    ['≥90%', '2022-12-31', 90, false, 'green', true], // met exactly
    ['≥396件', '2022-12-31', 500, true, 'blue', true], // met, far ahead: blue stays
    ['>95%', '2022-12-31', 95, false, 'red', false], // strictly above, not reached
    ['≥95%', '2023-01-20', 88.46, false, 'red', false], // after the year, still over
    ['≥95%', '2022-12-30', 88.46, false, 'green', false], // one day before: pace still counts
    ['≥400份', '2022-11-30', 372, true, 'green', false], // 372 of 366.67 expected by November
  ];
  it.each(cases)('%s as of %s with %d → %s', (target, asOf, actual, cumulative, light, met) => {
    expect(indicatorProgress(input({ target, asOf, actual, cumulative }))).toMatchObject({ light, met });
  });
});

