import { and, desc, eq, getTableColumns, inArray, lte, not, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { unitIdIs } from './unit-ids.js';
import { indicatorBindings, indicators, indicatorValues, projects, type TIndicatorValueStatus } from '../db/schema/index.js';

/** Storage of indicator bindings (指标取数口径) and manually entered values (指标完成值). */

export type BindingRow = typeof indicatorBindings.$inferSelect;
export type IndicatorValueRow = typeof indicatorValues.$inferSelect;

/** The bindings of a unit's indicators of one year. */
export async function listBindings(exec: Executor, unitId: number | readonly number[], year: number): Promise<BindingRow[]> {
  const rows = await exec
    .select({ binding: indicatorBindings })
    .from(indicatorBindings)
    .innerJoin(indicators, eq(indicators.id, indicatorBindings.indicatorId))
    // the indicator's unit too (the same as the binding's): the planner then reads the indicators of
    // these units' year by index, not every indicator of the year (a province's) into a hash
    .where(and(unitIdIs(indicatorBindings.unitId, unitId), unitIdIs(indicators.unitId, unitId), eq(indicators.year, year)));
  return rows.map((r) => r.binding);
}

export async function findBinding(exec: Executor, indicatorId: number): Promise<BindingRow | undefined> {
  const [row] = await exec.select().from(indicatorBindings).where(eq(indicatorBindings.indicatorId, indicatorId));
  return row;
}

export async function upsertBinding(exec: Executor, values: typeof indicatorBindings.$inferInsert): Promise<void> {
  await exec
    .insert(indicatorBindings)
    .values(values)
    .onConflictDoUpdate({
      target: indicatorBindings.indicatorId,
      set: { metric: values.metric, filter: values.filter ?? null, confirmedBy: values.confirmedBy ?? null, confirmedByName: values.confirmedByName, confirmedAt: sql`now()` },
    });
}

export async function deleteBinding(exec: Executor, indicatorId: number): Promise<void> {
  await exec.delete(indicatorBindings).where(eq(indicatorBindings.indicatorId, indicatorId));
}

/** An indicator with its project's code and name (null for a department-wide indicator). */
export async function findIndicatorWithProject(exec: Executor, unitId: number, indicatorId: number) {
  const [row] = await exec
    .select({ indicator: indicators, projectCode: projects.code, projectName: projects.name, projectPurpose: projects.purpose })
    .from(indicators)
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(and(eq(indicators.unitId, unitId), eq(indicators.id, indicatorId)));
  return row;
}

/**
 * A unit's (or many units') indicators of a year with their projects, in board order. `rollup`: without
 * the long texts a rollup's lights never read (description, basis, the project's purpose — read for
 * proposals only) and unordered, so a province's 70,000 indicators cost a fraction to read.
 */
export async function listIndicatorsWithProjects(exec: Executor, unitId: number | readonly number[], year: number, o: { rollup?: boolean } = {}) {
  const { description: _description, basis: _basis, ...lean } = getTableColumns(indicators);
  const indicator = o.rollup ? { ...lean, description: sql<string>`''`, basis: sql<string>`''` } : indicators;
  const query = exec
    .select({ indicator, projectCode: projects.code, projectName: projects.name, projectPurpose: o.rollup ? sql<string | null>`null` : projects.purpose, projectPosition: projects.position })
    .from(indicators)
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(and(unitIdIs(indicators.unitId, unitId), eq(indicators.year, year)));
  // a rollup counts lights per unit: no board order (a province's sort spills to disk)
  return o.rollup ? query : query.orderBy(sql`${projects.position} nulls first`, indicators.position);
}

export async function insertIndicatorValue(exec: Executor, values: typeof indicatorValues.$inferInsert): Promise<IndicatorValueRow> {
  const [row] = await exec.insert(indicatorValues).values(values).returning();
  return row!;
}

export async function updateIndicatorValue(exec: Executor, id: number, values: Partial<typeof indicatorValues.$inferInsert>): Promise<void> {
  await exec.update(indicatorValues).set(values).where(eq(indicatorValues.id, id));
}

export async function findIndicatorValue(exec: Executor, unitId: number, id: number, options: { forUpdate?: boolean } = {}): Promise<IndicatorValueRow | undefined> {
  const query = exec.select().from(indicatorValues).where(and(eq(indicatorValues.unitId, unitId), eq(indicatorValues.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** A value by its id alone (the CLI's `value approve ID`): the caller checks the reader may act on its unit. */
export async function findIndicatorValueById(exec: Executor, id: number): Promise<IndicatorValueRow | undefined> {
  const [row] = await exec.select().from(indicatorValues).where(eq(indicatorValues.id, id));
  return row;
}

export async function listIndicatorValues(exec: Executor, unitId: number, indicatorIds?: number[]): Promise<IndicatorValueRow[]> {
  const where = indicatorIds ? and(eq(indicatorValues.unitId, unitId), inArray(indicatorValues.indicatorId, indicatorIds)) : eq(indicatorValues.unitId, unitId);
  return exec.select().from(indicatorValues).where(where).orderBy(desc(indicatorValues.asOf), desc(indicatorValues.id));
}

/**
 * A unit-year's manual values, each with its indicator and project, newest entry first, in one
 * query. `enteredBy` keeps the values this person entered (`mine`) or those they did not, by the same
 * rule as deciding on a value: the user id, or for the CLI (no user) its name.
 */
export async function listUnitIndicatorValues(
  exec: Executor,
  o: { unitId: number; year: number; status?: TIndicatorValueStatus | undefined; enteredBy?: { userId: number | null; name: string; mine: boolean } | undefined },
) {
  const conditions: SQL[] = [eq(indicatorValues.unitId, o.unitId), eq(indicators.unitId, o.unitId), eq(indicators.year, o.year)];
  if (o.status) conditions.push(eq(indicatorValues.status, o.status));
  if (o.enteredBy) {
    const { userId, name, mine } = o.enteredBy;
    // never null (entered_by_name is not null), so not() keeps exactly the others
    const same = userId !== null ? sql`${indicatorValues.enteredBy} is not distinct from ${userId}` : sql`(${indicatorValues.enteredBy} is null and ${indicatorValues.enteredByName} = ${name})`;
    conditions.push(mine ? same : not(same));
  }
  return exec
    .select({
      value: indicatorValues,
      indicator: { id: indicators.id, name: indicators.name, targetRaw: indicators.targetRaw, targetUnit: indicators.targetUnit },
      projectCode: projects.code,
      projectName: projects.name,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(and(...conditions))
    .orderBy(desc(indicatorValues.enteredAt), desc(indicatorValues.id));
}

/** The latest approved value of each of the unit's indicators of one year with as_of on or before `asOf`. */
export async function latestApprovedValues(exec: Executor, unitId: number | readonly number[], year: number, asOf: string): Promise<IndicatorValueRow[]> {
  const ofYear = exec.select({ id: indicators.id }).from(indicators).where(and(unitIdIs(indicators.unitId, unitId), eq(indicators.year, year)));
  return exec
    .selectDistinctOn([indicatorValues.indicatorId])
    .from(indicatorValues)
    .where(and(unitIdIs(indicatorValues.unitId, unitId), inArray(indicatorValues.indicatorId, ofYear), eq(indicatorValues.status, 'approved'), lte(indicatorValues.asOf, asOf)))
    .orderBy(indicatorValues.indicatorId, desc(indicatorValues.asOf), desc(indicatorValues.decidedAt));
}
