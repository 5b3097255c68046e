import { and, asc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { loginThrottles, sessions, units, userUnitGrants, users } from '../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

export async function countUsers(exec: Executor): Promise<number> {
  const [row] = await exec.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function findUserByUsername(exec: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.username, username));
  return row;
}

export async function findUserById(exec: Executor, id: number): Promise<UserRow | undefined> {
  const [row] = await exec.select().from(users).where(eq(users.id, id));
  return row;
}

/** Display names by user id (who voided a record, …); ids of deleted users are simply absent. */
export async function userNames(exec: Executor, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await exec.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertUser(exec: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await exec.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(exec: Executor, id: number, values: Partial<typeof users.$inferInsert>): Promise<UserRow | undefined> {
  const [row] = await exec.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}

export async function listUsersWithUnits(exec: Executor) {
  return exec
    .select({ user: users, unitCode: units.code, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.id));
}

export async function grantedUnitIds(exec: Executor, userId: number): Promise<number[]> {
  const rows = await exec.select({ unitId: userUnitGrants.unitId }).from(userUnitGrants).where(eq(userUnitGrants.userId, userId));
  return rows.map((r) => r.unitId);
}

export async function listGrants(exec: Executor) {
  return exec.select().from(userUnitGrants);
}

export async function replaceGrants(exec: Executor, userId: number, unitIds: number[]): Promise<void> {
  await exec.delete(userUnitGrants).where(eq(userUnitGrants.userId, userId));
  if (unitIds.length > 0) await exec.insert(userUnitGrants).values(unitIds.map((unitId) => ({ userId, unitId })));
}

export async function insertSession(exec: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await exec.insert(sessions).values(values);
}

export async function findSession(exec: Executor, id: string): Promise<SessionRow | undefined> {
  const [row] = await exec.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function touchSession(exec: Executor, id: string, at: Date): Promise<void> {
  await exec.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
}

export async function deleteSession(exec: Executor, id: string): Promise<void> {
  await exec.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOfUser(exec: Executor, userId: number, exceptId?: string): Promise<void> {
  await exec.delete(sessions).where(exceptId ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptId}`) : eq(sessions.userId, userId));
}

/** Housekeeping: sessions past their absolute lifetime or idle limit. */
export async function deleteExpiredSessions(exec: Executor, now: Date, idleSince: Date): Promise<void> {
  await exec.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
}

export type LoginThrottleRow = typeof loginThrottles.$inferSelect;

export async function findLoginThrottle(exec: Executor, username: string, source: string): Promise<LoginThrottleRow | undefined> {
  const [row] = await exec.select().from(loginThrottles).where(and(eq(loginThrottles.username, username), eq(loginThrottles.source, source)));
  return row;
}

export async function saveLoginThrottle(exec: Executor, row: LoginThrottleRow): Promise<void> {
  await exec
    .insert(loginThrottles)
    .values(row)
    .onConflictDoUpdate({ target: [loginThrottles.username, loginThrottles.source], set: { failures: row.failures, lastFailedAt: row.lastFailedAt, lockedUntil: row.lockedUntil } });
}

/** Forget failures: of one name from one source (a successful sign-in), or of a name from everywhere (an administrator's reset). */
export async function deleteLoginThrottles(exec: Executor, username: string, source?: string): Promise<void> {
  await exec.delete(loginThrottles).where(source === undefined ? eq(loginThrottles.username, username) : and(eq(loginThrottles.username, username), eq(loginThrottles.source, source)));
}

/** Housekeeping: failures no one is locked by any more and older than `before`. */
export async function deleteStaleLoginThrottles(exec: Executor, before: Date, now: Date): Promise<void> {
  await exec.delete(loginThrottles).where(and(lt(loginThrottles.lastFailedAt, before), or(sql`${loginThrottles.lockedUntil} is null`, lt(loginThrottles.lockedUntil, now))));
}

/** Names locked from at least one source now (the accounts list shows them). */
export async function lockedUsernames(exec: Executor, now: Date): Promise<Set<string>> {
  const rows = await exec.selectDistinct({ username: loginThrottles.username }).from(loginThrottles).where(gt(loginThrottles.lockedUntil, now));
  return new Set(rows.map((r) => r.username));
}
