import { z } from 'zod';
import { ZText } from './common.js';

/** 年度结转: start year N+1 of a unit from year N; proposals of targets decided one by one. */

export const ZRolloverBody = z.object({
  from: z.number().int().min(2000).max(2099).meta({ description: 'the year to start from (N)' }),
});

export const ZProposalDecision = z.object({
  decision: z.enum(['accept', 'edit', 'keep']).meta({ description: 'accept: the proposed target; edit: `target` as typed; keep: the copied target of N' }),
  target: ZText.min(1).max(200).optional().meta({ description: 'the target as written (edit only), e.g. ≥440件' }),
});
export type TProposalDecision = z.infer<typeof ZProposalDecision>;

const ZZhEn = z.object({ zh: z.string(), en: z.string() });

export const ZRolloverProposal = z
  .object({
    id: z.number().int().nullable().meta({ description: 'null in a preview (nothing stored yet)' }),
    indicatorId: z.number().int().nullable().meta({ description: 'the indicator of year N+1 (null in a preview)' }),
    projectCode: z.string().nullable(),
    projectName: z.string().nullable(),
    name: z.string(),
    previousTarget: z.string(),
    previousActual: z.number().nullable(),
    previousSource: z.enum(['evaluation', 'live', 'imported', 'none']).meta({ description: "evaluation: N's approved self-evaluation; live: N's figures now; imported: N's 自评表 imported as history; none: no actual" }),
    currentTarget: z.string().meta({ description: 'the target the N+1 table holds now' }),
    proposed: z.string(),
    rule: z.string(),
    ruleLabel: ZZhEn,
    reason: ZZhEn,
    status: z.enum(['pending', 'accepted', 'edited', 'kept']),
    decidedTarget: z.string().nullable(),
    decidedBy: z.string().nullable(),
  })
  .meta({ id: 'RolloverProposal' });
export type TRolloverProposalView = z.infer<typeof ZRolloverProposal>;

export const ZRollover = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    from: z.number().int(),
    to: z.number().int(),
    status: z.enum(['preview', 'draft', 'confirmed']).meta({ description: 'preview: nothing stored yet; draft: proposals wait; confirmed: every proposal decided' }),
    carried: z.object({ projects: z.number().int(), indicators: z.number().int(), bindings: z.number().int(), offices: z.number().int() }),
    actualsFrom: z.enum(['evaluation', 'live', 'imported']).nullable().meta({ description: "where N's actuals come from" }),
    frozen: z.object({ evaluation: z.string().nullable(), approvedValues: z.number().int() }).meta({ description: 'what stays frozen in N' }),
    proposals: z.array(ZRolloverProposal),
    createdBy: z.string().nullable(),
    createdAt: z.string().nullable(),
  })
  .meta({ id: 'Rollover' });
export type TRolloverView = z.infer<typeof ZRollover>;

export const ZRolloverReply = z.object({ rollover: ZRollover.nullable() }).meta({ id: 'RolloverReply' });
