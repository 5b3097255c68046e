import { describe, expect, it } from 'vitest';
import { addYears, aftercareEndsOn, aftercareView, DEFAULT_AFTERCARE_SETTINGS as S, type TAftercarePerson } from './aftercare.js';

const person = (more: Partial<TAftercarePerson> = {}): TAftercarePerson => ({
  releasedOn: '2022-06-15',
  source: '刑满释放',
  noticeReceivedOn: null,
  familyNotifiedOn: null,
  returnedOn: null,
  fileOpenedOn: null,
  visitedOn: null,
  resettledOn: null,
  assistedOn: null,
  ...more,
});

describe('addYears and the 帮教期', () => {
  it.each([
    ['2022-06-15', 5, '2027-06-15'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ] as const)('%s + %d years = %s', (d, n, out) => expect(addYears(d, n)).toBe(out));
  it('5 years after prison, 3 after correction, by the setting', () => {
    expect(aftercareEndsOn('2022-06-15', '刑满释放', S)).toBe('2027-06-14');
    expect(aftercareEndsOn('2022-06-15', '解除矫正', S)).toBe('2025-06-14');
    expect(aftercareEndsOn('2022-06-15', '解除矫正', { ...S, correctionYears: 5 })).toBe('2027-06-14');
  });
});

describe('aftercareView', () => {
  it.each([
    ['2022-06-14', {}, 'awaitingRelease'],
    ['2022-06-15', {}, 'awaitingReturn'],
    ['2022-06-20', { returnedOn: '2022-06-16' }, 'inAftercare'],
    ['2022-06-20', { returnedOn: '2022-06-25' }, 'awaitingReturn'],
    ['2027-06-14', { returnedOn: '2022-06-16' }, 'inAftercare'],
    ['2027-06-15', { returnedOn: '2022-06-16' }, 'ended'],
  ] as const)('as of %s %j → %s', (asOf, more, status) => expect(aftercareView(person(more), S, asOf).status).toBe(status));

  it('clocks each 衔接 step at its edges', () => {
    const p = person({ noticeReceivedOn: '2022-05-20', returnedOn: '2022-06-16' });
    expect(aftercareView(p, S, '2022-05-23').steps.familyNotified).toEqual({ due: '2022-05-23', status: 'due' });
    expect(aftercareView(p, S, '2022-05-24').steps.familyNotified).toEqual({ due: '2022-05-23', status: 'overdue' });
    expect(aftercareView({ ...p, familyNotifiedOn: '2022-05-23' }, S, '2022-06-01').steps.familyNotified?.status).toBe('met');
    expect(aftercareView({ ...p, familyNotifiedOn: '2022-05-24' }, S, '2022-06-01').steps.familyNotified?.status).toBe('late');
    expect(aftercareView(p, S, '2022-06-21').steps.fileOpened).toEqual({ due: '2022-06-21', status: 'due' });
    expect(aftercareView(p, S, '2022-06-22').steps.fileOpened?.status).toBe('overdue');
    expect(aftercareView(p, S, '2022-06-23').steps.visited).toEqual({ due: '2022-06-23', status: 'due' });
    expect(aftercareView(p, S, '2022-06-24').steps.visited?.status).toBe('overdue');
    expect(aftercareView(p, { ...S, visitDays: 10 }, '2022-06-24').steps.visited?.status).toBe('due');
    // before the return no step after it runs
    expect(aftercareView(person(), S, '2022-07-01').steps.fileOpened).toBeNull();
  });

  it('says how early the notice came', () => {
    expect(aftercareView(person({ noticeReceivedOn: '2022-05-16' }), S, '2022-06-01')).toMatchObject({ noticeLeadDays: 30, noticeLate: false });
    expect(aftercareView(person({ noticeReceivedOn: '2022-05-17' }), S, '2022-06-01')).toMatchObject({ noticeLeadDays: 29, noticeLate: true });
  });
});
