import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCellText, guardRow, unguardCellText } from './formula-guard.js';

describe('spreadsheet formula guard', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+86 138', "'+86 138"],
    ['-', "'-"],
    ['-5%', "'-5%"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rline', "'\rline"],
    ["'=already", "''=already"],
    ["'plain", "'plain"],
    ['≥95%', '≥95%'],
    ['法律援助', '法律援助'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j is written as %j and read back', (text, written) => {
    expect(guardCellText(text)).toBe(written);
    expect(unguardCellText(written)).toBe(text);
  });

  it('round-trips every string', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '中', ' ') }), (s) => unguardCellText(guardCellText(s)) === s));
    fc.assert(fc.property(fc.string(), (s) => unguardCellText(guardCellText(s)) === s));
  });

  it('guards only the strings of a row', () => {
    const date = new Date(Date.UTC(2022, 0, 1));
    expect(guardRow(['=1+1', -12.5, null, true, date])).toEqual(["'=1+1", -12.5, null, true, date]);
    expect(guardRow({ payee: '@x', amount: -3 })).toEqual({ payee: "'@x", amount: -3 });
  });
});
