import type { TLifecycle } from '../../../contract/api/correction-api.js';
import { canSeeSealedRecords } from '../../../core/access/scope.js';
import { lifecycleClocks, LIFECYCLE_STEPS, monthDuties, sumActivities, type TActivityKind, type TLifecycleStep, type TStepDates } from '../../../core/correction/lifecycle.js';
import type { TSupervisionClass } from '../../../core/correction/settings.js';
import { monthEnd } from '../../../core/dates.js';
import type { Executor } from '../../../db/client.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import type { TUnitScope } from '../../../core/access/scope.js';
import { assertMayRead, type RegisterViewer } from '../../framework/access.js';
import { assertVisible } from '../../framework/get-record.js';
import { findRecord } from '../../framework/record.repository.js';
import { peopleSheet } from '../index.js';
import { approvedClassChanges } from '../supervision/approval.repository.js';
import { readCorrectionSettings } from '../supervision/correction-settings.js';
import { listActivities, listSteps, type StepRow } from './lifecycle.repository.js';
import { listedName } from './person-name.js';

/** The dates of a person's recorded steps, and the details the clocks and duties read from them. */
export function stepDates(rows: readonly StepRow[]): { steps: TStepDates; fastTrack: boolean; ableToWork: boolean } {
  const steps: TStepDates = {};
  let fastTrack = false;
  let ableToWork = true;
  for (const r of rows) {
    steps[r.step as TLifecycleStep] = r.doneOn;
    const d = r.details as Record<string, unknown>;
    if (r.step === 'entrusted') fastTrack = d.fastTrack === true;
    if (r.step === 'planned' && d.ableToWork === false) ableToWork = false;
  }
  return { steps, fastTrack, ableToWork };
}

/**
 * One person's path through correction as of a date: each step with its date (or not yet), the
 * clocks the recorded steps started, the duties of a month (default: the month of `asOf`) against the
 * activities recorded in it. The name is masked as in every list.
 */
export async function getLifecycle(o: { db: Executor; cipher: PersonalDataCipher; scope: TUnitScope; viewer: RegisterViewer; personId: number; asOf: string; month?: string | undefined }): Promise<TLifecycle> {
  assertMayRead(o.viewer, peopleSheet);
  const person = assertVisible(peopleSheet, await findRecord(o.db, peopleSheet, o.scope.unitIds, o.personId), o.viewer, o.personId);
  const month = o.month ?? o.asOf.slice(0, 7);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const [rows, settings, changes, activities] = await Promise.all([
    listSteps(o.db, [o.personId]),
    readCorrectionSettings(o.db, person.unitId as number),
    approvedClassChanges(o.db, o.scope.unitIds),
    listActivities(o.db, { personIds: [o.personId], from: `${month}-01`, to: monthEnd(y, m) }),
  ]);
  const { steps, fastTrack, ableToWork } = stepDates(rows);
  const p = { startOn: String(person.startOn), endOn: String(person.endOn), terminatedOn: (person.terminatedOn as string | null) ?? null };
  const byStep = new Map(rows.map((r) => [r.step, r]));
  const acts = activities.map((a) => ({ id: a.id, kind: a.kind as TActivityKind, doneOn: a.doneOn, amount: a.amount, note: a.note, recordedByName: a.recordedByName }));
  return {
    personId: o.personId,
    personName: listedName(o.cipher, { name: person.name, minor: person.minor }, o.viewer.subject !== null && canSeeSealedRecords(o.viewer.subject, 'correction')),
    ...p,
    asOf: o.asOf,
    steps: LIFECYCLE_STEPS.map((step) => {
      const r = byStep.get(step);
      return { step, doneOn: r?.doneOn ?? null, details: (r?.details as Record<string, unknown>) ?? {}, recordedByName: r?.recordedByName ?? null };
    }),
    clocks: lifecycleClocks({ steps, fastTrack, endOn: p.endOn, terminatedOn: p.terminatedOn, asOf: o.asOf }, settings),
    duties: monthDuties(
      { month, ...p, terminatedOn: p.terminatedOn ?? steps.ended ?? null, changes: changes.filter((c) => c.personId === o.personId).map((c) => ({ effectiveOn: c.effectiveOn, toClass: c.toClass as TSupervisionClass })), done: sumActivities(acts), ableToWork, asOf: o.asOf },
      settings,
    ),
    activities: acts,
  };
}
