import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { editGoalBook, locateIndicator, type EditGoalBookOptions } from '../../../app/goal-book/edit-goal-book.js';
import { indicatorFrom, insertIndicator, patchProject, removeIndicator, replaceDepartmentGoals, replaceIndicator } from '../../../core/goal-book-edits.js';
import { ZDepartmentGoalsInput, ZEditResult, ZIndicatorInput, ZProjectPatch } from '../../../contract/api/goal-book-api.js';
import { ERROR_RESPONSES, ZText, ZUnitYearParams } from '../../../contract/api/common.js';
import { actorOf, requireScope } from '../../plugins/auth.js';
import { presentEditResult } from '../../presenters/edit-result.js';
import { undoRevision } from '../../../app/goal-book/undo-revision.js';

const BASE = '/api/units/:unitCode/years/:year';


export default async function goalBookWriteRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  /** Every route here is one edit of the stored goal book, committed as a revision. */
  const edit = async (request: FastifyRequest & { params: { year: number } }, change: EditGoalBookOptions['change']) =>
    presentEditResult(await editGoalBook({ db: app.database.db, scope: requireScope(request), year: request.params.year, actor: actorOf(request), change }));
  const tags = ['goal book'];
  const response = { 200: ZEditResult, ...ERROR_RESPONSES };
  const ZProjectParams = ZUnitYearParams.extend({ code: ZText.min(1).max(60) });
  const ZIndicatorParams = ZUnitYearParams.extend({ id: z.coerce.number().int().positive() });

  r.post(
    `${BASE}/revisions/:number/undo`,
    {
      config: { access: 'review.apply' },
      schema: {
        tags,
        summary: '撤销此修订: set the cells a review-fix revision changed back, as a new revision (audited); refused (409) when a later revision touched the same cells',
        params: ZUnitYearParams.extend({ number: z.coerce.number().int().min(1) }),
        response,
      },
    },
    async (request) => presentEditResult(await undoRevision({ db: app.database.db, scope: requireScope(request), year: request.params.year, number: request.params.number, actor: actorOf(request) })),
  );

  r.patch(
    `${BASE}/projects/:code`,
    { config: { access: 'goalBook.write' }, schema: { tags, summary: 'Edit a project (name, purpose, budget, spending plan, goals); recorded as a revision', params: ZProjectParams, body: ZProjectPatch, response } },
    async (request) => edit(request, (content) => patchProject(content, request.params.code, request.body)),
  );

  r.post(
    `${BASE}/projects/:code/indicators`,
    {
      config: { access: 'goalBook.write' },
      schema: { tags, summary: 'Add an indicator to a project (after the last of its category unless a position is given)', params: ZProjectParams, body: ZIndicatorInput.extend({ position: z.number().int().min(0).optional() }), response },
    },
    async (request) =>
      edit(request, (content) => insertIndicator(content, request.params.code, indicatorFrom(request.body), request.body.position)),
  );

  r.post(
    `${BASE}/department-goals/indicators`,
    { config: { access: 'goalBook.write' }, schema: { tags, summary: 'Add a department-wide indicator (部门整体支出绩效目标表)', params: ZUnitYearParams, body: ZIndicatorInput, response } },
    async (request) =>
      edit(request, (content) => insertIndicator(content, null, indicatorFrom(request.body))),
  );

  r.put(
    `${BASE}/indicators/:id`,
    { config: { access: 'goalBook.write' }, schema: { tags, summary: 'Replace an indicator', params: ZIndicatorParams, body: ZIndicatorInput, response } },
    async (request) =>
      edit(request, (content, ids) => {
        const at = locateIndicator(ids, request.params.id);
        return replaceIndicator(content, at.projectCode, at.index, indicatorFrom(request.body));
      }),
  );

  r.delete(
    `${BASE}/indicators/:id`,
    { config: { access: 'goalBook.write' }, schema: { tags, summary: 'Delete an indicator', params: ZIndicatorParams, response } },
    async (request) =>
      edit(request, (content, ids) => {
        const at = locateIndicator(ids, request.params.id);
        return removeIndicator(content, at.projectCode, at.index);
      }),
  );

  r.put(
    `${BASE}/department-goals`,
    { config: { access: 'goalBook.write' }, schema: { tags, summary: 'Replace the department goals narrative (总体/分项/保障措施)', params: ZUnitYearParams, body: ZDepartmentGoalsInput, response } },
    async (request) =>
      edit(request, (content) => replaceDepartmentGoals(content, request.body)),
  );
}
