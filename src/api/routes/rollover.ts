import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decideProposal } from '../../app/rollover/decide-proposal.js';
import { getRollover } from '../../app/rollover/get-rollover.js';
import { previewRollover } from '../../app/rollover/plan-rollover.js';
import { startYear } from '../../app/rollover/start-year.js';
import { ERROR_RESPONSES, ZUnitYearParams } from '../../contract/api/common.js';
import { ZProposalDecision, ZRollover, ZRolloverBody, ZRolloverReply } from '../../contract/api/rollover-api.js';
import { actorOf, requireScope } from '../plugins/auth.js';

const BASE = '/api/units/:unitCode/years/:year/rollover';

/** 年度结转: start the year in the path from the year before; decide the proposed targets. */
export default async function rolloverRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rollover'];
  const db = () => app.database.db;
  const response = { 200: ZRollover, ...ERROR_RESPONSES };

  r.get(
    BASE,
    {
      config: { access: 'goalBook.read' },
      schema: {
        tags,
        summary: 'How the year was started from the previous one (null when it was not): proposals and decisions',
        params: ZUnitYearParams,
        response: { 200: ZRolloverReply, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({ rollover: await getRollover({ db: db(), scope: requireScope(request), year: request.params.year }) }),
  );

  r.post(
    `${BASE}/preview`,
    {
      config: { access: 'year.rollover' },
      schema: { tags, summary: 'What starting this year from `from` would copy and propose; nothing is written', params: ZUnitYearParams, body: ZRolloverBody, response },
    },
    async (request) => previewRollover({ db: db(), scope: requireScope(request), from: request.body.from, to: request.params.year }),
  );

  r.post(
    BASE,
    {
      config: { access: 'year.rollover' },
      schema: { tags, summary: 'Start this year from `from`: goal tables copied as drafts, bindings carried, targets proposed', params: ZUnitYearParams, body: ZRolloverBody, response },
    },
    async (request) => startYear({ db: db(), scope: requireScope(request), from: request.body.from, to: request.params.year, actor: actorOf(request) }),
  );

  r.post(
    `${BASE}/proposals/:id`,
    {
      config: { access: 'year.rollover' },
      schema: {
        tags,
        summary: 'Accept, edit or keep one proposed target (the goal book changes as a revision)',
        params: ZUnitYearParams.extend({ id: z.coerce.number().int().positive() }),
        body: ZProposalDecision,
        response,
      },
    },
    async (request) => decideProposal({ db: db(), scope: requireScope(request), year: request.params.year, proposalId: request.params.id, input: request.body, actor: actorOf(request) }),
  );
}
