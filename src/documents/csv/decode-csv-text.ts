import { DocumentError } from '../../core/errors.js';

/**
 * The text of a CSV file as Excel and WPS save it on Chinese systems: UTF-8 with or without BOM
 * (“CSV UTF-8”), UTF-16 with a BOM (“Unicode text”, tab-separated), or GB18030/GBK (plain “CSV” on
 * Chinese Windows). The encoding is decided by the bytes; the BOM is dropped.
 */

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

export function decodeCsvText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new DocumentError({}, '文件内容无法识别：既不是 UTF-8 也不是 GBK/GB18030 编码的 CSV，请在 Excel 或 WPS 中另存为“CSV UTF-8”或 .xlsx', 'DOCUMENT_GARBLED');
    }
  }
}

/** Tab when the first line has tabs and no commas (“Unicode text”), else comma. */
export function csvDelimiter(text: string): ',' | '\t' {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** Control characters no text file has in its first 4 KB: the upload is binary, whatever it is named. */
export function looksBinary(text: string): boolean {
  return /[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096));
}
