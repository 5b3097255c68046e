import { z } from 'zod';
import { zhEn } from '../messages.js';
import { DEADLINE_FILTERS } from '../../core/deadlines.js';
import { ASSESSMENTS } from '../../core/indicator-progress.js';
import { LIGHTS } from '../../core/lights.js';
import { REGISTER_KINDS } from '../../core/register-kinds.js';
import { hasControlCharacter, CONTROL_CHARACTER_MESSAGE } from '../../core/text.js';
import { textOf, ZIsoDate, ZText, ZUnitYearParams } from './common.js';

/** Request and response bodies of the register, metric, progress, binding and indicator-value routes. */

const ZFieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ZRegisterParams = z.object({
  unitCode: ZText.min(1).max(40),
  kind: z.enum(REGISTER_KINDS, { error: `台账种类应为 ${REGISTER_KINDS.join('、')} 之一` }),
  sheet: ZText.min(1).max(40),
});
export const ZRecordParams = ZRegisterParams.extend({ recordId: z.coerce.number().int().positive() });

export const ZFieldInfo = z.object({
  key: z.string(),
  label: z.string().meta({ description: 'Chinese label: also the import template column header' }),
  labelEn: z.string().meta({ description: 'the label English-mode screens show' }),
  type: z.enum(['text', 'date', 'int', 'bool', 'enum', 'money']),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
  personal: z.boolean(),
  filter: z.boolean(),
  search: z.boolean(),
  hint: z.string().optional(),
  hintEn: z.string().optional(),
});

export const ZSheetInfo = z
  .object({
    kind: z.enum(REGISTER_KINDS),
    kindName: z.string(),
    kindNameEn: z.string(),
    id: z.string(),
    name: z.string().meta({ description: 'Chinese name: also the import template sheet name' }),
    nameEn: z.string(),
    dateKey: z.string(),
    titleKey: z.string(),
    sealable: z.boolean(),
    deadlines: z.boolean().meta({ description: 'whether the sheet has legal deadlines: its list takes `deadline` and answers their counts' }),
    fields: z.array(ZFieldInfo),
    derived: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string() })),
    readable: z.boolean().meta({ description: 'whether the signed-in user may read records of this sheet (a 业务科室 only its registers)' }),
    writable: z.boolean().meta({ description: 'whether the signed-in user may create and change records of this sheet' }),
  })
  .meta({ id: 'RegisterSheet' });
export type TFieldInfo = z.infer<typeof ZFieldInfo>;
export type TSheetInfo = z.infer<typeof ZSheetInfo>;

export const ZRecordView = z
  .object({
    id: z.number().int(),
    sealed: z.boolean(),
    voided: z
      .object({ at: z.string(), by: z.string().nullable(), reason: z.string() })
      .nullable()
      .meta({ description: '作废: when, by whom (display name) and why; null for an active record. Voided records count in no metric' }),
    values: z.record(z.string(), ZFieldValue),
    derived: z.record(z.string(), ZFieldValue),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RegisterRecord' });
export type TRecordView = z.infer<typeof ZRecordView>;

export const ZDeadlineCounts = z.object({ dueSoon: z.number().int(), overdue: z.number().int() }).meta({
  id: 'RegisterDeadlineCounts',
  description: 'of the records the list matches (before its deadline filter): how many have a legal deadline due soon (open, due within 2 days of asOf) and how many are overdue as of asOf',
});
export type TDeadlineCounts = z.infer<typeof ZDeadlineCounts>;

export const ZRecordPage = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    records: z.array(ZRecordView),
    asOf: ZIsoDate.meta({ description: 'the date the legal deadlines were judged on' }),
    deadlines: ZDeadlineCounts.nullable().meta({ description: 'null on sheets without legal deadlines' }),
  })
  .meta({ id: 'RegisterRecordPage' });
export type TRecordPage = z.infer<typeof ZRecordPage>;

const ZBoolQuery = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

export const ZListQuery = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    from: ZIsoDate.optional(),
    to: ZIsoDate.optional(),
    q: ZText.max(100).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    unmasked: ZBoolQuery,
    voided: z
      .enum(['exclude', 'include', 'only'], { error: '作废记录的显示方式应为 exclude（不显示，默认）、include（一并显示）或 only（只显示作废记录）' })
      .default('exclude')
      .meta({ description: 'voided records: left out (default), shown too, or only they' }),
    asOf: ZIsoDate.optional().meta({ description: 'the date legal deadlines are judged on; default: the end of the period listed (year, or to) or today, whichever is earlier' }),
    deadline: z
      .enum(DEADLINE_FILTERS, { error: `期限筛选应为 ${DEADLINE_FILTERS.join('、')} 之一（overdue 已逾期、dueSoon 即将到期、late 超期完成、onTime 按期）` })
      .optional()
      .meta({ description: 'sheets with legal deadlines: only records overdue, due soon (within 2 days), done late, or on time as of asOf' }),
  })
  .catchall(ZText.max(200))
  .meta({ description: 'Filters: any filterable field key as a query parameter, e.g. ?decision=给予援助&office=胡家坨司法所' });

