import { integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 指标库: reusable level-3 indicators — what an indicator means and how it is counted — shared by every
 * unit. Goal tables pick from it; the review warns when a project spells one of its names differently.
 * A unit's history per entry (targets and actuals by year) is read from its goal books by name.
 */
export const indicatorLibrary = pgTable(
  'indicator_library',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    /** the comparable key of the name (core/library/name-similarity nameKey): one entry per key */
    nameKey: text('name_key').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    definition: text('definition').notNull(),
    /** what is counted */
    counted: text('counted').notNull(),
    /** what is not counted */
    excluded: text('excluded').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    direction: text('direction').$type<'higher' | 'lower' | 'qualitative'>().notNull(),
    metric: text('metric'),
    updatedBy: integer('updated_by'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicator_library_name_key').on(t.nameKey)],
);
