import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { indicators, projects, targetProposals, yearRollovers } from '../db/schema/index.js';

/** Storage of year rollovers (年度结转) and their target proposals. */

export type RolloverRow = typeof yearRollovers.$inferSelect;
export type ProposalRow = typeof targetProposals.$inferSelect;

export async function findRollover(exec: Executor, unitId: number, toYear: number): Promise<RolloverRow | undefined> {
  const [row] = await exec
    .select()
    .from(yearRollovers)
    .where(and(eq(yearRollovers.unitId, unitId), eq(yearRollovers.toYear, toYear)));
  return row;
}

export async function insertRollover(exec: Executor, values: typeof yearRollovers.$inferInsert): Promise<RolloverRow> {
  const [row] = await exec.insert(yearRollovers).values(values).returning();
  return row!;
}

export async function setRolloverStatus(exec: Executor, id: number, status: RolloverRow['status']): Promise<void> {
  await exec.update(yearRollovers).set({ status }).where(eq(yearRollovers.id, id));
}

export async function insertProposals(exec: Executor, values: Array<typeof targetProposals.$inferInsert>): Promise<void> {
  if (values.length > 0) await exec.insert(targetProposals).values(values);
}

/** A rollover's proposals with their indicator (project, name, current target), in goal-table order. */
export async function listProposals(exec: Executor, rolloverId: number) {
  return exec
    .select({ proposal: targetProposals, projectCode: projects.code, projectName: projects.name, name: indicators.name, currentTarget: indicators.targetRaw })
    .from(targetProposals)
    .innerJoin(indicators, eq(indicators.id, targetProposals.indicatorId))
    .leftJoin(projects, eq(projects.id, indicators.projectId))
    .where(eq(targetProposals.rolloverId, rolloverId))
    .orderBy(asc(projects.position), asc(indicators.position));
}

export async function findProposal(exec: Executor, unitId: number, id: number, options: { forUpdate?: boolean } = {}): Promise<ProposalRow | undefined> {
  const q = exec
    .select()
    .from(targetProposals)
    .where(and(eq(targetProposals.id, id), eq(targetProposals.unitId, unitId)));
  const [row] = options.forUpdate ? await q.for('update') : await q;
  return row;
}

export async function updateProposal(exec: Executor, id: number, values: Partial<typeof targetProposals.$inferInsert>): Promise<void> {
  await exec.update(targetProposals).set(values).where(eq(targetProposals.id, id));
}

export async function countPendingProposals(exec: Executor, rolloverId: number): Promise<number> {
  const rows = await exec
    .select({ id: targetProposals.id })
    .from(targetProposals)
    .where(and(eq(targetProposals.rolloverId, rolloverId), eq(targetProposals.status, 'pending')));
  return rows.length;
}
