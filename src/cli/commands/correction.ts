import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { TAlarmList, TDailyStatus, TWorkspace } from '../../contract/api/correction-api.js';
import { CLOCK_STATUS_LABEL } from '../../core/correction/clocks.js';
import { ALARM_KINDS, type TAlarmKind } from '../../core/correction/alarms.js';
import { chinaDate } from '../../core/dates.js';
import { cipherFor, parseDate, printJson, UsageError, withDatabase } from '../context.js';

const n = (v: number | undefined) => String(v ?? 0);

/** One line per office: filed or missing, and the counts. */
export function dailyText(unitCode: string, s: TDailyStatus): string {
  const lines = [`${unitCode} ${s.date} 零报告（今天 ${s.today}）${s.sensitivePeriods.length ? `【敏感期：${s.sensitivePeriods.map((p) => p.name).join('、')}】` : ''}`];
  for (const d of s.offices) {
    const c = d.counts;
    lines.push(`  ${d.office}：${d.status}${d.flagged ? '（已标记）' : ''}${c ? `，在册 ${n(c.roster)}，脱管 ${n(c.lost)}，越界 ${n(c.outOfBounds)}，违规 ${n(c.violations)}，重新犯罪 ${n(c.newOffences)}，重大事件 ${n(c.incidents)}` : ''}${d.filedBy ? `（${d.filedBy}）` : ''}；未处置报警 ${d.openAlarms}（超时 ${d.escalatedAlarms}）`);
  }
  const t = s.totals;
  lines.push(`合计：按时上报 ${t.filed}，补报 ${t.late}，缺报 ${t.missing}，待上报 ${t.pending}；在册 ${t.roster} 人，越界 ${t.outOfBounds}，脱管 ${t.lost}`);
  if (s.offices.length === 0) lines.push('本单位尚未登记司法所名单（jixiao unit office add），没有应报的司法所');
  return lines.join('\n');
}

export function alarmsText(unitCode: string, l: TAlarmList): string {
  const lines = [`${unitCode} 监管报警：未处置 ${l.open}，其中超时上报 ${l.escalated}（截至 ${l.now}）`];
  for (const a of l.items) lines.push(`  #${a.id} ${a.raisedAt} ${a.office ?? '—'} ${a.personName} ${a.kind} ${a.stateLabel}${a.outcome ? ` → ${a.outcome}（${a.handler ?? ''}）` : `，时限 ${a.dueAt ?? '当日'}`}`);
  return lines.join('\n');
}

const CLOCK_KIND: Record<string, string> = { assessment: '调查评估', reportIn: '报到', release: '期满解除' };
const DUTY_STATE: Record<string, string> = { met: '已完成', missed: '未完成', open: '进行中' };

/** The due clocks, then one line per person with the month's duties: done / required and met, missed or open. */
export function dutiesText(unitCode: string, w: Pick<TWorkspace, 'clocks' | 'duties'>): string {
  const d = w.duties;
  const lines = [`${unitCode} 矫正时限（即将到期或已超期）${w.clocks.length} 项`];
  for (const c of w.clocks) lines.push(`  ${c.office ?? '—'} ${c.personName} ${CLOCK_KIND[c.kind] ?? c.kind}：${CLOCK_STATUS_LABEL[c.status]}，截止 ${c.due}${c.lateDays > 0 ? `，超期 ${c.lateDays} 日` : ''}`);
  lines.push(`${d.month} 月度监管要求：已完成 ${d.met} 人，未完成 ${d.missed} 人，进行中 ${d.open} 人`);
  for (const p of d.people) lines.push(`  ${p.office ?? '—'} ${p.personName}（${p.duties.dutyClass}）：${p.duties.duties.map((x) => `${x.label} ${x.done}/${x.required} ${DUTY_STATE[x.state]}`).join('；')}`);
  return lines.join('\n');
}

