import type { LocalizedText } from './errors.js';

/**
 * 佐证材料: which files may be attached as evidence, told by their first bytes (magic numbers), never
 * by the name or the browser's content type. PDF, images (PNG, JPEG, GIF, WebP), Word and Excel
 * (.docx/.xlsx, and the old .doc/.xls), at most 20 MB each. Pure.
 */

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_LABEL = '20 MB';

export interface TEvidenceType {
  mediaType: string;
  /** what a user calls it */
  label: string;
}

const PDF: TEvidenceType = { mediaType: 'application/pdf', label: 'PDF' };
const PNG: TEvidenceType = { mediaType: 'image/png', label: 'PNG 图片' };
const JPEG: TEvidenceType = { mediaType: 'image/jpeg', label: 'JPEG 图片' };
const GIF: TEvidenceType = { mediaType: 'image/gif', label: 'GIF 图片' };
const WEBP: TEvidenceType = { mediaType: 'image/webp', label: 'WebP 图片' };
const DOCX: TEvidenceType = { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word 文档' };
const XLSX: TEvidenceType = { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel 表格' };
const DOC: TEvidenceType = { mediaType: 'application/msword', label: 'Word 97-2003 文档' };
const XLS: TEvidenceType = { mediaType: 'application/vnd.ms-excel', label: 'Excel 97-2003 表格' };

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether the bytes hold an ASCII marker (a zip's stored entry names are plain text). */
function contains(bytes: Uint8Array, marker: string): boolean {
  const m = ascii(marker);
  outer: for (let i = 0; i + m.length <= bytes.length; i++) {
    for (let j = 0; j < m.length; j++) if (bytes[i + j] !== m[j]) continue outer;
    return true;
  }
  return false;
}

/** The evidence type of a file by its bytes (and, for the old Office format, its name), or null when it is not accepted. */
export function detectEvidenceType(bytes: Uint8Array, fileName: string): TEvidenceType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return GIF;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // an Office Open XML package names its parts in the clear
    if (contains(bytes, 'word/')) return DOCX;
    if (contains(bytes, 'xl/')) return XLSX;
    return null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // an OLE compound file: the old .doc / .xls (its parts' names are UTF-16; the extension tells which)
    const ext = fileName.toLowerCase().split('.').pop();
    if (ext === 'doc') return DOC;
    if (ext === 'xls') return XLS;
    return null;
  }
  return null;
}

/** Why a file cannot be evidence, or null when it can. */
export function evidenceProblem(bytes: Uint8Array, fileName: string): { code: 'DOCUMENT_EMPTY' | 'PAYLOAD_TOO_LARGE' | 'DOCUMENT_UNSUPPORTED'; message: LocalizedText } | null {
  if (bytes.length === 0) return { code: 'DOCUMENT_EMPTY', message: { zh: `文件“${fileName}”是空的`, en: `File “${fileName}” is empty` } };
  if (bytes.length > EVIDENCE_MAX_BYTES) {
    return { code: 'PAYLOAD_TOO_LARGE', message: { zh: `文件“${fileName}”超过 ${EVIDENCE_MAX_LABEL}，请压缩或拆分后上传`, en: `File “${fileName}” is larger than ${EVIDENCE_MAX_LABEL}` } };
  }
  if (!detectEvidenceType(bytes, fileName)) {
    return {
      code: 'DOCUMENT_UNSUPPORTED',
      message: { zh: `文件“${fileName}”不是可接受的佐证材料格式：只接受 PDF、图片（PNG/JPEG/GIF/WebP）、Word 和 Excel 文件（按文件内容判断，不看扩展名）`, en: `File “${fileName}” is not PDF, an image, Word or Excel (judged by its content)` },
    };
  }
  return null;
}
