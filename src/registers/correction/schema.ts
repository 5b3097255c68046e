import { boolean, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/**
 * 社区矫正对象. Name and ID number are ciphertext; a minor's record is sealed (社区矫正法 Art.54).
 * The business date is the start of correction; who is "under correction" in a period is decided by
 * the overlap of [start_on, coalesce(terminated_on, end_on)] with it.
 */
export const correctionPeople = registerTable('reg_correction_person', 'startOn', {
  name: text('name').notNull(),
  idNumber: text('id_number'),
  gender: text('gender'),
  correctionType: text('correction_type').notNull(),
  crime: text('crime'),
  startOn: date('start_on', { mode: 'string' }).notNull(),
  endOn: date('end_on', { mode: 'string' }).notNull(),
  terminatedOn: date('terminated_on', { mode: 'string' }),
  terminationReason: text('termination_reason'),
  minor: boolean('minor'),
  reoffendedOn: date('reoffended_on', { mode: 'string' }),
});

/** 社区矫正执法人员 and the study hours each must complete in a year. */
export const correctionStaff = registerTable('reg_correction_staff', 'since', {
  name: text('name').notNull(),
  post: text('post'),
  requiredHours: integer('required_hours').notNull(),
  since: date('since', { mode: 'string' }).notNull(),
  until: date('until', { mode: 'string' }),
});

/** 学习培训记录 of the staff, matched to them by name within the unit (and listed by officer, hence the index). */
export const correctionStudy = registerTable(
  'reg_correction_study',
  'studiedOn',
  {
    staffName: text('staff_name').notNull(),
    studiedOn: date('studied_on', { mode: 'string' }).notNull(),
    course: text('course').notNull(),
    hours: integer('hours').notNull(),
  },
  (c) => [index('reg_correction_study_unit_staff_date').on(c.unitId!, c.staffName!, c.studiedOn!)],
);

// supervision (alarms, zero reports, vendors, sensitive periods): src/registers/correction/supervision/
export * from './supervision/schema.js';

// lifecycle steps and the monthly-duty activities: src/registers/correction/lifecycle/
export * from './lifecycle/schema.js';

/**
 * Study hours per unit and officer name, kept in the same transaction as every write of the study
 * sheet (study-hours.repository.ts), so the study-hours compliance rate never scans the study records:
 * by calendar month (`month` = its first day) for the months a period covers whole, and by day for the
 * month it ends in. Voided records count in neither.
 */
export const correctionStudyHoursMonthly = pgTable(
  'correction_study_hours_monthly',
  {
    unitId: integer('unit_id').notNull(),
    staffName: text('staff_name').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    hours: integer('hours').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'correction_study_hours_monthly_pk', columns: [t.unitId, t.month, t.staffName] })],
);

export const correctionStudyHoursDaily = pgTable(
  'correction_study_hours_daily',
  {
    unitId: integer('unit_id').notNull(),
    staffName: text('staff_name').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    hours: integer('hours').notNull().default(0),
  },
  (t) => [primaryKey({ name: 'correction_study_hours_daily_pk', columns: [t.unitId, t.day, t.staffName] })],
);
