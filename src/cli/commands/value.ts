import type { Command } from 'commander';
import { parseDate, parseYear, printJson, UsageError, withDatabase } from '../context.js';

/** `jixiao value set|approve`: manual values and assessments through the one workflow, as a named account. */
export function registerValue(program: Command): void {
  const value = program.command('value').description('指标完成值与定性评价：以指定账号填报并提交，或审批（填报人与审批人须为不同账号）');

  value
    .command('set')
    .description('以 --by 指定的账号填报并提交一个指标的完成值（--value）或定性评价（--band 与 --reason）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '预算年度')
    .option('--project <code>', '项目编码（部门整体指标可省略）')
    .requiredOption('--indicator <name>', '指标名称（三级指标，照表中所写）')
    .option('--value <value>', '定量指标的完成值，可带单位，如 96 或 96% 或 400件（单位须与指标值一致）')
    .option('--band <band>', '定性指标的评价等级：achieved（达成）、partial（部分达成）、not-achieved（未达成）')
    .option('--reason <text>', '评价理由（定性评价必填）；定量值的说明')
    .requiredOption('--as-of <date>', '统计日期（YYYY-MM-DD）')
    .requiredOption('--by <username>', '填报人账号（须有填报权限；业务科室只能填报本业务条线的指标）')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; year: string; project?: string; indicator: string; value?: string; band?: string; reason?: string; asOf: string; by: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const asOf = parseDate(opts.asOf);
      if ((opts.value === undefined) === (opts.band === undefined)) throw new UsageError('请给出 --value 完成值（定量指标），或 --band 评价等级和 --reason 理由（定性指标），二者选一');
      const { BANDS, setIndicatorValueAs } = await import('../../app/indicators/values-as-user.js');
      const { splitValueAndUnit } = await import('../../core/manual-value.js');
      let parsed: { value: number; unit: string | null } | undefined;
      if (opts.value !== undefined) {
        parsed = splitValueAndUnit(opts.value) ?? undefined;
        if (!parsed) throw new UsageError(`完成值“${opts.value}”不是数字，应写成 96、96% 或 400件`);
      }
      const band = opts.band === undefined ? undefined : BANDS[opts.band];
      if (opts.band !== undefined && !band) throw new UsageError(`评价等级“${opts.band}”无效，应为 achieved、partial 或 not-achieved`);
      if (band && !opts.reason?.trim()) throw new UsageError('定性评价须用 --reason 写明理由');
      const saved = await withDatabase('value set', async ({ db }) =>
        setIndicatorValueAs({ db, unitCode: opts.unit, year, projectCode: opts.project ?? null, indicator: opts.indicator, by: opts.by, asOf, value: parsed, band, reason: opts.reason }),
      );
      if (opts.json) {
        printJson(saved);
        return;
      }
      const what = saved.assessment ? `评价“${saved.assessment}”` : `完成值 ${saved.value}`;
      console.log(`已由 ${saved.enteredByName} 填报并提交指标“${opts.indicator}”的${what}（统计至 ${saved.asOf}），编号 ${saved.id}，待其他有审批权限的人员审批：npx jixiao value approve ${saved.id} --by 账号`);
    });

  value
    .command('approve')
    .description('以 --by 指定的账号审批一个已提交的完成值或评价（不能审批自己填报的）')
    .argument('<id>', '完成值编号（value set 输出的编号）')
    .requiredOption('--by <username>', '审批人账号（须有审批权限，且不是填报人）')
    .option('--json', '以 JSON 输出')
    .action(async (id: string, opts: { by: string; json?: boolean }) => {
      const valueId = Number(id);
      if (!Number.isInteger(valueId) || valueId <= 0) throw new UsageError(`完成值编号“${id}”无效，应为正整数`);
      const { approveIndicatorValueAs } = await import('../../app/indicators/values-as-user.js');
      const approved = await withDatabase('value approve', async ({ db }) => approveIndicatorValueAs({ db, valueId, by: opts.by }));
      if (opts.json) {
        printJson(approved);
        return;
      }
      console.log(`已由 ${approved.decidedByName} 审批通过编号 ${approved.id} 的${approved.assessment ? `评价“${approved.assessment}”` : `完成值 ${approved.value}`}（${approved.enteredByName} 填报），自此计入指标完成情况`);
    });
}
