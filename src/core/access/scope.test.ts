import { describe, expect, it } from 'vitest';
import { can } from './permissions.js';
import { canEnterIndicatorValue, canReadRegisterKind, readableUnitIds, resolveUnitScope, unitsBelow, type TUnitNode, canSeeSealedRecords, canUnmaskRegisterKind, canWriteRegisterKind, officeFilter, type TAccessSubject } from './scope.js';

const subject = (over: Partial<TAccessSubject>): TAccessSubject => ({
  userId: 1,
  role: 'finance',
  unitId: 10,
  grantedUnitIds: [],
  sections: [],
  office: null,
  dataScope: 'unitAndBelow',
  ...over,
});

// county 1 → bureaus 10 and 11 (two units under one parent) → 12 below 10; 99 a finance bureau elsewhere
const TREE: TUnitNode[] = [
  { id: 1, code: 'c', name: '县', parentId: null },
  { id: 10, code: 'a', name: '司法局', parentId: 1 },
  { id: 11, code: 'b', name: '另一局', parentId: 1 },
  { id: 12, code: 'a1', name: '下属单位', parentId: 10 },
  { id: 99, code: 'f', name: '财政局', parentId: null },
];

describe('data scope rules', () => {
  it.each([
    ['all', subject({ role: 'admin', unitId: null, dataScope: 'all' }), [1, 10, 11, 12, 99]],
    ['county-level unit and below sees both bureaus', subject({ role: 'leader', unitId: 1 }), [1, 10, 11, 12]],
    ['unit and below', subject({ unitId: 10 }), [10, 12]],
    ['own unit only', subject({ unitId: 10, dataScope: 'unit' }), [10]],
    ['own unit plus a granted unit and below it', subject({ unitId: 11, dataScope: 'unit', grantedUnitIds: [10] }), [10, 11, 12]],
    ['assigned: own unit and the grants below', subject({ role: 'reviewer', unitId: 99, dataScope: 'assigned', grantedUnitIds: [10] }), [10, 12, 99]],
    ['own office: own unit only, grants ignored', subject({ role: 'office', unitId: 10, office: '胡家坨司法所', dataScope: 'office', grantedUnitIds: [11] }), [10]],
    ['no unit, no grants', subject({ unitId: null }), []],
  ] as const)('%s', (_, s, ids) => {
    expect([...readableUnitIds(s, TREE)].sort((a, b) => a - b)).toEqual([...ids]);
  });

  it('resolves a scope rooted at a readable unit, with the readable units below it', () => {
    expect(resolveUnitScope(subject({ unitId: 1 }), TREE, 10)).toEqual({ rootUnit: TREE[1], unitIds: [10, 12], offices: null });
    expect(resolveUnitScope(subject({ unitId: 10, dataScope: 'unit' }), TREE, 10)?.unitIds).toEqual([10]);
    expect(resolveUnitScope(subject({ unitId: 10 }), TREE, 11)).toBeNull();
    expect(resolveUnitScope(subject({ unitId: 10 }), TREE, 404)).toBeNull();
    expect(resolveUnitScope(null, TREE, 1)?.unitIds).toEqual([1, 10, 11, 12]);
  });

  it('limits an own-office scope to its office', () => {
    expect(resolveUnitScope(subject({ role: 'office', unitId: 10, office: '胡家坨司法所', dataScope: 'office' }), TREE, 10)).toEqual({ rootUnit: TREE[1], unitIds: [10], offices: ['胡家坨司法所'] });
  });

  it('walks below a unit once even when the tree loops', () => {
    expect(unitsBelow([...TREE, { id: 13, code: 'x', name: 'x', parentId: 12 }], 10)).toEqual([10, 12, 13]);
  });
});

describe('register scopes', () => {
  it('lets a section write only its registers', () => {
    const s = subject({ role: 'section', sections: ['legal-aid'] });
    expect(canWriteRegisterKind(s, 'legal-aid')).toBe(true);
    expect(canWriteRegisterKind(s, 'mediation')).toBe(false);
  });
  it('limits an office user to its own office', () => {
    expect(officeFilter(subject({ role: 'office', office: '胡家坨司法所', dataScope: 'office' }))).toBe('胡家坨司法所');
    expect(officeFilter(subject({ role: 'office', office: null, dataScope: 'office' }))).not.toBeNull();
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
