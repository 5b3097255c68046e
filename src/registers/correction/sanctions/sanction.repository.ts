import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { correctionSanctions } from '../../../db/schema/correction-work.js';
import { correctionAlarms, correctionPeople } from '../schema.js';

export type SanctionRow = typeof correctionSanctions.$inferSelect;
export type NewSanctionRow = typeof correctionSanctions.$inferInsert;

/** A person's sanctions, oldest first (the ladder reads them in order). */
export async function listPersonSanctions(exec: Executor, unitIds: readonly number[], personId: number): Promise<SanctionRow[]> {
  return exec
    .select()
    .from(correctionSanctions)
    .where(and(inArray(correctionSanctions.unitId, [...unitIds]), eq(correctionSanctions.personId, personId)))
    .orderBy(asc(correctionSanctions.id));
}

export async function findSanction(exec: Executor, unitIds: readonly number[], id: number, options: { forUpdate?: boolean } = {}): Promise<SanctionRow | undefined> {
  const q = exec
    .select()
    .from(correctionSanctions)
    .where(and(inArray(correctionSanctions.unitId, [...unitIds]), eq(correctionSanctions.id, id)));
  const rows = options.forUpdate ? await q.for('update') : await q;
  return rows[0];
}

export async function insertSanction(exec: Executor, row: NewSanctionRow): Promise<SanctionRow> {
  const [inserted] = await exec.insert(correctionSanctions).values(row).returning();
  return inserted!;
}

export async function updateSanction(exec: Executor, id: number, patch: Partial<NewSanctionRow>): Promise<SanctionRow> {
  const [updated] = await exec
    .update(correctionSanctions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(correctionSanctions.id, id))
    .returning();
  return updated!;
}

/** Sanctions of the scope's units (optionally in one state, and one office), newest first, with the person's encrypted name and sealed flag. */
export async function listUnitSanctions(exec: Executor, q: { unitIds: readonly number[]; state?: string | undefined; office: string | null; limit: number }) {
  return exec
    .select({ sanction: correctionSanctions, personName: correctionPeople.name, minor: correctionPeople.minor })
    .from(correctionSanctions)
    .innerJoin(correctionPeople, eq(correctionPeople.id, correctionSanctions.personId))
    .where(
      and(
        inArray(correctionSanctions.unitId, [...q.unitIds]),
        q.state === undefined ? sql`true` : eq(correctionSanctions.state, q.state),
        q.office === null ? sql`true` : eq(correctionSanctions.office, q.office),
      ),
    )
    .orderBy(desc(correctionSanctions.id))
    .limit(q.limit);
}

/** A person's alarms (in force) whose handling found them out of reach (outcome 脱管): the ladder's 脱管 grounds. */
export async function lostContactAlarms(exec: Executor, unitIds: readonly number[], personId: number): Promise<Array<{ id: number; raisedOn: string }>> {
  const a = correctionAlarms;
  return exec
    .select({ id: a.id, raisedOn: a.raisedOn })
    .from(a)
    .where(and(inArray(a.unitId, [...unitIds]), eq(a.personId, personId), eq(a.outcome, '脱管'), sql`${a.voidedAt} is null`))
    .orderBy(asc(a.raisedOn), asc(a.id));
}
