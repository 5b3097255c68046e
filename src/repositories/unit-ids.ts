import { eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = unit` for one unit, `column = any(array)` for many (a county's or a province's units): one
 * array parameter, not an IN list of thousands of parameters to plan.
 */
export const unitIdIs = (column: AnyPgColumn, unitId: number | readonly number[]): SQL =>
  typeof unitId === 'number' ? eq(column, unitId) : sql`${column} = any(${`{${unitId.map((id) => Math.trunc(id)).join(',')}}`}::int[])`;
