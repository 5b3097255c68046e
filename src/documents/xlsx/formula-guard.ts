/**
 * Spreadsheet formula injection: a text cell beginning with = + - @ (or a tab or carriage return) is
 * taken for a formula by Excel and WPS once the sheet is re-saved as CSV and opened again — a payee
 * named "=HYPERLINK(…)" would run. Every spreadsheet jixiao writes passes its text cells through
 * `guardCellText`, which puts an apostrophe in front of such text; every reader passes text cells
 * through `unguardCellText`, which removes exactly that apostrophe, so an export imports back
 * exactly. Text already beginning with apostrophes before such a character gets one more, so the two
 * are inverse for every string. Numbers, dates and booleans are values, not text, and stay as they
 * are (−12.5 stored as a number is a number).
 */

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardCellText = (text: string): string => (NEEDS_GUARD.test(text) ? `'${text}` : text);

export const unguardCellText = (text: string): string => (GUARDED.test(text) ? text.slice(1) : text);

/** A cell value as a writer hands it to exceljs: strings guarded, anything else as it is. */
export function guardCellValue<T>(value: T): T {
  return (typeof value === 'string' ? guardCellText(value) : value) as T;
}

/** A row's values (array) or a keyed row (object), every string guarded. */
export function guardRow<T extends readonly unknown[] | Record<string, unknown>>(row: T): T {
  if (Array.isArray(row)) return row.map(guardCellValue) as unknown as T;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, guardCellValue(v)])) as T;
}
