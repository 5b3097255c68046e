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
  if (handled && typeof r.raisedOn === 'string' && (r.handledOn as string) < r.raisedOn) out.push({ key: 'handledOn', message: '处置日期不能早于报警日期' });
  if (handled !== (r.outcome !== null && r.outcome !== undefined)) out.push({ key: 'outcome', message: '处置日期和处置结果须同时填写' });
  if (handled && (r.handler === null || r.handler === undefined)) out.push({ key: 'handler', message: '已处置的报警须填写处置人' });
  return out;
}

export const alarmSheet: SheetDef = defineSheet({
  kind: 'correction',
  id: 'alarms',
  name: '监管报警',
  table: correctionAlarms,
  dateKey: 'raisedOn',
  titleKey: 'kind',
  officeRequired: true,
  fields: [
    field.int('personId', '矫正对象记录号', { required: true, min: 1, max: 2_000_000_000, hint: '社区矫正对象台账中该对象记录的编号' }),
    field.enum('kind', '报警类型', ALARM_KINDS, { required: true, filter: true }),
    field.date('raisedOn', '报警日期', { required: true }),
    field.date('handledOn', '处置日期'),
    field.bool('verified', '已核实'),
    field.enum('outcome', '处置结果', ALARM_OUTCOMES, { filter: true }),
    field.text('handler', '处置人'),
    field.text('note', '处置情况', { maxLength: 1000 }),
  ],
  check: alarmRules,
});

export const DAILY_REPORT_STATUSES = ['按时上报', '补报', '缺报'] as const;

export const dailyReportSheet: SheetDef = defineSheet({
  kind: 'correction',
  id: 'daily-reports',
  name: '零报告',
  table: correctionDailyReports,
  dateKey: 'reportDate',
  titleKey: 'status',
  officeRequired: true,
  fields: [
    field.date('reportDate', '报告日期', { required: true }),
    field.enum('status', '上报情况', DAILY_REPORT_STATUSES, { required: true, filter: true }),
    field.int('roster', '在册人数', { min: 0, max: 100_000 }),
    field.int('lost', '脱管', { min: 0, max: 100_000 }),
    field.int('outOfBounds', '越界', { min: 0, max: 100_000 }),
    field.int('violations', '违规', { min: 0, max: 100_000 }),
    field.int('newOffences', '重新犯罪', { min: 0, max: 100_000 }),
    field.int('incidents', '重大事件', { min: 0, max: 100_000 }),
    field.text('filedBy', '填报人'),
    field.text('note', '说明', { maxLength: 1000 }),
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
