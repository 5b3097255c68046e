import { describe, expect, it } from 'vitest';
import { higherProposal, latestLostContactRun, proposeForLostContact } from './lost-contact.js';
import { DEFAULT_SANCTION_LADDER as L, proposeNextSanction, type TSanctionFact } from './sanctions.js';

const days = (from: string, n: number, firstId = 1) => Array.from({ length: n }, (_, i) => ({ id: firstId + i, raisedOn: new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10) }));

describe('the latest 脱管 run from the alarms', () => {
  it('is null without alarms, and counts the latest run only (a gap of two days ends a run)', () => {
    expect(latestLostContactRun([])).toBeNull();
    const run = latestLostContactRun([...days('2022-03-01', 3), { id: 10, raisedOn: '2022-03-06' }, { id: 11, raisedOn: '2022-03-07' }]);
    expect(run).toEqual({ from: '2022-03-06', to: '2022-03-07', days: 2, alarmIds: [10, 11] });
    // one day between alarms (the 5th missing) still one run
    expect(latestLostContactRun([{ id: 1, raisedOn: '2022-03-04' }, { id: 2, raisedOn: '2022-03-05' }, { id: 3, raisedOn: '2022-03-06' }])?.days).toBe(3);
  });
});

describe('the ladder step a 脱管 run calls for (训诫 ≤ 10 days, 警告 > 10, 提请撤销 > 30)', () => {
  it.each([
    [1, '训诫'],
    [10, '训诫'],
    [11, '警告'],
    [30, '警告'],
    [31, '提请撤销'],
  ] as const)('%i day(s) → %s', (n, kind) => {
    const p = proposeForLostContact(latestLostContactRun(days('2022-05-01', n)), [], L);
    expect(p?.kind).toBe(kind);
    expect(p?.reason.zh).toContain(`脱管 ${n} 日`);
  });

  const run = latestLostContactRun(days('2022-05-01', 12))!;
  const sanction = (over: Partial<TSanctionFact & { cause: string; occurredOn: string }>) => ({ id: 1, kind: '警告' as const, state: 'approved' as const, correctedOn: null, basisIds: [], cause: '脱管', occurredOn: '2022-05-13', ...over });
  it.each([
    ['a 警告 for it answers it', [sanction({})], null],
    ['a 训诫 for it is lower: 警告 still due', [sanction({ kind: '训诫' })], '警告'],
    ['a 警告 for an earlier run does not answer it', [sanction({ occurredOn: '2022-04-01' })], '警告'],
    ['a pending 警告 proposal answers it', [sanction({ state: 'submitted' })], null],
    ['a returned one does not', [sanction({ state: 'returned' })], '警告'],
    ['a 警告 for another cause does not', [sanction({ cause: '一般违规' })], '警告'],
  ] as const)('%s', (_, record, expected) => {
    expect(proposeForLostContact(run, record, L)?.kind ?? null).toBe(expected);
  });

  it('takes the higher of the ladder’s escalation and the 脱管 step', () => {
    const admonitions: TSanctionFact[] = [1, 2].map((id) => ({ id, kind: '训诫', state: 'approved', correctedOn: null, basisIds: [] }));
    const ladder = proposeNextSanction(admonitions, L);
    expect(higherProposal(ladder, proposeForLostContact(latestLostContactRun(days('2022-05-01', 3)), admonitions, L))?.kind).toBe('警告');
    expect(higherProposal(ladder, proposeForLostContact(run, admonitions, L))).toBe(ladder);
    expect(higherProposal(ladder, proposeForLostContact(latestLostContactRun(days('2022-05-01', 40)), admonitions, L))?.kind).toBe('提请撤销');
  });
});
