import { describe, expect, it } from 'vitest';
import type { TPreviousActualLookup } from '../types.js';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { targetBelowLastYear } from './target-below-last-year.js';

/** last year's actual of the one indicator a case names; the table's other rows have none */
const lookup =
  (name: string, actual: number | null): TPreviousActualLookup =>
  (i) =>
    i.name === name ? { year: 2022, actual } : null;
const run = (row: number, name: string, target: string, actual: number | null) => targetBelowLastYear.check({ book: bookWithIndicator(row, { name, target }), previousActual: lookup(name, actual) });

describe('target-below-last-year', () => {
  it.each([
    [ROW.quantity, '法律援助案件受理数', '≥396件', 396],
    [ROW.quantity, '法律援助案件受理数', '≥436件', 396],
    [ROW.quantity, '法律援助案件受理数', '≥396件', null],
    [ROW.quality, '重新犯罪率', '≤2%', 2.5],
    [ROW.timeliness, '及时性', '及时完成', 100],
  ])('no finding: row %s %s %s, last year %s', (row, name, target, actual) => {
    expect(run(row, name, target, actual)).toEqual([]);
  });

  it.each([
    [ROW.quantity, '法律援助案件受理数', '≥396件', 420, '低于 2022 年实际完成 420件'],
    [ROW.quality, '重新犯罪率', '≤2%', 1.2, '高于 2022 年实际 1.2%'],
  ])('finds row %s %s %s, last year %s', (row, name, target, actual, text) => {
    const found = run(row, name, target, actual);
    expect(found).toEqual([expect.objectContaining({ rule: 'target-below-last-year', severity: 'warning', field: 'target', indicatorIndex: row })]);
    expect(found[0]!.message).toContain(text);
  });

  it('finds nothing without last year', () => {
    expect(targetBelowLastYear.check({ book: bookWithIndicator(ROW.quantity, { target: '≥1件' }) })).toEqual([]);
  });
});
