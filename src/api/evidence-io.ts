import type { FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_RESPONSES } from '../contract/api/common.js';
import { DomainError } from '../core/errors.js';
import { sendDownload } from './presenters/download.js';

/** The errors an evidence upload answers: the usual ones, too large (413), of a refused type (415). */
export const UPLOAD_ERRORS = { ...ERROR_RESPONSES, 413: ERROR_RESPONSES[400], 415: ERROR_RESPONSES[400] };

/** The one file of a multipart upload (field “file”), refused with a bilingual message when absent. */
export async function readEvidenceUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new DomainError('DOCUMENT_UNSUPPORTED', { zh: '请以 multipart/form-data 上传文件（字段名 file）', en: 'Upload the file as multipart/form-data (field “file”)' });
  const file = await request.file();
  if (!file) throw new DomainError('DOCUMENT_EMPTY', { zh: '没有收到文件：请选择 PDF、图片、Word 或 Excel 文件（不超过 20 MB）', en: 'No file received' });
  return { fileName: file.filename || '佐证材料', bytes: await file.toBuffer() };
}

/** A stored file as a download: its type, its SHA-256 in x-content-sha256, never sniffed, named in UTF-8. */
export function sendEvidence(reply: FastifyReply, file: { fileName: string; mediaType: string; bytes: Buffer; sha256: string }) {
  return sendDownload(reply, {
    bytes: file.bytes,
    fileName: file.fileName,
    contentType: file.mediaType,
    asciiName: 'evidence',
    headers: { 'x-content-sha256': file.sha256, 'x-content-type-options': 'nosniff' },
  });
}
