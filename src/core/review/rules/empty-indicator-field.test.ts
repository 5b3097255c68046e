import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator, buildGoalBook } from '../test-helpers.js';
import { emptyIndicatorField } from './empty-indicator-field.js';

describe('empty-indicator-field', () => {
  it('no finding in the clean table', () => {
    expect(emptyIndicatorField.check({ book: buildGoalBook() })).toEqual([]);
  });

  it.each([
    ['level1', { level1: '' }, 'error'],
    ['level2', { level2: ' ' }, 'error'],
    ['name', { name: '' }, 'error'],
    ['target', { target: '' }, 'error'],
    ['basis', { basis: '' }, 'warning'],
  ] as const)('finds an empty %s', (field, input, severity) => {
    const findings = emptyIndicatorField.check({ book: bookWithIndicator(ROW.quality, input) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ field, severity, indicatorIndex: ROW.quality });
  });
});
