import type { Command } from 'commander';
import { printJson, withDatabase } from '../context.js';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('备份整个数据库到一个文件（内置数据库与 PostgreSQL 通用）')
    .requiredOption('--out <file>', '备份文件，如 jixiao-2022-12-31.jsonl.gz')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { out: string; json?: boolean }) => {
      const { backupDatabase } = await import('../../app/backup/backup-database.js');
      const summary = await withDatabase('backup', ({ db, engine }) => backupDatabase({ db, out: opts.out, engine }));
      if (opts.json) printJson(summary);
      else console.log(`已备份到 ${opts.out}：${summary.tables} 张表，${summary.rows} 行，${summary.bytes} 字节`);
    });
  program
    .command('restore')
    .description('用备份文件替换整个数据库（全部或全不：出错则不做任何改动）')
    .argument('<file>', 'jixiao backup 生成的备份文件')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { restoreDatabase } = await import('../../app/backup/restore-database.js');
      const summary = await withDatabase('restore', ({ db }) => restoreDatabase({ db, file }));
      if (opts.json) printJson(summary);
      else console.log(`已从 ${file} 恢复：${summary.tables} 张表，${summary.rows} 行`);
    });
}
