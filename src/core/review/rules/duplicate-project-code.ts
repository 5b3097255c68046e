import type { TProject } from '../../../contract/goal-book.js';
import { projectFinding, projectLabel } from '../finding.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** Two projects with the same 项目编码: the code is the key every later step relies on. */
export const duplicateProjectCode: TReviewRule = {
  id: 'duplicate-project-code',
  criterion: '重复',
  title: '项目编码重复',
  check({ book }) {
    const seen = new Map<string, TProject>();
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      const first = seen.get(project.code);
      if (!first) {
        seen.set(project.code, project);
        continue;
      }
      out.push(
        projectFinding(duplicateProjectCode, project, {
          severity: 'error',
          field: 'code',
          message: `项目编码${project.code}重复：“${projectLabel(first)}”和“${projectLabel(project)}”使用同一编码。`,
          suggestion: '核对预算系统中的项目编码，每个项目一个编码。',
        }),
      );
    }
    return out;
  },
};
