import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAccessUnit } from '../../core/access/scope.js';
import { subjectOf } from '../../app/auth/auth-user.js';
import { listGoalBookYears, listUnits } from '../../repositories/goal-book.repository.js';
import { ERROR_RESPONSES } from '../../contract/api/common.js';
import { requireUser, unitPath } from '../plugins/auth.js';

export const ZUnitListItem = z.object({ code: z.string(), name: z.string(), years: z.array(z.number().int()) }).meta({ id: 'UnitListItem' });

export default async function unitRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/units',
    {
      config: { access: 'goalBook.read' },
      schema: { tags: ['goal book'], summary: 'Units the signed-in user may read, with the years that have a goal book', response: { 200: z.array(ZUnitListItem), ...ERROR_RESPONSES } },
    },
    async (request) => {
      const subject = subjectOf(requireUser(request));
      const db = app.database.db;
      const years = await listGoalBookYears(db);
      const out: z.infer<typeof ZUnitListItem>[] = [];
      for (const unit of await listUnits(db)) {
        if (!canAccessUnit(subject, await unitPath(db, unit))) continue;
        out.push({ code: unit.code, name: unit.name, years: years.filter((y) => y.unitId === unit.id).map((y) => y.year) });
      }
      return out;
    },
  );
}
