import type { TAccessSubject } from '../../core/access/scope.js';
import type { Executor } from '../../db/client.js';
import { searchAudit } from '../../repositories/audit.repository.js';
import { listReadableUnits } from '../units/resolve-scope.js';

export interface AuditQuery {
  action?: string | undefined;
  actor?: string | undefined;
  entity?: string | undefined;
  /** calendar dates, China time */
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** The audit trail, newest first, filtered; limited to the units the subject's data scope reaches (all: every entry). */
export async function searchAuditLog(o: { db: Executor; subject: TAccessSubject; query: AuditQuery }) {
  const unitIds = o.subject.dataScope === 'all' ? undefined : (await listReadableUnits({ db: o.db, subject: o.subject })).map((u) => u.id);
  const q = o.query;
  const { total, rows } = await searchAudit(o.db, {
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
}
