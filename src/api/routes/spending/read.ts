import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPaymentHistory } from '../../../app/spending/get-payment-history.js';
import { getPaymentTemplate, XLSX_MIME } from '../../../app/spending/get-payment-template.js';
import { getSpending } from '../../../app/spending/get-spending.js';
import { getSpendingSettings } from '../../../app/spending/get-spending-settings.js';
import { listBudgetRevisions } from '../../../app/spending/list-budget-revisions.js';
import { listPayments } from '../../../app/spending/list-payments.js';
import { chinaDate } from '../../../core/dates.js';
import { ERROR_RESPONSES, ZText, ZUnitYearParams } from '../../../contract/api/common.js';
import { ZPaymentList, ZPaymentListQuery, ZSpendingQuery, ZSpendingSettings, ZSpendingView, ZPaymentHistory, ZBudgetRevisionList } from '../../../contract/api/spending-api.js';
import { requireScope } from '../../plugins/auth.js';
import { sendDownload } from '../../presenters/download.js';

const BASE = '/api/units/:unitCode/years/:year';
export const ZPaymentParams = ZUnitYearParams.extend({ id: z.coerce.number().int().positive() });

export default async function spendingReadRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['spending'];

  r.get(
    `${BASE}/spending`,
    {
      config: { access: 'spending.read' },
      schema: { tags, summary: 'Execution against the plan per project and for the department, as of a date (default: today in China)', params: ZUnitYearParams, querystring: ZSpendingQuery, response: { 200: ZSpendingView, ...ERROR_RESPONSES } },
    },
    async (request) => getSpending({ db: db(), scope: requireScope(request), year: request.params.year, asOf: request.query.asOf ?? chinaDate(new Date()) }),
  );

  r.get(
    `${BASE}/payments`,
    { config: { access: 'spending.read' }, schema: { tags, summary: 'Payments, newest first: filter by project, dates, status and text; paged', params: ZUnitYearParams, querystring: ZPaymentListQuery, response: { 200: ZPaymentList, ...ERROR_RESPONSES } } },
    async (request) => listPayments({ db: db(), scope: requireScope(request), year: request.params.year, query: request.query }),
  );

  r.get(
    `${BASE}/payments/:id/history`,
    { config: { access: 'spending.read' }, schema: { tags, summary: 'Every version of a payment, oldest first', params: ZPaymentParams, response: { 200: ZPaymentHistory, ...ERROR_RESPONSES } } },
    async (request) => getPaymentHistory({ db: db(), scope: requireScope(request), year: request.params.year, id: request.params.id }),
  );

  r.get(
    `${BASE}/payments/template`,
    { config: { access: 'spending.read' }, schema: { tags, summary: 'Download the payments import template (.xlsx) with the unit’s project codes', params: ZUnitYearParams } },
    async (request, reply) => {
      const file = await getPaymentTemplate({ db: db(), scope: requireScope(request), year: request.params.year });
      return sendDownload(reply, { bytes: file.bytes, fileName: file.fileName, contentType: XLSX_MIME, asciiName: 'payments-template.xlsx' });
    },
  );

  r.get(
    `${BASE}/budget-revisions`,
    {
      config: { access: 'spending.read' },
      schema: { tags, summary: 'Budget revisions (调整预算), newest first', params: ZUnitYearParams, querystring: z.object({ project: ZText.max(60).optional() }), response: { 200: ZBudgetRevisionList, ...ERROR_RESPONSES } },
    },
    async (request) => listBudgetRevisions({ db: db(), scope: requireScope(request), year: request.params.year, projectCode: request.query.project }),
  );

  r.get(
    `${BASE}/settings/spending`,
    { config: { access: 'spending.read' }, schema: { tags, summary: 'The unit’s overspend mode and light thresholds (the same for all its years)', params: ZUnitYearParams, response: { 200: ZSpendingSettings, ...ERROR_RESPONSES } } },
    async (request) => getSpendingSettings({ db: db(), scope: requireScope(request) }),
  );
}
