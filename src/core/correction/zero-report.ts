import { addDays } from './calendar.js';

/**
 * 零报告: every 司法所 reports to the county each day — the roster and the counts of 脱管, 越界,
 * violations, new offences and incidents, 0 when none. A day without a report is flagged the next
 * morning. Sensitive periods (holidays, meetings) are a calendar the section keeps.
 */

export const ZERO_REPORT_COUNTS = ['roster', 'lost', 'outOfBounds', 'violations', 'newOffences', 'incidents'] as const;
export type TZeroReportCount = (typeof ZERO_REPORT_COUNTS)[number];
export type TZeroReportCounts = Record<TZeroReportCount, number>;

export const ZERO_REPORT_LABEL: Record<TZeroReportCount, string> = { roster: '在册人数', lost: '脱管', outOfBounds: '越界', violations: '违规', newOffences: '重新犯罪', incidents: '重大事件' };

export type TZeroReportStatus = '按时上报' | '补报' | '缺报' | '待上报';

/** A report for `date` is on time when filed that day; a day passes without one → 缺报 from the next morning. */
export function zeroReportStatus(o: { date: string; filedOn: string | null; today: string }): TZeroReportStatus {
  if (o.filedOn !== null) return o.filedOn <= o.date ? '按时上报' : '补报';
  return o.today > o.date ? '缺报' : '待上报';
}

/** The day a missing report is flagged: the morning after. */
export const flaggedOn = (date: string) => addDays(date, 1);

/** "0 when none": a report with every count but the roster at 0 is a zero report. */
export const isZeroReport = (c: TZeroReportCounts) => ZERO_REPORT_COUNTS.every((k) => k === 'roster' || c[k] === 0);

export interface TSensitivePeriod {
  name: string;
  from: string;
  to: string;
}

/** The sensitive periods a date falls in (tighter rules and a daily summary for the bureau head). */
export function sensitivePeriodsOn(date: string, periods: readonly TSensitivePeriod[]): TSensitivePeriod[] {
  return periods.filter((p) => p.from <= date && date <= p.to);
}
