import type { TGoalBook } from '../../contract/goal-book.js';
import { CRITERIA, SEVERITY_LABEL, type TReviewFinding, type TReviewSeverity } from './types.js';

/**
 * The review as plain Chinese text, for the CLI without --json and for pasting into a reply to the
 * unit: counts at the top, then the department's findings, then every project in document order with
 * its findings (or 未发现问题). Expects findings in reviewGoalBook's order and keeps it.
 */

const FIELD_LABEL: Record<string, string> = {
  name: '三级指标',
  description: '绩效指标描述',
  target: '指标值',
  basis: '指标值确定依据',
  level1: '一级指标',
  level2: '二级指标',
  budget: '预算数',
  spendingPlan: '资金支出计划',
  goals: '绩效目标',
  purpose: '资金用途',
  code: '项目编码',
  departmentGoals: '部门整体绩效目标',
};

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function chineseOrdinal(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n - 1]!;
  if (n < 20) return `十${CHINESE_NUMERALS[n - 11]!}`;
  if (n < 100) return `${CHINESE_NUMERALS[Math.floor(n / 10) - 1]!}十${n % 10 === 0 ? '' : CHINESE_NUMERALS[(n % 10) - 1]!}`;
  return String(n);
}

function formatFinding(f: TReviewFinding, n: number): string[] {
  const where: string[] = [];
  if (f.indicatorIndex !== undefined) where.push(`第${f.indicatorIndex + 1}行指标${f.indicator ? `“${f.indicator}”` : ''}`);
  // The indicator's name already says where a name finding is; department findings say it in the message.
  const redundant = (f.field === 'name' && f.indicatorIndex !== undefined) || f.field === 'departmentGoals';
  if (f.field && !redundant) where.push(FIELD_LABEL[f.field] ?? f.field);
  const lines = [`  ${n}. 【${SEVERITY_LABEL[f.severity]}·${f.criterion}】${where.length > 0 ? `${where.join('·')}：` : ''}${f.message}`];
  if (f.suggestion) lines.push(`     建议：${f.suggestion}`);
  if (f.fix) lines.push(`     可一键修改：${FIELD_LABEL[f.fix.field] ?? f.fix.field}改为“${f.fix.value}”`);
  return lines;
}

export function formatReviewReport(book: TGoalBook, findings: readonly TReviewFinding[]): string {
  const count: Record<TReviewSeverity, number> = { error: 0, warning: 0, suggestion: 0 };
  const byCriterion = new Map<string, number>();
  for (const f of findings) {
    count[f.severity]++;
    byCriterion.set(f.criterion, (byCriterion.get(f.criterion) ?? 0) + 1);
  }
  const out: string[] = [];
  out.push(`绩效目标审核意见：${book.unit.code} ${book.unit.name} ${book.year}年度`);
  out.push(
    findings.length === 0
      ? '共发现问题0条。'
      : `共发现问题${findings.length}条：错误${count.error}条，警告${count.warning}条，建议${count.suggestion}条。`,
  );
  if (findings.length > 0) {
    out.push(`按审核要点：${CRITERIA.filter((c) => byCriterion.has(c)).map((c) => `${c}${byCriterion.get(c)}条`).join('，')}。`);
  }

  const department = findings.filter((f) => f.projectCode === undefined);
  const byProject = new Map<string, TReviewFinding[]>();
  for (const f of findings) {
    if (f.projectCode === undefined) continue;
    const list = byProject.get(f.projectCode);
    if (list) list.push(f);
    else byProject.set(f.projectCode, [f]);
  }

  let section = 0;
  out.push('', `${chineseOrdinal(++section)}、部门整体绩效目标`);
  if (department.length === 0) out.push('  未发现问题。');
  department.forEach((f, i) => out.push(...formatFinding(f, i + 1)));

  const printed = new Set<string>();
  book.projects.forEach((project) => {
    out.push('', `${chineseOrdinal(++section)}、项目 ${project.code} ${project.name.trim()}`);
    // A repeated project code puts all its findings under the first project with that code.
    const list = printed.has(project.code) ? [] : (byProject.get(project.code) ?? []);
    printed.add(project.code);
    if (list.length === 0) out.push('  未发现问题。');
    list.forEach((f, i) => out.push(...formatFinding(f, i + 1)));
  });

  const orphans = [...byProject.entries()].filter(([code]) => !printed.has(code));
  for (const [code, list] of orphans) {
    out.push('', `${chineseOrdinal(++section)}、项目 ${code}`);
    list.forEach((f, i) => out.push(...formatFinding(f, i + 1)));
  }
  return `${out.join('\n')}\n`;
}
