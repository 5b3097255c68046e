import { projectFinding } from '../finding.js';
import { LEVEL1_LABEL, level1Kind, type TLevel1Kind } from '../indicator-kind.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

const REQUIRED: readonly TLevel1Kind[] = ['output', 'effect', 'satisfaction'];

const WHY: Record<TLevel1Kind, string> = {
  output: '产出指标反映项目提供的工作量、质量、时效和成本',
  effect: '效益指标反映项目带来的社会、经济、生态或可持续影响',
  satisfaction: '满意度指标反映服务对象对项目的认可程度',
};

/** Every project table needs 产出, 效益 and 满意度 indicators (共性指标框架). */
export const missingLevel1: TReviewRule = {
  id: 'missing-level1',
  criterion: '完整性',
  title: '缺少一级指标',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      if (project.indicators.length === 0) {
        out.push(
          projectFinding(missingLevel1, project, {
            severity: 'error',
            field: 'level1',
            message: '项目没有填写任何绩效指标。',
            suggestion: '按产出指标、效益指标、满意度指标三类填写绩效指标表。',
          }),
        );
        continue;
      }
      const present = new Set(project.indicators.map((i) => level1Kind(i.level1)));
      for (const kind of REQUIRED) {
        if (present.has(kind)) continue;
        out.push(
          projectFinding(missingLevel1, project, {
            severity: 'error',
            field: 'level1',
            message: `项目缺少一级指标“${LEVEL1_LABEL[kind]}”。`,
            suggestion: `补充${LEVEL1_LABEL[kind]}：${WHY[kind]}。`,
          }),
        );
      }
    }
    return out;
  },
};
