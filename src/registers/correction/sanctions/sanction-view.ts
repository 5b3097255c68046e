import { maySeeSealed, officeOf, type RegisterViewer } from '../../framework/access.js';
import { assertVisible } from '../../framework/get-record.js';
import { findRecord, type StoredRow } from '../../framework/record.repository.js';
import type { TSanctionFact, TSanctionKind } from '../../../core/correction/sanctions.js';
import { availableMoves, type TWorkflowRight, type TWorkflowState } from '../../../core/workflow.js';
import { can } from '../../../core/access/permissions.js';
import { DomainError } from '../../../core/errors.js';
import type { TSanction } from '../../../contract/api/correction-work-api.js';
import type { PersonalDataCipher } from '../../../app/crypto/personal-data-cipher.js';
import type { Actor } from '../../../app/actor.js';
import type { Executor } from '../../../db/client.js';
import { peopleSheet } from '../index.js';
import type { SanctionRow } from './sanction.repository.js';

/** What a sanction row is to the ladder. */
export const factOf = (r: SanctionRow): TSanctionFact & { cause: string; occurredOn: string } => ({ id: r.id, kind: r.kind as TSanctionKind, state: r.state as TWorkflowState, correctedOn: r.correctedOn, basisIds: r.basisIds, cause: r.cause, occurredOn: r.occurredOn });

/**
 * The workflow rights a viewer holds over sanctions: `fill` records and proposes
 * (correction.sanction.record), `decide` approves and returns (correction.sanction.decide). The CLI
 * (no subject) holds none: a decision is a person's.
 */
export function sanctionRights(viewer: RegisterViewer): TWorkflowRight[] {
  const s = viewer.subject;
  if (s === null) return [];
  return [...(can(s.role, 'correction.sanction.record') ? (['fill'] as const) : []), ...(can(s.role, 'correction.sanction.decide') ? (['decide'] as const) : [])];
}

/** A sanction as the reader sees it: grounds decrypted only when unmasked (the caller audits that read). */
export function sanctionView(r: SanctionRow, o: { cipher: PersonalDataCipher; unmasked: boolean; viewer: RegisterViewer; actor: Actor }): TSanction {
  const moves = availableMoves({ state: r.state as TWorkflowState, isAuthor: o.actor.userId !== null && r.createdBy === o.actor.userId, rights: sanctionRights(o.viewer) });
  return {
    id: r.id,
    personId: r.personId,
    office: r.office,
    kind: r.kind as TSanction['kind'],
    cause: r.cause as TSanction['cause'],
    causeDays: r.causeDays,
    occurredOn: r.occurredOn,
    grounds: o.unmasked ? o.cipher.decrypt(r.grounds) : '***',
    documentNo: r.documentNo,
    decidedOn: r.decidedOn,
    basisIds: r.basisIds,
    proposedReason: r.proposed,
    state: r.state as TWorkflowState,
    returnReason: r.returnReason,
    correctedOn: r.correctedOn,
    createdByName: r.createdByName,
    decidedByName: r.decidedByName,
    decidable: moves.includes('approve'),
  };
}

/**
 * The person under correction the sanctions belong to, as the viewer may see them: NOT_FOUND for
 * another office's person or an unknown id, FORBIDDEN for a sealed (minor's) record the viewer may not see.
 */
export async function loadPerson(exec: Executor, unitIds: readonly number[], viewer: RegisterViewer, personId: number, options: { forUpdate?: boolean } = {}): Promise<StoredRow> {
  const row = assertVisible(peopleSheet, await findRecord(exec, peopleSheet, unitIds, personId, options), viewer, personId);
  if (row.voidedAt !== null && row.voidedAt !== undefined)
    throw new DomainError('INVALID_STATE', { zh: `社区矫正对象记录 ${personId} 已作废，不能登记奖惩`, en: `Correction record ${personId} is voided: no sanctions can be entered` });
  return row;
}

/** A sanction row the viewer may see (its person's office and seal), or NOT_FOUND. */
export function assertSanctionVisible(row: SanctionRow | undefined, viewer: RegisterViewer, id: number, sealed: boolean): SanctionRow {
  const office = officeOf(viewer);
  if (!row || (office !== null && row.office !== office) || (sealed && !maySeeSealed(viewer, 'correction')))
    throw new DomainError('NOT_FOUND', { zh: `没有编号为 ${id} 的奖惩记录`, en: `There is no sanction ${id}` });
  return row;
}
