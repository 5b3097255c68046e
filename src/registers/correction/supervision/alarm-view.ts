import type { TAlarm } from '../../../contract/api/correction-api.js';
import { canSeeSealedRecords, type TAccessSubject } from '../../../core/access/scope.js';
import { ALARM_STATE_LABEL, alarmState } from '../../../core/correction/alarms.js';
import { maskName } from '../../../core/masking.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import type { TAlarmRow } from './supervision.repository.js';

/** An alarm as lists show it: the person's name masked (a sealed minor's not at all), its state as of `now`. */
export function alarmView(row: TAlarmRow, o: { cipher: PersonalDataCipher; subject: TAccessSubject | null; now: string }): TAlarm {
  const sealed = row.minor === true && !(o.subject !== null && canSeeSealedRecords(o.subject, 'correction'));
  const personName = row.personName === null ? '（记录不存在）' : sealed ? '（未成年人，已封存）' : maskName(o.cipher.decrypt(row.personName));
  const dueAt = row.dueAt === null ? null : new Date(row.dueAt).toISOString();
  // as of an earlier instant, a handling recorded later has not happened yet
  const handled = row.handledAt === null ? null : new Date(row.handledAt).toISOString();
  const handledAt = handled !== null && Date.parse(handled) <= Date.parse(o.now) ? handled : null;
  // an alarm entered by hand has no deadline instant: it is due by the end of the day it was raised
  const state = alarmState({ dueAt: dueAt ?? `${row.raisedOn}T15:59:59.999Z`, handledAt }, o.now);
  return {
    id: row.id,
    office: row.office,
    personId: row.personId,
    personName,
    kind: row.kind,
    raisedAt: new Date(row.raisedAt).toISOString(),
    dueAt,
    state,
    stateLabel: ALARM_STATE_LABEL[state],
    handledAt,
    verified: handledAt === null ? null : row.verified,
    outcome: handledAt === null ? null : row.outcome,
    handler: handledAt === null ? null : row.handler,
    note: handledAt === null ? null : row.note,
    hasLocation: row.hasLocation,
  };
}
