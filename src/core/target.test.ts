import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTarget, parseTarget } from './target.js';
import type { TComparator } from '../contract/goal-book.js';

describe('parseTarget', () => {
  it.each([
    ['≥396件', '>=', 396, '件'],
    ['100%', undefined, 100, '%'],
    ['≥95%', '>=', 95, '%'],
    ['≥95百分比', '>=', 95, '%'],
    ['100百分比', undefined, 100, '%'],
    ['1年', undefined, 1, '年'],
    ['2022年底', '<=', 2022, '年底'],
    ['≥155人', '>=', 155, '人'],
    ['≥50场', '>=', 50, '场'],
    ['≥50次', '>=', 50, '次'],
    ['≥400份', '>=', 400, '份'],
    ['≥50台', '>=', 50, '台'],
    ['≥2300件', '>=', 2300, '件'],
    ['<2%', '<', 2, '%'],
    ['≤2%', '<=', 2, '%'],
    ['低于2%', '<', 2, '%'],
    ['不低于95%', '>=', 95, '%'],
    ['90%以上', '>=', 90, '%'],
    ['≥95%以上', '>=', 95, '%'],
    ['≥ 95 %', '>=', 95, '%'],
    ['＞９５％', '>', 95, '%'],
    ['>=1,000人次', '>=', 1000, '人次'],
    ['≤5.5万元', '<=', 5.5, '万元'],
    ['12个月', undefined, 12, '个月'],
    ['≥396', '>=', 396, undefined],
    ['=100%', '=', 100, '%'],
  ] as const)('%s → %s %s %s', (raw, comparator, value, unit) => {
    const t = parseTarget(raw);
    expect(t).toEqual({
      raw,
      kind: 'quantitative',
      value,
      ...(comparator ? { comparator } : {}),
      ...(unit ? { unit } : {}),
    });
  });

  it.each([
    '明显提升',
    '及时完成',
    '及时完成目标i',
    '严格控制在预算资金内',
    '满足基层工作需要',
    '及时受理及时回复',
    '',
    '95%-100%',
    '提升10%的群众满意度水平',
    '百分之九十五',
    '2022年6月底',
  ])('%j stays qualitative', (raw) => {
    expect(parseTarget(raw)).toEqual({ raw, kind: 'qualitative' });
  });
});

const comparators: TComparator[] = ['>=', '>', '<=', '<', '='];
const units = ['件', '人', '%', '次', '场', '份', '台', '万元', '人次', '个月'];

describe('parseTarget properties', () => {
  it('parses back what formatTarget writes', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...comparators), { nil: undefined }),
        fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99_999 }).map((n) => n / 100)),
        fc.option(fc.constantFrom(...units), { nil: undefined }),
        (comparator, value, unit) => {
          const written = formatTarget({ raw: '', kind: 'quantitative', comparator, value, unit });
          const parsed = parseTarget(written);
          expect(parsed.kind).toBe('quantitative');
          expect(parsed.value).toBe(value);
          expect(parsed.comparator).toBe(comparator);
          expect(parsed.unit).toBe(unit);
        },
      ),
    );
  });

  it('never throws, keeps the raw text and never invents a number', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'≥≤<>=%件人年底明显提升及时完成０１２３4567.89 ,百分比以上内') }), (raw) => {
        const t = parseTarget(raw);
        expect(t.raw).toBe(raw);
        if (t.kind === 'qualitative') {
          expect(t.value).toBeUndefined();
        } else {
          const digits = raw.normalize('NFKC').replace(/[^\d]/g, '');
          const valueDigits = String(t.value).replace(/[^\d]/g, '').replace(/^0+/, '');
          expect(digits).toContain(valueDigits);
        }
      }),
    );
  });
});
