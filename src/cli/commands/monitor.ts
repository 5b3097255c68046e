import type { Command } from 'commander';
import type { TMonitoringReport } from '../../contract/api/monitoring-api.js';
import { LIGHT_LABEL } from '../../core/lights.js';
import { STATE_LABEL } from '../../core/workflow.js';
import { parseYear, printJson, UsageError, withDatabase } from '../context.js';

const wan = (yuan: number) => (yuan / 10000).toFixed(2);
const pct = (ratio: number) => `${(ratio * 100).toFixed(2)}%`;
const num = (n: number | null) => (n === null ? '—' : String(n));

/** The report as text: per project the money block, then every indicator with its proposal or judgement. */
export function monitoringText(r: TMonitoringReport): string {
  const lines = [`${r.unit.name}（${r.unit.code}）${r.year}年1–${r.month}月 绩效运行监控（截至 ${r.asOf}，${STATE_LABEL[r.report.state].zh}${r.report.frozen ? '，数据已于审批时冻结' : ''}）`, ''];
  for (const p of r.projects) {
    const m = p.money;
    lines.push(`【${p.code} ${p.name}】年初预算 ${wan(m.initialBudget)} 万元，调整后预算 ${wan(m.budget)} 万元，1–${r.month}月执行 ${wan(m.spent)} 万元，执行率 ${pct(m.executionRate)}（计划 ${m.plannedPercent}%，差 ${m.gapPoints} 个百分点，${LIGHT_LABEL[m.light]}），全年预计执行 ${wan(m.projectedYearEnd)} 万元`);
    for (const i of p.indicators) {
      const likelihood = i.likelihood ?? (i.proposal.likelihood ? `建议${i.proposal.likelihood}` : '待判断');
      const cause = i.likelihood !== null ? i.cause : i.proposal.cause;
      lines.push(`  ${i.name}：目标 ${i.target}，1–${r.month}月 ${num(i.actual)}，全年预计 ${num(i.forecast)}，${i.light ? LIGHT_LABEL[i.light] : '无灯'}，${likelihood}${cause ? `（偏差原因：${cause}）` : ''}${i.measures.length ? `，措施 ${i.measures.length} 条` : ''}`);
    }
    lines.push('');
  }
  const d = r.department;
  lines.push(`部门合计：预算 ${wan(d.money.budget)} 万元，执行 ${wan(d.money.spent)} 万元，执行率 ${pct(d.money.executionRate)}；指标 红 ${d.lights.red} 黄 ${d.lights.yellow} 绿 ${d.lights.green} 蓝 ${d.lights.blue} 无 ${d.lights.none}；确定能 ${d.likelihoods.确定能}，有可能 ${d.likelihoods.有可能}，完全不可能 ${d.likelihoods.完全不可能}，未判断 ${d.likelihoods.未判断}`);
  if (r.changesSinceApproval.length > 0) lines.push(`审批后实时数据有 ${r.changesSinceApproval.length} 处变化（报告仍按冻结数据）`);
  return lines.join('\n');
}

export function registerMonitor(program: Command): void {
  program
    .command('monitor')
    .description('绩效运行监控表：各项目资金执行、指标 1–X月完成值、全年预计、序时预警和完成目标可能性（建议或已确认）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--month <month>', '截止月份 1–12（默认为单位设置，未设置为 7）')
    .option('--json', '以 JSON 输出（金额单位：元）')
    .action(async (opts: { unit: string; year: string; month?: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const month = opts.month === undefined ? undefined : Number(opts.month);
      if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) throw new UsageError(`截止月份“${opts.month}”无效：应为 1–12 之间的整数，如 6`);
      const [{ getMonitoringReport, checkedMonth }, { readMonitoringSettings }, { cliScope }] = await Promise.all([
        import('../../app/monitoring/get-monitoring-report.js'),
        import('../../app/monitoring/monitoring-settings.js'),
        import('../../app/units/resolve-scope.js'),
      ]);
      const report = await withDatabase('monitor', async ({ db }) => {
        const scope = await cliScope(db, opts.unit);
        return getMonitoringReport({ db, scope, year, month: checkedMonth(month, (await readMonitoringSettings(db, scope.rootUnit.id)).month) });
      });
      if (opts.json) printJson(report);
      else console.log(monitoringText(report));
    });
}
