import { date, integer, text } from 'drizzle-orm/pg-core';
import { registerTable } from '../framework/table.js';

/** 普法宣传活动 */
export const publicityEvents = registerTable('reg_publicity_event', 'heldOn', {
  theme: text('theme').notNull(),
  audience: text('audience').notNull(),
  form: text('form'),
  heldOn: date('held_on', { mode: 'string' }).notNull(),
  place: text('place').notNull(),
  attendance: integer('attendance'),
  organizer: text('organizer'),
});

/** 普法宣传资料 printed */
export const publicityMaterials = registerTable('reg_publicity_material', 'printedOn', {
  title: text('title').notNull(),
  materialType: text('material_type').notNull(),
  copies: integer('copies').notNull(),
  printedOn: date('printed_on', { mode: 'string' }).notNull(),
  distributedTo: text('distributed_to'),
});
