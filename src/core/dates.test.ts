import { describe, expect, it } from 'vitest';
import { chinaDate, dayOfYear, daysInMonth, daysInYear, isIsoDate, monthEnd } from './dates.js';

describe('calendar dates', () => {
  it.each([
    ['2022-03-31', true],
    ['2022-02-28', true],
    ['2022-02-29', false],
    ['2024-02-29', true],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2022-04-31', false],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-3-31', false],
    ['2022/03/31', false],
    ['', false],
  ])('isIsoDate(%j) is %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });

  it.each([
    [2022, 2, 28, '2022-02-28'],
    [2024, 2, 29, '2024-02-29'],
    [2022, 6, 30, '2022-06-30'],
    [2022, 10, 31, '2022-10-31'],
    [2022, 12, 31, '2022-12-31'],
  ])('month %i-%i has %i days, ending %s', (year, month, days, end) => {
    expect(daysInMonth(year, month)).toBe(days);
    expect(monthEnd(year, month)).toBe(end);
  });

  it.each([
    ['2022-01-01', 1],
    ['2022-03-01', 60],
    ['2024-03-01', 61],
    ['2022-12-31', 365],
    ['2024-12-31', 366],
  ])('%s is day %i of its year', (date, n) => {
    expect(dayOfYear(date)).toBe(n);
  });

  it('knows leap years', () => {
    expect([2022, 2024, 2000, 1900].map(daysInYear)).toEqual([365, 366, 366, 365]);
  });

  it.each([
    ['2022-06-30T15:59:59Z', '2022-06-30'],
    ['2022-06-30T16:00:00Z', '2022-07-01'],
    ['2022-12-31T16:00:00Z', '2023-01-01'],
    ['2022-01-01T00:00:00+08:00', '2022-01-01'],
  ])('the China date at %s is %s whatever the server zone', (instant, date) => {
    expect(chinaDate(new Date(instant))).toBe(date);
  });
});
