import { describe, expect, it } from 'vitest';
import { lifecycleClocks, monthDuties, shiftMonth, stepProblem, sumActivities, type TStepDates } from './lifecycle.js';
import { DEFAULT_CORRECTION_SETTINGS as S } from './settings.js';

describe('a step against the others', () => {
  const steps: TStepDates = { effective: '2022-03-01', reported: '2022-03-08', planned: '2022-03-20' };
  it.each([
    { step: 'received', on: '2022-03-08', problem: null, why: 'the same day as 报到' },
    { step: 'received', on: '2022-03-07', problem: '不能早于报到日期（2022-03-08）', why: 'before 报到' },
    { step: 'received', on: '2022-03-21', problem: '不能晚于矫正方案·矫正小组日期（2022-03-20）', why: 'after the plan' },
    { step: 'reported', on: '2022-02-28', problem: '不能早于判决（裁定、决定）生效日期（2022-03-01）', why: 'before the judgment took effect' },
    { step: 'ended', on: '2022-12-31', problem: '不能晚于今天（2022-12-30）', why: 'tomorrow' },
    { step: 'ended', on: '2022-12-30', problem: null, why: 'today' },
    { step: 'effective', on: '1999-12-31', problem: '早于 2000-01-01', why: 'absurdly old' },
    { step: 'assessed', on: '2022-02-01', problem: '请先登记“收到调查评估委托”', why: 'an opinion without an entrustment' },
    { step: 'handedOver', on: '2022-12-01', problem: '请先登记“解除或终止矫正”', why: 'a hand-off before the end' },
    { step: 'entrusted', on: '2022-02-01', problem: null, why: 'an entrustment before the judgment' },
  ] as const)('$step on $on: $why', ({ step, on, problem }) => {
    const got = stepProblem({ steps, step, on, today: '2022-12-30' });
    if (problem === null) expect(got).toBeNull();
    else expect(got?.zh).toContain(problem);
  });

  it('re-recording a step is checked against its neighbours, not against itself', () => {
    expect(stepProblem({ steps, step: 'reported', on: '2022-03-02', today: '2022-12-30' })).toBeNull();
  });
});

describe('the clocks the steps start', () => {
  const base = { fastTrack: false, endOn: '2023-03-01', terminatedOn: null, asOf: '2022-10-12' };
  it('runs no assessment or 报到 clock before its start is recorded; the release clock always runs', () => {
    expect(lifecycleClocks({ ...base, steps: {} }, S).map((c) => c.kind)).toEqual(['release']);
  });

  it.each([
    // received Thursday 2022-09-22: 10 working days run over 国庆 and its two 调休 Saturdays/Sundays → 2022-10-11
    { steps: { entrusted: '2022-09-22' }, fastTrack: false, asOf: '2022-10-11', due: '2022-10-11', status: 'dueSoon', lateDays: 0 },
    { steps: { entrusted: '2022-09-22' }, fastTrack: false, asOf: '2022-10-12', due: '2022-10-11', status: 'overdue', lateDays: 1 },
    { steps: { entrusted: '2022-09-22', assessed: '2022-10-11' }, fastTrack: false, asOf: '2022-10-20', due: '2022-10-11', status: 'onTime', lateDays: 0 },
    { steps: { entrusted: '2022-09-22', assessed: '2022-10-12' }, fastTrack: false, asOf: '2022-10-20', due: '2022-10-11', status: 'late', lateDays: 1 },
    // 速裁: 5 working days, Friday 23 to Thursday 29 September
    { steps: { entrusted: '2022-09-22' }, fastTrack: true, asOf: '2022-09-30', due: '2022-09-29', status: 'overdue', lateDays: 1 },
  ] as const)('assessment entrusted $steps.entrusted (速裁 $fastTrack) as of $asOf → $status', ({ steps, fastTrack, asOf, due, status, lateDays }) => {
    const clock = lifecycleClocks({ ...base, steps, fastTrack, asOf }, S).find((c) => c.kind === 'assessment');
    expect(clock).toMatchObject({ due, status, lateDays });
  });

  it.each([
    { reported: '2022-03-11', asOf: '2022-04-01', status: 'onTime', reportType: '按时报到', lateDays: 0 },
    { reported: '2022-03-12', asOf: '2022-04-01', status: 'late', reportType: '超期报到', lateDays: 1 },
    { reported: undefined, asOf: '2022-03-11', status: 'dueSoon', reportType: '待报到', lateDays: 0 },
    { reported: undefined, asOf: '2022-03-12', status: 'overdue', reportType: '未按规定时间报到', lateDays: 1 },
  ] as const)('报到 10 days from 2022-03-01, reported $reported, as of $asOf → $reportType', ({ reported, asOf, ...expected }) => {
    const steps = { effective: '2022-03-01', ...(reported ? { reported } : {}) };
    expect(lifecycleClocks({ ...base, steps, asOf }, S).find((c) => c.kind === 'reportIn')).toMatchObject({ due: '2022-03-11', ...expected });
  });

  it.each([
    { ended: undefined, terminatedOn: null, asOf: '2023-02-27', status: 'dueSoon' },
    { ended: undefined, terminatedOn: null, asOf: '2023-03-02', status: 'overdue' },
    { ended: '2023-03-01', terminatedOn: null, asOf: '2023-03-10', status: 'onTime' },
    { ended: '2023-03-03', terminatedOn: null, asOf: '2023-03-10', status: 'late' },
    // revoked early (the register's 解除 date): closed, not overdue
    { ended: undefined, terminatedOn: '2022-11-01', asOf: '2023-03-10', status: 'onTime' },
  ] as const)('release due 2023-03-01: ended $ended / register $terminatedOn as of $asOf → $status', ({ ended, terminatedOn, asOf, status }) => {
    const steps = ended ? { ended } : {};
    expect(lifecycleClocks({ ...base, steps, terminatedOn, asOf }, S).find((c) => c.kind === 'release')?.status).toBe(status);
  });
});

