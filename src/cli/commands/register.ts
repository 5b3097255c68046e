import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { cipherFor, parseDate, parseYear, printJson, UsageError, withDatabase } from '../context.js';

export function registerRegister(program: Command): void {
  const register = program.command('register').description('业务台账：批量导入、下载导入模板、导出清单');

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
      const { cliScope } = await import('../../app/units/resolve-scope.js');
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
        importRegisterRecords({ db, cipher: await cipherFor(config), scope: await cliScope(db, opts.unit), sheet, viewer: CLI_VIEWER, actor: cliActor(), bytes, fileName: path.basename(file) }),
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
    .command('export')
    .description('把台账清单导出为 .xlsx（列与导入模板相同，另附法定期限；个人信息脱敏）')
    .argument('<kind>', '台账，如 legal-aid、mediation，或 legal-aid/consultations 指定其中的表')
    .requiredOption('--unit <code>', '单位编码')
    .option('--year <yyyy>', '年度（按业务日期）')
    .option('--from <date>', '业务日期起，YYYY-MM-DD')
    .option('--to <date>', '业务日期止，YYYY-MM-DD')
    .option('--q <text>', '搜索文字')
    .option('--filter <key=value...>', '按字段筛选，如 --filter decision=给予援助 office=胡家坨司法所')
    .option('--as-of <date>', '法定期限的计算日期（默认所选期间的最后一天，晚于今天时为今天）')
    .option('--deadline <state>', '按法定期限筛选：overdue（已逾期）、dueSoon（即将到期）、late（超期完成）、onTime（按期）')
    .requiredOption('--out <file>', '输出文件（.xlsx）')
    .action(async (kind: string, opts: { unit: string; year?: string; from?: string; to?: string; q?: string; filter?: string[]; asOf?: string; deadline?: string; out: string }) => {
      if (!opts.out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`输出文件“${opts.out}”应以 .xlsx 结尾`);
      const { DEADLINE_FILTERS, deadlineAsOf } = await import('../../core/deadlines.js');
      const deadline = DEADLINE_FILTERS.find((d) => d === opts.deadline);
      if (opts.deadline !== undefined && !deadline) throw new UsageError(`--deadline 应为 ${DEADLINE_FILTERS.join('、')} 之一`);
      if (opts.year !== undefined && (opts.from !== undefined || opts.to !== undefined)) throw new UsageError('--year 与 --from/--to 只能选一种');
      const filters: Record<string, string> = {};
      for (const pair of opts.filter ?? []) {
        const at = pair.indexOf('=');
        if (at <= 0) throw new UsageError(`筛选条件“${pair}”应写成 字段=值，如 decision=给予援助`);
        filters[pair.slice(0, at)] = pair.slice(at + 1);
      }
      const query = {
        year: opts.year === undefined ? undefined : parseYear(opts.year),
        from: opts.from === undefined ? undefined : parseDate(opts.from),
        to: opts.to === undefined ? undefined : parseDate(opts.to),
        q: opts.q,
        filters,
        unmasked: false,
        asOf: opts.asOf === undefined ? undefined : parseDate(opts.asOf),
        deadline,
      };
      const { sheetFromPath } = await import('../../registers/registry.js');
      const { exportRegisterRecords } = await import('../../registers/framework/export-records.js');
      const { CLI_VIEWER } = await import('../../registers/framework/access.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { cliActor } = await import('../../app/actor.js');
      const { chinaDate } = await import('../../core/dates.js');
      const sheet = sheetFromPath(kind);
      const file = await withDatabase(`register export ${kind}`, async ({ db }, config) =>
        exportRegisterRecords({ db, cipher: await cipherFor(config), scope: await cliScope(db, opts.unit), sheet, viewer: CLI_VIEWER, actor: cliActor(), query: { ...query, asOf: query.asOf ?? deadlineAsOf(query, chinaDate(new Date())) } }),
      );
      await writeFile(opts.out, file.bytes);
      console.log(`已导出${sheet.name} ${file.count} 条记录到 ${opts.out}（个人信息已脱敏）`);
    });

  register
    .command('list')
    .description('列出全部台账及其中的表')
    .action(async () => {
      const { REGISTERS } = await import('../../registers/registry.js');
      for (const r of REGISTERS) console.log(`${r.kind}\t${r.name}：${r.sheets.map((s) => `${r.kind}/${s.id}（${s.name}）`).join('、')}`);
    });
}
