import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { subjectOf } from '../../app/auth/auth-user.js';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain.js';
import { searchAuditLog } from '../../app/audit/search-audit-log.js';

import { ZAuditVerification, ZAuditPage } from '../../contract/api/audit-api.js';
import { ERROR_RESPONSES, ZIsoDate, ZText } from '../../contract/api/common.js';
import { requireUser } from '../plugins/auth.js';

export default async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  r.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: 'Audit trail, newest first, filtered; limited to the units the user may read',
        querystring: z.object({
          action: ZText.max(60).optional(),
          actor: ZText.max(60).optional(),
          entity: ZText.max(60).optional(),
          from: ZIsoDate.optional(),
          to: ZIsoDate.optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: ZAuditPage, ...ERROR_RESPONSES },
      },
    },
    async (request) => searchAuditLog({ db: app.database.db, subject: subjectOf(requireUser(request)), query: request.query }),
  );

  r.get(
    '/api/audit/verify',
    { config: { access: 'audit.read' }, schema: { tags, summary: 'Check the whole hash chain', response: { 200: ZAuditVerification, ...ERROR_RESPONSES } } },
    async () => verifyAuditChain({ db: app.database.db }),
  );
}
