import { doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { TTarget } from '../../contract/goal-book.js';
import { indicators } from './goal-book.js';
import { units } from './units.js';

/**
 * 年度结转: year `to_year` of a unit started from `from_year`. While `status` is 'draft' the new year's goal
 * tables are a draft: its target proposals wait for a person; the year's document may still be imported
 * over them (the import's diff treats the copy as ordinary stored content).
 */
export const yearRollovers = pgTable(
  'year_rollover',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    status: text('status').$type<'draft' | 'confirmed'>().notNull(),
    /** what was carried: counts of projects, indicators, bindings, offices */
    carried: jsonb('carried').$type<{ projects: number; indicators: number; bindings: number; offices: number }>().notNull(),
    createdBy: integer('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('year_rollover_unit_year').on(t.unitId, t.toYear)],
);

export type TProposalStatus = 'pending' | 'accepted' | 'edited' | 'kept';

/**
 * One proposed target of a rolled-over year: for an indicator of `to_year`, from its `from_year` namesake's
 * target and actual, with the rule and reason. A person accepts it (the target becomes the proposal),
 * edits it (their own target) or keeps the copied one; the goal book changes through its commit path.
 */
export const targetProposals = pgTable(
  'target_proposal',
  {
    id: serial('id').primaryKey(),
    rolloverId: integer('rollover_id')
      .notNull()
      .references(() => yearRollovers.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    previousIndicatorId: integer('previous_indicator_id').notNull(),
    previousTarget: text('previous_target').notNull(),
    previousActual: doublePrecision('previous_actual'),
    previousSource: text('previous_source').$type<'evaluation' | 'live' | 'imported' | 'none'>().notNull(),
    rule: text('rule').notNull(),
    proposed: jsonb('proposed').$type<TTarget>().notNull(),
    reasonZh: text('reason_zh').notNull(),
    reasonEn: text('reason_en').notNull(),
    status: text('status').$type<TProposalStatus>().notNull(),
    decidedTarget: text('decided_target'),
    decidedBy: integer('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('target_proposal_rollover').on(t.rolloverId), uniqueIndex('target_proposal_indicator').on(t.indicatorId)],
);
