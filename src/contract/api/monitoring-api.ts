import { z } from 'zod';
import { DEVIATION_CAUSES, LIKELIHOODS, MEASURE_STATUSES } from '../../core/monitoring/likelihood.js';
import { EXECUTION_LIGHTS, LIGHTS } from '../../core/lights.js';
import { WORKFLOW_MOVES, WORKFLOW_STATES } from '../../core/workflow.js';
import { ZIsoDate } from './common.js';

/**
 * 绩效运行监控 (the mid-year "双监控" report): request and response bodies. Money in 元, rates as ratios
 * (0.3 = 30%), like the spending view it reads.
 */

export const ZLikelihood = z.enum(LIKELIHOODS).meta({ description: '完成目标可能性' });
export const ZDeviationCause = z.enum(DEVIATION_CAUSES).meta({ description: '偏差原因 category' });
export const ZMeasureStatus = z.enum(MEASURE_STATUSES).meta({ description: 'open: not followed up yet; done / not-done: 整改 follow-up in a later report' });

export const ZMonitoringSettings = z
  .object({ month: z.number().int().min(1, '截止月份应在 1–12 之间').max(12, '截止月份应在 1–12 之间').meta({ description: 'cut-off month of the report (1–X月); national norm 7, Hebei 6, some provinces 8' }) })
  .meta({ id: 'MonitoringSettings' });
export type TMonitoringSettings = z.infer<typeof ZMonitoringSettings>;
export const DEFAULT_MONITORING_SETTINGS: TMonitoringSettings = { month: 7 };

export const ZMeasure = z
  .object({
    id: z.number().int(),
    indicatorId: z.number().int(),
    reportMonth: z.number().int().meta({ description: 'the cut-off month of the report that set the measure' }),
    text: z.string(),
    owner: z.string(),
    dueOn: z.string(),
    status: ZMeasureStatus,
    followUpNote: z.string().nullable(),
    followedUpMonth: z.number().int().nullable().meta({ description: 'the later report in which the follow-up was recorded' }),
  })
  .meta({ id: 'MonitoringMeasure' });
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZMoneyBlock = z
  .object({
    initialBudget: z.number().meta({ description: '年初预算数, 元' }),
    budget: z.number().meta({ description: '调整后预算数 (in force at the cut-off), 元' }),
    spent: z.number().meta({ description: '1–X月执行数, 元' }),
    executionRate: z.number().meta({ description: '执行率 = spent ÷ budget, ratio' }),
    plannedPercent: z.number().meta({ description: 'the plan milestone in force at the cut-off, %' }),
    gapPoints: z.number().meta({ description: 'executionRate × 100 − plannedPercent' }),
    light: z.enum(EXECUTION_LIGHTS),
    projectedYearEnd: z.number().meta({ description: '全年预计执行数, 元' }),
  })
  .meta({ id: 'MonitoringMoney' });
export type TMoneyBlock = z.infer<typeof ZMoneyBlock>;

export const ZMonitoringIndicator = z
  .object({
    indicatorId: z.number().int(),
    level1: z.string(),
    level2: z.string(),
    name: z.string(),
    target: z.string().meta({ description: '年度指标值 as written' }),
    targetValue: z.number().nullable(),
    targetUnit: z.string().nullable(),
    direction: z.enum(['higher', 'lower', 'qualitative']),
    source: z.string().nullable().meta({ description: 'where the actual comes from (the progress board’s source)' }),
    actual: z.number().nullable().meta({ description: '1–X月完成值 (live, or frozen at approval)' }),
    assessment: z.string().nullable(),
    expectedToDate: z.number().nullable(),
    forecast: z.number().nullable().meta({ description: '全年预计完成值' }),
    light: z.enum(LIGHTS).nullable().meta({ description: '序时进度预警' }),
    proposal: z.object({
      likelihood: ZLikelihood.nullable(),
      basis: z.string().meta({ description: 'why, with the numbers' }),
      cause: ZDeviationCause.nullable(),
      causeText: z.string().nullable(),
    }),
    likelihood: ZLikelihood.nullable().meta({ description: 'confirmed by a person; null until then' }),
    cause: ZDeviationCause.nullable(),
    causeText: z.string().nullable(),
    measures: z.array(ZMeasure),
    confirmedBy: z.string().nullable(),
    problems: z.array(z.string()).meta({ description: 'what must be filled before the report can be submitted' }),
    mayFill: z.boolean().meta({ description: 'whether the reader may fill this line now' }),
  })
  .meta({ id: 'MonitoringIndicator' });
export type TMonitoringIndicator = z.infer<typeof ZMonitoringIndicator>;

const ZLightCounts = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int(), blue: z.number().int(), none: z.number().int() });
const ZLikelihoodCounts = z.object({ 确定能: z.number().int(), 有可能: z.number().int(), 完全不可能: z.number().int(), 未判断: z.number().int() });

