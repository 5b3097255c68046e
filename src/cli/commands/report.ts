import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { parseYear, UsageError, withDatabase } from '../context.js';

type Kind = 'evaluation';
type Format = 'xlsx' | 'docx';

/** The reports a unit owes, as files; one case per kind. */
async function exportReport(kind: Kind, o: { unit: string; year: number; format: Format }): Promise<{ bytes: Buffer }> {
  const { requireUnit } = await import('../../app/goal-book/get-goal-book.js');
  switch (kind) {
    case 'evaluation': {
      const { exportEvaluationReport } = await import('../../app/evaluation/export-evaluation-report.js');
      return withDatabase('report export', async ({ db }) => exportEvaluationReport({ db, unit: await requireUnit(db, o.unit), year: o.year, format: o.format }));
    }
  }
}

export function registerReport(program: Command): void {
  const report = program.command('report').description('报告：绩效自评表等的导出');
  report
    .command('export')
    .description('导出报告（.xlsx / .docx 标准表样）：evaluation = 绩效自评表（部门整体与各项目，已审批的按冻结数据）')
    .addOption(new Option('--kind <kind>', '报告类型').choices(['evaluation']).makeOptionMandatory())
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .addOption(new Option('--format <format>', '导出格式').choices(['xlsx', 'docx']).makeOptionMandatory())
    .requiredOption('--out <file>', '输出文件')
    .action(async (opts: { kind: Kind; unit: string; year: string; format: Format; out: string }) => {
      const year = parseYear(opts.year);
      if (!opts.out.trim()) throw new UsageError('请给出 --out 输出文件');
      const file = await exportReport(opts.kind, { unit: opts.unit, year, format: opts.format });
      await writeFile(opts.out, file.bytes);
      console.log(`已导出 ${opts.out}（${file.bytes.length} 字节）`);
    });
}
