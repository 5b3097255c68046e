import { integer, pgTable, serial, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** 预算单位: units form a tree (主管部门 → 下属单位); every business table carries unit_id as its tenant key. */
export const units = pgTable('unit', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  parentId: integer('parent_id').references((): AnyPgColumn => units.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
