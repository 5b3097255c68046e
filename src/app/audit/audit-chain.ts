import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical.js';

/**
 * The audit hash chain: each entry's hash covers its own fields and the previous entry's hash, so
 * changing, removing or reordering any entry breaks every hash after it. JSON is canonicalised (keys
 * sorted) because PostgreSQL's jsonb does not keep key order.
 */

export interface ChainedFields {
  at: string;
  actorId: number | null;
  actorName: string;
  ip: string | null;
  unitId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export function chainHash(prevHash: string, fields: ChainedFields): string {
  const body = canonicalJson({
    at: new Date(fields.at).toISOString(),
    actorId: fields.actorId,
    actorName: fields.actorName,
    ip: fields.ip,
    unitId: fields.unitId,
    action: fields.action,
    entity: fields.entity,
    entityId: fields.entityId,
    before: fields.before ?? null,
    after: fields.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
