import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../../app/auth/auth-user.js';
import { attachEvidenceToValue, listEvidenceOfValue, readEvidenceFile } from '../../../app/evidence/evidence-files.js';
import { DomainError } from '../../../core/errors.js';
import { bindIndicator, confirmProposedBindings, unbindIndicator } from '../../../app/indicators/bind-indicators.js';
import { drillIndicator } from '../../../app/indicators/drill-indicator.js';
import { getIndicatorBoard } from '../../../app/indicators/get-indicator-board.js';
import { listMetricValues } from '../../../app/indicators/metric-catalog.js';
import { decideIndicatorValue, editIndicatorValue, enterIndicatorValue, listValuesOfIndicator, listValuesOfUnit, submitIndicatorValue } from '../../../app/indicators/indicator-values.js';
import { ERROR_RESPONSES, ZOk, ZText, ZUnitYearParams } from '../../../contract/api/common.js';
import { chinaDate } from '../../../core/dates.js';
import {
  ZAsOfQuery,
  ZBindingInput,
  ZConfirmProposals,
  ZDrill,
  ZDrillQuery,
  ZEvidenceFile,
  ZEvidenceParams,
  ZIndicatorParams,
  ZIndicatorValueInput,
  ZIndicatorValueView,
  ZProgressBoard,
  ZUnitValuesQuery,
  ZValueParams,
  ZMetricList,
  ZIndicatorValueList,
  ZUnitIndicatorValueList,
  ZEvidenceFileList,
} from '../../../contract/api/registers-api.js';
import { actorOf, requireScope, requireUser } from '../../plugins/auth.js';
import { zhEn } from '../../../contract/messages.js';
import { sendDownload } from '../../presenters/download.js';

const BASE = '/api/units/:unitCode/years/:year';

async function readEvidenceUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) throw new DomainError('DOCUMENT_UNSUPPORTED', { zh: '请以 multipart/form-data 上传文件（字段名 file）', en: 'Upload the file as multipart/form-data (field “file”)' });
  const file = await request.file();
  if (!file) throw new DomainError('DOCUMENT_EMPTY', { zh: '没有收到文件：请选择 PDF、图片、Word 或 Excel 文件（不超过 20 MB）', en: 'No file received' });
  return { fileName: file.filename || '佐证材料', bytes: await file.toBuffer() };
}

