import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { importPayments } from '../../../app/spending/import-payments.js';
import { previewPaymentImport } from '../../../app/spending/preview-payment-import.js';
import type { PaymentSource } from '../../../app/spending/plan-payment-import.js';
import { DomainError } from '../../../core/errors.js';
import { stripControlCharacters } from '../../../core/text.js';
import { ERROR_RESPONSES, ZUnitYearParams } from '../../../contract/api/common.js';
import { ZPaymentImportPreview, ZPaymentImportResult } from '../../../contract/api/spending-api.js';
import { actorOf, requireScope } from '../../plugins/auth.js';

const BASE = '/api/units/:unitCode/years/:year';

async function readUpload(request: FastifyRequest): Promise<PaymentSource> {
  if (!request.isMultipart()) throw new DomainError('DOCUMENT_UNSUPPORTED', { zh: '请以 multipart/form-data 上传文件（字段名 file）', en: 'Upload the file as multipart/form-data (field name file)' });
  const file = await request.file();
  if (!file) throw new DomainError('DOCUMENT_EMPTY', { zh: '没有收到文件：请选择 .xlsx 或 .csv 格式的支付明细', en: 'No file was received: choose a payment list in .xlsx or .csv format' });
  // a file name is not worth refusing an upload over (filename*=UTF-8''a%00.csv decodes to a NUL)
  return { fileName: stripControlCharacters(file.filename) || '上传的文件', bytes: await file.toBuffer() };
}

export default async function spendingImportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['spending'];
  const errors = { ...ERROR_RESPONSES, 413: ERROR_RESPONSES[400], 415: ERROR_RESPONSES[400] };

  r.post(
    `${BASE}/payments/import/preview`,
    {
      config: { access: 'spending.write' },
      schema: { tags, summary: 'Read an uploaded payments file (.xlsx/.csv, multipart field "file") and show its rows, sums and every problem; stores nothing', params: ZUnitYearParams, consumes: ['multipart/form-data'], response: { 200: ZPaymentImportPreview, ...errors } },
    },
    async (request) => previewPaymentImport({ db: app.database.db, scope: requireScope(request), year: request.params.year, source: await readUpload(request) }),
  );

  r.post(
    `${BASE}/payments/import`,
    {
      config: { access: 'spending.write' },
      schema: { tags, summary: 'Import a payments file (.xlsx/.csv, multipart field "file"): all rows or none; problems come back in details.problems (422)', params: ZUnitYearParams, consumes: ['multipart/form-data'], response: { 200: ZPaymentImportResult, ...errors } },
    },
    async (request) => importPayments({ db: app.database.db, scope: requireScope(request), year: request.params.year, actor: actorOf(request), source: await readUpload(request) }),
  );
}
