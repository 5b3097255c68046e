import { sql } from 'drizzle-orm';
import { defineRegister, defineSheet, type FieldProblem, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { resettlementPeople } from './schema.js';

/** 安置帮教: people released from prison, handed over, resettled or assisted. */

function rules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const [k, label] of [['handedOverOn', '衔接日期'], ['resettledOn', '安置帮教落实日期']] as const) {
    const v = r[k];
    if (typeof v === 'string' && typeof r.releasedOn === 'string' && v < r.releasedOn) out.push({ key: k, message: `${label}不能早于释放日期` });
  }
  if (r.resettledOn !== null && r.assistance === null) out.push({ key: 'assistance', message: '已落实安置帮教的须写明帮教方式' });
  return out;
}

export const peopleSheet = defineSheet({
  kind: 'resettlement',
  id: 'people',
  name: '刑满释放人员',
  table: resettlementPeople,
  dateKey: 'releasedOn',
  titleKey: 'prison',
  officeRequired: true,
  fields: [
    field.personal('name', '姓名', 'name', { required: true }),
    field.personal('idNumber', '身份证号', 'idNumber'),
    field.date('releasedOn', '释放日期', { required: true }),
    field.text('prison', '原服刑场所', { search: true }),
    field.date('handedOverOn', '衔接日期'),
    field.bool('keyPerson', '重点帮教对象'),
    field.date('resettledOn', '安置帮教落实日期'),
    field.enum('assistance', '帮教方式', ['就业安置', '社会救助', '技能培训', '心理疏导', '家庭帮扶', '其他']),
    field.text('note', '备注', { maxLength: 500 }),
  ],
  check: rules,
});

export default defineRegister({
  kind: 'resettlement',
  name: '安置帮教',
  sheets: [peopleSheet],
  metrics: [
    {
      key: 'resettlement.resettlement-rate',
      name: '安置帮教率',
      kind: 'rate',
      unit: '%',
      description: '当年释放的人员中，统计日前已落实安置帮教的比例',
      sheet: peopleSheet,
      numerator: (c, p) => sql`${c.resettledOn!} <= ${p.end}`,
    },
    { key: 'resettlement.released', name: '刑满释放人员数', kind: 'count', unit: '人', description: '释放日期在当年 1 月 1 日至统计日之间的人员', sheet: peopleSheet },
  ],
});
