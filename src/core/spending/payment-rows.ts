import { COLUMN_LETTERS } from '../errors.js';
import { CONTROL_CHARACTER_IN_CELL, hasControlCharacter } from '../text.js';
import { isIsoDate, isoDate, yearOf } from '../dates.js';
import { formatFen, parseAmountToFen, toHalfWidth } from '../money.js';

/**
 * Rows of a payments file (.xlsx or .csv) → payments, every row checked. Readers turn the file into
 * cell texts by field; this decides what each text means and says, in Chinese, which row and column
 * is wrong and how to put it right. Pure: the project codes and already recorded vouchers come in.
 */

export type PaymentField = 'projectCode' | 'paidOn' | 'amount' | 'voucherNo' | 'payee' | 'summary' | 'fundSource';
export type FundSource = 'fiscal' | 'other';

export interface PaymentColumn {
  field: PaymentField;
  /** the header as the template writes it */
  label: string;
  /** a file without this header is refused */
  required: boolean;
  /** other ways people head the column */
  aliases: string[];
}

export const PAYMENT_COLUMNS: readonly PaymentColumn[] = [
  { field: 'projectCode', label: '项目编码', required: true, aliases: [] },
  { field: 'paidOn', label: '支付日期', required: true, aliases: [] },
  { field: 'amount', label: '金额（元）', required: true, aliases: ['金额'] },
  { field: 'voucherNo', label: '凭证号', required: true, aliases: [] },
  { field: 'payee', label: '收款方', required: true, aliases: [] },
  { field: 'summary', label: '摘要', required: true, aliases: [] },
  { field: 'fundSource', label: '资金来源', required: false, aliases: [] },
];

export const FUND_SOURCE_LABEL: Record<FundSource, string> = { fiscal: '财政资金', other: '其他资金' };

