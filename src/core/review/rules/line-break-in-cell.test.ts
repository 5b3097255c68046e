import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { joinBrokenLines, lineBreakInCell } from './line-break-in-cell.js';

describe('line-break-in-cell', () => {
  it.each([
    [{ description: '项目持续发挥作用期限' }],
    [{ description: '项目持续发挥作用期限\n' }], // a trailing break is trimmed, not a broken cell
    [{ name: '项目持续发挥作用期限' }],
  ])('no finding for %j', (input) => {
    expect(lineBreakInCell.check({ book: bookWithIndicator(ROW.sustained, input) })).toEqual([]);
  });

  it.each([
    ['description', { name: '项目持续发挥作用期限', description: '项目持续发挥作\n用期限' }, '项目持续发挥作用期限'],
    ['name', { name: '项目持续发挥\r\n作用期限', description: '项目持续发挥作用期限' }, '项目持续发挥作用期限'],
    ['target', { target: '≥1\n年' }, '≥1年'],
  ] as const)('finds a break in the %s', (field, input, fixed) => {
    const findings = lineBreakInCell.check({ book: bookWithIndicator(ROW.sustained, input) });
    expect(findings).toEqual([expect.objectContaining({ field, severity: 'warning', fix: { field, value: fixed } })]);
  });

  it('flags a broken basis without a fix', () => {
    const findings = lineBreakInCell.check({ book: bookWithIndicator(ROW.sustained, { basis: '年初工作\n安排' }) });
    expect(findings).toEqual([expect.objectContaining({ field: 'basis' })]);
    expect(findings[0]!.fix).toBeUndefined();
  });

  it.each([
    ['作\n用', '作用'],
    ['PM 2.5\nindex', 'PM 2.5 index'],
    ['年初\n 工作安排', '年初工作安排'],
  ])('joinBrokenLines(%j) = %s', (text, joined) => {
    expect(joinBrokenLines(text)).toBe(joined);
  });
});
