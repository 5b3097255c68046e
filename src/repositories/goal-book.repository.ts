import type { TRevisionSource } from '../core/revision-sources.js';
import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { TDepartmentGoals, TIndicator, TProject, TTarget } from '../contract/goal-book.js';
import type { TGoalBookChange } from '../contract/goal-book-change.js';
import { sameValue } from '../core/canonical.js';
import { matchIndicators, type GoalBookContent } from '../core/goal-book-diff.js';
import { fenToYuan, yuanToFen } from '../core/money.js';
import type { Executor } from '../db/client.js';
import { departmentGoals, goalBookRevisions, indicators, projects, units } from '../db/schema/index.js';

/** Storage of goal books: units, department goals, projects, indicators and their revisions. */

export type UnitRow = typeof units.$inferSelect;
type IndicatorRow = typeof indicators.$inferSelect;
type ProjectRow = typeof projects.$inferSelect;

export interface StoredGoalBook {
  content: GoalBookContent;
  unitId: number;
  projectIds: Map<string, number>;
  /** indicator ids by project code ('' for the department's own indicators), in position order */
  indicatorIds: Map<string, number[]>;
  /** the project rows as stored (budgets in fen, spending plan), in position order: readers that need them read them once */
  projectRows: ProjectRow[];
}

export async function findUnitByCode(exec: Executor, code: string): Promise<UnitRow | undefined> {
  const [row] = await exec.select().from(units).where(eq(units.code, code));
  return row;
}

export async function findUnitById(exec: Executor, id: number): Promise<UnitRow | undefined> {
  const [row] = await exec.select().from(units).where(eq(units.id, id));
  return row;
}

export async function listUnits(exec: Executor): Promise<UnitRow[]> {
  return exec.select().from(units).orderBy(asc(units.code));
}

/** The unit, created on first import; its name follows the latest document. */
export async function ensureUnit(exec: Executor, unit: { code: string; name: string }): Promise<UnitRow> {
  const [row] = await exec
    .insert(units)
    .values(unit)
    .onConflictDoUpdate({ target: units.code, set: { name: unit.name } })
    .returning();
  return row!;
}

/** Years that have a goal book, per unit id. */
export async function listGoalBookYears(exec: Executor): Promise<Array<{ unitId: number; year: number }>> {
  return exec.select({ unitId: departmentGoals.unitId, year: departmentGoals.year }).from(departmentGoals).orderBy(desc(departmentGoals.year));
}

/** An indicator's target from its stored columns (absent parts left out, as the parser gives them). */
export function targetFromRow(row: Pick<IndicatorRow, 'targetRaw' | 'targetKind' | 'targetComparator' | 'targetValue' | 'targetUnit'>): TTarget {
  return {
    raw: row.targetRaw,
    kind: row.targetKind,
    ...(row.targetComparator !== null ? { comparator: row.targetComparator } : {}),
    ...(row.targetValue !== null ? { value: row.targetValue } : {}),
    ...(row.targetUnit !== null ? { unit: row.targetUnit } : {}),
  };
}

export function indicatorFromRow(row: IndicatorRow): TIndicator {
  const indicator: TIndicator = {
    level1: row.level1,
    level2: row.level2,
    name: row.name,
    description: row.description,
    target: targetFromRow(row),
    basis: row.basis,
  };
  if (row.weight !== null) indicator.weight = row.weight;
  return indicator;
}

function indicatorColumns(indicator: TIndicator) {
  return {
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    description: indicator.description,
    targetRaw: indicator.target.raw,
    targetKind: indicator.target.kind,
    targetComparator: indicator.target.comparator ?? null,
    targetValue: indicator.target.value ?? null,
    targetUnit: indicator.target.unit ?? null,
    basis: indicator.basis,
    weight: indicator.weight ?? null,
  };
}

export function projectFromRow(row: ProjectRow, projectIndicators: TIndicator[]): TProject {
  return {
    code: row.code,
    name: row.name,
    budget: { total: fenToYuan(row.budgetTotalFen), fiscal: fenToYuan(row.budgetFiscalFen), other: fenToYuan(row.budgetOtherFen) },
    purpose: row.purpose,
    spendingPlan: row.spendingPlan,
    goals: row.goals,
    indicators: projectIndicators,
  };
}

function projectColumns(project: TProject, position: number) {
  return {
    code: project.code,
    name: project.name,
    position,
    purpose: project.purpose,
    goals: project.goals,
    spendingPlan: project.spendingPlan,
    budgetTotalFen: yuanToFen(project.budget.total),
    budgetFiscalFen: yuanToFen(project.budget.fiscal),
    budgetOtherFen: yuanToFen(project.budget.other),
  };
}

