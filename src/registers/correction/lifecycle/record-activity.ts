import type { TActivityInput } from '../../../contract/api/correction-api.js';
import { ACTIVITY_LABEL } from '../../../core/correction/lifecycle.js';
import { DomainError } from '../../../core/errors.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayWrite, type RegisterViewer } from '../../framework/access.js';
import { assertVisible } from '../../framework/get-record.js';
import { findRecord } from '../../framework/record.repository.js';
import { peopleSheet } from '../index.js';
import { insertActivity } from './lifecycle.repository.js';

const located = (field: string, message: { zh: string; en: string }) => new DomainError('VALIDATION_FAILED', message, { issues: [{ path: field, message: message.zh }] });

/**
 * Record an activity the monthly duties count: a report in person or a visit (once each), study or
 * public service (hours). Its date lies in the person's term and not after today; hours are given
 * for study and service only. One audit entry.
 */
export async function recordActivity(o: { db: Db; scope: TUnitScope; viewer: RegisterViewer; actor: Actor; personId: number; input: TActivityInput; today: string }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  const i = o.input;
  const label = ACTIVITY_LABEL[i.kind];
  const byHours = i.kind === 'study' || i.kind === 'service';
  if (byHours && i.hours === undefined) throw located('hours', { zh: `${label.zh}须填写小时数`, en: `${label.en} needs its hours` });
  if (!byHours && i.hours !== undefined) throw located('hours', { zh: `${label.zh}按次计，不填小时数`, en: `${label.en} counts once; it takes no hours` });
  if (i.doneOn > o.today) throw located('doneOn', { zh: `日期（${i.doneOn}）不能晚于今天（${o.today}）`, en: `The date (${i.doneOn}) cannot be after today (${o.today})` });
  return o.db.transaction(async (tx) => {
    const person = assertVisible(peopleSheet, await findRecord(tx, peopleSheet, o.scope.unitIds, o.personId), o.viewer, o.personId);
    if (person.voidedAt !== null && person.voidedAt !== undefined)
      throw new DomainError('INVALID_STATE', { zh: `社区矫正对象记录 ${o.personId} 已作废`, en: `Correction record ${o.personId} is voided` });
    const startOn = String(person.startOn);
    const termEnd = (person.terminatedOn as string | null) ?? String(person.endOn);
    if (i.doneOn < startOn || i.doneOn > termEnd)
      throw located('doneOn', { zh: `日期（${i.doneOn}）不在矫正期内（${startOn} 至 ${termEnd}）`, en: `The date (${i.doneOn}) is outside the term (${startOn} to ${termEnd})` });
    const row = await insertActivity(tx, { unitId: person.unitId as number, personId: o.personId, office: (person.office as string | null) ?? null, kind: i.kind, doneOn: i.doneOn, amount: byHours ? i.hours! : 1, note: i.note ?? null, recordedBy: o.actor.userId, recordedByName: o.actor.name });
    await recordAudit(tx, { actor: o.actor, unitId: row.unitId, action: 'correction.activity', entity: 'correction_activity', entityId: String(row.id), after: { personId: o.personId, kind: i.kind, doneOn: i.doneOn, amount: row.amount } });
    return { id: row.id };
  });
}
