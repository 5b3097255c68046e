import { describe, expect, it } from 'vitest';
import { plannedPercentAt } from './plan.js';

const SAMPLE = [
  { month: 3, cumulativePercent: 25 },
  { month: 6, cumulativePercent: 50 },
  { month: 10, cumulativePercent: 75 },
  { month: 12, cumulativePercent: 100 },
];

describe('plannedPercentAt: the latest milestone whose month-end is on or before the date', () => {
  it.each([
    ['2022-01-01', 0],
    ['2022-03-30', 0],
    ['2022-03-31', 25],
    ['2022-04-01', 25],
    ['2022-06-29', 25],
    ['2022-06-30', 50],
    ['2022-07-01', 50],
    ['2022-10-30', 50],
    ['2022-10-31', 75],
    ['2022-12-30', 75],
    ['2022-12-31', 100],
  ])('sample plan in 2022 at %s → %i%%', (asOf, percent) => {
    expect(plannedPercentAt(SAMPLE, asOf, 2022)).toBe(percent);
  });

  it.each([
    // February's month-end moves with leap years
    [2024, '2024-02-28', 0],
    [2024, '2024-02-29', 10],
    [2022, '2022-02-27', 0],
    [2022, '2022-02-28', 10],
    [2022, '2022-03-01', 10],
    [2100, '2100-02-28', 10],
  ])('a February milestone in %i at %s → %i%%', (year, asOf, percent) => {
    expect(plannedPercentAt([{ month: 2, cumulativePercent: 10 }, { month: 12, cumulativePercent: 100 }], asOf, year)).toBe(percent);
  });

  it.each([
    ['2023-01-01', 100],
    ['2030-06-30', 100],
    ['2021-12-31', 0],
    ['2000-01-01', 0],
  ])('outside the budget year (%s) → %i%%', (asOf, percent) => {
    expect(plannedPercentAt(SAMPLE, asOf, 2022)).toBe(percent);
  });

  it('holds the last milestone after the year even when it is not December', () => {
    expect(plannedPercentAt([{ month: 6, cumulativePercent: 100 }], '2023-03-01', 2022)).toBe(100);
    expect(plannedPercentAt([{ month: 9, cumulativePercent: 80 }], '2022-12-31', 2022)).toBe(80);
  });

  it('does not depend on the order the milestones are listed in', () => {
    expect(plannedPercentAt([...SAMPLE].reverse(), '2022-07-15', 2022)).toBe(50);
  });

  it('plans nothing without milestones', () => {
    expect(plannedPercentAt([], '2022-12-31', 2022)).toBe(0);
  });
});
