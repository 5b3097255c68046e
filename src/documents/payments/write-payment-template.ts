import ExcelJS from 'exceljs';
import { formatFen } from '../../core/money.js';
import { FUND_SOURCE_LABEL, PAYMENT_COLUMNS } from '../../core/spending/payment-rows.js';
import { guardCellText, guardRow } from '../xlsx/formula-guard.js';

/**
 * The payments import template (.xlsx): sheet 支付明细 with the Chinese headers and one example row
 * (its voucher starts with 示例, so importing it unchanged is refused), the unit's projects with their
 * codes, and how to fill it in.
 */

export interface TemplateProject {
  code: string;
  name: string;
  budgetFen: number;
}

export const PAYMENT_SHEET = '支付明细';
const FONT = '宋体';
const WIDTHS: Record<string, number> = { projectCode: 26, paidOn: 14, amount: 14, voucherNo: 14, payee: 28, summary: 36, fundSource: 12 };

export async function writePaymentTemplate(options: { unit: { code: string; name: string }; year: number; projects: TemplateProject[] }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);

  const sheet = workbook.addWorksheet(PAYMENT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = PAYMENT_COLUMNS.map((c) => ({ header: c.label, key: c.field, width: WIDTHS[c.field] ?? 14 }));
  const header = sheet.getRow(1);
  header.font = { name: FONT, size: 11, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  const first = options.projects[0];
  sheet.addRow(guardRow({
    projectCode: first?.code ?? '（项目编码）',
    paidOn: `${options.year}-03-31`,
    amount: 12500,
    voucherNo: '示例-0001',
    payee: '某某文化传媒有限公司',
    summary: '示例：宣传材料印制费（导入前请删除本行）',
    fundSource: FUND_SOURCE_LABEL.fiscal,
  }));
  // code and date columns as text, so Excel keeps codes and dates exactly as typed
  sheet.getColumn('projectCode').numFmt = '@';
  sheet.getColumn('paidOn').numFmt = '@';
  sheet.getColumn('voucherNo').numFmt = '@';
  sheet.getColumn('amount').numFmt = '0.00';
  const fundColumn = sheet.getColumn('fundSource').letter;
  for (let r = 2; r <= 5001; r++) {
    sheet.getCell(`${fundColumn}${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${FUND_SOURCE_LABEL.fiscal},${FUND_SOURCE_LABEL.other}"`],
      showErrorMessage: true,
      error: '请选择“财政资金”或“其他资金”',
    };
  }

  const list = workbook.addWorksheet('项目清单');
  list.columns = [
    { header: '项目编码', key: 'code', width: 26 },
    { header: '项目名称', key: 'name', width: 50 },
    { header: '预算数（元）', key: 'budget', width: 16 },
  ];
  list.getRow(1).font = { name: FONT, size: 11, bold: true };
  for (const p of options.projects) list.addRow(guardRow({ code: p.code, name: p.name, budget: Number(formatFen(p.budgetFen, '元')) }));
  list.getColumn('budget').numFmt = '#,##0.00';

  const help = workbook.addWorksheet('填写说明');
  help.getColumn(1).width = 100;
  const lines = [
    `${options.unit.name}（${options.unit.code}）${options.year}年度 支付明细导入模板`,
    '1. 在“支付明细”工作表中每行填写一笔支付，第一行表头不要改动；导入前请删除示例行。',
    '2. 项目编码：须是本年度绩效目标中的项目编码，见“项目清单”工作表。',
    `3. 支付日期：写成 ${options.year}-03-31 这样的日期，须在 ${options.year} 年度内。`,
    '4. 金额（元）：以元为单位，大于 0，最多两位小数（精确到分）。',
    '5. 凭证号：必填，同一凭证号只能登记一次（文件内不能重复，也不能与已登记的支付重复）。',
    '6. 收款方必填；摘要选填；资金来源可填“财政资金”或“其他资金”，留空按财政资金。',
    '7. 导入时逐行检查，有任何错误则整个文件都不导入，并指出错误所在的行和列；改正后重新导入即可。',
    '8. 也可以另存为 CSV（UTF-8 或 GBK 编码均可）后导入。',
  ];
  lines.forEach((text, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = guardCellText(text);
    cell.font = { name: FONT, size: i === 0 ? 14 : 11, bold: i === 0 };
    cell.alignment = { wrapText: true };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
