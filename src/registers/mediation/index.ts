import type { LocalizedText } from '../../core/errors.js';
import { sql } from 'drizzle-orm';
import { judicialConfirmationWindow } from '../../core/deadlines.js';
import { defineRegister, defineSheet, type FieldProblem, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { mediationCommittees, mediationDisputes, mediationMediators } from './schema.js';

/** 人民调解 (人民调解法): mediation is free (Art.4), agreements written or oral (Art.28), 司法确认 within 30 days (Art.33). */

export const DISPUTE_TYPES = ['婚姻家庭', '邻里', '房屋宅基地', '土地承包', '合同', '损害赔偿', '劳动争议', '医患纠纷', '交通事故', '物业', '山林水利', '征地拆迁', '其他'] as const;
const OUTCOMES = ['调解成功', '调解不成', '终止调解'] as const;

const str = (v: unknown) => (typeof v === 'string' ? v : null);

function disputeRules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  const before = (a: string, b: string, message: LocalizedText) => {
    const x = str(r[a]);
    const y = str(r[b]);
    if (x !== null && y !== null && x < y) out.push({ key: a, message });
  };
  before('concludedOn', 'receivedOn', { zh: '调解结束日期不能早于受理日期', en: 'the mediation end date cannot be before the acceptance date' });
  before('confirmationAppliedOn', 'concludedOn', { zh: '申请司法确认日期不能早于达成协议日期', en: 'the judicial confirmation application cannot be before the agreement date' });
  before('confirmedOn', 'confirmationAppliedOn', { zh: '司法确认日期不能早于申请日期', en: 'the judicial confirmation date cannot be before its application date' });
  if ((r.outcome === null) !== (r.concludedOn === null)) out.push({ key: 'outcome', message: { zh: '调解结果和调解结束日期须同时填写', en: 'the mediation result and end date go together' } });
  if (r.agreementForm !== null && r.outcome !== '调解成功') out.push({ key: 'agreementForm', message: { zh: '只有调解成功才有调解协议', en: 'only a successful mediation has an agreement' } });
  if (r.confirmationAppliedOn !== null && r.agreementForm !== '书面协议') out.push({ key: 'confirmationAppliedOn', message: { zh: '司法确认须以书面调解协议申请（人民调解法第三十三条）', en: 'judicial confirmation is applied for with a written agreement (People’s Mediation Law Art.33)' } });
  return out;
}

export const disputesSheet = defineSheet({
  kind: 'mediation',
  id: 'disputes',
  name: '矛盾纠纷调解',
  nameEn: 'Dispute mediation',
  table: mediationDisputes,
  dateKey: 'receivedOn',
  titleKey: 'disputeType',
  officeRequired: true,
  fields: [
    field.enum('disputeType', { zh: '纠纷类型', en: 'Dispute type' }, DISPUTE_TYPES, { required: true }),
    field.personal('partyName', { zh: '当事人', en: 'Party' }, 'name'),
    field.personal('partyPhone', { zh: '当事人电话', en: 'Party phone' }, 'phone'),
    field.text('committee', { zh: '调解委员会', en: 'Mediation committee' }, { search: true, filter: true }),
    field.text('mediator', { zh: '调解员', en: 'Mediator' }, { search: true }),
    field.date('receivedOn', { zh: '受理日期', en: 'Accepted on' }, { required: true }),
    field.date('concludedOn', { zh: '调解结束日期', en: 'Mediation ended on' }),
    field.enum('outcome', { zh: '调解结果', en: 'Mediation result' }, OUTCOMES),
    field.enum('agreementForm', { zh: '协议形式', en: 'Agreement form' }, ['书面协议', '口头协议']),
    field.date('confirmationAppliedOn', { zh: '申请司法确认日期', en: 'Judicial confirmation applied on' }),
    field.date('confirmedOn', { zh: '司法确认日期', en: 'Judicial confirmation date' }),
    field.text('summary', { zh: '纠纷简要情况', en: 'Dispute summary' }, { search: true, maxLength: 500 }),
  ],
  check: disputeRules,
  derive: (r, asOf) => {
    const w = r.agreementForm === '书面协议' ? judicialConfirmationWindow(str(r.concludedOn), str(r.confirmationAppliedOn), asOf) : null;
    return { confirmationDue: w?.due ?? null, confirmationStatus: w ? (w.status === 'overdue' ? '已过申请期限' : w.status === 'due' ? '可申请' : '已申请') : null };
  },
  derivedLabels: { confirmationDue: { zh: '司法确认申请期限', en: 'Judicial confirmation due' }, confirmationStatus: { zh: '司法确认状态', en: 'Judicial confirmation status' } },
});

