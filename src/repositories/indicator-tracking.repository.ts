import { and, desc, eq, inArray, lte, not, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { rowsOf } from '../db/rows.js';
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

/** A unit's indicators of a year with their projects, in board order. */
export async function listIndicatorsWithProjects(exec: Executor, unitId: number, year: number) {
  return exec
    .select({ indicator: indicators, projectCode: projects.code, projectName: projects.name, projectPurpose: projects.purpose, projectPosition: projects.position })
    .from(indicators)
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(and(eq(indicators.unitId, unitId), eq(indicators.year, year)))
    .orderBy(sql`${projects.position} nulls first`, indicators.position);
}

/** Whether the unit has indicators for the year (a board can be shown for it). */
export async function hasIndicatorsOfYear(exec: Executor, unitId: number, year: number): Promise<boolean> {
  const rows = await exec.select({ id: indicators.id }).from(indicators).where(and(eq(indicators.unitId, unitId), eq(indicators.year, year))).limit(1);
  return rows.length > 0;
}

/** The columns of an indicator a rollup's light reads, with its binding (null: unbound). */
export type RollupIndicatorRow = Pick<typeof indicators.$inferSelect, 'id' | 'unitId' | 'name' | 'targetRaw' | 'targetKind' | 'targetComparator' | 'targetValue' | 'targetUnit'> & {
  metric: string | null;
  filter: Record<string, string> | null;
};

/**
 * What a rollup (a county's or a province's lights by unit) reads of the units' indicators of a year:
 * how many each unit has, and only those that can be lit as of `asOf` — bound to a metric, or with an
 * approved value by then; any other indicator has no actual and so no light, whatever its target.
 * Raw rows of the few columns a light reads: a province's tens of thousands of indicators cost their
 * parse, not an ORM's row mapping (which cost more than the query).
 */
export async function listRollupIndicators(exec: Executor, unitIds: readonly number[], year: number, asOf: string): Promise<{ counts: Map<number, number>; lit: RollupIndicatorRow[] }> {
  if (unitIds.length === 0) return { counts: new Map(), lit: [] };
  const units = unitIdIs(indicators.unitId, unitIds);
  const columns = sql`${indicators.id} as id, ${indicators.unitId} as "unitId", ${indicators.name} as name, ${indicators.targetRaw} as "targetRaw", ${indicators.targetKind} as "targetKind",
    ${indicators.targetComparator} as "targetComparator", ${indicators.targetValue} as "targetValue", ${indicators.targetUnit} as "targetUnit"`;
  // from the bindings (and the few approved values) to their indicators, not every indicator of the
  // units into a hash to find the bound ones: a province's 80,000 indicators, 30,000 of them bound
  const [counts, lit] = await Promise.all([
    exec.execute(sql`select ${indicators.unitId} as "unitId", count(*)::int as n from ${indicators} where ${units} and ${indicators.year} = ${year} group by 1`),
    exec.execute(sql`
      select ${columns}, ${indicatorBindings.metric} as metric, ${indicatorBindings.filter} as filter
      from ${indicatorBindings} join ${indicators} on ${indicators.id} = ${indicatorBindings.indicatorId}
      where ${unitIdIs(indicatorBindings.unitId, unitIds)} and ${units} and ${indicators.year} = ${year}
      union all
      select ${columns}, null, null
      from ${indicators}
      where ${indicators.id} in (
          select ${indicatorValues.indicatorId} from ${indicatorValues}
          where ${unitIdIs(indicatorValues.unitId, unitIds)} and ${indicatorValues.status} = 'approved' and ${indicatorValues.asOf} <= ${asOf})
        and ${units} and ${indicators.year} = ${year}
        and not exists (select 1 from ${indicatorBindings} where ${indicatorBindings.indicatorId} = ${indicators.id})`),
  ]);
  return {
    counts: new Map(rowsOf<{ unitId: number; n: number }>(counts).map((r) => [r.unitId, r.n])),
    lit: rowsOf<RollupIndicatorRow>(lit),
  };
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
