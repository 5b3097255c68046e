import { sql, type SQL } from 'drizzle-orm';
import { TERMINATION_REASONS } from '../../core/correction/lifecycle.js';
import { defineRegister, defineSheet, type Columns, type FieldProblem, type MetricPeriod, type RecordValues } from '../framework/define.js';
import { field } from '../framework/fields.js';
import { correctionPeople, correctionStaff, correctionStudy } from './schema.js';
import { studyHoursAggregate, studyHoursOfPeriod } from './study-hours.repository.js';
import { alarmSheet, dailyReportSheet, supervisionMetrics } from './supervision/sheets.js';

/** 社区矫正 (社区矫正法, 2020-07-01). */

export const CORRECTION_TYPES = ['管制', '缓刑', '假释', '暂予监外执行'] as const;

function personRules(r: RecordValues): FieldProblem[] {
  const out: FieldProblem[] = [];
  const s = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
  if (s('endOn') !== null && s('startOn') !== null && s('endOn')! < s('startOn')!) out.push({ key: 'endOn', message: { zh: '矫正期满日期不能早于矫正开始日期', en: 'the correction end date cannot be before the start date' } });
  if (s('terminatedOn') !== null && s('terminatedOn')! < s('startOn')!) out.push({ key: 'terminatedOn', message: { zh: '解除矫正日期不能早于矫正开始日期', en: 'the release date cannot be before the correction start date' } });
  if ((s('terminatedOn') === null) !== (r.terminationReason === null)) out.push({ key: 'terminationReason', message: { zh: '解除（终止）矫正日期和原因须同时填写', en: 'the release (termination) date and its reason go together' } });
  if (s('reoffendedOn') !== null && s('reoffendedOn')! < s('startOn')!) out.push({ key: 'reoffendedOn', message: { zh: '重新犯罪日期不能早于矫正开始日期', en: 'the re-offence date cannot be before the correction start date' } });
  return out;
}

export const peopleSheet = defineSheet({
  kind: 'correction',
  id: 'people',
  name: '社区矫正对象',
  nameEn: 'People under correction',
  table: correctionPeople,
  dateKey: 'startOn',
  titleKey: 'correctionType',
  sealedKey: 'minor',
  officeRequired: true,
  fields: [
    field.personal('name', { zh: '姓名', en: 'Name' }, 'name', { required: true }),
    field.personal('idNumber', { zh: '身份证号', en: 'ID number' }, 'idNumber'),
    field.enum('gender', { zh: '性别', en: 'Sex' }, ['男', '女']),
    field.enum('correctionType', { zh: '矫正类别', en: 'Correction class' }, CORRECTION_TYPES, { required: true }),
    field.text('crime', { zh: '罪名', en: 'Offence' }, { search: true }),
    field.date('startOn', { zh: '矫正开始日期', en: 'Correction start date' }, { required: true }),
    field.date('endOn', { zh: '矫正期满日期', en: 'Correction end date' }, { required: true }),
    field.date('terminatedOn', { zh: '解除（终止）矫正日期', en: 'Correction released (terminated) on' }),
    field.enum('terminationReason', { zh: '解除（终止）原因', en: 'Reason for release (termination)' }, TERMINATION_REASONS),
    field.bool('minor', { zh: '未成年人', en: 'Minor' }, { hint: { zh: '填“是”的记录依社区矫正法第五十四条封存', en: 'A record marked yes is sealed (Community Correction Law Art.54)' } }),
    field.date('reoffendedOn', { zh: '重新犯罪日期', en: 'Re-offended on' }, { hint: { zh: '矫正期间又犯罪的，填写日期；没有则留空', en: 'The date of a new offence during correction; empty if none' } }),
  ],
  check: personRules,
});

export const staffSheet = defineSheet({
  kind: 'correction',
  id: 'staff',
  name: '社区矫正执法人员',
  nameEn: 'Correction officers',
  table: correctionStaff,
  dateKey: 'since',
  titleKey: 'name',
  fields: [
    field.text('name', { zh: '姓名', en: 'Name' }, { required: true, search: true }),
    field.text('post', { zh: '岗位', en: 'Post' }),
    field.int('requiredHours', { zh: '年度应学学时', en: 'Required study hours per year' }, { required: true, min: 1, max: 1000 }),
    field.date('since', { zh: '在岗起始日期', en: 'Started on' }, { required: true }),
    field.date('until', { zh: '离岗日期', en: 'Left on' }),
  ],
});

