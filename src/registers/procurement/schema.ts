import { bigint, boolean, date, integer, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 装备购置: one purchase line (item × quantity), its acceptance and use. Money in fen. */
export const procurementPurchases = registerTable('reg_procurement_purchase', 'purchasedOn', {
  item: text('item').notNull(),
  category: text('category').notNull(),
  quantity: integer('quantity').notNull(),
  amountFen: bigint('amount_fen', { mode: 'number' }),
  supplier: text('supplier'),
  planned: boolean('planned'),
  purchasedOn: date('purchased_on', { mode: 'string' }).notNull(),
  acceptance: text('acceptance').notNull(),
  acceptedOn: date('accepted_on', { mode: 'string' }),
  inUse: boolean('in_use'),
});

/** 年度购置计划 lines and when each was carried out */
export const procurementPlans = registerTable('reg_procurement_plan', 'plannedOn', {
  item: text('item').notNull(),
  category: text('category').notNull(),
  quantity: integer('quantity').notNull(),
  budgetFen: bigint('budget_fen', { mode: 'number' }),
  plannedOn: date('planned_on', { mode: 'string' }).notNull(),
  executedOn: date('executed_on', { mode: 'string' }),
});
