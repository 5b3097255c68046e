import type { TUnitScope } from '../../core/access/scope.js';
import type { TPaymentImportPreview } from '../../contract/api/spending-api.js';
import { fenToYuan } from '../../core/money.js';
import type { Db } from '../../db/client.js';
import { planPaymentImport, readPaymentSource, summarizeByProject, type PaymentSource } from './plan-payment-import.js';
import { loadSpendingYear } from './spending-year.js';
import { readSpendingSettings } from './spending-settings.js';

const PREVIEW_ROWS = 200;
const PREVIEW_PROBLEMS = 1000;

/** What importing a file would do — rows, sums per project, every problem and warning — writing nothing. */
export async function previewPaymentImport(options: { db: Db; scope: TUnitScope; year: number; source: PaymentSource }): Promise<TPaymentImportPreview> {
  const file = await readPaymentSource(options.source);
  const spendingYear = await loadSpendingYear(options.db, options.scope.rootUnit, options.year);
  const settings = await readSpendingSettings(options.db, spendingYear.unit.id);
  const plan = await planPaymentImport(options.db, spendingYear, file, settings);
  return {
    fileName: options.source.fileName,
    rowCount: plan.rowCount,
    total: fenToYuan(plan.payments.reduce((s, p) => s + p.amountFen, 0)),
    byProject: summarizeByProject(spendingYear, plan.payments),
    rows: plan.payments.slice(0, PREVIEW_ROWS).map((p) => ({
      row: p.row,
      projectCode: p.projectCode,
      paidOn: p.paidOn,
      amount: fenToYuan(p.amountFen),
      voucherNo: p.voucherNo,
      payee: p.payee,
      summary: p.summary,
      fundSource: p.fundSource,
    })),
    problems: plan.problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: plan.problems.length,
    warnings: plan.warnings,
  };
}
