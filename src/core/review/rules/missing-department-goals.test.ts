import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildIndicator } from '../test-helpers.js';
import { missingDepartmentGoals } from './missing-department-goals.js';

describe('missing-department-goals', () => {
  it.each([
    ['narrative present', buildGoalBook()],
    ['only a summary', buildGoalBook({ departmentGoals: { summary: '提升司法行政管理水平。', overall: [], areas: [], safeguards: [] } })],
    ['only department indicators', buildGoalBook({ departmentGoals: { overall: [], areas: [], safeguards: [], indicators: [buildIndicator()] } })],
  ])('no finding: %s', (_, book) => {
    expect(missingDepartmentGoals.check({ book })).toEqual([]);
  });

  it.each([
    ['nothing at all', { overall: [], areas: [], safeguards: [] }],
    ['blank items and safeguards only', { overall: [' '], areas: [{ title: '普法', text: '' }], safeguards: [{ title: '普法', text: '落实普法责任制。' }] }],
  ])('finds: %s', (_, departmentGoals) => {
    const findings = missingDepartmentGoals.check({ book: buildGoalBook({ departmentGoals }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', field: 'departmentGoals' })]);
    expect(findings[0]!.projectCode).toBeUndefined();
  });
});
