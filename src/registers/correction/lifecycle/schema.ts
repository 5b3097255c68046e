import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { units } from '../../../db/schema/units.js';
import { correctionPeople } from '../schema.js';

/**
 * A person's path through correction (core/correction/lifecycle.ts): one dated row per step and
 * person (调查评估委托, 评估意见, 判决生效, 报到, 接收·宣告, 矫正方案, 解除/终止, 移交安置帮教). Recording a
 * step again corrects its date (audited before/after). `details` holds what the step needs (速裁,
 * the opinion, the 矫正小组, able to work, 解除 or 终止).
 */
export const correctionSteps = pgTable(
  'correction_person_step',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    personId: integer('person_id')
      .notNull()
      .references(() => correctionPeople.id),
    office: text('office'),
    step: text('step').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    details: jsonb('details').notNull().default({}),
    recordedBy: integer('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('correction_person_step_person_step').on(t.personId, t.step), index('correction_person_step_unit').on(t.unitId, t.step, t.doneOn)],
);

/**
 * 日常监管活动 of a person, what the monthly duties of the class are checked against: 当面报告
 * (report), 个别教育/走访 (visit), 学习教育 hours (study), 公益活动 hours (service). `amount` is 1 for
 * a report or visit, the hours for study and service. A mistaken entry is voided, never deleted.
 */
export const correctionActivities = pgTable(
  'correction_activity',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    personId: integer('person_id')
      .notNull()
      .references(() => correctionPeople.id),
    office: text('office'),
    kind: text('kind').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    amount: integer('amount').notNull(),
    note: text('note'),
    voided: boolean('voided').notNull().default(false),
    recordedBy: integer('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('correction_activity_person_date').on(t.personId, t.doneOn), index('correction_activity_unit_date').on(t.unitId, t.doneOn)],
);