const normalizeHeader = (text: string) => toHalfWidth(text).replace(/[\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')');

/** The field a header cell names ("金额(元)" and "金额（元）" alike), or null. */
export function matchPaymentHeader(text: string): PaymentField | null {
  const key = normalizeHeader(text);
  if (key === '') return null;
  for (const column of PAYMENT_COLUMNS) {
    if ([column.label, ...column.aliases].some((label) => normalizeHeader(label) === key)) return column.field;
  }
  return null;
}

export const labelOf = (field: PaymentField) => PAYMENT_COLUMNS.find((c) => c.field === field)!.label;

export interface RawPaymentRow {
  /** the row's number in the file (the header is usually row 1) */
  row: number;
  cells: Partial<Record<PaymentField, { text: string; column: number }>>;
}

export interface PaymentRowInput {
  row: number;
  projectCode: string;
  paidOn: string;
  amountFen: number;
  voucherNo: string;
  payee: string;
  summary: string;
  fundSource: FundSource;
}

export interface RowProblem {
  row: number;
  column?: number;
  field: string;
  /** the whole sentence, location first: "第3行C列（金额（元））：…" */
  message: string;
}

export interface PaymentRowContext {
  year: number;
  projectCodes: ReadonlySet<string>;
  /** vouchers of active payments already recorded for the unit and year */
  recordedVouchers: ReadonlyMap<string, { paidOn: string; amountFen: number }>;
  /** the worksheet the rows come from (.xlsx), for the location */
  sheet?: string;
}

const DATE_FORMS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** '2022-3-31', '2022/03/31', '2022.3.31', '2022年3月31日', '20220331' → '2022-03-31'; null if not a real date. */
export function parsePaymentDate(text: string): string | null {
  const clean = toHalfWidth(text).trim();
  for (const form of DATE_FORMS) {
    const m = form.exec(clean);
    if (!m) continue;
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return isIsoDate(date) ? date : null;
  }
  return null;
}

type AmountResult = { fen: number } | { problem: string };

/** A payment amount in 元: positive, at most two decimals. */
export function parsePaymentAmount(text: string): AmountResult {
  const clean = toHalfWidth(text).replace(/[¥￥元\s]/g, '');
  if (/^-|^\(.*\)$|^（.*）$/.test(clean)) return { problem: `金额“${text}”为负数：支付金额须大于 0；要冲减已登记的支付，请作废原记录` };
  const fen = parseAmountToFen(clean, '元');
  if (fen === null) {
    if (/^[\d,]+\.\d{3,}$/.test(clean)) return { problem: `金额“${text}”超过两位小数：金额以元为单位，最多精确到分` };
    // a well-formed number beyond what fen can hold exactly (9×10^13 元): too large, not "not a number"
    if (/^[\d,]+(?:\.\d{0,2})?$/.test(clean)) return { problem: `金额“${text}”过大：请核对金额（以元为单位，如 12500.00）` };
    return { problem: `金额“${text}”不是数字：请填写以元为单位的金额，如 12500.00` };
  }
  if (fen === 0) return { problem: '金额为 0：支付金额须大于 0' };
  return { fen };
}

export function parseFundSource(text: string): FundSource | null {
  const clean = text.trim();
  if (clean === '' || clean === '财政资金' || clean === '财政' || clean === 'fiscal') return 'fiscal';
  if (clean === '其他资金' || clean === '其他' || clean === 'other') return 'other';
  return null;
}

export const MAX_TEXT = { voucherNo: 60, payee: 200, summary: 500 } as const;

export function validatePaymentRows(rows: readonly RawPaymentRow[], context: PaymentRowContext): { payments: PaymentRowInput[]; problems: RowProblem[] } {
  const payments: PaymentRowInput[] = [];
  const problems: RowProblem[] = [];
  const voucherRows = new Map<string, number>();
  // codes are matched ignoring case and full-width digits (1302…p000r… typed in an IME), stored as written in the goal book
  const codeByKey = new Map([...context.projectCodes].map((code) => [toHalfWidth(code).toUpperCase(), code]));
  for (const raw of rows) {
    const rowProblems: RowProblem[] = [];
    const cell = (field: PaymentField) => raw.cells[field];
    const text = (field: PaymentField) => (cell(field)?.text ?? '').trim();
    const problem = (field: PaymentField, message: string) => {
      const column = cell(field)?.column;
      // column letters for .csv too: people open both in Excel or WPS
      const where = `${context.sheet !== undefined ? `工作表“${context.sheet}”` : ''}第${raw.row}行${column !== undefined ? `${COLUMN_LETTERS(column)}列` : ''}（${labelOf(field)}）`;
      rowProblems.push({ row: raw.row, ...(column !== undefined ? { column } : {}), field: labelOf(field), message: `${where}：${message}` });
    };

    const codeText = text('projectCode');
    const projectCode = codeByKey.get(toHalfWidth(codeText).toUpperCase());
    if (codeText === '') problem('projectCode', '项目编码为空：请填写绩效目标中的项目编码');
    else if (projectCode === undefined) problem('projectCode', `项目编码“${codeText}”不在 ${context.year} 年度的绩效目标中：请核对编码，或先在绩效目标中补录该项目`);

    const dateText = text('paidOn');
    const paidOn = dateText === '' ? null : parsePaymentDate(dateText);
    if (dateText === '') problem('paidOn', '支付日期为空：请填写日期，如 2022-03-31');
    else if (paidOn === null) problem('paidOn', `“${dateText}”不是有效日期：请写成 2022-03-31 这样的日期`);
    else if (yearOf(paidOn) !== context.year) problem('paidOn', `支付日期 ${paidOn} 不在 ${context.year} 年度内：只能导入本年度的支付，其他年度的请在对应年度导入`);

    const amountText = text('amount');
    const amount = amountText === '' ? ({ problem: '金额为空：请填写以元为单位的金额，如 12500.00' } as AmountResult) : parsePaymentAmount(amountText);
    if ('problem' in amount) problem('amount', amount.problem);

    const voucherNo = text('voucherNo');
    for (const field of ['voucherNo', 'payee', 'summary'] as const) {
      if (hasControlCharacter(text(field))) problem(field, CONTROL_CHARACTER_IN_CELL);
    }
    if (voucherNo === '') problem('voucherNo', '凭证号为空：请填写会计凭证号');
    else if (voucherNo.length > MAX_TEXT.voucherNo) problem('voucherNo', `凭证号过长（超过 ${MAX_TEXT.voucherNo} 个字）`);
    else if (/^示例/.test(voucherNo)) problem('voucherNo', '这是模板中的示例行：请删除该行后再导入');
    else if (voucherRows.has(voucherNo)) problem('voucherNo', `凭证号“${voucherNo}”与第${voucherRows.get(voucherNo)}行重复：同一凭证号只能登记一次，请核对后删除重复行`);
    else {
      const recorded = context.recordedVouchers.get(voucherNo);
      if (recorded) problem('voucherNo', `凭证号“${voucherNo}”已登记过（${recorded.paidOn}，${formatFen(recorded.amountFen, '元')} 元）：如是重复导入，请删除该行`);
    }
    if (voucherNo !== '' && !voucherRows.has(voucherNo)) voucherRows.set(voucherNo, raw.row);

    const payee = text('payee');
    if (payee === '') problem('payee', '收款方为空：请填写收款单位或个人');
    else if (payee.length > MAX_TEXT.payee) problem('payee', `收款方过长（超过 ${MAX_TEXT.payee} 个字）`);

    const summary = text('summary');
    if (summary.length > MAX_TEXT.summary) problem('summary', `摘要过长（超过 ${MAX_TEXT.summary} 个字）`);

    const fundSource = parseFundSource(text('fundSource'));
    if (fundSource === null) problem('fundSource', `资金来源“${text('fundSource')}”无法识别：请填写“财政资金”或“其他资金”，或留空（按财政资金）`);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    payments.push({ row: raw.row, projectCode: projectCode!, paidOn: paidOn!, amountFen: (amount as { fen: number }).fen, voucherNo, payee, summary, fundSource: fundSource! });
  }
  return { payments, problems };
}
