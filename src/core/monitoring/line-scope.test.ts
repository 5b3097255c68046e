import { describe, expect, it } from 'vitest';
import type { TRole } from '../access/permissions.js';
import { mayFillLine, mayFillMonitoringLine, registerKindOfMetric } from './line-scope.js';

describe('mayFillMonitoringLine', () => {
  it.each([
    ['finance fills every line', 'finance', [], [], [], true],
    ['a section fills a line bound to its register', 'section', ['legal-aid'], ['legal-aid'], [], true],
    ['a section does not fill another register’s line', 'section', ['legal-aid'], ['mediation'], ['legal-aid'], false],
    ['an unbound line of a project of its register', 'section', ['legal-aid'], [], ['legal-aid', 'survey'], true],
    ['an unbound line of another project', 'section', ['legal-aid'], [], ['correction'], false],
    ['the leader approves, does not fill', 'leader', [], [], [], false],
    ['the reviewer does not fill', 'reviewer', [], [], [], false],
  ] as [string, TRole, string[], string[], string[], boolean][])('%s', (_n, role, sections, indicatorKinds, projectKinds, expected) => {
    expect(mayFillMonitoringLine({ role, sections }, indicatorKinds, projectKinds)).toBe(expected);
  });
  it.each([
    ['legal-aid.cases-accepted', 'legal-aid'],
    ['spending.within-budget', null],
    [null, null],
  ] as const)('%s belongs to %s', (metric, kind) => expect(registerKindOfMetric(metric)).toBe(kind));
});

describe('mayFillLine of the self-evaluation', () => {
  it.each([
    ['finance fills every line', 'finance', [], [], [], true],
    ['a section fills its register’s line', 'section', ['legal-aid'], ['legal-aid'], [], true],
    ['a section does not fill another register’s line', 'section', ['legal-aid'], ['mediation'], ['legal-aid'], false],
    ['a section fills an unbound line of a project of its business', 'section', ['mediation'], [], ['mediation'], true],
    ['an office (司法所) does not fill the evaluation', 'office', [], [], [], false],
    ['the leader approves, does not fill', 'leader', [], [], [], false],
  ] as [string, TRole, string[], string[], string[], boolean][])('%s', (_n, role, sections, indicatorKinds, projectKinds, expected) => {
    expect(mayFillLine({ role, sections }, 'evaluation.fill', indicatorKinds, projectKinds)).toBe(expected);
  });
});
