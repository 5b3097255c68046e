import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachEvidenceToReportLine, listReportEvidence, readReportEvidence, removeReportEvidence, type LineViewer, type TReportRef } from '../../app/evidence/report-line-evidence.js';
import { ERROR_RESPONSES, ZOk, ZUnitYearParams } from '../../contract/api/common.js';
import { ZMonitoringParams } from '../../contract/api/monitoring-api.js';
import { ZEvidenceFile, ZEvidenceFileList } from '../../contract/api/registers-api.js';
import type { TPermission } from '../../core/access/permissions.js';
import { readEvidenceUpload, sendEvidence, UPLOAD_ERRORS } from '../evidence-io.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';

const BASE = '/api/units/:unitCode/years/:year';
const ID = z.coerce.number().int().positive();

/**
 * 佐证材料 on report lines: for each report (the monitoring report of a month, the self-evaluation of
 * the year) upload to a line (whoever may fill it), list every line's files and download one (whoever
 * may read the report), remove one (its uploader or finance) — while the report may be edited.
 */
export default async function reportEvidenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const viewerOf = (request: FastifyRequest): LineViewer => {
    const user = requireUser(request);
    return { actor: actorOf(request), role: user.role, sections: user.sections };
  };

  const REPORTS: {
    kind: TReportRef['kind'];
    path: string;
    params: typeof ZUnitYearParams | typeof ZMonitoringParams;
    ref: (p: { month?: number }) => TReportRef;
    read: TPermission;
    fill: TPermission;
    name: string;
  }[] = [
    {
      kind: 'monitoring',
      path: `${BASE}/monitoring/:month`,
      params: ZMonitoringParams,
      ref: (p) => ({ kind: 'monitoring', month: p.month! }),
      read: 'monitoring.read',
      fill: 'monitoring.fill',
      name: 'monitoring report',
    },
    { kind: 'evaluation', path: `${BASE}/evaluation`, params: ZUnitYearParams, ref: () => ({ kind: 'evaluation' }), read: 'evaluation.read', fill: 'evaluation.fill', name: 'self-evaluation' },
  ];

  for (const report of REPORTS) {
    const tags = [report.kind];
    r.post(
      `${report.path}/lines/:indicatorId/evidence`,
      {
        config: { access: report.fill },
        schema: {
          tags,
          summary: `Attach a file (PDF, image, Word, Excel; at most 20 MB; type checked by its bytes; multipart field "file") to a line of the ${report.name}: whoever may fill the line, while the report may be edited (409 once submitted or approved); audited`,
          params: report.params.extend({ indicatorId: ID }),
          consumes: ['multipart/form-data'],
          response: { 200: ZEvidenceFile, ...UPLOAD_ERRORS },
        },
      },
      async (request) =>
        attachEvidenceToReportLine({
          db: db(),
          scope: requireScope(request),
          year: request.params.year,
          report: report.ref(request.params as { month?: number }),
          viewer: viewerOf(request),
          indicatorId: request.params.indicatorId,
          file: await readEvidenceUpload(request),
        }),
    );

    r.get(
      `${report.path}/evidence`,
      {
        config: { access: report.read },
        schema: {
          tags,
          summary: `The evidence files on the ${report.name}’s lines (without their bytes; indicatorId names the line), oldest first`,
          params: report.params,
          response: { 200: ZEvidenceFileList, ...ERROR_RESPONSES },
        },
      },
      async (request) => listReportEvidence({ db: db(), scope: requireScope(request), year: request.params.year, report: report.ref(request.params as { month?: number }) }),
    );

    r.get(
      `${report.path}/evidence/:fileId`,
      {
        config: { access: report.read },
        schema: { tags, summary: `Download an evidence file of the ${report.name} (its stored bytes; x-content-sha256 gives their SHA-256)`, params: report.params.extend({ fileId: ID }) },
      },
      async (request, reply) =>
        sendEvidence(
          reply,
          await readReportEvidence({ db: db(), scope: requireScope(request), year: request.params.year, report: report.ref(request.params as { month?: number }), fileId: request.params.fileId }),
        ),
    );

    r.delete(
      `${report.path}/evidence/:fileId`,
      {
        config: { access: report.fill },
        schema: {
          tags,
          summary: `Remove an evidence file from a line of the ${report.name}: its uploader or finance, while the report may be edited; audited`,
          params: report.params.extend({ fileId: ID }),
          response: { 200: ZOk, ...ERROR_RESPONSES },
        },
      },
      async (request) => {
        await removeReportEvidence({
          db: db(),
          scope: requireScope(request),
          year: request.params.year,
          report: report.ref(request.params as { month?: number }),
          viewer: viewerOf(request),
          fileId: request.params.fileId,
        });
        return { ok: true as const };
      },
    );
  }
}
