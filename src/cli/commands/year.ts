import type { Command } from 'commander';
import { cliActor } from '../../app/actor.js';
import type { TRolloverView } from '../../contract/api/rollover-api.js';
import { parseYear, printJson, UsageError, withDatabase } from '../context.js';

const SOURCE = { evaluation: '已审批自评', live: '实时数据', none: '无', imported: '导入的自评表' } as const;
const STATUS = { pending: '待确认', accepted: '已采纳', edited: '已修改', kept: '沿用' } as const;

function text(v: TRolloverView): string {
  const head = v.status === 'preview' ? '预览（未写入）' : v.status === 'draft' ? '草稿（目标建议待确认）' : '已确认';
  const lines = [
    `${v.unit.name}（${v.unit.code}）${v.to} 年度由 ${v.from} 年度结转 —— ${head}`,
    `复制：${v.carried.projects} 个项目、${v.carried.indicators} 个指标；沿用取数口径 ${v.carried.bindings} 个；司法所与调解委员会 ${v.carried.offices} 个（单位主数据，不分年度）`,
    `${v.from} 年度实际值来自：${v.actualsFrom === 'evaluation' ? '已审批的绩效自评（冻结）' : v.actualsFrom === 'live' ? '实时数据（自评未审批）' : '无'}；${v.from} 年度不变：自评报告 ${v.frozen.evaluation ?? '未开始'}，已审批完成值 ${v.frozen.approvedValues} 条`,
    '',
  ];
  for (const p of v.proposals) {
    const actual = p.previousActual === null ? '—' : String(p.previousActual);
    lines.push(
      `${p.id !== null ? `#${p.id} ` : ''}${p.projectName ?? '部门整体'} · ${p.name}：上年目标 ${p.previousTarget}，上年实际 ${actual}（${SOURCE[p.previousSource]}）→ 建议 ${p.proposed} [${STATUS[p.status]}${p.decidedTarget ? `：${p.decidedTarget}` : ''}]`,
    );
    lines.push(`    ${p.reason.zh}`);
  }
  return lines.join('\n');
}

export function registerYear(program: Command): void {
  const year = program.command('year').description('年度结转：由上一年度开始新年度（复制目标表为草稿、沿用取数口径、按上年实际值和单位目标建议指标值）');
  year
    .command('start')
    .description('由 --from 年度结转到 --to 年度（= from + 1）；上一年度的已审批数据不变')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--from <year>', '上一年度 N')
    .requiredOption('--to <year>', '新年度 N+1')
    .option('--dry-run', '只预览，不写入')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; from: string; to: string; dryRun?: boolean; json?: boolean }) => {
      const from = parseYear(opts.from);
      const to = parseYear(opts.to);
      if (to !== from + 1) throw new UsageError(`--to 必须是 --from 的下一年（${from + 1}）`);
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { previewRollover } = await import('../../app/rollover/plan-rollover.js');
      const { startYear } = await import('../../app/rollover/start-year.js');
      const v = await withDatabase(`year start ${opts.unit}`, async ({ db }) => {
        const scope = await cliScope(db, opts.unit);
        return opts.dryRun ? previewRollover({ db, scope, from, to }) : startYear({ db, scope, from, to, actor: cliActor() });
      });
      if (opts.json) printJson(v);
      else console.log(text(v));
    });
  year
    .command('show')
    .description('显示某年度的结转情况和目标建议')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--year <year>', '结转得到的年度')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; year: string; json?: boolean }) => {
      const y = parseYear(opts.year);
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { getRollover } = await import('../../app/rollover/get-rollover.js');
      const v = await withDatabase(`year show ${opts.unit}`, async ({ db }) => getRollover({ db, scope: await cliScope(db, opts.unit), year: y }));
      if (!v) throw new UsageError(`${opts.unit} 的 ${y} 年度不是结转得到的`);
      if (opts.json) printJson(v);
      else console.log(text(v));
    });
  year
    .command('decide')
    .description('确认一条目标建议：--accept 采纳建议，--target 改为所填指标值，--keep 沿用复制的上年目标')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--year <year>', '结转得到的年度')
    .requiredOption('--proposal <id>', '目标建议编号（year show 中的 #）')
    .option('--accept', '采纳建议')
    .option('--target <text>', '改为此指标值，如 ≥440件')
    .option('--keep', '沿用上年目标')
    .action(async (opts: { unit: string; year: string; proposal: string; accept?: boolean; target?: string; keep?: boolean }) => {
      const chosen = [opts.accept, opts.target !== undefined, opts.keep].filter(Boolean).length;
      if (chosen !== 1) throw new UsageError('请在 --accept、--target、--keep 中选一个');
      const id = Number(opts.proposal);
      if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--proposal 应为正整数（收到 ${opts.proposal}）`);
      const { cliScope } = await import('../../app/units/resolve-scope.js');
      const { decideProposal } = await import('../../app/rollover/decide-proposal.js');
      const input = opts.accept ? { decision: 'accept' as const } : opts.keep ? { decision: 'keep' as const } : { decision: 'edit' as const, target: opts.target! };
      const v = await withDatabase(`year decide ${opts.unit}`, async ({ db }) =>
        decideProposal({ db, scope: await cliScope(db, opts.unit), year: parseYear(opts.year), proposalId: id, input, actor: cliActor() }),
      );
      console.log(text(v));
    });
}
