import type { LocalizedText } from '../../core/errors.js';
import { sql } from 'drizzle-orm';
import { DEADLINE_STATUS_LABEL, GRANTED, LEGAL_AID_DEADLINES, legalAidDeadlines, NOTIFIED } from '../../core/deadlines.js';
import { defineRegister, defineSheet, type Columns, type FieldProblem, type MetricPeriod, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { legalAidCases, legalAidConsultations, legalAidDutyShifts } from './schema.js';

/** 法律援助 (法律援助法, in force 2022-01-01). */

export const APPLICANT_CATEGORIES = ['农民工', '低保', '残疾人', '老年人', '未成年人', '军人军属', '其他'] as const;
const CASE_TYPES = ['民事', '刑事', '行政', '国家赔偿', '其他'] as const;
const DECISIONS = [GRANTED, '不予援助'] as const;
const SATISFACTION = ['满意', '基本满意', '不满意'] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : null);

function caseRules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  const applied = str(r.appliedOn);
  const order: Array<[string, string, LocalizedText]> = [
    ['decidedOn', 'appliedOn', { zh: '决定日期不能早于受理日期', en: 'the decision date cannot be before the acceptance date' }],
    ['assignedOn', r.source === NOTIFIED ? 'appliedOn' : 'decidedOn', r.source === NOTIFIED ? { zh: '指派日期不能早于受理（收到通知）日期', en: 'the assignment date cannot be before the acceptance (notice received) date' } : { zh: '指派日期不能早于决定日期', en: 'the assignment date cannot be before the decision date' }],
    ['closedOn', 'assignedOn', { zh: '结案日期不能早于指派日期', en: 'the closing date cannot be before the assignment date' }],
    ['followUpOn', 'closedOn', { zh: '回访日期不能早于结案日期', en: 'the follow-up visit cannot be before the closing date' }],
  ];
  for (const [later, earlier, message] of order) {
    const a = str(r[later]);
    const b = str(r[earlier]);
    if (a !== null && b !== null && a < b) out.push({ key: later, message });
  }
  if (r.source !== NOTIFIED && (r.decision === null) !== (r.decidedOn === null)) out.push({ key: 'decision', message: { zh: '审查决定和决定日期须同时填写', en: 'the review decision and its date go together' } });
  if (r.assignedOn !== null && r.source !== NOTIFIED && r.decision !== GRANTED) out.push({ key: 'assignedOn', message: { zh: '只有决定给予援助的案件才能指派', en: 'only a case granted aid can be assigned' } });
  if (r.closedOn !== null && r.assignedOn === null) out.push({ key: 'closedOn', message: { zh: '未指派的案件不能结案', en: 'a case not assigned cannot be closed' } });
  if (r.satisfaction !== null && r.followUpOn === null) out.push({ key: 'satisfaction', message: { zh: '填写满意度须有回访日期', en: 'a satisfaction rating needs the follow-up visit date' } });
  if (applied !== null && r.applicantCategory === '未成年人' && r.meansTestExempt === false) out.push({ key: 'meansTestExempt', message: { zh: '未成年人申请法律援助免予核查经济困难状况（法律援助法第四十二条）', en: 'minors applying for legal aid are exempt from the means test (Legal Aid Law Art.42)' } });
  return out;
}

