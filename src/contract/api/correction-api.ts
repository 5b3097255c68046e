import { z } from 'zod';
import { ALARM_KINDS, ALARM_OUTCOMES } from '../../core/correction/alarms.js';
import { APPROVAL_KINDS } from '../../core/correction/approvals.js';
import { ACTIVITY_KINDS, LIFECYCLE_STEPS, TERMINATION_REASONS } from '../../core/correction/lifecycle.js';
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



// ---- a person's lifecycle and monthly duties

export const ZLifecycleStepInput = z.object({
  step: z.enum(LIFECYCLE_STEPS),
  doneOn: ZIsoDate,
  /** 调查评估委托: a 速裁 case (5 working days) */
  fastTrack: z.boolean().optional(),
  /** 评估意见: 适宜 or 不适宜 社区矫正 */
  opinion: z.enum(['适宜', '不适宜']).optional(),
  /** 矫正方案: the 矫正小组's members */
  team: ZText.trim().max(300).optional(),
  /** 矫正方案: able to work (public service is asked only of those who are) */
  ableToWork: z.boolean().optional(),
  /** 解除 (term served, pardon) or 终止 (revocation, 收监, death) */
  endKind: z.enum(['解除', '终止']).optional(),
  /**
   * 解除（终止）原因 written to the person's register record with the end's date: 解除 takes 期满解除 (the
   * default) or 其他 (a pardon); 终止 one of the others — required when the record holds no fitting reason
   */
  terminationReason: z.enum(TERMINATION_REASONS).optional(),
});
export type TLifecycleStepInput = z.infer<typeof ZLifecycleStepInput>;

export const ZActivityInput = z.object({
  kind: z.enum(ACTIVITY_KINDS),
  doneOn: ZIsoDate,
  /** study and service: hours (1–24); a report or visit counts once */
  hours: z.number().int().min(1).max(24).optional(),
  note: ZText.trim().max(300).nullable().optional(),
});
export type TActivityInput = z.infer<typeof ZActivityInput>;

const ZClockStatus = z.enum(['pending', 'dueSoon', 'overdue', 'onTime', 'late']);
export const ZLifecycleClock = z.object({ kind: z.enum(['assessment', 'reportIn', 'release']), from: z.string(), due: z.string(), status: ZClockStatus, reportType: z.string().optional(), lateDays: z.number().int() });

export const ZMonthDuties = z.object({
  month: z.string(),
  dutyClass: z.string(),
  share: z.number(),
  duties: z.array(z.object({ duty: z.enum(['reports', 'visits', 'studyHours', 'serviceHours']), label: z.string(), required: z.number().int(), done: z.number().int(), state: z.enum(['met', 'missed', 'open']) })),
  met: z.boolean().nullable(),
});
export type TMonthDuties = z.infer<typeof ZMonthDuties>;

export const ZLifecycle = z
  .object({
    personId: z.number().int(),
    personName: z.string(),
    startOn: z.string(),
    endOn: z.string(),
    asOf: z.string(),
    steps: z.array(z.object({ step: z.enum(LIFECYCLE_STEPS), doneOn: z.string().nullable(), details: z.record(z.string(), z.unknown()), recordedByName: z.string().nullable() })),
    clocks: z.array(ZLifecycleClock),
    duties: ZMonthDuties.nullable(),
    activities: z.array(z.object({ id: z.number().int(), kind: z.enum(ACTIVITY_KINDS), doneOn: z.string(), amount: z.number().int(), note: z.string().nullable(), recordedByName: z.string() })),
  })
  .meta({ id: 'CorrectionLifecycle' });
export type TLifecycle = z.infer<typeof ZLifecycle>;

export const ZPersonClock = ZLifecycleClock.extend({ personId: z.number().int(), office: z.string().nullable(), personName: z.string() });
export const ZPersonMonth = z.object({ personId: z.number().int(), office: z.string().nullable(), personName: z.string(), duties: ZMonthDuties });
export type TPersonMonth = z.infer<typeof ZPersonMonth>;

export const ZWorkspace = z
  .object({
    daily: ZDailyStatus,
    yesterday: ZDailyStatus,
    alarms: ZAlarmList,
    approvals: z.array(ZApproval),
    people: z.object({ total: z.number().int(), initial: z.number().int(), strict: z.number().int(), ending: z.array(ZPersonDue) }),
    /** lifecycle clocks due soon or overdue (调查评估, 报到, 解除), most overdue first */
    clocks: z.array(ZPersonClock),
    /** each person's duties of the month so far (the class's reports, visits, study and service hours) */
    duties: z.object({ month: z.string(), met: z.number().int(), missed: z.number().int(), open: z.number().int(), people: z.array(ZPersonMonth) }),
  })
  .meta({ id: 'CorrectionWorkspace' });
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZPersonChoice = z.object({ id: z.number().int(), office: z.string().nullable(), personName: z.string().meta({ description: 'masked' }), startOn: z.string(), endOn: z.string() });
export const ZPersonChoices = z.array(ZPersonChoice).meta({ id: 'CorrectionPersonChoices' });
