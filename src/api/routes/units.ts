import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../app/auth/auth-user.js';
import { listUnitsWithYears } from '../../app/units/list-units.js';
import { ERROR_RESPONSES } from '../../contract/api/common.js';
import { ZUnitListItem } from '../../contract/api/units-api.js';
import { requireUser } from '../plugins/auth.js';

export { ZUnitListItem } from '../../contract/api/units-api.js';

export default async function unitRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/units',
    {
      config: { access: 'goalBook.read' },
      schema: { tags: ['goal book'], summary: 'Units the signed-in user may read, with the years that have a goal book', response: { 200: z.array(ZUnitListItem), ...ERROR_RESPONSES } },
    },
    async (request) => listUnitsWithYears({ db: app.database.db, subject: subjectOf(requireUser(request)) }),
  );
}
