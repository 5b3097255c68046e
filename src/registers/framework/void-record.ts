import { recordAudit } from '../../app/audit/record-audit.js';
import { userNames } from '../../repositories/user.repository.js';
import { assertMayWrite } from './access.js';
import { assertVisible } from './get-record.js';
import { findRecord, voidRecord } from './record.repository.js';
import { maskedValues, plainValues, viewOf, type RecordView } from './records.js';
import { assertNotVoided, entity, isSealed, type SaveRecordOptions } from './save-record.js';

/**
 * 作废: a duplicated or mistaken record is voided with a reason — never deleted. It stays in the table,
 * listed on request and flagged, and counts in no metric or drill-down (metricWhere). Who may void is
 * who may change the record (the kind's writers; a 司法所 user only its office's records), and a voided
 * record is final: neither voided again nor changed. The audit entry, in the same transaction, holds
 * the record before and after with personal fields masked — for a sealed record (社区矫正法 Art.54)
 * only that it was voided, as for its updates.
 */
export async function voidRegisterRecord(o: SaveRecordOptions & { id: number; reason: string; asOf: string }): Promise<RecordView> {
  assertMayWrite(o.viewer, o.sheet);
  return o.db.transaction(async (tx) => {
    const row = assertVisible(o.sheet, await findRecord(tx, o.sheet, o.scope.unitIds, o.id, { forUpdate: true }), o.viewer, o.id);
    assertNotVoided(o.sheet, row, { zh: '再次作废', en: 'voided again' });
    const values = plainValues(o.sheet, row, o.cipher);
    const voided = await voidRecord(tx, o.sheet, o.scope.unitIds, o.id, { by: o.actor.userId, reason: o.reason });
    const at = new Date(voided.voidedAt!).toISOString();
    const audit = isSealed(o.sheet, values)
      ? { before: null, after: { sealed: true, changed: ['voided'] } }
      : { before: { ...maskedValues(o.sheet, values), voided: null }, after: { ...maskedValues(o.sheet, values), voided: { at, reason: o.reason } } };
    await recordAudit(tx, { actor: o.actor, unitId: o.scope.rootUnit.id, action: 'register.void', entity: entity(o.sheet), entityId: String(o.id), ...audit });
    return viewOf(o.sheet, voided, o.cipher, { unmask: false, asOf: o.asOf, userNames: await userNames(tx, voided.voidedBy === null ? [] : [voided.voidedBy]) });
  });
}

