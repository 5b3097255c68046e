import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFen, fenToYuan, isExactInUnit, parseAmountToFen, yuanToFen } from './money.js';

describe('parseAmountToFen', () => {
  it.each([
    ['5.00', '万元', 5_000_000],
    ['5.06', '万元', 5_060_000],
    ['122.06', '万元', 122_060_000],
    ['0', '万元', 0],
    ['1,234.5', '元', 123_450],
    ['１２．９０', '万元', 12_900_000],
    ['5.0612', '万元', 5_061_200],
    ['10000.01', '元', 1_000_001],
    [' 3 ', '元', 300],
  ] as const)('%s %s → %i fen', (text, unit, fen) => {
    expect(parseAmountToFen(text, unit)).toBe(fen);
  });

  it.each([
    ['', '元'],
    ['abc', '元'],
    ['-5', '元'],
    ['5.0O', '万元'],
    ['1.001', '元'], // finer than a fen
    ['1.0000001', '万元'],
    ['1e5', '元'],
  ] as const)('rejects %j in %s', (text, unit) => {
    expect(parseAmountToFen(text, unit)).toBeNull();
  });
});

describe('formatFen', () => {
  it.each([
    [5_060_000, '万元', 2, '5.06'],
    [122_060_000, '万元', 2, '122.06'],
    [1_000_001, '元', 2, '10000.01'],
    [5_061_200, '万元', 4, '5.0612'],
    [5_065_000, '万元', 2, '5.07'],
    [9_999_999, '万元', 2, '10.00'],
    [0, '元', 2, '0.00'],
    [-150, '元', 2, '-1.50'],
  ] as const)('%i fen in %s (%i dp) → %s', (fen, unit, dp, text) => {
    expect(formatFen(fen, unit, dp)).toBe(text);
  });

  it('round-trips every fen amount through 元 text exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (fen) => {
        expect(parseAmountToFen(formatFen(fen, '元'), '元')).toBe(fen);
      }),
    );
  });

  it('round-trips 万元 text when the amount is whole hundreds of 元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 10 }), (hundreds) => {
        const fen = hundreds * 10_000;
        expect(isExactInUnit(fen, '万元')).toBe(true);
        expect(parseAmountToFen(formatFen(fen, '万元'), '万元')).toBe(fen);
      }),
    );
  });
});

describe('yuan ↔ fen', () => {
  it('does not drift on float noise', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(fenToYuan(1_500_050)).toBe(15000.5);
    expect(isExactInUnit(15_000_50, '万元')).toBe(false);
  });
});
