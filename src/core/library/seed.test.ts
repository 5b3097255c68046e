import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TGoalBook } from '../../contract/goal-book.js';
import { countingRule, librarySeeds } from './seed.js';

const book = JSON.parse(readFileSync(new URL('../../../test/fixtures/laoting-2022.goal-book.json', import.meta.url), 'utf8')) as TGoalBook;
const METRICS: Record<string, { name: string; description: string }> = {
  'legal-aid.cases-accepted': { name: '法律援助案件受理数', description: '受理日期在当年的法律援助案件（统计日前已决定不予援助的申请不计）' },
};

describe('countingRule', () => {
  it.each([
    ['受理日期在当年的案件（不予援助的申请不计）', '受理日期在当年的案件', '不予援助的申请不计'],
    ['当年受理的案件中已结案的比例', '当年受理的案件中已结案的比例', ''],
    ['A（甲不计）B（乙不计）', 'AB', '甲不计；乙不计'],
  ])('%s', (description, counted, excluded) => {
    expect(countingRule(description)).toEqual({ counted, excluded });
  });
});

describe('librarySeeds from the sample', () => {
  const seeds = librarySeeds(book.projects, (m) => METRICS[m] ?? null);

  it('gives one entry per name, the three spellings of the acceptance rate folded into the first', () => {
    expect(seeds).toHaveLength(28);
    expect(seeds.filter((s) => s.name.endsWith('合格率')).map((s) => s.name)).toEqual(['购置质量合格率']);
    expect(new Set(seeds.map((s) => s.name)).size).toBe(seeds.length);
  });

  it('fills unit, direction, metric and the counting rule', () => {
    const cases = seeds.find((s) => s.name === '法律援助案件受理数')!;
    expect(cases).toMatchObject({
      level1: '产出指标',
      level2: '数量指标',
      unitOfMeasure: '件',
      direction: 'higher',
      metric: 'legal-aid.cases-accepted',
      counted: '受理日期在当年的法律援助案件',
      excluded: '统计日前已决定不予援助的申请不计',
    });
    expect(seeds.find((s) => s.name === '及时性')).toMatchObject({ direction: 'qualitative', metric: null });
  });
});
