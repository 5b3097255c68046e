import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { rateOver100 } from './rate-over-100.js';

const run = (name: string, target: string) => rateOver100.check({ book: bookWithIndicator(ROW.quality, { name, target }) });

describe('rate-over-100', () => {
  it.each([
    ['法律援助案件办结率', '100%'],
    ['法律援助案件办结率', '≥100%'],
    ['服务对象满意度', '≥95%'],
    ['办案量增长率', '≥120%'], // growth may exceed 100%
    ['法律援助案件受理数', '≥396件'],
    ['法律援助案件办结率', '明显提升'],
    ['万人律师数比例', '500‰'],
  ])('no finding for %s %s', (name, target) => {
    expect(run(name, target)).toEqual([]);
  });

  it.each([
    ['法律援助案件办结率', '110%'],
    ['服务对象满意度', '≥105%'],
    ['法律援助案件办结率', '>100%'],
    ['覆盖比例', '1200‰'],
  ])('finds %s %s', (name, target) => {
    expect(run(name, target)).toEqual([expect.objectContaining({ severity: 'error', field: 'target', indicator: name })]);
  });
});