export const REGISTER_VOID_REASON_MAX = 200;
export const ZRegisterVoidBody = z.object({
  reason: textOf({ error: '请填写作废原因' })
    .trim()
    .min(1, zhEn('请填写作废原因', 'Give the reason for voiding'))
    .max(REGISTER_VOID_REASON_MAX, `作废原因不能超过 ${REGISTER_VOID_REASON_MAX} 个字`)
    .meta({ description: 'why the record is voided (kept with the record and in the audit log)' }),
});
export type TRegisterVoidBody = z.infer<typeof ZRegisterVoidBody>;

export const ZExportQuery = ZListQuery.omit({ page: true, pageSize: true, voided: true }).meta({
  description: "The list's query without paging: year or from/to, q, filterable fields as parameters, unmasked, asOf; voided records are never exported",
});

export const ZRecordBody = z
  .record(
    ZText.max(60),
    z.unknown().refine((v) => typeof v !== 'string' || !hasControlCharacter(v), CONTROL_CHARACTER_MESSAGE),
  )
  .meta({ description: 'field key → value; see GET …/registers/{kind}/{sheet} for the fields' });

export const ZImportProblem = z.object({
  row: z.number().int(),
  column: z.string().nullable().meta({ description: 'the column header as the file writes it' }),
  message: z.string(),
  messageEn: z.string(),
});
export const ZImportPreview = z
  .object({ sheet: z.string(), rows: z.number().int(), problems: z.array(ZImportProblem), sample: z.array(z.record(z.string(), ZFieldValue)) })
  .meta({ id: 'RegisterImportPreview' });
export type TImportProblem = z.infer<typeof ZImportProblem>;
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZAsOfQuery = z.object({ asOf: ZIsoDate.optional().meta({ description: 'default: today (Asia/Shanghai)' }) });

export const DRILL_PAGE_SIZE = 200;
export const ZDrillQuery = ZAsOfQuery.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(1000, zhEn('每页最多 1000 条记录', 'At most 1000 records per page')).default(DRILL_PAGE_SIZE),
});

export const ZMetricValue = z
  .object({
    metric: z.string(),
    name: z.string(),
    kind: z.enum(['count', 'rate', 'sum']),
    unit: z.string(),
    description: z.string(),
    filter: z.record(z.string(), z.string()).nullable(),
    value: z.number().nullable(),
    numerator: z.number().int().nullable(),
    denominator: z.number().int().nullable(),
    recordCount: z.number().int().meta({ description: 'records behind the figure (a ledger metric: active payments)' }),
    ledger: z.object({ spent: z.number(), budget: z.number() }).nullable().optional().meta({ description: 'a ledger metric (spending.budget-control): spent to date and the budget in force, in 元' }),
  })
  .meta({ id: 'MetricValue' });
export type TMetricValue = z.infer<typeof ZMetricValue>;

export const ZProposal = z.object({ metric: z.string(), metricName: z.string(), filter: z.record(z.string(), z.string()).nullable(), reason: z.string() });

export const ZManualValue = z.object({
  id: z.number().int(),
  asOf: z.string(),
  value: z.number().nullable(),
  assessment: z.enum(ASSESSMENTS).nullable(),
  reason: z.string().nullable(),
  evidence: z.string(),
  enteredBy: z.string(),
  approvedBy: z.string().nullable(),
});

/** Where an indicator's actual comes from. */
export const ACTUAL_SOURCES = ['metric', 'ledger', 'assessment', 'manual', 'missing'] as const;
export type TActualSource = (typeof ACTUAL_SOURCES)[number];

