import ExcelJS from 'exceljs';
import { DocumentError } from '../../core/errors.js';
import { CorruptZipError, unzip } from '../zip/safe-unzip.js';
import { storedZip } from '../zip/stored-zip.js';

/**
 * An uploaded .xlsx → an exceljs workbook, through the size-checked unzip: every reader of a user's
 * spreadsheet (goal documents, payments, register imports) opens it here. `corrupt` is the reader's own
 * Chinese sentence for a file that is not a readable workbook.
 */
export async function loadXlsxWorkbook(bytes: Uint8Array, corrupt: string): Promise<ExcelJS.Workbook> {
  let packed: Buffer;
  try {
    packed = storedZip(await unzip(bytes));
  } catch (error) {
    if (error instanceof CorruptZipError) throw new DocumentError({}, corrupt, 'DOCUMENT_GARBLED');
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(packed as unknown as ArrayBuffer);
  } catch {
    throw new DocumentError({}, corrupt, 'DOCUMENT_GARBLED');
  }
  return workbook;
}