export async function loadGoalBook(exec: Executor, unit: Pick<UnitRow, 'id' | 'code' | 'name'>, year: number): Promise<StoredGoalBook | null> {
  const [dg] = await exec.select().from(departmentGoals).where(and(eq(departmentGoals.unitId, unit.id), eq(departmentGoals.year, year)));
  if (!dg) return null;
  const projectRows = await exec
    .select()
    .from(projects)
    .where(and(eq(projects.unitId, unit.id), eq(projects.year, year)))
    .orderBy(asc(projects.position));
  const indicatorRows = await exec
    .select()
    .from(indicators)
    .where(and(eq(indicators.unitId, unit.id), eq(indicators.year, year)))
    .orderBy(asc(indicators.position));
  const codeOf = new Map(projectRows.map((p) => [p.id, p.code]));
  const byProject = new Map<string, IndicatorRow[]>();
  for (const row of indicatorRows) {
    const key = row.projectId === null ? '' : (codeOf.get(row.projectId) ?? '');
    const list = byProject.get(key) ?? [];
    list.push(row);
    byProject.set(key, list);
  }
  const goals: TDepartmentGoals = {
    ...(dg.summary !== null ? { summary: dg.summary } : {}),
    overall: dg.overall,
    // jsonb does not keep key order; rebuild items in the contract's order
    areas: dg.areas.map(({ title, text }) => ({ title, text })),
    safeguards: dg.safeguards.map(({ title, text }) => ({ title, text })),
  };
  const own = byProject.get('') ?? [];
  if (own.length > 0) goals.indicators = own.map(indicatorFromRow);
  return {
    unitId: unit.id,
    content: {
      unit: { code: unit.code, name: unit.name },
      year,
      departmentGoals: goals,
      projects: projectRows.map((p) => projectFromRow(p, (byProject.get(p.code) ?? []).map(indicatorFromRow))),
    },
    projectIds: new Map(projectRows.map((p) => [p.code, p.id])),
    indicatorIds: new Map([...byProject.entries()].map(([code, rows]) => [code, rows.map((r) => r.id)])),
    projectRows,
  };
}

/** Bring one indicator list to `next`, keeping the ids of matched indicators (their bindings and values). */
async function writeIndicators(
  exec: Executor,
  scope: { unitId: number; year: number; projectId: number | null },
  before: TIndicator[],
  beforeIds: number[],
  next: TIndicator[],
): Promise<void> {
  const pairs = matchIndicators(before, next);
  const removed = pairs.filter((p) => p.after === null).map((p) => beforeIds[p.before!]!);
  if (removed.length > 0) await exec.delete(indicators).where(inArray(indicators.id, removed));
  const inserts: Array<typeof indicators.$inferInsert> = [];
  for (const pair of pairs) {
    if (pair.after === null) continue;
    const indicator = next[pair.after]!;
    if (pair.before === null) {
      inserts.push({ ...scope, position: pair.after, ...indicatorColumns(indicator) });
      continue;
    }
    const old = before[pair.before]!;
    if (pair.before !== pair.after || !sameValue(old, indicator)) {
      await exec
        .update(indicators)
        .set({ position: pair.after, ...indicatorColumns(indicator) })
        .where(eq(indicators.id, beforeIds[pair.before]!));
    }
  }
  if (inserts.length > 0) await exec.insert(indicators).values(inserts);
}

/**
 * Write `next` over what is stored (or create it). Projects are matched by 项目编码, indicators by
 * matchIndicators; unchanged rows are not touched. Call inside the use-case's transaction.
 */
