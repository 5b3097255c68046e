import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addReviewComment, applyReviewFixes, previewReviewFixes, reviewStoredGoalBook } from '../../app/review/review-goal-book-use-cases.js';
import { ZGoalBookChange } from '../../contract/goal-book-change.js';
import { exportStoredReview } from '../../app/review/export-stored-review.js';
import { EXPORT_MIME } from '../../documents/export-goal-book.js';
import { ZEditResult } from '../../contract/api/goal-book-api.js';
import { presentEditResult } from '../presenters/edit-result.js';
import { sendDownload } from '../presenters/download.js';
import { ZApplyFixesBody, ZCommentBody, ZReviewComment, ZReviewResult } from '../../contract/api/review-api.js';
import { ERROR_RESPONSES, ZUnitYearParams } from '../../contract/api/common.js';
import { ROLE_LABEL } from '../../core/access/permissions.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';

const BASE = '/api/units/:unitCode/years/:year/review';

export default async function reviewRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['goal review'];
  const db = () => app.database.db;

  r.get(BASE, { config: { access: 'review.read' }, schema: { tags, summary: 'Review the stored goal book (绩效目标审核): findings, counts, comments', params: ZUnitYearParams, response: { 200: ZReviewResult, ...ERROR_RESPONSES } } }, async (request) =>
    reviewStoredGoalBook({ db: db(), scope: requireScope(request), year: request.params.year }),
  );

  r.post(
    `${BASE}/fixes`,
    { config: { access: 'review.apply' }, schema: { tags, summary: 'Apply one-click fixes the review proposes; recorded as one revision', params: ZUnitYearParams, body: ZApplyFixesBody, response: { 200: ZEditResult, ...ERROR_RESPONSES } } },
    async (request) => presentEditResult(await applyReviewFixes({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), fixes: request.body.fixes })),
  );

  r.post(
    `${BASE}/fixes/preview`,
    { config: { access: 'review.apply' }, schema: { tags, summary: 'What applying the fixes would change, cell by cell (before → after); nothing is written', params: ZUnitYearParams, body: ZApplyFixesBody, response: { 200: z.object({ changes: z.array(ZGoalBookChange) }), ...ERROR_RESPONSES } } },
    async (request) => previewReviewFixes({ db: db(), scope: requireScope(request), year: request.params.year, fixes: request.body.fixes }),
  );

  r.post(
    `${BASE}/comments`,
    { config: { access: 'review.comment' }, schema: { tags, summary: 'Add a review comment on the goal book, a project or an indicator', params: ZUnitYearParams, body: ZCommentBody, response: { 200: ZReviewComment, ...ERROR_RESPONSES } } },
    async (request) => {
      const user = requireUser(request);
      return addReviewComment({
        db: db(),
        scope: requireScope(request),
        year: request.params.year,
        actor: actorOf(request),
        author: { id: user.id, name: user.displayName, role: ROLE_LABEL[user.role] },
        ...request.body,
      });
    },
  );

  r.get(
    `${BASE}/export`,
    { config: { access: 'review.read' }, schema: { tags, summary: 'Download the 审核意见表 as .xlsx or .docx', params: ZUnitYearParams, querystring: z.object({ format: z.enum(['xlsx', 'docx']) }) } },
    async (request, reply) => {
      const { format } = request.query;
      const file = await exportStoredReview({ db: db(), scope: requireScope(request), year: request.params.year, format });
      return sendDownload(reply, { ...file, contentType: EXPORT_MIME[format], asciiName: `review.${format}` });
    },
  );
}
