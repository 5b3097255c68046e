import type { TAlarmList } from '../../../contract/api/correction-api.js';
import type { TAccessSubject, TUnitScope } from '../../../core/access/scope.js';
import type { Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { alarmView } from './alarm-view.js';
import { countAlarms, listAlarms } from './supervision.repository.js';

/** The scope's alarms (a 司法所: its own), newest first (`open`: those open at `now`), with the counts of open and escalated ones at `now`. */
export async function listCorrectionAlarms(o: { db: Executor; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; now: string; open?: boolean; from?: string; to?: string; limit?: number }): Promise<TAlarmList> {
  const base = { unitIds: o.scope.unitIds, offices: o.scope.offices };
  const [rows, open, escalated] = await Promise.all([
    listAlarms(o.db, { ...base, ...(o.open ? { openAt: o.now } : {}), ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}), limit: o.limit ?? 200 }),
    countAlarms(o.db, { ...base, openAt: o.now }),
    countAlarms(o.db, { ...base, escalatedAt: o.now }),
  ]);
  return { now: o.now, open, escalated, items: rows.map((r) => alarmView(r, { cipher: o.cipher, subject: o.subject, now: o.now })) };
}
