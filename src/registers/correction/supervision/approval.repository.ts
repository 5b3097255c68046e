import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { correctionPeople } from '../schema.js';
import { correctionApprovals } from './schema.js';

/** The drizzle code of correction approvals. */

const t = correctionApprovals;
export type TApprovalRow = typeof t.$inferSelect;
export type TApprovalInsert = typeof t.$inferInsert;

export async function insertApproval(exec: Executor, v: TApprovalInsert): Promise<number> {
  const [row] = await exec.insert(t).values(v).returning({ id: t.id });
  return row!.id;
}

export async function lockApproval(exec: Executor, id: number, unitIds: readonly number[]): Promise<TApprovalRow | null> {
  const [row] = await exec.select().from(t).where(and(eq(t.id, id), inArray(t.unitId, [...unitIds]))).for('update');
  return row ?? null;
}

export async function updateApproval(exec: Executor, id: number, v: Partial<TApprovalInsert>): Promise<void> {
  await exec.update(t).set(v).where(eq(t.id, id));
}

/** A person's approved leaves (for the 2-month window). */
export async function approvedLeaves(exec: Executor, personId: number): Promise<Array<{ from: string; to: string }>> {
  const rows = await exec.select({ from: t.fromOn, to: t.toOn }).from(t).where(and(eq(t.personId, personId), eq(t.kind, '外出'), eq(t.state, 'approved')));
  return rows.filter((r) => r.to !== null) as Array<{ from: string; to: string }>;
}

/** Approved class changes of people (the class in force). */
export async function approvedClassChanges(exec: Executor, unitIds: readonly number[]): Promise<Array<{ personId: number; effectiveOn: string; toClass: string }>> {
  const rows = await exec
    .select({ personId: t.personId, effectiveOn: t.fromOn, toClass: sql<string>`${t.details} ->> 'toClass'` })
    .from(t)
    .where(and(inArray(t.unitId, [...unitIds]), eq(t.kind, '分类调整'), eq(t.state, 'approved')))
    .orderBy(asc(t.fromOn));
  return rows;
}

export async function listApprovals(exec: Executor, o: { unitIds: readonly number[]; offices: readonly string[] | null; states?: readonly string[]; levels?: readonly string[]; kinds?: readonly string[]; limit: number }) {
  const parts: SQL[] = [inArray(t.unitId, [...o.unitIds])];
  if (o.offices) parts.push(o.offices.length === 0 ? sql`false` : inArray(t.office, [...o.offices]));
  if (o.states) parts.push(inArray(t.state, [...o.states]));
  if (o.levels) parts.push(inArray(t.level, [...o.levels]));
  if (o.kinds) parts.push(inArray(t.kind, [...o.kinds]));
  return exec
    .select({ approval: t, personName: correctionPeople.name, minor: correctionPeople.minor })
    .from(t)
    .leftJoin(correctionPeople, eq(correctionPeople.id, t.personId))
    .where(and(...parts))
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(o.limit);
}
