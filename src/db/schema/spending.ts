import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { projects } from './goal-book.js';
import { units } from './units.js';

/**
 * 支出: money paid out against a project's budget. A payment is never deleted: edits and voids keep
 * every version in payment_history, and a voided payment stays (status 'void', with its reason) so the
 * ledger adds up with the vouchers. Amounts are integer fen; paid_on is a China calendar date.
 */
export const payments = pgTable(
  'payment',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    voucherNo: text('voucher_no').notNull(),
    payee: text('payee').notNull(),
    summary: text('summary').notNull(),
    fundSource: text('fund_source').$type<'fiscal' | 'other'>().notNull(),
    status: text('status').$type<'active' | 'void'>().notNull().default('active'),
    voidReason: text('void_reason'),
    version: integer('version').notNull().default(1),
    createdById: integer('created_by_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: integer('updated_by_id'),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('payment_unit_year_paid_on').on(t.unitId, t.year, t.paidOn),
    index('payment_project_paid_on').on(t.projectId, t.paidOn),
    // one voucher pays once: a voided payment frees its voucher number for the corrected entry
    uniqueIndex('payment_voucher_active').on(t.unitId, t.year, t.voucherNo).where(sql`status = 'active'`),
    check('payment_amount_positive', sql`${t.amountFen} > 0`),
    check('payment_in_year', sql`extract(year from ${t.paidOn}) = ${t.year}`),
    check('payment_status', sql`${t.status} in ('active', 'void')`),
    check('payment_fund_source', sql`${t.fundSource} in ('fiscal', 'other')`),
  ],
);

/** What a payment looked like at one version; money in fen, as stored. */
export interface PaymentSnapshot {
  projectId: number;
  projectCode: string;
  paidOn: string;
  amountFen: number;
  voucherNo: string;
  payee: string;
  summary: string;
  fundSource: 'fiscal' | 'other';
  status: 'active' | 'void';
  voidReason: string | null;
}

/** Every version of every payment, append-only (a trigger refuses UPDATE and DELETE). */
export const paymentHistory = pgTable(
  'payment_history',
  {
    id: serial('id').primaryKey(),
    paymentId: integer('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    action: text('action').$type<'create' | 'update' | 'void'>().notNull(),
    snapshot: jsonb('snapshot').$type<PaymentSnapshot>().notNull(),
    reason: text('reason'),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('payment_history_version').on(t.paymentId, t.version)],
);

/**
 * 调整预算: the budget of a project from a date on. The project's own budget is the initial one;
 * revisions are added, never changed, so the budget on any past date can be recomputed.
 */
export const budgetRevisions = pgTable(
  'budget_revision',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    year: integer('year').notNull(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    fiscalFen: bigint('fiscal_fen', { mode: 'number' }).notNull(),
    otherFen: bigint('other_fen', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('budget_revision_unit_year').on(t.unitId, t.year, t.projectId, t.effectiveOn),
    check('budget_revision_sources', sql`${t.totalFen} = ${t.fiscalFen} + ${t.otherFen} and ${t.fiscalFen} >= 0 and ${t.otherFen} >= 0`),
  ],
);

/** A unit's settings by key (e.g. 'spending': overspend mode and light thresholds), validated by zod on read. */
export const unitSettings = pgTable(
  'unit_setting',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.key] })],
);