export function registerCorrection(program: Command): Command {
  const correction = program.command('correction').description('社区矫正：零报告、监管报警、监管平台接入与模拟；奖惩、联合检查与纠正意见、安置帮教衔接');

  correction
    .command('daily')
    .description('某日各司法所零报告：已报、补报、缺报或待报，以及各项数字')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .option('--date <date>', '报告日期 YYYY-MM-DD（默认今天）')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; date?: string; json?: boolean }) => {
      const date = opts.date ? parseDate(opts.date) : chinaDate(new Date());
      const [{ getDailyStatus }, { cliScope }] = await Promise.all([import('../../registers/correction/supervision/daily-status.js'), import('../../app/units/resolve-scope.js')]);
      const status = await withDatabase('correction daily', async ({ db }) => getDailyStatus({ db, scope: await cliScope(db, opts.unit), date, now: new Date().toISOString() }));
      if (opts.json) printJson(status);
      else console.log(dailyText(opts.unit, status));
    });

  correction
    .command('duties')
    .description('矫正时限（调查评估、报到、期满解除）的到期和超期情况，以及当月各矫正对象的监管要求完成情况')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .option('--date <date>', '截至日期 YYYY-MM-DD（默认今天；早于今天的按当日结束时计）')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; date?: string; json?: boolean }) => {
      const date = opts.date ? parseDate(opts.date) : chinaDate(new Date());
      const now = date < chinaDate(new Date()) ? new Date(`${date}T23:59:59.999+08:00`).toISOString() : new Date().toISOString();
      const [{ getCorrectionWorkspace }, { cliScope }] = await Promise.all([import('../../registers/correction/supervision/get-workspace.js'), import('../../app/units/resolve-scope.js')]);
      const w = await withDatabase('correction duties', async ({ db }, config) => getCorrectionWorkspace({ db, cipher: await cipherFor(config), scope: await cliScope(db, opts.unit), subject: null, now }));
      if (opts.json) printJson({ clocks: w.clocks, duties: w.duties });
      else console.log(dutiesText(opts.unit, w));
    });

  correction
    .command('alarms')
    .description('监管报警及其处置（--open 只列未处置的）')
    .requiredOption('--unit <code>', '单位编码，如 315002')
    .option('--open', '只列未处置的报警')
    .option('--json', '以 JSON 输出')
    .action(async (opts: { unit: string; open?: boolean; json?: boolean }) => {
      const [{ listCorrectionAlarms }, { cliScope }] = await Promise.all([import('../../registers/correction/supervision/list-alarms.js'), import('../../app/units/resolve-scope.js')]);
      const list = await withDatabase('correction alarms', async ({ db }, config) =>
        listCorrectionAlarms({ db, cipher: await cipherFor(config), scope: await cliScope(db, opts.unit), subject: null, now: new Date().toISOString(), open: opts.open ?? false, limit: 100_000 }),
      );
      if (opts.json) printJson(list);
      else console.log(alarmsText(opts.unit, list));
    });

  correction
    .command('flag-missing')
    .description('标记某日（已过去）未报零报告的司法所为缺报（每天上午运行一次）')
    .requiredOption('--unit <code>', '单位编码')
    .option('--date <date>', '报告日期 YYYY-MM-DD（默认昨天）')
    .action(async (opts: { unit: string; date?: string }) => {
      const [{ flagMissingReports }, { cliScope }, { cliActor }, { addDays }] = await Promise.all([
        import('../../registers/correction/supervision/flag-missing-reports.js'),
        import('../../app/units/resolve-scope.js'),
        import('../../app/actor.js'),
        import('../../core/correction/calendar.js'),
      ]);
      const date = opts.date ? parseDate(opts.date) : addDays(chinaDate(new Date()), -1);
      const result = await withDatabase('correction flag-missing', async ({ db }) => flagMissingReports({ db, scope: await cliScope(db, opts.unit), actor: cliActor(), date, now: new Date().toISOString() }));
      console.log(result.flagged.length ? `${date} 缺报：${result.flagged.join('、')}` : `${date} 没有新的缺报`);
    });

  correction
    .command('sensitive')
    .description('设置敏感期（重大节日、重要会议）：期间从严管理，每日汇总报局长')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--name <name>', '名称，如 国庆')
    .requiredOption('--from <date>', '开始日期 YYYY-MM-DD')
    .requiredOption('--to <date>', '结束日期 YYYY-MM-DD')
    .action(async (opts: { unit: string; name: string; from: string; to: string }) => {
      const [from, to] = [parseDate(opts.from), parseDate(opts.to)];
      const [{ addSensitivePeriod }, { cliScope }, { cliActor }] = await Promise.all([import('../../registers/correction/supervision/sensitive-periods.js'), import('../../app/units/resolve-scope.js'), import('../../app/actor.js')]);
      const r = await withDatabase('correction sensitive', async ({ db }) => addSensitivePeriod({ db, scope: await cliScope(db, opts.unit), actor: cliActor(), name: opts.name, from, to }));
      console.log(`敏感期 #${r.id}“${opts.name}”（${from} 至 ${to}）已设置`);
    });

  correction
    .command('vendor')
    .description('登记监管平台，生成其接入密钥（只显示一次）')
    .requiredOption('--unit <code>', '单位编码')
    .requiredOption('--name <name>', '平台名称')
    .action(async (opts: { unit: string; name: string }) => {
      const [{ createVendor }, { cliScope }, { cliActor }] = await Promise.all([import('../../registers/correction/supervision/vendors.js'), import('../../app/units/resolve-scope.js'), import('../../app/actor.js')]);
      const v = await withDatabase('correction vendor', async ({ db }) => createVendor({ db, scope: await cliScope(db, opts.unit), actor: cliActor(), name: opts.name }));
      console.log(`监管平台 #${v.id} 已登记。接入密钥（请妥善保存，不再显示）：\n${v.key}\n事件接口：POST /api/correction/events，请求头 x-vendor-key`);
    });

  correction
    .command('simulate')
    .description('监管平台模拟器：向事件接口发送模拟事件（测试与演示用）')
    .requiredOption('--url <url>', 'jixiao 地址，如 http://127.0.0.1:3000')
    .requiredOption('--key-file <file>', '保存平台接入密钥的文件')
    .requiredOption('--person <ids>', '矫正对象记录号，逗号分隔')
    .option('--kind <kind>', `报警类型：${ALARM_KINDS.join('、')}（默认随机）`)
    .option('--count <n>', '事件数', '1')
    .option('--seed <n>', '随机种子（相同种子、相同事件编号，重发不产生新报警）', String(Date.now() % 1_000_000))
    .option('--minutes-ago <n>', '事件发生在多少分钟前', '0')
    .action(async (opts: { url: string; keyFile: string; person: string; kind?: string; count: string; seed: string; minutesAgo: string }) => {
      if (opts.kind !== undefined && !(ALARM_KINDS as readonly string[]).includes(opts.kind)) throw new UsageError(`报警类型“${opts.kind}”无效：应为 ${ALARM_KINDS.join('、')} 之一`);
      const personIds = opts.person.split(',').map(Number);
      if (personIds.some((id) => !Number.isInteger(id) || id <= 0)) throw new UsageError(`矫正对象记录号“${opts.person}”无效：应为正整数，逗号分隔`);
      const { simulateEvents } = await import('../../registers/correction/supervision/simulate-events.js');
      const at = Date.now() - Number(opts.minutesAgo) * 60_000;
      const events = simulateEvents({ personIds, count: Number(opts.count), from: new Date(at - 1000).toISOString(), to: new Date(at).toISOString(), seed: Number(opts.seed), ...(opts.kind ? { kind: opts.kind as TAlarmKind } : {}) });
      const res = await fetch(new URL('/api/correction/events', opts.url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-vendor-key': readFileSync(opts.keyFile, 'utf8').trim() }, body: JSON.stringify({ events }) });
      const body = (await res.json()) as { message?: string; received?: number; created?: number; duplicates?: number };
      if (!res.ok) throw new UsageError(`事件接口拒绝：${body.message ?? res.status}`);
      console.log(`已发送 ${body.received} 个事件：新报警 ${body.created}，重复 ${body.duplicates}`);
    });
  return correction;
}
