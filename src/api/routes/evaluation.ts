import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commentEvaluationReport, getEvaluationReport, moveEvaluationReport, saveEvaluationLine, saveProjectResults } from '../../app/evaluation/evaluation-report.js';
import { exportEvaluationReport } from '../../app/evaluation/export-evaluation-report.js';
import { getEvaluationScheme, updateEvaluationScheme } from '../../app/evaluation/evaluation-scheme.js';
import { getImportedEvaluation } from '../../app/evaluation/imported-evaluation.js';
import { ZImportedEvaluationView } from '../../contract/imported-evaluation.js';
import { ERROR_RESPONSES, ZOk, ZText, ZUnitYearParams } from '../../contract/api/common.js';
import { ZEvaluationCommentBody, ZEvaluationLineBody, ZEvaluationMoveBody, ZEvaluationProjectBody, ZEvaluationReport } from '../../contract/api/evaluation-api.js';
import { EXPORT_MIME } from '../../documents/export-goal-book.js';
import { ZScoringScheme } from '../../contract/scoring-scheme.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';
import { sendDownload } from '../presenters/download.js';

const BASE = '/api/units/:unitCode/years/:year/evaluation';

/** 绩效自评: the report with its scores, the lines people fill, the workflow, comments and the scheme. */
export default async function evaluationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evaluation'];
  const db = () => app.database.db;
  const viewer = (request: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(request), role: requireUser(request).role, sections: requireUser(request).sections, displayName: requireUser(request).displayName });

  r.get(
    BASE,
    { config: { access: 'evaluation.read' }, schema: { tags, summary: 'The self-evaluation report: state, moves the reader may make, scores (frozen once approved) and what changed live since', params: ZUnitYearParams, response: { 200: ZEvaluationReport, ...ERROR_RESPONSES } } },
    async (request) => getEvaluationReport({ db: db(), scope: requireScope(request), year: request.params.year, viewer: viewer(request) }),
  );

  r.put(
    `${BASE}/lines/:id`,
    { config: { access: 'evaluation.fill' }, schema: { tags, summary: 'An indicator line’s judgements: 偏差原因分析及改进措施, a score within the band, a signed score with its reason (finance)', params: ZUnitYearParams.extend({ id: z.coerce.number().int().positive() }), body: ZEvaluationLineBody, response: { 200: ZOk, ...ERROR_RESPONSES } } },
    async (request) => {
      await saveEvaluationLine({ db: db(), scope: requireScope(request), year: request.params.year, viewer: viewer(request), indicatorId: request.params.id, input: request.body });
      return { ok: true as const };
    },
  );

  r.put(
    `${BASE}/projects/:code`,
    { config: { access: 'evaluation.fill' }, schema: { tags, summary: 'A project’s 实际完成情况 as the unit writes it (empty: jixiao’s proposal)', params: ZUnitYearParams.extend({ code: ZText.min(1).max(60) }), body: ZEvaluationProjectBody, response: { 200: ZOk, ...ERROR_RESPONSES } } },
    async (request) => {
      await saveProjectResults({ db: db(), scope: requireScope(request), year: request.params.year, viewer: viewer(request), projectCode: request.params.code, actualResults: request.body.actualResults });
      return { ok: true as const };
    },
  );

  r.post(
    `${BASE}/move`,
    // who may make which move is the workflow's rule (finance submits, the leader approves, returns and reopens)
    { config: { access: 'evaluation.read' }, schema: { tags, summary: 'Submit, approve (freezes the inputs), return or reopen (with a reason), lock', params: ZUnitYearParams, body: ZEvaluationMoveBody, response: { 200: ZOk, ...ERROR_RESPONSES } } },
    async (request) => {
      await moveEvaluationReport({ db: db(), scope: requireScope(request), year: request.params.year, viewer: viewer(request), move: request.body.move, reason: request.body.reason });
      return { ok: true as const };
    },
  );

  r.post(
    `${BASE}/comments`,
    { config: { access: 'evaluation.comment' }, schema: { tags, summary: 'A comment on the report; recheck: true asks for 复核', params: ZUnitYearParams, body: ZEvaluationCommentBody, response: { 200: ZOk, ...ERROR_RESPONSES } } },
    async (request) => {
      await commentEvaluationReport({ db: db(), scope: requireScope(request), year: request.params.year, viewer: viewer(request), text: request.body.text, recheck: request.body.recheck });
      return { ok: true as const };
    },
  );

  r.get(
    `${BASE}/imported`,
    { config: { access: 'evaluation.read' }, schema: { tags, summary: 'The self-evaluation imported from a document (自评表, jixiao import) for the unit-year: read-only history', params: ZUnitYearParams, response: { 200: ZImportedEvaluationView, ...ERROR_RESPONSES } } },
    async (request) => ({ imported: await getImportedEvaluation({ db: db(), scope: requireScope(request), year: request.params.year }) }),
  );

  r.get(
    `${BASE}/scheme`,
    { config: { access: 'evaluation.read' }, schema: { tags, summary: 'The scoring scheme of the unit-year (财预〔2020〕10号 unless changed)', params: ZUnitYearParams, response: { 200: ZScoringScheme, ...ERROR_RESPONSES } } },
    async (request) => getEvaluationScheme({ db: db(), scope: requireScope(request), year: request.params.year }),
  );

  r.put(
    `${BASE}/scheme`,
    { config: { access: 'evaluation.scheme' }, schema: { tags, summary: 'Change the scoring scheme (weights must add up for every project)', params: ZUnitYearParams, body: ZScoringScheme, response: { 200: ZScoringScheme, ...ERROR_RESPONSES } } },
    async (request) => updateEvaluationScheme({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), scheme: request.body }),
  );

  r.get(
    `${BASE}/export`,
    { config: { access: 'evaluation.read' }, schema: { tags, summary: 'Download the 绩效自评表 (department summary and one table per project; frozen figures once approved)', params: ZUnitYearParams, querystring: z.object({ format: z.enum(['xlsx', 'docx']) }) } },
    async (request, reply) => {
      const file = await exportEvaluationReport({ db: db(), scope: requireScope(request), year: request.params.year, format: request.query.format });
      return sendDownload(reply, { bytes: file.bytes, fileName: file.fileName, contentType: EXPORT_MIME[request.query.format], asciiName: `evaluation.${request.query.format}` });
    },
  );
}
