import ExcelJS from 'exceljs';
import { DocumentError, type LocalizedText } from '../../core/errors.js';
import { csvDelimiter, decodeCsvText, looksBinary } from '../../documents/csv/decode-csv-text.js';
import { parseCsv } from '../../documents/csv/parse-csv.js';
import { withDocumentSlot } from '../../documents/document-slots.js';
import { unguardCellText } from '../../documents/xlsx/formula-guard.js';
import { loadXlsxWorkbook } from '../../documents/xlsx/load-workbook.js';

/**
 * A register import file (.xlsx or .csv) → a header row and data rows of raw cell values. The type is
 * decided by the bytes (an .xlsx is a zip package); CSV goes through the shared documents/csv decoder
 * and parser (UTF-8 with or without BOM, UTF-16, GB18030; comma or tab), rows numbered by the line
 * they start on.
 */

export interface TableFile {
  format: 'xlsx' | 'csv';
  sheetName?: string;
  headers: string[];
  /** row numbers as the user sees them (the header is row 1) */
  rows: Array<{ number: number; cells: unknown[] }>;
}

function cellValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  // text loses jixiao's formula guard (a leading apostrophe): an export imports back as it was
  if (typeof v === 'string') return unguardCellText(v);
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('richText' in v && Array.isArray(v.richText)) return unguardCellText(v.richText.map((r) => r.text).join(''));
  if ('result' in v) return v.result ?? null;
  if ('text' in v && typeof v.text === 'string') return v.text;
  return cell.text;
}

async function readXlsx(bytes: Uint8Array): Promise<TableFile> {
  const workbook = await loadXlsxWorkbook(bytes, 'Excel 文件已损坏或不完整，无法读取');
  const sheet = workbook.worksheets.find((s) => s.name !== '填写说明') ?? workbook.worksheets[0];
  if (!sheet) throw new DocumentError({}, 'Excel 文件中没有工作表', 'DOCUMENT_EMPTY');
  const width = sheet.columnCount;
  const headers = Array.from({ length: width }, (_, i) => String(cellValue(sheet.getCell(1, i + 1)) ?? '').trim());
  const rows: TableFile['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells = Array.from({ length: width }, (_, i) => cellValue(sheet.getCell(r, i + 1)));
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
    rows.push({ number: r, cells });
  }
  return { format: 'xlsx', sheetName: sheet.name, headers, rows };
}

/**
 * An ID-number cell Excel has turned into a number: a General-format cell keeps 15 significant digits,
 * so the last digits of an 18-digit ID number are already lost (1.10105E+17 in a CSV it saved). The
 * number cannot be repaired, only typed again into a text-format column.
 */
export function numericIdNumberProblem(cell: unknown): LocalizedText | null {
  const numeric = typeof cell === 'number' || (typeof cell === 'string' && /^\s*\d+(\.\d+)?E\+?\d+\s*$/i.test(cell));
  return numeric
    ? {
        zh: '是数字格式，Excel 只保留 15 位有效数字，身份证号的后几位已丢失：请把该列设置为“文本”格式后重新输入身份证号',
        en: 'is in number format: Excel keeps only 15 significant digits, so the last digits of the ID number are lost; format the column as text and enter the ID numbers again',
      }
    : null;
}

export function readTableFile(bytes: Uint8Array): Promise<TableFile> {
  return withDocumentSlot(() => readTable(bytes));
}

async function readTable(bytes: Uint8Array): Promise<TableFile> {
  if (bytes.length === 0) throw new DocumentError({}, '文件为空', 'DOCUMENT_EMPTY');
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new DocumentError({}, '不支持旧版 Excel（.xls）：请另存为 .xlsx 或 .csv 后再导入', 'DOCUMENT_UNSUPPORTED');
  const text = decodeCsvText(bytes);
  if (looksBinary(text)) throw new DocumentError({}, '不支持的文件类型：请导入 .xlsx 或 .csv 文件', 'DOCUMENT_UNSUPPORTED');
  const [headers, ...rest] = parseCsv(text, csvDelimiter(text));
  if (!headers || headers.fields.every((h) => h.trim() === '')) throw new DocumentError({}, '文件为空：第 1 行应为列名', 'DOCUMENT_EMPTY');
  // rows are numbered as Excel and WPS show them (one per record after the header), not by text line
  const rows = rest.map((r, i) => ({ number: i + 2, cells: r.fields.map(unguardCellText) as unknown[] })).filter((r) => r.cells.some((c) => String(c).trim() !== ''));
  return { format: 'csv', headers: headers.fields.map((h) => h.trim()), rows };
}
