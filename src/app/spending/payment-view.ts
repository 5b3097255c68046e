import type { TPaymentView } from '../../contract/api/spending-api.js';
import { fenToYuan } from '../../core/money.js';
import type { PaymentInsert, PaymentRow, PaymentSnapshot } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';

/** Stored payment rows → what the API and the CLI show (money in 元). */

export function paymentView(row: PaymentRow, project: { code: string; name: string }): TPaymentView {
  return {
    id: row.id,
    projectCode: project.code,
    projectName: project.name,
    paidOn: row.paidOn,
    amount: fenToYuan(row.amountFen),
    voucherNo: row.voucherNo,
    payee: row.payee,
    summary: row.summary,
    fundSource: row.fundSource,
    status: row.status,
    voidReason: row.voidReason,
    version: row.version,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    updatedBy: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function snapshotOf(row: Pick<PaymentRow, 'projectId' | 'paidOn' | 'amountFen' | 'voucherNo' | 'payee' | 'summary' | 'fundSource' | 'status' | 'voidReason'>, projectCode: string): PaymentSnapshot {
  return {
    projectId: row.projectId,
    projectCode,
    paidOn: row.paidOn,
    amountFen: row.amountFen,
    voucherNo: row.voucherNo,
    payee: row.payee,
    summary: row.summary,
    fundSource: row.fundSource,
    status: row.status,
    voidReason: row.voidReason,
  };
}

/** A new active payment's row, its first version (an import and the demo write many at once). */
export function newPaymentRow(
  where: { unitId: number; year: number; projectId: number },
  p: Pick<PaymentInsert, 'paidOn' | 'amountFen' | 'voucherNo' | 'payee' | 'summary' | 'fundSource'>,
  actor: Actor,
): PaymentInsert {
  return {
    ...where,
    paidOn: p.paidOn,
    amountFen: p.amountFen,
    voucherNo: p.voucherNo,
    payee: p.payee,
    summary: p.summary,
    fundSource: p.fundSource,
    status: 'active',
    voidReason: null,
    version: 1,
    createdById: actor.userId,
    createdByName: actor.name,
    updatedById: actor.userId,
    updatedByName: actor.name,
  };
}
