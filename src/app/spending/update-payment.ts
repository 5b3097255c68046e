import type { TUnitScope } from '../../core/access/scope.js';
import type { TPaymentPatch, TPaymentResult } from '../../contract/api/spending-api.js';
import { DomainError, type LocalizedText } from '../../core/errors.js';
import { yuanToFen } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { insertPaymentHistory, updatePaymentRow, type PaymentRow } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { findPaymentRow } from './find-payment.js';
import { guardOverspend } from './overspend-guard.js';
import { paymentView, snapshotOf } from './payment-view.js';
import { assertVoucherFree } from './record-payment.js';
import { assertInYear, loadSpendingYear, projectOf, requireProject, type SpendingYear } from './spending-year.js';
import { readSpendingSettings } from './spending-settings.js';

export interface UpdatePaymentOptions {
  db: Db;
  scope: TUnitScope;
  year: number;
  actor: Actor;
  id: number;
  patch: TPaymentPatch;
}

/** A voided payment is final, and an edit made on an old version would undo someone else's. */
export function assertEditable(row: PaymentRow, expectedVersion: number | undefined, verb: LocalizedText): void {
  if (row.status === 'void') throw new DomainError('INVALID_STATE', { zh: `支付记录 ${row.id}（凭证号“${row.voucherNo}”）已作废，不能${verb.zh}；如需重新登记，请新增一笔支付`, en: `Payment ${row.id} (voucher “${row.voucherNo}”) is void and cannot be ${verb.en}; to record it again, add a new payment` });
  if (expectedVersion !== undefined && expectedVersion !== row.version) {
    throw new DomainError('CONFLICT', { zh: `支付记录 ${row.id} 已被他人修改（您看到的是第 ${expectedVersion} 版，现在是第 ${row.version} 版）：请刷新后再${verb.zh}`, en: `Payment ${row.id} was changed by someone else (you saw version ${expectedVersion}, it is now version ${row.version}): reload and try again` });
  }
}

function nextFields(spendingYear: SpendingYear, row: PaymentRow, patch: TPaymentPatch) {
  const project = patch.projectCode !== undefined ? requireProject(spendingYear, patch.projectCode) : projectOf(spendingYear, row.projectId);
  if (patch.paidOn !== undefined) assertInYear(spendingYear, patch.paidOn, { zh: '支付日期', en: 'The payment date' });
  return {
    project,
    fields: {
      projectId: project.id,
      paidOn: patch.paidOn ?? row.paidOn,
      amountFen: patch.amount !== undefined ? yuanToFen(patch.amount) : row.amountFen,
      voucherNo: patch.voucherNo ?? row.voucherNo,
      payee: patch.payee ?? row.payee,
      summary: patch.summary ?? row.summary,
      fundSource: patch.fundSource ?? row.fundSource,
    },
  };
}

/**
 * 更正支付: change a payment's fields with a reason. The new version goes into its history and the
 * audit log; the budget check sees the payment moved (date, amount or project), not added twice.
 */
export async function updatePayment(options: UpdatePaymentOptions): Promise<TPaymentResult> {
  const { actor, patch } = options;
  return options.db.transaction(async (tx) => {
    const spendingYear = await loadSpendingYear(tx, options.scope.rootUnit, options.year);
    await lockUnit(tx, spendingYear.unit.id);
    const row = await findPaymentRow(tx, spendingYear, options.id);
    assertEditable(row, patch.version, { zh: '修改', en: 'changed' });
    const oldProject = projectOf(spendingYear, row.projectId);
    const { project, fields } = nextFields(spendingYear, row, patch);
    const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter((k) => fields[k] !== row[k]);
    if (changed.length === 0) return { status: 'unchanged', payment: paymentView(row, oldProject) };

    if (fields.voucherNo !== row.voucherNo) await assertVoucherFree(tx, spendingYear, fields.voucherNo, row.id);
    let warning: string | undefined;
    if (fields.projectId !== row.projectId || fields.paidOn !== row.paidOn || fields.amountFen !== row.amountFen) {
      const settings = await readSpendingSettings(tx, spendingYear.unit.id);
      const moved = fields.projectId === row.projectId ? [{ date: row.paidOn, amountFen: -row.amountFen }] : [];
      warning = await guardOverspend(tx, {
        unitId: spendingYear.unit.id,
        year: spendingYear.year,
        project,
        settings,
        change: { payments: [...moved, { date: fields.paidOn, amountFen: fields.amountFen }], from: fields.paidOn },
      });
    }
    const version = row.version + 1;
    const before = snapshotOf(row, oldProject.code);
    const after = snapshotOf({ ...fields, status: row.status, voidReason: row.voidReason }, project.code);
    // the version first: the database lets the payment row change only to its recorded next version
    await insertPaymentHistory(tx, [{ paymentId: row.id, version, action: 'update', snapshot: after, reason: patch.reason, actorId: actor.userId, actorName: actor.name }]);
    const updated = await updatePaymentRow(tx, row.id, { ...fields, version, updatedById: actor.userId, updatedByName: actor.name });
    await recordAudit(tx, {
      actor,
      unitId: spendingYear.unit.id,
      action: 'payment.update',
      entity: 'payment',
      entityId: String(row.id),
      before,
      after: { ...after, reason: patch.reason, changed, ...(warning ? { warning } : {}) },
    });
    return { status: 'updated', payment: paymentView(updated, project), ...(warning ? { warning } : {}) };
  });
}
