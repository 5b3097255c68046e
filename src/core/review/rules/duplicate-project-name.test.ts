import { describe, expect, it } from 'vitest';
import { buildGoalBook, buildProject } from '../test-helpers.js';
import { duplicateProjectName } from './duplicate-project-name.js';

const NAME = '办案业务费基层公检法司转移支付省级配套资金[2021]63号';

describe('duplicate-project-name', () => {
  it('no finding when every name differs', () => {
    const book = buildGoalBook({ projects: [buildProject({ code: 'P1', name: '法律援助' }), buildProject({ code: 'P2', name: '法制建设' })] });
    expect(duplicateProjectName.check({ book })).toEqual([]);
  });

  it.each([
    ['identical names', [NAME, NAME]],
    ['names differing only in spacing and width', [NAME, `${NAME.replace('[', '［').replace(']', '］')} `]],
    ['three projects', [NAME, NAME, NAME]],
  ])('finds %s once, on the second project, naming all of them', (_, names) => {
    const projects = names.map((name, i) => buildProject({ code: `P${i + 1}`, name }));
    const findings = duplicateProjectName.check({ book: buildGoalBook({ projects }) });
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', projectCode: 'P2', field: 'name' })]);
    for (const p of projects) expect(findings[0]!.message).toContain(p.code);
  });
});
