import type { TUnitScope } from '../../../core/access/scope.js';
import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { insertSensitivePeriod } from './supervision.repository.js';

/** The section adds a sensitive period (重大节日, 敏感期) to the unit's calendar. */
export async function addSensitivePeriod(o: { db: Db; scope: TUnitScope; actor: Actor; name: string; from: string; to: string }): Promise<{ id: number }> {
  if (o.to < o.from) throw new DomainError('VALIDATION_FAILED', { zh: `敏感期“${o.name}”的结束日期 ${o.to} 早于开始日期 ${o.from}`, en: `Sensitive period “${o.name}” ends (${o.to}) before it starts (${o.from})` });
  return o.db.transaction(async (tx) => {
    const id = await insertSensitivePeriod(tx, { unitId: o.scope.rootUnit.id, name: o.name, fromOn: o.from, toOn: o.to, createdBy: o.actor.name });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'correction.sensitivePeriod', entity: 'correction_sensitive_period', entityId: String(id), after: { name: o.name, from: o.from, to: o.to } });
    return { id };
  });
}
