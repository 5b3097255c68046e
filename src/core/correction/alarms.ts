/**
 * Alarms of the 24-hour location supervision: every vendor event (越界, 关机, 人机分离, 未签到, 断带)
 * becomes one alarm that must be verified and handled within the response time (a setting); one not
 * handled in time is escalated to the section and the bureau head until it is handled. Times are ISO
 * instants; `now` is a parameter.
 */

export const ALARM_KINDS = ['越界', '关机', '人机分离', '未签到', '断带'] as const;
export type TAlarmKind = (typeof ALARM_KINDS)[number];

/** What the handling found. 脱管: the person could not be reached (they count in the 脱管 figure). */
export const ALARM_OUTCOMES = ['误报', '设备故障已处置', '已责令返回', '已批评教育', '移交违规处理', '脱管'] as const;
export type TAlarmOutcome = (typeof ALARM_OUTCOMES)[number];

export type TAlarmState = 'open' | 'escalated' | 'handled' | 'handledLate';

export const ALARM_STATE_LABEL: Record<TAlarmState, string> = { open: '待处置', escalated: '超时未处置（已上报）', handled: '已按时处置', handledLate: '超时处置' };

export function alarmDueAt(raisedAt: string, responseMinutes: number): string {
  return new Date(Date.parse(raisedAt) + responseMinutes * 60_000).toISOString();
}

export function alarmState(a: { dueAt: string; handledAt: string | null }, now: string): TAlarmState {
  if (a.handledAt !== null) return Date.parse(a.handledAt) <= Date.parse(a.dueAt) ? 'handled' : 'handledLate';
  return Date.parse(now) > Date.parse(a.dueAt) ? 'escalated' : 'open';
}
