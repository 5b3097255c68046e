import { doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { TScoringScheme } from '../../contract/scoring-scheme.js';
import type { TWorkflowState } from '../../core/workflow.js';
import { units } from './units.js';

/** 自评评分规则 of a unit's year; absent means the 财预〔2020〕10号 default. */
export const evaluationSchemes = pgTable(
  'evaluation_scheme',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    scheme: jsonb('scheme').$type<TScoringScheme>().notNull(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_scheme_unit_year').on(t.unitId, t.year)],
);

/**
 * 绩效自评报告 of a unit's year, moving through core/workflow.ts. `snapshot` holds the inputs and the
 * scheme frozen at approval: recomputing from it gives the approved numbers whatever happens later.
 */
export const evaluationReports = pgTable(
  'evaluation_report',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    state: text('state').$type<TWorkflowState>().notNull(),
    authorId: integer('author_id'),
    authorName: text('author_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    // the frozen inputs, scheme and judgements (app/evaluation EvaluationSnapshot)
    snapshot: jsonb('snapshot').$type<unknown>(),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('evaluation_report_unit_year').on(t.unitId, t.year)],
);

/** The people's part of one indicator line: a signed score with its reason, a score within the band, 偏差原因分析及改进措施. */
export const evaluationLines = pgTable(
  'evaluation_line',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => evaluationReports.id),
    indicatorId: integer('indicator_id').notNull(),
    signedScore: doublePrecision('signed_score'),
    signReason: text('sign_reason'),
    bandScore: doublePrecision('band_score'),
    deviation: text('deviation'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_line_report_indicator').on(t.reportId, t.indicatorId)],
);

/** 实际完成情况 of a project as the unit wrote it (absent: jixiao's proposal). */
export const evaluationProjectNotes = pgTable(
  'evaluation_project_note',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => evaluationReports.id),
    projectCode: text('project_code').notNull(),
    actualResults: text('actual_results').notNull(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('evaluation_project_note_report_project').on(t.reportId, t.projectCode)],
);

/** Comments on a report: 财政审核's remarks and 复核 requests, return and reopen reasons. */
export const evaluationComments = pgTable(
  'evaluation_comment',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => evaluationReports.id),
    kind: text('kind').$type<'comment' | 'return' | 'recheck' | 'reopen'>().notNull(),
    text: text('text').notNull(),
    authorId: integer('author_id'),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_comment_report').on(t.reportId)],
);

/**
 * A self-evaluation (自评表) imported from a document — another system's or an earlier year's — kept
 * as the unit-year's history, read-only beside the unit's own evaluation and the source of last
 * year's actuals for rollover and review. One per unit and year; importing again replaces it.
 */
export const importedEvaluations = pgTable(
  'imported_evaluation',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    // contract/imported-evaluation.ts TImportedEvaluation
    content: jsonb('content').$type<unknown>().notNull(),
    sourceName: text('source_name').notNull(),
    importedByName: text('imported_by_name').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('imported_evaluation_unit_year').on(t.unitId, t.year)],
);