export const ZIndicatorProgress = z
  .object({
    indicatorId: z.number().int(),
    projectCode: z.string().nullable(),
    projectName: z.string().nullable(),
    level1: z.string(),
    level2: z.string(),
    name: z.string(),
    target: z.string().meta({ description: '指标值 as written' }),
    targetValue: z.number().nullable(),
    comparator: z.string().nullable(),
    targetUnit: z.string().nullable(),
    direction: z.enum(['higher', 'lower', 'qualitative']),
    metric: z.string().nullable(),
    metricName: z.string().nullable(),
    filter: z.record(z.string(), z.string()).nullable(),
    source: z.enum(ACTUAL_SOURCES).meta({
      description:
        'where the actual comes from: metric (a register metric), ledger (the spending ledger), assessment (an approved judgement of a qualitative target), manual (an approved value entered by hand), missing (none yet)',
    }),
    readAs: z
      .object({ comparator: z.enum(['>=', '<=']), value: z.number(), unit: z.string(), text: z.string() })
      .nullable()
      .meta({ description: 'the bound metric’s standard a qualitative target is read against (严格控制在预算内 → spent ≤ 100% of the budget in force); null when read as written' }),
    ledger: z.object({ spent: z.number(), budget: z.number() }).nullable().meta({ description: 'source ledger: spent to date and the budget in force (元)' }),
    actual: z.number().nullable(),
    numerator: z.number().int().nullable(),
    denominator: z.number().int().nullable(),
    expectedToDate: z.number().nullable(),
    light: z.enum(LIGHTS).nullable(),
    forecast: z.number().nullable(),
    met: z.boolean().nullable(),
    recordCount: z.number().int().nullable(),
    assessment: z.enum(ASSESSMENTS).nullable(),
    manualValue: ZManualValue.nullable(),
    proposal: ZProposal.nullable(),
    previousActual: z
      .object({
        year: z.number().int(),
        target: z.string(),
        actual: z.number().nullable(),
        assessment: z.string().nullable(),
        source: z.enum(['evaluation', 'live', 'imported']).meta({ description: "evaluation: last year's approved self-evaluation (frozen); live: last year's figures now; imported: last year's 自评表 imported as history" }),
      })
      .nullable()
      .optional()
      .meta({ description: "上年实际: the same indicator's actual last year (the board route fills it; absent where the board is read for a report)" }),
  })
  .meta({ id: 'IndicatorProgress' });
export type TIndicatorProgress = z.infer<typeof ZIndicatorProgress>;

const ZLightCounts = z.object({ red: z.number().int(), yellow: z.number().int(), green: z.number().int(), blue: z.number().int(), none: z.number().int() });
const ZSourceCounts = z.object({ metric: z.number().int(), ledger: z.number().int(), assessment: z.number().int(), manual: z.number().int(), missing: z.number().int() });

export const ZProgressBoard = z
  .object({
    unit: z.object({ code: z.string(), name: z.string() }),
    year: z.number().int(),
    asOf: z.string(),
    indicators: z.array(ZIndicatorProgress),
    projects: z.array(z.object({ code: z.string(), name: z.string(), lights: ZLightCounts, live: z.number().int(), manual: z.number().int(), unbound: z.number().int(), sources: ZSourceCounts })),
    department: z.object({ indicators: z.number().int(), lights: ZLightCounts, live: z.number().int(), manual: z.number().int(), unbound: z.number().int(), sources: ZSourceCounts }),
  })
  .meta({ id: 'IndicatorProgressBoard' });
export type TProgressBoard = z.infer<typeof ZProgressBoard>;

export const ZDrillRecord = ZRecordView.extend({ inNumerator: z.boolean().optional() });

export const ZDrill = z
  .object({
    indicator: z.object({ id: z.number().int(), projectCode: z.string().nullable(), name: z.string(), target: z.string() }),
    metric: z.string(),
    metricName: z.string(),
    kind: z.enum(['count', 'rate', 'sum']),
    unit: z.string(),
    sheet: z.object({ kind: z.string(), id: z.string(), name: z.string(), nameEn: z.string() }),
    filter: z.record(z.string(), z.string()).nullable(),
    actual: z.number().nullable(),
    numerator: z.number().int().nullable(),
    denominator: z.number().int().nullable(),
    sumField: z.string().nullable(),
    columns: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string() })),
    recordAccess: z
      .boolean()
      .meta({ description: 'false: the reader may not read this register (a 业务科室 of another line, the 财政审核 reviewer): figures only, no records — shown as 无权查看台账明细' }),
    records: z.array(ZDrillRecord).meta({ description: 'one page of the records the reader gets listed, in business-date order' }),
    total: z.number().int().meta({ description: 'records the reader gets listed, over all pages (the figure’s records less hidden and sealed ones)' }),
    page: z.number().int(),
    pageSize: z.number().int().nullable().meta({ description: 'null: every record on one page (the CLI)' }),
    hidden: z.number().int().meta({ description: 'records behind the figure outside the reader’s scope (another 司法所’s records)' }),
    sealed: z
      .object({ records: z.number().int(), inNumerator: z.number().int().nullable() })
      .meta({ description: 'sealed records (社区矫正法 Art.54) behind the figure the reader may not see: counted, never listed; for a rate, how many of them are in the numerator' }),
    ledger: z
      .object({ spent: z.number(), budget: z.number() })
      .nullable()
      .optional()
      .meta({ description: 'a ledger metric (spending.budget-control): the listed payments sum to `spent`; `actual` is spent ÷ budget in force, in %' }),
  })
  .meta({ id: 'IndicatorDrill' });
