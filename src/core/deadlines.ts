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

export const NOTIFIED = '通知辩护/代理';
export const GRANTED = '给予援助';

/**
 * A legal deadline declared as data — "`done` within `days` days of `start`, for records where
 * `when` holds" — so one declaration is evaluated on a record (the list's tags, the export's
 * columns) and turned into SQL (the list's deadline filter and counts) without two copies of the law.
 * Rules sharing a `key` must exclude each other by their `when`.
 */
export interface DeadlineRule {
  /** the step, e.g. decision; derived values are `${key}Due` and `${key}Status` */
  key: string;
  /** date field the period runs from */
  start: string;
  /** date field that ends the step */
  done: string;
  days: number;
  /** conditions on other fields (all must hold); `isNot` holds for an empty field too */
  when?: ReadonlyArray<{ field: string; is: string } | { field: string; isNot: string }>;
}

export type DeadlineRecord = Record<string, string | number | boolean | null | undefined>;

export function ruleApplies(rule: DeadlineRule, record: DeadlineRecord): boolean {
  return (rule.when ?? []).every((c) => ('is' in c ? record[c.field] === c.is : record[c.field] !== c.isNot));
}

const dateOf = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Every step's deadline as of `asOf` (null where no rule applies or the period has not started). */
export function evaluateDeadlines(rules: readonly DeadlineRule[], record: DeadlineRecord, asOf: string): Record<string, TDeadline | null> {
  const out: Record<string, TDeadline | null> = {};
  for (const rule of rules) {
    if (!(rule.key in out)) out[rule.key] = null;
    if (ruleApplies(rule, record)) out[rule.key] = deadline(dateOf(record[rule.start]), dateOf(record[rule.done]), rule.days, asOf);
  }
  return out;
}

/** An open step due within this many days of the as-of date (inclusive) is 即将到期. */
export const DUE_SOON_DAYS = 2;

/**
 * Where a record stands on its deadlines, for the list's filter and counts: `overdue` (a step still
 * open past its day), else `dueSoon` (a step open and due within DUE_SOON_DAYS), else `late` (a step
 * done after its day), else `onTime` (every step so far done in time or not yet pressing); null when
 * no deadline runs yet.
 */
export const DEADLINE_FILTERS = ['overdue', 'dueSoon', 'late', 'onTime'] as const;
export type TDeadlineFilter = (typeof DEADLINE_FILTERS)[number];

export const DEADLINE_FILTER_LABEL: Record<TDeadlineFilter, string> = { overdue: '已逾期', dueSoon: '即将到期', late: '超期完成', onTime: '按期' };

export function isDueSoon(d: TDeadline, asOf: string): boolean {
  return d.status === 'due' && addDays(asOf, DUE_SOON_DAYS) >= d.due;
}

export function deadlineFilterOf(deadlines: ReadonlyArray<TDeadline | null>, asOf: string): TDeadlineFilter | null {
  const running = deadlines.filter((d): d is TDeadline => d !== null);
  if (running.length === 0) return null;
  if (running.some((d) => d.status === 'overdue')) return 'overdue';
  if (running.some((d) => isDueSoon(d, asOf))) return 'dueSoon';
  if (running.some((d) => d.status === 'late')) return 'late';
  return 'onTime';
}

/**
 * The date a list judges deadlines on when none is given: the end of the period it shows (the
 * year, or the `to` of a date range) or today, whichever is earlier — so 2022's cases read as they
 * stood at the end of 2022, not as overdue forever.
 */
export function deadlineAsOf(period: { year?: number | undefined; to?: string | undefined }, today: string): string {
  const end = period.year !== undefined ? `${period.year}-12-31` : period.to;
  return end !== undefined && end < today ? end : today;
}

/**
 * 法律援助法 Art.43: decide an application within 7 days; once legal aid is granted, assign a lawyer
 * within 3 days of the decision. Art.36: a case notified by a court, procuratorate or police is
 * assigned within 3 days of the notice (no decision step).
 */
export const LEGAL_AID_DEADLINES: readonly DeadlineRule[] = [
  { key: 'decision', start: 'appliedOn', done: 'decidedOn', days: 7, when: [{ field: 'source', isNot: NOTIFIED }] },
  { key: 'assignment', start: 'appliedOn', done: 'assignedOn', days: 3, when: [{ field: 'source', is: NOTIFIED }] },
  { key: 'assignment', start: 'decidedOn', done: 'assignedOn', days: 3, when: [{ field: 'source', isNot: NOTIFIED }, { field: 'decision', is: GRANTED }] },
];

export interface LegalAidCaseDates {
  source: string | null;
  appliedOn: string;
  decision: string | null;
  decidedOn: string | null;
  assignedOn: string | null;
}

export function legalAidDeadlines(c: LegalAidCaseDates, asOf: string): { decision: TDeadline | null; assignment: TDeadline | null } {
  const d = evaluateDeadlines(LEGAL_AID_DEADLINES, { ...c }, asOf);
  return { decision: d.decision ?? null, assignment: d.assignment ?? null };
}

/**
 * 人民调解法 Art.33: the parties may apply for 司法确认 within 30 days of a written agreement taking
 * effect. `due` open means the window is still open; overdue means it has passed without an application.
 */
export function judicialConfirmationWindow(agreementOn: string | null, appliedOn: string | null, asOf: string): TDeadline | null {
  return deadline(agreementOn, appliedOn, 30, asOf);
}
