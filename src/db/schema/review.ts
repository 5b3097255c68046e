import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
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
