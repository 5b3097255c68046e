import type { TUnitScope } from '../../core/access/scope.js';
import { z } from 'zod';
import type { ZPaymentHistoryEntry } from '../../contract/api/spending-api.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { listPaymentHistory } from '../../repositories/spending.repository.js';
import { findPaymentRow } from './find-payment.js';
import { loadSpendingYear } from './spending-year.js';

/** Every version of a payment, oldest first: who recorded, changed or voided it, when and why. */
export async function getPaymentHistory(options: { db: Db; scope: TUnitScope; year: number; id: number }): Promise<Array<z.infer<typeof ZPaymentHistoryEntry>>> {
  const spendingYear = await loadSpendingYear(options.db, options.scope.rootUnit, options.year);
  const payment = await findPaymentRow(options.db, spendingYear, options.id);
  const rows = await listPaymentHistory(options.db, payment.id);
  return rows.map((row) => {
    const { projectId: _projectId, amountFen, ...rest } = row.snapshot;
    return {
      version: row.version,
      action: row.action,
      reason: row.reason,
      actorName: row.actorName,
      at: row.at.toISOString(),
      snapshot: {
        projectCode: rest.projectCode,
        paidOn: rest.paidOn,
        amount: fenToYuan(amountFen),
        voucherNo: rest.voucherNo,
        payee: rest.payee,
        summary: rest.summary,
        fundSource: rest.fundSource,
        status: rest.status,
        voidReason: rest.voidReason,
      },
    };
  });
}
