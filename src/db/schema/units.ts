import { integer, pgTable, serial, text, timestamp, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** 预算单位: units form a tree (主管部门 → 下属单位); every business table carries unit_id as its tenant key. */
export const units = pgTable('unit', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  parentId: integer('parent_id').references((): AnyPgColumn => units.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Master data kept per unit: its 司法所 (`office`, the offices its records and 司法所 users belong to) and
 * its 人民调解委员会 (`committee`). Forms pick from these lists; imports match them by name.
 */
export const unitOffices = pgTable(
  'unit_office',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'office' | 'committee'>().notNull().default('office'),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('unit_office_name').on(t.unitId, t.kind, t.name)],
);
