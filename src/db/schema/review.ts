import { index, integer, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { units } from './units.js';
import { users } from './auth.js';

/** 审核意见: comments by finance, leaders and outside reviewers on a goal book, a project or an indicator. */
export const reviewComments = pgTable(
  'review_comment',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    projectCode: text('project_code'),
    indicator: text('indicator'),
    text: text('text').notNull(),
    authorId: integer('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_comment_unit_year').on(t.unitId, t.year, t.createdAt)],
);

/**
 * The review of each goal book's latest revision, counted when that revision was written (in its
 * transaction), so the county dashboard shows every unit's findings without reviewing 150 books per
 * request. The library and last year's actuals are those of that moment; `jixiao aggregates check`
 * lists books whose review would count differently now and `aggregates rebuild` reviews them again.
 */
export const reviewSummaries = pgTable(
  'review_summary',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    /** the goal book revision reviewed */
    revision: integer('revision').notNull(),
    findings: integer('findings').notNull(),
    errors: integer('errors').notNull(),
    warnings: integer('warnings').notNull(),
    suggestions: integer('suggestions').notNull(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'review_summary_pk', columns: [t.unitId, t.year] })],
);
