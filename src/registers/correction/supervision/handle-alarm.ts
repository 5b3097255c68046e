import type { TAlarm } from '../../../contract/api/correction-api.js';
import type { TAccessSubject, TUnitScope } from '../../../core/access/scope.js';
import type { TAlarmOutcome } from '../../../core/correction/alarms.js';
import { chinaDate } from '../../../core/dates.js';
import { DomainError } from '../../../core/errors.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { alarmView } from './alarm-view.js';
import { alarmById, lockAlarm, updateAlarmHandling } from './supervision.repository.js';

/**
 * The one handling record of an alarm: verified or not, the outcome, who and when (now). An alarm of
 * another 司法所 is NOT_FOUND to a 司法所 user; one already handled or voided is refused. Handling an
 * escalated alarm clears its escalation (it is no longer open); it stays counted as handled late.
 */
export async function handleAlarm(o: { db: Db; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; actor: Actor; alarmId: number; verified: boolean; outcome: TAlarmOutcome; note: string | null; now: string }): Promise<TAlarm> {
  return o.db.transaction(async (tx) => {
    const alarm = await lockAlarm(tx, o.alarmId, o.scope.unitIds);
    if (!alarm || (o.scope.offices !== null && !o.scope.offices.includes(alarm.office ?? ''))) {
      throw new DomainError('NOT_FOUND', { zh: `监管报警台账中没有编号为 ${o.alarmId} 的报警（或不属于您的司法所）`, en: `There is no alarm ${o.alarmId} in the alarm sheet (or it belongs to another office)` });
    }
    if (alarm.voidedAt !== null) throw new DomainError('INVALID_STATE', { zh: `报警 ${o.alarmId} 已作废，不能处置`, en: `Alarm ${o.alarmId} is voided and cannot be handled` });
    if (alarm.handledAt !== null) throw new DomainError('INVALID_STATE', { zh: `报警 ${o.alarmId} 已于 ${new Date(alarm.handledAt).toISOString()} 处置，每条报警只有一条处置记录`, en: `Alarm ${o.alarmId} was already handled at ${new Date(alarm.handledAt).toISOString()}: an alarm has one handling record` });
    const handling = { handledAt: o.now, handledOn: chinaDate(new Date(o.now)), verified: o.verified, outcome: o.outcome, handler: o.actor.name, note: o.note };
    await updateAlarmHandling(tx, alarm.id, handling);
    await recordAudit(tx, { actor: o.actor, unitId: alarm.unitId, action: 'correction.alarmHandle', entity: 'register:correction/alarms', entityId: String(alarm.id), before: { handledAt: null }, after: handling });
    return alarmView((await alarmById(tx, alarm.id))!, { cipher: o.cipher, subject: o.subject, now: o.now });
  });
}
