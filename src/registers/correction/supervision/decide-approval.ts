import type { TApproval } from '../../../contract/api/correction-api.js';
import type { TAccessSubject, TUnitScope } from '../../../core/access/scope.js';
import { LEVEL_ROLE, type TApprovalLevel } from '../../../core/correction/approvals.js';
import { chinaDate } from '../../../core/dates.js';
import { DomainError } from '../../../core/errors.js';
import { applyMove, type TWorkflowRight, type TWorkflowState } from '../../../core/workflow.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { approvalView } from './approval-view.js';
import { lockApproval, updateApproval } from './approval.repository.js';
import { readCorrectionSettings } from './correction-settings.js';
import { peopleByIds } from './supervision.repository.js';

/**
 * Approve or return a submitted request, by the level the rules named (司法所: the office's users;
 * county: the correction section; 局长: the bureau head), never by the one who entered it (four eyes,
 * core/workflow.ts); returning needs a reason. Or, for approved leave, record the report on return.
 */
export async function decideApproval(o: { db: Db; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject; actor: Actor; id: number; move: 'approve' | 'return'; opinion: string | null; now: string }): Promise<TApproval> {
  return o.db.transaction(async (tx) => {
    const a = await lockApproval(tx, o.id, o.scope.unitIds);
    if (!a || (o.scope.offices !== null && !o.scope.offices.includes(a.office ?? ''))) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.id} 的审批事项（或不属于您的司法所）`, en: `There is no request ${o.id} (or not of your office)` });
    const level = a.level as TApprovalLevel;
    const rights: TWorkflowRight[] = LEVEL_ROLE[level] === o.subject.role ? ['decide'] : [];
    if (rights.length === 0) throw new DomainError('FORBIDDEN', { zh: `该${a.kind}事项由${level}审批，您无权审批`, en: `This ${a.kind} request is decided at level ${level}; you may not decide it` });
    const { to, reason } = applyMove({ move: o.move, state: a.state as TWorkflowState, isAuthor: a.enteredBy !== null && a.enteredBy === o.actor.userId, rights, reason: o.opinion, subject: { zh: '该审批事项', en: 'this request' } });
    await updateApproval(tx, a.id, { state: to, decidedBy: o.actor.userId, decidedByName: o.actor.name, decidedAt: o.now, opinion: reason ?? o.opinion });
    await recordAudit(tx, { actor: o.actor, unitId: a.unitId, action: o.move === 'approve' ? 'correction.approve' : 'correction.return', entity: 'correction_approval', entityId: String(a.id), before: { state: a.state }, after: { state: to, opinion: reason ?? o.opinion } });
    const [person] = await peopleByIds(tx, a.unitId, [a.personId]);
    return approvalView((await lockApproval(tx, a.id, o.scope.unitIds))!, person ?? { name: null, minor: null }, { cipher: o.cipher, subject: o.subject, today: chinaDate(new Date(o.now)), settings: await readCorrectionSettings(tx, a.unitId) });
  });
}

/** 外出: the person reported back on `returnedOn` (late when after the day following the leave's last day). */
export async function recordLeaveReturn(o: { db: Db; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; actor: Actor; id: number; returnedOn: string; now: string }): Promise<TApproval> {
  return o.db.transaction(async (tx) => {
    const a = await lockApproval(tx, o.id, o.scope.unitIds);
    if (!a || (o.scope.offices !== null && !o.scope.offices.includes(a.office ?? ''))) throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${o.id} 的审批事项（或不属于您的司法所）`, en: `There is no request ${o.id} (or not of your office)` });
    if (a.kind !== '外出' || a.state !== 'approved') throw new DomainError('INVALID_STATE', { zh: `只有已批准的外出才能登记返回（该事项为${a.kind}，状态 ${a.state}）`, en: `Only approved leave can record a return (this is ${a.kind}, ${a.state})` });
    if (a.returnedOn !== null) throw new DomainError('INVALID_STATE', { zh: `该外出已于 ${a.returnedOn} 登记返回`, en: `The return was already recorded on ${a.returnedOn}` });
    if (o.returnedOn < a.fromOn) throw new DomainError('VALIDATION_FAILED', { zh: `返回日期 ${o.returnedOn} 早于外出开始日期 ${a.fromOn}`, en: `The return ${o.returnedOn} is before the leave began (${a.fromOn})` });
    await updateApproval(tx, a.id, { returnedOn: o.returnedOn });
    await recordAudit(tx, { actor: o.actor, unitId: a.unitId, action: 'correction.leaveReturn', entity: 'correction_approval', entityId: String(a.id), after: { returnedOn: o.returnedOn } });
    const [person] = await peopleByIds(tx, a.unitId, [a.personId]);
    return approvalView((await lockApproval(tx, a.id, o.scope.unitIds))!, person ?? { name: null, minor: null }, { cipher: o.cipher, subject: o.subject, today: chinaDate(new Date(o.now)), settings: await readCorrectionSettings(tx, a.unitId) });
  });
}
