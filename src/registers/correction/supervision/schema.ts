import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { units } from '../../../db/schema/units.js';
import { registerTable } from '../../framework/table.js';

/**
 * 监管报警: one row per alarm of the location supervision — made from a vendor's event (vendor and its
 * event id: the same event twice is one alarm) or entered by the 司法所 — with its response deadline and
 * the one handling record (verified, outcome, who, when). `location` is ciphertext (a sensitive track
 * point, decrypted only for the supervising 司法所 and approvers, every read audited). The person is
 * named by the id of their correction record.
 */
export const correctionAlarms = registerTable(
  'reg_correction_alarm',
  'raisedOn',
  {
    personId: integer('person_id').notNull(),
    kind: text('kind').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }),
    vendorId: integer('vendor_id'),
    eventId: text('event_id'),
    location: text('location'),
    handledAt: timestamp('handled_at', { withTimezone: true, mode: 'string' }),
    handledOn: date('handled_on', { mode: 'string' }),
    verified: boolean('verified'),
    outcome: text('outcome'),
    handler: text('handler'),
    note: text('note'),
  },
  (c) => [
    uniqueIndex('reg_correction_alarm_vendor_event').on(c.vendorId!, c.eventId!).where(sql`${c.eventId!} is not null`),
    index('reg_correction_alarm_open').on(c.unitId!, c.office!, c.dueAt!).where(sql`${c.handledAt!} is null and ${c.voidedAt!} is null`),
  ],
);

/** 零报告: one report per 司法所 and day (a voided one may be filed again). 缺报 rows are written when a missing day is flagged. */
export const correctionDailyReports = registerTable(
  'reg_correction_daily_report',
  'reportDate',
  {
    reportDate: date('report_date', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    roster: integer('roster'),
    lost: integer('lost'),
    outOfBounds: integer('out_of_bounds'),
    violations: integer('violations'),
    newOffences: integer('new_offences'),
    incidents: integer('incidents'),
    filedAt: timestamp('filed_at', { withTimezone: true, mode: 'string' }),
    filedBy: text('filed_by'),
    note: text('note'),
  },
  (c) => [uniqueIndex('reg_correction_daily_report_office_date').on(c.unitId!, c.office!, c.reportDate!).where(sql`${c.voidedAt!} is null`)],
);

/** A monitoring vendor allowed to post events for a unit; only the SHA-256 of its key is stored. */
export const correctionVendors = pgTable('correction_vendor', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id')
    .notNull()
    .references(() => units.id),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** 敏感期 kept by the section: holidays, meetings — tighter rules and a daily summary for the bureau head. */
export const correctionSensitivePeriods = pgTable(
  'correction_sensitive_period',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('correction_sensitive_period_unit').on(t.unitId, t.fromOn)],
);

/**
 * 审批: 外出, 执行地变更, 会客, 禁止令, 电子定位, 分类调整 — one row per request, moving through the one
 * workflow (core/workflow.ts): the 司法所 enters and submits it (its review), the level the rules name
 * (司法所, county, bureau head) approves or returns it. `details` holds what the kind needs (reason,
 * destination, months and Art.29 conditions, the new class); `returnedOn` the report on return from leave.
 */
export const correctionApprovals = pgTable(
  'correction_approval',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    office: text('office'),
    personId: integer('person_id').notNull(),
    kind: text('kind').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    details: jsonb('details').notNull(),
    level: text('level').notNull(),
    state: text('state').notNull(),
    enteredBy: integer('entered_by'),
    enteredByName: text('entered_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    decidedBy: integer('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    opinion: text('opinion'),
    returnedOn: date('returned_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('correction_approval_unit_state').on(t.unitId, t.state, t.fromOn), index('correction_approval_person').on(t.personId, t.kind)],
);
