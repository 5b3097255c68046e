import ExcelJS from 'exceljs';
import { DocumentError } from '../../core/errors.js';
import { matchPaymentHeader, PAYMENT_COLUMNS, type PaymentField, type RawPaymentRow } from '../../core/spending/payment-rows.js';
import { csvDelimiter, decodeCsvText, looksBinary } from '../csv/decode-csv-text.js';
import { parseCsv } from '../csv/parse-csv.js';
import { withDocumentSlot } from '../document-slots.js';
import { unguardCellText } from '../xlsx/formula-guard.js';
import { loadXlsxWorkbook } from '../xlsx/load-workbook.js';
import { CorruptZipError, readZipDirectory } from '../zip/safe-unzip.js';

/**
 * A payments file (.xlsx, or .csv in UTF-8 — with or without BOM — GB18030 or UTF-16) → rows of cell
 * texts by field. The type is decided by the bytes; the header row is found by its labels, so extra
 * columns, a title row above the headers and any column order are fine. Nothing is interpreted here:
 * core/spending/payment-rows.ts checks the values.
 */

export interface PaymentFile {
  format: 'xlsx' | 'csv';
  /** the worksheet read (.xlsx) */
  sheet?: string;
  rows: RawPaymentRow[];
}

/** Larger files are refused: split them by month (10,000 rows import in about a second). */
export const MAX_PAYMENT_ROWS = 50_000;

const HEADER_SCAN_ROWS = 10;
const EXPECTED = PAYMENT_COLUMNS.map((c) => c.label + (c.required ? '' : '（可选）')).join('、');

const GARBLED_XLSX = 'Excel 文件已损坏或不完整，无法读取：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

interface Grid {
  sheet?: string;
  /** row number in the file and its cell texts (column 1 first) */
  rows: Array<{ number: number; cells: string[] }>;
}

function headerOf(grid: Grid): { index: number; columns: Map<PaymentField, number> } | null {
  for (let i = 0; i < Math.min(grid.rows.length, HEADER_SCAN_ROWS); i++) {
    const columns = new Map<PaymentField, number>();
    const row = grid.rows[i]!;
    row.cells.forEach((text, c) => {
      const field = matchPaymentHeader(text);
      if (!field) return;
      if (columns.has(field)) {
        throw new DocumentError({ ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}), row: row.number, column: c + 1 }, `表头“${text.trim()}”出现了两次：请只保留一列`);
      }
      columns.set(field, c + 1);
    });
    if (columns.has('projectCode') && columns.size >= 3) return { index: i, columns };
  }
  return null;
}

function rowsOf(grid: Grid): RawPaymentRow[] {
  const header = headerOf(grid);
  if (!header) {
    throw new DocumentError(grid.sheet !== undefined ? { sheet: grid.sheet } : {}, `找不到表头行：前 ${HEADER_SCAN_ROWS} 行中没有“项目编码”等列名。表头应为：${EXPECTED}；可下载导入模板填写`);
  }
  const headerRow = grid.rows[header.index]!;
  const missing = PAYMENT_COLUMNS.filter((c) => c.required && !header.columns.has(c.field)).map((c) => c.label);
  if (missing.length > 0) {
    throw new DocumentError(
      { ...(grid.sheet !== undefined ? { sheet: grid.sheet } : {}), row: headerRow.number },
      `表头缺少“${missing.join('”“')}”列。表头应为：${EXPECTED}`,
    );
  }
  const out: RawPaymentRow[] = [];
  for (const row of grid.rows.slice(header.index + 1)) {
    if (row.cells.every((t) => t.trim() === '')) continue;
    const cells: RawPaymentRow['cells'] = {};
    for (const [field, column] of header.columns) cells[field] = { text: row.cells[column - 1] ?? '', column };
    out.push({ row: row.number, cells });
  }
  if (out.length === 0) throw new DocumentError(grid.sheet !== undefined ? { sheet: grid.sheet } : {}, '表头下面没有支付记录：请从表头的下一行起每行填写一笔支付', 'DOCUMENT_EMPTY');
  if (out.length > MAX_PAYMENT_ROWS) {
    throw new DocumentError({}, `一次最多导入 ${MAX_PAYMENT_ROWS} 笔支付，这个文件有 ${out.length} 笔：请按月份拆分成几个文件分别导入`);
  }
  return out;
}

