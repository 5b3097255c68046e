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
  const before = (a: string, b: string, message: string) => {
    const x = str(r[a]);
    const y = str(r[b]);
    if (x !== null && y !== null && x < y) out.push({ key: a, message });
  };
  before('concludedOn', 'receivedOn', '调解结束日期不能早于受理日期');
  before('confirmationAppliedOn', 'concludedOn', '申请司法确认日期不能早于达成协议日期');
  before('confirmedOn', 'confirmationAppliedOn', '司法确认日期不能早于申请日期');
  if ((r.outcome === null) !== (r.concludedOn === null)) out.push({ key: 'outcome', message: '调解结果和调解结束日期须同时填写' });
  if (r.agreementForm !== null && r.outcome !== '调解成功') out.push({ key: 'agreementForm', message: '只有调解成功才有调解协议' });
  if (r.confirmationAppliedOn !== null && r.agreementForm !== '书面协议') out.push({ key: 'confirmationAppliedOn', message: '司法确认须以书面调解协议申请（人民调解法第三十三条）' });
  return out;
}

export const disputesSheet = defineSheet({
  kind: 'mediation',
  id: 'disputes',
  name: '矛盾纠纷调解',
  table: mediationDisputes,
  dateKey: 'receivedOn',
  titleKey: 'disputeType',
  officeRequired: true,
  fields: [
    field.enum('disputeType', '纠纷类型', DISPUTE_TYPES, { required: true }),
    field.personal('partyName', '当事人', 'name'),
    field.personal('partyPhone', '当事人电话', 'phone'),
    field.text('committee', '调解委员会', { search: true, filter: true }),
    field.text('mediator', '调解员', { search: true }),
    field.date('receivedOn', '受理日期', { required: true }),
    field.date('concludedOn', '调解结束日期'),
    field.enum('outcome', '调解结果', OUTCOMES),
    field.enum('agreementForm', '协议形式', ['书面协议', '口头协议']),
    field.date('confirmationAppliedOn', '申请司法确认日期'),
    field.date('confirmedOn', '司法确认日期'),
    field.text('summary', '纠纷简要情况', { search: true, maxLength: 500 }),
  ],
  check: disputeRules,
  derive: (r, asOf) => {
    const w = r.agreementForm === '书面协议' ? judicialConfirmationWindow(str(r.concludedOn), str(r.confirmationAppliedOn), asOf) : null;
    return { confirmationDue: w?.due ?? null, confirmationStatus: w ? (w.status === 'overdue' ? '已过申请期限' : w.status === 'due' ? '可申请' : '已申请') : null };
  },
  derivedLabels: { confirmationDue: '司法确认申请期限', confirmationStatus: '司法确认状态' },
});

export const committeesSheet = defineSheet({
  kind: 'mediation',
  id: 'committees',
  name: '人民调解委员会',
  table: mediationCommittees,
  dateKey: 'establishedOn',
  titleKey: 'name',
  fields: [
    field.text('name', '调解委员会名称', { required: true, search: true }),
    field.enum('committeeType', '类型', ['村（居）调委会', '乡镇（街道）调委会', '行业性专业性调委会', '企事业单位调委会'], { required: true }),
    field.date('establishedOn', '成立日期', { required: true }),
    field.int('mediatorCount', '调解员人数', { max: 500 }),
  ],
});

export const mediatorsSheet = defineSheet({
  kind: 'mediation',
  id: 'mediators',
  name: '人民调解员',
  table: mediationMediators,
  dateKey: 'appointedOn',
  titleKey: 'name',
  fields: [
    field.text('name', '姓名', { required: true, search: true }),
    field.personal('phone', '联系电话', 'phone'),
    field.text('committee', '所在调委会', { required: true, search: true, filter: true }),
    field.bool('fullTime', '专职'),
    field.date('appointedOn', '聘任日期', { required: true }),
    field.int('trainingHours', '本年培训学时', { max: 1000 }),
    field.date('lastTrainedOn', '最近培训日期'),
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
