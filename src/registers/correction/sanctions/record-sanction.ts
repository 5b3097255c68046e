import { basisProblem, SANCTION_KIND_EN } from '../../../core/correction/sanctions.js';
import { proposalFor } from './propose.js';
import { applyMove } from '../../../core/workflow.js';
import { DomainError } from '../../../core/errors.js';
import type { TSanctionInput } from '../../../contract/api/correction-work-api.js';
import { recordAudit } from '../../../app/audit/record-audit.js';
import { assertMayWrite } from '../../framework/access.js';
import type { RecordContext } from '../../framework/context.js';
import { peopleSheet } from '../index.js';
import { readSanctionLadder } from '../work-settings.js';
import { factOf, loadPerson, sanctionRights } from './sanction-view.js';
import { insertSanction, listPersonSanctions } from './sanction.repository.js';

type Context = Omit<RecordContext, 'sheet'>;

/**
 * Enter a reward or sanction of a person. `record`: a decision already taken on paper (文书编号 and
 * decision date required) — stored as decided. `propose`: submitted for a decision (core/workflow.ts
 * `submit`), to be approved or returned by someone else with the right; a proposal that follows the
 * ladder cites its basis, which must be sanctions of the person in force, uncorrected and not yet cited.
 * The grounds are encrypted at rest. One transaction, one audit entry (never the grounds' text).
 */
export async function recordSanction(o: Context & { personId: number; input: TSanctionInput }): Promise<{ id: number }> {
  assertMayWrite(o.viewer, peopleSheet);
  const i = o.input;
  if (i.occurredOn > (i.decidedOn ?? i.occurredOn))
    throw new DomainError('VALIDATION_FAILED', {
      zh: `决定日期（${i.decidedOn}）不能早于行为发生日期（${i.occurredOn}）`,
      en: `The decision date (${i.decidedOn}) cannot precede the date of the conduct (${i.occurredOn})`,
    });
  if (i.mode === 'record' && (i.decidedOn === null || !i.documentNo)) {
    throw new DomainError('VALIDATION_FAILED', { zh: '登记已作出的奖惩决定须填写决定日期和文书编号', en: 'Recording a decision taken needs its date and document number' });
  }
  if ((i.cause === '脱管' || i.cause === '报到迟延') && i.causeDays === null) {
    throw new DomainError('VALIDATION_FAILED', { zh: `事由为${i.cause}的，须填写天数`, en: `A ${i.cause === '脱管' ? 'lost-contact' : 'late-report'} cause needs its number of days` });
  }
  return o.db.transaction(async (tx) => {
    const person = await loadPerson(tx, o.scope.unitIds, o.viewer, o.personId, { forUpdate: true });
    const rows = await listPersonSanctions(tx, o.scope.unitIds, o.personId);
    const record = rows.map(factOf);
    if (i.basisIds.length > 0) {
      const problem = basisProblem(record, i.basisIds);
      if (problem) throw new DomainError('VALIDATION_FAILED', problem);
    }
    const ladder = await readSanctionLadder(tx, person.unitId as number);
    const proposal = await proposalFor(tx, { unitIds: o.scope.unitIds, personId: o.personId, rows, ladder });
    // it follows the proposal: the escalation with its basis cited, or the 脱管 step for that cause
    const follows =
      proposal !== null &&
      proposal.kind === i.kind &&
      (proposal.lostContact !== null ? i.cause === '脱管' : i.basisIds.length > 0 && i.basisIds.every((id) => proposal.basisIds.includes(id)));
    const state =
      i.mode === 'record'
        ? 'approved'
        : applyMove({ move: 'submit', state: 'draft', isAuthor: true, rights: sanctionRights(o.viewer), subject: { zh: '该奖惩建议', en: `this proposed ${SANCTION_KIND_EN[i.kind]}` } }).to;
    const row = await insertSanction(tx, {
      unitId: person.unitId as number,
      personId: o.personId,
      office: (person.office as string | null) ?? null,
      kind: i.kind,
      cause: i.cause,
      causeDays: i.causeDays,
      occurredOn: i.occurredOn,
      grounds: o.cipher.encrypt(i.grounds),
      documentNo: i.documentNo || null,
      decidedOn: i.mode === 'record' ? i.decidedOn : null,
      basisIds: i.basisIds,
      proposed: follows ? proposal.reason.zh : null,
      state,
      createdBy: o.actor.userId,
      createdByName: o.actor.name,
      decidedByName: i.mode === 'record' ? o.actor.name : null,
    });
    await recordAudit(tx, {
      actor: o.actor,
      unitId: row.unitId,
      action: i.mode === 'record' ? 'correction.sanction.record' : 'correction.sanction.propose',
      entity: 'correction_sanction',
      entityId: String(row.id),
      after: {
        personId: o.personId,
        kind: i.kind,
        cause: i.cause,
        causeDays: i.causeDays,
        occurredOn: i.occurredOn,
        documentNo: row.documentNo,
        decidedOn: row.decidedOn,
        basisIds: i.basisIds,
        state,
        ladder: follows,
      },
    });
    return { id: row.id };
  });
}
