import { describe, expect, it } from 'vitest';
import { checkDuties, classOn, stageOf } from './classes.js';
import { DEFAULT_CORRECTION_SETTINGS as S } from './settings.js';

describe('stage of the term', () => {
  it.each([
    ['2022-03-10', '初期'],
    ['2022-04-09', '初期'],
    ['2022-04-10', '常规'],
    ['2023-02-09', '常规'],
    ['2023-02-10', '末期'],
  ])('term 2022-03-10 – 2023-03-09, as of %s → %s', (asOf, expected) => expect(stageOf({ startOn: '2022-03-10', endOn: '2023-03-09', asOf })).toBe(expected));
});

describe('class in force', () => {
  it.each([
    { asOf: '2022-05-09', changes: [], expected: '严管' },
    { asOf: '2022-05-10', changes: [], expected: '普管' },
    { asOf: '2022-09-30', changes: [{ effectiveOn: '2022-10-01', toClass: '宽管' as const }], expected: '普管' },
    { asOf: '2022-10-01', changes: [{ effectiveOn: '2022-10-01', toClass: '宽管' as const }], expected: '宽管' },
    { asOf: '2022-04-01', changes: [{ effectiveOn: '2022-12-01', toClass: '严管' as const }, { effectiveOn: '2022-03-20', toClass: '普管' as const }], expected: '普管' },
  ])('entered 2022-03-10, as of $asOf with $changes → $expected', ({ asOf, changes, expected }) => expect(classOn({ startOn: '2022-03-10', asOf, changes }, S)).toBe(expected));
});

describe('duties of a month', () => {
  it.each([
    { cls: '严管' as const, done: { reports: 4, visits: 4, studyHours: 12, serviceHours: 12 }, ableToWork: true, missed: [] },
    { cls: '严管' as const, done: { reports: 3, visits: 4, studyHours: 12, serviceHours: 11 }, ableToWork: true, missed: ['reports', 'serviceHours'] },
    { cls: '严管' as const, done: { reports: 4, visits: 4, studyHours: 12, serviceHours: 0 }, ableToWork: false, missed: [] },
    { cls: '宽管' as const, done: { reports: 1, visits: 1, studyHours: 4, serviceHours: 4 }, ableToWork: true, missed: [] },
    { cls: '普管' as const, done: { reports: 1, visits: 1, studyHours: 8, serviceHours: 8 }, ableToWork: true, missed: ['reports'] },
  ])('$cls with $done → missed $missed', ({ missed, ...o }) => {
    expect(checkDuties(o, S).filter((d) => !d.met).map((d) => d.duty)).toEqual(missed);
  });
});
