import { singleUnitScope, type TUnitScope } from '../../core/access/scope.js';
import type { THome, THomeItemText } from '../../contract/api/home-api.js';
import type { LocalizedText } from '../../core/errors.js';
import { findReport as findEvaluationReport } from '../../repositories/evaluation.repository.js';
import { can } from '../../core/access/permissions.js';
import { canReadRegisterKind } from '../../core/access/scope.js';
import { monthEnd } from '../../core/dates.js';
import { mayFillMonitoringLine, registerKindOfMetric } from '../../core/monitoring/line-scope.js';
import type { Db } from '../../db/client.js';
import { countOverdueLegalAid } from '../../repositories/home.repository.js';
import { listUnitIndicatorValues } from '../../repositories/indicator-tracking.repository.js';
import { subjectOf, type AuthUser } from '../auth/auth-user.js';
import { getIndicatorProgress } from '../indicators/get-indicator-progress.js';
import { getMonitoringReport } from '../monitoring/get-monitoring-report.js';
import { listMonitoringMeasures } from '../monitoring/list-monitoring-measures.js';
import { readMonitoringSettings } from '../monitoring/monitoring-settings.js';
import { correctionHomeItems } from '../../registers/correction/supervision/home-items.js';

/**
 * 我的待办: what needs the signed-in user now in a unit's year, by what their role may do — values to
 * enter (a 业务科室: of its own business) or approve, the monitoring report due, returned or awaiting
 * approval, legal-aid deadlines overdue (法律援助法 Art.43/36; a 司法所: its own cases), red lights and
 * corrective measures past their due date. Each item links to the page where it is done; nothing to
 * do is no item. As of today, or the year's last day once the year is over.
 */
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** a few names as a detail line (Chinese 、, English commas), or none */
const names = (list: string[]): LocalizedText | null => (list.length > 0 ? { zh: list.join('、'), en: list.join(', ') } : null);
/** text written by a person (a return reason) reads the same in both languages */
const same = (text: string | null): LocalizedText | null => (text ? { zh: text, en: text } : null);

