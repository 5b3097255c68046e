import { describe, expect, it } from 'vitest';
import { parseTarget } from '../target.js';
import { directionOf } from '../indicator-progress.js';
import { growthGoalOf, proposeTarget, type TProposalInput } from './target-proposals.js';

const LEGAL_AID_GOAL = '法律援助：加强“12348”法律服务热线平台建设。……确保完成办案量增长10%以上的年度目标。';

function input(name: string, raw: string, actual: number | null, extra: Partial<TProposalInput> = {}): TProposalInput {
  const target = parseTarget(raw);
  return { name, target, direction: directionOf(name, target), metric: null, previousActual: actual, goals: [LEGAL_AID_GOAL], fromYear: 2022, toYear: 2023, ...extra };
}

describe('proposeTarget', () => {
  it.each([
    // name, N target, N actual, extra, rule, proposed raw
    ['法律援助案件受理数（件)', '≥396件', 396, {}, 'growth-goal', '≥436件'],
    ['法律援助案件受理数（件)', '≥396件', 420, {}, 'growth-goal', '≥462件'],
    ['受理数', '≥396件', 400, { metric: 'legal-aid.cases-accepted' }, 'growth-goal', '≥440件'],
    // the growth goal is the legal-aid line's: mediation is not promised growth by it
    ['人民调解案件数', '≥2300件', 2500, {}, 'not-below-actual', '≥2500件'],
    ['人民调解案件数', '≥2300件', 2100, {}, 'keep-target', '≥2300件'],
    ['文件印刷数量', '≥400份', 372.6, {}, 'keep-target', '≥400份'],
    ['服务对象满意度', '≥95%', 97.456, {}, 'not-below-actual', '≥97.46%'],
    ['重新犯罪率', '≤2%', 1.2, {}, 'not-above-actual', '≤1.2%'],
    ['重新犯罪率', '≤2%', 2.5, {}, 'keep-target', '≤2%'],
    ['项目完成时间', '2022年底', 2022, {}, 'deadline-next-year', '2023年底'],
    ['及时性', '及时完成', null, {}, 'qualitative-keep', '及时完成'],
    ['法律援助案件受理数（件)', '≥396件', null, {}, 'no-actual-keep', '≥396件'],
    // without the unit's growth goal, the actual still sets the floor
    ['法律援助案件受理数（件)', '≥396件', 450, { goals: [] }, 'not-below-actual', '≥450件'],
  ] as const)('%s %s, actual %s → %s %s', (name, raw, actual, extra, rule, proposed) => {
    const p = proposeTarget(input(name, raw, actual, extra));
    expect(p.rule).toBe(rule);
    expect(p.target.raw).toBe(proposed);
    expect(parseTarget(p.target.raw)).toEqual(p.target);
    expect(p.reason.zh.length).toBeGreaterThan(5);
    expect(p.reason.en.length).toBeGreaterThan(5);
  });

  it('says the arithmetic in the reason of a growth proposal', () => {
    const p = proposeTarget(input('法律援助案件受理数（件)', '≥396件', 396));
    expect(p.reason.zh).toContain('396 × 1.1 = 435.6');
    expect(p.reason.zh).toContain('确保完成办案量增长10%以上的年度目标”要求增长 10% 以上');
  });

  it('caps a rate at 100%', () => {
    expect(proposeTarget(input('办结率', '≥95%', 100.4)).target.raw).toBe('≥100%');
  });
});

describe('growthGoalOf', () => {
  it.each([
    ['法律援助案件受理数', ['法律援助：确保完成办案量增长10%以上'], 10],
    ['法律援助案件受理数', ['法律援助：办案量增长 15.5% 以上'], 15.5],
    ['法律援助案件受理数', ['社区矫正：办案量增长10%以上'], null],
    ['法律援助案件受理数', ['完成法律援助案件，实现逐年递增的目标'], null],
    ['人民调解案件数', ['人民调解：调解案件增长5%'], 5],
  ] as const)('%s in %j → %s', (name, goals, percent) => {
    expect(growthGoalOf({ name, metric: null, goals })?.percent ?? null).toBe(percent);
  });
});
