import { describe, expect, it } from 'vitest';
import { afterFailure, lockedMinutesLeft, lockMinutesAfter, type TThrottleState } from './login-throttle.js';

describe('lockMinutesAfter', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [7, 4],
    [10, 32],
    [11, 60],
    [50, 60],
  ])('failure %i → %i minutes', (failures, minutes) => {
    expect(lockMinutesAfter(failures)).toBe(minutes);
  });
});

describe('afterFailure / lockedMinutesLeft', () => {
  const t0 = new Date('2026-03-01T08:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  it('locks at the fifth failure for a minute, then doubles', () => {
    let state: TThrottleState | null = null;
    for (let i = 0; i < 4; i++) state = afterFailure(state, at(0));
    expect(lockedMinutesLeft(state, at(0))).toBe(0);
    state = afterFailure(state, at(0));
    expect(lockedMinutesLeft(state, at(0))).toBe(1);
    expect(lockedMinutesLeft(state, at(1))).toBe(0);
    state = afterFailure(state, at(1));
    expect(lockedMinutesLeft(state, at(1))).toBe(2);
    expect(lockedMinutesLeft(state, at(2.5))).toBe(1);
  });

  it('forgets the count after a quiet day', () => {
    let state: TThrottleState | null = null;
    for (let i = 0; i < 6; i++) state = afterFailure(state, at(0));
    expect(afterFailure(state, at(24 * 60)).failures).toBe(1);
    expect(afterFailure(state, at(60)).failures).toBe(7);
  });
});
