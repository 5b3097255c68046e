import { opinionAnswerDue } from '../../../core/correction/joint-work.js';
import { DomainError } from '../../../core/errors.js';
import type { TJointInspectionInput, TOpinionInput } from '../../../contract/api/correction-work-api.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayWrite, officeOf, type RegisterViewer } from '../../framework/access.js';
import type { RecordContext } from '../../framework/context.js';
import { peopleSheet } from '../index.js';
import { readJointWorkSettings } from '../work-settings.js';
import { findOpinion, findRectification, insertInspection, insertOpinion, updateOpinion, updateRectification } from './joint.repository.js';

type Context = Omit<RecordContext, 'sheet' | 'cipher'>;

/** A 司法所 user writes for its own office only (empty means its office); others as given. */
function officeFor(viewer: RegisterViewer, given: string | null): string | null {
  const own = officeOf(viewer);
  if (own === null) return given || null;
  if (given && given !== own)
    throw new DomainError('FORBIDDEN', { zh: `司法所用户只能登记本所（${own}）的内容，这里填的是“${given}”`, en: `A justice-office user enters its own office's (${own}) items only, not “${given}”` });
  return own;
}

/** an office-limited writer may touch its office's entries and not the bureau's or another office's */
function assertOwnOffice(viewer: RegisterViewer, office: string | null, what: { zh: string; en: string }): void {
  const own = officeOf(viewer);
  if (own !== null && office !== own) throw new DomainError('NOT_FOUND', what);
}

/** A joint inspection (or meeting, review) with its rectification items, in one transaction and one audit entry. */
export async function recordJointInspection(o: Context & { input: TJointInspectionInput }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  const i = o.input;
  i.items.forEach((item, n) => {
    if (item.dueOn < i.heldOn)
      throw new DomainError('VALIDATION_FAILED', {
        zh: `第 ${n + 1} 项整改事项的完成时限（${item.dueOn}）不能早于检查日期（${i.heldOn}）`,
        en: `Item ${n + 1}: the due date (${item.dueOn}) cannot precede the inspection (${i.heldOn})`,
      });
  });
  return o.db.transaction(async (tx) => {
    const office = officeFor(o.viewer, i.office);
    const row = await insertInspection(
      tx,
      { unitId: o.scope.rootUnit.id, office, heldOn: i.heldOn, kind: i.kind, partners: [...new Set(i.partners)], findings: i.findings, createdByName: o.actor.name },
      i.items.map((item) => ({ item: item.item, owner: item.owner, dueOn: item.dueOn })),
    );
    await recordAudit(tx, {
      actor: o.actor,
      unitId: o.scope.rootUnit.id,
      action: 'correction.joint.inspection',
      entity: 'correction_joint_inspection',
      entityId: String(row.id),
      after: { heldOn: i.heldOn, kind: i.kind, partners: row.partners, office, items: i.items.length },
    });
    return { id: row.id };
  });
}

/** A rectification item done (date and note): its clock stops there, on time or late. */
export async function completeRectification(o: Context & { id: number; doneOn: string; note: string | null }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  return o.db.transaction(async (tx) => {
    const found = await findRectification(tx, o.scope.unitIds, o.id);
    const missing = { zh: `没有编号为 ${o.id} 的整改事项`, en: `There is no rectification item ${o.id}` };
    if (!found) throw new DomainError('NOT_FOUND', missing);
    assertOwnOffice(o.viewer, found.inspection.office, missing);
    if (found.item.doneOn !== null) throw new DomainError('CONFLICT', { zh: `该整改事项已于 ${found.item.doneOn} 完成`, en: `This item was done on ${found.item.doneOn}` });
    if (o.doneOn < found.inspection.heldOn)
      throw new DomainError('VALIDATION_FAILED', {
        zh: `完成日期（${o.doneOn}）不能早于检查日期（${found.inspection.heldOn}）`,
        en: `The completion date (${o.doneOn}) cannot precede the inspection (${found.inspection.heldOn})`,
      });
    await updateRectification(tx, o.id, { doneOn: o.doneOn, doneNote: o.note, doneByName: o.actor.name });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: found.item.unitId,
      action: 'correction.joint.rectified',
      entity: 'correction_rectification',
      entityId: String(o.id),
      before: { doneOn: null },
      after: { doneOn: o.doneOn, dueOn: found.item.dueOn, note: o.note },
    });
    return { id: o.id };
  });
}

/** A 纠正意见 received: its answer is due by the unit's setting, fixed now (a later change of the setting moves no running clock). */
export async function recordOpinion(o: Context & { input: TOpinionInput }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  const i = o.input;
  return o.db.transaction(async (tx) => {
    const office = officeFor(o.viewer, i.office);
    const settings = await readJointWorkSettings(tx, o.scope.rootUnit.id);
    const row = await insertOpinion(tx, {
      unitId: o.scope.rootUnit.id,
      office,
      receivedOn: i.receivedOn,
      documentNo: i.documentNo,
      content: i.content,
      answerDueOn: opinionAnswerDue(i.receivedOn, settings),
      createdByName: o.actor.name,
    });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: o.scope.rootUnit.id,
      action: 'correction.joint.opinion',
      entity: 'correction_procuratorate_opinion',
      entityId: String(row.id),
      after: { receivedOn: i.receivedOn, documentNo: i.documentNo, answerDueOn: row.answerDueOn, office },
    });
    return { id: row.id };
  });
}

/** The written answer to a 纠正意见 (its date and text). */
export async function answerOpinion(o: Context & { id: number; answeredOn: string; answer: string }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  return o.db.transaction(async (tx) => {
    const found = await findOpinion(tx, o.scope.unitIds, o.id);
    const missing = { zh: `没有编号为 ${o.id} 的纠正意见`, en: `There is no procuratorate opinion ${o.id}` };
    if (!found) throw new DomainError('NOT_FOUND', missing);
    assertOwnOffice(o.viewer, found.office, missing);
    if (found.answeredOn !== null) throw new DomainError('CONFLICT', { zh: `该纠正意见已于 ${found.answeredOn} 书面回复`, en: `This opinion was answered on ${found.answeredOn}` });
    if (o.answeredOn < found.receivedOn)
      throw new DomainError('VALIDATION_FAILED', {
        zh: `回复日期（${o.answeredOn}）不能早于收到日期（${found.receivedOn}）`,
        en: `The answer date (${o.answeredOn}) cannot precede receipt (${found.receivedOn})`,
      });
    await updateOpinion(tx, o.id, { answeredOn: o.answeredOn, answer: o.answer, answeredByName: o.actor.name });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: found.unitId,
      action: 'correction.joint.answer',
      entity: 'correction_procuratorate_opinion',
      entityId: String(o.id),
      before: { answeredOn: null },
      after: { answeredOn: o.answeredOn, answerDueOn: found.answerDueOn },
    });
    return { id: o.id };
  });
}
