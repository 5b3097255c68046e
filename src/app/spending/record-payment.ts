import type { TUnitScope } from '../../core/access/scope.js';
import type { TPaymentInput, TPaymentResult } from '../../contract/api/spending-api.js';
import { DomainError } from '../../core/errors.js';
import { formatFen, yuanToFen } from '../../core/money.js';
import type { Db, Executor } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { findActiveVoucher, insertPaymentHistory, insertPayments, type PaymentRow } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { guardOverspend } from './overspend-guard.js';
import { paymentView, snapshotOf } from './payment-view.js';
import { findPaymentRow } from './find-payment.js';
import { assertInYear, loadSpendingYear, projectOf, requireProject, type SpendingYear } from './spending-year.js';
import { readSpendingSettings } from './spending-settings.js';

export interface RecordPaymentOptions {
  db: Db;
  scope: TUnitScope;
  year: number;
  actor: Actor;
  input: TPaymentInput;
}

/** Refuse a voucher number an active payment of the unit's year already carries. */
export async function assertVoucherFree(exec: Executor, spendingYear: SpendingYear, voucherNo: string, exceptId?: number): Promise<void> {
  const holder: PaymentRow | undefined = await findActiveVoucher(exec, spendingYear.unit.id, spendingYear.year, voucherNo, exceptId);
  if (holder) {
    const project = projectOf(spendingYear, holder.projectId);
    throw new DomainError(
      'CONFLICT',
      { zh: `凭证号“${voucherNo}”已登记（${holder.paidOn}，${formatFen(holder.amountFen, '元')} 元，项目“${project.name}”）：同一凭证号只能登记一次；如原记录有误，请修改或作废原记录`, en: `Voucher “${voucherNo}” is already recorded (${holder.paidOn}, ${formatFen(holder.amountFen, '元')} yuan, project “${project.name}”): a voucher is recorded once; if that record is wrong, correct or void it` },
    );
  }
}

/**
 * 登记支付: one payment against a project of the unit's year, checked against the budget in force
 * (refused or warned per the unit's setting), stored with its first history version and audited —
 * in one transaction, under the unit's lock so two payments cannot both slip under the budget.
 */
export async function recordPayment(options: RecordPaymentOptions): Promise<TPaymentResult> {
  const { input, actor } = options;
  return options.db.transaction(async (tx) => {
    const spendingYear = await loadSpendingYear(tx, options.scope.rootUnit, options.year);
    await lockUnit(tx, spendingYear.unit.id);
    const project = requireProject(spendingYear, input.projectCode);
    assertInYear(spendingYear, input.paidOn, { zh: '支付日期', en: 'The payment date' });
    await assertVoucherFree(tx, spendingYear, input.voucherNo);
    const amountFen = yuanToFen(input.amount);
    const settings = await readSpendingSettings(tx, spendingYear.unit.id);
    const warning = await guardOverspend(tx, {
      unitId: spendingYear.unit.id,
      year: spendingYear.year,
      project,
      settings,
      change: { payments: [{ date: input.paidOn, amountFen }], from: input.paidOn },
    });
    const values = {
      unitId: spendingYear.unit.id,
      year: spendingYear.year,
      projectId: project.id,
      paidOn: input.paidOn,
      amountFen,
      voucherNo: input.voucherNo,
      payee: input.payee,
      summary: input.summary,
      fundSource: input.fundSource,
      status: 'active' as const,
      voidReason: null,
      version: 1,
      createdById: actor.userId,
      createdByName: actor.name,
      updatedById: actor.userId,
      updatedByName: actor.name,
    };
    const [id] = await insertPayments(tx, [values]);
    const snapshot = snapshotOf(values, project.code);
    await insertPaymentHistory(tx, [{ paymentId: id!, version: 1, action: 'create', snapshot, reason: null, actorId: actor.userId, actorName: actor.name }]);
    await recordAudit(tx, {
      actor,
      unitId: spendingYear.unit.id,
      action: 'payment.create',
      entity: 'payment',
      entityId: String(id),
      before: null,
      after: { ...snapshot, ...(warning ? { warning } : {}) },
    });
    const row = await findPaymentRow(tx, spendingYear, id!);
    return { status: 'created', payment: paymentView(row, project), ...(warning ? { warning } : {}) };
  });
}
