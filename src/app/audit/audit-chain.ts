import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from '../../core/canonical.js';

/**
 * The audit hash chain: each entry's hash covers its own fields and the previous entry's hash, so
 * changing, removing or reordering any entry breaks every hash after it. The hash is an HMAC-SHA256
 * under the audit key (`audit-key.ts`, kept outside the database), stored as "k1:<hex>": without the
 * key, whoever can write the database cannot compute a hash `verifyAuditChain` accepts. JSON is
 * canonicalised (keys sorted) because PostgreSQL's jsonb does not keep key order.
 *
 * Chains written before the key existed used a plain SHA-256 (`legacyChainHash`, no prefix). Such an
 * unkeyed prefix is sealed by one keyed entry, `audit.chainKeyed`, whose HMAC covers the last unkeyed
 * hash; verify accepts unkeyed entries only before that anchor.
 */

export const KEYED_PREFIX = 'k1:';
export const GENESIS = 'genesis';
/** the entry that seals an unkeyed (pre-key) chain under the key */
export const CHAIN_KEYED_ACTION = 'audit.chainKeyed';

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

function body(fields: ChainedFields): string {
  return canonicalJson({
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
}

/** An entry's hash under the audit key. */
export function chainHash(key: Buffer, prevHash: string, fields: ChainedFields): string {
  return KEYED_PREFIX + createHmac('sha256', key).update(prevHash).update('\n').update(body(fields)).digest('hex');
}

/** The unkeyed hash of chains written before the audit key (kept to verify them, never to write). */
export function legacyChainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(body(fields)).digest('hex');
}

export const isKeyedHash = (hash: string) => hash.startsWith(KEYED_PREFIX);
