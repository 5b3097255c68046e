import { indicatorFinding } from '../finding.js';
import { isSubsequence, labelKey } from '../text.js';
import type { TReviewFinding, TReviewRule } from '../types.js';

/** What a label measures, read from its last words. Longest suffixes first. */
const MEASURES: readonly [string, string][] = [
  ['满意度', '满意度'],
  ['满意率', '比率'],
  ['面积', '面积'],
  ['比例', '比率'],
  ['占比', '比率'],
  ['率', '比率'],
  ['人次', '数量'],
  ['场次', '数量'],
  ['次数', '数量'],
  ['人数', '数量'],
  ['件数', '数量'],
  ['户数', '数量'],
  ['数量', '数量'],
  ['数', '数量'],
  ['量', '数量'],
  ['金额', '金额'],
  ['费用', '金额'],
  ['期限', '时间'],
  ['时限', '时间'],
  ['时长', '时间'],
  ['时间', '时间'],
  ['周期', '时间'],
];

function measureOf(label: string): string | undefined {
  for (const [suffix, kind] of MEASURES) if (label.endsWith(suffix)) return kind;
  return undefined;
}

/** A short label, not an explanatory sentence: descriptions that explain are allowed to say more. */
function isLabel(text: string): boolean {
  return text.length > 0 && text.length <= 30 && !/[，。；;：:,!?！？]/u.test(text);
}

/**
 * The name says one thing and the description another (组织主题宣传活动场次 vs 普法宣传活动次数;
 * 普法覆盖率 vs 普法覆盖面积). Only judged when both cells are short labels that end in a measure word;
 * a description that explains the name in a sentence, or only adds detail (社区矫正人数 → 社区矫正对象
 * 人数), is fine. Units in brackets, width and line breaks are ignored.
 */
export const nameDescriptionMismatch: TReviewRule = {
  id: 'name-description-mismatch',
  criterion: '一致性',
  title: '指标名称与描述不一致',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        const name = labelKey(ind.name);
        const desc = labelKey(ind.description);
        if (name === desc || !isLabel(name) || !isLabel(desc)) return;
        const nameMeasure = measureOf(name);
        const descMeasure = measureOf(desc);
        if (!nameMeasure || !descMeasure) return;
        const kindsDiffer = nameMeasure !== descMeasure;
        const addsDetail = isSubsequence(name, desc) || isSubsequence(desc, name);
        if (!kindsDiffer && addsDetail) return;
        out.push(
          indicatorFinding(nameDescriptionMismatch, project, index, {
            severity: 'warning',
            field: 'description',
            message:
              `三级指标名称“${ind.name}”与绩效指标描述“${ind.description}”所指不一致` +
              (kindsDiffer ? `：名称衡量的是${nameMeasure}，描述衡量的是${descMeasure}。` : '，年底统计时不清楚按哪一个计算。'),
            suggestion: '确认本指标实际统计什么，将名称和描述改为一致（描述可以补充统计口径，但不应换成另一项内容）。',
          }),
        );
      });
    }
    return out;
  },
};
