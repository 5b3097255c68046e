import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { missingGoals } from './missing-goals.js';

describe('missing-goals', () => {
  it.each([
    ['goals present', ['完成法律援助案件。']],
    ['one blank among real goals', ['', '完成法律援助案件。']],
  ])('no finding: %s', (_, goals) => {
    expect(missingGoals.check({ book: buildGoalBook({ projects: [buildProject({ goals })] }) })).toEqual([]);
  });

  it.each([
    ['no goals', []],
    ['only blank goals', ['  ', '']],
  ])('finds: %s', (_, goals) => {
    const findings = missingGoals.check({ book: buildGoalBook({ projects: [buildProject({ goals })] }) });
    expect(findings).toEqual([expect.objectContaining({ rule: 'missing-goals', severity: 'error', field: 'goals' })]);
  });
});
