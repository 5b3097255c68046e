import type { TUnitScope } from '../../core/access/scope.js';
import type { Db } from '../../db/client.js';
import { writePaymentTemplate } from '../../documents/payments/write-payment-template.js';
import { loadSpendingYear } from './spending-year.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The payments import template for a unit's year, listing its projects and their codes. */
export async function getPaymentTemplate(options: { db: Db; scope: TUnitScope; year: number }): Promise<{ fileName: string; bytes: Buffer }> {
  const spendingYear = await loadSpendingYear(options.db, options.scope.rootUnit, options.year);
  const bytes = await writePaymentTemplate({
    unit: { code: spendingYear.unit.code, name: spendingYear.unit.name },
    year: spendingYear.year,
    projects: spendingYear.projects.map((p) => ({ code: p.code, name: p.name, budgetFen: p.budgetTotalFen })),
  });
  return { fileName: `${spendingYear.unit.code}${spendingYear.unit.name}-${spendingYear.year}年度支付导入模板.xlsx`, bytes };
}