/** Metrics, the indicator progress board, drill-downs, bindings and manually entered values. */
export default async function indicatorRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['indicators'];
  const db = () => app.database.db;
  const asOf = (q: { asOf?: string | undefined }) => q.asOf ?? chinaDate(new Date());

  r.get(
    `${BASE}/metrics`,
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: 'Every metric (register and spending-ledger) for the unit and year as of a date, unfiltered',
        params: ZUnitYearParams,
        querystring: ZAsOfQuery,
        response: { 200: ZMetricList, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const scope = requireScope(request);
      return listMetricValues({ db: db(), scope, year: request.params.year, asOf: asOf(request.query) });
    },
  );

  r.get(
    `${BASE}/indicator-progress`,
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: 'Progress board: per indicator target, actual, expected to date, light, forecast; per project and for the department',
        params: ZUnitYearParams,
        querystring: ZAsOfQuery,
        response: { 200: ZProgressBoard, ...ERROR_RESPONSES },
      },
    },
    async (request) => getIndicatorBoard({ db: db(), scope: requireScope(request), year: request.params.year, asOf: asOf(request.query) }),
  );

  r.get(
    `${BASE}/indicators/:id/drill`,
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary:
          'The figures of a bound indicator and a page of the register records behind them (masked; a rate marks the numerator’s records; sealed records the reader may not see are counts only; a reader who may not read the register gets the figures and recordAccess: false)',
        params: ZIndicatorParams,
        querystring: ZDrillQuery,
        response: { 200: ZDrill, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      drillIndicator({
        db: db(),
        cipher: app.cipher,
        scope: requireScope(request),
        year: request.params.year,
        indicatorId: request.params.id,
        asOf: asOf(request.query),
        viewer: { subject: subjectOf(requireUser(request)) },
        actor: actorOf(request),
        paging: { page: request.query.page, pageSize: request.query.pageSize },
      }),
  );

  r.post(
    `${BASE}/bindings/confirm-proposals`,
    {
      config: { access: 'indicator.bind' },
      schema: {
        tags,
        summary: 'Confirm the proposed metric bindings (all, or the listed indicators)',
        params: ZUnitYearParams,
        body: ZConfirmProposals,
        response: {
          200: z.object({
            confirmed: z.array(
              z.object({ indicatorId: z.number().int(), projectCode: z.string().nullable(), name: z.string(), metric: z.string(), filter: z.record(z.string(), z.string()).nullable() }),
            ),
          }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) =>
      confirmProposedBindings({
        db: db(),
        scope: requireScope(request),
        year: request.params.year,
        actor: actorOf(request),
        subject: subjectOf(requireUser(request)),
        indicatorIds: request.body.indicatorIds,
      }),
  );

  r.put(
    `${BASE}/indicators/:id/binding`,
    {
      config: { access: 'indicator.bind' },
      schema: { tags, summary: 'Bind an indicator to a metric of your choosing (or change it)', params: ZIndicatorParams, body: ZBindingInput, response: { 200: ZOk, ...ERROR_RESPONSES } },
    },
    async (request) => {
      await bindIndicator({
        db: db(),
        scope: requireScope(request),
        year: request.params.year,
        actor: actorOf(request),
        subject: subjectOf(requireUser(request)),
        indicatorId: request.params.id,
        metric: request.body.metric,
        filter: request.body.filter,
      });
      return { ok: true as const };
    },
  );

  r.delete(
    `${BASE}/indicators/:id/binding`,
    {
      config: { access: 'indicator.bind' },
      schema: { tags, summary: 'Remove an indicator’s binding (its actual is then entered by hand)', params: ZIndicatorParams, response: { 200: ZOk, ...ERROR_RESPONSES } },
    },
    async (request) => {
      await unbindIndicator({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), subject: subjectOf(requireUser(request)), indicatorId: request.params.id });
      return { ok: true as const };
    },
  );

  r.get(
    `${BASE}/indicators/:id/values`,
    {
      config: { access: 'indicator.read' },
      schema: { tags, summary: 'Manually entered values of an indicator, newest first', params: ZIndicatorParams, response: { 200: ZIndicatorValueList, ...ERROR_RESPONSES } },
    },
    async (request) => listValuesOfIndicator({ db: db(), scope: requireScope(request), year: request.params.year, indicatorId: request.params.id }),
  );

  r.get(
    `${BASE}/indicator-values`,
    {
      config: { access: 'indicator.read' },
      schema: {
        tags,
        summary: 'The unit-year’s manually entered values with their indicators, newest entry first, optionally of one status and only one’s own (mine=true) or only others’ (mine=false)',
        params: ZUnitYearParams,
        querystring: ZUnitValuesQuery,
        response: { 200: ZUnitIndicatorValueList, ...ERROR_RESPONSES },
      },
    },
    async (request) => listValuesOfUnit({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), status: request.query.status, mine: request.query.mine }),
  );

  r.post(
    `${BASE}/indicators/:id/values`,
    {
      config: { access: 'indicatorValue.enter' },
      schema: {
        tags,
        summary: 'Enter a value with evidence (a draft): a number for quantitative targets, an assessment band for qualitative ones',
        params: ZIndicatorParams,
        body: ZIndicatorValueInput,
        response: { 200: ZIndicatorValueView, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      enterIndicatorValue({
        db: db(),
        scope: requireScope(request),
        year: request.params.year,
        actor: actorOf(request),
        subject: subjectOf(requireUser(request)),
        indicatorId: request.params.id,
        input: request.body,
      }),
  );

  r.patch(
    `${BASE}/indicator-values/:valueId`,
    {
      config: { access: 'indicatorValue.enter' },
      schema: {
        tags,
        summary: 'Change one’s own draft or returned value (it becomes a draft again)',
        params: ZValueParams,
        body: ZIndicatorValueInput,
        response: { 200: ZIndicatorValueView, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      editIndicatorValue({
        db: db(),
        scope: requireScope(request),
        year: request.params.year,
        actor: actorOf(request),
        subject: subjectOf(requireUser(request)),
        valueId: request.params.valueId,
        input: request.body,
      }),
  );

  r.post(
    `${BASE}/indicator-values/:valueId/submit`,
    { config: { access: 'indicatorValue.enter' }, schema: { tags, summary: 'Submit one’s own value for approval', params: ZValueParams, response: { 200: ZIndicatorValueView, ...ERROR_RESPONSES } } },
    async (request) => submitIndicatorValue({ db: db(), scope: requireScope(request), actor: actorOf(request), subject: subjectOf(requireUser(request)), valueId: request.params.valueId }),
  );

  r.post(
    `${BASE}/indicator-values/:valueId/approve`,
    {
      config: { access: 'indicatorValue.approve' },
      schema: { tags, summary: 'Approve a submitted value (not one’s own): from now on it counts', params: ZValueParams, response: { 200: ZIndicatorValueView, ...ERROR_RESPONSES } },
    },
    async (request) =>
      decideIndicatorValue({ db: db(), scope: requireScope(request), actor: actorOf(request), subject: subjectOf(requireUser(request)), valueId: request.params.valueId, decision: 'approve' }),
  );

  r.post(
    `${BASE}/indicator-values/:valueId/return`,
    {
      config: { access: 'indicatorValue.approve' },
      schema: {
        tags,
        summary: 'Return a submitted value with a reason',
        params: ZValueParams,
        body: z.object({ reason: ZText.trim().min(1, zhEn('请写明退回原因', 'Give the reason for returning it')).max(500) }),
        response: { 200: ZIndicatorValueView, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      decideIndicatorValue({
        db: db(),
        scope: requireScope(request),
        actor: actorOf(request),
        subject: subjectOf(requireUser(request)),
        valueId: request.params.valueId,
        decision: 'return',
        reason: request.body.reason,
      }),
  );

  const uploadErrors = { ...ERROR_RESPONSES, 413: ERROR_RESPONSES[400], 415: ERROR_RESPONSES[400] };

  r.post(
    `${BASE}/indicator-values/:valueId/evidence`,
    {
      config: { access: 'indicatorValue.enter' },
      schema: {
        tags,
        summary: 'Attach a file (PDF, image, Word, Excel; at most 20 MB; type checked by its bytes; multipart field "file") to one’s own draft or returned value; stored with its SHA-256, audited',
        params: ZValueParams,
        consumes: ['multipart/form-data'],
        response: { 200: ZEvidenceFile, ...uploadErrors },
      },
    },
    async (request) =>
      attachEvidenceToValue({
        db: db(),
        scope: requireScope(request),
        year: request.params.year,
        actor: actorOf(request),
        subject: subjectOf(requireUser(request)),
        valueId: request.params.valueId,
        file: await readEvidenceUpload(request),
      }),
  );

  r.get(
    `${BASE}/indicator-values/:valueId/evidence`,
    {
      config: { access: 'indicator.read' },
      schema: { tags, summary: 'The evidence files of a value (without their bytes), oldest first', params: ZValueParams, response: { 200: ZEvidenceFileList, ...ERROR_RESPONSES } },
    },
    async (request) => listEvidenceOfValue({ db: db(), scope: requireScope(request), year: request.params.year, valueId: request.params.valueId }),
  );

  r.get(
    `${BASE}/evidence/:fileId`,
    { config: { access: 'indicator.read' }, schema: { tags, summary: 'Download an evidence file (its stored bytes; x-content-sha256 gives their SHA-256)', params: ZEvidenceParams } },
    async (request, reply) => {
      const file = await readEvidenceFile({ db: db(), scope: requireScope(request), fileId: request.params.fileId });
      return sendDownload(reply, { bytes: file.bytes, fileName: file.fileName, contentType: file.mediaType, asciiName: 'evidence', headers: { 'x-content-sha256': file.sha256, 'x-content-type-options': 'nosniff' } });
    },
  );
}
