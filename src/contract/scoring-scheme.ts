import { z } from 'zod';
import { ZText } from './api/common.js';

/**
 * 自评评分规则 (scoring scheme) of a unit's year, as data. The default is 财预〔2020〕10号; a province's
 * variant (other lower-is-better formula, other qualitative bands, cutting to one decimal, caps) is a
 * setting of this object, never a fork of the code. Weights are points out of 100.
 */
export const ZBandRange = z.object({ from: z.number().min(0).max(100), to: z.number().min(0).max(100) }).meta({ description: 'percent of the indicator weight' });

export const ZScoringScheme = z
  .object({
    categoryWeights: z
      .object({
        execution: z.number().min(0).max(100).meta({ description: '预算执行率' }),
        output: z.number().min(0).max(100).meta({ description: '产出指标' }),
        benefit: z.number().min(0).max(100).meta({ description: '效益指标' }),
        satisfaction: z.number().min(0).max(100).meta({ description: '满意度指标' }),
      })
      .refine((w) => Math.abs(w.execution + w.output + w.benefit + w.satisfaction - 100) < 1e-9, { message: '预算执行率、产出、效益、满意度的权重合计应为 100 分' }),
    /** indicator id → points; replaces the document's 分值 or the even spread */
    indicatorWeights: z.record(ZText, z.number().min(0).max(100)),
    lowerIsBetter: z.enum(['linear-to-double', 'target-over-actual']).meta({ description: 'linear-to-double: full when met, linear to 0 at twice the target; target-over-actual: weight × target ÷ actual' }),
    bands: z.object({ achieved: ZBandRange, partial: ZBandRange, notAchieved: ZBandRange }),
    rounding: z.enum(['round-2', 'cut-1']).meta({ description: 'round-2: rounded to 2 decimals; cut-1: cut (not rounded) to 1 decimal' }),
    executionCap: z
      .object({ belowRatePercent: z.number().min(0).max(100), maxTotal: z.number().min(0).max(100) })
      .nullable()
      .meta({ description: 'total capped when the execution rate is below the threshold, e.g. < 60% → ≤ 69' }),
    overshootDeduction: z
      .object({ overPercent: z.number().positive(), deductPercent: z.number().min(0).max(100) })
      .nullable()
      .meta({ description: 'a higher-is-better actual exceeding its target by ≥ overPercent % loses deductPercent % of the weight (target set too low)' }),
  })
  .meta({ id: 'ScoringScheme' });
export type TScoringScheme = z.infer<typeof ZScoringScheme>;

export const BAND_KEYS = ['achieved', 'partial', 'notAchieved'] as const;
export type TBand = (typeof BAND_KEYS)[number];
