import type { TMetricStandard } from '../metric-standard.js';

/**
 * Metrics over the spending ledger (支付台账), bound to indicators like the register metrics and
 * proposed by name (`core/metric-proposals.ts`). `spending.budget-control` answers 成本指标 such as
 * 项目预算控制数 “严格控制在预算资金内”: spent to date as a percentage of the budget in force on that
 * date, per project (filter `{ project: code }`) or for the whole unit (no filter). Its standard is
 * ≤ 100%: spent within the budget in force reads as achieved, any excess as not achieved (red).
 */

export interface LedgerMetricDef {
  key: string;
  name: string;
  kind: 'rate';
  unit: '%';
  description: string;
  /** binding filters: project → the project's code */
  filters: Record<string, string>;
  lowerIsBetter: true;
  standard: TMetricStandard;
}

export const BUDGET_CONTROL: LedgerMetricDef = {
  key: 'spending.budget-control',
  name: '支出占预算比例（预算控制）',
  kind: 'rate',
  unit: '%',
  description: '当年 1 月 1 日至统计日的有效支付合计 ÷ 统计日有效的预算数（含调整）；不超过 100% 即控制在预算内',
  filters: { project: 'projectCode' },
  lowerIsBetter: true,
  standard: { comparator: '<=', value: 100, unit: '%', text: '支出不超过调整后预算（≤100%）即为控制在预算内' },
};

export const LEDGER_METRICS: readonly LedgerMetricDef[] = [BUDGET_CONTROL];

/**
 * Spent as a percentage of the budget in force, two decimals; null without a budget. An excess never
 * rounds down to 100: one fen over the budget is 100.01%, not “within the budget”.
 */
export function budgetControlRate(spentFen: number, budgetFen: number): number | null {
  if (budgetFen <= 0) return null;
  const rate = Math.round((spentFen / budgetFen) * 10000) / 100;
  return spentFen > budgetFen ? Math.max(rate, 100.01) : rate;
}
