import type { Command } from 'commander';
import type { TEvaluation } from '../../contract/api/evaluation-api.js';
import { formatTarget } from '../../core/target.js';
import { parseYear, printJson, UsageError, withDatabase } from '../context.js';

/** The --json shape the issue fixes: keep it stable. */
export function evaluationJson(e: TEvaluation) {
  return {
    projects: e.projects.map((p) => ({
      code: p.code,
      name: p.name,
      budget: p.budget,
      spent: p.spent,
      executionRate: p.executionRate,
      executionScore: p.executionScore,
      indicators: p.indicators.map((i) => ({ name: i.name, target: i.target, actual: i.actual, source: i.source, weight: i.weight, score: i.score, computedScore: i.computedScore })),
      total: p.total,
      grade: p.grade,
    })),
    department: e.department,
  };
}

const pct = (r: number) => `${(r * 100).toFixed(2)}%`;
const score = (s: number | null) => (s === null ? '缺失' : String(s));

function text(e: TEvaluation): string {
  const lines = [`${e.unit.name}（${e.unit.code}）${e.year}年度 绩效自评（截至 ${e.asOf}）`];
  for (const p of e.projects) {
    lines.push('', `${p.code} ${p.name}  总分 ${p.total ?? '—'}${p.grade ? `（${p.grade}）` : p.missing > 0 ? `（缺 ${p.missing} 项实际完成值）` : ''}`);
    lines.push(`  预算执行率 ${pct(p.executionRate)}（${p.spent} / ${p.budget} 元）  分值 ${p.executionWeight}  得分 ${p.executionScore}`);
    for (const i of p.indicators) {
      const actual = i.actual !== null ? String(i.actual) : (i.assessment ?? '—');
      lines.push(`  ${i.name}  目标 ${formatTarget(i.target)}  实际 ${actual} [${i.source}]  分值 ${i.weight}  得分 ${score(i.score)}${i.differs ? `（计算得分 ${score(i.computedScore)}，待复核）` : ''}`);
    }
  }
  const d = e.department;
  lines.push('', `部门整体：预算 ${d.budget} 元，支出 ${d.spent} 元，执行率 ${pct(d.executionRate)}；${d.complete}/${d.projects} 个项目得分完整；按预算加权平均 ${d.averageTotal ?? '—'}${d.grade ? `（${d.grade}）` : ''}`);
  lines.push('排名：', ...d.ranking.map((r) => `  ${r.rank}. ${r.name}（${r.code}）${r.total ?? '缺失'}${r.grade ? ` ${r.grade}` : ''}`));
  if (e.problems.length > 0) lines.push('', `尚不能提交（${e.problems.length} 项）：`, ...e.problems.slice(0, 20).map((p) => `  - ${p.zh}`), ...(e.problems.length > 20 ? [`  … 另有 ${e.problems.length - 20} 项`] : []));
  return lines.join('\n');
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('绩效自评：按评分规则（默认财预〔2020〕10号）计算各项目的执行率得分、指标得分、总分、等级和部门汇总排名')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--live', '已审批的报告也按当前数据重新计算（默认给出审批时冻结的结果）')
    .option('--json', '以 JSON 输出（金额单位：元）')
    .action(async (opts: { unit: string; year: string; json?: boolean; live?: boolean }) => {
      const year = parseYear(opts.year);
      if (!opts.unit.trim()) throw new UsageError('请给出 --unit 单位编码，如 315002');
      const { getEvaluation } = await import('../../app/evaluation/get-evaluation.js');
      const { requireUnit } = await import('../../app/goal-book/get-goal-book.js');
      const e = await withDatabase('evaluate', async ({ db }) => getEvaluation({ db, unit: await requireUnit(db, opts.unit), year, live: opts.live ?? false }));
      if (opts.json) printJson(evaluationJson(e));
      else console.log(text(e));
    });
}
