import { describe, expect, it } from 'vitest';
import { lineProblems, proposeCause, proposeLikelihood, type LikelihoodInput, type TLikelihood } from './likelihood.js';

const base: LikelihoodInput = { direction: 'higher', comparator: '>=', targetValue: 396, targetUnit: '件', actual: null, forecast: null, met: null, assessment: null };

describe('proposeLikelihood', () => {
  // [case, input overrides, expected likelihood]
  const cases: [string, Partial<LikelihoodInput>, TLikelihood | null][] = [
    ['count on pace (forecast 400 ≥ 396)', { actual: 198, forecast: 400 }, '确定能'],
    ['count exactly at target', { actual: 196, forecast: 396 }, '确定能'],
    ['count already met mid-year', { actual: 400, forecast: 800, met: true }, '确定能'],
    ['count behind, 90% of target', { actual: 178, forecast: 356.4 }, '有可能'],
    ['count at exactly 60% of target', { actual: 118, forecast: 237.6 }, '有可能'],
    ['count below 60% of target', { actual: 100, forecast: 200 }, '完全不可能'],
    ['strict > not met at equality', { comparator: '>', forecast: 396 }, '有可能'],
    ['rate 88.46% against ≥95%', { targetValue: 95, targetUnit: '%', actual: 88.46, forecast: 88.46 }, '有可能'],
    ['rate 100% against 100%', { comparator: '=', targetValue: 100, targetUnit: '%', actual: 100, forecast: 100 }, '确定能'],
    ['rate 50% against 100%', { targetValue: 100, targetUnit: '%', actual: 50, forecast: 50 }, '完全不可能'],
    ['no actual yet', {}, null],
    ['actual without forecast (rate) uses the actual', { targetValue: 90, targetUnit: '%', actual: 92 }, '确定能'],
    ['lower: 1.2% within <2%', { direction: 'lower', comparator: '<', targetValue: 2, targetUnit: '%', actual: 1.2, forecast: 1.2 }, '确定能'],
    ['lower: exactly 2% is not < 2%', { direction: 'lower', comparator: '<', targetValue: 2, targetUnit: '%', actual: 2, forecast: 2 }, '有可能'],
    ['lower: 2% within ≤2%', { direction: 'lower', comparator: '<=', targetValue: 2, targetUnit: '%', actual: 2, forecast: 2 }, '确定能'],
    ['lower: 3.9% below twice 2%', { direction: 'lower', comparator: '<', targetValue: 2, targetUnit: '%', actual: 3.9, forecast: 3.9 }, '有可能'],
    ['lower: 4% at twice 2%', { direction: 'lower', comparator: '<', targetValue: 2, targetUnit: '%', actual: 4, forecast: 4 }, '完全不可能'],
    ['lower: any excess over a target of 0', { direction: 'lower', comparator: '<=', targetValue: 0, targetUnit: '起', actual: 1, forecast: 2 }, '完全不可能'],
    ['qualitative 达成', { direction: 'qualitative', targetValue: null, assessment: '达成' }, '确定能'],
    ['qualitative 部分达成', { direction: 'qualitative', targetValue: null, assessment: '部分达成' }, '有可能'],
    ['qualitative 未达成 mid-year', { direction: 'qualitative', targetValue: null, assessment: '未达成' }, '有可能'],
    ['qualitative without assessment', { direction: 'qualitative', targetValue: null }, null],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    const proposal = proposeLikelihood({ ...base, ...overrides });
    expect(proposal.likelihood).toBe(expected);
    expect(proposal.basis.length).toBeGreaterThan(0);
  });

  it('explains the proposal with its numbers', () => {
    expect(proposeLikelihood({ ...base, actual: 100, forecast: 200 }).basis).toBe('全年预计 200件，仅为目标 396件 的 50.5%（低于 60%）');
  });
});

describe('proposeCause', () => {
  const c = { month: 6, actual: 150, expectedToDate: 198, forecast: 302, targetRaw: '≥396件', targetUnit: '件', executionRate: 0.2, plannedPercent: 50 };
  it.each([
    ['no cause when certain', '确定能', true, null],
    ['no cause without a likelihood', null, true, null],
    ['money behind plan → 经费保障', '有可能', true, '经费保障'],
    ['money on plan → 其他 with the facts', '完全不可能', false, '其他'],
  ] as const)('%s', (_n, likelihood, moneyBehind, expected) => {
    expect(proposeCause({ ...c, likelihood, moneyBehind }).cause).toBe(expected);
  });
  it('states the pace and the money in the text', () => {
    expect(proposeCause({ ...c, likelihood: '有可能', moneyBehind: true }).causeText).toBe('项目资金支出慢于计划（1–6月执行率 20%，计划 50%）；1–6月完成 150件，序时进度应为 198件，按目前进度全年预计 302件，年度目标 ≥396件');
  });
});

describe('lineProblems', () => {
  const measure = { text: '加快案件受理', owner: '法律援助中心 张三', dueOn: '2022-09-30' };
  it.each([
    ['unjudged', { likelihood: null, cause: null, causeText: null, measures: [] }, 1],
    ['certain needs nothing', { likelihood: '确定能', cause: null, causeText: null, measures: [] }, 0],
    ['possible needs cause and measures', { likelihood: '有可能', cause: null, causeText: null, measures: [] }, 2],
    ['其他 needs text', { likelihood: '有可能', cause: '其他', causeText: ' ', measures: [measure] }, 1],
    ['complete', { likelihood: '完全不可能', cause: '人员保障', causeText: null, measures: [measure] }, 0],
  ] as const)('%s', (_n, judgement, expected) => {
    expect(lineProblems(judgement)).toHaveLength(expected);
  });
});
