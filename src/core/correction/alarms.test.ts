import { describe, expect, it } from 'vitest';
import { alarmDueAt, alarmState } from './alarms.js';

describe('alarm response deadline and escalation', () => {
  const dueAt = alarmDueAt('2022-06-01T02:00:00.000Z', 60);
  it('is due an hour (the setting) after it was raised', () => expect(dueAt).toBe('2022-06-01T03:00:00.000Z'));
  it.each([
    { handledAt: null, now: '2022-06-01T02:30:00.000Z', expected: 'open' },
    { handledAt: null, now: '2022-06-01T03:00:00.000Z', expected: 'open' },
    { handledAt: null, now: '2022-06-01T03:00:01.000Z', expected: 'escalated' },
    { handledAt: '2022-06-01T03:00:00.000Z', now: '2022-06-02T00:00:00.000Z', expected: 'handled' },
    { handledAt: '2022-06-01T03:20:00.000Z', now: '2022-06-02T00:00:00.000Z', expected: 'handledLate' },
  ])('handled $handledAt, now $now → $expected', ({ handledAt, now, expected }) => expect(alarmState({ dueAt, handledAt }, now)).toBe(expected));
});
