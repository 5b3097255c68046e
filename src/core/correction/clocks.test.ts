import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, isWorkingDay } from './calendar.js';
import { assessmentClock, checkLeave, leaveReturn, locationTerm, LOCATION_CONDITIONS, relocationClocks, reportInClock } from './clocks.js';
import { DEFAULT_CORRECTION_SETTINGS as S } from './settings.js';

const cal = S.calendar;

describe('working days', () => {
  it.each([
    ['2022-06-06', true, 'a Monday'],
    ['2022-06-04', false, 'a Saturday inside 端午'],
    ['2022-06-03', false, '端午 on a Friday'],
    ['2022-10-08', true, 'a Saturday worked in exchange (调休)'],
    ['2022-10-15', false, 'an ordinary Saturday'],
  ])('%s is a working day: %s (%s)', (date, expected) => expect(isWorkingDay(date, cal)).toBe(expected));

  it.each([
    ['2022-06-01', 1, '2022-06-02', 'an ordinary week'],
    ['2022-06-02', 1, '2022-06-06', 'over 端午 (3–5 June)'],
    ['2022-09-29', 3, '2022-10-09', 'over 国庆: 30 Sept, then the 调休 8 and 9 October'],
    ['2022-01-28', 1, '2022-01-29', 'the Saturday worked before 春节'],
  ])('%s + %i working days = %s (%s)', (from, n, expected) => expect(addWorkingDays(from, n, cal)).toBe(expected));

  it.each([
    ['2022-11-30', 3, '2023-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2022-01-31', -2, '2021-11-30'],
  ])('%s + %i months = %s', (from, n, expected) => expect(addMonths(from, n)).toBe(expected));
});

describe('调查评估 clock (10 working days, 5 under 速裁)', () => {
  it.each([
    // received Thursday 2022-09-22: the 10 working days run over 国庆 and its two 调休 weekend days
    { receivedOn: '2022-09-22', fastTrack: false, answeredOn: null, asOf: '2022-09-23', due: '2022-10-11', status: 'pending' },
    { receivedOn: '2022-09-22', fastTrack: true, answeredOn: null, asOf: '2022-09-23', due: '2022-09-29', status: 'pending' },
    { receivedOn: '2022-09-22', fastTrack: true, answeredOn: null, asOf: '2022-09-27', due: '2022-09-29', status: 'dueSoon' },
    { receivedOn: '2022-09-22', fastTrack: true, answeredOn: '2022-09-29', asOf: '2022-10-20', due: '2022-09-29', status: 'onTime' },
    { receivedOn: '2022-09-22', fastTrack: true, answeredOn: '2022-09-30', asOf: '2022-10-20', due: '2022-09-29', status: 'late' },
    { receivedOn: '2022-09-22', fastTrack: false, answeredOn: null, asOf: '2022-10-12', due: '2022-10-11', status: 'overdue' },
    { receivedOn: '2022-09-22', fastTrack: false, answeredOn: null, asOf: '2022-10-11', due: '2022-10-11', status: 'dueSoon' },
  ])('received $receivedOn (速裁 $fastTrack), answered $answeredOn, as of $asOf → due $due, $status', ({ due, status, ...o }) => {
    expect(assessmentClock(o, S)).toEqual({ due, status });
  });
});

describe('报到 clock (10 days after the judgment takes effect)', () => {
  it.each([
    { effectiveOn: '2022-03-01', reportedOn: '2022-03-11', asOf: '2022-03-20', type: '按时报到', lateDays: 0 },
    { effectiveOn: '2022-03-01', reportedOn: '2022-03-12', asOf: '2022-03-20', type: '超期报到', lateDays: 1 },
    { effectiveOn: '2022-03-01', reportedOn: null, asOf: '2022-03-11', type: '待报到', lateDays: 0 },
    { effectiveOn: '2022-03-01', reportedOn: null, asOf: '2022-03-12', type: '未按规定时间报到', lateDays: 1 },
    { effectiveOn: '2022-03-01', reportedOn: null, asOf: '2022-03-05', type: '待报到', lateDays: 0 },
  ])('effective $effectiveOn, reported $reportedOn, as of $asOf → $type', ({ type, lateDays, ...o }) => {
    const clock = reportInClock(o, S);
    expect(clock.due).toBe('2022-03-11');
    expect({ type: clock.type, lateDays: clock.lateDays }).toEqual({ type, lateDays });
  });
});