/** Number as the user sees it: float noise from formulas (0.1 + 0.2) dropped, never exponent notation. */
function numberText(value: number): string {
  const clean = Number(value.toFixed(9));
  return Number.isInteger(clean) ? String(clean) : clean.toFixed(9).replace(/0+$/, '');
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return unguardCellText(value);
  if (typeof value === 'boolean') return String(value);
  // Excel stores dates as days; exceljs hands them over as UTC midnights
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return unguardCellText(value.richText.map((r) => r.text).join(''));
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return String(value.error);
  }
  return '';
}

async function xlsxGrids(bytes: Uint8Array): Promise<Grid[]> {
  const workbook = await loadXlsxWorkbook(bytes, GARBLED_XLSX);
  return workbook.worksheets.map((sheet) => {
    const rows: Grid['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
      rows.push({ number, cells: Array.from(cells, (t) => t ?? '') });
    });
    return { sheet: sheet.name, rows };
  });
}

function csvGrid(bytes: Uint8Array): Grid {
  const text = decodeCsvText(bytes);
  if (looksBinary(text)) throw new DocumentError({}, '文件内容无法识别：含有二进制数据。请上传 .xlsx 或 .csv 格式的支付明细', 'DOCUMENT_GARBLED');
  // rows are numbered as Excel and WPS show them (one per record), not by text line: a quoted cell may span lines
  return { rows: parseCsv(text, csvDelimiter(text)).map((r, i) => ({ number: i + 1, cells: r.fields.map(unguardCellText) })) };
}

export function readPaymentFile(bytes: Uint8Array): Promise<PaymentFile> {
  return withDocumentSlot(() => readPayments(bytes));
}

async function readPayments(bytes: Uint8Array): Promise<PaymentFile> {
  if (bytes.length === 0) throw new DocumentError({}, { zh: '文件为空', en: 'The file is empty' }, 'DOCUMENT_EMPTY');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new DocumentError({}, { zh: '不支持旧版 Excel 格式（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入', en: 'The old Excel format (.xls) is not supported: save it as .xlsx or .csv in Excel or WPS, then import' }, 'DOCUMENT_UNSUPPORTED');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new DocumentError({}, { zh: '不支持 PDF：请上传 .xlsx 或 .csv 格式的支付明细', en: 'PDF is not supported: upload the payment list as .xlsx or .csv' }, 'DOCUMENT_UNSUPPORTED');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    let names: string[];
    try {
      names = readZipDirectory(bytes).map((e) => e.name);
    } catch (error) {
      if (error instanceof CorruptZipError) throw new DocumentError({}, GARBLED_XLSX, 'DOCUMENT_GARBLED');
      throw error;
    }
    if (names.includes('word/document.xml')) throw new DocumentError({}, '这是 Word 文件：支付明细请用 .xlsx 或 .csv 导入（可下载导入模板）', 'DOCUMENT_UNSUPPORTED');
    const grids = await xlsxGrids(bytes);
    for (const grid of grids) {
      if (headerOf(grid)) return { format: 'xlsx', sheet: grid.sheet!, rows: rowsOf(grid) };
    }
    throw new DocumentError({}, `找不到支付明细：没有一个工作表的前 ${HEADER_SCAN_ROWS} 行中有“项目编码”等列名。表头应为：${EXPECTED}；可下载导入模板填写`);
  }
  return { format: 'csv', rows: rowsOf(csvGrid(bytes)) };
}
