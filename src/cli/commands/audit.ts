import type { Command } from 'commander';
import { printJson, withDatabase } from '../context.js';

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('审计日志');
  audit
    .command('verify')
    .description('校验审计日志哈希链，指出第一条被篡改的记录')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }) => {
      const { verifyAuditChain } = await import('../../app/audit/verify-audit-chain.js');
      const result = await withDatabase('audit verify', ({ db }) => verifyAuditChain({ db }));
      if (opts.json) printJson(result);
      else if (result.ok) console.log(`审计日志完好：共 ${result.entries} 条记录，哈希链校验通过`);
      else console.error(`审计日志被破坏：第 ${result.firstBroken!.id} 号记录${result.firstBroken!.reason}`);
      if (!result.ok) process.exitCode = 1;
    });
}