describe('外出 (7 / 30 days, 30 days within 2 months)', () => {
  it.each([
    { from: '2022-05-10', to: '2022-05-16', earlier: [], approver: '司法所', days: 7, problems: 0 },
    { from: '2022-05-10', to: '2022-05-17', earlier: [], approver: '县级社区矫正机构', days: 8, problems: 0 },
    { from: '2022-05-10', to: '2022-06-08', earlier: [], approver: '县级社区矫正机构', days: 30, problems: 0 },
    { from: '2022-05-10', to: '2022-06-09', earlier: [], approver: '市级社区矫正机构', days: 31, problems: 1 },
    // 25 days in April (within 2 months of 16 May) + 6 now = 31 > 30
    { from: '2022-05-11', to: '2022-05-16', earlier: [{ from: '2022-04-01', to: '2022-04-25' }], approver: '市级社区矫正机构', days: 6, problems: 0 },
    // the same 25 days ending before the window (17 March – 16 May) still count only where they overlap
    { from: '2022-05-11', to: '2022-05-16', earlier: [{ from: '2022-02-20', to: '2022-03-16' }], approver: '司法所', days: 6, problems: 0 },
    { from: '2022-05-11', to: '2022-05-16', earlier: [{ from: '2022-02-20', to: '2022-03-17' }], approver: '司法所', days: 6, problems: 0 },
    { from: '2022-05-11', to: '2022-05-16', earlier: [{ from: '2022-03-10', to: '2022-04-12' }], approver: '市级社区矫正机构', days: 6, problems: 0 },
  ])('$from–$to after $earlier → $approver', ({ approver, days, problems, ...r }) => {
    const check = checkLeave({ ...r, appliedOn: '2022-05-01' }, S);
    expect({ approver: check.approver, days: check.days, problems: check.problems.length }).toEqual({ approver, days, problems });
  });

  it('warns when applied fewer than 3 days ahead', () => {
    expect(checkLeave({ from: '2022-05-10', to: '2022-05-11', appliedOn: '2022-05-08', earlier: [] }, S).appliedLate).toBe(true);
    expect(checkLeave({ from: '2022-05-10', to: '2022-05-11', appliedOn: '2022-05-07', earlier: [] }, S).appliedLate).toBe(false);
  });

  it.each([
    { to: '2022-05-16', returnedOn: '2022-05-17', asOf: '2022-05-20', expected: '按期返回' },
    { to: '2022-05-16', returnedOn: '2022-05-18', asOf: '2022-05-20', expected: '逾期返回' },
    { to: '2022-05-16', returnedOn: null, asOf: '2022-05-17', expected: '外出中' },
    { to: '2022-05-16', returnedOn: null, asOf: '2022-05-18', expected: '逾期未归' },
  ])('leave ending $to, returned $returnedOn, as of $asOf → $expected', ({ expected, ...o }) => expect(leaveReturn(o)).toBe(expected));
});

describe('变更执行地 (5-day steps, 7 days to report)', () => {
  it('chains each step from the previous one, and shows only steps that have started', () => {
    const c = relocationClocks({ appliedOn: '2022-07-01', askedOn: '2022-07-06', repliedOn: '2022-07-12', handedOverOn: null, reportedOn: null, asOf: '2022-07-20' }, S);
    expect(c.ask).toEqual({ due: '2022-07-06', status: 'onTime' });
    expect(c.reply).toEqual({ due: '2022-07-11', status: 'late' });
    expect(c.handover).toEqual({ due: '2022-07-17', status: 'overdue' });
    expect(c.report).toBeNull();
  });
});

describe('电子定位 term (≤ 3 months, renewal reminder)', () => {
  const one = [LOCATION_CONDITIONS[1]];
  it.each([
    { from: '2022-01-15', months: 3, asOf: '2022-03-01', to: '2022-04-14', status: '使用中', problems: 0 },
    { from: '2022-01-15', months: 3, asOf: '2022-04-04', to: '2022-04-14', status: '待续期评估', problems: 0 },
    { from: '2022-01-15', months: 3, asOf: '2022-04-03', to: '2022-04-14', status: '使用中', problems: 0 },
    { from: '2022-01-15', months: 3, asOf: '2022-04-15', to: '2022-04-14', status: '已到期', problems: 0 },
    { from: '2022-11-30', months: 3, asOf: '2022-12-01', to: '2023-02-27', status: '使用中', problems: 0 },
    { from: '2022-01-15', months: 4, asOf: '2022-02-01', to: '2022-04-14', status: '使用中', problems: 1 },
  ])('from $from for $months months, as of $asOf → to $to, $status', ({ to, status, problems, ...o }) => {
    const term = locationTerm({ ...o, conditions: one }, S);
    expect({ to: term.to, status: term.status, problems: term.problems.length }).toEqual({ to, status, problems });
  });

  it('needs one of the five Art.29 conditions', () => {
    expect(locationTerm({ from: '2022-01-15', months: 1, conditions: [], asOf: '2022-01-15' }, S).problems).toHaveLength(1);
    expect(locationTerm({ from: '2022-01-15', months: 1, conditions: ['表现不好'], asOf: '2022-01-15' }, S).problems).toHaveLength(1);
  });
});
