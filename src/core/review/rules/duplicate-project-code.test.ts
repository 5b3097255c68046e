import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { duplicateProjectCode } from './duplicate-project-code.js';

describe('duplicate-project-code', () => {
  it('no finding for distinct codes', () => {
    const book = buildGoalBook({ projects: [buildProject({ code: 'P1', name: 'A' }), buildProject({ code: 'P2', name: 'B' })] });
    expect(duplicateProjectCode.check({ book })).toEqual([]);
  });

  it('finds a repeated code on the repeat', () => {
    const book = buildGoalBook({ projects: [buildProject({ code: 'P1', name: '法律援助' }), buildProject({ code: 'P1', name: '法制建设' })] });
    const findings = duplicateProjectCode.check({ book });
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', field: 'code', projectCode: 'P1' })]);
    expect(findings[0]!.message).toContain('法制建设');
  });
});
