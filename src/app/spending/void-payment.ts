import type { TUnitScope } from '../../core/access/scope.js';
import type { TPaymentResult } from '../../contract/api/spending-api.js';
import type { Db } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { insertPaymentHistory, updatePaymentRow } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findPaymentRow } from './find-payment.js';
import { paymentView, snapshotOf } from './payment-view.js';
import { assertEditable } from './update-payment.js';
import { loadSpendingYear, projectOf } from './spending-year.js';

export interface VoidPaymentOptions {
  db: Db;
  scope: TUnitScope;
  year: number;
  actor: Actor;
  id: number;
  reason: string;
  version?: number | undefined;
}

/**
 * 作废支付: the payment stays, marked void with the reason, and no longer counts as spent. Its
 * voucher number is free again for the corrected entry.
 */
export async function voidPayment(options: VoidPaymentOptions): Promise<TPaymentResult> {
  const { actor } = options;
  return options.db.transaction(async (tx) => {
    const spendingYear = await loadSpendingYear(tx, options.scope.rootUnit, options.year);
    await lockUnit(tx, spendingYear.unit.id);
    const row = await findPaymentRow(tx, spendingYear, options.id);
    assertEditable(row, options.version, { zh: '作废', en: 'voided' });
    const project = projectOf(spendingYear, row.projectId);
    const version = row.version + 1;
    const after = snapshotOf({ ...row, status: 'void', voidReason: options.reason }, project.code);
    // the version first: the database lets the payment row change only to its recorded next version
    await insertPaymentHistory(tx, [{ paymentId: row.id, version, action: 'void', snapshot: after, reason: options.reason, actorId: actor.userId, actorName: actor.name }]);
    const updated = await updatePaymentRow(tx, row.id, { status: 'void', voidReason: options.reason, version, updatedById: actor.userId, updatedByName: actor.name });
    await recordAudit(tx, {
      actor,
      unitId: spendingYear.unit.id,
      action: 'payment.void',
      entity: 'payment',
      entityId: String(row.id),
      before: snapshotOf(row, project.code),
      after: { ...after, reason: options.reason },
    });
    return { status: 'voided', payment: paymentView(updated, project) };
  });
}
