import type { Db, Executor } from '../../db/client.js';
import { appendAudit, countAudit, lockAuditHead } from '../../repositories/audit.repository.js';
import { keyFingerprint } from '../crypto/key-file.js';
import type { Actor } from '../actor.js';
import { CHAIN_KEYED_ACTION, chainHash, GENESIS, isKeyedHash, type ChainedFields } from './audit-chain.js';
import { auditKey } from './audit-key.js';

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

type Head = { lastId: number; lastHash: string };

async function append(exec: Executor, head: Head, fields: ChainedFields): Promise<Head> {
  const hash = chainHash(auditKey(), head.lastHash, fields);
  const id = await appendAudit(exec, { ...fields, prevHash: head.lastHash, hash });
  return { lastId: id, lastHash: hash };
}

/**
 * A chain written before the audit key existed ends in an unkeyed hash: seal it with one keyed entry
 * (`audit.chainKeyed`) naming how many unkeyed entries precede it. Idempotent; called under the head's lock.
 */
async function sealUnkeyed(exec: Executor, head: Head): Promise<Head> {
  if (head.lastHash === GENESIS || isKeyedHash(head.lastHash)) return head;
  return append(exec, head, {
    at: new Date().toISOString(),
    actorId: null,
    actorName: 'jixiao',
    ip: null,
    unitId: null,
    action: CHAIN_KEYED_ACTION,
    entity: 'audit_log',
    entityId: String(head.lastId),
    before: { lastId: head.lastId, lastHash: head.lastHash },
    after: { unkeyedEntries: await countAudit(exec), keyFingerprint: keyFingerprint(auditKey()) },
  });
}

/** At start-up: key an existing unkeyed chain (migration from before the audit key), so verify holds. */
export async function sealUnkeyedAuditChain(options: { db: Db }): Promise<void> {
  await options.db.transaction(async (tx) => {
    await sealUnkeyed(tx, await lockAuditHead(tx));
  });
}

/**
 * Append an entry to the audit chain. Call it inside the transaction of the change it records, so the
 * change and its audit entry commit or roll back together.
 */
export async function recordAudit(exec: Executor, entry: AuditEntry): Promise<void> {
  const head = await sealUnkeyed(exec, await lockAuditHead(exec));
  await append(exec, head, {
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
  });
}
