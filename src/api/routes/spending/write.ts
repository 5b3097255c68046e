import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { recordPayment } from '../../../app/spending/record-payment.js';
import { reviseBudget } from '../../../app/spending/revise-budget.js';
import { updatePayment } from '../../../app/spending/update-payment.js';
import { updateSpendingSettings } from '../../../app/spending/update-spending-settings.js';
import { voidPayment } from '../../../app/spending/void-payment.js';
import { ERROR_RESPONSES, ZUnitYearParams } from '../../../contract/api/common.js';
import { ZBudgetRevisionInput, ZBudgetRevisionResult, ZPaymentInput, ZPaymentPatch, ZPaymentResult, ZSpendingSettings, ZVoidBody } from '../../../contract/api/spending-api.js';
import { actorOf, requireScope } from '../../plugins/auth.js';
import { ZPaymentParams } from './read.js';

const BASE = '/api/units/:unitCode/years/:year';

export default async function spendingWriteRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.database.db;
  const tags = ['spending'];
  const response = { 200: ZPaymentResult, ...ERROR_RESPONSES };

  r.post(
    `${BASE}/payments`,
    { config: { access: 'spending.write' }, schema: { tags, summary: 'Record a payment; over budget it is refused (422 BUDGET_EXCEEDED) or accepted with a warning, per the unit’s setting', params: ZUnitYearParams, body: ZPaymentInput, response } },
    async (request) => recordPayment({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), input: request.body }),
  );

  r.patch(
    `${BASE}/payments/:id`,
    { config: { access: 'spending.write' }, schema: { tags, summary: 'Correct a payment, with a reason; the previous version stays in its history', params: ZPaymentParams, body: ZPaymentPatch, response } },
    async (request) => updatePayment({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), id: request.params.id, patch: request.body }),
  );

  r.post(
    `${BASE}/payments/:id/void`,
    { config: { access: 'spending.write' }, schema: { tags, summary: 'Void a payment, with a reason: it stays in the list, marked void, and no longer counts as spent', params: ZPaymentParams, body: ZVoidBody, response } },
    async (request) =>
      voidPayment({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), id: request.params.id, reason: request.body.reason, version: request.body.version }),
  );

  r.post(
    `${BASE}/budget-revisions`,
    { config: { access: 'spending.write' }, schema: { tags, summary: 'Revise a project’s budget from a date on (调整预算), with a reason', params: ZUnitYearParams, body: ZBudgetRevisionInput, response: { 200: ZBudgetRevisionResult, ...ERROR_RESPONSES } } },
    async (request) => reviseBudget({ db: db(), scope: requireScope(request), year: request.params.year, actor: actorOf(request), input: request.body }),
  );

  r.put(
    `${BASE}/settings/spending`,
    { config: { access: 'settings.write' }, schema: { tags, summary: 'Set the unit’s overspend mode (stop | warn) and light thresholds', params: ZUnitYearParams, body: ZSpendingSettings, response: { 200: ZSpendingSettings, ...ERROR_RESPONSES } } },
    async (request) => updateSpendingSettings({ db: db(), scope: requireScope(request), actor: actorOf(request), settings: request.body }),
  );
}
