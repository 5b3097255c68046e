import { customType, date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { indicators } from './goal-book.js';
import { units } from './units.js';

/**
 * 指标取数口径: an indicator bound to a register metric (e.g. legal-aid.cases-accepted), optionally
 * narrowed by a filter such as { project: '13022522P000R24100085' }. jixiao proposes bindings from
 * indicator names; a person confirms them, and from then on the indicator's actual value is live.
 */
export const indicatorBindings = pgTable(
  'indicator_binding',
  {
    indicatorId: integer('indicator_id')
      .primaryKey()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    metric: text('metric').notNull(),
    filter: jsonb('filter').$type<Record<string, string>>(),
    confirmedBy: integer('confirmed_by'),
    confirmedByName: text('confirmed_by_name').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_binding_unit').on(t.unitId)],
);

export type TIndicatorValueStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/**
 * 指标完成值 entered by a person, with evidence, for indicators no register computes (明显提升,
 * 及时完成 …). draft → submitted → approved | returned (returned goes back to draft on edit); the
 * approver must not be the person who entered it. Only approved values count.
 */
export const indicatorValues = pgTable(
  'indicator_value',
  {
    id: serial('id').primaryKey(),
    // no cascade: an indicator with entered values (evidence of what was achieved) cannot be deleted
    // silently; the goal-book edit refuses it with a message (see commitGoalBook)
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    value: doublePrecision('value'),
    assessment: text('assessment').$type<'达成' | '部分达成' | '未达成'>(),
    /** an assessment's written reason (required with a band); an optional note beside a number */
    reason: text('reason'),
    evidence: text('evidence').notNull(),
    status: text('status').$type<TIndicatorValueStatus>().notNull(),
    enteredBy: integer('entered_by'),
    enteredByName: text('entered_by_name').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedBy: integer('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    returnReason: text('return_reason'),
  },
  (t) => [index('indicator_value_indicator').on(t.indicatorId, t.asOf), index('indicator_value_unit_status').on(t.unitId, t.status)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * What a piece of evidence is attached to: a manual value or assessment (owner id: the value's id), or
 * a line of a monitoring report or of the self-evaluation (owner id: `reportId/indicatorId`).
 */
export type TEvidenceOwnerKind = 'indicator_value' | 'monitoring_line' | 'evaluation_line';

/**
 * 佐证材料: files (PDF, images, Word, Excel) attached to an owner — `owner_kind` + `owner_id` — stored
 * in the database itself, so every app server and both engines see the same bytes and a backup holds
 * them. The SHA-256 is computed on upload; files are never changed in place. A report line's file may be
 * removed (audited) while its report can still be edited; a value's never.
 */
export const evidenceFiles = pgTable(
  'evidence_file',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    ownerKind: text('owner_kind').$type<TEvidenceOwnerKind>().notNull(),
    ownerId: text('owner_id').notNull(),
    /** the indicator the owner belongs to, when it belongs to one: who may read the indicator may read its evidence */
    indicatorId: integer('indicator_id').references(() => indicators.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: integer('uploaded_by'),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_file_owner').on(t.unitId, t.ownerKind, t.ownerId)],
);
