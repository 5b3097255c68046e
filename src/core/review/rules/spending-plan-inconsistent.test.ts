import { describe, expect, it } from 'vitest';
import type { TSpendingMilestone } from '../../../contract/goal-book.js';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { spendingPlanInconsistent } from './spending-plan-inconsistent.js';

const plan = (...pairs: [number, number][]): TSpendingMilestone[] =>
  pairs.map(([month, cumulativePercent]) => ({ month, cumulativePercent }));
const run = (spendingPlan: TSpendingMilestone[]) =>
  spendingPlanInconsistent.check({ book: buildGoalBook({ projects: [buildProject({ spendingPlan })] }) });

describe('spending-plan-inconsistent', () => {
  it.each([
    ['25/50/75/100', plan([3, 25], [6, 50], [10, 75], [12, 100])],
    ['flat then full', plan([3, 0], [6, 0], [10, 50], [12, 100])],
    ['listed out of month order', plan([12, 100], [3, 25], [6, 50])],
    ['all at once', plan([12, 100])],
    ['empty (missing-spending-plan reports it)', []],
  ])('no finding: %s', (_, p) => {
    expect(run(p)).toEqual([]);
  });

  it.each([
    ['decreasing', plan([3, 25], [6, 60], [10, 50], [12, 100]), [['error', '10月底50%却低于6月底的60%']]],
    ['not ending at 100%', plan([3, 25], [6, 50], [10, 75], [12, 90]), [['warning', '只有90%']]],
    ['above 100%', plan([3, 25], [6, 50], [10, 75], [12, 110]), [['error', '超过了100%']]],
    ['a month twice', plan([3, 25], [3, 30], [12, 100]), [['error', '3月底填写了不止一次']]],
  ] as const)('finds: %s', (_, p, expected) => {
    const findings = run([...p]);
    expect(findings.map((f) => f.severity)).toEqual(expected.map((e) => e[0]));
    expected.forEach((e, i) => expect(findings[i]!.message).toContain(e[1]));
    for (const f of findings) expect(f.field).toBe('spendingPlan');
  });
});
