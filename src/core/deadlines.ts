/**
 * Legal deadlines on register records, as of a date. Periods count calendar days from the day after
 * the start (民法典 Art.201: the starting day is not counted), so "within 7 days" of an application on
 * 3 March ends on 10 March. Deferral when the last day is a public holiday (Art.203) is not applied:
 * it needs the State Council's holiday calendar, which jixiao does not hold yet.
 */

export type TDeadlineStatus = 'met' | 'late' | 'due' | 'overdue';

export interface TDeadline {
  due: string;
  status: TDeadlineStatus;
}

export const DEADLINE_STATUS_LABEL: Record<TDeadlineStatus, string> = { met: '按期完成', late: '超期完成', due: '未到期', overdue: '已超期' };

/** YYYY-MM-DD plus a number of calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Where a step stands on `asOf`: done (in time or late) by then, or still open (due or overdue). */
export function deadline(start: string | null, done: string | null, days: number, asOf: string): TDeadline | null {
  if (start === null || start > asOf) return null;
  const due = addDays(start, days);
  if (done !== null && done <= asOf) return { due, status: done <= due ? 'met' : 'late' };
  return { due, status: asOf <= due ? 'due' : 'overdue' };
}

export interface LegalAidCaseDates {
  source: string | null;
  appliedOn: string;
  decision: string | null;
  decidedOn: string | null;
  assignedOn: string | null;
}

export const NOTIFIED = '通知辩护/代理';
export const GRANTED = '给予援助';

/**
 * 法律援助法 Art.43: decide an application within 7 days; once legal aid is granted, assign a lawyer
 * within 3 days of the decision. Art.36: a case notified by a court, procuratorate or police is
 * assigned within 3 days of the notice (no decision step).
 */
export function legalAidDeadlines(c: LegalAidCaseDates, asOf: string): { decision: TDeadline | null; assignment: TDeadline | null } {
  if (c.source === NOTIFIED) return { decision: null, assignment: deadline(c.appliedOn, c.assignedOn, 3, asOf) };
  const decision = deadline(c.appliedOn, c.decidedOn, 7, asOf);
  const granted = c.decision === GRANTED && c.decidedOn !== null && c.decidedOn <= asOf;
  return { decision, assignment: granted ? deadline(c.decidedOn, c.assignedOn, 3, asOf) : null };
}

/**
 * 人民调解法 Art.33: the parties may apply for 司法确认 within 30 days of a written agreement taking
 * effect. `due` open means the window is still open; overdue means it has passed without an application.
 */
export function judicialConfirmationWindow(agreementOn: string | null, appliedOn: string | null, asOf: string): TDeadline | null {
  return deadline(agreementOn, appliedOn, 30, asOf);
}
