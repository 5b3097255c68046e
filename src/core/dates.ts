/**
 * Calendar dates as ISO strings ('2022-03-31'). Business dates are China dates stored as DATE; core
 * never reads the clock, so "today" is always passed in. String comparison of ISO dates is date order.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** True for a real calendar date written YYYY-MM-DD (2022-02-29 is not one). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// month ends asked for again and again (a province's rollup: every project's plan steps), kept once made
const monthEnds = new Map<number, string>();

/** The last day of a month, e.g. (2024, 2) → '2024-02-29'. */
export function monthEnd(year: number, month: number): string {
  const key = year * 100 + month;
  let end = monthEnds.get(key);
  if (end === undefined) {
    end = isoDate(year, month, daysInMonth(year, month));
    if (monthEnds.size < 10_000) monthEnds.set(key, end);
  }
  return end;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 1 for 1 January … 365/366 for 31 December. */
export function dayOfYear(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

/**
 * The calendar date in China at an instant. China Standard Time has been UTC+8 without daylight
 * saving since 1991, so a fixed offset gives the same answer as the tz database, on any server.
 */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
