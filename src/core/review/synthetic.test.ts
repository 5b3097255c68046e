import { describe, expect, it } from 'vitest';
import { ZGoalBook } from '../../contract/goal-book.js';
import { reviewGoalBook } from './review-goal-book.js';
import { buildSyntheticGoalBook } from './synthetic.js';

describe('buildSyntheticGoalBook', () => {
  it('is deterministic and valid against the goal-book schema', () => {
    const a = buildSyntheticGoalBook(50);
    expect(buildSyntheticGoalBook(50)).toEqual(a);
    expect(() => ZGoalBook.parse(a)).not.toThrow();
    expect(a.projects).toHaveLength(50);
    expect(new Set(a.projects.map((p) => p.code)).size).toBe(50);
  });

  it('gives the rules work to do', () => {
    const rules = new Set(reviewGoalBook(buildSyntheticGoalBook(100)).map((f) => f.rule));
    for (const id of ['unit-in-words', 'unbalanced-brackets', 'quantity-not-number', 'cost-not-amount', 'duplicate-output', 'uncovered-commitment']) {
      expect(rules).toContain(id);
    }
  });
});
