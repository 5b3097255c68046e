import type { Command } from 'commander';
import type { TAftercare, TJointWork, TUnitSanctions } from '../../contract/api/correction-work-api.js';
import { AFTERCARE_STATUS_LABEL } from '../../core/correction/aftercare.js';
import { ITEM_CLOCK_LABEL } from '../../core/correction/joint-work.js';
import { STATE_LABEL, WORKFLOW_STATES, type TWorkflowState } from '../../core/workflow.js';
import { chinaDate } from '../../core/dates.js';
import { cipherFor, parseDate, parseYear, printJson, UsageError, withDatabase } from '../context.js';

export function sanctionsText(r: TUnitSanctions): string {
  if (r.sanctions.length === 0) return '没有符合条件的奖惩记录';
  return r.sanctions
    .map(
      (s) =>
        `#${s.id} ${s.personName}（${s.office ?? '局机关'}）${s.kind}：${s.cause}${s.causeDays ? `${s.causeDays}天` : ''}，${s.occurredOn}，${STATE_LABEL[s.state].zh}${s.documentNo ? `，${s.documentNo}` : ''}${s.decidedOn ? `（${s.decidedOn}）` : ''}${s.basisIds.length ? `，依据 ${s.basisIds.map((id) => `#${id}`).join('、')}` : ''}${s.correctedOn ? `，${s.correctedOn} 已改正` : ''}${s.returnReason ? `，退回：${s.returnReason}` : ''}`,
    )
    .join('\n');
}

export function jointText(r: TJointWork): string {
  const lines = [
    `${r.year}年联合检查与纠正意见（截至 ${r.asOf}）：整改事项未完成 ${r.counts.itemsOpen} 项（超期 ${r.counts.itemsOverdue}），纠正意见未回复 ${r.counts.opinionsOpen} 件（超期 ${r.counts.opinionsOverdue}）`,
  ];
  for (const i of r.inspections) {
    lines.push(`${i.heldOn} ${i.kind}（${i.partners.join('、')}）：${i.findings}`);
    for (const item of i.items) lines.push(`  - ${item.item}，${item.owner}，时限 ${item.dueOn}，${ITEM_CLOCK_LABEL[item.clock].zh}${item.doneOn ? `（${item.doneOn} 完成）` : ''}`);
  }
  for (const o of r.opinions)
    lines.push(`纠正意见 ${o.documentNo}（${o.receivedOn} 收到）：回复期限 ${o.answerDueOn}，${ITEM_CLOCK_LABEL[o.clock].zh}${o.answeredOn ? `（${o.answeredOn} 回复）` : ''}`);
  return lines.join('\n');
}

export function aftercareText(r: TAftercare): string {
  const rate = (x: TAftercare['rates']['resettlement']) =>
    `${x.name} ${x.rate === null ? '—' : `${x.rate}%`} = ${x.numerator} ÷ ${x.denominator}（分子：${x.numeratorText}；分母：${x.denominatorText}）`;
  const lines = [
    `${r.year}年安置帮教（截至 ${r.asOf}）`,
    rate(r.rates.resettlement),
    rate(r.rates.assistance),
    `待释放 ${r.counts.awaitingRelease} 人，衔接步骤超期 ${r.counts.stepsOverdue} 人，释放通知偏晚 ${r.counts.noticesLate} 人`,
  ];
  for (const p of r.people.filter((x) => x.status === 'awaitingRelease' || Object.values(x.steps).some((s) => s?.status === 'overdue'))) {
    const overdue = Object.entries(p.steps)
      .filter(([, s]) => s?.status === 'overdue')
      .map(([k, s]) => `${{ familyNotified: '通知家属', fileOpened: '建档', visited: '走访' }[k]}（应于 ${s!.due}）`);
    lines.push(`  ${p.name}（${p.office ?? '—'}）释放 ${p.releasedOn}，${AFTERCARE_STATUS_LABEL[p.status]}${overdue.length ? `，超期：${overdue.join('、')}` : ''}`);
  }
  return lines.join('\n');
}

const asOfOf = (year: number, asOf: string | undefined) => (asOf ? parseDate(asOf) : chinaDate(new Date()) < `${year}-12-31` ? chinaDate(new Date()) : `${year}-12-31`);

/** `jixiao correction sanctions | joint | aftercare`: the supervision work of issue 15 (items 6–8) from the command line. */
export function registerCorrectionWork(correction: Command): void {
  correction
    .command('sanctions')
    .description('社区矫正奖惩：各对象的表扬、训诫、警告和提请（可按状态筛选，如 submitted 为待审批的建议；姓名遮蔽，不含事实和依据）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .option('--state <state>', `状态：${WORKFLOW_STATES.join('、')}`)
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; state?: string; json?: boolean }) => {
      if (opts.state !== undefined && !WORKFLOW_STATES.includes(opts.state as TWorkflowState)) throw new UsageError(`状态“${opts.state}”无效：应为 ${WORKFLOW_STATES.join('、')} 之一`);
      const [{ cliScope }, { cliActor }, { CLI_VIEWER }, { listSanctionsOfUnit }] = await Promise.all([
        import('../../app/units/resolve-scope.js'),
        import('../../app/actor.js'),
        import('../../registers/framework/access.js'),
        import('../../registers/correction/sanctions/list-unit-sanctions.js'),
      ]);
      const result = await withDatabase('correction sanctions', async ({ db }, config) =>
        listSanctionsOfUnit({ db, cipher: await cipherFor(config), scope: await cliScope(db, opts.unit), viewer: CLI_VIEWER, actor: cliActor(), state: opts.state }),
      );
      if (opts.json) printJson(result);
      else console.log(sanctionsText(result));
    });

  correction
    .command('joint')
    .description('联合检查、整改事项和检察机关纠正意见，及其期限（未到期、即将到期、已超期、按期或超期完成）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '年度')
    .option('--as-of <date>', '统计日 YYYY-MM-DD（默认今天，不晚于年末）')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; year: string; asOf?: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const [{ cliScope }, { CLI_VIEWER }, { getJointWork }] = await Promise.all([
        import('../../app/units/resolve-scope.js'),
        import('../../registers/framework/access.js'),
        import('../../registers/correction/joint/get-joint-work.js'),
      ]);
      const result = await withDatabase('correction joint', async ({ db }) => getJointWork({ db, scope: await cliScope(db, opts.unit), viewer: CLI_VIEWER, year, asOf: asOfOf(year, opts.asOf) }));
      if (opts.json) printJson(result);
      else console.log(jointText(result));
    });

  correction
    .command('aftercare')
    .description('安置帮教：释放通知、衔接步骤期限、帮教期，以及安置率、帮教率和计算公式')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .requiredOption('--year <year>', '年度')
    .option('--as-of <date>', '统计日 YYYY-MM-DD（默认今天，不晚于年末）')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; year: string; asOf?: string; json?: boolean }) => {
      const year = parseYear(opts.year);
      const [{ cliScope }, { CLI_VIEWER }, { getAftercare }] = await Promise.all([
        import('../../app/units/resolve-scope.js'),
        import('../../registers/framework/access.js'),
        import('../../registers/resettlement/aftercare/get-aftercare.js'),
      ]);
      const result = await withDatabase('correction aftercare', async ({ db }, config) =>
        getAftercare({ db, cipher: await cipherFor(config), scope: await cliScope(db, opts.unit), viewer: CLI_VIEWER, year, asOf: asOfOf(year, opts.asOf) }),
      );
      if (opts.json) printJson(result);
      else console.log(aftercareText(result));
    });
}
