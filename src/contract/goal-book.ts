import { z } from 'zod';
import { ZText } from './api/common.js';

/**
 * The goal-book interchange format: what an importer produces, what `jixiao import --dry-run --json`
 * prints, what `export --format json` writes and what the API accepts. Money is in 元 (numbers with at
 * most two decimals); raw document text is kept beside every parsed value.
 */

export const ZComparator = z.enum(['>=', '>', '<=', '<', '=']).meta({
  description: 'Comparator written in the target: ≥ → ">=", ≤ → "<=", …',
});
export type TComparator = z.infer<typeof ZComparator>;

export const ZTarget = z
  .object({
    raw: ZText.meta({ description: 'The 指标值 cell exactly as written, e.g. "≥396件"' }),
    kind: z.enum(['quantitative', 'qualitative']),
    comparator: ZComparator.optional(),
    value: z.number().optional(),
    unit: ZText.optional(),
  })
  .meta({ id: 'Target' });
export type TTarget = z.infer<typeof ZTarget>;

export const ZIndicator = z
  .object({
    level1: ZText.meta({ description: '一级指标, e.g. 产出指标' }),
    level2: ZText.meta({ description: '二级指标, e.g. 数量指标' }),
    name: ZText.meta({ description: '三级指标 as written' }),
    description: ZText.meta({ description: '绩效指标描述' }),
    target: ZTarget,
    basis: ZText.meta({ description: '指标值确定依据' }),
    weight: z.number().nonnegative().optional().meta({ description: '分值, when the document gives one' }),
  })
  .meta({ id: 'Indicator' });
export type TIndicator = z.infer<typeof ZIndicator>;

export const ZSpendingMilestone = z.object({
  month: z.number().int().min(1).max(12),
  cumulativePercent: z.number().min(0).max(1000),
});
export type TSpendingMilestone = z.infer<typeof ZSpendingMilestone>;

const ZYuan = z.number().nonnegative().meta({ description: 'Amount in 元' });

export const ZBudget = z.object({ total: ZYuan, fiscal: ZYuan, other: ZYuan });
export type TBudget = z.infer<typeof ZBudget>;

export const ZProject = z
  .object({
    code: ZText.min(1).meta({ description: '项目编码' }),
    name: ZText.meta({ description: '项目名称' }),
    budget: ZBudget,
    purpose: ZText.meta({ description: '资金用途' }),
    spendingPlan: z.array(ZSpendingMilestone).meta({ description: '资金支出计划: cumulative % by month end' }),
    goals: z.array(ZText).meta({ description: '绩效目标 sentences, numbering removed' }),
    indicators: z.array(ZIndicator),
  })
  .meta({ id: 'Project' });
export type TProject = z.infer<typeof ZProject>;

export const ZTitledItem = z.object({ title: ZText, text: ZText });
export type TTitledItem = z.infer<typeof ZTitledItem>;

export const ZDepartmentGoals = z
  .object({
    summary: ZText.optional().meta({ description: 'Unnumbered lead text of 总体绩效目标' }),
    overall: z.array(ZText).meta({ description: '总体绩效目标 items' }),
    areas: z.array(ZTitledItem).meta({ description: '分项绩效目标 by work area' }),
    safeguards: z.array(ZTitledItem).meta({ description: '工作保障措施' }),
    indicators: z.array(ZIndicator).optional().meta({ description: '部门整体支出绩效目标表 rows' }),
  })
  .meta({ id: 'DepartmentGoals' });
export type TDepartmentGoals = z.infer<typeof ZDepartmentGoals>;

export const ZWarning = z.object({
  location: ZText.meta({ description: 'Where in the document, e.g. 表3（基层司法）第14行 第3列' }),
  message: ZText,
});
export type TWarning = z.infer<typeof ZWarning>;

export const ZUnitRef = z.object({
  code: ZText.min(1).meta({ description: '单位编码, e.g. 315002' }),
  name: ZText.min(1),
});

export const ZGoalBook = z
  .object({
    unit: ZUnitRef,
    year: z.number().int().min(2000).max(2100),
    departmentGoals: ZDepartmentGoals,
    projects: z.array(ZProject),
    warnings: z.array(ZWarning),
  })
  .meta({ id: 'GoalBook' });
export type TGoalBook = z.infer<typeof ZGoalBook>;

export function emptyDepartmentGoals(): TDepartmentGoals {
  return { overall: [], areas: [], safeguards: [] };
}
