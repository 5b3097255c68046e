import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { correctionPeople } from '../../registers/correction/schema.js';
import { units } from './units.js';

/**
 * Supervision work around a person under correction that is not a register sheet: rewards and
 * sanctions (with the workflow state of their decision), joint inspections with their rectification
 * items, and the procuratorate's 纠正意见 with the written answer.
 */

/**
 * 表扬 / 训诫 / 警告 / 提请治安处罚 / 提请撤销 of one person. `grounds` (事实和依据) is sensitive personal data:
 * ciphertext (app/crypto), masked in lists, every read audited. `basis_ids` are the earlier sanctions a
 * ladder step escalates; `state` is core/workflow.ts's (approved = decided, in force).
 */
export const correctionSanctions = pgTable(
  'correction_sanction',
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
    cause: text('cause').notNull(),
    causeDays: integer('cause_days'),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    grounds: text('grounds').notNull(),
    documentNo: text('document_no'),
    decidedOn: date('decided_on', { mode: 'string' }),
    basisIds: integer('basis_ids')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    proposed: text('proposed_reason'),
    state: text('state').notNull(),
    returnReason: text('return_reason'),
    correctedOn: date('corrected_on', { mode: 'string' }),
    createdBy: integer('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedByName: text('decided_by_name'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('correction_sanction_person').on(t.unitId, t.personId, t.id),
    index('correction_sanction_unit_state').on(t.unitId, t.state),
    check('correction_sanction_kind', sql`${t.kind} in ('表扬', '训诫', '警告', '提请治安处罚', '提请撤销')`),
    check('correction_sanction_state', sql`${t.state} in ('draft', 'submitted', 'returned', 'approved', 'locked')`),
    check('correction_sanction_decided', sql`${t.state} not in ('approved', 'locked') or (${t.decidedOn} is not null and ${t.documentNo} is not null)`),
  ],
);

/** 联合检查 / 联席会议 / 联合评查 with police, court, procuratorate: date, partners, findings. */
export const correctionJointInspections = pgTable(
  'correction_joint_inspection',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    office: text('office'),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    partners: text('partners').array().notNull(),
    findings: text('findings').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('correction_joint_inspection_unit_date').on(t.unitId, t.heldOn)],
);

/** A rectification item of a joint inspection: what, who owns it, by when, and when it was done. */
export const correctionRectifications = pgTable(
  'correction_rectification',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => correctionJointInspections.id),
    item: text('item').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    doneNote: text('done_note'),
    doneByName: text('done_by_name'),
  },
  (t) => [index('correction_rectification_inspection').on(t.inspectionId), index('correction_rectification_unit_due').on(t.unitId, t.dueOn)],
);

/** The procuratorate's 纠正意见 (Law Art.8, 62) and the bureau's written answer, due by a date fixed at receipt. */
export const correctionProcuratorateOpinions = pgTable(
  'correction_procuratorate_opinion',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    office: text('office'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    documentNo: text('document_no').notNull(),
    content: text('content').notNull(),
    answerDueOn: date('answer_due_on', { mode: 'string' }).notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    answer: text('answer'),
    createdByName: text('created_by_name').notNull(),
    answeredByName: text('answered_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('correction_opinion_unit_date').on(t.unitId, t.receivedOn), check('correction_opinion_answer', sql`(${t.answeredOn} is null) = (${t.answer} is null)`)],
);
