import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { importGoalBook } from '../../../app/goal-book/import-goal-book.js';
import { previewGoalDocument } from '../../../app/goal-book/preview-goal-book-import.js';
import { subjectOf } from '../../../app/auth/auth-user.js';
import { DomainError } from '../../../core/errors.js';
import { stripControlCharacters } from '../../../core/text.js';
import { ZGoalBook } from '../../../contract/goal-book.js';
import { ERROR_RESPONSES } from '../../../contract/api/common.js';
import { actorOf, requireUser } from '../../plugins/auth.js';
import { ZEditResult, ZGoalBookImportPreview } from '../../../contract/api/goal-book-api.js';
import { presentEditResult } from '../../presenters/edit-result.js';

/** The uploaded document's bytes, name and the optional year field (multipart is the route's business). */
async function readUpload(request: FastifyRequest): Promise<{ bytes: Buffer; fileName: string; year: number | undefined }> {
  if (!request.isMultipart()) throw new DomainError('DOCUMENT_UNSUPPORTED', { zh: '请以 multipart/form-data 上传文件（字段名 file）', en: 'Upload the file as multipart/form-data (field name file)' });
  const file = await request.file();
  if (!file) throw new DomainError('DOCUMENT_EMPTY', { zh: '没有收到文件', en: 'No file was received' });
  const bytes = await file.toBuffer();
  const yearField = file.fields.year as { value?: string } | undefined;
  const year = yearField?.value ? Number(yearField.value) : undefined;
  return { bytes, fileName: stripControlCharacters(file.filename), year: year && Number.isInteger(year) ? year : undefined };
}

export default async function goalBookImportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['goal book'];

  r.post(
    '/api/goal-books/preview',
    {
      config: { access: 'goalBook.write' },
      schema: {
        tags,
        summary: 'Read an uploaded goal document (.docx/.xlsx/.txt/.json, multipart field "file", optional field "year") and show what importing it would create or change; stores nothing',
        consumes: ['multipart/form-data'],
        response: { 200: ZGoalBookImportPreview, ...ERROR_RESPONSES, 413: ERROR_RESPONSES[400], 415: ERROR_RESPONSES[400] },
      },
    },
    async (request) => previewGoalDocument({ db: app.database.db, subject: subjectOf(requireUser(request)), ...(await readUpload(request)) }),
  );

  r.post(
    '/api/goal-books',
    {
      config: { access: 'goalBook.write' },
      schema: { tags, summary: 'Store a goal book (the interchange format, e.g. from a preview): all or nothing; recorded as a revision', body: ZGoalBook, response: { 200: ZEditResult, ...ERROR_RESPONSES } },
    },
    async (request) => presentEditResult(await importGoalBook({ db: app.database.db, book: request.body, actor: actorOf(request), subject: subjectOf(requireUser(request)) })),
  );
}
