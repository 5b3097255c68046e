import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { cipherFor, printJson, withDatabase } from '../context.js';

export function registerRegister(program: Command): void {
  const register = program.command('register').description('业务台账：批量导入、下载导入模板');

  register
    .command('import')
    .description('从 .xlsx / .csv 批量导入台账记录（按模板列名；任何一行有误则整批不导入）')
    .argument('<kind>', '台账，如 legal-aid、mediation，或 legal-aid/consultations 指定其中的表')
    .argument('<file>', '.xlsx 或 .csv 文件')
    .requiredOption('--unit <code>', '单位编码')
    .option('--dry-run', '只检查，不保存')
    .option('--json', '以 JSON 输出')
    .action(async (kind: string, file: string, opts: { unit: string; dryRun?: boolean; json?: boolean }) => {
      const { sheetFromPath } = await import('../../registers/registry.js');
      const { importRegisterRecords, previewRegisterImport } = await import('../../registers/framework/import-records.js');
      const { CLI_VIEWER } = await import('../../registers/framework/access.js');
      const { requireUnit } = await import('../../app/goal-book/get-goal-book.js');
      const { cliActor } = await import('../../app/actor.js');
      const sheet = sheetFromPath(kind);
      const bytes = await readFile(file);
      if (opts.dryRun) {
        const preview = await previewRegisterImport({ sheet, viewer: CLI_VIEWER, bytes });
        if (opts.json) printJson(preview);
        else {
          console.log(`${sheet.name}：${preview.rows} 行数据，${preview.problems.length} 处问题`);
          for (const p of preview.problems) console.log(`  ${p.message}`);
        }
        if (preview.problems.length > 0) process.exitCode = 1;
        return;
      }
      const result = await withDatabase(`register import ${path.basename(file)}`, async ({ db }, config) =>
        importRegisterRecords({ db, cipher: await cipherFor(config), unit: await requireUnit(db, opts.unit), sheet, viewer: CLI_VIEWER, actor: cliActor(), bytes, fileName: path.basename(file) }),
      );
      if (opts.json) printJson(result);
      else console.log(`已导入${sheet.name} ${result.imported} 条记录`);
    });

  register
    .command('template')
    .description('下载台账导入模板（中文列名，.xlsx 含下拉选项和填写说明）')
    .argument('<kind>', '台账，如 legal-aid 或 legal-aid/consultations')
    .requiredOption('--out <file>', '输出文件（.xlsx 或 .csv）')
    .action(async (kind: string, opts: { out: string }) => {
      const { sheetFromPath } = await import('../../registers/registry.js');
      const { registerTemplateCsv, registerTemplateXlsx } = await import('../../registers/framework/register-template.js');
      const sheet = sheetFromPath(kind);
      const bytes = opts.out.toLowerCase().endsWith('.csv') ? registerTemplateCsv(sheet) : await registerTemplateXlsx(sheet);
      await writeFile(opts.out, bytes);
      console.log(`已生成${sheet.name}导入模板 ${opts.out}`);
    });

  register
    .command('list')
    .description('列出全部台账及其中的表')
    .action(async () => {
      const { REGISTERS } = await import('../../registers/registry.js');
      for (const r of REGISTERS) console.log(`${r.kind}\t${r.name}：${r.sheets.map((s) => `${r.kind}/${s.id}（${s.name}）`).join('、')}`);
    });
}
