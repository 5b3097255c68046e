import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { indicators, monitoringComments, monitoringLines, monitoringMeasures, monitoringReports, projects } from '../db/schema/index.js';

/** Storage of monitoring reports (绩效运行监控), their lines, corrective measures and comments. */

export type MonitoringReportRow = typeof monitoringReports.$inferSelect;
export type MonitoringLineRow = typeof monitoringLines.$inferSelect;
export type MonitoringMeasureRow = typeof monitoringMeasures.$inferSelect;
export type MonitoringCommentRow = typeof monitoringComments.$inferSelect;

export async function findMonitoringReport(exec: Executor, unitId: number, year: number, month: number, options: { forUpdate?: boolean } = {}): Promise<MonitoringReportRow | undefined> {
  const query = exec
    .select()
    .from(monitoringReports)
    .where(and(eq(monitoringReports.unitId, unitId), eq(monitoringReports.year, year), eq(monitoringReports.month, month)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The report of a unit, year and month, created as a draft if there is none yet (concurrent creators meet on the unique key). */
export async function ensureMonitoringReport(exec: Executor, unitId: number, year: number, month: number, actorName: string): Promise<MonitoringReportRow> {
  await exec.insert(monitoringReports).values({ unitId, year, month, state: 'draft', createdByName: actorName }).onConflictDoNothing();
  return (await findMonitoringReport(exec, unitId, year, month, { forUpdate: true }))!;
}

export async function updateMonitoringReport(exec: Executor, id: number, values: Partial<typeof monitoringReports.$inferInsert>): Promise<void> {
  await exec
    .update(monitoringReports)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(monitoringReports.id, id));
}

export async function listMonitoringReports(exec: Executor, unitId: number, year: number): Promise<MonitoringReportRow[]> {
  return exec
    .select()
    .from(monitoringReports)
    .where(and(eq(monitoringReports.unitId, unitId), eq(monitoringReports.year, year)))
    .orderBy(asc(monitoringReports.month));
}

export async function listMonitoringLines(exec: Executor, reportId: number): Promise<MonitoringLineRow[]> {
  return exec.select().from(monitoringLines).where(eq(monitoringLines.reportId, reportId));
}

export async function upsertMonitoringLine(exec: Executor, values: typeof monitoringLines.$inferInsert): Promise<void> {
  await exec
    .insert(monitoringLines)
    .values(values)
    .onConflictDoUpdate({
      target: [monitoringLines.reportId, monitoringLines.indicatorId],
      set: { likelihood: values.likelihood ?? null, cause: values.cause ?? null, causeText: values.causeText ?? null, confirmedByName: values.confirmedByName, updatedAt: sql`now()` },
    });
}

export async function findMonitoringLine(exec: Executor, reportId: number, indicatorId: number): Promise<MonitoringLineRow | undefined> {
  const [row] = await exec
    .select()
    .from(monitoringLines)
    .where(and(eq(monitoringLines.reportId, reportId), eq(monitoringLines.indicatorId, indicatorId)));
  return row;
}

export async function listMeasuresOfReport(exec: Executor, reportId: number): Promise<MonitoringMeasureRow[]> {
  return exec.select().from(monitoringMeasures).where(eq(monitoringMeasures.reportId, reportId)).orderBy(asc(monitoringMeasures.id));
}

export async function deleteMeasuresOfLine(exec: Executor, reportId: number, indicatorId: number): Promise<MonitoringMeasureRow[]> {
  return exec
    .delete(monitoringMeasures)
    .where(and(eq(monitoringMeasures.reportId, reportId), eq(monitoringMeasures.indicatorId, indicatorId)))
    .returning();
}

export async function insertMeasures(exec: Executor, rows: (typeof monitoringMeasures.$inferInsert)[]): Promise<MonitoringMeasureRow[]> {
  if (rows.length === 0) return [];
  return exec.insert(monitoringMeasures).values(rows).returning();
}

export async function findMeasure(exec: Executor, unitId: number, id: number, options: { forUpdate?: boolean } = {}): Promise<MonitoringMeasureRow | undefined> {
  const query = exec
    .select()
    .from(monitoringMeasures)
    .where(and(eq(monitoringMeasures.unitId, unitId), eq(monitoringMeasures.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateMeasure(exec: Executor, id: number, values: Partial<typeof monitoringMeasures.$inferInsert>): Promise<void> {
  await exec.update(monitoringMeasures).set(values).where(eq(monitoringMeasures.id, id));
}

/** The unit-year's measures with their indicator and project and the month of the report that set them; `beforeMonth`: only those of earlier reports. */
export async function listUnitMeasures(exec: Executor, unitId: number, year: number, options: { beforeMonth?: number } = {}) {
  return exec
    .select({ measure: monitoringMeasures, reportMonth: monitoringReports.month, indicator: indicators.name, projectCode: projects.code, projectName: projects.name })
    .from(monitoringMeasures)
    .innerJoin(monitoringReports, eq(monitoringReports.id, monitoringMeasures.reportId))
    .innerJoin(indicators, eq(indicators.id, monitoringMeasures.indicatorId))
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(and(eq(monitoringMeasures.unitId, unitId), eq(monitoringMeasures.year, year), options.beforeMonth !== undefined ? lt(monitoringReports.month, options.beforeMonth) : undefined))
    .orderBy(asc(monitoringReports.month), asc(monitoringMeasures.dueOn), asc(monitoringMeasures.id));
}

export async function insertMonitoringComment(exec: Executor, values: typeof monitoringComments.$inferInsert): Promise<MonitoringCommentRow> {
  const [row] = await exec.insert(monitoringComments).values(values).returning();
  return row!;
}

export async function listMonitoringComments(exec: Executor, reportId: number): Promise<MonitoringCommentRow[]> {
  return exec.select().from(monitoringComments).where(eq(monitoringComments.reportId, reportId)).orderBy(asc(monitoringComments.id));
}
