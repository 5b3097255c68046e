import { and, asc, between, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { correctionJointInspections, correctionProcuratorateOpinions, correctionRectifications } from '../../../db/schema/correction-work.js';

export type InspectionRow = typeof correctionJointInspections.$inferSelect;
export type RectificationRow = typeof correctionRectifications.$inferSelect;
export type OpinionRow = typeof correctionProcuratorateOpinions.$inferSelect;

/** an office-limited reader sees its own office's entries and the bureau's (office null) */
const officeWhere = (column: typeof correctionJointInspections.office | typeof correctionProcuratorateOpinions.office, office: string | null) =>
  office === null ? sql`true` : or(isNull(column), eq(column, office));

export async function listInspections(exec: Executor, q: { unitIds: readonly number[]; from: string; to: string; office: string | null }): Promise<InspectionRow[]> {
  return exec
    .select()
    .from(correctionJointInspections)
    .where(and(inArray(correctionJointInspections.unitId, [...q.unitIds]), between(correctionJointInspections.heldOn, q.from, q.to), officeWhere(correctionJointInspections.office, q.office)))
    .orderBy(asc(correctionJointInspections.heldOn), asc(correctionJointInspections.id));
}

export async function listRectifications(exec: Executor, inspectionIds: readonly number[]): Promise<RectificationRow[]> {
  if (inspectionIds.length === 0) return [];
  return exec
    .select()
    .from(correctionRectifications)
    .where(inArray(correctionRectifications.inspectionId, [...inspectionIds]))
    .orderBy(asc(correctionRectifications.id));
}

export async function insertInspection(
  exec: Executor,
  row: typeof correctionJointInspections.$inferInsert,
  items: Array<Omit<typeof correctionRectifications.$inferInsert, 'inspectionId' | 'unitId'>>,
): Promise<InspectionRow> {
  const [inspection] = await exec.insert(correctionJointInspections).values(row).returning();
  if (items.length > 0) await exec.insert(correctionRectifications).values(items.map((i) => ({ ...i, inspectionId: inspection!.id, unitId: row.unitId })));
  return inspection!;
}

export async function findRectification(exec: Executor, unitIds: readonly number[], id: number): Promise<{ item: RectificationRow; inspection: InspectionRow } | undefined> {
  const [row] = await exec
    .select({ item: correctionRectifications, inspection: correctionJointInspections })
    .from(correctionRectifications)
    .innerJoin(correctionJointInspections, eq(correctionJointInspections.id, correctionRectifications.inspectionId))
    .where(and(inArray(correctionRectifications.unitId, [...unitIds]), eq(correctionRectifications.id, id)))
    .for('update');
  return row;
}

export async function updateRectification(exec: Executor, id: number, patch: Partial<typeof correctionRectifications.$inferInsert>): Promise<void> {
  await exec.update(correctionRectifications).set(patch).where(eq(correctionRectifications.id, id));
}

export async function listOpinions(exec: Executor, q: { unitIds: readonly number[]; from: string; to: string; office: string | null }): Promise<OpinionRow[]> {
  // an opinion still unanswered at the start of the year stays on the year's list
  return exec
    .select()
    .from(correctionProcuratorateOpinions)
    .where(
      and(
        inArray(correctionProcuratorateOpinions.unitId, [...q.unitIds]),
        or(
          between(correctionProcuratorateOpinions.receivedOn, q.from, q.to),
          and(sql`${correctionProcuratorateOpinions.receivedOn} < ${q.from}`, or(isNull(correctionProcuratorateOpinions.answeredOn), sql`${correctionProcuratorateOpinions.answeredOn} >= ${q.from}`)),
        ),
        officeWhere(correctionProcuratorateOpinions.office, q.office),
      ),
    )
    .orderBy(asc(correctionProcuratorateOpinions.receivedOn), asc(correctionProcuratorateOpinions.id));
}

export async function insertOpinion(exec: Executor, row: typeof correctionProcuratorateOpinions.$inferInsert): Promise<OpinionRow> {
  const [inserted] = await exec.insert(correctionProcuratorateOpinions).values(row).returning();
  return inserted!;
}

export async function findOpinion(exec: Executor, unitIds: readonly number[], id: number): Promise<OpinionRow | undefined> {
  const [row] = await exec
    .select()
    .from(correctionProcuratorateOpinions)
    .where(and(inArray(correctionProcuratorateOpinions.unitId, [...unitIds]), eq(correctionProcuratorateOpinions.id, id)))
    .for('update');
  return row;
}

export async function updateOpinion(exec: Executor, id: number, patch: Partial<typeof correctionProcuratorateOpinions.$inferInsert>): Promise<void> {
  await exec.update(correctionProcuratorateOpinions).set(patch).where(eq(correctionProcuratorateOpinions.id, id));
}
