import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { isDomainError } from '../core/errors.js';
import { registerAggregates } from './commands/aggregates.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerCorrectionWork } from './commands/correction-work.js';
import { registerCounty } from './commands/county.js';
import { registerCorrection } from './commands/correction.js';
import { registerDemo } from './commands/demo.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerIndicators } from './commands/indicators.js';
import { registerMonitor } from './commands/monitor.js';
import { registerPayments } from './commands/payments.js';
import { registerRegister } from './commands/register.js';
import { registerReport } from './commands/report.js';
import { registerReview } from './commands/review.js';
import { registerServe } from './commands/serve.js';
import { registerSpending } from './commands/spending.js';
import { registerUnit } from './commands/unit.js';
import { registerUser } from './commands/user.js';
import { registerValue } from './commands/value.js';
import { registerYear } from './commands/year.js';
import { registerLibrary } from './commands/library.js';
import { UsageError } from './context.js';

const program = new Command();
program
  .name('jixiao')
  .description('jixiao（绩效）：预算绩效管理 — 目标导入、审核、台账、支出监控与自评')
  .showHelpAfterError()
  // options after a subcommand belong to it (indicators --unit … and indicators drill --unit … both work)
  .enablePositionalOptions()
  .exitOverride();

registerServe(program);
registerImport(program);
registerExport(program);
registerReview(program);
registerUser(program);
registerUnit(program);
registerPayments(program);
registerSpending(program);
registerAudit(program);
registerBackup(program);
registerIndicators(program);
registerRegister(program);
registerDemo(program);
registerYear(program);
registerLibrary(program);
registerValue(program);
registerMonitor(program);
registerEvaluate(program);
registerReport(program);
registerCorrectionWork(registerCorrection(program));
registerAggregates(program);
registerCounty(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isDomainError(error)) {
    console.error(`错误：${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(`错误：${error.message}`);
    process.exitCode = 2;
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`错误：找不到文件 ${(error as NodeJS.ErrnoException).path}`);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
