import { addDays, addMonths, addWorkingDays, daysBetween } from './calendar.js';
import type { TCorrectionSettings } from './settings.js';

/**
 * The clocks of a person's path through correction (社区矫正法 Art.18, 20–21, 27, 29; 实施办法), as pure
 * functions of the dates and the unit's settings: when each step is due and, as of a date, whether it
 * is pending, due soon, overdue, done on time or done late. A due date is the last day allowed.
 */

export type TClockStatus = 'pending' | 'dueSoon' | 'overdue' | 'onTime' | 'late';

export const CLOCK_STATUS_LABEL: Record<TClockStatus, string> = { pending: '未到期', dueSoon: '即将到期', overdue: '已超期', onTime: '按期完成', late: '超期完成' };

export interface TClock {
  due: string;
  status: TClockStatus;
}

export function clockStatus(due: string, done: string | null, asOf: string, soonDays: number): TClockStatus {
  if (done !== null) return done <= due ? 'onTime' : 'late';
  if (asOf > due) return 'overdue';
  return daysBetween(asOf, due) <= soonDays ? 'dueSoon' : 'pending';
}

/** 调查评估: the opinion is due 10 working days after the entrustment letter is received (速裁: 5). */
export function assessmentClock(o: { receivedOn: string; fastTrack: boolean; answeredOn: string | null; asOf: string }, s: TCorrectionSettings): TClock {
  const due = addWorkingDays(o.receivedOn, o.fastTrack ? s.assessmentFastTrackWorkingDays : s.assessmentWorkingDays, s.calendar);
  return { due, status: clockStatus(due, o.answeredOn, o.asOf, s.dueSoonDays) };
}

export type TReportInType = '待报到' | '按时报到' | '超期报到' | '未按规定时间报到';

/** 报到 within 10 days after the judgment (ruling, decision) takes effect (Art.21). */
export function reportInClock(o: { effectiveOn: string; reportedOn: string | null; asOf: string }, s: TCorrectionSettings): TClock & { type: TReportInType; lateDays: number } {
  const due = addDays(o.effectiveOn, s.reportInDays);
  const status = clockStatus(due, o.reportedOn, o.asOf, s.dueSoonDays);
  const type: TReportInType = status === 'onTime' ? '按时报到' : status === 'late' ? '超期报到' : status === 'overdue' ? '未按规定时间报到' : '待报到';
  const lateDays = Math.max(0, daysBetween(due, o.reportedOn ?? o.asOf));
  return { due, status, type, lateDays };
}

export interface TLeaveRequest {
  from: string;
  to: string;
  appliedOn: string;
  /** the person's earlier approved leaves */
  earlier: ReadonlyArray<{ from: string; to: string }>;
}

export type TLeaveApprover = '司法所' | '县级社区矫正机构' | '市级社区矫正机构';

export interface TLeaveCheck {
  days: number;
  /** days away within the window of `windowMonths` months ending on the last day of this leave, this leave included */
  windowDays: number;
  approver: TLeaveApprover;
  /** reasons the request cannot be approved as it stands */
  problems: string[];
  /** applied fewer days ahead than the rule asks (a warning: an emergency may be approved) */
  appliedLate: boolean;
}

const overlapDays = (a: { from: string; to: string }, from: string, to: string) => {
  const start = a.from > from ? a.from : from;
  const end = a.to < to ? a.to : to;
  return end < start ? 0 : daysBetween(start, end) + 1;
};

