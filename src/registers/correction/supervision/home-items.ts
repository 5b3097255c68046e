import type { THomeItemText } from '../../../contract/api/home-api.js';
import { canReadRegisterKind, singleUnitScope, type TAccessSubject, type TUnitScope } from '../../../core/access/scope.js';
import { addDays } from '../../../core/correction/calendar.js';
import { sensitivePeriodsOn } from '../../../core/correction/zero-report.js';
import { chinaDate } from '../../../core/dates.js';
import type { Executor } from '../../../db/client.js';
import { getDailyStatus } from './daily-status.js';
import { countAlarms, listSensitivePeriods } from './supervision.repository.js';
import { listApprovals } from './approval.repository.js';
import { LEVEL_ROLE, type TApprovalLevel } from '../../../core/correction/approvals.js';
import { locationRenewalItem, locationTermsToRenew } from './location-renewals.js';

/**
 * What correction supervision puts on the home page: requests waiting for the user's level, alarms past their response time (escalated to the
 * section and the bureau head; a 司法所 its own), yesterday's missing 零报告 (section and bureau head),
 * and during a sensitive period today's summary for the bureau head; 电子定位 terms due for renewal
 * (司法所 and section). The 零报告 items and the summary show on the running year's page only.
 */
export async function correctionHomeItems(o: { db: Executor; scope: TUnitScope; subject: TAccessSubject; now: string; link: string; year: number }): Promise<THomeItemText[]> {
  const s = o.subject;
  const keeps = s.role === 'leader' || s.role === 'office' || (s.role === 'section' && s.sections.includes('correction'));
  if (!keeps || !canReadRegisterKind(s, 'correction')) return [];
  // the unit's own supervision (not the units below it), limited to the offices the subject's scope allows
  const scope = { ...singleUnitScope(o.scope.rootUnit), offices: o.scope.offices };
  const today = chinaDate(new Date(o.now));
  const items: THomeItemText[] = [];
  const escalated = await countAlarms(o.db, { unitIds: scope.unitIds, offices: scope.offices, escalatedAt: o.now });
  if (escalated > 0) items.push({ kind: 'alarmsEscalated', count: escalated, title: { zh: `${escalated} 条社区矫正监管报警超过响应时限仍未处置`, en: `${escalated} correction alarm(s) past their response time, not yet handled` }, detail: { zh: '请立即核查处置（报警处置后自动解除上报）', en: 'Check and handle them now (handling one clears its escalation)' }, link: o.link });
  const levels = (Object.keys(LEVEL_ROLE) as TApprovalLevel[]).filter((l) => LEVEL_ROLE[l] === s.role);
  const waiting = await listApprovals(o.db, { unitIds: scope.unitIds, offices: scope.offices, states: ['submitted'], levels, limit: 1000 });
  if (waiting.length > 0) items.push({ kind: 'approvalsWaiting', count: waiting.length, title: { zh: `${waiting.length} 件社区矫正审批事项待您审批`, en: `${waiting.length} correction request(s) waiting for your decision` }, detail: { zh: [...new Set(waiting.map((w) => w.approval.kind))].join('、'), en: [...new Set(waiting.map((w) => w.approval.kind))].join(', ') }, link: o.link });
  // 电子定位 renewal is the supervising 司法所's and the section's to prepare (the bureau head decides it when submitted)
  if (s.role !== 'leader') {
    const renewal = locationRenewalItem(await locationTermsToRenew(o.db, { rootUnitId: o.scope.rootUnit.id, unitIds: scope.unitIds, offices: scope.offices, today }), o.link);
    if (renewal) items.push(renewal);
  }
  // the daily report concerns the running year: a past year's page (the 2022 demo) is not told that yesterday's reports are missing
  if (o.year !== Number(today.slice(0, 4))) return items;
  if (s.role === 'office') {
    const day = await getDailyStatus({ db: o.db, scope, date: today, now: o.now, prefill: false });
    const due = day.offices.filter((d) => d.status === '待上报');
    if (due.length > 0) items.push({ kind: 'zeroReportDue', count: due.length, title: { zh: `今日（${today}）零报告尚未上报`, en: `Today's (${today}) zero report is not filed yet` }, detail: { zh: '请核对系统预填的数字后上报；没有情况的填 0', en: 'Check the prefilled figures and file it; enter 0 where nothing happened' }, link: o.link });
  } else {
    const yesterday = await getDailyStatus({ db: o.db, scope, date: addDays(today, -1), now: o.now, prefill: false });
    const missing = yesterday.offices.filter((d) => d.status === '缺报');
    if (missing.length > 0) items.push({ kind: 'zeroReportsMissing', count: missing.length, title: { zh: `${missing.length} 个司法所 ${yesterday.date} 未报零报告`, en: `${missing.length} justice office(s) filed no zero report on ${yesterday.date}` }, detail: { zh: missing.map((d) => d.office).join('、'), en: missing.map((d) => d.office).join(', ') }, link: o.link });
    const periods = sensitivePeriodsOn(today, await listSensitivePeriods(o.db, { unitId: o.scope.rootUnit.id, from: today, to: today }));
    if (s.role === 'leader' && periods.length > 0) {
      const t = yesterday.totals;
      items.push({ kind: 'sensitivePeriod', count: 1, title: { zh: `敏感期（${periods.map((p) => p.name).join('、')}）社区矫正每日汇总`, en: `Sensitive period (${periods.map((p) => p.name).join(', ')}): daily correction summary` }, detail: { zh: `${yesterday.date}：按时上报 ${t.filed} 个所，补报 ${t.late}，缺报 ${t.missing}；在册 ${t.roster} 人，越界 ${t.outOfBounds}，脱管 ${t.lost}`, en: `${yesterday.date}: ${t.filed} offices filed on time, ${t.late} late, ${t.missing} missing; ${t.roster} on the roster, ${t.outOfBounds} out of bounds, ${t.lost} lost contact` }, link: o.link });
    }
  }
  return items;
}
