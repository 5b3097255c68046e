import { describe, expect, it } from 'vitest';
import { addDays, deadline, deadlineAsOf, deadlineFilterOf, judicialConfirmationWindow, legalAidDeadlines, type TDeadline } from './deadlines.js';

describe('deadline', () => {
  it.each([
    ['open before the due day', '2022-03-03', null, 7, '2022-03-10', { due: '2022-03-10', status: 'due' }],
    ['overdue the day after', '2022-03-03', null, 7, '2022-03-11', { due: '2022-03-10', status: 'overdue' }],
    ['met on the last day', '2022-03-03', '2022-03-10', 7, '2022-12-31', { due: '2022-03-10', status: 'met' }],
    ['late a day after', '2022-03-03', '2022-03-11', 7, '2022-12-31', { due: '2022-03-10', status: 'late' }],
    ['done after asOf is still open', '2022-03-03', '2022-03-09', 7, '2022-03-05', { due: '2022-03-10', status: 'due' }],
    ['across a year end', '2022-12-29', null, 7, '2023-01-06', { due: '2023-01-05', status: 'overdue' }],
  ] as const)('%s', (_, start, done, days, asOf, expected) => {
    expect(deadline(start, done, days, asOf)).toEqual(expected);
  });
  it('has nothing to say before the start', () => expect(deadline('2022-05-01', null, 7, '2022-04-30')).toBeNull());
  it('adds days across February', () => expect(addDays('2024-02-27', 3)).toBe('2024-03-01'));
});

describe('legal-aid deadlines (法律援助法 Art.36, 43)', () => {
  it('decides within 7 days, then assigns within 3 days of granting', () => {
    const c = { source: '依申请', appliedOn: '2022-06-01', decision: '给予援助', decidedOn: '2022-06-08', assignedOn: null };
    expect(legalAidDeadlines(c, '2022-06-11')).toEqual({ decision: { due: '2022-06-08', status: 'met' }, assignment: { due: '2022-06-11', status: 'due' } });
    expect(legalAidDeadlines(c, '2022-06-12').assignment).toEqual({ due: '2022-06-11', status: 'overdue' });
  });
  it('does not ask for an assignment of a refused application', () => {
    const c = { source: '依申请', appliedOn: '2022-06-01', decision: '不予援助', decidedOn: '2022-06-05', assignedOn: null };
    expect(legalAidDeadlines(c, '2022-07-01').assignment).toBeNull();
  });
  it('assigns a notified case within 3 days of the notice, without a decision', () => {
    const c = { source: '通知辩护/代理', appliedOn: '2022-06-01', decision: null, decidedOn: null, assignedOn: '2022-06-05' };
    expect(legalAidDeadlines(c, '2022-07-01')).toEqual({ decision: null, assignment: { due: '2022-06-04', status: 'late' } });
  });
});

describe('司法确认 window (人民调解法 Art.33)', () => {
  it('is open for 30 days after the agreement', () => {
    expect(judicialConfirmationWindow('2022-01-10', null, '2022-02-09')).toEqual({ due: '2022-02-09', status: 'due' });
    expect(judicialConfirmationWindow('2022-01-10', null, '2022-02-10')?.status).toBe('overdue');
  });
});

describe('the as-of date of a list (issue 13 item 13)', () => {
  it.each([
    ['a past year: its last day', { year: 2022 }, '2026-11-29', '2022-12-31'],
    ['the current year: today', { year: 2026 }, '2026-11-29', '2026-11-29'],
    ['a future year: today', { year: 2027 }, '2026-11-29', '2026-11-29'],
    ['a past range: its end', { to: '2022-06-30' }, '2026-11-29', '2022-06-30'],
    ['a range ending later: today', { to: '2026-12-31' }, '2026-11-29', '2026-11-29'],
    ['no period: today', {}, '2026-11-29', '2026-11-29'],
    ['the year wins over a range end', { year: 2021, to: '2022-06-30' }, '2026-11-29', '2021-12-31'],
  ] as const)('%s', (_, period, today, expected) => {
    expect(deadlineAsOf(period, today)).toBe(expected);
  });
});

describe('where a record stands on its deadlines', () => {
  const d = (due: string, status: TDeadline['status']): TDeadline => ({ due, status });
  it.each([
    ['no deadline running', [null, null], null],
    ['open, due in 3 days: on time', [d('2022-06-13', 'due')], 'onTime'],
    ['open, due in 2 days: due soon', [d('2022-06-12', 'due')], 'dueSoon'],
    ['open, due today: due soon', [d('2022-06-10', 'due')], 'dueSoon'],
    ['overdue beats due soon', [d('2022-06-11', 'due'), d('2022-06-09', 'overdue')], 'overdue'],
    ['due soon beats late', [d('2022-06-01', 'late'), d('2022-06-11', 'due')], 'dueSoon'],
    ['done late', [d('2022-06-01', 'late'), d('2022-06-05', 'met')], 'late'],
    ['all met', [d('2022-06-01', 'met'), null], 'onTime'],
  ] as const)('%s', (_, deadlines, expected) => {
    expect(deadlineFilterOf(deadlines, '2022-06-10')).toBe(expected);
  });
});
