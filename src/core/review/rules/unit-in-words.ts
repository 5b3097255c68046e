import type { TIndicator } from '../../../contract/goal-book.js';
import { indicatorFinding } from '../finding.js';
import type { TReviewFinding, TReviewRule, TReviewSeverity } from '../types.js';

interface TTransform {
  /** what was wrong, in Chinese */
  problem: string;
  severity: TReviewSeverity;
  apply(text: string): string;
}

const FULL_WIDTH: Record<string, string> = { '％': '%', '＞': '>', '＜': '<', '＝': '=', '．': '.' };

/**
 * Each transform is a mechanical rewrite that keeps the meaning exactly, so the combined result can be
 * offered as a one-click fix. Numbers are rewritten as text, never re-formatted (5.50 stays 5.50).
 */
const TARGET_TRANSFORMS: readonly TTransform[] = [
  {
    problem: '用文字“百分比”写单位，应写作符号“%”',
    severity: 'warning',
    apply: (t) => t.replace(/百分比|百分数/gu, '%'),
  },
  {
    problem: '数字或符号用了全角字符',
    severity: 'suggestion',
    apply: (t) =>
      t.replace(/[０-９％＞＜＝．]/gu, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  },
  {
    problem: '比较符号应写作“≥”“≤”',
    severity: 'suggestion',
    apply: (t) => t.replace(/>=|=>|≧/gu, '≥').replace(/<=|=<|≦/gu, '≤'),
  },
  {
    problem: '数字、符号与单位之间有多余空格',
    severity: 'suggestion',
    // Only between a number and what is attached to it; spaces inside words are not ours to judge.
    apply: (t) => t.replace(/([≥≤<>=])\s+(?=\d)/gu, '$1').replace(/(\d)\s+(?=[%‰\u4e00-\u9fff])/gu, '$1'),
  },
  {
    problem: '比较符号与“以上/以下”重复表达同一个意思',
    severity: 'suggestion',
    apply: (t) =>
      /^(?:≥|≤|>|<|不低于|不少于|不高于|不超过)/u.test(t) ? t.replace(/(\d[^\d]*?)(?:及以上|以上|及以下|以下|以内)$/u, '$1') : t,
  },
];

/** Names and descriptions: only a bracketed unit in words, e.g. 满意度（百分比）. */
const LABEL_UNIT_WORDS = /([（(])(?:百分比|百分数)([）)])/gu;
const HAS_LABEL_UNIT_WORDS = /[（(](?:百分比|百分数)[）)]/u;

function targetFinding(ind: TIndicator): { severity: TReviewSeverity; problems: string[]; fixed: string } | null {
  const raw = ind.target.raw;
  let text = raw;
  const problems: string[] = [];
  let severity: TReviewSeverity = 'suggestion';
  for (const t of TARGET_TRANSFORMS) {
    const next = t.apply(text);
    if (next === text) continue;
    problems.push(t.problem);
    if (t.severity === 'warning') severity = 'warning';
    text = next;
  }
  if (problems.length === 0) return null;
  return { severity, problems, fixed: text.trim() };
}

/** Units written in words (100百分比) or in mixed forms (full-width digits, >=, ≥95%以上). */
export const unitInWords: TReviewRule = {
  id: 'unit-in-words',
  criterion: '规范性',
  title: '指标值单位或符号写法不规范',
  check({ book }) {
    const out: TReviewFinding[] = [];
    for (const project of book.projects) {
      project.indicators.forEach((ind, index) => {
        for (const field of ['name', 'description'] as const) {
          const text = ind[field];
          if (!HAS_LABEL_UNIT_WORDS.test(text)) continue;
          const fixed = text.replace(LABEL_UNIT_WORDS, '$1%$2');
          out.push(
            indicatorFinding(unitInWords, project, index, {
              severity: 'warning',
              field,
              message: `${field === 'name' ? '三级指标名称' : '绩效指标描述'}“${text}”用文字“百分比”写单位。`,
              suggestion: `改为“${fixed}”。`,
              fix: { field, value: fixed },
            }),
          );
        }
        const t = targetFinding(ind);
        if (!t || t.fixed === '') return;
        out.push(
          indicatorFinding(unitInWords, project, index, {
            severity: t.severity,
            field: 'target',
            message: `指标值“${ind.target.raw}”${t.problems.join('；')}。`,
            suggestion: `改为“${t.fixed}”。`,
            fix: { field: 'target', value: t.fixed },
          }),
        );
      });
    }
    return out;
  },
};
