import { randomBytes } from 'node:crypto';
import type { TUnitScope } from '../../../core/access/scope.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { vendorKeyHash } from './ingest-events.js';
import { insertVendor } from './supervision.repository.js';

/** Registers a monitoring vendor for the unit and returns its key — shown once; only its hash is stored. */
export async function createVendor(o: { db: Db; scope: TUnitScope; actor: Actor; name: string }): Promise<{ id: number; key: string }> {
  const key = `jxv_${randomBytes(24).toString('base64url')}`;
  return o.db.transaction(async (tx) => {
    const id = await insertVendor(tx, { unitId: o.scope.rootUnit.id, name: o.name, keyHash: vendorKeyHash(key), createdBy: o.actor.name });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'correction.vendor', entity: 'correction_vendor', entityId: String(id), after: { name: o.name } });
    return { id, key };
  });
}
