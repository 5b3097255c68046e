import { describe, expect, it } from 'vitest';
import { ROW, bookWithIndicator } from '../test-helpers.js';
import { deadlineNotSpecific } from './deadline-not-specific.js';

describe('deadline-not-specific', () => {
  it.each([['2022年底'], ['≤7日'], ['≤30个工作日'], ['100%'], ['']])('no finding for %j', (target) => {
    expect(deadlineNotSpecific.check({ book: bookWithIndicator(ROW.timeliness, { target }) })).toEqual([]);
  });

  it.each([['及时完成'], ['及时受理及时回复'], ['按时']])('finds %s as a suggestion', (target) => {
    const findings = deadlineNotSpecific.check({ book: bookWithIndicator(ROW.timeliness, { name: '及时性', target }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'suggestion', field: 'target', indicator: '及时性' })]);
    expect(findings[0]!.suggestion).toContain('2022年底');
  });
});