/** 外出: ≤ 7 days the 司法所, > 7 the county, ≤ 30 days each; more than 30 days within 2 months goes higher. */
export function checkLeave(r: TLeaveRequest, s: TCorrectionSettings): TLeaveCheck {
  const L = s.leave;
  const problems: string[] = [];
  if (r.to < r.from) problems.push('外出结束日期早于开始日期');
  const days = r.to < r.from ? 0 : daysBetween(r.from, r.to) + 1;
  if (days > L.maxDaysEach) problems.push(`每次外出不超过 ${L.maxDaysEach} 日（申请 ${days} 日）`);
  const windowFrom = addDays(addMonths(r.to, -L.windowMonths), 1);
  const windowDays = days + r.earlier.reduce((n, e) => n + overlapDays(e, windowFrom, r.to), 0);
  const approver: TLeaveApprover = windowDays > L.windowMaxDays ? '市级社区矫正机构' : days > L.officeMaxDays ? '县级社区矫正机构' : '司法所';
  return { days, windowDays, approver, problems, appliedLate: daysBetween(r.appliedOn, r.from) < L.applyDaysAhead };
}

export type TLeaveReturn = '外出中' | '按期返回' | '逾期返回' | '逾期未归';

/** The report on return is due the day after the leave's last day. */
export function leaveReturn(o: { to: string; returnedOn: string | null; asOf: string }): TLeaveReturn {
  if (o.returnedOn !== null) return o.returnedOn <= addDays(o.to, 1) ? '按期返回' : '逾期返回';
  return o.asOf > addDays(o.to, 1) ? '逾期未归' : '外出中';
}

/** 变更执行地: ask the new agency within 5 days of the application, its reply within 5, hand-over within 5, report there within 7. */
export function relocationClocks(o: { appliedOn: string; askedOn: string | null; repliedOn: string | null; handedOverOn: string | null; reportedOn: string | null; asOf: string }, s: TCorrectionSettings): Record<'ask' | 'reply' | 'handover' | 'report', TClock | null> {
  const R = s.relocation;
  const step = (start: string | null, days: number, done: string | null): TClock | null => (start === null ? null : { due: addDays(start, days), status: clockStatus(addDays(start, days), done, o.asOf, s.dueSoonDays) });
  return {
    ask: step(o.appliedOn, R.stepDays, o.askedOn),
    reply: step(o.askedOn, R.stepDays, o.repliedOn),
    handover: step(o.repliedOn, R.stepDays, o.handedOverOn),
    report: step(o.handedOverOn, R.reportDays, o.reportedOn),
  };
}

/** The five conditions of 社区矫正法 Art.29 under which electronic location may be used. */
export const LOCATION_CONDITIONS = ['违反人民法院禁止令的', '无正当理由未经批准离开所居住的市、县的', '拒不按照规定报到，或者脱离监管的', '违反监督管理规定受到治安管理处罚的', '拟提请撤销缓刑、假释或者暂予监外执行收监执行的'] as const;

export type TLocationTermStatus = '使用中' | '待续期评估' | '已到期';

/**
 * 电子定位: a term of at most 3 months from its start (the last day is the day before the same date
 * 3 months later); renewal is assessed from `renewalReminderDays` before the end.
 */
export function locationTerm(o: { from: string; months: number; conditions: readonly string[]; asOf: string }, s: TCorrectionSettings): { to: string; reminderOn: string; status: TLocationTermStatus; problems: string[] } {
  const problems: string[] = [];
  if (!Number.isInteger(o.months) || o.months < 1 || o.months > s.location.maxMonths) problems.push(`电子定位每期不超过 ${s.location.maxMonths} 个月（申请 ${o.months} 个月）`);
  if (o.conditions.length === 0) problems.push('须写明适用社区矫正法第二十九条规定的哪一种情形');
  for (const c of o.conditions) if (!(LOCATION_CONDITIONS as readonly string[]).includes(c)) problems.push(`“${c}”不是社区矫正法第二十九条规定的情形`);
  const to = addDays(addMonths(o.from, Math.min(Math.max(o.months, 1), s.location.maxMonths)), -1);
  const reminderOn = addDays(to, -s.location.renewalReminderDays);
  const status: TLocationTermStatus = o.asOf > to ? '已到期' : o.asOf >= reminderOn ? '待续期评估' : '使用中';
  return { to, reminderOn, status, problems };
}
