import { z } from 'zod';
import { ALARM_KINDS, ALARM_OUTCOMES } from '../../core/correction/alarms.js';
import { APPROVAL_KINDS } from '../../core/correction/approvals.js';
import { ZIsoDate, ZText } from './common.js';

/** Community-correction supervision: the vendor feed, alarms, 零报告 and the workspace. */

export const ZVendorEvent = z.object({
  eventId: ZText.min(1).max(100).meta({ description: "the vendor's own id of the event: the same id twice is one alarm" }),
  personId: z.number().int().positive().meta({ description: 'id of the person’s record in the correction register (社区矫正对象)' }),
  kind: z.enum(ALARM_KINDS),
  occurredAt: z.iso.datetime({ offset: true }).meta({ description: 'when it happened, ISO 8601 with offset' }),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});
export type TVendorEvent = z.infer<typeof ZVendorEvent>;

export const ZVendorEventBatch = z.object({ events: z.array(ZVendorEvent).min(1).max(20_000) });

export const ZIngestResult = z.object({ received: z.number().int(), created: z.number().int(), duplicates: z.number().int() }).meta({ id: 'CorrectionIngestResult' });
export type TIngestResult = z.infer<typeof ZIngestResult>;

export const ZAlarm = z.object({
  id: z.number().int(),
  office: z.string().nullable(),
  personId: z.number().int(),
  personName: z.string().meta({ description: 'masked; a sealed (minor’s) record shows no name' }),
  kind: z.string(),
  raisedAt: z.string(),
  dueAt: z.string().nullable(),
  state: z.enum(['open', 'escalated', 'handled', 'handledLate']),
  stateLabel: z.string(),
  handledAt: z.string().nullable(),
  verified: z.boolean().nullable(),
  outcome: z.string().nullable(),
  handler: z.string().nullable(),
  note: z.string().nullable(),
  hasLocation: z.boolean(),
});
export type TAlarm = z.infer<typeof ZAlarm>;

export const ZAlarmList = z.object({ now: z.string(), open: z.number().int(), escalated: z.number().int(), items: z.array(ZAlarm) }).meta({ id: 'CorrectionAlarmList' });
export type TAlarmList = z.infer<typeof ZAlarmList>;

export const ZHandleAlarm = z.object({ verified: z.boolean(), outcome: z.enum(ALARM_OUTCOMES), note: ZText.max(1000).nullable().optional() });

export const ZAlarmLocation = z.object({ id: z.number().int(), lat: z.number().nullable(), lng: z.number().nullable() }).meta({ id: 'CorrectionAlarmLocation' });

export const ZCounts = z.object({
  roster: z.number().int().min(0).max(100_000),
  lost: z.number().int().min(0).max(100_000),
  outOfBounds: z.number().int().min(0).max(100_000),
  violations: z.number().int().min(0).max(100_000),
  newOffences: z.number().int().min(0).max(100_000),
  incidents: z.number().int().min(0).max(100_000),
});

export const ZFileDailyReport = z.object({ office: ZText.min(1).max(200), date: ZIsoDate, counts: ZCounts, note: ZText.max(1000).nullable().optional() });
export const ZFlagMissing = z.object({ date: ZIsoDate });

export const ZOfficeDay = z.object({
  office: z.string(),
  status: z.enum(['按时上报', '补报', '缺报', '待上报']),
  /** 缺报 flagged by a row (the morning after) or only computed */
  flagged: z.boolean(),
  counts: ZCounts.nullable(),
  prefill: ZCounts.nullable(),
  filedAt: z.string().nullable(),
  filedBy: z.string().nullable(),
  openAlarms: z.number().int(),
  escalatedAlarms: z.number().int(),
});
export type TOfficeDay = z.infer<typeof ZOfficeDay>;

export const ZDailyStatus = z
  .object({
    date: z.string(),
    today: z.string(),
    sensitivePeriods: z.array(z.object({ id: z.number().int(), name: z.string(), from: z.string(), to: z.string() })),
    offices: z.array(ZOfficeDay),
    totals: z.object({ filed: z.number().int(), late: z.number().int(), missing: z.number().int(), pending: z.number().int(), roster: z.number().int(), outOfBounds: z.number().int(), lost: z.number().int() }),
  })
  .meta({ id: 'CorrectionDailyStatus' });
export type TDailyStatus = z.infer<typeof ZDailyStatus>;

export const ZSensitivePeriodInput = z.object({ name: ZText.min(1).max(100), from: ZIsoDate, to: ZIsoDate });

export const ZPersonDue = z.object({ id: z.number().int(), office: z.string().nullable(), personName: z.string(), stage: z.string(), supervisionClass: z.string(), endOn: z.string(), daysLeft: z.number().int() });



export const ZApprovalInput = z.object({
  personId: z.number().int().positive(),
  kind: z.enum(APPROVAL_KINDS),
  fromOn: ZIsoDate,
  toOn: ZIsoDate.nullable().optional(),
  reason: ZText.max(1000),
  reasonKind: ZText.max(40).optional().meta({ description: '外出: 就医, 家庭紧急事务, 其他 (only the first two in a sensitive period)' }),
  destination: ZText.max(200).optional(),
  months: z.number().int().optional(),
  conditions: z.array(ZText.max(100)).optional(),
  toClass: ZText.max(10).optional(),
});
export type TApprovalInput = z.infer<typeof ZApprovalInput>;

export const ZApprovalDecision = z.object({ move: z.enum(['approve', 'return']), opinion: ZText.max(1000).nullable().optional() });

export const ZApproval = z.object({
  id: z.number().int(),
  office: z.string().nullable(),
  personId: z.number().int(),
  personName: z.string(),
  kind: z.string(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  level: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  details: z.record(z.string(), z.unknown()),
  enteredByName: z.string(),
  decidedByName: z.string().nullable(),
  opinion: z.string().nullable(),
  returnedOn: z.string().nullable(),
  /** 外出: 外出中 / 按期返回 / 逾期返回 / 逾期未归 once approved; 电子定位: 使用中 / 待续期评估 / 已到期 */
  clock: z.string().nullable(),
});
export type TApproval = z.infer<typeof ZApproval>;

export const ZWorkspace = z
  .object({
    daily: ZDailyStatus,
    yesterday: ZDailyStatus,
    alarms: ZAlarmList,
    approvals: z.array(ZApproval),
    people: z.object({ total: z.number().int(), initial: z.number().int(), strict: z.number().int(), ending: z.array(ZPersonDue) }),
  })
  .meta({ id: 'CorrectionWorkspace' });
export type TWorkspace = z.infer<typeof ZWorkspace>;