describe('the month’s duties', () => {
  const none = { reports: 0, visits: 0, studyHours: 0, serviceHours: 0 };
  const person = { startOn: '2022-01-10', endOn: '2023-01-09', terminatedOn: null, changes: [], ableToWork: true };
  const states = (r: ReturnType<typeof monthDuties>) => Object.fromEntries(r!.duties.map((d) => [d.duty, `${d.done}/${d.required} ${d.state}`]));

  it('is null for a month outside the term or not yet begun', () => {
    expect(monthDuties({ ...person, month: '2021-12', done: none, asOf: '2022-06-01' }, S)).toBeNull();
    expect(monthDuties({ ...person, month: '2022-07', done: none, asOf: '2022-06-30' }, S)).toBeNull();
  });

  it('asks the entry month its share of days, rounded up, as 初期', () => {
    // 22 of 31 days: 严管-level 初期 duties 4 reports → ceil(2.84) = 3; 12 h → ceil(8.52) = 9
    const r = monthDuties({ ...person, month: '2022-01', done: { reports: 3, visits: 2, studyHours: 9, serviceHours: 8 }, asOf: '2022-06-01' }, S)!;
    expect(r.dutyClass).toBe('初期');
    expect(states(r)).toEqual({ reports: '3/3 met', visits: '2/3 missed', studyHours: '9/9 met', serviceHours: '8/9 missed' });
    expect(r.met).toBe(false);
  });

  it('uses the class in force at the month’s end: 严管 in the first two months, then 普管, or an approved change', () => {
    // entry 10 January: 严管 until 9 March
    expect(monthDuties({ ...person, month: '2022-02', done: none, asOf: '2022-06-01' }, S)!.dutyClass).toBe('严管');
    expect(monthDuties({ ...person, month: '2022-03', done: none, asOf: '2022-06-01' }, S)!.dutyClass).toBe('普管');
    expect(monthDuties({ ...person, month: '2022-05', changes: [{ effectiveOn: '2022-05-31', toClass: '宽管' }], done: none, asOf: '2022-06-01' }, S)!.dutyClass).toBe('宽管');
  });

  it('leaves a running month open, not missed, and meets it once done', () => {
    const open = monthDuties({ ...person, month: '2022-05', done: { reports: 2, visits: 0, studyHours: 8, serviceHours: 8 }, asOf: '2022-05-31' }, S)!;
    expect(states(open)).toEqual({ reports: '2/2 met', visits: '0/1 open', studyHours: '8/8 met', serviceHours: '8/8 met' });
    expect(open.met).toBeNull();
    expect(monthDuties({ ...person, month: '2022-05', done: { reports: 2, visits: 1, studyHours: 8, serviceHours: 8 }, asOf: '2022-05-31' }, S)!.met).toBe(true);
  });

  it('asks no public service of one unable to work, and ends with the term', () => {
    const r = monthDuties({ ...person, ableToWork: false, terminatedOn: '2022-06-15', month: '2022-06', done: none, asOf: '2022-06-20' }, S)!;
    expect(r.duties.find((d) => d.duty === 'serviceHours')).toMatchObject({ required: 0, state: 'met' });
    // the term ended on the 15th: the month is over for this person
    expect(r.duties.find((d) => d.duty === 'reports')?.state).toBe('missed');
  });

  it('sums activities by duty and counts months', () => {
    expect(sumActivities([{ kind: 'report', amount: 1 }, { kind: 'report', amount: 1 }, { kind: 'study', amount: 3 }, { kind: 'service', amount: 4 }])).toEqual({ reports: 2, visits: 0, studyHours: 3, serviceHours: 4 });
    expect(shiftMonth('2022-01', -1)).toBe('2021-12');
    expect(shiftMonth('2022-12', 1)).toBe('2023-01');
  });
});