export async function writeGoalBook(exec: Executor, unitId: number, stored: StoredGoalBook | null, next: GoalBookContent): Promise<void> {
  const year = next.year;
  const dg = next.departmentGoals;
  await exec
    .insert(departmentGoals)
    .values({ unitId, year, summary: dg.summary ?? null, overall: dg.overall, areas: dg.areas, safeguards: dg.safeguards })
    .onConflictDoUpdate({
      target: [departmentGoals.unitId, departmentGoals.year],
      set: { summary: dg.summary ?? null, overall: dg.overall, areas: dg.areas, safeguards: dg.safeguards, updatedAt: sql`now()` },
    });
  await writeIndicators(
    exec,
    { unitId, year, projectId: null },
    stored?.content.departmentGoals.indicators ?? [],
    stored?.indicatorIds.get('') ?? [],
    dg.indicators ?? [],
  );

  const nextCodes = new Set(next.projects.map((p) => p.code));
  const removedIds = [...(stored?.projectIds.entries() ?? [])].filter(([code]) => !nextCodes.has(code)).map(([, id]) => id);
  if (removedIds.length > 0) await exec.delete(projects).where(inArray(projects.id, removedIds));

  const storedByCode = new Map((stored?.content.projects ?? []).map((p, i) => [p.code, { project: p, position: i }]));
  for (const [position, project] of next.projects.entries()) {
    const old = storedByCode.get(project.code);
    const columns = projectColumns(project, position);
    if (!old) {
      const [row] = await exec.insert(projects).values({ unitId, year, ...columns }).returning({ id: projects.id });
      if (project.indicators.length > 0) {
        await exec.insert(indicators).values(project.indicators.map((indicator, i) => ({ unitId, year, projectId: row!.id, position: i, ...indicatorColumns(indicator) })));
      }
      continue;
    }
    const projectId = stored!.projectIds.get(project.code)!;
    const { indicators: oldIndicators, ...oldFields } = old.project;
    const { indicators: newIndicators, ...newFields } = project;
    if (old.position !== position || !sameValue(oldFields, newFields)) {
      await exec.update(projects).set({ ...columns, updatedAt: sql`now()` }).where(eq(projects.id, projectId));
    }
    await writeIndicators(exec, { unitId, year, projectId }, oldIndicators, stored!.indicatorIds.get(project.code) ?? [], newIndicators);
  }
}

export interface RevisionInput {
  unitId: number;
  year: number;
  source: TRevisionSource;
  summary: string;
  changes: TGoalBookChange[];
  snapshot: GoalBookContent;
  actorId: number | null;
  actorName: string;
}

export async function insertRevision(exec: Executor, input: RevisionInput): Promise<{ id: number; number: number }> {
  const [last] = await exec
    .select({ n: max(goalBookRevisions.number) })
    .from(goalBookRevisions)
    .where(and(eq(goalBookRevisions.unitId, input.unitId), eq(goalBookRevisions.year, input.year)));
  const number = (last?.n ?? 0) + 1;
  const [row] = await exec
    .insert(goalBookRevisions)
    .values({ ...input, number })
    .returning({ id: goalBookRevisions.id, number: goalBookRevisions.number });
  return row!;
}

export async function listRevisions(exec: Executor, unitId: number, year: number) {
  return exec
    .select({
      id: goalBookRevisions.id,
      number: goalBookRevisions.number,
      source: goalBookRevisions.source,
      summary: goalBookRevisions.summary,
      changes: goalBookRevisions.changes,
      actorName: goalBookRevisions.actorName,
      createdAt: goalBookRevisions.createdAt,
    })
    .from(goalBookRevisions)
    .where(and(eq(goalBookRevisions.unitId, unitId), eq(goalBookRevisions.year, year)))
    .orderBy(desc(goalBookRevisions.number));
}

export async function getRevision(exec: Executor, unitId: number, year: number, number: number) {
  const [row] = await exec
    .select()
    .from(goalBookRevisions)
    .where(and(eq(goalBookRevisions.unitId, unitId), eq(goalBookRevisions.year, year), eq(goalBookRevisions.number, number)));
  return row;
}

/** Project and indicator ids, for the web's editing routes. */
export async function listProjectRows(exec: Executor, unitId: number, year: number) {
  return exec
    .select()
    .from(projects)
    .where(and(eq(projects.unitId, unitId), eq(projects.year, year)))
    .orderBy(asc(projects.position));
}

export async function findProjectByCode(exec: Executor, unitId: number, year: number, code: string): Promise<ProjectRow | undefined> {
  const [row] = await exec.select().from(projects).where(and(eq(projects.unitId, unitId), eq(projects.year, year), eq(projects.code, code)));
  return row;
}

export async function findProjectById(exec: Executor, id: number): Promise<ProjectRow | undefined> {
  const [row] = await exec.select().from(projects).where(eq(projects.id, id));
  return row;
}

export async function listIndicatorRows(exec: Executor, unitId: number, year: number, projectId: number | null) {
  return exec
    .select()
    .from(indicators)
    .where(and(eq(indicators.unitId, unitId), eq(indicators.year, year), projectId === null ? isNull(indicators.projectId) : eq(indicators.projectId, projectId)))
    .orderBy(asc(indicators.position));
}

/** Serialise writers of one unit's goal book (row lock on the unit). */
export async function lockUnit(exec: Executor, unitId: number): Promise<void> {
  await exec.execute(sql`select id from ${units} where id = ${unitId} for update`);
}
