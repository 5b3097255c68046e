import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { indicatorLibrary, indicators, projects, units } from '../db/schema/index.js';

/** Storage of the indicator library (指标库) and the goal-book indicators that use its names. */

export type LibraryRow = typeof indicatorLibrary.$inferSelect;
export type LibraryValues = Omit<typeof indicatorLibrary.$inferInsert, 'id' | 'updatedAt'>;

export async function listLibrary(exec: Executor): Promise<LibraryRow[]> {
  return exec.select().from(indicatorLibrary).orderBy(asc(indicatorLibrary.level1), asc(indicatorLibrary.level2), asc(indicatorLibrary.id));
}

export async function findLibraryEntry(exec: Executor, id: number, options: { forUpdate?: boolean } = {}): Promise<LibraryRow | undefined> {
  const q = exec.select().from(indicatorLibrary).where(eq(indicatorLibrary.id, id));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findLibraryEntryByKey(exec: Executor, nameKey: string): Promise<LibraryRow | undefined> {
  const [row] = await exec.select().from(indicatorLibrary).where(eq(indicatorLibrary.nameKey, nameKey));
  return row;
}

export async function insertLibraryEntry(exec: Executor, values: LibraryValues): Promise<LibraryRow> {
  const [row] = await exec.insert(indicatorLibrary).values(values).returning();
  return row!;
}

export async function updateLibraryEntry(exec: Executor, id: number, values: LibraryValues): Promise<LibraryRow> {
  const [row] = await exec
    .update(indicatorLibrary)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(indicatorLibrary.id, id))
    .returning();
  return row!;
}

/** Every indicator (name, year, unit, project, target) of the given units: the library matches them by name key. */
export async function listIndicatorNames(exec: Executor, unitIds: readonly number[]) {
  if (unitIds.length === 0) return [];
  return exec
    .select({
      id: indicators.id,
      unitId: indicators.unitId,
      unitCode: units.code,
      unitName: units.name,
      year: indicators.year,
      name: indicators.name,
      target: indicators.targetRaw,
      projectCode: projects.code,
      projectName: projects.name,
    })
    .from(indicators)
    .innerJoin(units, eq(units.id, indicators.unitId))
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(and(inArray(indicators.unitId, [...unitIds])))
    .orderBy(asc(units.code), asc(indicators.year), asc(projects.position), asc(indicators.position));
}
