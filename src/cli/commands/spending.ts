import type { Command } from 'commander';
import type { TExecution, TSpendingView } from '../../contract/api/spending-api.js';
import { chinaDate, isIsoDate } from '../../core/dates.js';
import { parseYear, printJson, UsageError, withDatabase } from '../context.js';

const LIGHT = { red: '红', yellow: '黄', green: '绿' } as const;

/** Display width: CJK characters take two columns in a terminal. */
export const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
export const padEnd = (text: string, n: number) => text + ' '.repeat(Math.max(0, n - width(text)));
export const padStart = (text: string, n: number) => ' '.repeat(Math.max(0, n - width(text))) + text;

export function clip(text: string, n: number): string {
  if (width(text) <= n) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > n - 1) break;
    out += ch;
  }
  return out + '…';
}

export const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const percent = (n: number) => `${n.toFixed(2)}%`;
const points = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(2)}`;

function table(view: TSpendingView): string {
  const headers = ['项目编码', '项目名称', '预算数（元）', '已支付（元）', '执行率', '计划进度', '差距（百分点）', '灯', '年末预计（元）'];
  const line = (code: string, name: string, e: TExecution) => [code, name, money(e.budget), money(e.spent), percent(e.executionRate * 100), percent(e.plannedPercent), points(e.gapPoints), LIGHT[e.light], money(e.projectedYearEnd)];
  const rows = [...view.projects.map((p) => line(p.code, clip(p.name, 24), p)), line('合计', '', view.total)];
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const left = new Set([0, 1, 7]);
  const render = (cells: string[]) => cells.map((c, i) => (left.has(i) ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b + 2, -2));
  const behind = view.projects.filter((p) => p.light !== 'green');
  const lines = [
    `${view.unit.name}（${view.unit.code}）${view.year}年度 预算执行情况（截至 ${view.asOf}）`,
    '',
    render(headers),
    rule,
    ...rows.slice(0, -1).map(render),
    rule,
    render(rows[rows.length - 1]!),
    '',
    `灯：实际执行 ÷ 计划进度 低于 ${view.settings.lightThresholds.yellow}% 为红，${view.settings.lightThresholds.yellow}%–${view.settings.lightThresholds.green}% 为黄，${view.settings.lightThresholds.green}% 及以上为绿；尚无计划进度时为绿。`,
    ...(behind.length > 0
      ? [`落后于计划的项目（${behind.length} 个）：`, ...behind.map((p) => `  ${LIGHT[p.light]}灯  ${p.name}（${p.code}）：执行 ${percent(p.executionRate * 100)}，计划 ${percent(p.plannedPercent)}，差 ${points(p.gapPoints)} 个百分点`)]
      : ['所有项目均达到计划进度。']),
  ];
  return lines.join('\n');
}

export function registerSpending(program: Command): void {
  program
    .command('spending')
    .description('预算执行情况：各项目及部门合计的预算数、已支付、执行率、计划进度、差距、红黄绿灯和年末预计')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--as-of <date>', '截至日期 YYYY-MM-DD（默认今天，北京时间）')
    .option('--json', '以 JSON 输出（金额单位：元）')
    .action(async (opts: { unit: string; year: string; asOf?: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const asOf = opts.asOf ?? chinaDate(new Date());
      if (!isIsoDate(asOf)) throw new UsageError(`截至日期“${opts.asOf}”无效：应为 YYYY-MM-DD 格式的日期，如 ${year}-06-30`);
      const { getSpending } = await import('../../app/spending/get-spending.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const view = await withDatabase('spending', async ({ db }) => getSpending({ db, scope: await cliScope(db, opts.unit), year, asOf }));
      if (opts.json) printJson(view);
      else console.log(table(view));
    });
}