export type TDrill = z.infer<typeof ZDrill>;

export const ZBindingInput = z.object({
  metric: ZText.min(1, zhEn('请选择取数口径', 'Choose a metric')).max(80),
  filter: z.record(ZText.max(40), ZText.min(1).max(80)).nullable().optional(),
});

export const ZConfirmProposals = z.object({ indicatorIds: z.array(z.number().int().positive()).max(500).optional() });

export const ZIndicatorValueInput = z.object({
  asOf: ZIsoDate,
  value: z.number().finite().nullable().optional(),
  unit: z.string().trim().max(10).nullable().optional().meta({ description: 'the unit the value is given in, when stated; must be the target’s (百分比 = %)' }),
  assessment: z
    .enum(ASSESSMENTS, { error: `评价等级应为 ${ASSESSMENTS.join('、')} 之一` })
    .nullable()
    .optional(),
  reason: ZText.trim()
    .max(2000, zhEn('理由最多 2000 字', 'A reason has at most 2000 characters'))
    .nullable()
    .optional()
    .meta({ description: 'required with an assessment: what was done and to what effect' }),
  evidence: ZText.trim().max(2000).optional().meta({ description: 'evidence described in words (files are attached separately: …/indicator-values/{valueId}/evidence)' }),
});

export const VALUE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;

export const ZIndicatorValueView = z
  .object({
    id: z.number().int(),
    indicatorId: z.number().int(),
    asOf: z.string(),
    value: z.number().nullable(),
    assessment: z.enum(ASSESSMENTS).nullable(),
    reason: z.string().nullable(),
    evidence: z.string(),
    status: z.enum(VALUE_STATUSES),
    enteredByName: z.string(),
    enteredAt: z.string(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    returnReason: z.string().nullable(),
  })
  .meta({ id: 'IndicatorValue' });
export type TIndicatorValueView = z.infer<typeof ZIndicatorValueView>;

export const ZUnitValuesQuery = z.object({
  status: z.enum(VALUE_STATUSES, { error: `状态应为 ${VALUE_STATUSES.join('、')} 之一` }).optional(),
  mine: z
    .enum(['true', 'false'], { error: 'mine 应为 true 或 false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .meta({ description: 'true: only the values the signed-in user entered; false: only those someone else entered (the ones they may approve); absent: everyone’s' }),
});

/** A value in the unit-wide list: the per-indicator item, when it was submitted, and its indicator. */
export const ZUnitIndicatorValue = ZIndicatorValueView.extend({
  submittedAt: z.string().nullable().meta({ description: 'submitted by the person who entered it (only they may submit)' }),
  indicator: z.object({
    id: z.number().int(),
    projectCode: z.string().nullable().meta({ description: 'null for a department-wide indicator' }),
    projectName: z.string().nullable(),
    name: z.string(),
    target: z.string().meta({ description: '指标值 as written' }),
    targetUnit: z.string().nullable(),
  }),
}).meta({ id: 'UnitIndicatorValue' });
export type TUnitIndicatorValue = z.infer<typeof ZUnitIndicatorValue>;

export const ZIndicatorParams = ZUnitYearParams.extend({ id: z.coerce.number().int().positive() });
export const ZValueParams = ZUnitYearParams.extend({ valueId: z.coerce.number().int().positive() });

export const ZEvidenceFile = z
  .object({
    id: z.number().int(),
    ownerKind: z.enum(['indicator_value', 'monitoring_line', 'evaluation_line']),
    ownerId: z.string().meta({ description: 'a value’s id, or for a report line reportId/indicatorId' }),
    indicatorId: z.number().int().nullable(),
    fileName: z.string(),
    mediaType: z.string().meta({ description: 'told by the file’s bytes (magic numbers), not by its name' }),
    size: z.number().int().meta({ description: 'bytes; at most 20 MB' }),
    sha256: z.string().meta({ description: 'hex SHA-256 of the stored bytes' }),
    uploadedByName: z.string(),
    uploadedAt: z.string(),
  })
  .meta({ id: 'EvidenceFile' });
export type TEvidenceFile = z.infer<typeof ZEvidenceFile>;
export const ZEvidenceParams = ZUnitYearParams.extend({ fileId: z.coerce.number().int().positive() });

export const ZSheetList = z.array(ZSheetInfo).meta({ id: 'SheetList' });
export const ZMetricList = z.array(ZMetricValue).meta({ id: 'MetricList' });
export const ZIndicatorValueList = z.array(ZIndicatorValueView).meta({ id: 'IndicatorValueList' });
export const ZUnitIndicatorValueList = z.array(ZUnitIndicatorValue).meta({ id: 'UnitIndicatorValueList' });
export const ZEvidenceFileList = z.array(ZEvidenceFile).meta({ id: 'EvidenceFileList' });
