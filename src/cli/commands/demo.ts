import type { Command } from 'commander';
import { cipherFor, parseYear, UsageError, withDatabase } from '../context.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('为示例单位（315002 乐亭县司法局）载入一整年的演示台账记录，确认建议的指标取数口径，并录入、审批年末的定性评价和填报值；`demo county --units 150` 生成一个示例县（超过 200 个单位为示例省）')
    .argument('[what]', 'county：生成示例县/省的各单位（绩效目标、支付、司法局的台账）')
    .requiredOption('--year <year>', '年度，如 2022（须已导入该年度的绩效目标）')
    .option('--unit <code>', '单位编码', '315002')
    .option('--units <n>', 'demo county：单位个数，如 150（县）或 2000（省）', '150')
    .action(async (what: string | undefined, opts: { year: string; unit: string; units: string }) => {
      const year = parseYear(opts.year);
      if (what !== undefined && what !== 'county') throw new UsageError(`未知的演示数据“${what}”：可用 county`);
      if (what === 'county') {
        const units = Number(opts.units);
        if (!Number.isInteger(units) || units < 1 || units > 10_000) throw new UsageError(`单位个数“${opts.units}”无效，应为 1 至 10000 的整数`);
        const { loadCountyDemo } = await import('../../app/demo/load-county-demo.js');
        const { cliActor } = await import('../../app/actor.js');
        const started = performance.now();
        const r = await withDatabase('demo county', async ({ db }, config) => loadCountyDemo({ db, cipher: await cipherFor(config), year, units, actor: cliActor(), log: (line) => console.log(line) }));
        if (r.status === 'present') console.log(`${r.parent.name}（${r.parent.code}）已有 ${r.units} 个示例单位，未重复生成`);
        else console.log(`已生成 ${r.parent.name}（${r.parent.code}）下 ${r.units} 个单位 ${year} 年度的绩效目标和支付 ${r.payments} 笔，其中 ${r.justiceBureaus} 个司法局的台账记录 ${r.registerRecords} 条，用时 ${Math.round((performance.now() - started) / 1000)} 秒`);
        return;
      }
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
