import type { Command } from 'commander';
import type { TCountyView } from '../../contract/api/county-api.js';
import { chinaDate, isIsoDate } from '../../core/dates.js';
import { reportStateLabel as stateLabel } from '../../documents/export/county-layout.js';
import { parseYear, printJson, UsageError, withDatabase } from '../context.js';
import { clip, money, padEnd, padStart, percent, width } from './spending.js';

const LIGHT = { red: '红', yellow: '黄', green: '绿' } as const;

/** What `--json` prints: per unit the figures the issue names, and the totals. */
function jsonOf(view: TCountyView) {
  return {
    year: view.year,
    asOf: view.asOf,
    parent: view.parent,
    units: view.units.map((u) => ({ code: u.code, name: u.name, budget: u.budget, spent: u.spent, executionRate: u.executionRate, planPercent: u.planPercent, light: u.light, lights: u.lights, reports: { monitoring: u.reports.monitoring, evaluation: u.reports.evaluation }, review: u.review })),
    totals: view.totals,
  };
}

function table(view: TCountyView): string {
  const headers = ['单位编码', '单位名称', '预算数（元）', '已支付（元）', '执行率', '计划进度', '灯', '指标 红/黄/绿/蓝/无', '运行监控', '绩效自评', '审核问题'];
  const rows = view.units.map((u) => [u.code, clip(u.name, 24), money(u.budget), money(u.spent), percent(u.executionRate * 100), percent(u.planPercent), LIGHT[u.light], `${u.lights.red}/${u.lights.yellow}/${u.lights.green}/${u.lights.blue}/${u.lights.none}`, stateLabel(u.reports.monitoring), stateLabel(u.reports.evaluation), u.review ? String(u.review.findings) : '—']);
  const t = view.totals;
  const total = ['合计', `${t.units} 个单位`, money(t.budget), money(t.spent), percent(t.executionRate * 100), percent(t.planPercent), '', `${t.lights.red}/${t.lights.yellow}/${t.lights.green}/${t.lights.blue}/${t.lights.none}`, '', '', String(t.review.findings)];
  const widths = headers.map((h, i) => Math.max(width(h), ...[...rows, total].map((r) => width(r[i]!))));
  const left = new Set([0, 1, 6, 8, 9]);
  const render = (cells: string[]) => cells.map((c, i) => (left.has(i) ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  const scope = view.parent ? `${view.parent.name}（${view.parent.code}）所辖单位` : '全部单位';
  return [`${scope} ${view.year}年度 汇总（截至 ${view.asOf}）`, '', render(headers), rule, ...rows.map(render), rule, render(total)].join('\n');
}

export function registerCounty(program: Command): void {
  program
    .command('county')
    .description('汇总看板：各单位的预算数、已支付、执行率、计划进度、指标红黄绿灯数、运行监控和绩效自评状态、绩效目标审核问题数，及合计')
    .requiredOption('--year <year>', '预算年度')
    .option('--as-of <date>', '截至日期 YYYY-MM-DD（默认今天，北京时间）')
    .option('--unit <code>', '只列此单位及其下属单位（如县财政局或主管部门的编码）')
    .option('--json', '以 JSON 输出（金额单位：元）')
    .action(async (opts: { year: string; asOf?: string; unit?: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const asOf = opts.asOf ?? chinaDate(new Date());
      if (!isIsoDate(asOf)) throw new UsageError(`截至日期“${opts.asOf}”无效：应为 YYYY-MM-DD 格式的日期，如 ${year}-06-30`);
      const { getCounty } = await import('../../app/county/get-county.js');
      const view = await withDatabase('county', ({ db }) => getCounty({ db, subject: null, year, asOf, unitCode: opts.unit }));
      if (opts.json) printJson(jsonOf(view));
      else console.log(table(view));
    });
}
