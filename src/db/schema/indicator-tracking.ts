import { date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
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
