import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../../config.js';
import { printJson, UsageError, withDatabase } from '../context.js';

/**
 * The passphrase that seals the keys into a backup (and opens them on restore): --passphrase-file
 * (its first line), else JIXIAO_BACKUP_PASSPHRASE. Never a command-line argument: those are visible
 * to every user of the machine in the process list.
 */
function passphraseOf(file: string | undefined, config: Config): string | undefined {
  if (file) {
    const text = readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
    if (text === '') throw new UsageError(`口令文件 ${file} 的第一行是空的`);
    return text;
  }
  return config.JIXIAO_BACKUP_PASSPHRASE;
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('备份整个数据库到一个文件（内置数据库与 PostgreSQL 通用）；给出口令时把个人信息密钥和审计链密钥加密后一并存入')
    .requiredOption('--out <file>', '备份文件，如 jixiao-2022-12-31.jsonl.gz')
    .option('--passphrase-file <file>', '口令文件（第一行为口令，至少 12 个字符）：把密钥用口令加密后存入备份；也可用环境变量 JIXIAO_BACKUP_PASSPHRASE')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { out: string; passphraseFile?: string; json?: boolean }) => {
      const { backupDatabase } = await import('../../app/backup/backup-database.js');
      const { loadPersonalDataKey } = await import('../../app/crypto/personal-data-cipher.js');
      const { loadAuditKey } = await import('../../app/audit/audit-key.js');
      const summary = await withDatabase('backup', ({ db, engine }, config) =>
        backupDatabase({
          db,
          out: opts.out,
          engine,
          keys: { personalData: loadPersonalDataKey({ envKey: config.JIXIAO_DATA_KEY, dataDir: config.dataDir }), audit: loadAuditKey({ envKey: config.JIXIAO_AUDIT_KEY, dataDir: config.dataDir }) },
          passphrase: passphraseOf(opts.passphraseFile, config),
        }),
      );
      if (opts.json) return printJson(summary);
      console.log(`已备份到 ${opts.out}：${summary.tables} 张表，${summary.rows} 行，${summary.bytes} 字节`);
      const fingerprints = `个人信息密钥指纹 ${summary.keys.personalData}，审计链密钥指纹 ${summary.keys.audit}`;
      if (summary.keys.included) console.log(`备份中含有用口令加密的密钥（${fingerprints}）：恢复时给出同一口令即可；请把口令与备份分开保管`);
      else console.log(`注意：备份中没有密钥（${fingerprints}）。恢复到另一台机器或新的数据目录时需要这两把密钥：请另行妥善保管数据目录中的 personal-data.key 和 audit.key，或用 --passphrase-file 把密钥加密存入备份`);
    });
  program
    .command('restore')
    .description('用备份文件替换整个数据库（全部或全不：出错则不做任何改动）；先核对密钥，密钥不对则拒绝')
    .argument('<file>', 'jixiao backup 生成的备份文件')
    .option('--passphrase-file <file>', '备份时所用口令的文件（第一行）：打开备份中的密钥并写入数据目录；也可用环境变量 JIXIAO_BACKUP_PASSPHRASE')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, opts: { passphraseFile?: string; json?: boolean }) => {
      const { restoreDatabase } = await import('../../app/backup/restore-database.js');
      const summary = await withDatabase(
        'restore',
        ({ db }, config) =>
          restoreDatabase({
            db,
            file,
            keys: { dataDir: config.dataDir, env: { personalData: config.JIXIAO_DATA_KEY, audit: config.JIXIAO_AUDIT_KEY } },
            passphrase: passphraseOf(opts.passphraseFile, config),
          }),
        { auditKey: false },
      );
      if (opts.json) return printJson(summary);
      console.log(`已从 ${file} 恢复：${summary.tables} 张表，${summary.rows} 行（个人信息密钥指纹 ${summary.keys.personalData}，审计链密钥指纹 ${summary.keys.audit}）`);
      for (const written of summary.installedKeyFiles) console.log(`已写入备份中的密钥：${written}（仅所有者可读写）`);
      if (summary.installedKeyFiles.length > 0) console.log('使用 PostgreSQL 时，请重启正在运行的 jixiao 服务器，使其读取新的密钥');
    });
}
