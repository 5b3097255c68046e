import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { missingSpendingPlan } from './missing-spending-plan.js';

describe('missing-spending-plan', () => {
  it.each([
    ['four milestones', buildProject()],
    ['a single year-end milestone', buildProject({ spendingPlan: [{ month: 12, cumulativePercent: 100 }] })],
  ])('no finding: %s', (_, project) => {
    expect(missingSpendingPlan.check({ book: buildGoalBook({ projects: [project] }) })).toEqual([]);
  });

  it('finds an empty plan', () => {
    const book = buildGoalBook({ projects: [buildProject({ spendingPlan: [] })] });
    expect(missingSpendingPlan.check({ book })).toEqual([
      expect.objectContaining({ severity: 'error', field: 'spendingPlan', projectCode: '13022522P000R24100085' }),
    ]);
  });
});
