import type { LocalizedText } from '../../core/errors.js';
import { sql } from 'drizzle-orm';
import { AFTERCARE_RATE_FORMULAS, DEFAULT_AFTERCARE_SETTINGS, RELEASE_SOURCES } from '../../core/correction/aftercare.js';
import { defineRegister, defineSheet, type Columns, type FieldProblem, type MetricPeriod, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { AFTERCARE_SETTINGS_KEY } from './aftercare/settings-key.js';
import { resettlementPeople } from './schema.js';

/** 安置帮教: people released from prison (or from correction), from the release notice to resettled and assisted. */

/** dates in order: the later one's name, the earlier one's name (as the messages word them) */
const RELEASED = { zh: '释放日期', en: 'the release date' };
const RETURNED = { zh: '回归报到日期', en: 'the report-back date' };
const DATE_ORDER: ReadonlyArray<readonly [string, LocalizedText, string, LocalizedText]> = [
  ['handedOverOn', { zh: '衔接日期', en: 'the hand-off date' }, 'releasedOn', RELEASED],
  ['resettledOn', { zh: '安置落实日期', en: 'the resettlement date' }, 'releasedOn', RELEASED],
  ['assistedOn', { zh: '帮教措施落实日期', en: 'the date assistance was in place' }, 'releasedOn', RELEASED],
  ['returnedOn', RETURNED, 'releasedOn', RELEASED],
  ['familyNotifiedOn', { zh: '通知家属日期', en: 'the family notification date' }, 'noticeReceivedOn', { zh: '收到释放通知日期', en: 'the date the release notice was received' }],
  ['fileOpenedOn', { zh: '建档及签订帮教责任书日期', en: 'the file and assistance agreement date' }, 'returnedOn', RETURNED],
  ['visitedOn', { zh: '走访家庭日期', en: 'the home visit date' }, 'returnedOn', RETURNED],
];

function rules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const [k, label, after, afterLabel] of DATE_ORDER) {
    const v = r[k];
    const from = r[after];
    if (typeof v === 'string' && typeof from === 'string' && v < from) out.push({ key: k, message: { zh: `${label.zh}不能早于${afterLabel.zh}`, en: `${label.en} cannot be before ${afterLabel.en}` } });
  }
  if (r.noticeReceivedOn === null && r.familyNotifiedOn !== null) out.push({ key: 'noticeReceivedOn', message: { zh: '填写了通知家属日期的，须填写收到释放通知日期', en: 'with a family notification date, the date the release notice was received is needed' } });
  if (r.returnedOn === null && (r.fileOpenedOn !== null || r.visitedOn !== null)) out.push({ key: 'returnedOn', message: { zh: '建档或走访之前须先填写回归报到日期', en: 'fill in the report-back date before the file or the home visit' } });
  if ((r.resettledOn !== null || r.assistedOn !== null) && r.assistance === null) out.push({ key: 'assistance', message: { zh: '已落实安置或帮教措施的须写明帮教方式', en: 'resettlement or assistance in place needs its assistance method' } });
  return out;
}

