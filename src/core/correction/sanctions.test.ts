import { describe, expect, it } from 'vitest';
import { basisProblem, DEFAULT_SANCTION_LADDER as L, proposeNextSanction, sanctionForIncident, type TSanctionFact } from './sanctions.js';

const s = (id: number, kind: TSanctionFact['kind'], more: Partial<TSanctionFact> = {}): TSanctionFact => ({ id, kind, state: 'approved', correctedOn: null, basisIds: [], ...more });

describe('proposeNextSanction', () => {
  const cases: { name: string; record: TSanctionFact[]; kind: string | null; basis?: number[] }[] = [
    { name: 'nothing on record', record: [], kind: null },
    { name: 'one 训诫', record: [s(1, '训诫')], kind: null },
    { name: 'two uncorrected 训诫 → 警告', record: [s(1, '训诫'), s(2, '训诫')], kind: '警告', basis: [1, 2] },
    { name: 'one of them corrected', record: [s(1, '训诫', { correctedOn: '2022-03-01' }), s(2, '训诫')], kind: null },
    { name: 'one still waiting for its decision', record: [s(1, '训诫'), s(2, '训诫', { state: 'submitted' })], kind: null },
    { name: 'returned 训诫 does not count', record: [s(1, '训诫'), s(2, '训诫', { state: 'returned' })], kind: null },
    { name: 'already escalated by a 警告 in force', record: [s(1, '训诫'), s(2, '训诫'), s(3, '警告', { basisIds: [1, 2] })], kind: null },
    { name: 'escalation proposed and pending', record: [s(1, '训诫'), s(2, '训诫'), s(3, '警告', { state: 'submitted', basisIds: [1, 2] })], kind: null },
    { name: 'escalation returned frees the basis', record: [s(1, '训诫'), s(2, '训诫'), s(3, '警告', { state: 'returned', basisIds: [1, 2] })], kind: '警告', basis: [1, 2] },
    { name: 'a third 训诫 after an escalation is one open', record: [s(1, '训诫'), s(2, '训诫'), s(3, '警告', { basisIds: [1, 2] }), s(4, '训诫')], kind: null },
    { name: 'two uncorrected 警告 → 提请撤销', record: [s(5, '警告'), s(6, '警告')], kind: '提请撤销', basis: [5, 6] },
    { name: 'the higher step wins', record: [s(1, '训诫'), s(2, '训诫'), s(5, '警告'), s(6, '警告')], kind: '提请撤销', basis: [5, 6] },
    { name: 'escalated 警告 plus a new one', record: [s(1, '训诫'), s(2, '训诫'), s(3, '警告', { basisIds: [1, 2] }), s(4, '警告')], kind: '提请撤销', basis: [3, 4] },
    { name: '表扬 never escalates', record: [s(1, '表扬'), s(2, '表扬'), s(3, '表扬')], kind: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = proposeNextSanction(c.record, L);
      expect(p?.kind ?? null).toBe(c.kind);
      if (c.basis) expect(p?.basisIds).toEqual(c.basis);
    });
  }

  it('follows the ladder setting', () => {
    expect(proposeNextSanction([s(1, '训诫'), s(2, '训诫')], { ...L, admonitionsForWarning: 3 })).toBeNull();
    expect(proposeNextSanction([s(1, '训诫'), s(2, '训诫'), s(3, '训诫')], { ...L, admonitionsForWarning: 3 })?.basisIds).toEqual([1, 2, 3]);
    expect(proposeNextSanction([s(1, '警告')], { ...L, warningsForRevocation: 1 })?.kind).toBe('提请撤销');
  });

  it('says why with the numbers', () => {
    expect(proposeNextSanction([s(1, '训诫'), s(2, '训诫')], L)?.reason.zh).toBe('受到训诫 2 次仍未改正（满 2 次应给予警告）');
  });
});

describe('sanctionForIncident', () => {
  const cases: [Parameters<typeof sanctionForIncident>[0], number | null, string | null][] = [
    ['脱管', 1, '训诫'],
    ['脱管', 10, '训诫'],
    ['脱管', 11, '警告'],
    ['脱管', 30, '警告'],
    ['脱管', 31, '提请撤销'],
    ['脱管', null, null],
    ['报到迟延', 10, '训诫'],
    ['报到迟延', 11, '警告'],
    ['一般违规', null, '训诫'],
    ['严重违规', null, '警告'],
    ['表现良好', null, '表扬'],
    ['其他', 5, null],
  ];
  for (const [cause, days, kind] of cases) it(`${cause} ${days ?? '-'} → ${kind ?? 'none'}`, () => expect(sanctionForIncident(cause, days, L)).toBe(kind));
});

describe('basisProblem', () => {
  const record = [s(1, '训诫'), s(2, '训诫', { correctedOn: '2022-05-01' }), s(3, '训诫', { state: 'submitted' }), s(4, '训诫'), s(5, '警告', { basisIds: [4] })];
  it.each([
    [[1], null],
    [[9], '不是该矫正对象'],
    [[2], '已于 2022-05-01 改正'],
    [[3], '尚未决定'],
    [[4], '已被另一项奖惩引用'],
  ] as const)('%j', (ids, problem) => {
    const p = basisProblem(record, ids);
    if (problem === null) expect(p).toBeNull();
    else expect(p?.zh).toContain(problem);
  });
});
