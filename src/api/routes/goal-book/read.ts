import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getGoalBook } from '../../../app/goal-book/get-goal-book.js';
import { getOverview, getProjectView } from '../../../app/goal-book/get-overview.js';
import { exportStoredGoalBook } from '../../../app/goal-book/export-stored-goal-book.js';
import { getGoalBookRevision, listGoalBookRevisions } from '../../../app/goal-book/revisions.js';
import { ZGoalBook } from '../../../contract/goal-book.js';

import { ZOverview, ZProjectView, ZRevisionList, ZRevisionDetail } from '../../../contract/api/goal-book-api.js';
import { ERROR_RESPONSES, ZText, ZUnitYearParams } from '../../../contract/api/common.js';
import { EXPORT_MIME } from '../../../documents/export-goal-book.js';
import { requireScope } from '../../plugins/auth.js';
import { sendDownload } from '../../presenters/download.js';

const BASE = '/api/units/:unitCode/years/:year';

export default async function goalBookReadRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['goal book'];

  r.get(`${BASE}/overview`, { config: { access: 'goalBook.read' }, schema: { tags, summary: 'Department overview: budget, projects, indicator counts', params: ZUnitYearParams, response: { 200: ZOverview, ...ERROR_RESPONSES } } }, async (request) =>
    getOverview({ db: db(), scope: requireScope(request), year: request.params.year }),
  );

  r.get(`${BASE}/goal-book`, { config: { access: 'goalBook.read' }, schema: { tags, summary: 'The goal book in the interchange format', params: ZUnitYearParams, response: { 200: ZGoalBook, ...ERROR_RESPONSES } } }, async (request) =>
    getGoalBook({ db: db(), scope: requireScope(request), year: request.params.year }),
  );

  r.get(
    `${BASE}/projects/:code`,
    { config: { access: 'goalBook.read' }, schema: { tags, summary: 'One project with its indicators (and their ids)', params: ZUnitYearParams.extend({ code: ZText.min(1).max(60) }), response: { 200: ZProjectView, ...ERROR_RESPONSES } } },
    async (request) => getProjectView({ db: db(), scope: requireScope(request), year: request.params.year, code: request.params.code }),
  );

  r.get(`${BASE}/revisions`, { config: { access: 'goalBook.read' }, schema: { tags, summary: 'Revision history, newest first', params: ZUnitYearParams, response: { 200: ZRevisionList, ...ERROR_RESPONSES } } }, async (request) =>
    listGoalBookRevisions({ db: db(), scope: requireScope(request), year: request.params.year }),
  );

  r.get(
    `${BASE}/revisions/:number`,
    {
      config: { access: 'goalBook.read' },
      schema: {
        tags,
        summary: 'One revision: its changes and the whole goal book after it',
        params: ZUnitYearParams.extend({ number: z.coerce.number().int().min(1) }),
        response: { 200: ZRevisionDetail, ...ERROR_RESPONSES },
      },
    },
    async (request) => getGoalBookRevision({ db: db(), scope: requireScope(request), year: request.params.year, number: request.params.number }),
  );

  r.get(
    `${BASE}/export`,
    {
      config: { access: 'goalBook.read' },
      schema: { tags, summary: 'Download the standard tables (.xlsx/.docx) or the interchange JSON', params: ZUnitYearParams, querystring: z.object({ format: z.enum(['xlsx', 'docx', 'json']) }) },
    },
    async (request, reply) => {
      const file = await exportStoredGoalBook({ db: db(), scope: requireScope(request), year: request.params.year, format: request.query.format });
      return sendDownload(reply, { bytes: file.bytes, fileName: file.fileName, contentType: EXPORT_MIME[request.query.format], asciiName: `goal-book.${request.query.format}` });
    },
  );
}
