import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { budgetNotPositive } from './budget-not-positive.js';

const run = (total: number) =>
  budgetNotPositive.check({ book: buildGoalBook({ projects: [buildProject({ budget: { total, fiscal: total, other: 0 } })] }) });

describe('budget-not-positive', () => {
  it.each([[50000], [0.01], [129000]])('no finding for %d 元', (total) => {
    expect(run(total)).toEqual([]);
  });

  it.each([[0], [0.001]])('finds a budget of %d 元', (total) => {
    expect(run(total)).toEqual([expect.objectContaining({ severity: 'error', field: 'budget' })]);
  });
});