export const casesSheet = defineSheet({
  kind: 'legal-aid',
  id: 'cases',
  name: '法律援助案件',
  nameEn: 'Legal aid cases',
  table: legalAidCases,
  dateKey: 'appliedOn',
  titleKey: 'caseNumber',
  fields: [
    field.text('caseNumber', { zh: '案号', en: 'Case number' }, { search: true }),
    field.enum('source', { zh: '案件来源', en: 'Case source' }, ['依申请', NOTIFIED], { required: true, hint: { zh: '依申请；或公安机关、检察院、法院通知辩护/代理（法律援助法第三十六条）', en: 'On application; or on notice from the police, procuratorate or court to defend or represent (Legal Aid Law Art.36)' } }),
    field.personal('applicantName', { zh: '申请人姓名', en: 'Applicant name' }, 'name', { required: true }),
    field.personal('applicantIdNumber', { zh: '申请人身份证号', en: 'Applicant ID number' }, 'idNumber'),
    field.personal('applicantPhone', { zh: '联系电话', en: 'Phone' }, 'phone'),
    field.enum('applicantCategory', { zh: '申请人类别', en: 'Applicant category' }, APPLICANT_CATEGORIES, { required: true }),
    field.enum('caseType', { zh: '案件类型', en: 'Case type' }, CASE_TYPES, { required: true }),
    field.bool('meansTestExempt', { zh: '免予经济困难审查', en: 'Exempt from means test' }),
    field.date('appliedOn', { zh: '受理日期', en: 'Accepted on' }, { required: true }),
    field.enum('decision', { zh: '审查决定', en: 'Review decision' }, DECISIONS),
    field.date('decidedOn', { zh: '决定日期', en: 'Decided on' }),
    field.enum('assigneeType', { zh: '承办人员类别', en: 'Handler category' }, ['律师', '基层法律服务工作者', '法律援助志愿者', '法律援助机构工作人员']),
    field.text('assignee', { zh: '承办人', en: 'Handled by' }, { search: true }),
    field.date('assignedOn', { zh: '指派日期', en: 'Assigned on' }),
    field.date('closedOn', { zh: '结案日期', en: 'Closed on' }),
    field.date('followUpOn', { zh: '回访日期', en: 'Follow-up visit date' }),
    field.enum('satisfaction', { zh: '回访满意度', en: 'Follow-up satisfaction' }, SATISFACTION),
    field.text('complaint', { zh: '投诉情况', en: 'Complaints' }, { maxLength: 500 }),
  ],
  check: caseRules,
  derive: (r, asOf) => {
    const d = legalAidDeadlines(
      { source: str(r.source), appliedOn: str(r.appliedOn)!, decision: str(r.decision), decidedOn: str(r.decidedOn), assignedOn: str(r.assignedOn) },
      asOf,
    );
    return {
      decisionDue: d.decision?.due ?? null,
      decisionStatus: d.decision ? DEADLINE_STATUS_LABEL[d.decision.status] : null,
      assignmentDue: d.assignment?.due ?? null,
      assignmentStatus: d.assignment ? DEADLINE_STATUS_LABEL[d.assignment.status] : null,
    };
  },
  derivedLabels: { decisionDue: { zh: '审查决定期限', en: 'Decision due' }, decisionStatus: { zh: '审查期限状态', en: 'Decision deadline status' }, assignmentDue: { zh: '指派期限', en: 'Assignment due' }, assignmentStatus: { zh: '指派期限状态', en: 'Assignment deadline status' } },
  deadlines: LEGAL_AID_DEADLINES,
});

export const consultationsSheet = defineSheet({
  kind: 'legal-aid',
  id: 'consultations',
  name: '法律咨询',
  nameEn: 'Legal consultations',
  table: legalAidConsultations,
  dateKey: 'consultedOn',
  titleKey: 'topic',
  fields: [
    field.date('consultedOn', { zh: '咨询日期', en: 'Consulted on' }, { required: true }),
    field.enum('channel', { zh: '咨询方式', en: 'Consultation channel' }, ['来访', '12348热线', '网络', '其他'], { required: true }),
    field.enum('topic', { zh: '咨询事项', en: 'Consultation topic' }, ['婚姻家庭', '劳动争议', '土地纠纷', '借贷纠纷', '交通事故', '刑事', '行政', '其他'], { required: true }),
    field.personal('enquirerName', { zh: '咨询人姓名', en: 'Enquirer name' }, 'name'),
    field.text('answeredBy', { zh: '解答人', en: 'Answered by' }, { search: true }),
    field.bool('referredToAid', { zh: '转为援助申请', en: 'Turned into an aid application' }),
  ],
});

export const dutyShiftsSheet = defineSheet({
  kind: 'legal-aid',
  id: 'duty-shifts',
  name: '值班记录',
  nameEn: 'Duty shifts',
  table: legalAidDutyShifts,
  dateKey: 'shiftOn',
  titleKey: 'onDuty',
  fields: [
    field.date('shiftOn', { zh: '值班日期', en: 'Duty date' }, { required: true }),
    field.enum('place', { zh: '值班地点', en: 'Duty place' }, ['公共法律服务中心', '看守所', '人民法院', '人民检察院'], { required: true }),
    field.text('onDuty', { zh: '值班人员', en: 'On duty' }, { required: true, search: true }),
    field.int('consultations', { zh: '解答咨询（人次）', en: 'Consultations answered (people)' }, { max: 1000 }),
  ],
});

const applied = (c: Columns, p: MetricPeriod) =>
  // a refusal decided by `end` means it never became a case
  sql`not (coalesce(${c.decision!}, '') = '不予援助' and ${c.decidedOn!} <= ${p.end})`;

/** 及时完成 of legal aid: every step within its legal deadline */
const ON_TIME = { comparator: '>=' as const, value: 100, unit: '%', text: '全部案件在法定期限内作出决定和指派（100%）即为及时完成' };

/** Art.36 / Art.43: assignment runs from the notice (通知辩护/代理) or from a decision to grant made by `end`. */
const assignmentStart = (c: Columns, p: MetricPeriod) =>
  sql`(case when ${c.source!} = ${NOTIFIED} then ${c.appliedOn!} when ${c.decision!} = ${GRANTED} and ${c.decidedOn!} <= ${p.end} then ${c.decidedOn!} end)`;
