import { describe, expect, it } from 'vitest';
import { itemClock, opinionAnswerDue } from './joint-work.js';

describe('itemClock', () => {
  it.each([
    ['2022-06-30', null, '2022-06-01', 'open'],
    ['2022-06-30', null, '2022-06-26', 'open'],
    ['2022-06-30', null, '2022-06-27', 'dueSoon'],
    ['2022-06-30', null, '2022-06-30', 'dueSoon'],
    ['2022-06-30', null, '2022-07-01', 'overdue'],
    ['2022-06-30', '2022-06-30', '2022-07-05', 'doneOnTime'],
    ['2022-06-30', '2022-07-01', '2022-07-05', 'doneLate'],
    // done after the as-of date: not done yet on it
    ['2022-06-30', '2022-07-10', '2022-07-05', 'overdue'],
  ] as const)('due %s done %s as of %s → %s', (due, done, asOf, clock) => expect(itemClock(due, done, asOf)).toBe(clock));
});

describe('opinionAnswerDue', () => {
  it('counts from the day after receipt, by the setting', () => {
    expect(opinionAnswerDue('2022-03-01', { opinionAnswerDays: 15 })).toBe('2022-03-16');
    expect(opinionAnswerDue('2022-12-20', { opinionAnswerDays: 15 })).toBe('2023-01-04');
    expect(opinionAnswerDue('2022-03-01', { opinionAnswerDays: 7 })).toBe('2022-03-08');
  });
});
