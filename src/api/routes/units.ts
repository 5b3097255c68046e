import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../app/auth/auth-user.js';
import { listUnitTree, listUnitsWithYears } from '../../app/units/list-units.js';
import { addUnit, addUnitOffice, getUnitMasterData, removeUnitOffice } from '../../app/units/manage-units.js';
import { ERROR_RESPONSES, ZOk } from '../../contract/api/common.js';
import { ZUnitCreateBody, ZUnitList, ZUnitMasterData, ZUnitOfficeBody, ZUnitTree, ZUnitTreeItem } from '../../contract/api/units-api.js';
import { actorOf, requireScope, requireUser } from '../plugins/auth.js';
import { presentNewUnit } from '../presenters/unit.js';


export default async function unitRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/units',
    {
      config: { access: 'goalBook.read' },
      schema: { tags: ['goal book'], summary: 'Units the signed-in user may read, with the years that have a goal book', response: { 200: ZUnitList, ...ERROR_RESPONSES } },
    },
    async (request) => listUnitsWithYears({ db: app.database.db, subject: subjectOf(requireUser(request)) }),
  );

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];
  r.get(
    '/api/units/tree',
    {
      config: { access: 'goalBook.read' },
      schema: { tags, summary: 'The unit tree the signed-in user may read (主管部门 → 下属单位), parents first, each with its 司法所 and mediation committees', response: { 200: ZUnitTree, ...ERROR_RESPONSES } },
    },
    async (request) => listUnitTree({ db: app.database.db, subject: subjectOf(requireUser(request)) }),
  );
  r.post(
    '/api/units',
    {
      config: { access: 'user.manage' },
      schema: { tags, summary: 'Add a unit to the tree, under a parent when given (audited)', body: ZUnitCreateBody, response: { 200: ZUnitTreeItem, ...ERROR_RESPONSES } },
    },
    async (request) => {
      const parentCode = request.body.parentCode ?? null;
      return presentNewUnit(await addUnit({ db: app.database.db, actor: actorOf(request), code: request.body.code, name: request.body.name, parentCode }), parentCode);
    },
  );
  const ZParams = z.object({ unitCode: z.string() });
  r.get(
    '/api/units/:unitCode/offices',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The unit’s 司法所 and mediation committees (forms pick from them)', params: ZParams, response: { 200: ZUnitMasterData, ...ERROR_RESPONSES } },
    },
    async (request) => getUnitMasterData({ db: app.database.db, scope: requireScope(request) }),
  );
  r.post(
    '/api/units/:unitCode/offices',
    {
      config: { access: 'user.manage' },
      schema: { tags, summary: 'Add a 司法所 or mediation committee to the unit’s list', params: ZParams, body: ZUnitOfficeBody, response: { 200: ZOk, ...ERROR_RESPONSES } },
    },
    async (request) => {
      await addUnitOffice({ db: app.database.db, actor: actorOf(request), scope: requireScope(request), name: request.body.name, kind: request.body.kind });
      return { ok: true as const };
    },
  );
  r.post(
    '/api/units/:unitCode/offices/remove',
    {
      config: { access: 'user.manage' },
      schema: {
        tags,
        summary: 'Remove a 司法所 or mediation committee from the unit’s list (records keep their value)',
        params: ZParams,
        body: ZUnitOfficeBody,
        response: { 200: ZOk, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      await removeUnitOffice({ db: app.database.db, actor: actorOf(request), scope: requireScope(request), name: request.body.name, kind: request.body.kind });
      return { ok: true as const };
    },
  );
}
