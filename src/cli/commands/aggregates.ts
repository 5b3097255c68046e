import type { Command } from 'commander';
import { printJson, withDatabase } from '../context.js';

export function registerAggregates(program: Command): void {
  const aggregates = program.command('aggregates').description('指标和支出的按日汇总（看板和汇总表读取）：重建、核对');
  aggregates
    .command('rebuild')
    .description('从台账记录和支出记录重新计算全部按日汇总')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }) => {
      const { rebuildAggregates } = await import('../../app/aggregates/aggregates.js');
      const result = await withDatabase('aggregates rebuild', ({ db }) => rebuildAggregates({ db }));
      if (opts.json) printJson(result);
      else console.log(`已重建按日汇总：${result.sheets} 张台账表和支出记录，重新审核 ${result.goalBooks} 份绩效目标，用时 ${result.ms} 毫秒`);
    });
  aggregates
    .command('check')
    .description('核对按日汇总与台账记录、支出记录重新计算的结果是否一致，列出不一致之处')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { json?: boolean }) => {
      const { checkAggregates } = await import('../../app/aggregates/aggregates.js');
      const result = await withDatabase('aggregates check', ({ db }) => checkAggregates({ db }));
      if (opts.json) printJson(result);
      else if (result.ok) console.log('按日汇总与记录一致：台账指标和支出均无差异');
      else {
        console.error(`按日汇总与记录不一致：台账指标 ${result.metrics.disagreements} 处，支出 ${result.payments.disagreements} 处，审核问题数 ${result.reviews.disagreements} 份绩效目标（可运行 jixiao aggregates rebuild 重建）`);
        for (const d of result.metrics.sample) console.error(`  ${d.sheet} ${d.metric} 单位 ${d.unitId} ${d.year} 年 ${d.day}${d.filterName ? ` ${d.filterName}=${d.filterValue}` : ''}：汇总 ${JSON.stringify(d.stored)}，重算 ${JSON.stringify(d.computed)}`);
        for (const d of result.payments.sample) console.error(`  支出 单位 ${d.unitId} 项目 ${d.projectId} ${d.day}：汇总 ${d.stored.fen} 分/${d.stored.payments} 笔，重算 ${d.computed.fen} 分/${d.computed.payments} 笔`);
        for (const d of result.reviews.sample) console.error(`  审核问题 单位 ${d.unitId} ${d.year} 年：保存的 ${JSON.stringify(d.stored)}，现在审核 ${JSON.stringify(d.computed)}`);
      }
      if (!result.ok) process.exitCode = 1;
    });
}
