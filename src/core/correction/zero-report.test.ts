import { describe, expect, it } from 'vitest';
import { isZeroReport, sensitivePeriodsOn, zeroReportStatus } from './zero-report.js';

describe('零报告 status', () => {
  it.each([
    { date: '2022-06-01', filedOn: '2022-06-01', today: '2022-06-05', expected: '按时上报' },
    { date: '2022-06-01', filedOn: '2022-06-02', today: '2022-06-05', expected: '补报' },
    { date: '2022-06-01', filedOn: null, today: '2022-06-01', expected: '待上报' },
    { date: '2022-06-01', filedOn: null, today: '2022-06-02', expected: '缺报' },
  ])('report of $date filed $filedOn, today $today → $expected', ({ expected, ...o }) => expect(zeroReportStatus(o)).toBe(expected));

  it('is a zero report when everything but the roster is 0', () => {
    expect(isZeroReport({ roster: 12, lost: 0, outOfBounds: 0, violations: 0, newOffences: 0, incidents: 0 })).toBe(true);
    expect(isZeroReport({ roster: 12, lost: 0, outOfBounds: 1, violations: 0, newOffences: 0, incidents: 0 })).toBe(false);
  });
});

describe('sensitive periods', () => {
  const periods = [{ name: '国庆', from: '2022-09-30', to: '2022-10-08' }, { name: '二十大', from: '2022-10-10', to: '2022-10-23' }];
  it.each([
    ['2022-09-29', []],
    ['2022-09-30', ['国庆']],
    ['2022-10-08', ['国庆']],
    ['2022-10-09', []],
    ['2022-10-23', ['二十大']],
  ])('%s → %j', (date, names) => expect(sensitivePeriodsOn(date, periods).map((p) => p.name)).toEqual(names));
});
