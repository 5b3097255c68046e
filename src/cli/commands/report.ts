import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { parseYear, UsageError, withDatabase } from '../context.js';

type ReportKind = 'monitoring';

/**
 * `jixiao report export --kind monitoring|evaluation`: the unit's reports as .xlsx / .docx in the
 * standard layouts. One switch on the kind; each kind's branch loads its own use-case.
 */
export function registerReport(program: Command): void {
  const report = program.command('report').description('绩效报告：绩效运行监控表、绩效自评表');
  report
    .command('export')
    .description('导出绩效报告（.xlsx / .docx 标准表样）')
    .addOption(new Option('--kind <kind>', '报告种类：monitoring 绩效运行监控表').choices(['monitoring']).makeOptionMandatory())
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--month <month>', '监控截止月份 1–12（monitoring；默认为单位设置，未设置为 7）')
    .addOption(new Option('--format <format>', '导出格式').choices(['xlsx', 'docx']).makeOptionMandatory())
    .requiredOption('--out <file>', '输出文件')
    .action(async (opts: { kind: ReportKind; unit: string; year: string; month?: string; format: 'xlsx' | 'docx'; out: string }) => {
      const year = parseYear(opts.year);
      switch (opts.kind) {
        case 'monitoring': {
          const month = opts.month === undefined ? undefined : Number(opts.month);
          if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) throw new UsageError(`截止月份“${opts.month}”无效：应为 1–12 之间的整数，如 6`);
          const [{ exportMonitoringReport }, { checkedMonth }, { readMonitoringSettings }, { requireUnit }] = await Promise.all([
            import('../../app/monitoring/export-monitoring-report.js'),
            import('../../app/monitoring/get-monitoring-report.js'),
            import('../../app/monitoring/monitoring-settings.js'),
            import('../../app/goal-book/get-goal-book.js'),
          ]);
          const file = await withDatabase('report export', async ({ db }) => {
            const unit = await requireUnit(db, opts.unit);
            return exportMonitoringReport({ db, unit, year, month: checkedMonth(month, (await readMonitoringSettings(db, unit.id)).month), format: opts.format });
          });
          await writeFile(opts.out, file.bytes);
          console.log(`已导出 ${opts.out}（${file.fileName}，${file.bytes.length} 字节）`);
          return;
        }
      }
    });
}
