import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { parseYear, UsageError, withDatabase } from '../context.js';

type Kind = 'monitoring' | 'evaluation';
type Format = 'xlsx' | 'docx';

/** The reports a unit owes, as files; one case per kind, each loading its own use-case. */
async function exportReport(kind: Kind, o: { unit: string; year: number; month: number | undefined; format: Format }): Promise<{ bytes: Buffer }> {
  const { cliScope } = await import('../../app/units/resolve-scope.js');
  switch (kind) {
    case 'monitoring': {
      const [{ exportMonitoringReport }, { checkedMonth }, { readMonitoringSettings }] = await Promise.all([
        import('../../app/monitoring/export-monitoring-report.js'),
        import('../../app/monitoring/get-monitoring-report.js'),
        import('../../app/monitoring/monitoring-settings.js'),
      ]);
      return withDatabase('report export', async ({ db }) => {
        const scope = await cliScope(db, o.unit);
        return exportMonitoringReport({ db, scope, year: o.year, month: checkedMonth(o.month, (await readMonitoringSettings(db, scope.rootUnit.id)).month), format: o.format });
      });
    }
    case 'evaluation': {
      const { exportEvaluationReport } = await import('../../app/evaluation/export-evaluation-report.js');
      return withDatabase('report export', async ({ db }) => exportEvaluationReport({ db, scope: await cliScope(db, o.unit), year: o.year, format: o.format }));
    }
  }
}

export function registerReport(program: Command): void {
  const report = program.command('report').description('报告：绩效运行监控表、绩效自评表的导出');
  report
    .command('export')
    .description('导出报告（.xlsx / .docx 标准表样；已审批的按冻结数据）：monitoring = 绩效运行监控表，evaluation = 绩效自评表（部门整体与各项目）')
    .addOption(new Option('--kind <kind>', '报告类型').choices(['monitoring', 'evaluation']).makeOptionMandatory())
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--month <month>', '监控截止月份 1–12（monitoring；默认为单位设置，未设置为 7）')
    .addOption(new Option('--format <format>', '导出格式').choices(['xlsx', 'docx']).makeOptionMandatory())
    .requiredOption('--out <file>', '输出文件')
    .action(async (opts: { kind: Kind; unit: string; year: string; month?: string; format: Format; out: string }) => {
      const year = parseYear(opts.year);
      if (!opts.out.trim()) throw new UsageError('请给出 --out 输出文件');
      const month = opts.month === undefined ? undefined : Number(opts.month);
      if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) throw new UsageError(`截止月份“${opts.month}”无效：应为 1–12 之间的整数，如 6`);
      const file = await exportReport(opts.kind, { unit: opts.unit, year, month, format: opts.format });
      await writeFile(opts.out, file.bytes);
      console.log(`已导出 ${opts.out}（${file.bytes.length} 字节）`);
    });
}