/** a decision step whose deadline has passed or that was taken by `end` */
const decisionRelevant = (c: Columns, p: MetricPeriod) => sql`${c.source!} = '依申请' and (${c.decidedOn!} <= ${p.end} or ${c.appliedOn!} + 7 < ${p.end})`;
// coalesce: a missing date makes a comparison null, and `not null` would drop the record from the numerator silently
const decisionLate = (c: Columns, p: MetricPeriod) =>
  sql`coalesce(${c.source!} = '依申请' and ((${c.decidedOn!} <= ${p.end} and ${c.decidedOn!} > ${c.appliedOn!} + 7) or ((${c.decidedOn!} is null or ${c.decidedOn!} > ${p.end}) and ${c.appliedOn!} + 7 < ${p.end})), false)`;
const assignmentLate = (c: Columns, p: MetricPeriod) =>
  sql`coalesce((${c.assignedOn!} <= ${p.end} and ${c.assignedOn!} > ${assignmentStart(c, p)} + 3) or ((${c.assignedOn!} is null or ${c.assignedOn!} > ${p.end}) and ${assignmentStart(c, p)} + 3 < ${p.end}), false)`;

export default defineRegister({
  kind: 'legal-aid',
  name: '法律援助',
  sheets: [casesSheet, consultationsSheet, dutyShiftsSheet],
  metrics: [
    {
      key: 'legal-aid.cases-accepted',
      name: '法律援助案件受理数',
      kind: 'count',
      unit: '件',
      description: '受理日期在当年 1 月 1 日至统计日之间的法律援助案件（统计日前已决定不予援助的申请不计）',
      sheet: casesSheet,
      where: applied,
    },
    {
      key: 'legal-aid.closure-rate',
      name: '法律援助案件办结率',
      kind: 'rate',
      unit: '%',
      description: '当年受理的法律援助案件中，统计日前已结案的比例',
      sheet: casesSheet,
      where: applied,
      numerator: (c, p) => sql`${c.closedOn!} <= ${p.end}`,
    },
    {
      key: 'legal-aid.decision-on-time-rate',
      name: '七日内作出援助决定比例',
      kind: 'rate',
      unit: '%',
      description: '当年依申请受理、统计日前已作出决定的案件中，自受理之日起七日内作出决定的比例（法律援助法第四十三条）',
      sheet: casesSheet,
      where: (c, p) => sql`${c.source!} = '依申请' and ${c.decidedOn!} <= ${p.end}`,
      numerator: (c) => sql`${c.decidedOn!} <= ${c.appliedOn!} + 7`,
      standard: ON_TIME,
    },
    {
      key: 'legal-aid.assignment-on-time-rate',
      name: '三日内指派比例',
      kind: 'rate',
      unit: '%',
      description: '当年受理、统计日前指派期限已届满或已指派的案件中，自决定给予援助（或收到公检法通知）之日起三日内指派的比例（法律援助法第三十六、四十三条）',
      sheet: casesSheet,
      where: (c, p) => sql`(${assignmentStart(c, p)} is not null and (${c.assignedOn!} <= ${p.end} or ${assignmentStart(c, p)} + 3 < ${p.end}))`,
      numerator: (c, p) => sql`(${c.assignedOn!} <= ${p.end} and ${c.assignedOn!} <= ${assignmentStart(c, p)} + 3)`,
      standard: ON_TIME,
    },
    {
      key: 'legal-aid.on-time-rate',
      name: '法定期限内办理率',
      kind: 'rate',
      unit: '%',
      description:
        '当年受理、统计日前至少有一个法定期限已届满或已办理的案件中，审查决定（七日）和指派（三日）均在法定期限内完成、且没有超期未办的比例（法律援助法第三十六、四十三条）；可作为“及时性”等时效指标的完成值',
      sheet: casesSheet,
      // parenthesised whole: the framework joins conditions with `and`, which binds tighter than this `or`
      where: (c, p) => sql`((${decisionRelevant(c, p)}) or (${assignmentStart(c, p)} is not null and (${c.assignedOn!} <= ${p.end} or ${assignmentStart(c, p)} + 3 < ${p.end})))`,
      numerator: (c, p) => sql`(not (${decisionLate(c, p)}) and not (${assignmentLate(c, p)}))`,
      standard: ON_TIME,
    },
    {
      key: 'legal-aid.follow-up-satisfaction-rate',
      name: '受援人回访满意率',
      kind: 'rate',
      unit: '%',
      description: '当年受理、统计日前已回访的案件中，回访结果为满意或基本满意的比例',
      sheet: casesSheet,
      where: (c, p) => sql`${c.followUpOn!} <= ${p.end}`,
      numerator: (c) => sql`${c.satisfaction!} in ('满意', '基本满意')`,
    },
    { key: 'legal-aid.consultations', name: '法律咨询人次', kind: 'count', unit: '人次', description: '当年来访、12348 热线及网络咨询人次', sheet: consultationsSheet },
    { key: 'legal-aid.duty-shifts', name: '法律援助值班次数', kind: 'count', unit: '次', description: '当年公共法律服务中心、看守所、法院等处的值班次数', sheet: dutyShiftsSheet },
  ],
});
