import type { Command } from 'commander';
import { cipherFor, parseYear, withDatabase } from '../context.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('为示例单位（315002 乐亭县司法局）载入一整年的演示台账记录，确认建议的指标取数口径，并录入、审批年末的定性评价和填报值')
    .requiredOption('--year <year>', '年度，如 2022（须已导入该年度的绩效目标）')
    .option('--unit <code>', '单位编码', '315002')
    .action(async (opts: { year: string; unit: string }) => {
      const year = parseYear(opts.year);
      const { loadRegisterDemo } = await import('../../app/demo/load-register-demo.js');
      const { cliActor } = await import('../../app/actor.js');
      const { loadDemoValues } = await import('../../app/demo/load-demo-values.js');
      const { result, values } = await withDatabase('demo', async ({ db }, config) => {
        const result = await loadRegisterDemo({ db, cipher: await cipherFor(config), year, actor: cliActor(), unitCode: opts.unit });
        return { result, values: await loadDemoValues({ db, year, unitCode: opts.unit }) };
      });
      if (result.status === 'present') console.log(`${year} 年度已有台账记录，未重复载入`);
      else {
        const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
        console.log(`已载入 ${year} 年度演示台账 ${total} 条记录：`);
        for (const [sheet, n] of Object.entries(result.counts)) console.log(`  ${sheet.padEnd(28)} ${n}`);
      }
      console.log(`已确认 ${result.bindings} 个指标的取数口径`);
      console.log(`已录入并审批 ${values.entered} 个年末评价和填报值（caiwu 填报，lingdao 审批）`);
    });
}
