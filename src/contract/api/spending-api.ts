import { z } from 'zod';
import { zhEn } from '../messages.js';
import { EXECUTION_LIGHTS } from '../../core/lights.js';
import { MAX_TEXT } from '../../core/spending/payment-rows.js';
import { ZIsoDate, ZText, ZYuanInput } from './common.js';

/** Request and response bodies of the spending routes. Money is in 元 (at most two decimals). */


export const ZLight = z.enum(EXECUTION_LIGHTS).meta({ description: 'actual ÷ planned execution: red below the yellow threshold, green from the green threshold' });
export const ZFundSource = z.enum(['fiscal', 'other']).meta({ description: '资金来源: fiscal = 财政资金, other = 其他资金' });
export const ZOverspendMode = z.enum(['stop', 'warn']).meta({ description: 'stop: refuse a payment that would go over budget; warn: accept it with a warning' });

export const ZLightThresholds = z
  .object({
    yellow: z.number().min(0, zhEn('阈值不能小于 0', 'A threshold cannot be below 0')).max(100, zhEn('阈值不能大于 100', 'A threshold cannot be above 100')).meta({ description: '% of planned execution from which the light is yellow (default 60)' }),
    green: z.number().min(0, zhEn('阈值不能小于 0', 'A threshold cannot be below 0')).max(100, zhEn('阈值不能大于 100', 'A threshold cannot be above 100')).meta({ description: '% of planned execution from which the light is green (default 80)' }),
  })
  .refine((t) => t.yellow <= t.green, { message: '黄灯阈值不能高于绿灯阈值', path: ['yellow'] });

export const ZSpendingSettings = z
  .object({
    overspendMode: ZOverspendMode,
    lightThresholds: ZLightThresholds,
  })
  .meta({ id: 'SpendingSettings' });
export type TSpendingSettings = z.infer<typeof ZSpendingSettings>;

export const DEFAULT_SPENDING_SETTINGS: TSpendingSettings = { overspendMode: 'stop', lightThresholds: { yellow: 60, green: 80 } };

export const ZExecution = z
  .object({
    budget: z.number().meta({ description: 'budget in force at asOf, 元' }),
    spent: z.number().meta({ description: 'active payments paid on or before asOf, 元' }),
    executionRate: z.number().meta({ description: 'spent ÷ budget as a ratio (0.3 = 30%)' }),
    plannedPercent: z.number().meta({ description: 'the plan milestone in force at asOf, %' }),
    gapPoints: z.number().meta({ description: 'executionRate × 100 − plannedPercent; negative = behind plan' }),
    light: ZLight,
    projectedYearEnd: z.number().meta({ description: 'spent ÷ elapsed days × days in year, capped at max(budget, spent), 元' }),
  })
  .meta({ id: 'Execution' });
export type TExecution = z.infer<typeof ZExecution>;

export const ZProjectExecution = ZExecution.extend({
  code: z.string(),
  name: z.string(),
  initialBudget: z.number().meta({ description: '年初预算数 (before revisions), 元' }),
}).meta({ id: 'ProjectExecution' });

export const ZSpendingView = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    asOf: z.string(),
    settings: ZSpendingSettings,
    projects: z.array(ZProjectExecution),
    total: ZExecution,
  })
  .meta({ id: 'SpendingView' });
export type TSpendingView = z.infer<typeof ZSpendingView>;

export const ZSpendingQuery = z.object({ asOf: ZIsoDate.optional().meta({ description: 'default: today in China' }) });

const ZPaymentAmount = ZYuanInput.refine((v) => v > 0, '金额须大于 0');
const ZProjectCode = ZText.trim().min(1, zhEn('请选择项目', 'Choose a project')).max(60);
const ZVoucherNo = ZText.trim().min(1, zhEn('请填写凭证号', 'Enter the voucher number')).max(MAX_TEXT.voucherNo, zhEn(`凭证号不能超过 ${MAX_TEXT.voucherNo} 个字`, `A voucher number has at most ${MAX_TEXT.voucherNo} characters`));
const ZPayee = ZText.trim().min(1, zhEn('请填写收款方', 'Enter the payee')).max(MAX_TEXT.payee, zhEn(`收款方不能超过 ${MAX_TEXT.payee} 个字`, `A payee has at most ${MAX_TEXT.payee} characters`));
const ZSummary = ZText.trim().max(MAX_TEXT.summary, `摘要不能超过 ${MAX_TEXT.summary} 个字`);
const ZReason = ZText.trim().min(1, zhEn('请填写原因', 'Give a reason')).max(500, zhEn('原因不能超过 500 个字', 'A reason has at most 500 characters'));

export const ZPaymentInput = z
  .object({
    projectCode: ZProjectCode,
    paidOn: ZIsoDate,
    amount: ZPaymentAmount,
    voucherNo: ZVoucherNo,
    payee: ZPayee,
    summary: ZSummary.default(''),
    fundSource: ZFundSource.default('fiscal'),
  })
  // request bodies carry no component id: trimming and defaults make their input and output shapes differ
  .meta({ description: 'a payment to record; summary defaults to "", fundSource to fiscal' });
export type TPaymentInput = z.infer<typeof ZPaymentInput>;

export const ZPaymentPatch = z
  .object({
    projectCode: ZProjectCode.optional(),
    paidOn: ZIsoDate.optional(),
    amount: ZPaymentAmount.optional(),
    voucherNo: ZVoucherNo.optional(),
    payee: ZPayee.optional(),
    summary: ZSummary.optional(),
    fundSource: ZFundSource.optional(),
    reason: ZReason.meta({ description: 'why the payment is corrected (kept in its history)' }),
    version: z.number().int().min(1).optional().meta({ description: 'the version being edited; a newer stored version refuses the edit (409)' }),
  })
  .meta({ description: 'fields to correct, with the reason' });
