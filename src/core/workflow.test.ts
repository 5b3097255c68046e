import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { applyMove, availableMoves, checkMove, WORKFLOW_MOVES, WORKFLOW_STATES, type TWorkflowMove, type TWorkflowRight, type TWorkflowState } from './workflow.js';

const subject = { zh: '该完成值', en: 'this value' };
const ALL_RIGHTS: TWorkflowRight[] = ['fill', 'decide', 'lock'];

describe('workflow transition table', () => {
  // [move, from, isAuthor, rights, reason, expected: target state or refusal code]
  const cases: [TWorkflowMove, TWorkflowState, boolean, TWorkflowRight[], string | null, TWorkflowState | 'FORBIDDEN' | 'INVALID_STATE' | 'VALIDATION_FAILED'][] = [
    ['edit', 'draft', true, ['fill'], null, 'draft'],
    ['edit', 'returned', true, ['fill'], null, 'draft'],
    ['edit', 'submitted', true, ['fill'], null, 'INVALID_STATE'],
    ['edit', 'approved', true, ['fill'], null, 'INVALID_STATE'],
    ['edit', 'draft', false, ['fill'], null, 'FORBIDDEN'],
    ['submit', 'draft', true, ['fill'], null, 'submitted'],
    ['submit', 'returned', true, ['fill'], null, 'submitted'],
    ['submit', 'submitted', true, ['fill'], null, 'INVALID_STATE'],
    ['submit', 'draft', true, ['decide'], null, 'FORBIDDEN'],
    ['approve', 'submitted', false, ['decide'], null, 'approved'],
    ['approve', 'submitted', true, ['decide'], null, 'FORBIDDEN'],
    ['approve', 'draft', false, ['decide'], null, 'INVALID_STATE'],
    ['approve', 'submitted', false, ['fill'], null, 'FORBIDDEN'],
    ['return', 'submitted', false, ['decide'], '数据有误', 'returned'],
    ['return', 'submitted', false, ['decide'], '   ', 'VALIDATION_FAILED'],
    ['return', 'submitted', false, ['decide'], null, 'VALIDATION_FAILED'],
    ['return', 'approved', false, ['decide'], '数据有误', 'INVALID_STATE'],
    ['lock', 'approved', true, ['lock'], null, 'locked'],
    ['lock', 'submitted', false, ['lock'], null, 'INVALID_STATE'],
    ['reopen', 'approved', false, ['lock'], '发现错报', 'returned'],
    ['reopen', 'locked', false, ['lock'], '发现错报', 'returned'],
    ['reopen', 'locked', false, ['lock'], '', 'VALIDATION_FAILED'],
    ['reopen', 'draft', false, ['lock'], '发现错报', 'INVALID_STATE'],
    ['reopen', 'locked', false, ['decide'], '发现错报', 'FORBIDDEN'],
  ];
  it.each(cases)('%s from %s (author %s, rights %j, reason %j) → %s', (move, state, isAuthor, rights, reason, expected) => {
    const outcome = checkMove({ move, state, isAuthor, rights, reason, subject });
    if (outcome.ok) expect(outcome.to).toBe(expected);
    else expect(outcome.code).toBe(expected);
  });

  it('a refusal says what is wrong in both languages', () => {
    const outcome = checkMove({ move: 'approve', state: 'draft', isAuthor: false, rights: ALL_RIGHTS, subject });
    expect(outcome).toMatchObject({ ok: false, message: { zh: expect.stringContaining('草稿'), en: expect.stringContaining('draft') } });
  });

  it('applyMove throws the refusal as a DomainError and trims the reason', () => {
    expect(() => applyMove({ move: 'approve', state: 'submitted', isAuthor: true, rights: ALL_RIGHTS, subject })).toThrow(DomainError);
    expect(applyMove({ move: 'return', state: 'submitted', isAuthor: false, rights: ALL_RIGHTS, reason: ' 口径不对 ', subject })).toEqual({ to: 'returned', reason: '口径不对' });
  });

  it('availableMoves agrees with checkMove for every state, authorship and right set', () => {
    for (const state of WORKFLOW_STATES) {
      for (const isAuthor of [true, false]) {
        for (const rights of [[], ['fill'], ['decide'], ['lock'], ALL_RIGHTS] as TWorkflowRight[][]) {
          const offered = availableMoves({ state, isAuthor, rights });
          for (const move of WORKFLOW_MOVES) {
            const outcome = checkMove({ move, state, isAuthor, rights, reason: 'r', subject });
            expect(offered.includes(move), `${move} ${state} ${isAuthor} ${rights.join()}`).toBe(outcome.ok);
          }
        }
      }
    }
  });
});
