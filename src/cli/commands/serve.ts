import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { acquireDataDirLock } from '../../db/data-dir-lock.js';
import { cliActor } from '../../app/actor.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('启动网页服务（默认端口 3000，可用 PORT 修改）')
    .option('--demo', '空数据库时载入示例数据和演示账号')
    .option('--no-demo-payments', '与 --demo 同用：不载入示例支付数据（只载入绩效目标和演示账号）')
    .option('--port <port>', '端口（优先于 PORT 环境变量）')
    .action(async (opts: { demo?: boolean; demoPayments: boolean; port?: string }) => {
      const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
      const release = config.DATABASE_URL ? () => {} : acquireDataDirLock(config.dataDir, { role: 'server', port: config.PORT });
      const { openDatabase } = await import('../../db/client.js');
      const { buildApp } = await import('../../api/app.js');
      const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
      const where = config.DATABASE_URL ? 'PostgreSQL（DATABASE_URL）' : `内置数据库 ${config.dataDir}`;
      console.log(`jixiao 使用 ${where}`);
      const { loadAuditKey, useAuditKey } = await import('../../app/audit/audit-key.js');
      const auditKey = loadAuditKey({ envKey: config.JIXIAO_AUDIT_KEY, dataDir: config.dataDir });
      useAuditKey(auditKey);
      if (opts.demo) {
        const { loadDemo } = await import('../../app/demo/load-demo.js');
        const { demoSteps } = await import('../../app/demo/demo-steps.js');
        const { createDemoAccounts } = await import('../../app/demo/demo-accounts.js');
        const { cipherFor } = await import('../context.js');
        const steps = demoSteps(database.db, { cipher: await cipherFor(config), actor: cliActor() }, { payments: opts.demoPayments });
        await loadDemo({ db: database.db, actor: cliActor(), steps, log: (line) => console.log(line) });
        await createDemoAccounts({ db: database.db, dataDir: config.dataDir, actor: cliActor() });
      }
      // a replica is never migrated here: it follows the primary
      const readDatabase = config.DATABASE_READ_URL && config.DATABASE_URL ? await openDatabase({ databaseUrl: config.DATABASE_READ_URL, migrate: false }) : undefined;
      if (readDatabase) console.log('汇总看板读取只读副本（DATABASE_READ_URL）');
      const app = await buildApp({ database, readDatabase, config, auditKey, logger: { level: config.JIXIAO_LOG_LEVEL } });
      await app.listen({ port: config.PORT, host: config.HOST });
      const url = `http://localhost:${config.PORT}`;
      console.log(`\njixiao 已启动：${url}  （接口文档 ${url}/api/docs）`);
      if (opts.demo) {
        const { readDemoAccounts } = await import('../../app/demo/demo-accounts.js');
        const accounts = readDemoAccounts(config.dataDir);
        if (accounts.length > 0) {
          console.log('\n演示账号（仅用于演示；密码保存在数据目录的 demo-accounts.json）：');
          for (const a of accounts) console.log(`  ${a.username.padEnd(10)} ${a.password}  ${a.displayName}`);
        }
      }
      if (app.setupToken.value) {
        console.log(`\n尚无任何账号。请打开 ${url}/setup 创建第一个系统管理员，一次性令牌：${app.setupToken.value}`);
        console.log('（也可用命令：npx jixiao user add --role admin --username … --name …）');
      }
      const stop = async () => {
        await app.close();
        await database.close();
        await readDatabase?.close();
        release();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
