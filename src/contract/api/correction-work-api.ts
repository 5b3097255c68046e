import { z } from 'zod';
import { REGISTER_KINDS } from '../../core/register-kinds.js';
import { SANCTION_CAUSES, SANCTION_KINDS } from '../../core/correction/sanctions.js';
import { JOINT_KINDS, JOINT_PARTNERS } from '../../core/correction/joint-work.js';
import { WORKFLOW_STATES } from '../../core/workflow.js';
import { zhEn } from '../messages.js';
import { ZIsoDate, ZText } from './common.js';

/**
 * Supervision work around correction (sanctions, joint inspections, 纠正意见) and the 安置帮教 衔接 view.
 * Routes live under a register kind (`/registers/:kind/...`) so the register access rules (a 业务科室
 * only its kinds, a 司法所 its office) apply as for records.
 */

const kind = z.enum(REGISTER_KINDS, { error: `台账种类应为 ${REGISTER_KINDS.join('、')} 之一` });
export const ZUnitParams = z.object({ unitCode: ZText.min(1).max(40) });
export const ZUnitItemParams = ZUnitParams.extend({ recordId: z.coerce.number().int().positive() });
export const ZKindParams = ZUnitParams.extend({ kind });
export const ZKindItemParams = ZKindParams.extend({ recordId: z.coerce.number().int().positive() });
export const ZPersonParams = ZKindParams.extend({ sheet: ZText.min(1).max(40), recordId: z.coerce.number().int().positive() });

const text = (max: number, zh: string, en: string) =>
  ZText.trim()
    .min(1, zhEn(`请填写${zh}`, `Fill in ${en}`))
    .max(max, zhEn(`${zh}不能超过 ${max} 个字`, `${en} is at most ${max} characters`));

// ---- sanctions

export const ZSanctionLadder = z.object({
  admonitionsForWarning: z.number().int().min(1).max(10),
  warningsForRevocation: z.number().int().min(1).max(10),
  absentDaysForWarning: z.number().int().min(1).max(365),
  absentDaysForRevocation: z.number().int().min(1).max(365),
  lateReportDaysForAdmonition: z.number().int().min(1).max(365),
});

export const ZSanction = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  office: z.string().nullable(),
  kind: z.enum(SANCTION_KINDS),
  cause: z.enum(SANCTION_CAUSES),
  causeDays: z.number().int().nullable(),
  occurredOn: z.string(),
  /** 事实和依据: masked (***) unless the reader asked to unmask and may */
  grounds: z.string(),
  documentNo: z.string().nullable(),
  decidedOn: z.string().nullable(),
  basisIds: z.array(z.number().int()),
  proposedReason: z.string().nullable(),
  state: z.enum(WORKFLOW_STATES),
  returnReason: z.string().nullable(),
  correctedOn: z.string().nullable(),
  createdByName: z.string(),
  decidedByName: z.string().nullable(),
  /** the reader may approve or return it now (rights, state, not its author) */
  decidable: z.boolean(),
});
export type TSanction = z.infer<typeof ZSanction>;

export const ZSanctionProposal = z.object({
  kind: z.enum(SANCTION_KINDS),
  basisIds: z.array(z.number().int()),
  reason: z.string(),
  /** grounds from the alarms: the latest run of days whose alarms were found 脱管 (null: the ladder's escalation of earlier sanctions) */
  lostContact: z.object({ from: z.string(), to: z.string(), days: z.number().int(), alarmIds: z.array(z.number().int()) }).nullable(),
});

export const ZPersonSanctions = z.object({
  personId: z.number().int(),
  unmasked: z.boolean(),
  sanctions: z.array(ZSanction),
  proposal: ZSanctionProposal.nullable(),
  ladder: ZSanctionLadder,
});
export type TPersonSanctions = z.infer<typeof ZPersonSanctions>;

