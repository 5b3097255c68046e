import type { TWorkspace } from '../../../contract/api/correction-api.js';
import { canSeeSealedRecords, type TAccessSubject, type TUnitScope } from '../../../core/access/scope.js';
import { addDays, daysBetween } from '../../../core/correction/calendar.js';
import { classOn, stageOf } from '../../../core/correction/classes.js';
import { chinaDate } from '../../../core/dates.js';
import { maskName } from '../../../core/masking.js';
import type { Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { readCorrectionSettings } from './correction-settings.js';
import { getDailyStatus } from './daily-status.js';
import { listCorrectionAlarms } from './list-alarms.js';
import { approvedClassChanges } from './approval.repository.js';
import { listCorrectionApprovals } from './list-approvals.js';
import { peopleOnDate } from './supervision.repository.js';
import type { TSupervisionClass } from '../../../core/correction/settings.js';
import { lifecycleLists } from '../lifecycle/workspace-lists.js';

/**
 * 社区矫正工作台 of a 司法所 (its scope's office) or of the section (every office): today's 零报告 and
 * yesterday's (missing ones flagged), the open alarms (escalated first in count), the people under
 * correction today with their stage and class (approved class changes applied), the requests waiting
 * for the reader's decision, the terms ending within 30 days (解除 to prepare), the lifecycle clocks
 * due soon or overdue and each person's duties of the month.
 */
export async function getCorrectionWorkspace(o: { db: Executor; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; now: string }): Promise<TWorkspace> {
  const today = chinaDate(new Date(o.now));
  const settings = await readCorrectionSettings(o.db, o.scope.rootUnit.id);
  const [daily, yesterday, alarms, people, waiting, changes] = await Promise.all([
    getDailyStatus({ db: o.db, scope: o.scope, date: today, now: o.now }),
    getDailyStatus({ db: o.db, scope: o.scope, date: addDays(today, -1), now: o.now, prefill: false }),
    listCorrectionAlarms({ db: o.db, cipher: o.cipher, scope: o.scope, subject: o.subject, now: o.now, open: true, limit: 100 }),
    peopleOnDate(o.db, { unitIds: o.scope.unitIds, offices: o.scope.offices, date: today }),
    listCorrectionApprovals({ db: o.db, cipher: o.cipher, scope: o.scope, subject: o.subject, now: o.now, waiting: true, limit: 100 }),
    approvedClassChanges(o.db, o.scope.unitIds),
  ]);
  const changesOf = new Map<number, Array<{ effectiveOn: string; toClass: TSupervisionClass }>>();
  for (const c of changes) changesOf.set(c.personId, [...(changesOf.get(c.personId) ?? []), { effectiveOn: c.effectiveOn, toClass: c.toClass as TSupervisionClass }]);
  const seesSealed = o.subject !== null && canSeeSealedRecords(o.subject, 'correction');
  let initial = 0;
  let strict = 0;
  const ending: TWorkspace['people']['ending'] = [];
  for (const p of people) {
    const stage = stageOf({ startOn: p.startOn, endOn: p.endOn, asOf: today });
    const cls = classOn({ startOn: p.startOn, asOf: today, changes: changesOf.get(p.id) ?? [] }, settings);
    if (stage === '初期') initial++;
    if (cls === '严管') strict++;
    const daysLeft = daysBetween(today, p.endOn);
    if (daysLeft <= 30) {
      const sealed = p.minor === true && !seesSealed;
      ending.push({ id: p.id, office: p.office, personName: sealed ? '（未成年人，已封存）' : maskName(o.cipher.decrypt(p.name)), stage, supervisionClass: cls, endOn: p.endOn, daysLeft });
    }
  }
  const lists = await lifecycleLists({ db: o.db, cipher: o.cipher, scope: o.scope, seesSealed, today, settings, changesOf });
  return { daily, yesterday, alarms, approvals: waiting, people: { total: people.length, initial, strict, ending }, ...lists };
}
