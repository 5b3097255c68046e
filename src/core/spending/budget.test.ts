import { describe, expect, it } from 'vitest';
import { budgetInForce, revisionInForce } from './budget.js';

const REVISIONS = [
  { id: 1, effectiveOn: '2022-07-01', totalFen: 6_000_000 },
  { id: 2, effectiveOn: '2022-04-15', totalFen: 5_500_000 },
  { id: 3, effectiveOn: '2022-07-01', totalFen: 6_500_000 },
  { id: 4, effectiveOn: '2022-11-30', totalFen: 4_000_000 },
];

describe('budgetInForce: the latest revision effective on or before the date, else the initial budget', () => {
  it.each([
    ['2022-01-01', 5_000_000],
    ['2022-04-14', 5_000_000],
    ['2022-04-15', 5_500_000],
    ['2022-06-30', 5_500_000],
    // two revisions effective 1 July: the later-recorded one wins
    ['2022-07-01', 6_500_000],
    ['2022-11-29', 6_500_000],
    // a cut is a revision like any other
    ['2022-11-30', 4_000_000],
    ['2023-05-01', 4_000_000],
  ])('at %s → %i fen', (asOf, fen) => {
    expect(budgetInForce(5_000_000, REVISIONS, asOf)).toBe(fen);
  });

  it('keeps the initial budget without revisions', () => {
    expect(budgetInForce(5_000_000, [], '2022-12-31')).toBe(5_000_000);
  });

  it('names the revision in force', () => {
    expect(revisionInForce(REVISIONS, '2022-08-01')?.id).toBe(3);
    expect(revisionInForce(REVISIONS, '2022-01-01')).toBeNull();
  });
});
