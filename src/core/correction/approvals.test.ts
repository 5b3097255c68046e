import { describe, expect, it } from 'vitest';
import { checkApproval, type TApprovalRequest } from './approvals.js';
import { LOCATION_CONDITIONS } from './clocks.js';
import { DEFAULT_CORRECTION_SETTINGS as S } from './settings.js';

const base: TApprovalRequest = { kind: '外出', fromOn: '2022-05-10', toOn: '2022-05-16', appliedOn: '2022-05-01', reason: '探望父母', earlierLeaves: [], sensitive: [] };

describe('who decides an approval, and what refuses it', () => {
  it.each([
    { over: {}, level: '司法所', problems: 0 },
    { over: { toOn: '2022-05-17' }, level: '县级社区矫正机构', problems: 0 },
    { over: { toOn: '2022-06-09' }, level: '市级社区矫正机构', problems: 1 },
    { over: { sensitive: ['国庆'] }, level: '司法所', problems: 1 },
    { over: { sensitive: ['国庆'], reasonKind: '就医' }, level: '司法所', problems: 0 },
    { over: { reason: ' ' }, level: '司法所', problems: 1 },
    { over: { kind: '电子定位' as const, months: 3, conditions: [LOCATION_CONDITIONS[2]] }, level: '局长', problems: 0 },
    { over: { kind: '电子定位' as const, months: 3, conditions: [] }, level: '局长', problems: 1 },
    { over: { kind: '分类调整' as const, toClass: '宽管' }, level: '县级社区矫正机构', problems: 0 },
    { over: { kind: '分类调整' as const, toClass: '特管' }, level: '县级社区矫正机构', problems: 1 },
    { over: { kind: '会客' as const }, level: '司法所', problems: 0 },
    { over: { kind: '执行地变更' as const, toOn: null }, level: '县级社区矫正机构', problems: 0 },
  ])('$over → $level, $problems problem(s)', ({ over, level, problems }) => {
    const check = checkApproval({ ...base, ...over }, S);
    expect({ level: check.level, problems: check.problems.length }).toEqual({ level, problems });
  });

  it('gives a location term its last day', () => {
    expect(checkApproval({ ...base, kind: '电子定位', months: 3, conditions: [LOCATION_CONDITIONS[0]] }, S).toOn).toBe('2022-08-09');
  });
});
