import { applyMove, type TWorkflowState } from '../../../core/workflow.js';
import { SANCTION_KIND_EN, type TSanctionKind } from '../../../core/correction/sanctions.js';
import { DomainError } from '../../../core/errors.js';
import type { TSanctionDecision } from '../../../contract/api/correction-work-api.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayWrite, mayRead } from '../../framework/access.js';
import type { RecordContext } from '../../framework/context.js';
import { peopleSheet } from '../index.js';
import { assertSanctionVisible, loadPerson, sanctionRights } from './sanction-view.js';
import { findSanction, updateSanction } from './sanction.repository.js';

type Context = Omit<RecordContext, 'sheet'>;

const subject = (kind: string) => ({ zh: `该${kind}建议`, en: `this proposed ${SANCTION_KIND_EN[kind as TSanctionKind] ?? kind}` });

/**
 * Approve or return a proposed sanction through the one workflow (core/workflow.ts): only someone
 * else than its author, holding the decide right; approval needs the decision's date and 文书编号,
 * return a reason. Audited in the same transaction. To a reader who does not keep the correction
 * register the sanction does not exist (NOT_FOUND), as another office's records do not for a 司法所.
 */
export async function decideSanction(o: Context & { id: number; decision: TSanctionDecision }): Promise<{ id: number; state: TWorkflowState }> {
  if (!mayRead(o.viewer, 'correction')) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.id} 的奖惩记录`, en: `There is no sanction ${o.id}` });
  const d = o.decision;
  return o.db.transaction(async (tx) => {
    const found = await findSanction(tx, o.scope.unitIds, o.id, { forUpdate: true });
    const person = found ? await loadPerson(tx, o.scope.unitIds, o.viewer, found.personId).catch(() => undefined) : undefined;
    const row = assertSanctionVisible(person ? found : undefined, o.viewer, o.id, false);
    const move = applyMove({
      move: d.move,
      state: row.state as TWorkflowState,
      isAuthor: o.actor.userId !== null && row.createdBy === o.actor.userId,
      rights: sanctionRights(o.viewer),
      reason: d.reason,
      subject: subject(row.kind),
    });
    if (d.move === 'approve') {
      if (d.decidedOn === null || !d.documentNo) throw new DomainError('VALIDATION_FAILED', { zh: '审批通过时须填写决定日期和文书编号', en: 'Approving needs the decision date and document number' });
      if (d.decidedOn < row.occurredOn)
        throw new DomainError('VALIDATION_FAILED', {
          zh: `决定日期（${d.decidedOn}）不能早于行为发生日期（${row.occurredOn}）`,
          en: `The decision date (${d.decidedOn}) cannot precede the conduct (${row.occurredOn})`,
        });
    }
    const updated = await updateSanction(tx, row.id, {
      state: move.to,
      ...(d.move === 'approve' ? { decidedOn: d.decidedOn, documentNo: d.documentNo, decidedByName: o.actor.name, returnReason: null } : { returnReason: move.reason, decidedByName: o.actor.name }),
    });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: row.unitId,
      action: d.move === 'approve' ? 'correction.sanction.approve' : 'correction.sanction.return',
      entity: 'correction_sanction',
      entityId: String(row.id),
      before: { state: row.state },
      after: { state: updated.state, kind: row.kind, decidedOn: updated.decidedOn, documentNo: updated.documentNo, reason: move.reason },
    });
    return { id: row.id, state: updated.state as TWorkflowState };
  });
}

/** Record that the person corrected the behaviour a sanction in force answered (改正): it no longer counts towards the ladder. */
export async function markSanctionCorrected(o: Context & { id: number; correctedOn: string }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  return o.db.transaction(async (tx) => {
    const found = await findSanction(tx, o.scope.unitIds, o.id, { forUpdate: true });
    const person = found ? await loadPerson(tx, o.scope.unitIds, o.viewer, found.personId).catch(() => undefined) : undefined;
    const row = assertSanctionVisible(person ? found : undefined, o.viewer, o.id, false);
    if (row.state !== 'approved' && row.state !== 'locked') throw new DomainError('INVALID_STATE', { zh: '只有已决定的奖惩才能登记改正', en: 'Only a decided sanction can be marked corrected' });
    if (row.kind === '表扬') throw new DomainError('VALIDATION_FAILED', { zh: '表扬不需要登记改正', en: 'A commendation is not corrected' });
    if (row.correctedOn !== null) throw new DomainError('CONFLICT', { zh: `该奖惩已于 ${row.correctedOn} 登记改正`, en: `Already marked corrected on ${row.correctedOn}` });
    if (o.correctedOn < (row.decidedOn ?? row.occurredOn))
      throw new DomainError('VALIDATION_FAILED', {
        zh: `改正日期（${o.correctedOn}）不能早于决定日期（${row.decidedOn}）`,
        en: `The correction date (${o.correctedOn}) cannot precede the decision (${row.decidedOn})`,
      });
    await updateSanction(tx, row.id, { correctedOn: o.correctedOn });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: row.unitId,
      action: 'correction.sanction.corrected',
      entity: 'correction_sanction',
      entityId: String(row.id),
      before: { correctedOn: null },
      after: { correctedOn: o.correctedOn },
    });
    return { id: row.id };
  });
}
