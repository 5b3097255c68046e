import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { quantityNotNumber } from './quantity-not-number.js';

describe('quantity-not-number', () => {
  it.each([
    [{ target: '≥396件' }],
    [{ target: '50' }],
    [{ target: '' }], // empty-indicator-field reports an empty cell
    [{ level2: '质量指标', target: '合格' }],
  ])('no finding for %j', (input) => {
    expect(quantityNotNumber.check({ book: bookWithIndicator(ROW.quantity, input) })).toEqual([]);
  });

  it.each([
    ['满足基层工作需要', '办公家具和办公设备购置数量（台', '办公家具和办公设备购置数量（台/件/辆/套）', '“≥N台”（单位可用台/件/辆/套）'],
    ['若干', '法律援助案件受理数（件）', '法律援助案件受理数（件）', '“≥N件”。'],
    ['逐年增加', '宣传活动场次', '宣传活动场次', '“≥N件”“≥N人次”'],
  ])('finds %s', (target, name, description, hint) => {
    const findings = quantityNotNumber.check({ book: bookWithIndicator(ROW.quantity, { target, name, description }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', field: 'target', indicator: name })]);
    expect(findings[0]!.suggestion).toContain(hint);
  });
});
