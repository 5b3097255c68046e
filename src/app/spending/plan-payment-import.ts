import type { TSpendingSettings } from '../../contract/api/spending-api.js';
import { DocumentError } from '../../core/errors.js';
import { fenToYuan } from '../../core/money.js';
import { validatePaymentRows, type PaymentRowInput, type RowProblem } from '../../core/spending/payment-rows.js';
import type { Executor } from '../../db/client.js';
import { readPaymentFile, type PaymentFile } from '../../documents/payments/read-payment-file.js';
import { recordedVouchers } from '../../repositories/spending.repository.js';
import { overspendOf, overspendSentence } from './overspend-guard.js';
import type { SpendingYear } from './spending-year.js';

/** Where import rows come from: an uploaded file, or rows already read (the demo data). */
export type PaymentSource = { fileName: string; bytes: Uint8Array } | { fileName: string; parsed: PaymentFile };

export async function readPaymentSource(source: PaymentSource): Promise<PaymentFile> {
  if ('parsed' in source) return source.parsed;
  try {
    return await readPaymentFile(source.bytes);
  } catch (error) {
    if (error instanceof DocumentError) {
      // the same place, now naming the file (not the message wrapped again: "文档：《x.pdf》文档：…")
      throw new DocumentError({ file: source.fileName, ...error.location }, error.problem, error.code);
    }
    throw error;
  }
}

export interface PaymentImportPlan {
  rowCount: number;
  payments: PaymentRowInput[];
  problems: RowProblem[];
  warnings: string[];
}

const rowList = (rows: number[]) => (rows.length <= 10 ? `第${rows.join('、')}行` : `第${rows.slice(0, 10).join('、')}行等 ${rows.length} 行`);

/**
 * Check every row of an import, then — for a clean file — what it does to each project's budget:
 * in 'stop' mode an overspend is one more problem (naming the rows), in 'warn' mode a warning.
 */
export async function planPaymentImport(exec: Executor, spendingYear: SpendingYear, file: PaymentFile, settings: TSpendingSettings): Promise<PaymentImportPlan> {
  const vouchers = await recordedVouchers(exec, spendingYear.unit.id, spendingYear.year);
  const { payments, problems } = validatePaymentRows(file.rows, {
    year: spendingYear.year,
    projectCodes: new Set(spendingYear.byCode.keys()),
    recordedVouchers: vouchers,
    ...(file.sheet !== undefined ? { sheet: file.sheet } : {}),
  });
  const warnings: string[] = [];
  if (problems.length === 0) {
    const byProject = new Map<string, PaymentRowInput[]>();
    for (const p of payments) byProject.set(p.projectCode, [...(byProject.get(p.projectCode) ?? []), p]);
    for (const project of spendingYear.projects) {
      const rows = byProject.get(project.code);
      if (!rows) continue;
      const from = rows.reduce((min, r) => (r.paidOn < min ? r.paidOn : min), rows[0]!.paidOn);
      const overspend = await overspendOf(exec, spendingYear.unit.id, spendingYear.year, project, { payments: rows.map((r) => ({ date: r.paidOn, amountFen: r.amountFen })), from });
      if (!overspend) continue;
      const involved = rows.filter((r) => r.paidOn <= overspend.onDate).map((r) => r.row);
      const sentence = `${overspendSentence(project, overspend)}（涉及${rowList(involved)}）`;
      if (settings.overspendMode === 'stop') {
        problems.push({ row: involved[0]!, field: '金额（元）', message: `${sentence}：本单位设置为“禁止超支”，请先调整预算或核对金额后再导入` });
      } else {
        warnings.push(`${sentence}（本单位设置为“超支提醒”，仍可导入）`);
      }
    }
  }
  return { rowCount: file.rows.length, payments, problems, warnings };
}

/** Per-project count and sum of the rows, in the goal book's project order. */
export function summarizeByProject(spendingYear: SpendingYear, payments: readonly PaymentRowInput[]) {
  const sums = new Map<string, { count: number; fen: number }>();
  for (const p of payments) {
    const s = sums.get(p.projectCode) ?? { count: 0, fen: 0 };
    s.count++;
    s.fen += p.amountFen;
    sums.set(p.projectCode, s);
  }
  return spendingYear.projects.filter((p) => sums.has(p.code)).map((p) => ({ code: p.code, name: p.name, count: sums.get(p.code)!.count, amount: fenToYuan(sums.get(p.code)!.fen) }));
}
