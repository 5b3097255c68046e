import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TGoalBook } from '../../../contract/goal-book.js';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { librarySpelling } from './library-spelling.js';

const LIBRARY = [{ name: '设备购置合格率' }, { name: '法律援助案件受理数' }, { name: '服务对象满意度' }];
const run = (name: string, library = LIBRARY) => librarySpelling.check({ book: bookWithIndicator(ROW.quality, { name, target: '100%' }), library });

describe('library-spelling', () => {
  it.each(['设备购置合格率', '法律援助案件办结率', '法律援助案件受理数（件）'])('no finding for %s', (name) => {
    expect(run(name)).toEqual([]);
  });

  it.each([
    ['购置设备合格率', '设备购置合格率'],
    ['购置质量合格率', '设备购置合格率'],
  ])('finds %s (library: %s)', (name, libraryName) => {
    expect(run(name)).toEqual([expect.objectContaining({ rule: 'library-spelling', severity: 'warning', field: 'name', indicator: name, indicatorIndex: ROW.quality })]);
    expect(run(name)[0]!.message).toContain(libraryName);
  });

  it('finds nothing without a library', () => {
    expect(run('购置设备合格率', [])).toEqual([]);
    expect(librarySpelling.check({ book: bookWithIndicator(ROW.quality, { name: '购置设备合格率' }) })).toEqual([]);
  });

  it('raises no false alarm on the sample when the library holds every sample name', () => {
    const book = JSON.parse(readFileSync(new URL('../../../../test/fixtures/laoting-2022.goal-book.json', import.meta.url), 'utf8')) as TGoalBook;
    const library = book.projects.flatMap((p) => p.indicators.map((i) => ({ name: i.name })));
    expect(librarySpelling.check({ book, library })).toEqual([]);
  });
});
