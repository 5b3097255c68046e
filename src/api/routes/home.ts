import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getHome } from '../../app/home/get-home.js';
import { ERROR_RESPONSES, ZUnitYearParams } from '../../contract/api/common.js';
import { ZHome } from '../../contract/api/home-api.js';
import { chinaDate } from '../../core/dates.js';
import { requireScope, requireUser } from '../plugins/auth.js';
import { requestLanguage } from '../plugins/errors.js';

/** The home page's 我的待办 for the signed-in user in a unit's year. */
export default async function homeRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/units/:unitCode/years/:year/home',
    { config: { access: 'authenticated' }, schema: { tags: ['home'], summary: 'What needs the signed-in user now: values to enter or approve, reports due or returned, overdue deadlines, red lights, measures past due', params: ZUnitYearParams, response: { 200: ZHome, ...ERROR_RESPONSES } } },
    async (request) => getHome({ db: app.database.db, scope: requireScope(request), year: request.params.year, user: requireUser(request), today: chinaDate(new Date()), now: new Date().toISOString(), lang: requestLanguage(request) }),
  );
}
