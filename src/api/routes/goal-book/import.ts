import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { importGoalBook } from '../../../app/goal-book/import-goal-book.js';
import { previewGoalBookImport } from '../../../app/goal-book/preview-goal-book-import.js';
import { subjectOf } from '../../../app/auth/auth-user.js';
import { readGoalDocument } from '../../../documents/read-goal-document.js';
import { DomainError } from '../../../core/errors.js';
import { stripControlCharacters } from '../../../core/text.js';
import { ZGoalBook, type TGoalBook } from '../../../contract/goal-book.js';
import { ERROR_RESPONSES } from '../../../contract/api/common.js';
import { assertMayImportUnit } from '../../../app/units/resolve-scope.js';
import { actorOf, requireUser } from '../../plugins/auth.js';
import { ZEditResult } from './write.js';
import { ZGoalBookImportPreview } from '../../../contract/api/goal-book-api.js';
import { reviewGoalBook } from '../../../core/review/index.js';

/** Access to the unit a document names is checked after reading it (app/units/resolve-scope.ts). */
const assertMayImport = (request: FastifyRequest, book: TGoalBook) => assertMayImportUnit({ db: request.server.database.db, subject: subjectOf(requireUser(request)), unit: book.unit });

async function readUpload(request: FastifyRequest): Promise<TGoalBook> {
  if (!request.isMultipart()) throw new DomainError('DOCUMENT_UNSUPPORTED', { zh: '请以 multipart/form-data 上传文件（字段名 file）', en: 'Upload the file as multipart/form-data (field name file)' });
  const file = await request.file();
  if (!file) throw new DomainError('DOCUMENT_EMPTY', { zh: '没有收到文件', en: 'No file was received' });
  const bytes = await file.toBuffer();
  const yearField = file.fields.year as { value?: string } | undefined;
  const year = yearField?.value ? Number(yearField.value) : undefined;
  return readGoalDocument(bytes, { fileName: stripControlCharacters(file.filename), ...(year && Number.isInteger(year) ? { year } : {}) });
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
    async (request) => {
      const goalBook = await readUpload(request);
      await assertMayImport(request, goalBook);
      return { goalBook, diff: await previewGoalBookImport({ db: app.database.db, book: goalBook }), findings: reviewGoalBook(goalBook) };
    },
  );

  r.post(
    '/api/goal-books',
    {
      config: { access: 'goalBook.write' },
      schema: { tags, summary: 'Store a goal book (the interchange format, e.g. from a preview): all or nothing; recorded as a revision', body: ZGoalBook, response: { 200: ZEditResult, ...ERROR_RESPONSES } },
    },
    async (request) => {
      await assertMayImport(request, request.body);
      const result = await importGoalBook({ db: app.database.db, book: request.body, actor: actorOf(request) });
      return { status: result.status, diff: result.diff, ...(result.revision !== undefined ? { revision: result.revision } : {}) };
    },
  );
}