export const peopleSheet = defineSheet({
  kind: 'resettlement',
  id: 'people',
  name: '刑满释放人员',
  nameEn: 'People released from prison',
  table: resettlementPeople,
  dateKey: 'releasedOn',
  titleKey: 'prison',
  officeRequired: true,
  fields: [
    field.personal('name', { zh: '姓名', en: 'Name' }, 'name', { required: true }),
    field.personal('idNumber', { zh: '身份证号', en: 'ID number' }, 'idNumber'),
    field.date('releasedOn', { zh: '释放日期', en: 'Released on' }, { required: true, hint: { zh: '收到释放通知时填通知所载释放日期', en: 'On receiving the release notice, enter the release date it gives' } }),
    field.enum('source', { zh: '来源', en: 'Source' }, RELEASE_SOURCES, { hint: { zh: '刑满释放（帮教期 5 年）或解除社区矫正（帮教期 3 年），年限按单位设置；留空按刑满释放', en: 'Released from prison (5-year assistance period) or released from community correction (3 years), as the unit sets them; empty means released from prison' } }),
    field.text('prison', { zh: '原服刑场所', en: 'Prison served in' }, { search: true }),
    field.date('noticeReceivedOn', { zh: '收到释放通知日期', en: 'Release notice received on' }, { hint: { zh: '监狱一般在释放前约 1 个月发出通知', en: 'Prisons usually send the notice about a month before release' } }),
    field.date('familyNotifiedOn', { zh: '通知家属日期', en: 'Family notified on' }),
    field.bool('keyPerson', { zh: '重点帮教对象', en: 'Key person for assistance' }),
    field.bool('metAtGate', { zh: '必接必送已落实', en: 'Met at the gate' }),
    field.date('handedOverOn', { zh: '衔接日期', en: 'Hand-off date' }),
    field.date('returnedOn', { zh: '回归报到日期', en: 'Reported back on' }),
    field.date('fileOpenedOn', { zh: '建档及签订帮教责任书日期', en: 'File and assistance agreement date' }),
    field.date('visitedOn', { zh: '走访家庭日期', en: 'Home visit date' }),
    field.text('helpGroup', { zh: '帮教小组成员', en: 'Assistance team members' }, { maxLength: 300, hint: { zh: '姓名及身份，用顿号分隔，如 王某（司法所）、李某（村委会）、家属', en: 'Names and roles, separated by commas, e.g. Wang (justice office), Li (village committee), family' } }),
    field.date('resettledOn', { zh: '安置落实日期', en: 'Resettled on' }),
    field.date('assistedOn', { zh: '帮教措施落实日期', en: 'Assistance in place on' }),
    field.enum('assistance', { zh: '帮教方式', en: 'Assistance method' }, ['就业安置', '社会救助', '技能培训', '心理疏导', '家庭帮扶', '其他']),
    field.text('note', { zh: '备注', en: 'Note' }, { maxLength: 500 }),
  ],
  check: rules,
});

/**
 * The 帮教期's last day in SQL, by the unit's setting (`unit_setting` key aftercare, defaults as in
 * core/correction/aftercare.ts): release plus 5 years (after correction 3), minus one day.
 */
const endsOn = (c: Columns) =>
  sql`(${c.releasedOn!} + make_interval(years => case when ${c.source!} = '解除矫正' then coalesce((select (s.value ->> 'correctionYears')::int from unit_setting s where s.unit_id = ${c.unitId!} and s.key = ${AFTERCARE_SETTINGS_KEY}), ${DEFAULT_AFTERCARE_SETTINGS.correctionYears}) else coalesce((select (s.value ->> 'prisonYears')::int from unit_setting s where s.unit_id = ${c.unitId!} and s.key = ${AFTERCARE_SETTINGS_KEY}), ${DEFAULT_AFTERCARE_SETTINGS.prisonYears}) end) - interval '1 day')::date`;

const formula = (f: { numerator: string; denominator: string }) => `分子：${f.numerator}；分母：${f.denominator}`;

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
      description: `当年释放的人员中，统计日前已落实安置的比例（${AFTERCARE_RATE_FORMULAS.resettlement.name}）。${formula(AFTERCARE_RATE_FORMULAS.resettlement)}`,
      sheet: peopleSheet,
      numerator: (c, p) => sql`${c.resettledOn!} <= ${p.end}`,
      filters: { office: 'office' },
    },
    {
      key: 'resettlement.assistance-rate',
      name: '帮教率',
      kind: 'rate',
      unit: '%',
      description: `帮教期内人员中已落实帮教措施的比例。${formula(AFTERCARE_RATE_FORMULAS.assistance)}`,
      sheet: peopleSheet,
      // the term's end is computed from the unit's aftercare settings
      readsBeyondRecord: true,
      window: (c: Columns, p: MetricPeriod) => sql`${c.releasedOn!} <= ${p.end} and ${endsOn(c)} >= ${p.start}::date`,
      numerator: (c, p) => sql`${c.assistedOn!} <= ${p.end}`,
      filters: { office: 'office' },
    },
    { key: 'resettlement.released', name: '刑满释放人员数', kind: 'count', unit: '人', description: '释放日期在当年 1 月 1 日至统计日之间的人员', sheet: peopleSheet },
  ],
});
