import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { cliActor } from '../../app/actor.js';
import { parseYear, printJson, withDatabase } from '../context.js';

const yuan = (n: number) => n.toFixed(2);

export function registerPayments(program: Command): void {
  const payments = program.command('payments').description('支付明细：批量导入、下载导入模板');

  payments
    .command('import')
    .description('从 .xlsx 或 .csv 批量导入支付（表头：项目编码、支付日期、金额（元）、凭证号、收款方、摘要、资金来源（可选））；有任何错误则一笔也不导入')
    .argument('<file>', '支付明细文件（.xlsx / .csv，CSV 可为 UTF-8 或 GBK 编码）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--dry-run', '只检查并显示结果，不保存')
    .option('--json', '以 JSON 输出')
    .action(async (file: string, opts: { unit: string; year: string; dryRun?: boolean; json?: boolean }) => {
      const year = parseYear(opts.year);
      const bytes = await readFile(file);
      const source = { fileName: path.basename(file), bytes };
      if (opts.dryRun) {
        const { previewPaymentImport } = await import('../../app/spending/preview-payment-import.js');
        const { cliScope } = await import('../../app/units/resolve-scope.js');
        const preview = await withDatabase('payments import --dry-run', async ({ db }) => previewPaymentImport({ db, scope: await cliScope(db, opts.unit), year, source }));
        if (opts.json) printJson(preview);
        else {
          const valid = preview.byProject.reduce((n, p) => n + p.count, 0);
          const verdict = preview.problemCount > 0 ? `有 ${preview.problemCount} 处错误，不能导入` : `可以导入 ${valid} 笔，合计 ${yuan(preview.total)} 元`;
          console.log(`《${preview.fileName}》共 ${preview.rowCount} 行：${verdict}（未保存）`);
          for (const p of preview.byProject) console.log(`  ${p.code} ${p.name}：${p.count} 笔，${yuan(p.amount)} 元`);
          for (const w of preview.warnings) console.log(`  提示：${w}`);
          for (const p of preview.problems) console.log(`  错误：${p.message}`);
          if (preview.problemCount > preview.problems.length) console.log(`  ……另有 ${preview.problemCount - preview.problems.length} 处错误`);
        }
        if (preview.problemCount > 0) process.exitCode = 1;
        return;
      }
      const { importPayments } = await import('../../app/spending/import-payments.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const result = await withDatabase(`payments import ${path.basename(file)}`, async ({ db }) => importPayments({ db, scope: await cliScope(db, opts.unit), year, actor: cliActor(), source }));
      if (opts.json) {
        printJson(result);
        return;
      }
      console.log(`已导入 ${result.imported} 笔支付，合计 ${yuan(result.total)} 元（${result.byProject.length} 个项目）`);
      for (const p of result.byProject) console.log(`  ${p.code} ${p.name}：${p.count} 笔，${yuan(p.amount)} 元`);
      for (const w of result.warnings) console.log(`  提示：${w}`);
    });

  payments
    .command('template')
    .description('下载支付导入模板（.xlsx，含本单位项目编码清单）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .requiredOption('--out <file>', '输出文件，如 支付导入模板.xlsx')
    .action(async (opts: { unit: string; year: string; out: string }) => {
      const year = parseYear(opts.year);
      const { getPaymentTemplate } = await import('../../app/spending/get-payment-template.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const file = await withDatabase('payments template', async ({ db }) => getPaymentTemplate({ db, scope: await cliScope(db, opts.unit), year }));
      await writeFile(opts.out, file.bytes);
      console.log(`已生成导入模板 ${opts.out}`);
    });
}
