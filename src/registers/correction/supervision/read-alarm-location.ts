import type { TUnitScope } from '../../../core/access/scope.js';
import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { lockAlarm } from './supervision.repository.js';

/**
 * The location point of an alarm (sensitive personal data, 社区矫正法 Art.29: used only for correction):
 * only for the supervising 司法所 (its scope's office) and approvers (the route's permission), and every
 * look is audited in the same transaction.
 */
export async function readAlarmLocation(o: { db: Db; cipher: PersonalDataCipher; scope: TUnitScope; actor: Actor; alarmId: number }): Promise<{ id: number; lat: number | null; lng: number | null }> {
  return o.db.transaction(async (tx) => {
    const alarm = await lockAlarm(tx, o.alarmId, o.scope.unitIds);
    if (!alarm || alarm.voidedAt !== null || (o.scope.offices !== null && !o.scope.offices.includes(alarm.office ?? ''))) {
      throw new DomainError('NOT_FOUND', { zh: `监管报警台账中没有编号为 ${o.alarmId} 的报警（或不属于您监管的司法所）`, en: `There is no alarm ${o.alarmId} (or it is not of an office you supervise)` });
    }
    const point = alarm.location === null ? null : (JSON.parse(o.cipher.decrypt(alarm.location)) as { lat: number; lng: number });
    await recordAudit(tx, { actor: o.actor, unitId: alarm.unitId, action: 'personalData.read', entity: 'register:correction/alarms', entityId: String(alarm.id), after: { view: 'location', fields: ['location'], personId: alarm.personId } });
    return { id: alarm.id, lat: point?.lat ?? null, lng: point?.lng ?? null };
  });
}
