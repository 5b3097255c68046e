import { and, asc, between, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { correctionPeople } from '../schema.js';
import { correctionActivities, correctionSteps } from './schema.js';

export type StepRow = typeof correctionSteps.$inferSelect;
export type ActivityRow = typeof correctionActivities.$inferSelect;

export async function listSteps(exec: Executor, personIds: readonly number[]): Promise<StepRow[]> {
  if (personIds.length === 0) return [];
  return exec.select().from(correctionSteps).where(inArray(correctionSteps.personId, [...personIds])).orderBy(asc(correctionSteps.personId), asc(correctionSteps.doneOn));
}

/** Record a step, or correct the date and details of one recorded before (one row per person and step). */
export async function upsertStep(exec: Executor, row: typeof correctionSteps.$inferInsert): Promise<StepRow> {
  const [saved] = await exec
    .insert(correctionSteps)
    .values(row)
    .onConflictDoUpdate({ target: [correctionSteps.personId, correctionSteps.step], set: { doneOn: row.doneOn, details: row.details, recordedBy: row.recordedBy, recordedByName: row.recordedByName, updatedAt: new Date() } })
    .returning();
  return saved!;
}

export async function insertActivity(exec: Executor, row: typeof correctionActivities.$inferInsert): Promise<ActivityRow> {
  const [saved] = await exec.insert(correctionActivities).values(row).returning();
  return saved!;
}

/** Activities in force of some people between two dates (inclusive), oldest first. */
export async function listActivities(exec: Executor, o: { personIds: readonly number[]; from: string; to: string }): Promise<ActivityRow[]> {
  if (o.personIds.length === 0) return [];
  const a = correctionActivities;
  return exec
    .select()
    .from(a)
    .where(and(inArray(a.personId, [...o.personIds]), eq(a.voided, false), between(a.doneOn, o.from, o.to)))
    .orderBy(asc(a.doneOn), asc(a.id));
}

/**
 * The people of a scope whose lifecycle clocks may need attention on a date: not voided, and either
 * under correction on it, past the term's end (since `endedSince`: older ends are history, not a
 * clock to chase) without a 解除 date, or with an entrustment recorded
 * (an assessment runs before the term begins).
 */
export async function peopleWithClocks(exec: Executor, o: { unitIds: readonly number[]; offices: readonly string[] | null; date: string; endedSince: string }) {
  const p = correctionPeople;
  const parts: SQL[] = [inArray(p.unitId, [...o.unitIds]), isNull(p.voidedAt)];
  if (o.offices) parts.push(o.offices.length === 0 ? sql`false` : inArray(p.office, [...o.offices]));
  const entrusted = sql`exists (select 1 from ${correctionSteps} s where s.person_id = ${p.id} and s.step = 'entrusted')`;
  parts.push(or(and(lte(p.startOn, o.date), gte(sql`coalesce(${p.terminatedOn}, ${p.endOn})`, o.date)), and(isNull(p.terminatedOn), lte(p.endOn, o.date), gte(p.endOn, o.endedSince)), entrusted)!);
  return exec
    .select({ id: p.id, office: p.office, name: p.name, minor: p.minor, startOn: p.startOn, endOn: p.endOn, terminatedOn: p.terminatedOn })
    .from(p)
    .where(and(...parts))
    .orderBy(asc(p.id));
}

/** Bulk-writes a demo history of steps and activities (a demo unit has none before). */
export async function insertLifecycleHistory(
  exec: Executor,
  unitId: number,
  h: { steps: ReadonlyArray<{ personId: number; office: string; step: string; doneOn: string; details: Record<string, unknown> }>; activities: ReadonlyArray<{ personId: number; office: string; kind: string; doneOn: string; amount: number }> },
  recordedByName: (office: string) => string,
): Promise<void> {
  for (let i = 0; i < h.steps.length; i += 1000)
    await exec.insert(correctionSteps).values(h.steps.slice(i, i + 1000).map((s) => ({ ...s, unitId, recordedByName: recordedByName(s.office) }))).onConflictDoNothing();
  for (let i = 0; i < h.activities.length; i += 1000)
    await exec.insert(correctionActivities).values(h.activities.slice(i, i + 1000).map((a) => ({ ...a, unitId, recordedByName: recordedByName(a.office) })));
}
