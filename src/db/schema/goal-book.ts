import type { TRevisionSource } from '../../core/revision-sources.js';
import { bigint, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { TGoalBook, TSpendingMilestone, TTitledItem } from '../../contract/goal-book.js';
import type { TGoalBookChange } from '../../contract/goal-book-change.js';
import { units } from './units.js';

/** 部门整体绩效目标 of a unit and year. Narrative lists are kept whole; nothing queries inside them. */
export const departmentGoals = pgTable(
  'department_goals',
  {
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    summary: text('summary'),
    overall: jsonb('overall').$type<string[]>().notNull(),
    areas: jsonb('areas').$type<TTitledItem[]>().notNull(),
    safeguards: jsonb('safeguards').$type<TTitledItem[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/** 预算项目. Money is integer fen. The initial budget lives here; adjustments are budget revisions. */
export const projects = pgTable(
  'project',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    purpose: text('purpose').notNull(),
    goals: jsonb('goals').$type<string[]>().notNull(),
    spendingPlan: jsonb('spending_plan').$type<TSpendingMilestone[]>().notNull(),
    budgetTotalFen: bigint('budget_total_fen', { mode: 'number' }).notNull(),
    budgetFiscalFen: bigint('budget_fiscal_fen', { mode: 'number' }).notNull(),
    budgetOtherFen: bigint('budget_other_fen', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('project_unit_year_code').on(t.unitId, t.year, t.code)],
);

/**
 * 绩效指标: one row of an indicator table. project_id is null for the department-wide indicators.
 * The target keeps its raw text beside the parsed comparator/value/unit.
 */
export const indicators = pgTable(
  'indicator',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    level1: text('level1').notNull(),
    level2: text('level2').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    targetRaw: text('target_raw').notNull(),
    targetKind: text('target_kind').$type<'quantitative' | 'qualitative'>().notNull(),
    targetComparator: text('target_comparator').$type<'>=' | '>' | '<=' | '<' | '='>(),
    targetValue: doublePrecision('target_value'),
    targetUnit: text('target_unit'),
    basis: text('basis').notNull(),
    weight: doublePrecision('weight'),
  },
  (t) => [index('indicator_unit_year_project').on(t.unitId, t.year, t.projectId, t.position)],
);

/** Every change to a goal book, with what changed and the whole book after it (history is never lost). */
export const goalBookRevisions = pgTable(
  'goal_book_revision',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    source: text('source').$type<TRevisionSource>().notNull(),
    summary: text('summary').notNull(),
    changes: jsonb('changes').$type<TGoalBookChange[]>().notNull(),
    snapshot: jsonb('snapshot').$type<Omit<TGoalBook, 'warnings'>>().notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('goal_book_revision_number').on(t.unitId, t.year, t.number)],
);
