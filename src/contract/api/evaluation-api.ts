import { z } from 'zod';
import { WORKFLOW_STATES } from '../../core/workflow.js';
import { ZTarget } from '../goal-book.js';
import { ZScoringScheme } from '../scoring-scheme.js';
import { ZText as ZInputText } from './common.js';

/**
 * 绩效自评 (self-evaluation): what the evaluate use-case computes, what a report stores and freezes,
 * and the bodies of its routes. Money in 元; rates as ratios (0.93 = 93%); scores in points of 100.
 */

export const ZActualSource = z.enum(['metric', 'ledger', 'assessment', 'manual', 'missing']).meta({ description: 'where the actual comes from' });
export type TActualSource = z.infer<typeof ZActualSource>;

export const ZText = z.object({ zh: z.string(), en: z.string() });

export const ZEvaluationIndicatorInput = z.object({
  id: z.number().int(),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: ZTarget,
  documentWeight: z.number().nullable(),
  actual: z.number().nullable(),
  source: ZActualSource,
  assessment: z.enum(['达成', '部分达成', '未达成']).nullable(),
  met: z.boolean().nullable(),
  lowerIsBetter: z.boolean(),
});

/** Everything a self-evaluation is computed from; frozen as it stands when the report is approved. */
export const ZEvaluationInputs = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    asOf: z.string(),
    projects: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        budget: z.object({ total: z.number(), fiscal: z.number(), other: z.number() }).meta({ description: '年初预算数, 元' }),
        budgetInForceFen: z.number().int(),
        spentFen: z.number().int(),
        goals: z.array(z.string()),
        indicators: z.array(ZEvaluationIndicatorInput),
      }),
    ),
  })
  .meta({ id: 'EvaluationInputs' });
export type TEvaluationInputs = z.infer<typeof ZEvaluationInputs>;

export const ZEvaluationLineInput = z.object({
  signedScore: z.number().min(0).max(100).nullable().optional().meta({ description: 'a score the unit signs instead of the computed one (needs signReason)' }),
  signReason: ZInputText.max(500).nullable().optional(),
  bandScore: z.number().min(0).max(100).nullable().optional().meta({ description: 'a score within the assessment band (else the band top)' }),
  deviation: ZInputText.max(1000).nullable().optional().meta({ description: '偏差原因分析及改进措施' }),
});
export type TEvaluationLineInput = z.infer<typeof ZEvaluationLineInput>;

/** The people's part of a report: judgements per indicator line and the 实际完成情况 per project. */
export interface TEvaluationJudgements {
  lines: ReadonlyMap<number, TEvaluationLineInput>;
  actualResults: ReadonlyMap<string, string>;
}

export const ZEvaluationIndicator = z.object({
  id: z.number().int(),
  level1: z.string(),
  level2: z.string(),
  name: z.string(),
  target: ZTarget,
  actual: z.number().nullable(),
  assessment: z.string().nullable(),
  source: ZActualSource,
  weight: z.number(),
  score: z.number().nullable().meta({ description: 'the score the unit signs (the computed one unless signed otherwise)' }),
  computedScore: z.number().nullable(),
  signedScore: z.number().nullable(),
  signReason: z.string().nullable(),
  bandScore: z.number().nullable(),
  differs: z.boolean().meta({ description: 'signed ≠ computed: flagged for 复核' }),
  met: z.boolean().nullable(),
  missing: z.boolean(),
  explanation: ZText,
  deviation: z.string().nullable(),
  deviationRequired: z.boolean(),
});
export type TEvaluationIndicator = z.infer<typeof ZEvaluationIndicator>;

export const ZEvaluationProject = z.object({
  code: z.string(),
  name: z.string(),
  initialBudget: z.number(),
  budgetFiscal: z.number(),
  budgetOther: z.number(),
  budget: z.number().meta({ description: '全年预算数 (budget in force), 元' }),
  spent: z.number(),
  executionRate: z.number(),
  executionWeight: z.number(),
  executionScore: z.number(),
  executionExplanation: ZText,
  goals: z.array(z.string()),
  actualResults: z.string(),
  actualResultsProposed: z.string(),
  indicators: z.array(ZEvaluationIndicator),
  missing: z.number().int(),
  total: z.number().nullable(),
  computedTotal: z.number().nullable(),
  grade: z.enum(['优', '良', '中', '差']).nullable(),
  cap: ZText.nullable(),
});
export type TEvaluationProject = z.infer<typeof ZEvaluationProject>;

export const ZEvaluationDepartment = z.object({
  budget: z.number(),
  spent: z.number(),
  executionRate: z.number(),
  projects: z.number().int(),
  complete: z.number().int(),
  averageTotal: z.number().nullable().meta({ description: 'projects’ totals weighted by budget' }),
  grade: z.enum(['优', '良', '中', '差']).nullable(),
  ranking: z.array(z.object({ rank: z.number().int(), code: z.string(), name: z.string(), total: z.number().nullable(), grade: z.enum(['优', '良', '中', '差']).nullable(), budget: z.number() })),
});

export const ZEvaluation = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    asOf: z.string(),
    scheme: ZScoringScheme,
    projects: z.array(ZEvaluationProject),
    department: ZEvaluationDepartment,
    problems: z.array(ZText).meta({ description: 'what keeps the report from being submitted' }),
  })
  .meta({ id: 'Evaluation' });
export type TEvaluation = z.infer<typeof ZEvaluation>;

export const ZEvaluationComment = z.object({
  id: z.number().int(),
  kind: z.enum(['comment', 'return', 'recheck', 'reopen']),
  text: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});

export const ZEvaluationChange = z.object({ project: z.string(), what: z.string(), frozen: z.union([z.number(), z.string()]).nullable(), live: z.union([z.number(), z.string()]).nullable() });

export const ZEvaluationReport = z
  .object({
    state: z.enum(WORKFLOW_STATES),
    authorName: z.string().nullable(),
    submittedAt: z.string().nullable(),
    decidedByName: z.string().nullable(),
    frozenAt: z.string().nullable(),
    comments: z.array(ZEvaluationComment),
    moves: z.array(z.enum(['submit', 'approve', 'return', 'lock', 'reopen'])).meta({ description: 'the workflow moves the reader could make now' }),
    canFill: z.boolean(),
    fillable: z
      .object({ indicators: z.array(z.number().int()), projects: z.array(z.string()) })
      .meta({ description: 'the lines (indicator ids) and projects (their 实际完成情况) the reader may fill now: finance every one, a 业务科室 those of its business, nobody once submitted' }),
    canComment: z.boolean(),
    evaluation: ZEvaluation.meta({ description: 'frozen once approved; live before' }),
    frozen: z.boolean(),
    changes: z.array(ZEvaluationChange).meta({ description: 'what differs live since approval' }),
  })
  .meta({ id: 'EvaluationReport' });
export type TEvaluationReport = z.infer<typeof ZEvaluationReport>;

export const ZEvaluationMoveBody = z.object({ move: z.enum(['submit', 'approve', 'return', 'reopen', 'lock']), reason: ZInputText.max(1000).optional() });
export const ZEvaluationCommentBody = z.object({ text: ZInputText.trim().min(1, '请填写意见').max(1000), recheck: z.boolean().optional() });
export const ZEvaluationLineBody = ZEvaluationLineInput;
export const ZEvaluationProjectBody = z.object({ actualResults: ZInputText.max(4000) });