export const committeesSheet = defineSheet({
  kind: 'mediation',
  id: 'committees',
  name: '人民调解委员会',
  nameEn: 'Mediation committees',
  table: mediationCommittees,
  dateKey: 'establishedOn',
  titleKey: 'name',
  fields: [
    field.text('name', { zh: '调解委员会名称', en: 'Mediation committee name' }, { required: true, search: true }),
    field.enum('committeeType', { zh: '类型', en: 'Type' }, ['村（居）调委会', '乡镇（街道）调委会', '行业性专业性调委会', '企事业单位调委会'], { required: true }),
    field.date('establishedOn', { zh: '成立日期', en: 'Established on' }, { required: true }),
    field.int('mediatorCount', { zh: '调解员人数', en: 'Mediators' }, { max: 500 }),
  ],
});

export const mediatorsSheet = defineSheet({
  kind: 'mediation',
  id: 'mediators',
  name: '人民调解员',
  nameEn: 'People’s mediators',
  table: mediationMediators,
  dateKey: 'appointedOn',
  titleKey: 'name',
  fields: [
    field.text('name', { zh: '姓名', en: 'Name' }, { required: true, search: true }),
    field.personal('phone', { zh: '联系电话', en: 'Phone' }, 'phone'),
    field.text('committee', { zh: '所在调委会', en: 'Mediation committee' }, { required: true, search: true, filter: true }),
    field.bool('fullTime', { zh: '专职', en: 'Full-time' }),
    field.date('appointedOn', { zh: '聘任日期', en: 'Appointed on' }, { required: true }),
    field.int('trainingHours', { zh: '本年培训学时', en: 'Training hours this year' }, { max: 1000 }),
    field.date('lastTrainedOn', { zh: '最近培训日期', en: 'Last trained on' }),
  ],
});

export default defineRegister({
  kind: 'mediation',
  name: '人民调解',
  sheets: [disputesSheet, committeesSheet, mediatorsSheet],
  metrics: [
    { key: 'mediation.disputes-mediated', name: '人民调解案件数', kind: 'count', unit: '件', description: '受理日期在当年 1 月 1 日至统计日之间的矛盾纠纷调解案件', sheet: disputesSheet },
    {
      key: 'mediation.success-rate',
      name: '调解成功率',
      kind: 'rate',
      unit: '%',
      description: '当年受理、统计日前已调解结束的纠纷中调解成功的比例',
      sheet: disputesSheet,
      where: (c, p) => sql`${c.concludedOn!} <= ${p.end}`,
      numerator: (c) => sql`${c.outcome!} = '调解成功'`,
    },
    {
      key: 'mediation.judicial-confirmations',
      name: '司法确认件数',
      kind: 'count',
      unit: '件',
      description: '当年受理、统计日前已经人民法院司法确认的调解协议',
      sheet: disputesSheet,
      where: (c, p) => sql`${c.confirmedOn!} <= ${p.end}`,
    },
    {
      key: 'mediation.trained-mediators',
      name: '参加培训的调解员人数',
      kind: 'count',
      unit: '人',
      description: '统计日前已聘任、当年参加过培训的人民调解员',
      sheet: mediatorsSheet,
      window: (c, p) => sql`${c.appointedOn!} <= ${p.end}`,
      where: (c, p) => sql`${c.lastTrainedOn!} between ${p.start} and ${p.end}`,
    },
  ],
});
