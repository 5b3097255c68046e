import { z } from 'zod';
import { ZGoalBook, ZIndicator, ZProject, ZSpendingMilestone, ZTitledItem } from '../goal-book.js';
import { ZGoalBookChange, ZGoalBookDiff } from '../goal-book-change.js';
import { ZReviewFinding } from './review-api.js';
import { ZText, ZYuanInput } from './common.js';

import { LEVEL1_CATEGORIES } from '../../core/indicator-categories.js';
import { zhEn } from '../messages.js';
import { REVISION_SOURCES } from '../../core/revision-sources.js';

export { LEVEL1_CATEGORIES };

export const ZIndicatorView = ZIndicator.extend({ id: z.number().int() }).meta({ id: 'IndicatorView' });
export const ZProjectView = ZProject.extend({
  id: z.number().int(),
  position: z.number().int(),
  indicators: z.array(ZIndicatorView),
}).meta({ id: 'ProjectView' });
export type TProjectView = z.infer<typeof ZProjectView>;

export const ZProjectSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  budget: z.object({ total: z.number(), fiscal: z.number(), other: z.number() }),
  indicatorCount: z.number().int(),
  quantitativeCount: z.number().int(),
  byLevel1: z.record(z.string(), z.number().int()),
});

export const ZOverview = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    budget: z.object({ total: z.number(), fiscal: z.number(), other: z.number() }).meta({ description: '元' }),
    projectCount: z.number().int(),
    indicatorCount: z.number().int(),
    quantitativeCount: z.number().int(),
    qualitativeCount: z.number().int(),
    byLevel1: z.record(z.string(), z.number().int()),
    byLevel2: z.record(z.string(), z.number().int()),
    departmentGoals: z.object({ overall: z.number().int(), areas: z.number().int(), safeguards: z.number().int(), indicators: z.number().int() }),
    projects: z.array(ZProjectSummary),
    revision: z.object({ number: z.number().int(), at: z.string(), actorName: z.string() }).nullable(),
  })
  .meta({ id: 'GoalBookOverview' });
export type TOverview = z.infer<typeof ZOverview>;

const ZPlanInput = z
  .array(ZSpendingMilestone)
  .max(12)
  .superRefine((plan, ctx) => {
    for (let i = 1; i < plan.length; i++) {
      if (plan[i]!.month <= plan[i - 1]!.month) ctx.addIssue({ code: 'custom', path: [i, 'month'], message: '月份须逐项递增' });
      if (plan[i]!.cumulativePercent < plan[i - 1]!.cumulativePercent) ctx.addIssue({ code: 'custom', path: [i, 'cumulativePercent'], message: '累计比例不能比上一个月份小' });
    }
    plan.forEach((m, i) => {
      if (m.cumulativePercent > 100) ctx.addIssue({ code: 'custom', path: [i, 'cumulativePercent'], message: '累计比例不能超过 100%' });
    });
  });

export const ZProjectPatch = z
  .object({
    name: ZText.trim().min(1, zhEn('项目名称不能为空', 'The project name cannot be empty')).max(200).optional(),
    purpose: ZText.trim().max(5000).optional(),
    budget: z
      .object({ total: ZYuanInput, fiscal: ZYuanInput, other: ZYuanInput })
      .refine((b) => Math.round(b.fiscal * 100) + Math.round(b.other * 100) === Math.round(b.total * 100), {
        message: '财政资金与其他资金之和须等于预算数',
        path: ['total'],
      })
      .optional(),
    spendingPlan: ZPlanInput.optional(),
    goals: z.array(ZText.trim().min(1, zhEn('绩效目标不能为空', 'A goal cannot be empty')).max(2000)).max(30).optional(),
  });
export type TProjectPatch = z.infer<typeof ZProjectPatch>;

export const ZIndicatorInput = z
  .object({
    level1: z.enum(LEVEL1_CATEGORIES, { error: `一级指标应为 ${LEVEL1_CATEGORIES.join('、')} 之一` }),
    level2: ZText.trim().min(1, zhEn('二级指标不能为空', 'The level-2 indicator cannot be empty')).max(50),
    name: ZText.trim().min(1, zhEn('三级指标名称不能为空', 'The indicator name cannot be empty')).max(200),
    description: ZText.trim().max(1000),
    target: ZText.trim().min(1, zhEn('指标值不能为空', 'The target cannot be empty')).max(200).meta({ description: '指标值 as written, e.g. ≥396件' }),
    basis: ZText.trim().max(500),
    weight: z.number().min(0).max(100).nullable().optional(),
  });
export type TIndicatorInput = z.infer<typeof ZIndicatorInput>;

export const ZDepartmentGoalsInput = z
  .object({
    summary: ZText.trim().max(5000).optional(),
    overall: z.array(ZText.trim().min(1).max(5000)).max(50),
    areas: z.array(ZTitledItem).max(50),
    safeguards: z.array(ZTitledItem).max(50),
  });

export const ZRevisionSummary = z.object({
  number: z.number().int(),
  source: z.enum(REVISION_SOURCES),
  summary: z.string(),
  changeCount: z.number().int(),
  actorName: z.string(),
  createdAt: z.string(),
});
export const ZRevisionList = z.array(ZRevisionSummary).meta({ id: 'RevisionList' });
/** One revision with its changes and the goal book as it stood after it. */
export const ZRevisionDetail = ZRevisionSummary.extend({ changes: z.array(ZGoalBookChange), snapshot: ZGoalBook.omit({ warnings: true }) }).meta({ id: 'RevisionDetail' });

/** An uploaded goal document read, diffed against what is stored and reviewed; nothing written. */
export const ZGoalBookImportPreview = z
  .object({ goalBook: ZGoalBook, diff: ZGoalBookDiff, findings: z.array(ZReviewFinding).meta({ description: 'the goal review of the uploaded document' }) })
  .meta({ id: 'ImportPreview' });
export type TGoalBookImportPreview = z.infer<typeof ZGoalBookImportPreview>;

/** The answer to every write of a goal book (import, edit, review fix, undo): the revision it made, if any. */
export const ZEditResult = z
  .object({
    status: z.enum(['created', 'updated', 'unchanged']),
    revision: z.number().int().optional(),
    diff: ZGoalBookDiff,
  })
  .meta({ id: 'EditResult' });
export type TEditResult = z.infer<typeof ZEditResult>;
