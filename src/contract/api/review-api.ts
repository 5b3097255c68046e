import { z } from 'zod';
import { ZText } from './common.js';
import { CRITERIA } from '../../core/review/types.js';
import { zhEn } from '../messages.js';

export const ZReviewFinding = z
  .object({
    rule: z.string(),
    criterion: z.enum(CRITERIA as unknown as [string, ...string[]]),
    severity: z.enum(['error', 'warning', 'suggestion']),
    projectCode: z.string().optional(),
    indicator: z.string().optional(),
    indicatorIndex: z.number().int().optional(),
    field: z.string().optional(),
    message: z.string(),
    suggestion: z.string().optional(),
    fix: z.object({ field: z.enum(['name', 'description', 'target']), value: z.string() }).optional(),
  })
  .meta({ id: 'ReviewFinding' });
export type TReviewFindingView = z.infer<typeof ZReviewFinding>;

export const ZReviewComment = z
  .object({
    id: z.number().int(),
    projectCode: z.string().nullable(),
    indicator: z.string().nullable(),
    text: z.string(),
    authorName: z.string(),
    authorRole: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReviewComment' });
export type TReviewCommentView = z.infer<typeof ZReviewComment>;

export const ZReviewResult = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    findings: z.array(ZReviewFinding),
    counts: z.object({
      bySeverity: z.record(z.string(), z.number().int()),
      byCriterion: z.record(z.string(), z.number().int()),
      fixable: z.number().int(),
    }),
    rules: z.array(z.object({ id: z.string(), criterion: z.string(), title: z.string() })),
    comments: z.array(ZReviewComment),
  })
  .meta({ id: 'ReviewResult' });
export type TReviewResult = z.infer<typeof ZReviewResult>;

/** A one-click fix as the review proposed it: applied only if the review still proposes exactly it. */
export const ZFixRequest = z.object({
  rule: ZText,
  projectCode: ZText,
  indicatorIndex: z.number().int().min(0),
  field: z.enum(['name', 'description', 'target']),
  value: ZText,
});
export type TFixRequest = z.infer<typeof ZFixRequest>;

export const ZApplyFixesBody = z.object({ fixes: z.array(ZFixRequest).min(1).max(500) });

export const ZCommentBody = z.object({
  projectCode: ZText.max(60).nullable().optional(),
  indicator: ZText.max(200).nullable().optional(),
  text: ZText.trim().min(1, zhEn('意见不能为空', 'The comment cannot be empty')).max(2000),
});
