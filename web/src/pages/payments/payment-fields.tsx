import { Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { parsePaymentAmount, MAX_TEXT } from '../../../../src/core/spending/payment-rows';
import { fenToYuan } from '../../../../src/core/money';
import type { TPaymentView } from '../../../../src/contract/api/spending-api';

/** What the entry and edit forms hold; the amount stays text until it is parsed to fen. */
export interface PaymentValues {
  projectCode: string;
  paidOn: Dayjs;
  amount: string;
  voucherNo: string;
  payee: string;
  summary: string;
  fundSource: TPaymentView['fundSource'];
}

export interface ProjectOption {
  code: string;
  name: string;
}

/** the same check the import applies to a cell, so a typed amount and an imported one agree */
export const amountRule = {
  validator: async (_: unknown, text: string | undefined) => {
    if (!text || !text.trim()) return;
    const parsed = parsePaymentAmount(text);
    if ('problem' in parsed) throw new Error(parsed.problem);
  },
};

/** "12,500.5" → 12500.5 元, exact (parsed to fen as a string) */
export function amountYuan(text: string): number {
  const parsed = parsePaymentAmount(text);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return fenToYuan(parsed.fen);
}

export const TEXT_LIMITS = MAX_TEXT;

/**
 * The date must lie in the page's year. Checked as a rule rather than by disabling the other years'
 * dates: a disabled date typed into the picker is silently dropped on blur, and the user never learns
 * why their date "did not take".
 */
export function inYearRule(year: number, message: string) {
  return {
    validator: async (_: unknown, date: Dayjs | null | undefined) => {
      if (date && date.year() !== year) throw new Error(message);
    },
  };
}

/** 记2022-06-009 → 记2022-06-010: vouchers are numbered, so the next entry usually takes the next number. */
export function nextVoucher(voucher: string): string {
  const m = /^(.*?)(\d+)(\D*)$/.exec(voucher);
  if (!m) return '';
  const next = String(Number(m[2]) + 1).padStart(m[2]!.length, '0');
  return `${m[1]}${next}${m[3]}`;
}

/** options for a project select: search by name or code, both shown (two projects may share a name) */
export function projectOptions(projects: readonly ProjectOption[]) {
  return projects.map((p) => ({
    value: p.code,
    label: p.name,
    search: `${p.name} ${p.code}`,
    title: `${p.name}（${p.code}）`,
  }));
}

export function ProjectOptionLabel({ name, code }: { name: string; code: string }) {
  return (
    <div style={{ lineHeight: 1.3 }}>
      <div style={{ whiteSpace: 'normal' }}>{name}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {code}
      </Typography.Text>
    </div>
  );
}
