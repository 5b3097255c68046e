import type { TApproval, TApprovalInput } from '../../../contract/api/correction-api.js';
import type { TAccessSubject, TUnitScope } from '../../../core/access/scope.js';
import { checkApproval } from '../../../core/correction/approvals.js';
import { chinaDate } from '../../../core/dates.js';
import { DomainError } from '../../../core/errors.js';
import { applyMove } from '../../../core/workflow.js';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../app/actor.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import { approvalView } from './approval-view.js';
import { approvedLeaves, insertApproval, lockApproval } from './approval.repository.js';
import { readCorrectionSettings } from './correction-settings.js';
import { listSensitivePeriods, peopleByIds } from './supervision.repository.js';

/**
 * The 司法所 (or the section) enters a request and submits it with its review: the rules (core
 * approvals.ts) name the level that decides and refuse what the law does not allow (leave over 30
 * days, electronic location without an Art.29 condition or over 3 months, leave in a sensitive period
 * other than for illness or a family emergency). Nothing is written when refused.
 */
export async function createApproval(o: { db: Db; cipher: PersonalDataCipher; scope: TUnitScope; subject: TAccessSubject | null; actor: Actor; input: TApprovalInput; now: string }): Promise<TApproval> {
  const today = chinaDate(new Date(o.now));
  const i = o.input;
  return o.db.transaction(async (tx) => {
    const [person] = await peopleByIds(tx, o.scope.rootUnit.id, [i.personId]);
    if (!person || (o.scope.offices !== null && !o.scope.offices.includes(person.office ?? ''))) {
      throw new DomainError('NOT_FOUND', { zh: `社区矫正对象台账中没有记录号为 ${i.personId} 的对象（或不属于您的司法所）`, en: `The correction register has no person ${i.personId} (or not of your office)` });
    }
    const settings = await readCorrectionSettings(tx, o.scope.rootUnit.id);
    const toOn = i.toOn ?? null;
    const periods = await listSensitivePeriods(tx, { unitId: o.scope.rootUnit.id, from: i.fromOn, to: toOn ?? i.fromOn });
    const check = checkApproval(
      { kind: i.kind, fromOn: i.fromOn, toOn, appliedOn: today, reason: i.reason, earlierLeaves: await approvedLeaves(tx, person.id), sensitive: periods.map((p) => p.name), ...(i.reasonKind ? { reasonKind: i.reasonKind } : {}), ...(i.months !== undefined ? { months: i.months } : {}), ...(i.conditions ? { conditions: i.conditions } : {}), ...(i.toClass ? { toClass: i.toClass } : {}) },
      settings,
    );
    if (check.problems.length > 0) {
      throw new DomainError('VALIDATION_FAILED', { zh: `${i.kind}申请不能提交：${check.problems.join('；')}`, en: `The ${i.kind} request cannot be submitted: ${check.problems.join('; ')}` }, { problems: check.problems });
    }
    const { to } = applyMove({ move: 'submit', state: 'draft', isAuthor: true, rights: ['fill'], subject: { zh: '该审批事项', en: 'this request' } });
    const details = { reason: i.reason, reasonKind: i.reasonKind ?? null, destination: i.destination ?? null, months: i.months ?? null, conditions: i.conditions ?? null, toClass: i.toClass ?? null, days: check.days, warnings: check.warnings };
    const id = await insertApproval(tx, { unitId: o.scope.rootUnit.id, office: person.office, personId: person.id, kind: i.kind, fromOn: i.fromOn, toOn: check.toOn, appliedOn: today, details, level: check.level, state: to, enteredBy: o.actor.userId, enteredByName: o.actor.name, submittedAt: o.now });
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'correction.approval', entity: 'correction_approval', entityId: String(id), after: { kind: i.kind, personId: person.id, fromOn: i.fromOn, toOn: check.toOn, level: check.level, state: to } });
    return approvalView((await lockApproval(tx, id, o.scope.unitIds))!, person, { cipher: o.cipher, subject: o.subject, today, settings });
  });
}