export const ZSanctionsQuery = z.object({
  unmasked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ZSanctionInput = z.object({
  /** record: a decision already taken (文书 number and date required); propose: submitted for a decision */
  mode: z.enum(['record', 'propose']),
  kind: z.enum(SANCTION_KINDS, { error: `奖惩种类应为 ${SANCTION_KINDS.join('、')} 之一` }),
  cause: z.enum(SANCTION_CAUSES, { error: `事由应为 ${SANCTION_CAUSES.join('、')} 之一` }),
  causeDays: z.number().int().min(1).max(3650).nullable().default(null),
  occurredOn: ZIsoDate,
  grounds: text(1000, '事实和依据', 'the grounds'),
  documentNo: ZText.trim().max(60).nullable().default(null),
  decidedOn: ZIsoDate.nullable().default(null),
  basisIds: z.array(z.number().int().positive()).max(10).default([]),
});
export type TSanctionInput = z.infer<typeof ZSanctionInput>;

export const ZSanctionDecision = z.object({
  move: z.enum(['approve', 'return']),
  decidedOn: ZIsoDate.nullable().default(null),
  documentNo: ZText.trim().max(60).nullable().default(null),
  reason: ZText.trim().max(500).nullable().default(null),
});
export type TSanctionDecision = z.infer<typeof ZSanctionDecision>;

export const ZSanctionCorrected = z.object({ correctedOn: ZIsoDate });

export const ZUnitSanctionsQuery = z.object({ state: z.enum(WORKFLOW_STATES).optional() });
export const ZUnitSanction = ZSanction.omit({ grounds: true }).extend({ personName: z.string() });
export const ZUnitSanctions = z.object({ sanctions: z.array(ZUnitSanction) });
export type TUnitSanctions = z.infer<typeof ZUnitSanctions>;

// ---- joint work

const clock = z.enum(['open', 'dueSoon', 'overdue', 'doneOnTime', 'doneLate']);

export const ZRectificationInput = z.object({ item: text(300, '整改事项', 'the item'), owner: text(60, '责任人', 'the owner'), dueOn: ZIsoDate });
export const ZJointInspectionInput = z.object({
  heldOn: ZIsoDate,
  kind: z.enum(JOINT_KINDS, { error: `形式应为 ${JOINT_KINDS.join('、')} 之一` }),
  partners: z.array(z.enum(JOINT_PARTNERS)).min(1, zhEn('请至少选择一个参加单位', 'Choose at least one partner')),
  findings: text(2000, '发现的问题', 'the findings'),
  office: ZText.trim().max(60).nullable().default(null),
  items: z.array(ZRectificationInput).max(50).default([]),
});
export type TJointInspectionInput = z.infer<typeof ZJointInspectionInput>;

export const ZRectificationDone = z.object({ doneOn: ZIsoDate, note: ZText.trim().max(500).nullable().default(null) });
export const ZOpinionInput = z.object({
  receivedOn: ZIsoDate,
  documentNo: text(60, '文书编号', 'the document number'),
  content: text(2000, '纠正意见内容', 'the opinion'),
  office: ZText.trim().max(60).nullable().default(null),
});
export type TOpinionInput = z.infer<typeof ZOpinionInput>;
export const ZOpinionAnswer = z.object({ answeredOn: ZIsoDate, answer: text(2000, '书面回复', 'the written answer') });

export const ZRectification = z.object({ id: z.number().int(), item: z.string(), owner: z.string(), dueOn: z.string(), doneOn: z.string().nullable(), doneNote: z.string().nullable(), clock });
export const ZJointInspection = z.object({
  id: z.number().int(),
  heldOn: z.string(),
  kind: z.string(),
  partners: z.array(z.string()),
  findings: z.string(),
  office: z.string().nullable(),
  createdByName: z.string(),
  items: z.array(ZRectification),
});
export const ZOpinion = z.object({
  id: z.number().int(),
  receivedOn: z.string(),
  documentNo: z.string(),
  content: z.string(),
  office: z.string().nullable(),
  answerDueOn: z.string(),
  answeredOn: z.string().nullable(),
  answer: z.string().nullable(),
  clock,
});
export const ZJointWork = z.object({
  year: z.number().int(),
  asOf: z.string(),
  inspections: z.array(ZJointInspection),
  opinions: z.array(ZOpinion),
  counts: z.object({ itemsOpen: z.number().int(), itemsOverdue: z.number().int(), opinionsOpen: z.number().int(), opinionsOverdue: z.number().int() }),
  opinionAnswerDays: z.number().int(),
});
export type TJointWork = z.infer<typeof ZJointWork>;
export const ZYearAsOfQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100), asOf: ZIsoDate.optional() });

