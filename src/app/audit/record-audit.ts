import type { Executor } from '../../db/client.js';
import { appendAudit, lockAuditHead } from '../../repositories/audit.repository.js';
import type { Actor } from '../actor.js';
import { chainHash } from './audit-chain.js';

export interface AuditEntry {
  actor: Actor;
  unitId: number | null;
  /** dotted verb, e.g. goalBook.update, payment.create, personalData.read */
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Append an entry to the audit chain. Call it inside the transaction of the change it records, so the
 * change and its audit entry commit or roll back together.
 */
export async function recordAudit(exec: Executor, entry: AuditEntry): Promise<void> {
  const head = await lockAuditHead(exec);
  const fields = {
    at: new Date().toISOString(),
    actorId: entry.actor.userId,
    actorName: entry.actor.name,
    ip: entry.actor.ip ?? null,
    unitId: entry.unitId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
  await appendAudit(exec, { ...fields, prevHash: head.lastHash, hash: chainHash(head.lastHash, fields) });
}
