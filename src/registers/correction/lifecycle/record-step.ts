import type { TLifecycleStepInput } from '../../../contract/api/correction-api.js';
import { endReason, STEP_LABEL, stepProblem, type TEndKind, type TTerminationReason } from '../../../core/correction/lifecycle.js';
import { DomainError } from '../../../core/errors.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import type { Db, Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayWrite, type RegisterViewer } from '../../framework/access.js';
import { assertVisible } from '../../framework/get-record.js';
import { findRecord, type StoredRow } from '../../framework/record.repository.js';
import { applyRecordPatch } from '../../framework/save-record.js';
import { peopleSheet } from '../index.js';
import { stepDates } from './get-lifecycle.js';
import { listSteps, upsertStep } from './lifecycle.repository.js';

const located = (field: string, message: { zh: string; en: string }) => new DomainError('VALIDATION_FAILED', message, { issues: [{ path: field, message: message.zh }] });

/** What each step carries besides its date; anything else sent is refused rather than silently dropped. */
function detailsOf(i: TLifecycleStepInput): Record<string, unknown> {
  const allowed: Record<string, ReadonlyArray<keyof TLifecycleStepInput>> = { entrusted: ['fastTrack'], assessed: ['opinion'], planned: ['team', 'ableToWork'], ended: ['endKind', 'terminationReason'] };
  const keys = allowed[i.step] ?? [];
  for (const k of ['fastTrack', 'opinion', 'team', 'ableToWork', 'endKind', 'terminationReason'] as const) {
    if (i[k] !== undefined && !keys.includes(k)) throw located(k, { zh: `“${STEP_LABEL[i.step].zh}”不填写该项（${k}）`, en: `“${STEP_LABEL[i.step].en}” takes no ${k}` });
  }
  if (i.step === 'ended' && i.endKind === undefined) throw located('endKind', { zh: '请选择解除或终止', en: 'Choose released (解除) or terminated (终止)' });
  if (i.step === 'assessed' && i.opinion === undefined) throw located('opinion', { zh: '请填写评估意见（适宜或不适宜社区矫正）', en: 'Give the opinion (suitable or not for community correction)' });
  return Object.fromEntries(keys.filter((k) => i[k] !== undefined).map((k) => [k, i[k]]));
}

/** The end's date and reason on the register record, through the framework's update (aggregates, audit, encryption). */
async function writeEnd(tx: Executor, o: { cipher: PersonalDataCipher; scope: TUnitScope; viewer: RegisterViewer; actor: Actor }, person: StoredRow, end: { on: string; endKind: TEndKind; given: TTerminationReason | null }): Promise<void> {
  const recorded = typeof person.terminationReason === 'string' ? person.terminationReason : null;
  const reason = endReason({ endKind: end.endKind, given: end.given, recorded });
  if ('problem' in reason) throw located('terminationReason', reason.problem);
  await applyRecordPatch(tx, { ...o, sheet: peopleSheet }, person, { terminatedOn: end.on, terminationReason: reason.reason });
}

/**
 * Record a step of a person's path with its date — or correct one recorded before. The date is
 * checked against today and the person's other steps (core/correction/lifecycle.ts); a refused step
 * writes nothing. The person must be in the viewer's office and not voided. One audit entry with the
 * step's date before and after.
 *
 * The end step (解除 or 终止) also writes the person's register record in the same transaction: its
 * 解除（终止）矫正日期 becomes the step's date — a corrected end date moves it too — and its reason
 * follows `endReason`. The register is what the metrics, the indicators and the lists of people
 * under correction read; left alone, they would count the person as still under correction.
 */
export async function recordStep(o: { db: Db; cipher: PersonalDataCipher; scope: TUnitScope; viewer: RegisterViewer; actor: Actor; personId: number; input: TLifecycleStepInput; today: string }): Promise<{ step: string; doneOn: string }> {
  assertMayWrite(o.viewer, peopleSheet);
  const details = detailsOf(o.input);
  return o.db.transaction(async (tx) => {
    const person = assertVisible(peopleSheet, await findRecord(tx, peopleSheet, o.scope.unitIds, o.personId, { forUpdate: true }), o.viewer, o.personId);
    if (person.voidedAt !== null && person.voidedAt !== undefined)
      throw new DomainError('INVALID_STATE', { zh: `社区矫正对象记录 ${o.personId} 已作废，不能登记矫正环节`, en: `Correction record ${o.personId} is voided: no steps can be recorded` });
    const rows = await listSteps(tx, [o.personId]);
    const { steps } = stepDates(rows);
    const before = steps[o.input.step] ?? null;
    const others = { ...steps };
    delete others[o.input.step];
    const problem = stepProblem({ steps: others, step: o.input.step, on: o.input.doneOn, today: o.today });
    if (problem) throw located('doneOn', problem);
    if (o.input.step === 'ended' && o.input.doneOn < String(person.startOn))
      throw located('doneOn', { zh: `解除或终止日期（${o.input.doneOn}）不能早于矫正开始日期（${String(person.startOn)}）`, en: `The end (${o.input.doneOn}) cannot precede the start of correction (${String(person.startOn)})` });
    if (o.input.step === 'ended') await writeEnd(tx, o, person, { on: o.input.doneOn, endKind: o.input.endKind!, given: o.input.terminationReason ?? null });
    await upsertStep(tx, { unitId: person.unitId as number, personId: o.personId, office: (person.office as string | null) ?? null, step: o.input.step, doneOn: o.input.doneOn, details, recordedBy: o.actor.userId, recordedByName: o.actor.name });
    await recordAudit(tx, { actor: o.actor, unitId: person.unitId as number, action: 'correction.step', entity: 'correction_person_step', entityId: `person:${o.personId}/${o.input.step}`, before: before === null ? null : { doneOn: before }, after: { doneOn: o.input.doneOn, ...details } });
    return { step: o.input.step, doneOn: o.input.doneOn };
  });
}
