import type { Db } from '../../db/client.js';
import { writePaymentTemplate } from '../../documents/payments/write-payment-template.js';
import { loadSpendingScope } from './spending-scope.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The payments import template for a unit's year, listing its projects and their codes. */
export async function getPaymentTemplate(options: { db: Db; unitCode: string; year: number }): Promise<{ fileName: string; bytes: Buffer }> {
  const scope = await loadSpendingScope(options.db, options.unitCode, options.year);
  const bytes = await writePaymentTemplate({
    unit: { code: scope.unit.code, name: scope.unit.name },
    year: scope.year,
    projects: scope.projects.map((p) => ({ code: p.code, name: p.name, budgetFen: p.budgetTotalFen })),
  });
  return { fileName: `${scope.unit.code}${scope.unit.name}-${scope.year}年度支付导入模板.xlsx`, bytes };
}
