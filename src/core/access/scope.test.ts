import { describe, expect, it } from 'vitest';
import { can } from './permissions.js';
import { canAccessUnit, canEnterIndicatorValue, canReadRegisterKind, canSeeSealedRecords, canUnmaskRegisterKind, canWriteRegisterKind, officeFilter, type TAccessSubject } from './scope.js';

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

const legalAidSection = subject({ role: 'section', sections: ['legal-aid', 'survey'] });
const correctionSection = subject({ role: 'section', sections: ['correction'] });
const office = subject({ role: 'office', office: '胡家坨司法所' });

describe('reading, unmasking and sealed records by register kind', () => {
  // who, kind → [reads records, unmasks them, sees sealed (Art.54) records]
  it.each([
    ['a section, a kind it keeps (sealed ones too, had it any)', legalAidSection, 'legal-aid', [true, true, true]],
    ['a section, a kind it does not keep', legalAidSection, 'correction', [false, false, false]],
    ['a section with no kinds', subject({ role: 'section' }), 'legal-aid', [false, false, false]],
    ['the correction section, correction', correctionSection, 'correction', [true, true, true]],
    ['the correction section, mediation', correctionSection, 'mediation', [false, false, false]],
    ['a 司法所 user, any kind (its own office’s records)', office, 'mediation', [true, true, true]],
    ['a 司法所 user, correction', office, 'correction', [true, true, true]],
    ['a leader', subject({ role: 'leader' }), 'correction', [true, true, false]],
    ['finance', subject({ role: 'finance' }), 'correction', [true, false, false]],
    ['an admin', subject({ role: 'admin', unitId: null }), 'legal-aid', [true, false, false]],
    ['the 财政审核 reviewer', subject({ role: 'reviewer', grantedUnitIds: [10] }), 'legal-aid', [false, false, false]],
  ] as const)('%s', (_, s, kind, [read, unmask, sealed]) => {
    expect(canReadRegisterKind(s, kind)).toBe(read);
    expect(canUnmaskRegisterKind(s, kind)).toBe(unmask);
    expect(canSeeSealedRecords(s, kind)).toBe(sealed);
  });

  it('gives the outside reviewer the figures but no register records', () => {
    expect(can('reviewer', 'register.read')).toBe(false);
    expect(can('reviewer', 'indicator.read')).toBe(true);
  });
});

describe('canEnterIndicatorValue', () => {
  it.each([
    ['a section, its own line', subject({ role: 'section', sections: ['legal-aid', 'survey'] }), ['legal-aid'], true],
    ['a section, one of the lines', subject({ role: 'section', sections: ['publicity'] }), ['legal-aid', 'publicity'], true],
    ['a section, another line', subject({ role: 'section', sections: ['legal-aid'] }), ['rule-of-law'], false],
    ['a section, an indicator of no line', subject({ role: 'section', sections: ['legal-aid'] }), [], false],
    ['finance, any line', subject({ role: 'finance' }), ['rule-of-law'], true],
    ['a 司法所, any line', subject({ role: 'office', office: '胡家坨司法所' }), [], true],
    ['a leader (approves, does not enter)', subject({ role: 'leader' }), ['legal-aid'], false],
    ['the outside reviewer', subject({ role: 'reviewer' }), ['legal-aid'], false],
  ] as const)('%s', (_, s, kinds, allowed) => expect(canEnterIndicatorValue(s, [...kinds])).toBe(allowed));
});
