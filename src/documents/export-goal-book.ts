import type { TGoalBook } from '../contract/goal-book.js';
import { writeDocx } from './docx/write-docx.js';
import { layoutGoalBook } from './export/goal-book-layout.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

export type ExportFormat = 'xlsx' | 'docx' | 'json';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
};

/** The goal book as the standard tables (.xlsx/.docx) or the interchange JSON. */
export async function exportGoalBook(book: TGoalBook, format: ExportFormat): Promise<Buffer> {
  if (format === 'json') return Buffer.from(JSON.stringify(book, null, 2) + '\n', 'utf8');
  const layout = layoutGoalBook(book);
  return format === 'xlsx' ? writeXlsx(layout) : writeDocx(layout);
}

export function exportFileName(book: Pick<TGoalBook, 'unit' | 'year'>, format: ExportFormat): string {
  return `${book.unit.code}${book.unit.name}-${book.year}年度绩效目标.${format}`;
}