export async function getHome(o: { db: Db; scope: TUnitScope; year: number; user: AuthUser; today: string; now?: string; lang?: 'zh' | 'en' }): Promise<THome> {
  const last = `${o.year}-12-31`;
  const asOf = o.today < last ? o.today : last;
  const base = `/u/${o.scope.rootUnit.code}/${o.year}`;
  const role = o.user.role;
  const subject = subjectOf(o.user);
  const items: THomeItemText[] = [];
  const add = (item: THomeItemText) => {
    if (item.count > 0) items.push(item);
  };

  const board = await getIndicatorProgress({ db: o.db, scope: singleUnitScope(o.scope.rootUnit), year: o.year, asOf });
  const projectKinds = new Map<string, string[]>();
  for (const i of board.indicators) {
    const kind = registerKindOfMetric(i.metric);
    if (kind && i.projectCode) projectKinds.set(i.projectCode, [...new Set([...(projectKinds.get(i.projectCode) ?? []), kind])]);
  }

  if (can(role, 'indicatorValue.enter')) {
    const mine = board.indicators.filter((i) => i.source === 'missing' && (role !== 'section' || mayFillMonitoringLine(o.user, [], projectKinds.get(i.projectCode ?? '') ?? [])));
    add({ kind: 'valuesToEnter', count: mine.length, title: { zh: `${mine.length} 个指标尚无完成值，请填报`, en: `${mine.length} indicator(s) have no actual yet: enter them` }, detail: names(mine.slice(0, 3).map((i) => i.name)), link: `${base}/indicators` });
  }
  if (can(role, 'indicatorValue.approve')) {
    const pending = await listUnitIndicatorValues(o.db, { unitId: o.scope.rootUnit.id, year: o.year, status: 'submitted', enteredBy: { userId: o.user.id, name: o.user.username, mine: false } });
    add({ kind: 'valuesToApprove', count: pending.length, title: { zh: `${pending.length} 个完成值待您审批`, en: `${pending.length} value(s) waiting for your approval` }, detail: null, link: `${base}/indicators` });
  }

  if (can(role, 'monitoring.read')) {
    const month = (await readMonitoringSettings(o.db, o.scope.rootUnit.id)).month;
    const link = `${base}/monitoring/${month}`;
    const report = await getMonitoringReport({ db: o.db, scope: o.scope, year: o.year, month, viewer: { actor: { userId: o.user.id, name: o.user.username }, role, sections: o.user.sections } });
    const state = report.report.state;
    const period = { zh: `${o.year}年1–${month}月绩效运行监控报告`, en: `The monitoring report for January–${MONTHS_EN[month - 1]} ${o.year}` };
    const cutOffPassed = asOf >= monthEnd(o.year, month);
    if (can(role, 'monitoring.submit') && state === 'returned') add({ kind: 'reportReturned', count: 1, title: { zh: `${period.zh}已被退回，请修改后重新提交`, en: `${period.en} was returned: revise and submit it again` }, detail: same(report.report.returnReason), link });
    else if (can(role, 'monitoring.submit') && state === 'draft' && cutOffPassed) add({ kind: 'reportDue', count: 1, title: { zh: `${period.zh}待编制提交`, en: `${period.en} is due` }, detail: report.report.problems > 0 ? { zh: `还有 ${report.report.problems} 项待填写`, en: `${report.report.problems} item(s) still to fill` } : { zh: '已填写完整，可以提交', en: 'Complete: ready to submit' }, link });
    else if (role === 'section' && (state === 'draft' || state === 'returned') && cutOffPassed) {
      const lines = report.projects.flatMap((p) => p.indicators).filter((i) => i.mayFill && i.problems.length > 0).length;
      add({ kind: 'reportDue', count: lines, title: { zh: `${period.zh}有 ${lines} 个本科室指标待填写完成可能性`, en: `${period.en}: ${lines} indicator(s) of your section need a likelihood` }, detail: null, link });
    }
    if (can(role, 'monitoring.approve') && state === 'submitted') add({ kind: 'reportToApprove', count: 1, title: { zh: `${period.zh}已提交，待您审批`, en: `${period.en} was submitted and waits for your approval` }, detail: report.report.submittedByName ? { zh: `提交人：${report.report.submittedByName}`, en: `Submitted by ${report.report.submittedByName}` } : null, link });
    const overdue = (await listMonitoringMeasures({ db: o.db, scope: o.scope, year: o.year, asOf })).filter((m) => m.overdue);
    add({ kind: 'measuresOverdue', count: overdue.length, title: { zh: `${overdue.length} 条完善措施已过完成时限，尚未整改`, en: `${overdue.length} corrective measure(s) past their due date, not yet done` }, detail: overdue.length > 0 ? { zh: overdue.slice(0, 3).map((m) => `${m.indicator}：${m.text}（${m.owner}，${m.dueOn}）`).join('；'), en: overdue.slice(0, 3).map((m) => `${m.indicator}: ${m.text} (${m.owner}, ${m.dueOn})`).join('; ') } : null, link });
  }

  // the self-evaluation: due once the year is over, returned, or waiting for the leader
  if (can(role, 'evaluation.read')) {
    const state = (await findEvaluationReport(o.db, o.scope.rootUnit.id, o.year))?.state ?? 'draft';
    const what = { zh: `${o.year}年度绩效自评报告`, en: `The ${o.year} self-evaluation report` };
    const link = `${base}/evaluation`;
    if (can(role, 'evaluation.submit') && state === 'returned') add({ kind: 'reportReturned', count: 1, title: { zh: `${what.zh}已被退回，请修改后重新提交`, en: `${what.en} was returned: revise and submit it again` }, detail: null, link });
    else if (can(role, 'evaluation.submit') && state === 'draft' && o.today > last) add({ kind: 'reportDue', count: 1, title: { zh: `${what.zh}待编制提交`, en: `${what.en} is due` }, detail: { zh: '年度已结束：核对自评表的得分、偏差原因后提交', en: 'The year is over: check the scores and the reasons for gaps, then submit' }, link });
    if (can(role, 'evaluation.approve') && state === 'submitted') add({ kind: 'reportToApprove', count: 1, title: { zh: `${what.zh}已提交，待您审批`, en: `${what.en} was submitted and waits for your approval` }, detail: null, link });
  }

  if (canReadRegisterKind(subject, 'legal-aid')) {
    const n = await countOverdueLegalAid(o.db, { unitId: o.scope.rootUnit.id, year: o.year, asOf, office: role === 'office' ? o.user.office : null });
    add({ kind: 'deadlinesOverdue', count: n, title: { zh: `${n} 件法律援助案件已超过法定期限（受理后 7 日内决定、决定后 3 日内指派）`, en: `${n} legal-aid case(s) past their legal deadline (decision within 7 days of acceptance, assignment within 3 days of decision)` }, detail: null, link: `${base}/registers/legal-aid/cases` });
  }

  // correction supervision happens now, whatever year the page shows (escalated alarms, requests, location renewals); the 零报告 only on the running year's page
  for (const item of await correctionHomeItems({ db: o.db, scope: o.scope, subject, now: o.now ?? new Date().toISOString(), link: `${base}/correction`, year: o.year })) add(item);

  if (can(role, 'indicator.read')) {
    const red = board.indicators.filter((i) => i.light === 'red');
    add({ kind: 'redLights', count: red.length, title: { zh: `${red.length} 个指标亮红灯`, en: `${red.length} indicator(s) on red` }, detail: names(red.slice(0, 3).map((i) => i.name)), link: `${base}/indicators` });
  }
  const say = (text: LocalizedText) => text[o.lang ?? 'zh'];
  return { unit: { code: o.scope.rootUnit.code, name: o.scope.rootUnit.name }, year: o.year, asOf, items: items.map((i) => ({ ...i, title: say(i.title), detail: i.detail ? say(i.detail) : null })) };
}
