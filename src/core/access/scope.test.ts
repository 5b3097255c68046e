import { describe, expect, it } from 'vitest';
import { canAccessUnit, canWriteRegisterKind, officeFilter, type TAccessSubject } from './scope.js';

const subject = (over: Partial<TAccessSubject>): TAccessSubject => ({
  userId: 1,
  role: 'finance',
  unitId: 10,
  grantedUnitIds: [],
  sections: [],
  office: null,
  ...over,
});

describe('canAccessUnit', () => {
  it.each([
    ['own unit', subject({}), [10], true],
    ['another unit', subject({}), [11], false],
    ['a subordinate unit', subject({}), [12, 10], true],
    ['a granted unit', subject({ role: 'reviewer', unitId: 99, grantedUnitIds: [11] }), [11], true],
    ['installation admin', subject({ role: 'admin', unitId: null }), [11], true],
    ['unit admin elsewhere', subject({ role: 'admin', unitId: 10 }), [11], false],
  ] as const)('%s', (_, s, path, allowed) => {
    expect(canAccessUnit(s, [...path])).toBe(allowed);
  });
});

describe('register scopes', () => {
  it('lets a section write only its registers', () => {
    const s = subject({ role: 'section', sections: ['legal-aid'] });
    expect(canWriteRegisterKind(s, 'legal-aid')).toBe(true);
    expect(canWriteRegisterKind(s, 'mediation')).toBe(false);
  });
  it('limits an office user to its own office', () => {
    expect(officeFilter(subject({ role: 'office', office: '胡家坨司法所' }))).toBe('胡家坨司法所');
    expect(officeFilter(subject({ role: 'office', office: null }))).not.toBeNull();
    expect(officeFilter(subject({ role: 'leader' }))).toBeNull();
  });
});
