import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { unitOffices, units } from '../db/schema/index.js';
import { rowsOf } from '../db/rows.js';

/** A unit of the tree with its depth (0 for a top unit) and its master-data lists. */
export interface UnitTreeRow {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  depth: number;
  offices: string[];
  committees: string[];
}

/**
 * The whole unit tree (主管部门 → 下属单位) in ONE recursive query, parents before children, each unit
 * with its offices and committees. A unit whose parent chain loops is left out (it has no top).
 */
export async function loadUnitTree(exec: Executor): Promise<UnitTreeRow[]> {
  const result = await exec.execute(sql`
    with recursive tree as (
      select id, code, name, parent_id, 0 as depth, array[id] as path from ${units} where parent_id is null
      union all
      select u.id, u.code, u.name, u.parent_id, t.depth + 1, t.path || u.id
      from ${units} u join tree t on u.parent_id = t.id
      where not u.id = any(t.path)
    ),
    -- offices grouped once and joined, not two subqueries per unit: a province's tree is read on every request
    o as (
      select unit_id, json_agg(name order by id) filter (where kind = 'office') as offices, json_agg(name order by id) filter (where kind = 'committee') as committees
      from ${unitOffices} group by unit_id
    )
    select t.id, t.code, t.name, t.parent_id, t.depth, coalesce(o.offices, '[]'::json) as offices, coalesce(o.committees, '[]'::json) as committees
    from tree t left join o on o.unit_id = t.id
    order by t.depth, t.code`);
  return rowsOf<{ id: number; code: string; name: string; parent_id: number | null; depth: number; offices: string[] | string; committees: string[] | string }>(result).map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    depth: Number(r.depth),
    offices: typeof r.offices === 'string' ? (JSON.parse(r.offices) as string[]) : r.offices,
    committees: typeof r.committees === 'string' ? (JSON.parse(r.committees) as string[]) : r.committees,
  }));
}

export async function insertUnit(exec: Executor, unit: { code: string; name: string; parentId: number | null }) {
  const [row] = await exec.insert(units).values(unit).returning();
  return row!;
}

export async function listUnitOffices(exec: Executor, unitId: number, kind: 'office' | 'committee'): Promise<string[]> {
  const rows = await exec
    .select({ name: unitOffices.name })
    .from(unitOffices)
    .where(and(eq(unitOffices.unitId, unitId), eq(unitOffices.kind, kind)))
    .orderBy(asc(unitOffices.id));
  return rows.map((r) => r.name);
}

/** Adds an office or committee; false when the unit already has one of that name. */
export async function insertUnitOffice(exec: Executor, v: { unitId: number; kind: 'office' | 'committee'; name: string }): Promise<boolean> {
  const rows = await exec.insert(unitOffices).values(v).onConflictDoNothing().returning({ id: unitOffices.id });
  return rows.length > 0;
}

export async function deleteUnitOffice(exec: Executor, v: { unitId: number; kind: 'office' | 'committee'; name: string }): Promise<boolean> {
  const rows = await exec
    .delete(unitOffices)
    .where(and(eq(unitOffices.unitId, v.unitId), eq(unitOffices.kind, v.kind), eq(unitOffices.name, v.name)))
    .returning({ id: unitOffices.id });
  return rows.length > 0;
}
