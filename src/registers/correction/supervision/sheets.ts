import { sql } from 'drizzle-orm';
import { ALARM_KINDS, ALARM_OUTCOMES } from '../../../core/correction/alarms.js';
import { defineSheet, type FieldProblem, type MetricDef, type RecordValues, type SheetDef } from '../../framework/define.js';
import { field } from '../../framework/fields.js';
import { correctionAlarms, correctionDailyReports } from './schema.js';

/**
 * The supervision sheets of the correction register: 监管报警 (alarms and their handling) and 零报告
 * (the daily report of each 司法所). They are register sheets, so they list, export, void and bind to
 * indicators like every other; the feed, the handling and the filing have their own use-cases beside.
 */

function alarmRules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  const handled = r.handledOn !== null && r.handledOn !== undefined;
  if (handled && typeof r.raisedOn === 'string' && (r.handledOn as string) < r.raisedOn) out.push({ key: 'handledOn', message: { zh: '处置日期不能早于报警日期', en: 'the handling date cannot be before the alarm date' } });
  if (handled !== (r.outcome !== null && r.outcome !== undefined)) out.push({ key: 'outcome', message: { zh: '处置日期和处置结果须同时填写', en: 'the handling date and outcome go together' } });
  if (handled && (r.handler === null || r.handler === undefined)) out.push({ key: 'handler', message: { zh: '已处置的报警须填写处置人', en: 'a handled alarm needs who handled it' } });
  return out;
}

export const alarmSheet: SheetDef = defineSheet({
  kind: 'correction',
  id: 'alarms',
  name: '监管报警',
  nameEn: 'Supervision alarms',
  table: correctionAlarms,
  dateKey: 'raisedOn',
  titleKey: 'kind',
  officeRequired: true,
  fields: [
    field.int('personId', { zh: '矫正对象记录号', en: 'Person record number' }, { required: true, min: 1, max: 2_000_000_000, hint: { zh: '社区矫正对象台账中该对象记录的编号', en: 'The number of the person’s record in the register of people under correction' } }),
    field.enum('kind', { zh: '报警类型', en: 'Alarm type' }, ALARM_KINDS, { required: true, filter: true }),
    field.date('raisedOn', { zh: '报警日期', en: 'Alarm date' }, { required: true }),
    field.date('handledOn', { zh: '处置日期', en: 'Handled on' }),
    field.bool('verified', { zh: '已核实', en: 'Verified' }),
    field.enum('outcome', { zh: '处置结果', en: 'Handling outcome' }, ALARM_OUTCOMES, { filter: true }),
    field.text('handler', { zh: '处置人', en: 'Handled by' }),
    field.text('note', { zh: '处置情况', en: 'Handling notes' }, { maxLength: 1000 }),
  ],
  check: alarmRules,
});

export const DAILY_REPORT_STATUSES = ['按时上报', '补报', '缺报'] as const;

export const dailyReportSheet: SheetDef = defineSheet({
  kind: 'correction',
  id: 'daily-reports',
  name: '零报告',
  nameEn: 'Zero reports',
  table: correctionDailyReports,
  dateKey: 'reportDate',
  titleKey: 'status',
  officeRequired: true,
  fields: [
    field.date('reportDate', { zh: '报告日期', en: 'Report date' }, { required: true }),
    field.enum('status', { zh: '上报情况', en: 'Report status' }, DAILY_REPORT_STATUSES, { required: true, filter: true }),
    field.int('roster', { zh: '在册人数', en: 'People on the roster' }, { min: 0, max: 100_000 }),
    field.int('lost', { zh: '脱管', en: 'Out of supervision' }, { min: 0, max: 100_000 }),
    field.int('outOfBounds', { zh: '越界', en: 'Out of bounds' }, { min: 0, max: 100_000 }),
    field.int('violations', { zh: '违规', en: 'Violations' }, { min: 0, max: 100_000 }),
    field.int('newOffences', { zh: '重新犯罪', en: 'Re-offended' }, { min: 0, max: 100_000 }),
    field.int('incidents', { zh: '重大事件', en: 'Major incidents' }, { min: 0, max: 100_000 }),
    field.text('filedBy', { zh: '填报人', en: 'Filed by' }),
    field.text('note', { zh: '说明', en: 'Note' }, { maxLength: 1000 }),
  ],
});

/** The supervision metrics; 脱管 counts people, so it reads the people sheet (passed in to avoid a cycle). */
export function supervisionMetrics(peopleSheet: SheetDef, underCorrection: NonNullable<MetricDef['window']>): MetricDef[] {
  const a = correctionAlarms;
  return [
    {
      key: 'correction.lost-contact',
      name: '社区矫正对象脱管人数',
      kind: 'count',
      unit: '人',
      description: '当年 1 月 1 日至统计日之间在册的社区矫正对象中，有报警经核查处置结果为“脱管”的人数（一人多次计一人）',
      sheet: peopleSheet,
      // the 脱管 outcome comes from the alarms
      readsBeyondRecord: true,
      window: underCorrection,
      where: (c, p) =>
        sql`exists (select 1 from ${a} where ${a.personId} = ${c.id!} and ${a.unitId} = ${c.unitId!} and ${a.voidedAt} is null and ${a.outcome} = '脱管' and ${a.raisedOn} between ${p.start} and ${p.end})`,
      lowerIsBetter: true,
    },
    {
      key: 'correction.alarms-handled-on-time-rate',
      name: '监管报警按时处置率',
      kind: 'rate',
      unit: '%',
      description: '当年 1 月 1 日至统计日之间的监管报警中，在响应时限内处置完毕的比例（平台报警按响应时限，默认 1 小时；手工登记的报警当日处置为按时）',
      sheet: alarmSheet,
      numerator: (c) => sql`case when ${c.dueAt!} is null then ${c.handledOn!} <= ${c.raisedOn!} else ${c.handledAt!} <= ${c.dueAt!} end`,
      standard: { comparator: '>=', value: 100, unit: '%', text: '全部报警在响应时限内处置' },
    },
    {
      key: 'correction.zero-report-filing-rate',
      name: '零报告按时上报率',
      kind: 'rate',
      unit: '%',
      description: '当年 1 月 1 日至统计日之间各司法所应报的零报告（每所每日一份；未报的次日上午记为“缺报”）中，当日按时上报的比例',
      sheet: dailyReportSheet,
      numerator: (c) => sql`${c.status!} = '按时上报'`,
    },
  ];
}
