import { describe, expect, it } from 'vitest';
import type { TGoalBookChange } from '../contract/goal-book-change.js';
import { undoRevisionChanges } from './goal-book-undo.js';
import type { GoalBookContent } from './goal-book-diff.js';

const target = (raw: string) => ({ raw, kind: 'qualitative' as const });
const book = (name: string, description: string): GoalBookContent =>
  ({
    unit: { code: 'U', name: 'U' },
    year: 2022,
    departmentGoals: null,
    projects: [{ code: 'P1', name: '项目', indicators: [{ level1: '产出指标', level2: '数量指标', name, description, target: target('100%'), basis: '' }] }],
  }) as unknown as GoalBookContent;
const fix = (field: string, before: unknown, after: unknown, indicator = '指标甲'): TGoalBookChange => ({ op: 'update', entity: 'indicator', projectCode: 'P1', indicator, field, before, after });
const REVISION = { number: 5, changes: [fix('target', target('100百分比'), target('100%'))] };

describe('undoing a revision of cell edits', () => {
  it('sets the cell back', () => {
    const out = undoRevisionChanges(book('指标甲', 'd'), REVISION, []);
    expect(out.projects[0]!.indicators[0]!.target).toEqual(target('100百分比'));
  });

  it('finds a renamed indicator by its new name when the revision renamed it and changed its text', () => {
    const revision = { number: 5, changes: [fix('name', '指标乙', '指标甲'), fix('description', 'old', 'd')] };
    const out = undoRevisionChanges(book('指标甲', 'd'), revision, []);
    expect(out.projects[0]!.indicators[0]).toMatchObject({ name: '指标乙', description: 'old' });
  });

  it.each([
    ['a later change of the same field', [fix('target', target('100%'), target('≥95%'))], /第 6 次修订之后又修改了项目 P1“指标甲”的指标值/],
    ['a later rename of the indicator', [fix('name', '指标甲', '指标丙', '指标丙')], /第 6 次修订之后又修改了/],
    ['a later deletion of the indicator', [{ op: 'delete', entity: 'indicator', projectCode: 'P1', indicator: '指标甲' } as TGoalBookChange], /第 6 次修订之后又修改了/],
    ['a later deletion of the project', [{ op: 'delete', entity: 'project', projectCode: 'P1' } as TGoalBookChange], /第 6 次修订之后又修改了/],
  ])('refuses %s', (_, changes, message) => {
    expect(() => undoRevisionChanges(book('指标甲', 'd'), REVISION, [{ number: 6, changes }])).toThrow(message);
  });

  it('lets later changes of other cells be', () => {
    const later = [{ number: 6, changes: [fix('description', 'd', 'e'), fix('target', target('1'), target('2'), '指标丁')] }];
    expect(undoRevisionChanges(book('指标甲', 'e'), REVISION, later).projects[0]!.indicators[0]!.description).toBe('e');
  });

  it('refuses when the cell no longer holds what the revision wrote', () => {
    const changed = book('指标甲', 'd');
    changed.projects[0]!.indicators[0]!.target = target('≥95%') as never;
    expect(() => undoRevisionChanges(changed, REVISION, [])).toThrow(/已不是第 5 次修订写入的内容/);
  });

  it('refuses a revision that is not made of cell edits', () => {
    expect(() => undoRevisionChanges(book('指标甲', 'd'), { number: 5, changes: [{ op: 'create', entity: 'indicator', projectCode: 'P1', indicator: 'x' }] }, [])).toThrow(/不能一键撤销/);
  });
});
