import { date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { TDeviationCause, TLikelihood, TMeasureStatus } from '../../core/monitoring/likelihood.js';
import type { TWorkflowState } from '../../core/workflow.js';
import { indicators } from './goal-book.js';
import { units } from './units.js';

/**
 * 绩效运行监控 reports: one per unit, year and cut-off month, moving through the one workflow
 * (core/workflow.ts). Figures are computed live until approval; approval stores the inputs in
 * `snapshot` (the report is then built from it), reopening clears it.
 */
export const monitoringReports = pgTable(
  'monitoring_report',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    state: text('state').$type<TWorkflowState>().notNull(),
    snapshot: jsonb('snapshot'),
    submittedBy: integer('submitted_by'),
    submittedByName: text('submitted_by_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedBy: integer('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    returnReason: text('return_reason'),
    reopenReason: text('reopen_reason'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('monitoring_report_unit_year_month').on(t.unitId, t.year, t.month), index('monitoring_report_unit_state').on(t.unitId, t.state)],
);

/** A person's judgement on one indicator of a report: 完成目标可能性 and, when not 确定能, the 偏差原因. */
export const monitoringLines = pgTable(
  'monitoring_line',
  {
    reportId: integer('report_id')
      .notNull()
      .references(() => monitoringReports.id),
    // a judgement belongs to its indicator: removing the indicator from the goal book removes it
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    likelihood: text('likelihood').$type<TLikelihood>(),
    cause: text('cause').$type<TDeviationCause>(),
    causeText: text('cause_text'),
    confirmedByName: text('confirmed_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })],
);

/** 完善措施: a corrective measure with its owner and due date, followed up (整改) in a later report. */
export const monitoringMeasures = pgTable(
  'monitoring_measure',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    reportId: integer('report_id')
      .notNull()
      .references(() => monitoringReports.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').$type<TMeasureStatus>().notNull().default('open'),
    followUpNote: text('follow_up_note'),
    followedUpReportId: integer('followed_up_report_id').references(() => monitoringReports.id),
    followedUpByName: text('followed_up_by_name'),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_measure_unit_year').on(t.unitId, t.year), index('monitoring_measure_report').on(t.reportId, t.indicatorId)],
);

/** 财政审核 and leaders' comments on a report. */
export const monitoringComments = pgTable(
  'monitoring_comment',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => monitoringReports.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('monitoring_comment_report').on(t.reportId)],
);
