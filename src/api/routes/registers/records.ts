import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../../app/auth/auth-user.js';
import { chinaDate } from '../../../core/dates.js';
import { deadlineAsOf } from '../../../core/deadlines.js';
import { DomainError } from '../../../core/errors.js';
import { stripControlCharacters } from '../../../core/text.js';
import { ERROR_RESPONSES } from '../../../contract/api/common.js';
import { ZAsOfQuery, ZExportQuery, ZImportPreview, ZListQuery, ZRecordBody, ZRecordPage, ZRecordParams, ZRecordView, ZRegisterParams, ZRegisterVoidBody, ZSheetList } from '../../../contract/api/registers-api.js';
import { assertMayImport, assertMayRead, assertMayWrite, type RegisterViewer } from '../../../registers/framework/access.js';
import { exportRegisterRecords } from '../../../registers/framework/export-records.js';
import { getRegisterRecord } from '../../../registers/framework/get-record.js';
import { importRegisterRecords, previewRegisterImport } from '../../../registers/framework/import-records.js';
import { listRegisterRecords } from '../../../registers/framework/list-records.js';
import { registerTemplateCsv, registerTemplateXlsx } from '../../../registers/framework/register-template.js';
import { createRegisterRecord, updateRegisterRecord } from '../../../registers/framework/save-record.js';
import { voidRegisterRecord } from '../../../registers/framework/void-record.js';
import { REGISTERS, requireSheet } from '../../../registers/registry.js';
import { actorOf, requireScope, requireUser } from '../../plugins/auth.js';
import { sendDownload } from '../../presenters/download.js';
import { presentSheet } from '../../presenters/register-sheets.js';

const BASE = '/api/units/:unitCode/registers/:kind/:sheet';
const LIST_KEYS = new Set(['year', 'from', 'to', 'q', 'page', 'pageSize', 'unmasked', 'voided', 'asOf', 'deadline']);

const filtersOf = (query: Record<string, unknown>) => Object.fromEntries(Object.entries(query).filter(([k, v]) => !LIST_KEYS.has(k) && typeof v === 'string')) as Record<string, string>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const viewerOf = (request: FastifyRequest): RegisterViewer => ({ subject: subjectOf(requireUser(request)) });

async function readUpload(request: FastifyRequest): Promise<{ bytes: Buffer; fileName: string }> {
  if (!request.isMultipart()) throw new DomainError('DOCUMENT_UNSUPPORTED', { zh: '请以 multipart/form-data 上传 .xlsx 或 .csv 文件（字段名 file）', en: 'Upload an .xlsx or .csv file as multipart/form-data (field name file)' });
  const file = await request.file();
  if (!file) throw new DomainError('DOCUMENT_EMPTY', { zh: '没有收到文件', en: 'No file was received' });
  return { bytes: await file.toBuffer(), fileName: stripControlCharacters(file.filename) };
}