// ---- aftercare

const step = z.object({ due: z.string(), status: z.enum(['met', 'late', 'due', 'overdue']) }).nullable();
export const ZAftercarePerson = z.object({
  id: z.number().int(),
  office: z.string().nullable(),
  name: z.string(),
  source: z.string(),
  releasedOn: z.string(),
  noticeReceivedOn: z.string().nullable(),
  noticeLeadDays: z.number().int().nullable(),
  noticeLate: z.boolean(),
  keyPerson: z.boolean(),
  metAtGate: z.boolean(),
  helpGroup: z.string().nullable(),
  status: z.enum(['awaitingRelease', 'awaitingReturn', 'inAftercare', 'ended']),
  endsOn: z.string(),
  steps: z.object({ familyNotified: step, fileOpened: step, visited: step }),
  resettled: z.boolean(),
  assisted: z.boolean(),
});
const ZRate = z.object({
  name: z.string(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable(),
  numeratorText: z.string(),
  denominatorText: z.string(),
  metricKey: z.string(),
});
export const ZAftercareSettings = z.object({
  noticeLeadDays: z.number().int().min(1).max(365),
  familyNoticeDays: z.number().int().min(1).max(60),
  fileDays: z.number().int().min(1).max(60),
  visitDays: z.number().int().min(1).max(60),
  prisonYears: z.number().int().min(1).max(10),
  correctionYears: z.number().int().min(1).max(10),
});
export const ZAftercare = z.object({
  year: z.number().int(),
  asOf: z.string(),
  people: z.array(ZAftercarePerson),
  rates: z.object({ resettlement: ZRate, assistance: ZRate }),
  settings: ZAftercareSettings,
  counts: z.object({ awaitingRelease: z.number().int(), stepsOverdue: z.number().int(), noticesLate: z.number().int() }),
});
export type TAftercare = z.infer<typeof ZAftercare>;

// ---- settings

const days = (max: number, min = 1) => z.number().int().min(min).max(max);
const ZClassDuties = z.object({ reports: days(31, 0), visits: days(31, 0), studyHours: days(200, 0), serviceHours: days(200, 0) });
/** The supervision numbers of core/correction/settings.ts a unit may change (the working-day calendar is kept as it is). */
export const ZSupervisionSettings = z.object({
  assessmentWorkingDays: days(60),
  assessmentFastTrackWorkingDays: days(60),
  reportInDays: days(60),
  dueSoonDays: days(30, 0),
  leave: z.object({ officeMaxDays: days(60), maxDaysEach: days(90), windowMonths: days(12), windowMaxDays: days(365), applyDaysAhead: days(30, 0) }),
  relocation: z.object({ stepDays: days(30), reportDays: days(30), applyMonthsAhead: days(12, 0) }),
  location: z.object({ maxMonths: days(12), renewalReminderDays: days(60, 0) }),
  alarmResponseMinutes: days(24 * 60),
  strictFirstMonths: days(24, 0),
  duties: z.object({ 初期: ZClassDuties, 严管: ZClassDuties, 普管: ZClassDuties, 宽管: ZClassDuties }),
});
export type TSupervisionSettings = z.infer<typeof ZSupervisionSettings>;

export const ZWorkSettings = z.object({ ladder: ZSanctionLadder, opinionAnswerDays: z.number().int().min(1).max(90), aftercare: ZAftercareSettings, supervision: ZSupervisionSettings });
export type TWorkSettings = z.infer<typeof ZWorkSettings>;
/** A change of the local numbers: the supervision part may be left out (it is then kept as it is). */
export const ZWorkSettingsInput = ZWorkSettings.partial({ supervision: true });
export type TWorkSettingsInput = z.infer<typeof ZWorkSettingsInput>;
