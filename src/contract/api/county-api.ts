import { z } from 'zod';
import { WORKFLOW_STATES } from '../../core/workflow.js';
import { ZIsoDate, ZText } from './common.js';
import { ZLight } from './spending-api.js';

/** 汇总看板 (county / province): every unit of the reader's data scope with its money, indicator lights and reports. */

export const ZReportState = z.enum(['not-started', ...WORKFLOW_STATES]).meta({ description: 'not-started: no report yet; else the workflow state' });

export const ZLightCounts = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int(), blue: z.number().int(), none: z.number().int() }).meta({ id: 'LightCounts' });

export const ZReviewCounts = z
  .object({ findings: z.number().int(), errors: z.number().int(), warnings: z.number().int(), suggestions: z.number().int() })
  .meta({ id: 'ReviewCounts' });

export const ZCountyUnit = z
  .object({
    code: z.string(),
    name: z.string(),
    parentCode: z.string().nullable(),
    budget: z.number().meta({ description: 'budget in force at asOf, 元 (the unit’s spending view total)' }),
    spent: z.number().meta({ description: 'active payments to asOf, 元' }),
    executionRate: z.number().meta({ description: 'spent ÷ budget as a ratio' }),
    planPercent: z.number().meta({ description: 'the plan step in force at asOf, % (budget-weighted over the unit’s projects)' }),
    gapPoints: z.number(),
    light: ZLight.meta({ description: 'execution against the plan step' }),
    indicators: z.number().int(),
    lights: ZLightCounts.meta({ description: 'indicator lights of the unit’s progress board' }),
    reports: z.object({ monitoring: ZReportState, monitoringMonth: z.number().int().nullable(), evaluation: ZReportState }),
    review: ZReviewCounts.nullable().meta({ description: 'findings of the goal-book review (绩效目标审核) of the book’s latest revision, counted when it was written; null: not reviewed yet (jixiao aggregates rebuild)' }),
  })
  .meta({ id: 'CountyUnit' });
export type TCountyUnit = z.infer<typeof ZCountyUnit>;

export const ZCountyView = z
  .object({
    year: z.number().int(),
    asOf: z.string(),
    parent: z.object({ code: z.string(), name: z.string() }).nullable(),
    units: z.array(ZCountyUnit),
    totals: z.object({
      units: z.number().int(),
      budget: z.number(),
      spent: z.number(),
      executionRate: z.number(),
      planPercent: z.number(),
      lights: ZLightCounts,
      review: ZReviewCounts.meta({ description: 'review findings of every unit’s goal book, added up' }),
      reports: z.object({ monitoring: z.record(z.string(), z.number().int()), evaluation: z.record(z.string(), z.number().int()) }),
    }),
  })
  .meta({ id: 'CountyView' });
export type TCountyView = z.infer<typeof ZCountyView>;

export const ZCountyQuery = z.object({
  asOf: ZIsoDate.optional().meta({ description: 'default: today in China' }),
  unit: ZText.trim().min(1).max(40).optional().meta({ description: 'only the units under this unit code (its data scope)' }),
});
