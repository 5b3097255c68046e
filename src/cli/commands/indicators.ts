import type { Command } from 'commander';
import { chinaDate } from '../../core/dates.js';
import { parseDate, parseYear, printJson, UsageError, withDatabase } from '../context.js';

const LIGHT_TEXT: Record<string, string> = { red: '红', yellow: '黄', green: '绿', blue: '蓝' };

export function registerIndicators(program: Command): void {
  const indicators = program
    .command('indicators')
    .description('指标完成情况：目标、实际完成值（台账实时计算或审批通过的填报值）、序时进度、信号灯与全年预测')
    // options after a subcommand (drill, bind) belong to the subcommand
    .enablePositionalOptions()
    .option('--unit <code>', '单位编码，如 315002')
    .option('--year <year>', '预算年度')
    .option('--as-of <date>', '统计日期（YYYY-MM-DD，含当天），默认今天')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit?: string; year?: string; asOf?: string; json?: boolean }) => {
      if (!opts.unit || !opts.year) throw new UsageError('请给出 --unit 单位编码和 --year 年度，如 npx jixiao indicators --unit 315002 --year 2022');
      const year = parseYear(opts.year);
      const unitCode = opts.unit;
      const asOf = opts.asOf ? parseDate(opts.asOf) : chinaDate(new Date());
      const { getIndicatorProgress } = await import('../../app/indicators/get-indicator-progress.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const board = await withDatabase('indicators', async ({ db }) => getIndicatorProgress({ db, scope: await cliScope(db, unitCode), year, asOf }));
      if (opts.json) {
        printJson({
          unit: board.unit,
          year: board.year,
          asOf: board.asOf,
          indicators: board.indicators.map((i) => ({
            indicatorId: i.indicatorId,
            projectCode: i.projectCode,
            name: i.name,
            target: i.target,
            metric: i.metric,
            source: i.source,
            readAs: i.readAs,
            ledger: i.ledger,
            actual: i.actual,
            numerator: i.numerator,
            denominator: i.denominator,
            expectedToDate: i.expectedToDate,
            light: i.light,
            forecast: i.forecast,
            recordCount: i.recordCount,
            assessment: i.assessment,
            proposal: i.proposal?.metric ?? null,
          })),
          department: board.department,
        });
        return;
      }
      console.log(`${board.unit.name}（${board.unit.code}）${board.year}年度指标完成情况，统计至 ${board.asOf}`);
      let project: string | null = null;
      for (const i of board.indicators) {
        if (i.projectCode !== project) {
          project = i.projectCode;
          console.log(`\n${i.projectCode ?? '部门整体'} ${i.projectName ?? ''}`);
        }
        const actual = i.actual === null ? (i.assessment ?? '—') : `${i.actual}${i.denominator !== null ? `（${i.numerator}/${i.denominator}）` : ''}`;
        const how = i.source === 'assessment' ? '[评价]' : i.metric ? `[${i.metric}]` : i.source === 'manual' ? '[填报]' : i.proposal ? `[建议 ${i.proposal.metric}]` : '';
        console.log(`  ${i.light ? LIGHT_TEXT[i.light] : '·'} ${i.name}  目标 ${i.target}  实际 ${actual}${i.expectedToDate !== null && i.direction === 'higher' ? `  序时 ${i.expectedToDate}` : ''}${i.forecast !== null ? `  预测 ${i.forecast}` : ''}  ${how}`);
      }
      const d = board.department;
      const s = d.sources;
      console.log(`\n共 ${d.indicators} 个指标：台账实时 ${s.metric}，支付台账 ${s.ledger}，定性评价 ${s.assessment}，人工填报 ${s.manual}，未取数 ${s.missing}；红 ${d.lights.red} 黄 ${d.lights.yellow} 绿 ${d.lights.green} 蓝 ${d.lights.blue}`);
    });

  indicators
    .command('drill')
    .description('追溯指标实际完成值背后的台账记录（个人信息已脱敏）')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--year <year>', '预算年度')
    .option('--project <code>', '项目编码（部门整体指标可省略）')
    .requiredOption('--indicator <name>', '指标名称（三级指标，照表中所写）')
    .option('--as-of <date>', '统计日期（YYYY-MM-DD），默认今天')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; year: string; project?: string; indicator: string; asOf?: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const asOf = opts.asOf ? parseDate(opts.asOf) : chinaDate(new Date());
      const { drillIndicator, everyRecordBehind, findIndicatorId } = await import('../../app/indicators/drill-indicator.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { cipherFor } = await import('../context.js');
      const { CLI_VIEWER } = await import('../../registers/framework/access.js');
      const { cliActor } = await import('../../app/actor.js');
      // the CLI lists every record behind the number (pageSize null); sealed ones as anonymous placeholders
      const drill = await withDatabase('indicators drill', async ({ db }, config) => {
        const scope = await cliScope(db, opts.unit);
        const indicatorId = await findIndicatorId(db, scope.rootUnit, year, opts.project ?? null, opts.indicator);
        return drillIndicator({ db, cipher: await cipherFor(config), scope, year, indicatorId, asOf, viewer: CLI_VIEWER, actor: cliActor(), paging: { page: 1, pageSize: null } });
      });
      const records = everyRecordBehind(drill);
      if (opts.json) {
        printJson({ ...drill, records });
        return;
      }
      const figure = drill.denominator !== null ? `${drill.actual}%（${drill.numerator}/${drill.denominator}）` : `${drill.actual}${drill.unit}`;
      const sealedNote = drill.sealed.records > 0 ? `（其中 ${drill.sealed.records} 条依社区矫正法第五十四条封存，只计数${drill.sealed.inNumerator !== null ? `，${drill.sealed.inNumerator} 条计入分子` : ''}）` : '';
      console.log(`${drill.indicator.name}：${drill.metricName}（${drill.metric}）= ${figure}，来自${drill.sheet.name} ${records.length} 条记录${sealedNote}`);
      const shown = drill.columns.slice(0, 8);
      console.log(['编号', ...shown.map((c) => c.label), ...(drill.kind === 'rate' ? ['计入分子'] : [])].join('\t'));
      for (const r of records) {
        if (!('id' in r)) {
          console.log(['—', '（已封存）'].join('\t'));
          continue;
        }
        const cells = shown.map((c) => String(r.values[c.key] ?? ''));
        console.log([r.id, ...cells, ...(r.inNumerator !== undefined ? [r.inNumerator ? '是' : '否'] : [])].join('\t'));
      }
    });

  indicators
    .command('bind')
    .description('确认系统建议的指标取数口径（--confirm-proposals），或为一个指标指定口径')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--year <year>', '预算年度')
    .option('--confirm-proposals', '确认全部建议的绑定')
    .option('--indicator-id <id>', '要绑定的指标编号')
    .option('--metric <key>', '取数口径，如 legal-aid.cases-accepted')
    .option('--project-filter <code>', '限定为某个项目的记录（满意度调查）')
    .action(async (opts: { unit: string; year: string; confirmProposals?: boolean; indicatorId?: string; metric?: string; projectFilter?: string }) => {
      const year = parseYear(opts.year);
      const { confirmProposedBindings, bindIndicator } = await import('../../app/indicators/bind-indicators.js');
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { cliActor } = await import('../../app/actor.js');
      if (opts.confirmProposals) {
        const result = await withDatabase('indicators bind', async ({ db }) => confirmProposedBindings({ db, scope: await cliScope(db, opts.unit), year, actor: cliActor(), subject: null }));
        console.log(`已确认 ${result.confirmed.length} 个指标的取数口径`);
        for (const c of result.confirmed) console.log(`  ${c.projectCode ?? '部门整体'} ${c.name} → ${c.metric}${c.filter ? ` ${JSON.stringify(c.filter)}` : ''}`);
        return;
      }
      if (!opts.indicatorId || !opts.metric) throw new UsageError('请用 --confirm-proposals 确认建议，或同时给出 --indicator-id 和 --metric');
      const indicatorId = Number(opts.indicatorId);
      if (!Number.isInteger(indicatorId) || indicatorId <= 0) throw new UsageError(`指标编号“${opts.indicatorId}”无效`);
      await withDatabase('indicators bind', async ({ db }) =>
        bindIndicator({ db, scope: await cliScope(db, opts.unit), year, actor: cliActor(), subject: null, indicatorId, metric: opts.metric!, filter: opts.projectFilter ? { project: opts.projectFilter } : null }),
      );
      console.log(`已将指标 ${indicatorId} 绑定到 ${opts.metric}`);
    });
}
