import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { unbalancedBrackets } from './unbalanced-brackets.js';

describe('unbalanced-brackets', () => {
  it.each([
    ['法律援助案件受理数（件）'],
    ['法律援助案件受理数（件)'], // mixed widths, still complete
    ['社区矫正人数(人）'],
    ['村（居）法律顾问覆盖率'],
    ['《民法典》宣传场次'],
    ['人民调解案件数'],
  ])('no finding for %s', (name) => {
    expect(unbalancedBrackets.check({ book: bookWithIndicator(ROW.quantity, { name }) })).toEqual([]);
  });

  it.each([
    ['基层法律服务工作者执业核准率(', '基层法律服务工作者执业核准率(%)'],
    ['办公家具和办公设备购置数量（台', '办公家具和办公设备购置数量（台/件/辆/套）'],
    ['办公设备购置数量(台', '办公设备购置数量（台/件）'], // width differs between the two cells
  ])('fixes the name %s from the description', (name, description) => {
    const findings = unbalancedBrackets.check({ book: bookWithIndicator(ROW.quantity, { name, description }) });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'name', indicator: name, fix: { field: 'name', value: description } }),
    ]);
  });

  it('fixes a truncated description from the name', () => {
    const findings = unbalancedBrackets.check({
      book: bookWithIndicator(ROW.quantity, { name: '社区矫正人数（人）', description: '社区矫正人数（' }),
    });
    expect(findings).toEqual([expect.objectContaining({ field: 'description', fix: { field: 'description', value: '社区矫正人数（人）' } })]);
  });

  it.each([
    ['人民调解案件数（', '人民调解案件数（'],
    ['人民调解案件数）', '人民调解案件数'],
    ['调解（案件数', '调解案件数'],
  ])('finds %s without a fix when the other cell does not complete it', (name, description) => {
    const findings = unbalancedBrackets.check({ book: bookWithIndicator(ROW.quantity, { name, description }) });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
    expect(findings[0]!.field).toBe('name');
  });
});
