import { daysInMonth, isoDate } from '../dates.js';

/**
 * Working days by the State Council's holiday arrangement (国务院办公厅 节假日安排): a calendar is data —
 * the public holidays (放假) and the weekend days worked in exchange (调休上班) — kept as a setting the
 * section can correct. Any other Saturday or Sunday is a rest day. Pure: dates are 'YYYY-MM-DD'.
 */
export interface TWorkCalendar {
  /** days off that would otherwise be working days (and the weekend days inside a holiday) */
  holidays: readonly string[];
  /** weekend days that are working days (调休) */
  workdays: readonly string[];
}

function parts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

/** The published arrangements of the years the demo and the tests use; a unit edits its own copy. */
export const DEFAULT_CALENDAR: TWorkCalendar = {
  holidays: [
    // 2022
    ...range('2022-01-01', '2022-01-03'), ...range('2022-01-31', '2022-02-06'), ...range('2022-04-03', '2022-04-05'), ...range('2022-04-30', '2022-05-04'),
    ...range('2022-06-03', '2022-06-05'), ...range('2022-09-10', '2022-09-12'), ...range('2022-10-01', '2022-10-07'),
    // 2026
    ...range('2026-01-01', '2026-01-03'), ...range('2026-02-15', '2026-02-23'), ...range('2026-04-04', '2026-04-06'), ...range('2026-05-01', '2026-05-05'),
    ...range('2026-06-19', '2026-06-21'), ...range('2026-09-25', '2026-09-27'), ...range('2026-10-01', '2026-10-07'),
  ],
  workdays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09', '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** The date n calendar days after (n < 0: before). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return (Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000;
}

/** The same day n months later; a day the month lacks becomes its last day (2022-11-30 + 3 → 2023-02-28). */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export function isWorkingDay(date: string, cal: TWorkCalendar): boolean {
  if (cal.workdays.includes(date)) return true;
  if (cal.holidays.includes(date)) return false;
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a period of n working days counted from the day after `from` (a period in days
 * starts the next day: 民事诉讼法 Art.85 reckoning, which the assessment's 10 working days follow).
 */
export function addWorkingDays(from: string, n: number, cal: TWorkCalendar): string {
  let d = from;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}
