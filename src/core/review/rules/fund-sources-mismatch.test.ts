import { describe, expect, it } from 'vitest';
import type { TBudget } from '../../../contract/goal-book.js';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { fundSourcesMismatch } from './fund-sources-mismatch.js';

const run = (budget: TBudget) => fundSourcesMismatch.check({ book: buildGoalBook({ projects: [buildProject({ budget })] }) });

describe('fund-sources-mismatch', () => {
  it.each([
    [{ total: 50000, fiscal: 50000, other: 0 }],
    [{ total: 50000, fiscal: 30000, other: 20000 }],
    [{ total: 0.3, fiscal: 0.1, other: 0.2 }], // float noise must not count
    [{ total: 0, fiscal: 0, other: 0 }],
  ])('no finding for %j', (budget) => {
    expect(run(budget)).toEqual([]);
  });

  it.each([
    [{ total: 50000, fiscal: 40000, other: 0 }, 'error', '合计4.00万元，与预算数5.00万元不符'],
    [{ total: 50000, fiscal: 50000, other: 10000 }, 'error', '合计6.00万元'],
    [{ total: 50000, fiscal: 0, other: 0 }, 'warning', '都未填写'],
  ] as const)('finds %j', (budget, severity, text) => {
    const findings = run(budget);
    expect(findings).toEqual([expect.objectContaining({ severity, field: 'budget' })]);
    expect(findings[0]!.message).toContain(text);
  });
});