export const ZMonitoringProject = z
  .object({
    code: z.string(),
    name: z.string(),
    money: ZMoneyBlock,
    indicators: z.array(ZMonitoringIndicator),
  })
  .meta({ id: 'MonitoringProject' });
export type TMonitoringProject = z.infer<typeof ZMonitoringProject>;

export const ZMonitoringSummaryRow = z.object({
  code: z.string(),
  name: z.string(),
  moneyLight: z.enum(EXECUTION_LIGHTS),
  executionRate: z.number(),
  plannedPercent: z.number(),
  lights: ZLightCounts,
  likelihoods: ZLikelihoodCounts,
  causes: z.array(z.object({ indicator: z.string(), cause: ZDeviationCause, text: z.string().nullable() })),
});

export const ZMonitoringDepartment = z
  .object({
    money: ZMoneyBlock,
    lights: ZLightCounts,
    likelihoods: ZLikelihoodCounts,
    projects: z.array(ZMonitoringSummaryRow),
  })
  .meta({ id: 'MonitoringDepartment' });

export const ZMonitoringComment = z.object({ id: z.number().int(), authorName: z.string(), authorRole: z.string(), text: z.string(), createdAt: z.string() });

export const ZMonitoringChange = z.object({
  projectCode: z.string(),
  indicator: z.string().nullable().meta({ description: 'null: the money block' }),
  field: z.string(),
  frozen: z.number().nullable(),
  live: z.number().nullable(),
});

export const ZMonitoringReport = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    month: z.number().int(),
    asOf: z.string(),
    projects: z.array(ZMonitoringProject),
    department: ZMonitoringDepartment,
    earlierMeasures: z.array(ZMeasure.extend({ projectCode: z.string().nullable(), indicator: z.string() })).meta({ description: 'measures of earlier reports of the year, for 整改 follow-up' }),
    report: z.object({
      id: z.number().int().nullable().meta({ description: 'null: nothing stored yet (all proposals)' }),
      state: z.enum(WORKFLOW_STATES),
      frozen: z.boolean().meta({ description: 'true: the figures are the snapshot taken at approval' }),
      submittedByName: z.string().nullable(),
      submittedAt: z.string().nullable(),
      decidedByName: z.string().nullable(),
      decidedAt: z.string().nullable(),
      returnReason: z.string().nullable(),
      reopenReason: z.string().nullable(),
      moves: z.array(z.enum(WORKFLOW_MOVES)).meta({ description: 'the workflow moves the reader may make now' }),
      problems: z.number().int().meta({ description: 'lines and follow-ups still to fill before submitting' }),
      comments: z.array(ZMonitoringComment),
    }),
    changesSinceApproval: z.array(ZMonitoringChange).meta({ description: 'figures that differ live from the frozen snapshot' }),
  })
  .meta({ id: 'MonitoringReport' });
export type TMonitoringReport = z.infer<typeof ZMonitoringReport>;

export const ZMonitoringParams = z.object({
  unitCode: z.string().min(1).max(40),
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1, '截止月份应在 1–12 之间').max(12, '截止月份应在 1–12 之间'),
});

const ZText = (label: string, max: number) => z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);

export const ZMeasureInput = z.object({
  text: ZText('完善措施', 500),
  owner: ZText('责任人', 60),
  dueOn: ZIsoDate.meta({ description: '完成时限' }),
});

export const ZLineInput = z
  .object({
    likelihood: ZLikelihood.nullable(),
    cause: ZDeviationCause.nullable().optional(),
    causeText: z.string().trim().max(500, '偏差原因说明不能超过 500 个字').nullable().optional(),
    measures: z.array(ZMeasureInput).max(10, '每个指标最多 10 条完善措施').default([]),
  })
  .meta({ description: 'a person’s judgement on one indicator line; measures replace the line’s earlier ones' });
export type TLineInput = z.infer<typeof ZLineInput>;

export const ZFollowUpInput = z.object({
  status: z.enum(['done', 'not-done']),
  note: z.string().trim().max(500, '说明不能超过 500 个字').nullable().optional(),
});

export const ZMoveInput = z.object({ reason: z.string().trim().max(500, '原因不能超过 500 个字').optional() });
export const ZCommentInput = z.object({ text: ZText('审核意见', 1000) });

export const ZUnitMeasure = ZMeasure.extend({ projectCode: z.string().nullable(), projectName: z.string().nullable(), indicator: z.string(), overdue: z.boolean() }).meta({ id: 'UnitMeasure' });
export type TUnitMeasure = z.infer<typeof ZUnitMeasure>;

export const ZUnitMeasureList = z.array(ZUnitMeasure).meta({ id: 'UnitMeasureList' });
