import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { ExportFormat } from '../../documents/export-goal-book.js';
import { parseYear, withDatabase } from '../context.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('导出绩效目标表（.xlsx / .docx 标准表样，或 .json 交换格式）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .addOption(new Option('--format <format>', '导出格式').choices(['xlsx', 'docx', 'json']).makeOptionMandatory())
    .requiredOption('--out <file>', '输出文件')
    .action(async (opts: { unit: string; year: string; format: ExportFormat; out: string }) => {
      const year = parseYear(opts.year);
      const [{ exportStoredGoalBook }, { cliScope }] = await Promise.all([import('../../app/goal-book/export-stored-goal-book.js'), import('../../app/units/resolve-scope.js')]);
      const file = await withDatabase('export', async ({ db }) => exportStoredGoalBook({ db, scope: await cliScope(db, opts.unit), year, format: opts.format }));
      await writeFile(opts.out, file.bytes);
      console.log(`已导出 ${opts.out}（${file.bytes.length} 字节）`);
    });
}
