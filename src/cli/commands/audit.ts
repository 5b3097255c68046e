import type { Command } from 'commander';
import type { TAuditVerification } from '../../contract/api/audit-api.js';
import { printJson, withDatabase } from '../context.js';

/** "2022-12-31 16:05:09（北京时间）": China has been UTC+8 without daylight saving since 1991. */
const chinaTime = (iso: string) => `${new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')}（北京时间）`;

/** The count and the newest entry's time: a truncated tail shows as fewer entries, an earlier time. */
export function describeChain(result: TAuditVerification): string {
  const last = result.lastEntry ? `最后一条为第 ${result.lastEntry.id} 号，写于 ${chinaTime(result.lastEntry.at)}` : '尚无记录';
  const unkeyed = result.unkeyedEntries > 0 ? `；其中前 ${result.unkeyedEntries} 条写于启用审计链密钥之前，已由密钥封存` : '';
  return `共 ${result.entries} 条记录，${last}${unkeyed}；审计链密钥指纹 ${result.keyFingerprint}`;
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志哈希链（带密钥），指出第一条被篡改的记录，并报告记录条数和最后一条的时间')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }) => {
      const { verifyAuditChain } = await import('../../app/audit/verify-audit-chain.js');
      const result = await withDatabase('audit verify', ({ db }) => verifyAuditChain({ db }));
      if (opts.json) printJson(result);
      else if (result.ok) console.log(`审计日志完好：哈希链校验通过。${describeChain(result)}。请与上次校验时的条数和时间比对：若条数变少或最后时间提前，说明末尾的记录被删除`);
      else console.error(`审计日志被破坏：第 ${result.firstBroken!.id} 号记录${result.firstBroken!.reason}。${describeChain(result)}`);
      if (!result.ok) process.exitCode = 1;
    });
}
