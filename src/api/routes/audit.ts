import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAccessUnit } from '../../core/access/scope.js';
import { subjectOf } from '../../app/auth/auth-user.js';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain.js';
import { searchAudit } from '../../repositories/audit.repository.js';
import { listUnits } from '../../repositories/goal-book.repository.js';
import { ZAuditEntry } from '../../contract/api/auth-api.js';
import { ERROR_RESPONSES, ZIsoDate, ZText } from '../../contract/api/common.js';
import { requireUser, unitPath } from '../plugins/auth.js';

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
        response: { 200: z.object({ total: z.number().int(), entries: z.array(ZAuditEntry) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const subject = subjectOf(user);
      const db = app.database.db;
      let unitIds: number[] | undefined;
      if (!(subject.role === 'admin' && subject.unitId === null)) {
        unitIds = [];
        for (const unit of await listUnits(db)) if (canAccessUnit(subject, await unitPath(db, unit))) unitIds.push(unit.id);
      }
      const q = request.query;
      const { total, rows } = await searchAudit(db, {
        unitIds,
        action: q.action,
        actorName: q.actor,
        entity: q.entity,
        from: q.from ? `${q.from}T00:00:00+08:00` : undefined,
        to: q.to ? `${q.to}T23:59:59.999+08:00` : undefined,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { total, entries: rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() })) };
    },
  );

  r.get(
    '/api/audit/verify',
    { config: { access: 'audit.read' }, schema: { tags, summary: 'Check the whole hash chain', response: { 200: z.object({ ok: z.boolean(), entries: z.number().int(), firstBroken: z.object({ id: z.number().int(), reason: z.string() }).optional() }), ...ERROR_RESPONSES } } },
    async () => verifyAuditChain({ db: app.database.db }),
  );
}
