import type { TUnitScope } from '../../core/access/scope.js';
import type { TPaymentImportResult } from '../../contract/api/spending-api.js';
import { DomainError } from '../../core/errors.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { lockUnit } from '../../repositories/goal-book.repository.js';
import { insertPaymentHistory, insertPayments, type PaymentInsert } from '../../repositories/spending.repository.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { newPaymentRow, snapshotOf } from './payment-view.js';
import { planPaymentImport, readPaymentSource, summarizeByProject, type PaymentSource } from './plan-payment-import.js';
import { loadSpendingYear } from './spending-year.js';
import { readSpendingSettings } from './spending-settings.js';

export interface ImportPaymentsOptions {
  db: Db;
  scope: TUnitScope;
  year: number;
  actor: Actor;
  source: PaymentSource;
}

/** Problems listed in the message (the API's details carry up to MAX_DETAILED). */
const MAX_LISTED = 20;
const MAX_DETAILED = 500;

/**
 * 批量导入支付, all or nothing: every row is checked first (and the budgets), and one problem anywhere
 * means nothing is written. A clean file is stored in batches — payments, their first history
 * versions and one audit entry — in a single transaction.
 */
export async function importPayments(options: ImportPaymentsOptions): Promise<TPaymentImportResult> {
  const { actor, source } = options;
  const file = await readPaymentSource(source);
  return options.db.transaction(async (tx) => {
    const spendingYear = await loadSpendingYear(tx, options.scope.rootUnit, options.year);
    await lockUnit(tx, spendingYear.unit.id);
    const settings = await readSpendingSettings(tx, spendingYear.unit.id);
    const plan = await planPaymentImport(tx, spendingYear, file, settings);
    if (plan.problems.length > 0) {
      const listed = plan.problems.slice(0, MAX_LISTED).map((p) => `  ${p.message}`);
      const more = plan.problems.length > MAX_LISTED ? [`  ……另有 ${plan.problems.length - MAX_LISTED} 处错误`] : [];
      throw new DomainError(
        'DOCUMENT_INVALID',
        {
          zh: [`《${source.fileName}》有 ${plan.problems.length} 处错误，未导入任何支付：`, ...listed, ...more, '请改正后重新导入整个文件。'].join('\n'),
          en: [`“${source.fileName}” has ${plan.problems.length} error(s); no payment was imported:`, ...listed, ...(more.length ? [`  …and ${plan.problems.length - MAX_LISTED} more`] : []), 'Correct them and import the whole file again.'].join('\n'),
        },
        { problems: plan.problems.slice(0, MAX_DETAILED), problemCount: plan.problems.length },
      );
    }
    const values: PaymentInsert[] = plan.payments.map((p) => newPaymentRow({ unitId: spendingYear.unit.id, year: spendingYear.year, projectId: spendingYear.byCode.get(p.projectCode)!.id }, p, actor));
    const ids = await insertPayments(tx, values);
    await insertPaymentHistory(
      tx,
      values.map((v, i) => ({
        paymentId: ids[i]!,
        version: 1,
        action: 'create' as const,
        snapshot: snapshotOf({ ...v, status: 'active', voidReason: null }, plan.payments[i]!.projectCode),
        reason: `导入《${source.fileName}》第${plan.payments[i]!.row}行`,
        actorId: actor.userId,
        actorName: actor.name,
      })),
    );
    const totalFen = plan.payments.reduce((s, p) => s + p.amountFen, 0);
    const byProject = summarizeByProject(spendingYear, plan.payments);
    await recordAudit(tx, {
      actor,
      unitId: spendingYear.unit.id,
      action: 'payment.import',
      entity: 'payment',
      entityId: `${spendingYear.unit.code}/${spendingYear.year}`,
      before: null,
      after: { fileName: source.fileName, count: ids.length, totalFen, paymentIds: ids.length > 0 ? [ids[0], ids[ids.length - 1]] : [], byProject, warnings: plan.warnings },
    });
    return { imported: ids.length, total: fenToYuan(totalFen), byProject, warnings: plan.warnings };
  });
}
