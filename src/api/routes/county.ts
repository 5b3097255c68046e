import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCounty } from '../../app/county/get-county.js';
import { subjectOf } from '../../app/auth/auth-user.js';
import { chinaDate } from '../../core/dates.js';
import { ERROR_RESPONSES } from '../../contract/api/common.js';
import { ZCountyQuery, ZCountyView } from '../../contract/api/county-api.js';
import { requireUser } from '../plugins/auth.js';
import { countyFileName, exportCounty } from '../../documents/export-county.js';
import { XLSX_MIME } from '../../app/spending/get-payment-template.js';
import { sendDownload } from '../presenters/download.js';

const ZYear = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export default async function countyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/county/years/:year',
    {
      config: { access: 'spending.read' },
      schema: {
        tags: ['county'],
        summary: 'Every unit of the reader’s data scope (or under ?unit=) with a goal book for the year: spending against the plan step, indicator lights, report states, and totals (read from the replica when DATABASE_READ_URL is set)',
        params: ZYear,
        querystring: ZCountyQuery,
        response: { 200: ZCountyView, ...ERROR_RESPONSES },
      },
    },
    async (request) => getCounty({ db: app.readDb, subject: subjectOf(requireUser(request)), year: request.params.year, asOf: request.query.asOf ?? chinaDate(new Date()), unitCode: request.query.unit }),
  );
  r.get(
    '/api/county/years/:year/export',
    {
      config: { access: 'spending.read' },
      schema: { tags: ['county'], summary: 'The county table as .xlsx (the same rows and totals as GET /api/county/years/:year)', params: ZYear, querystring: ZCountyQuery },
    },
    async (request, reply) => {
      const view = await getCounty({ db: app.readDb, subject: subjectOf(requireUser(request)), year: request.params.year, asOf: request.query.asOf ?? chinaDate(new Date()), unitCode: request.query.unit });
      return sendDownload(reply, { bytes: await exportCounty(view), fileName: countyFileName(view), contentType: XLSX_MIME, asciiName: 'county.xlsx' });
    },
  );
}
