import { boolean, date, index, integer, text } from 'drizzle-orm/pg-core';
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
