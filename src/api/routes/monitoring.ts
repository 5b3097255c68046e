import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commentMonitoringReport } from '../../app/monitoring/comment-monitoring-report.js';
import { confirmMonitoringProposals } from '../../app/monitoring/confirm-monitoring-proposals.js';
import { exportMonitoringReport } from '../../app/monitoring/export-monitoring-report.js';
import { fillMonitoringLine } from '../../app/monitoring/fill-monitoring-line.js';
import { followUpMeasure } from '../../app/monitoring/follow-up-measure.js';
import { getMonitoringReport } from '../../app/monitoring/get-monitoring-report.js';
import { listMonitoringMeasures } from '../../app/monitoring/list-monitoring-measures.js';
import { readMonitoringSettingsOf, updateMonitoringSettings } from '../../app/monitoring/monitoring-settings.js';
import { moveMonitoringReport, type TReportMove } from '../../app/monitoring/move-monitoring-report.js';
import type { MonitoringViewer } from '../../app/monitoring/monitoring-viewer.js';
import { ERROR_RESPONSES, ZUnitYearParams } from '../../contract/api/common.js';
import { ZCommentInput, ZFollowUpInput, ZLineInput, ZMonitoringParams, ZMonitoringReport, ZMonitoringSettings, ZMoveInput, ZUnitMeasureList } from '../../contract/api/monitoring-api.js';
import { ZAsOfQuery } from '../../contract/api/registers-api.js';
import type { TPermission } from '../../core/access/permissions.js';
import { chinaDate } from '../../core/dates.js';
import { EXPORT_MIME } from '../../documents/export-goal-book.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';
import { sendDownload } from '../presenters/download.js';

const BASE = '/api/units/:unitCode/years/:year';
const REPORT = `${BASE}/monitoring/:month`;

/** 绩效运行监控: the report, its lines and follow-ups, the workflow moves, comments, the measures of a year and the cut-off setting. */
export default async function monitoringRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];
  const db = () => app.database.db;
  const viewerOf = (request: FastifyRequest): MonitoringViewer => {
    const user = requireUser(request);
    return { actor: actorOf(request), role: user.role, sections: user.sections, displayName: user.displayName };
  };
  const reply200 = { 200: ZMonitoringReport, ...ERROR_RESPONSES };

  r.get(`${BASE}/monitoring-settings`, { config: { access: 'monitoring.read' }, schema: { tags, summary: 'The unit’s monitoring cut-off month (default 7)', params: ZUnitYearParams, response: { 200: ZMonitoringSettings, ...ERROR_RESPONSES } } }, async (request) =>
    readMonitoringSettingsOf({ db: db(), scope: requireScope(request) }),
  );

  r.put(
    `${BASE}/monitoring-settings`,
    { config: { access: 'settings.write' }, schema: { tags, summary: 'Change the unit’s monitoring cut-off month (audited)', params: ZUnitYearParams, body: ZMonitoringSettings, response: { 200: ZMonitoringSettings, ...ERROR_RESPONSES } } },
    async (request) => updateMonitoringSettings({ db: db(), scope: requireScope(request), actor: actorOf(request), settings: request.body }),
  );

  r.get(
    REPORT,
    { config: { access: 'monitoring.read' }, schema: { tags, summary: 'The monitoring report for a cut-off month: money and indicators with proposed and confirmed judgements, the workflow state and the reader’s moves; an approved report from its frozen snapshot, with what changed live since', params: ZMonitoringParams, response: reply200 } },
    async (request) => getMonitoringReport({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, viewer: viewerOf(request) }),
  );

  r.put(
    `${REPORT}/lines/:indicatorId`,
    {
      config: { access: 'monitoring.fill' },
      schema: { tags, summary: 'Judge one indicator line: likelihood, deviation cause, corrective measures (replacing the line’s earlier ones)', params: ZMonitoringParams.extend({ indicatorId: z.coerce.number().int().positive() }), body: ZLineInput, response: reply200 },
    },
    async (request) => fillMonitoringLine({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, viewer: viewerOf(request), indicatorId: request.params.indicatorId, input: request.body }),
  );

  r.post(
    `${REPORT}/confirm-proposals`,
    { config: { access: 'monitoring.fill' }, schema: { tags, summary: 'Take jixiao’s proposed likelihood and cause for every unjudged line the reader may fill', params: ZMonitoringParams, response: reply200 } },
    async (request) => confirmMonitoringProposals({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, viewer: viewerOf(request) }),
  );

  r.post(
    `${REPORT}/measures/:measureId/follow-up`,
    { config: { access: 'monitoring.fill' }, schema: { tags, summary: '整改 follow-up of an earlier report’s measure: done, or not done with a note', params: ZMonitoringParams.extend({ measureId: z.coerce.number().int().positive() }), body: ZFollowUpInput, response: reply200 } },
    async (request) =>
      followUpMeasure({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, viewer: viewerOf(request), measureId: request.params.measureId, status: request.body.status, note: request.body.note }),
  );

  const MOVES: [TReportMove, TPermission, string][] = [
    ['submit', 'monitoring.submit', 'Submit the report (finance; every line and follow-up complete)'],
    ['approve', 'monitoring.approve', 'Approve the report (not its submitter): its inputs are frozen'],
    ['return', 'monitoring.approve', 'Return the report with a reason'],
    ['lock', 'monitoring.reopen', 'Lock an approved report'],
    ['reopen', 'monitoring.reopen', 'Reopen an approved or locked report with a reason (audited; the figures are live again)'],
  ];
  for (const [move, access, summary] of MOVES) {
    r.post(`${REPORT}/${move}`, { config: { access }, schema: { tags, summary, params: ZMonitoringParams, body: ZMoveInput.optional(), response: reply200 } }, async (request) =>
      moveMonitoringReport({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, viewer: viewerOf(request), move, reason: request.body?.reason }),
    );
  }

  r.post(
    `${REPORT}/comments`,
    { config: { access: 'monitoring.comment' }, schema: { tags, summary: 'Comment on the report (财政审核, finance, leader)', params: ZMonitoringParams, body: ZCommentInput, response: reply200 } },
    async (request) => commentMonitoringReport({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, viewer: viewerOf(request), text: request.body.text }),
  );

  r.get(
    `${BASE}/monitoring-measures`,
    { config: { access: 'monitoring.read' }, schema: { tags, summary: 'The year’s corrective measures with their 整改 status (overdue as of a date)', params: ZUnitYearParams, querystring: ZAsOfQuery, response: { 200: ZUnitMeasureList, ...ERROR_RESPONSES } } },
    async (request) => listMonitoringMeasures({ db: db(), scope: requireScope(request), year: request.params.year, asOf: request.query.asOf ?? chinaDate(new Date()) }),
  );

  r.get(
    `${REPORT}/export`,
    { config: { access: 'monitoring.read' }, schema: { tags, summary: 'Download the 绩效运行监控表 as .xlsx or .docx (the frozen figures once approved)', params: ZMonitoringParams, querystring: z.object({ format: z.enum(['xlsx', 'docx']) }) } },
    async (request, reply) => {
      const file = await exportMonitoringReport({ db: db(), scope: requireScope(request), year: request.params.year, month: request.params.month, format: request.query.format });
      return sendDownload(reply, { bytes: file.bytes, fileName: file.fileName, contentType: EXPORT_MIME[request.query.format], asciiName: `monitoring.${request.query.format}` });
    },
  );
}
