import { projectFinding } from '../finding.js';
import { compact } from '../text.js';
import type { TProject } from '../../../contract/goal-book.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/**
 * Two budget lines with the same 项目名称 cannot be told apart in reports, monitoring and self-evaluation.
 * One finding per repeated name, attached to the second project that carries it — the first is where
 * the name was legitimately introduced, the second is where the repetition becomes visible — and the
 * message names every project involved.
 */
export const duplicateProjectName: TReviewRule = {
  id: 'duplicate-project-name',
  criterion: '重复',
  title: '项目名称重复',
  check({ book }) {
    const groups = new Map<string, TProject[]>();
    for (const project of book.projects) {
      const key = compact(project.name);
      if (key === '') continue;
      const list = groups.get(key);
      if (list) list.push(project);
      else groups.set(key, [project]);
    }
    const out: TReviewFinding[] = [];
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      out.push(
        projectFinding(duplicateProjectName, list[1]!, {
          severity: 'warning',
          field: 'name',
          message: `${list.length}个项目使用同一个项目名称“${list[0]!.name.trim()}”：${list.map((p) => p.code).join('、')}，在报表和监控中无法区分。`,
          suggestion: '在项目名称后注明资金具体用途加以区分，如“…（法律援助）”“…（人民调解）”。',
        }),
      );
    }
    return out;
  },
};
