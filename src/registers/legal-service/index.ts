import { sql } from 'drizzle-orm';
import { defineRegister, defineSheet, type FieldProblem, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { legalServiceApprovals } from './schema.js';

/** 基层法律服务: practice approvals (执业核准) of 基层法律服务工作者. */

const RESULTS = ['审查中', '核准', '不予核准'] as const;

function rules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (r.result !== '审查中' && r.decidedOn === null) out.push({ key: 'decidedOn', message: { zh: '已作出核准决定的须填写决定日期', en: 'a decided approval needs its decision date' } });
  if (r.result === '审查中' && r.decidedOn !== null) out.push({ key: 'result', message: { zh: '填写了决定日期的，审查结果不能是“审查中”', en: 'with a decision date, the review result cannot be “审查中” (under review)' } });
  if (typeof r.decidedOn === 'string' && typeof r.appliedOn === 'string' && r.decidedOn < r.appliedOn) out.push({ key: 'decidedOn', message: { zh: '决定日期不能早于申请日期', en: 'the decision date cannot be before the application date' } });
  if (r.result === '不予核准' && r.reason === null) out.push({ key: 'reason', message: { zh: '不予核准须写明理由', en: 'a refusal needs its reason' } });
  return out;
}

export const approvalsSheet = defineSheet({
  kind: 'legal-service',
  id: 'approvals',
  name: '执业核准',
  nameEn: 'Practice approvals',
  table: legalServiceApprovals,
  dateKey: 'appliedOn',
  titleKey: 'firm',
  fields: [
    field.personal('applicantName', { zh: '申请人姓名', en: 'Applicant name' }, 'name', { required: true }),
    field.personal('applicantIdNumber', { zh: '身份证号', en: 'ID number' }, 'idNumber'),
    field.text('firm', { zh: '执业机构（法律服务所）', en: 'Practice (legal service office)' }, { required: true, search: true, filter: true }),
    field.enum('applicationType', { zh: '申请类型', en: 'Application type' }, ['首次执业', '变更执业机构', '重新执业'], { required: true }),
    field.date('appliedOn', { zh: '申请日期', en: 'Applied on' }, { required: true }),
    field.enum('result', { zh: '审查结果', en: 'Review result' }, RESULTS, { required: true }),
    field.date('decidedOn', { zh: '决定日期', en: 'Decided on' }),
    field.text('reason', { zh: '不予核准理由', en: 'Reason for refusal' }, { maxLength: 500 }),
  ],
  check: rules,
});

export default defineRegister({
  kind: 'legal-service',
  name: '基层法律服务',
  sheets: [approvalsSheet],
  metrics: [
    {
      key: 'legal-service.approval-rate',
      name: '基层法律服务工作者执业核准率',
      kind: 'rate',
      unit: '%',
      description: '当年申请、统计日前已作出决定的执业核准申请中予以核准的比例',
      sheet: approvalsSheet,
      where: (c, p) => sql`${c.result!} <> '审查中' and ${c.decidedOn!} <= ${p.end}`,
      numerator: (c) => sql`${c.result!} = '核准'`,
    },
    { key: 'legal-service.applications', name: '执业核准申请数', kind: 'count', unit: '件', description: '申请日期在当年 1 月 1 日至统计日之间的执业核准申请', sheet: approvalsSheet },
  ],
});