export const studySheet = defineSheet({
  kind: 'correction',
  id: 'study',
  name: '执法人员学习记录',
  nameEn: 'Officer study records',
  table: correctionStudy,
  dateKey: 'studiedOn',
  titleKey: 'staffName',
  aggregate: studyHoursAggregate,
  fields: [
    field.text('staffName', { zh: '执法人员姓名', en: 'Officer name' }, { required: true, search: true, filter: true }),
    field.date('studiedOn', { zh: '学习日期', en: 'Study date' }, { required: true }),
    field.text('course', { zh: '学习内容', en: 'Study content' }, { required: true, search: true }),
    field.int('hours', { zh: '学时', en: 'Study hours' }, { required: true, min: 1, max: 100 }),
  ],
});

/**
 * Whether an officer's hours of the period reach their due hours. The year's hours per officer (by
 * unit and name: an officer's study records are their unit's) are read once (an uncorrelated
 * sub-select PostgreSQL evaluates a single time; voided study records left out), then each officer's
 * row looks its sum up: no per-row scan. Hours are due for the completed months from max(since,
 * 1 January), the month of arrival included. Known limit: study records name the officer by name, so
 * two officers of one name share their hours (the study sheet has no staff id to match on).
 * `hoursOf`: the aggregates (the metric), or the study records (what tests compare them with).
 */
export const studyHoursNumerator =
  (hoursOf: (p: MetricPeriod) => SQL) =>
  (c: Columns, p: MetricPeriod): SQL =>
    sql`coalesce(((select jsonb_object_agg(h.unit_id || ':' || h.staff_name, h.hours) from (${hoursOf(p)}) h) ->> (${c.unitId!} || ':' || ${c.name!}))::float8, 0) >= ${c.requiredHours!} * greatest(0, ${p.elapsedMonths}::int - (extract(month from greatest(${c.since!}, ${p.start}::date))::int - 1))::float8 / 12`;

/** Under correction at some time in the period: the term overlaps [start, end]. */
const underCorrection = (c: Columns, p: MetricPeriod) => sql`${c.startOn!} <= ${p.end} and coalesce(${c.terminatedOn!}, ${c.endOn!}) >= ${p.start}`;

export default defineRegister({
  kind: 'correction',
  name: '社区矫正',
  sheets: [peopleSheet, staffSheet, studySheet, alarmSheet, dailyReportSheet],
  metrics: [
    {
      key: 'correction.people-under-correction',
      name: '社区矫正人数',
      kind: 'count',
      unit: '人',
      description: '当年 1 月 1 日至统计日之间在册接受社区矫正的人数（矫正期与该期间有重叠）',
      sheet: peopleSheet,
      window: underCorrection,
    },
    {
      key: 'correction.new-intake',
      name: '新接收社区矫正对象',
      kind: 'count',
      unit: '人',
      description: '矫正开始日期在当年 1 月 1 日至统计日之间的社区矫正对象',
      sheet: peopleSheet,
    },
    {
      key: 'correction.reoffending-rate',
      name: '社区矫正对象重新犯罪率',
      kind: 'rate',
      unit: '%',
      description:
        '分子：重新犯罪日期在当年 1 月 1 日至统计日之间的社区矫正对象人数；分母：该期间内任何时候在册（矫正期与该期间有重叠）的社区矫正对象人数，不是期末在册人数。一人多次重新犯罪计一人',
      sheet: peopleSheet,
      window: underCorrection,
      numerator: (c, p) => sql`${c.reoffendedOn!} between ${p.start} and ${p.end}`,
      lowerIsBetter: true,
    },
    ...supervisionMetrics(peopleSheet, underCorrection),
    {
      key: 'correction.study-hours-compliance-rate',
      name: '社区矫正执法人员学习时间达标率',
      kind: 'rate',
      unit: '%',
      description: '当年在岗的执法人员中，当年学习学时达到应学学时的比例；应学学时按已过完整月份折算，年中到岗的从到岗当月起算',
      sheet: staffSheet,
      // hours come from the study sheet, through its aggregates (study-hours.repository.ts)
      readsBeyondRecord: true,
      window: (c, p) => sql`${c.since!} <= ${p.end} and (${c.until!} is null or ${c.until!} >= ${p.start})`,
      numerator: studyHoursNumerator(studyHoursOfPeriod),
    },
  ],
});