export type TPaymentPatch = z.infer<typeof ZPaymentPatch>;

export const ZVoidBody = z.object({ reason: ZReason.meta({ description: 'why the payment is voided' }), version: z.number().int().min(1).optional() });

export const ZPaymentView = z
  .object({
    id: z.number().int(),
    projectCode: z.string(),
    projectName: z.string(),
    paidOn: z.string(),
    amount: z.number().meta({ description: '元' }),
    voucherNo: z.string(),
    payee: z.string(),
    summary: z.string(),
    fundSource: ZFundSource,
    status: z.enum(['active', 'void']),
    voidReason: z.string().nullable(),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Payment' });
export type TPaymentView = z.infer<typeof ZPaymentView>;

export const ZPaymentResult = z
  .object({
    status: z.enum(['created', 'updated', 'unchanged', 'voided']),
    payment: ZPaymentView,
    warning: z.string().optional().meta({ description: 'set when the unit warns instead of stopping and the payment takes a project over budget' }),
  })
  .meta({ id: 'PaymentResult' });
export type TPaymentResult = z.infer<typeof ZPaymentResult>;

export const ZPaymentListQuery = z.object({
  project: ZText.max(60).optional().meta({ description: '项目编码' }),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  status: z.enum(['active', 'void', 'all']).default('all'),
  q: ZText.trim().max(100).optional().meta({ description: 'text in payee, summary or voucher number' }),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TPaymentListQuery = z.infer<typeof ZPaymentListQuery>;

export const ZPaymentList = z
  .object({
    items: z.array(ZPaymentView),
    total: z.number().int().meta({ description: 'payments matching the filters' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    activeAmount: z.number().meta({ description: 'sum of the matching active payments, 元' }),
  })
  .meta({ id: 'PaymentList' });

export const ZPaymentSnapshotView = z.object({
  projectCode: z.string(),
  paidOn: z.string(),
  amount: z.number(),
  voucherNo: z.string(),
  payee: z.string(),
  summary: z.string(),
  fundSource: ZFundSource,
  status: z.enum(['active', 'void']),
  voidReason: z.string().nullable(),
});

export const ZPaymentHistoryEntry = z
  .object({
    version: z.number().int(),
    action: z.enum(['create', 'update', 'void']),
    reason: z.string().nullable(),
    actorName: z.string(),
    at: z.string(),
    snapshot: ZPaymentSnapshotView,
  })
  .meta({ id: 'PaymentHistoryEntry' });

export const ZImportProblem = z.object({
  row: z.number().int(),
  column: z.number().int().optional(),
  field: z.string(),
  message: z.string().meta({ description: 'located sentence in Chinese, e.g. 第3行C列（金额（元））：…' }),
});

export const ZProjectAmount = z.object({ code: z.string(), name: z.string(), count: z.number().int(), amount: z.number() });

export const ZPaymentImportPreview = z
  .object({
    fileName: z.string(),
    rowCount: z.number().int().meta({ description: 'data rows read from the file' }),
    total: z.number().meta({ description: 'sum of the valid rows, 元' }),
    byProject: z.array(ZProjectAmount),
    rows: z
      .array(z.object({ row: z.number().int(), projectCode: z.string(), paidOn: z.string(), amount: z.number(), voucherNo: z.string(), payee: z.string(), summary: z.string(), fundSource: ZFundSource }))
      .meta({ description: 'the first 200 valid rows' }),
    problems: z.array(ZImportProblem).meta({ description: 'the problems found (the first 1,000); importing is refused while there is one' }),
    problemCount: z.number().int(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'PaymentImportPreview' });
export type TPaymentImportPreview = z.infer<typeof ZPaymentImportPreview>;

export const ZPaymentImportResult = z
  .object({
    imported: z.number().int(),
    total: z.number().meta({ description: '元' }),
    byProject: z.array(ZProjectAmount),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'PaymentImportResult' });
export type TPaymentImportResult = z.infer<typeof ZPaymentImportResult>;

export const ZBudgetRevisionInput = z
  .object({
    projectCode: ZProjectCode,
    effectiveOn: ZIsoDate,
    total: ZYuanInput,
    fiscal: ZYuanInput,
    other: ZYuanInput,
    reason: ZReason.meta({ description: '调整原因, e.g. the approval document' }),
  })
  .refine((b) => Math.round(b.fiscal * 100) + Math.round(b.other * 100) === Math.round(b.total * 100), { message: '财政资金与其他资金之和须等于调整后预算数', path: ['total'] })
  .meta({ description: 'a new budget for a project from a date on' });
export type TBudgetRevisionInput = z.infer<typeof ZBudgetRevisionInput>;

export const ZBudgetRevisionView = z
  .object({
    id: z.number().int(),
    projectCode: z.string(),
    projectName: z.string(),
    effectiveOn: z.string(),
    total: z.number(),
    fiscal: z.number(),
    other: z.number(),
    previousTotal: z.number().meta({ description: 'the budget in force on effectiveOn before this revision, 元' }),
    reason: z.string(),
    actorName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'BudgetRevision' });
export type TBudgetRevisionView = z.infer<typeof ZBudgetRevisionView>;

export const ZBudgetRevisionResult = z.object({ revision: ZBudgetRevisionView, warning: z.string().optional() }).meta({ id: 'BudgetRevisionResult' });

export const ZPaymentHistory = z.array(ZPaymentHistoryEntry).meta({ id: 'PaymentHistory' });
export const ZBudgetRevisionList = z.array(ZBudgetRevisionView).meta({ id: 'BudgetRevisionList' });