/** Register records: sheets and their fields, list, export, detail, create, update, void, import and its template. */
export default async function registerRecordRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registers'];
  const db = () => app.database.db;
  /** what every record use-case takes: the database, the cipher, the unit, the sheet, who reads and who acts */
  const contextOf = (request: FastifyRequest<{ Params: { kind: string; sheet: string } }>) => ({
    db: db(),
    cipher: app.cipher,
    scope: requireScope(request),
    sheet: requireSheet(request.params.kind, request.params.sheet),
    viewer: viewerOf(request),
    actor: actorOf(request),
  });

  r.get('/api/registers', { config: { access: 'register.read' }, schema: { tags, summary: 'Every register sheet with its fields (for forms, lists and templates)', response: { 200: ZSheetList, ...ERROR_RESPONSES } } }, async (request) => {
    const subject = subjectOf(requireUser(request));
    return REGISTERS.flatMap((register) => register.sheets.map((s) => presentSheet(s, subject)));
  });

  r.get(
    `${BASE}/records`,
    { config: { access: 'register.read' }, schema: { tags, summary: 'A page of records, newest first: filters by field, search, date range; personal data masked unless unmasked=true (audited)', params: ZRegisterParams, querystring: ZListQuery, response: { 200: ZRecordPage, ...ERROR_RESPONSES } } },
    async (request) => {
      const q = request.query;
      const filters = filtersOf(q);
      return listRegisterRecords({
        ...contextOf(request),
        query: { year: q.year, from: q.from, to: q.to, q: q.q, filters, page: q.page, pageSize: q.pageSize, unmasked: q.unmasked, voided: q.voided, asOf: q.asOf ?? deadlineAsOf(q, chinaDate(new Date())), deadline: q.deadline },
      });
    },
  );

  r.get(
    `${BASE}/export`,
    {
      config: { access: 'register.read' },
      schema: {
        tags,
        summary: 'The list as .xlsx: every record matching the list\'s filters (no paging), in its order and the reader\'s scope; the import template\'s columns plus legal deadlines; personal data masked unless unmasked=true (audited)',
        params: ZRegisterParams,
        querystring: ZExportQuery,
      },
    },
    async (request, reply) => {
      const q = request.query;
      const file = await exportRegisterRecords({
        ...contextOf(request),
        query: { year: q.year, from: q.from, to: q.to, q: q.q, filters: filtersOf(q), unmasked: q.unmasked, asOf: q.asOf ?? deadlineAsOf(q, chinaDate(new Date())), deadline: q.deadline },
      });
      return sendDownload(reply, { bytes: file.bytes, fileName: file.fileName, contentType: XLSX, asciiName: 'register-export.xlsx', headers: { 'cache-control': 'no-store' } });
    },
  );

  r.get(
    `${BASE}/records/:recordId`,
    {
      config: { access: 'register.read' },
      schema: { tags, summary: 'One record; unmasked=true shows personal data in full (audited); sealed records only to roles that may unmask', params: ZRecordParams, querystring: ZAsOfQuery.extend({ unmasked: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }), response: { 200: ZRecordView, ...ERROR_RESPONSES } },
    },
    async (request) =>
      getRegisterRecord({
        ...contextOf(request),
        id: request.params.recordId,
        unmasked: request.query.unmasked,
        asOf: request.query.asOf ?? chinaDate(new Date()),
      }),
  );

  r.post(
    `${BASE}/records`,
    { config: { access: 'register.write' }, schema: { tags, summary: 'Create a record (a 业务科室 only in its registers, a 司法所 only for its office)', params: ZRegisterParams, body: ZRecordBody, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } } },
    async (request) =>
      createRegisterRecord({ ...contextOf(request), input: request.body }),
  );

  r.patch(
    `${BASE}/records/:recordId`,
    { config: { access: 'register.write' }, schema: { tags, summary: 'Change some fields of a record; the whole record is checked again', params: ZRecordParams, body: ZRecordBody, response: { 200: z.object({ id: z.number().int() }), ...ERROR_RESPONSES } } },
    async (request) =>
      updateRegisterRecord({ ...contextOf(request), id: request.params.recordId, patch: request.body }),
  );

  r.post(
    `${BASE}/records/:recordId/void`,
    {
      config: { access: 'register.write' },
      // a register the user does not keep is refused before the body is validated, as the import
      // refuses before reading the upload: a 403 says so whatever was sent
      preValidation: async (request) => {
        // malformed parameters are left to the route's validation (400 naming the parameter)
        const params = ZRecordParams.safeParse(request.params);
        if (params.success) assertMayWrite(viewerOf(request), requireSheet(params.data.kind, params.data.sheet));
      },
      schema: {
        tags,
        summary: 'Void (作废) a record, with a reason: it is kept, listed with voided=include|only, and counts in no metric; a voided record cannot be changed or voided again (409)',
        params: ZRecordParams,
        body: ZRegisterVoidBody,
        querystring: ZAsOfQuery,
        response: { 200: ZRecordView, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      voidRegisterRecord({
        ...contextOf(request),
        id: request.params.recordId,
        reason: request.body.reason,
        asOf: request.query.asOf ?? chinaDate(new Date()),
      }),
  );

  r.get(
    `${BASE}/template`,
    { config: { access: 'register.read' }, schema: { tags, summary: 'The import template: Chinese headers, drop-downs and a 填写说明 sheet (.xlsx) or the header line (.csv)', params: ZRegisterParams, querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) } },
    async (request, reply) => {
      const sheet = requireSheet(request.params.kind, request.params.sheet);
      assertMayRead(viewerOf(request), sheet);
      const csv = request.query.format === 'csv';
      const bytes = csv ? registerTemplateCsv(sheet) : await registerTemplateXlsx(sheet);
      const name = `${sheet.name}导入模板.${request.query.format}`;
      return sendDownload(reply, { bytes, fileName: name, contentType: csv ? 'text/csv; charset=utf-8' : XLSX, asciiName: `template.${request.query.format}` });
    },
  );

  r.post(
    `${BASE}/import/preview`,
    { config: { access: 'register.write' }, schema: { tags, summary: 'Check an upload (.xlsx/.csv, multipart field "file") row by row; stores nothing', consumes: ['multipart/form-data'], params: ZRegisterParams, response: { 200: ZImportPreview, ...ERROR_RESPONSES, 413: ERROR_RESPONSES[400], 415: ERROR_RESPONSES[400] } } },
    async (request) => {
      const sheet = requireSheet(request.params.kind, request.params.sheet);
      // refuse before reading the upload: a register the user does not keep says so, whatever was sent
      assertMayImport(viewerOf(request), sheet);
      const { bytes } = await readUpload(request);
      return previewRegisterImport({ sheet, viewer: viewerOf(request), bytes, db: db(), scope: requireScope(request) });
    },
  );

  r.post(
    `${BASE}/import`,
    { config: { access: 'register.write' }, schema: { tags, summary: 'Import an upload (.xlsx/.csv, multipart field "file"): all rows or none; every problem named by row and column', consumes: ['multipart/form-data'], params: ZRegisterParams, response: { 200: z.object({ imported: z.number().int() }), ...ERROR_RESPONSES, 413: ERROR_RESPONSES[400], 415: ERROR_RESPONSES[400] } } },
    async (request) => {
      const sheet = requireSheet(request.params.kind, request.params.sheet);
      assertMayImport(viewerOf(request), sheet);
      const { bytes, fileName } = await readUpload(request);
      return importRegisterRecords({ ...contextOf(request), bytes, fileName });
    },
  );
}
