import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TGoalBook } from '../../contract/goal-book.js';
import { isOtherSpelling, libraryNameFor, nameKey } from './name-similarity.js';

describe('isOtherSpelling', () => {
  it.each([
    ['设备购置合格率', '购置设备合格率', true],
    ['设备购置合格率', '购置质量合格率', true],
    ['购置设备合格率', '购置质量合格率', true],
    ['法律援助案件受理数（件)', '法律援助案件受理数', false], // the same name, units aside
    ['法律援助案件受理数', '法律援助案件办结率', false], // different measures of the same cases
    ['救助案例办结率', '法律援助案件办结率', false],
    ['项目预算控制数', '预算控制数', false], // a narrower name, not a misspelling
    ['维护社会稳定', '促进社会和谐稳定', false],
    ['购置计划执行率', '购置质量合格率', false],
    ['服务对象满意度', '服务对像满意度', true],
    ['及时性', '及时率', false],
  ] as const)('%s / %s → %s', (a, b, same) => {
    expect(isOtherSpelling(a, b)).toBe(same);
    expect(isOtherSpelling(b, a)).toBe(same);
  });
});

describe('on the sample goal book', () => {
  const book = JSON.parse(readFileSync(new URL('../../../test/fixtures/laoting-2022.goal-book.json', import.meta.url), 'utf8')) as TGoalBook;
  const indicators = book.projects.flatMap((p) => p.indicators.map((i) => ({ project: p.code, name: i.name })));
  const names = [...new Set(indicators.map((i) => nameKey(i.name)))];

  it('has 84 indicators and flags exactly the three spellings of the purchase acceptance rate', () => {
    expect(indicators).toHaveLength(84);
    const flagged: string[] = [];
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) if (isOtherSpelling(names[i]!, names[j]!)) flagged.push([names[i], names[j]].sort().join('/'));
    expect(flagged.sort()).toEqual(['购置质量合格率/购置设备合格率', '购置质量合格率/设备购置合格率', '设备购置合格率/购置设备合格率'].map((p) => p.split('/').sort().join('/')).sort());
  });

  it('never calls two indicators of one project the same', () => {
    for (const p of book.projects) {
      for (const a of p.indicators) for (const b of p.indicators) if (a !== b) expect(isOtherSpelling(a.name, b.name), `${p.code} ${a.name} / ${b.name}`).toBe(false);
    }
  });
});

describe('libraryNameFor', () => {
  const library = [{ name: '设备购置合格率' }, { name: '法律援助案件受理数' }];
  it.each([
    ['购置设备合格率', '设备购置合格率'],
    ['购置质量合格率', '设备购置合格率'],
    ['设备购置合格率', null],
    ['法律援助案件受理数（件）', null],
    ['法律援助案件办结率', null],
  ] as const)('%s → %s', (name, expected) => {
    expect(libraryNameFor(name, library)?.name ?? null).toBe(expected);
  });
});
